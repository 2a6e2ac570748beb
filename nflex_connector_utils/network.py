"""Networks: :class:`Network`."""

from __future__ import annotations

from nflex_core import models

from nflex_connector_utils._compat import Unpack
from nflex_connector_utils.resource import ResourceArgs, ResourceBase, base_fields

__all__ = ["Network"]


class Network(ResourceBase):
    """A network.

    Args:
        **kwargs: The common resource arguments, see
            :class:`~nflex_connector_utils.resource.Resource`.
    """

    __slots__ = ()
    core: models.Network

    def __init__(self, **kwargs: Unpack[ResourceArgs]) -> None:
        self._init(models.Network(**base_fields("Network", kwargs)), kwargs)
