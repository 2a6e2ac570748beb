"""Servers: :class:`Server`."""

from __future__ import annotations

from collections.abc import Sequence

from nflex_core import models

from nflex_connector_utils.image_detail import ImageDetail
from nflex_connector_utils.ip_address import IpAddress
from nflex_connector_utils._compat import Unpack
from nflex_connector_utils.resource import ResourceArgs, ResourceBase, base_fields

__all__ = ["Server"]


def _ip_addresses(value: object) -> tuple[models.IpAddress, ...]:
    if value is None:
        return ()
    if isinstance(value, IpAddress):
        return (value.core,)
    if type(value) is list and all(type(item) is IpAddress for item in value):
        return tuple([item.core for item in value])
    if isinstance(value, (list, tuple)):
        cores = []
        for index, item in enumerate(value):
            if not isinstance(item, IpAddress):
                raise TypeError(
                    f"Server.ip_addresses[{index}] must be an IpAddress, got {item!r} "
                    f"({type(item).__name__})"
                )
            cores.append(item.core)
        return tuple(cores)
    raise TypeError(
        f"Server.ip_addresses must be an IpAddress or a list of them, got {value!r} "
        f"({type(value).__name__})"
    )


class Server(ResourceBase):
    """A server.

    Args:
        cpu_hz: CPU speed in Hz.
        cpu_cores: Number of CPU cores.
        ram_b: RAM size in bytes.
        volumes_b: Total volume size in bytes.
        state: The CMP state: unknown (the default), pending, running, shutting, terminated,
            stopping or stopped. Another value is sent as given, with an NflexInputWarning.
        provider_state: The provider's own word for the state (``unknown`` by default).
        image_detail: An :class:`~nflex_connector_utils.image_detail.ImageDetail`.
        instance_type: The instance type, as free text.
        ip_addresses: An :class:`~nflex_connector_utils.ip_address.IpAddress` or a list.
        is_virtual: Whether the server is virtual; sent only when given.
        **kwargs: The common resource arguments, see
            :class:`~nflex_connector_utils.resource.Resource`.
    """

    __slots__ = ()
    core: models.Server

    def __init__(
        self,
        cpu_hz: models.Size | None = None,
        cpu_cores: models.Size | None = None,
        ram_b: models.Size | None = None,
        volumes_b: models.Size | None = None,
        state: models.ServerState | None = None,
        provider_state: str | None = None,
        image_detail: ImageDetail | None = None,
        instance_type: str | None = None,
        ip_addresses: IpAddress | Sequence[IpAddress] | None = None,
        is_virtual: bool | None = None,
        **kwargs: Unpack[ResourceArgs],
    ) -> None:
        if image_detail is not None and not isinstance(image_detail, ImageDetail):
            raise TypeError(
                f"Server.image_detail must be an ImageDetail or None, got {image_detail!r} "
                f"({type(image_detail).__name__})"
            )
        self._init(
            models.Server(
                **base_fields("Server", kwargs),
                cpu_hz=cpu_hz,
                cpu_cores=cpu_cores,
                ram_b=ram_b,
                volumes_b=volumes_b,
                state="unknown" if state is None else state,
                provider_state="unknown" if provider_state is None else provider_state,
                image_detail=None if image_detail is None else image_detail.core,
                instance_type=instance_type,
                ip_addresses=_ip_addresses(ip_addresses),
                is_virtual=is_virtual,
            ),
            kwargs,
        )
