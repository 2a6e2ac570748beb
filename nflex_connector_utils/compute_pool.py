"""Compute pools: :class:`ComputePool`."""

from __future__ import annotations

from nflex_core import models

from nflex_connector_utils._compat import Unpack
from nflex_connector_utils.resource import ResourceArgs, ResourceBase, base_fields

__all__ = ["ComputePool"]


class ComputePool(ResourceBase):
    """A compute pool.

    Args:
        cpu_hz: CPU in Hz.
        memory_b: Memory in bytes.
        storage_b: Storage in bytes.
        billing_tag: The billing tag; sent only when given.
        **kwargs: The common resource arguments, see
            :class:`~nflex_connector_utils.resource.Resource`.
    """

    __slots__ = ()
    core: models.ComputePool

    def __init__(
        self,
        cpu_hz: models.Size | None = None,
        memory_b: models.Size | None = None,
        storage_b: models.Size | None = None,
        billing_tag: str | None = None,
        **kwargs: Unpack[ResourceArgs],
    ) -> None:
        self._init(
            models.ComputePool(
                **base_fields("ComputePool", kwargs),
                cpu_hz=cpu_hz,
                memory_b=memory_b,
                storage_b=storage_b,
                billing_tag=billing_tag,
            ),
            kwargs,
        )
