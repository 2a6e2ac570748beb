"""Block storage volumes: :class:`Volume`."""

from __future__ import annotations

from typing import SupportsInt, Union

from nflex_core import models

from nflex_connector_utils._compat import Unpack
from nflex_connector_utils.resource import ResourceArgs, ResourceBase, base_fields

__all__ = ["Volume"]


def _iops(value: object) -> int | None:
    """``int()`` of the value, as the wire format wants; None stays None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise TypeError(
            f"Volume.iops must be a number (or a numeric string) or None, got {value!r} "
            f"({type(value).__name__})"
        )
    try:
        return int(value)
    except (ValueError, OverflowError):
        raise ValueError(f"Volume.iops must be a whole number, got {value!r}") from None


class Volume(ResourceBase):
    """A volume.

    Args:
        size_b: Size in bytes.
        encrypted: Whether the volume is encrypted.
        iops: IOPS; sent as ``int()`` of the value.
        zone_name: The zone; sent only when given.
        **kwargs: The common resource arguments, see
            :class:`~nflex_connector_utils.resource.Resource`.
    """

    __slots__ = ()
    core: models.Volume

    def __init__(
        self,
        size_b: models.Size | None = None,
        encrypted: bool | None = None,
        iops: Union[SupportsInt, str, None] = None,
        zone_name: str | None = None,
        **kwargs: Unpack[ResourceArgs],
    ) -> None:
        self._init(
            models.Volume(
                **base_fields("Volume", kwargs),
                size_b=size_b,
                encrypted=encrypted,
                iops=_iops(iops),
                zone_name=zone_name,
            ),
            kwargs,
        )

    @property
    def size_b(self) -> models.Size | None:
        """Size in bytes."""
        return self.core.size_b
