"""Networks: :class:`Network`."""

from __future__ import annotations

from nflex_core import models as core

from nflex_connector_utils._compat import Unpack
from nflex_connector_utils.resource import ResourceArgs, ResourceBase, base_fields

__all__ = ["Network"]


class Network(ResourceBase[core.Network]):
    """A network.

    Args:
        **kwargs: The common resource arguments, see
            :class:`~nflex_connector_utils.resource.Resource`.
    """

    __slots__ = ()

    def __init__(self, **kwargs: Unpack[ResourceArgs]) -> None:
        self._init(core.Network(**base_fields("Network", kwargs)), kwargs)
