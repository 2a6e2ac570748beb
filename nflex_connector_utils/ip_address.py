"""IP addresses of servers: :class:`IpAddress` (also importable as ``IPAddress``)."""

from __future__ import annotations

from nflex_core import models
from nflex_core.jsontypes import JSONObject
from nflex_core.registry import serialize_ip_address

__all__ = ["IPAddress", "IpAddress"]


class IpAddress:
    """An IP address.

    Args:
        ip_address: An IPv4 or IPv6 address.
        network_id: The id of the network it is on; sent together with ``network_name``.
        network_name: The name of that network; sent together with ``network_id``.
        description: A description, useful when there is no network (a public address).
    """

    __slots__ = ("core",)

    def __init__(
        self,
        ip_address: str | None = None,
        network_id: str | None = None,
        network_name: str | None = None,
        description: str | None = None,
    ) -> None:
        self.core: models.IpAddress = models.IpAddress(
            ip_address=ip_address,
            network_id=network_id,
            network_name=network_name,
            description=description,
        )

    def serialize(self) -> JSONObject:
        """Serialize the contents: only the keys that were given."""
        return serialize_ip_address(self.core)

    def __repr__(self) -> str:
        return f"IpAddress({self.serialize()!r})"


IPAddress = IpAddress
"""The spelling of the documentation's index."""
