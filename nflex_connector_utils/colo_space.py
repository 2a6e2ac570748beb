"""Colocation spaces (also importable from ``nflex_connector_utils.colospace``): :class:`ColoSpace`."""

from __future__ import annotations

from nflex_core import models

from nflex_connector_utils._compat import Unpack
from nflex_connector_utils.resource import ResourceArgs, ResourceBase, base_fields

__all__ = ["ColoSpace"]


class ColoSpace(ResourceBase):
    """A colo space.

    Args:
        power_allocation_w: Power allocation in W.
        type_id: The type.
        colo_space_location: The location.
        customer_name: The customer's name.
        customer_label: The customer's label.
        customer_description: The customer's description.
        combination: The combination.
        **kwargs: The common resource arguments, see
            :class:`~nflex_connector_utils.resource.Resource`.
    """

    __slots__ = ()
    core: models.ColoSpace

    def __init__(
        self,
        power_allocation_w: models.Size | None = None,
        type_id: str | None = None,
        colo_space_location: str | None = None,
        customer_name: str | None = None,
        customer_label: str | None = None,
        customer_description: str | None = None,
        combination: str | None = None,
        **kwargs: Unpack[ResourceArgs],
    ) -> None:
        self._init(
            models.ColoSpace(
                **base_fields("ColoSpace", kwargs),
                power_allocation_w=power_allocation_w,
                type_id=type_id,
                colo_space_location=colo_space_location,
                customer_name=customer_name,
                customer_label=customer_label,
                customer_description=customer_description,
                combination=combination,
            ),
            kwargs,
        )
