"""Network and storage appliances: :class:`Appliance`."""

from __future__ import annotations

from nflex_core import models

from nflex_connector_utils._compat import Unpack
from nflex_connector_utils.resource import ResourceArgs, ResourceBase, base_fields

__all__ = ["Appliance"]


class Appliance(ResourceBase):
    """An appliance.

    Args:
        size_b: Size in bytes; accepted for compatibility, not sent (CMP has no such field).
        type_id: firewall, load_balancer, router, switch, storage, kvm or unknown. Another
            value is sent as given, with an NflexInputWarning.
        **kwargs: The common resource arguments, see
            :class:`~nflex_connector_utils.resource.Resource`.
    """

    __slots__ = ()
    core: models.Appliance

    def __init__(
        self,
        size_b: models.Size | None = None,
        type_id: models.ApplianceType | None = None,
        **kwargs: Unpack[ResourceArgs],
    ) -> None:
        self._init(
            models.Appliance(
                **base_fields("Appliance", kwargs),
                size_b=size_b,
                type_id=type_id,
            ),
            kwargs,
        )
