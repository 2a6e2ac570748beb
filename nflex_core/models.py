"""The data of the CMP resources wire format, as frozen dataclasses.

Each class holds data and validates it at construction; it has no other behaviour. How a value
becomes JSON lives in :mod:`nflex_core.registry`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Final, Literal, TypeVar, Union

from nflex_core.checks import (
    check_choice,
    check_coordinate,
    check_optional_bool,
    check_optional_count,
    check_optional_size,
    check_optional_str,
    check_optional_timestamp,
    check_str,
    check_text,
)
from nflex_core.jsontypes import FrozenJSON, freeze_json, thaw_json

__all__ = [
    "AnyResource",
    "APPLIANCE_TYPES",
    "ANY_CONNECTION_TYPE",
    "LOCATION_LEVELS",
    "LOCATION_TYPES",
    "SERVER_STATES",
    "Account",
    "Appliance",
    "ApplianceType",
    "Circuit",
    "ColoSpace",
    "ComputePool",
    "Connections",
    "ImageDetail",
    "IpAddress",
    "Location",
    "LocationLevel",
    "LocationType",
    "Locations",
    "Metadata",
    "Model",
    "Network",
    "Region",
    "Resource",
    "ResourceModel",
    "SaasUser",
    "Server",
    "ServerState",
    "ServiceOffering",
    "Size",
    "Volume",
]

_ModelT = TypeVar("_ModelT")

Size = Union[int, float]
"""A non-negative finite amount (bytes, hertz, watts, cores)."""

ServerState = Literal[
    "unknown", "pending", "running", "shutting", "terminated", "stopping", "stopped"
]
SERVER_STATES: Final[tuple[ServerState, ...]] = (
    "unknown", "pending", "running", "shutting", "terminated", "stopping", "stopped",
)

ApplianceType = Literal[
    "firewall", "load_balancer", "router", "switch", "storage", "kvm", "unknown"
]
APPLIANCE_TYPES: Final[tuple[ApplianceType, ...]] = (
    "firewall", "load_balancer", "router", "switch", "storage", "kvm", "unknown",
)

LocationType = Literal["customer", "provider"]
LOCATION_TYPES: Final[tuple[LocationType, ...]] = ("customer", "provider")

LOCATION_LEVELS: Final = ("location", "city", "state", "country", "region")
"""The levels a Location may hold, from the most to the least precise."""

ANY_CONNECTION_TYPE: Final = "any"
"""The connection type whose entries are sent as given instead of as ``{"id": ...}``."""

_EMPTY: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType({})


# --- Parts -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Region:
    """A legacy region: an id that CMP looks up in its own database."""

    id: str

    def __post_init__(self) -> None:
        check_str("Region", "id", self.id)


@dataclass(frozen=True, slots=True, kw_only=True)
class LocationLevel:
    """One level of a location (a city, a country, ...): an id and/or a name, and coordinates."""

    id: str | None = None
    name: str | None = None
    latitude: float | None = None
    longitude: float | None = None

    def __post_init__(self) -> None:
        _set = object.__setattr__
        _set(self, "id", check_optional_str("LocationLevel", "id", self.id))
        _set(self, "name", check_optional_str("LocationLevel", "name", self.name))
        if self.id is None and self.name is None:
            raise ValueError("LocationLevel needs an id or a name (or both), got neither")
        check_coordinate("LocationLevel", "latitude", self.latitude, 90.0)
        check_coordinate("LocationLevel", "longitude", self.longitude, 180.0)


@dataclass(frozen=True, slots=True, kw_only=True)
class Location:
    """One location of a resource, as precise as the provider knows it."""

    location: LocationLevel | None = None
    city: LocationLevel | None = None
    state: LocationLevel | None = None
    country: LocationLevel | None = None
    region: LocationLevel | None = None
    type: LocationType | None = None

    def __post_init__(self) -> None:
        for name in LOCATION_LEVELS:
            level = getattr(self, name)
            if level is not None and not isinstance(level, LocationLevel):
                raise TypeError(
                    f"Location.{name} must be a LocationLevel or None, got {level!r} "
                    f"({type(level).__name__})"
                )
        if self.type is not None:
            check_choice("Location", "type", self.type, LOCATION_TYPES)


@dataclass(frozen=True, slots=True, kw_only=True)
class Locations:
    """The locations of a resource (a wrapper, so that the list has a type of its own)."""

    items: tuple[Location, ...] = ()

    def __post_init__(self) -> None:
        items = self.items if type(self.items) is tuple else _as_tuple("Locations", "items", self.items)
        for index, item in enumerate(items):
            if not isinstance(item, Location):
                raise TypeError(
                    f"Locations.items[{index}] must be a Location, got {item!r} "
                    f"({type(item).__name__})"
                )
        object.__setattr__(self, "items", items)


@dataclass(frozen=True, slots=True, kw_only=True)
class Connections:
    """Links from a resource to others.

    ``by_type`` maps a connection type (``server``, ``volume``, ...) to resource ids;
    ``any`` holds the entries of the special type ``any``, JSON values sent as given.
    """

    by_type: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: _EMPTY)
    any: tuple[FrozenJSON, ...] = ()

    def __post_init__(self) -> None:
        by_type = self.by_type
        if not isinstance(by_type, Mapping):
            raise TypeError(
                f"Connections.by_type must be a mapping of connection type to ids, "
                f"got {by_type!r} ({type(by_type).__name__})"
            )
        frozen: dict[str, tuple[str, ...]] = {}
        for kind, entries in by_type.items():
            check_str("Connections", "by_type key", kind)
            if kind == ANY_CONNECTION_TYPE:
                raise ValueError(
                    "Connections.by_type cannot hold the type 'any': its entries are not ids; "
                    "pass them as Connections(any=...)"
                )
            frozen[kind] = tuple(
                check_str("Connections", f"by_type[{kind!r}][{index}]", entry)
                for index, entry in enumerate(_as_tuple("Connections", f"by_type[{kind!r}]", entries))
            )
        object.__setattr__(self, "by_type", MappingProxyType(frozen) if frozen else _EMPTY)
        if self.any:
            object.__setattr__(
                self,
                "any",
                tuple(
                    freeze_json(entry, f"Connections.any[{index}]")
                    for index, entry in enumerate(_as_tuple("Connections", "any", self.any))
                ),
            )
        elif type(self.any) is not tuple:
            _as_tuple("Connections", "any", self.any)
            object.__setattr__(self, "any", ())

    def __reduce__(self) -> tuple[Callable[..., Connections], tuple[object, ...]]:
        # Read-only mappings cannot be pickled or deep-copied: rebuild from plain values.
        return (
            _rebuild,
            (Connections, {"by_type": dict(self.by_type), "any": [thaw_json(e) for e in self.any]}),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Metadata:
    """Key/value pairs grouped by namespace; values are any JSON value."""

    namespaces: Mapping[str, Mapping[str, FrozenJSON]] = field(
        default_factory=lambda: MappingProxyType({})
    )

    def __post_init__(self) -> None:
        namespaces = self.namespaces
        if not isinstance(namespaces, Mapping):
            raise TypeError(
                f"Metadata.namespaces must be a mapping of namespace to key/value mapping, "
                f"got {namespaces!r} ({type(namespaces).__name__})"
            )
        frozen: dict[str, Mapping[str, FrozenJSON]] = {}
        for namespace, values in namespaces.items():
            check_str("Metadata", "namespace", namespace)
            if not isinstance(values, Mapping):
                raise TypeError(
                    f"Metadata.namespaces[{namespace!r}] must be a mapping of key to value, "
                    f"got {values!r} ({type(values).__name__})"
                )
            entries: dict[str, FrozenJSON] = {}
            for key, value in values.items():
                check_str("Metadata", f"namespaces[{namespace!r}] key", key)
                entries[key] = freeze_json(value, f"Metadata.namespaces[{namespace!r}][{key!r}]")
            frozen[namespace] = MappingProxyType(entries)
        object.__setattr__(self, "namespaces", MappingProxyType(frozen))

    def __reduce__(self) -> tuple[Callable[..., Metadata], tuple[object, ...]]:
        # Read-only mappings cannot be pickled or deep-copied: rebuild from plain values.
        plain = {
            namespace: {key: thaw_json(value) for key, value in entries.items()}
            for namespace, entries in self.namespaces.items()
        }
        return (_rebuild, (Metadata, {"namespaces": plain}))


@dataclass(frozen=True, slots=True, kw_only=True)
class ImageDetail:
    """The image or template a server was built from."""

    id: str
    name: str | None = None
    type: str | None = None
    distribution: str | None = None
    version: str | None = None
    architecture: str | None = None

    def __post_init__(self) -> None:
        _set = object.__setattr__
        check_str("ImageDetail", "id", self.id)
        _set(self, "name", check_optional_str("ImageDetail", "name", self.name))
        _set(self, "type", check_optional_str("ImageDetail", "type", self.type))
        _set(self, "distribution", check_optional_str("ImageDetail", "distribution", self.distribution))
        _set(self, "version", check_optional_str("ImageDetail", "version", self.version))
        _set(self, "architecture", check_optional_str("ImageDetail", "architecture", self.architecture))


@dataclass(frozen=True, slots=True, kw_only=True)
class IpAddress:
    """An IP address of a server, optionally on a known network."""

    ip_address: str | None = None
    network_id: str | None = None
    network_name: str | None = None
    description: str | None = None

    def __post_init__(self) -> None:
        _set = object.__setattr__
        _set(self, "ip_address", check_optional_str("IpAddress", "ip_address", self.ip_address))
        _set(self, "network_id", check_optional_str("IpAddress", "network_id", self.network_id))
        _set(self, "network_name", check_optional_str("IpAddress", "network_name", self.network_name))
        _set(self, "description", check_optional_str("IpAddress", "description", self.description))


# --- Resources ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class ResourceModel:
    """What every resource has. Not serialized by itself: use a concrete resource class."""

    id: str
    name: str
    provider_created_at: datetime | None = None
    native_portal_link: str | None = None
    region: Region | None = None
    locations: Locations | None = None
    connections: Connections | None = None
    metadata: Metadata | None = None

    def __post_init__(self) -> None:
        _check_resource(self, type(self).__name__)


def _check_resource(value: ResourceModel, owner: str) -> None:
    """Validate (and normalize) the fields every resource shares."""
    _set = object.__setattr__
    check_str(owner, "id", value.id)
    if type(value.name) is not str:
        _set(value, "name", check_text(owner, "name", value.name))
    if value.provider_created_at is not None:
        _set(
            value,
            "provider_created_at",
            check_optional_timestamp(owner, "provider_created_at", value.provider_created_at),
        )
    if value.native_portal_link is not None:
        check_optional_str(owner, "native_portal_link", value.native_portal_link)
    _check_part(owner, "region", value.region, Region)
    _check_part(owner, "locations", value.locations, Locations)
    _check_part(owner, "connections", value.connections, Connections)
    _check_part(owner, "metadata", value.metadata, Metadata)


def _check_part(owner: str, name: str, value: object, expected: type) -> None:
    if value is not None and type(value) is not expected and not isinstance(value, expected):
        raise TypeError(
            f"{owner}.{name} must be a {expected.__name__} or None, got {value!r} "
            f"({type(value).__name__})"
        )


def _rebuild(cls: Callable[..., _ModelT], kwargs: dict[str, object]) -> _ModelT:
    """Build ``cls(**kwargs)``: how pickle and deepcopy recreate values holding mappings."""
    return cls(**kwargs)


def _as_tuple(owner: str, name: str, value: object) -> tuple[object, ...]:
    """Copy a list or tuple into a tuple; refuse strings and other non-sequences."""
    if isinstance(value, (list, tuple)):
        return tuple(value)
    raise TypeError(f"{owner}.{name} must be a tuple or list, got {value!r} ({type(value).__name__})")


@dataclass(frozen=True, slots=True, kw_only=True)
class Resource(ResourceModel):
    """A resource of a type this library has no class for; it carries no details."""

    type: str

    def __post_init__(self) -> None:
        _check_resource(self, "Resource")
        check_str("Resource", "type", self.type)


@dataclass(frozen=True, slots=True, kw_only=True)
class Server(ResourceModel):
    """A physical or virtual server."""

    cpu_cores: Size | None = None
    cpu_hz: Size | None = None
    ram_b: Size | None = None
    volumes_b: Size | None = None
    instance_type: str | None = None
    state: ServerState = "unknown"
    provider_state: str = "unknown"
    ip_addresses: tuple[IpAddress, ...] = ()
    image_detail: ImageDetail | None = None
    is_virtual: bool | None = None

    def __post_init__(self) -> None:
        _check_resource(self, "Server")
        _set = object.__setattr__
        _set(self, "cpu_cores", check_optional_size("Server", "cpu_cores", self.cpu_cores))
        _set(self, "cpu_hz", check_optional_size("Server", "cpu_hz", self.cpu_hz))
        _set(self, "ram_b", check_optional_size("Server", "ram_b", self.ram_b))
        _set(self, "volumes_b", check_optional_size("Server", "volumes_b", self.volumes_b))
        if self.instance_type is not None:
            check_optional_str("Server", "instance_type", self.instance_type)
        if self.state not in SERVER_STATES:
            check_choice("Server", "state", self.state, SERVER_STATES)
        if type(self.provider_state) is not str:
            _set(self, "provider_state", check_text("Server", "provider_state", self.provider_state))
        ips: tuple[object, ...] = self.ip_addresses
        if type(ips) is not tuple:
            ips = _as_tuple("Server", "ip_addresses", ips)
            _set(self, "ip_addresses", ips)
        for index, ip in enumerate(ips):
            if type(ip) is not IpAddress and not isinstance(ip, IpAddress):
                raise TypeError(
                    f"Server.ip_addresses[{index}] must be an IpAddress, got {ip!r} "
                    f"({type(ip).__name__})"
                )
        _check_part("Server", "image_detail", self.image_detail, ImageDetail)
        check_optional_bool("Server", "is_virtual", self.is_virtual)


@dataclass(frozen=True, slots=True, kw_only=True)
class Volume(ResourceModel):
    """A block storage volume."""

    size_b: Size | None = None
    encrypted: bool | None = None
    iops: int | None = None
    zone_name: str | None = None

    def __post_init__(self) -> None:
        _check_resource(self, "Volume")
        _set = object.__setattr__
        _set(self, "size_b", check_optional_size("Volume", "size_b", self.size_b))
        check_optional_bool("Volume", "encrypted", self.encrypted)
        _set(self, "iops", check_optional_count("Volume", "iops", self.iops))
        _set(self, "zone_name", check_optional_str("Volume", "zone_name", self.zone_name))


@dataclass(frozen=True, slots=True, kw_only=True)
class Network(ResourceModel):
    """A network; it carries no details."""

    def __post_init__(self) -> None:
        _check_resource(self, "Network")


@dataclass(frozen=True, slots=True, kw_only=True)
class Appliance(ResourceModel):
    """A network or storage appliance. ``size_b`` is kept but not sent (CMP has no field)."""

    type_id: ApplianceType | None = None
    size_b: Size | None = None

    def __post_init__(self) -> None:
        _check_resource(self, "Appliance")
        if self.type_id is not None and self.type_id not in APPLIANCE_TYPES:
            check_choice("Appliance", "type_id", self.type_id, APPLIANCE_TYPES)
        object.__setattr__(self, "size_b", check_optional_size("Appliance", "size_b", self.size_b))


@dataclass(frozen=True, slots=True, kw_only=True)
class ServiceOffering(ResourceModel):
    """A service offering; ``type_id`` is free text."""

    type_id: str | None = None

    def __post_init__(self) -> None:
        _check_resource(self, "ServiceOffering")
        object.__setattr__(
            self, "type_id", check_optional_str("ServiceOffering", "type_id", self.type_id)
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class ComputePool(ResourceModel):
    """A pool of compute capacity."""

    cpu_hz: Size | None = None
    memory_b: Size | None = None
    storage_b: Size | None = None
    billing_tag: str | None = None

    def __post_init__(self) -> None:
        _check_resource(self, "ComputePool")
        _set = object.__setattr__
        _set(self, "cpu_hz", check_optional_size("ComputePool", "cpu_hz", self.cpu_hz))
        _set(self, "memory_b", check_optional_size("ComputePool", "memory_b", self.memory_b))
        _set(self, "storage_b", check_optional_size("ComputePool", "storage_b", self.storage_b))
        _set(self, "billing_tag", check_optional_str("ComputePool", "billing_tag", self.billing_tag))


@dataclass(frozen=True, slots=True, kw_only=True)
class SaasUser(ResourceModel):
    """A user of a software-as-a-service product."""

    avatar_url: str | None = None
    phone: str | None = None
    address: str | None = None
    language: str | None = None
    is_active: bool | None = None
    disk_quota_b: Size | None = None
    disk_used_b: Size | None = None
    email: str | None = None
    country: str | None = None

    def __post_init__(self) -> None:
        _check_resource(self, "SaasUser")
        _set = object.__setattr__
        for name in ("avatar_url", "phone", "address", "language", "email", "country"):
            _set(self, name, check_optional_str("SaasUser", name, getattr(self, name)))
        check_optional_bool("SaasUser", "is_active", self.is_active)
        _set(self, "disk_quota_b", check_optional_size("SaasUser", "disk_quota_b", self.disk_quota_b))
        _set(self, "disk_used_b", check_optional_size("SaasUser", "disk_used_b", self.disk_used_b))


@dataclass(frozen=True, slots=True, kw_only=True)
class ColoSpace(ResourceModel):
    """Space rented in a colocation data centre."""

    power_allocation_w: Size | None = None
    type_id: str | None = None
    colo_space_location: str | None = None
    customer_name: str | None = None
    customer_label: str | None = None
    customer_description: str | None = None
    combination: str | None = None

    def __post_init__(self) -> None:
        _check_resource(self, "ColoSpace")
        _set = object.__setattr__
        _set(
            self,
            "power_allocation_w",
            check_optional_size("ColoSpace", "power_allocation_w", self.power_allocation_w),
        )
        for name in (
            "type_id", "colo_space_location", "customer_name", "customer_label",
            "customer_description", "combination",
        ):
            _set(self, name, check_optional_str("ColoSpace", name, getattr(self, name)))


@dataclass(frozen=True, slots=True, kw_only=True)
class Circuit(ResourceModel):
    """A network circuit between two endpoints."""

    type_id: str | None = None
    carrier: str | None = None
    reference: str | None = None
    endpoint_a: str | None = None
    endpoint_b: str | None = None

    def __post_init__(self) -> None:
        _check_resource(self, "Circuit")
        _set = object.__setattr__
        for name in ("type_id", "carrier", "reference", "endpoint_a", "endpoint_b"):
            _set(self, name, check_optional_str("Circuit", name, getattr(self, name)))


# --- Account -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Account:
    """The CMP account a connector reports for, with account-level metadata."""

    id: str | None = None
    metadata: Metadata | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", check_optional_str("Account", "id", self.id))
        _check_part("Account", "metadata", self.metadata, Metadata)


AnyResource = Union[
    Resource,
    Server,
    Volume,
    Network,
    Appliance,
    ServiceOffering,
    ComputePool,
    SaasUser,
    ColoSpace,
    Circuit,
]
"""Every concrete resource type (the ones with a ``type`` on the wire)."""

Model = Union[
    Region,
    LocationLevel,
    Location,
    Locations,
    Connections,
    Metadata,
    ImageDetail,
    IpAddress,
    Resource,
    Server,
    Volume,
    Network,
    Appliance,
    ServiceOffering,
    ComputePool,
    SaasUser,
    ColoSpace,
    Circuit,
    Account,
]
"""Every value the registry can serialize."""

