"""Network circuits: :class:`Circuit`."""

from __future__ import annotations

from nflex_core import models

from nflex_connector_utils._compat import Unpack
from nflex_connector_utils.resource import ResourceArgs, ResourceBase, base_fields

__all__ = ["Circuit"]


class Circuit(ResourceBase):
    """A circuit.

    Args:
        type_id: The circuit type.
        carrier: The carrier.
        reference: The circuit reference.
        endpoint_a: One endpoint.
        endpoint_b: The other endpoint.
        **kwargs: The common resource arguments, see
            :class:`~nflex_connector_utils.resource.Resource`.
    """

    __slots__ = ()
    core: models.Circuit

    def __init__(
        self,
        type_id: str | None = None,
        carrier: str | None = None,
        reference: str | None = None,
        endpoint_a: str | None = None,
        endpoint_b: str | None = None,
        **kwargs: Unpack[ResourceArgs],
    ) -> None:
        self._init(
            models.Circuit(
                **base_fields("Circuit", kwargs),
                type_id=type_id,
                carrier=carrier,
                reference=reference,
                endpoint_a=endpoint_a,
                endpoint_b=endpoint_b,
            ),
            kwargs,
        )
