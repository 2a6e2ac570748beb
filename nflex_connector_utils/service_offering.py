"""Service offerings: :class:`ServiceOffering`."""

from __future__ import annotations

from nflex_core import models

from nflex_connector_utils._compat import Unpack
from nflex_connector_utils.resource import ResourceArgs, ResourceBase, base_fields

__all__ = ["ServiceOffering"]


class ServiceOffering(ResourceBase):
    """A service offering.

    Args:
        type_id: The type of service offering, as free text.
        **kwargs: The common resource arguments, see
            :class:`~nflex_connector_utils.resource.Resource`.
    """

    __slots__ = ()
    core: models.ServiceOffering

    def __init__(
        self,
        type_id: str | None = None,
        **kwargs: Unpack[ResourceArgs],
    ) -> None:
        self._init(
            models.ServiceOffering(
                **base_fields("ServiceOffering", kwargs),
                type_id=type_id,
            ),
            kwargs,
        )
