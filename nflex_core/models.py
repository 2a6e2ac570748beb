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
_IMAGE_TEXTS: Final = ("name", "type", "distribution", "version", "architecture")
_IP_TEXTS: Final = ("ip_address", "network_id", "network_name", "description")
_SERVER_SIZES: Final = ("cpu_cores", "cpu_hz", "ram_b", "volumes_b")

# Frozen dataclasses are initialised through object.__setattr__; so is their normalization.
_set: Final = object.__setattr__


# --- Parts -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Region:
    """A legacy region: an id that CMP looks up in its own database."""

    id: str

    def __post_init__(self) -> None:
        if type(self.id) is not str or not self.id:
            _set(self, "id", check_str("Region", "id", self.id))


@dataclass(frozen=True, slots=True, kw_only=True)
class LocationLevel:
    """One level of a location (a city, a country, ...): an id and/or a name, and coordinates."""

    id: str | None = None
    name: str | None = None
    latitude: float | None = None
    longitude: float | None = None

    def __post_init__(self) -> None:
        id_, name = self.id, self.name
        if id_ is not None and type(id_) is not str:
            _set(self, "id", check_optional_str("LocationLevel", "id", id_))
        if name is not None and type(name) is not str:
            _set(self, "name", check_optional_str("LocationLevel", "name", name))
        elif name is None and id_ is None:
            raise ValueError("LocationLevel needs an id or a name (or both), got neither")
        latitude, longitude = self.latitude, self.longitude
        if latitude is not None and (type(latitude) is not float or not -90.0 <= latitude <= 90.0):
            check_coordinate("LocationLevel", "latitude", latitude, 90.0)
        if longitude is not None and (
            type(longitude) is not float or not -180.0 <= longitude <= 180.0
        ):
            check_coordinate("LocationLevel", "longitude", longitude, 180.0)


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
        for level in (self.location, self.city, self.state, self.country, self.region):
            if level is not None and type(level) is not LocationLevel:
                _check_levels(self)
                break
        if self.type is not None and self.type not in LOCATION_TYPES:
            check_choice("Location", "type", self.type, LOCATION_TYPES)


def _check_levels(value: Location) -> None:
    for name in LOCATION_LEVELS:
        _check_part("Location", name, getattr(value, name), LocationLevel)


@dataclass(frozen=True, slots=True, kw_only=True)
class Locations:
    """The locations of a resource (a wrapper, so that the list has a type of its own)."""

    items: tuple[Location, ...] = ()

    def __post_init__(self) -> None:
        items: tuple[object, ...] = self.items
        if type(items) is not tuple:
            items = _as_tuple("Locations", "items", items)
            _set(self, "items", items)
        for index, item in enumerate(items):
            if type(item) is not Location:
                _check_part("Locations", f"items[{index}]", item, Location, optional=False)


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
        if by_type is _EMPTY and self.any == ():
            return
        if type(by_type) is not dict and not isinstance(by_type, Mapping):
            raise TypeError(
                f"Connections.by_type must be a mapping of connection type to ids, "
                f"got {by_type!r} ({type(by_type).__name__})"
            )
        frozen: dict[str, tuple[str, ...]] = {}
        for kind, ids in by_type.items():
            if type(kind) is not str or not kind:
                check_str("Connections", "by_type key", kind)
            if kind == ANY_CONNECTION_TYPE:
                raise ValueError(
                    "Connections.by_type cannot hold the type 'any': its entries are not ids; "
                    "pass them as Connections(any=...)"
                )
            if type(ids) is tuple and all(type(entry) is str and entry for entry in ids):
                frozen[kind] = ids
            else:
                frozen[kind] = tuple(
                    check_str("Connections", f"by_type[{kind!r}][{index}]", entry)
                    for index, entry in enumerate(_as_tuple("Connections", f"by_type[{kind!r}]", ids))
                )
        _set(self, "by_type", MappingProxyType(frozen) if frozen else _EMPTY)
        if self.any:
            _set(
                self,
                "any",
                tuple(
                    freeze_json(entry, f"Connections.any[{index}]")
                    for index, entry in enumerate(_as_tuple("Connections", "any", self.any))
                ),
            )
        elif type(self.any) is not tuple:
            _as_tuple("Connections", "any", self.any)
            _set(self, "any", ())

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
        if type(namespaces) is not dict and not isinstance(namespaces, Mapping):
            raise TypeError(
                f"Metadata.namespaces must be a mapping of namespace to key/value mapping, "
                f"got {namespaces!r} ({type(namespaces).__name__})"
            )
        frozen: dict[str, Mapping[str, FrozenJSON]] = {}
        for namespace, values in namespaces.items():
            if type(namespace) is not str or not namespace:
                check_str("Metadata", "namespace", namespace)
            if type(values) is not dict and not isinstance(values, Mapping):
                raise TypeError(
                    f"Metadata.namespaces[{namespace!r}] must be a mapping of key to value, "
                    f"got {values!r} ({type(values).__name__})"
                )
            entries: dict[str, FrozenJSON] = {}
            for key, value in values.items():
                if type(key) is not str or not key:
                    check_str("Metadata", f"namespaces[{namespace!r}] key", key)
                kind = type(value)
                if kind is str or kind is int or kind is bool or value is None:
                    entries[key] = value
                else:
                    entries[key] = freeze_json(
                        value, f"Metadata.namespaces[{namespace!r}][{key!r}]"
                    )
            frozen[namespace] = MappingProxyType(entries)
        _set(self, "namespaces", MappingProxyType(frozen))

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
        if type(self.id) is not str or not self.id:
            _set(self, "id", check_str("ImageDetail", "id", self.id))
        for text in (self.name, self.type, self.distribution, self.version, self.architecture):
            if text is not None and type(text) is not str:
                _normalize_texts(self, "ImageDetail", _IMAGE_TEXTS)
                break


@dataclass(frozen=True, slots=True, kw_only=True)
class IpAddress:
    """An IP address of a server, optionally on a known network."""

    ip_address: str | None = None
    network_id: str | None = None
    network_name: str | None = None
    description: str | None = None

    def __post_init__(self) -> None:
        for text in (self.ip_address, self.network_id, self.network_name, self.description):
            if text is not None and type(text) is not str:
                _normalize_texts(self, "IpAddress", _IP_TEXTS)
                break


# --- Resources ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class ResourceModel:
    """What every resource has. Not serialized by itself: use a concrete resource class.

    Attributes:
        id: Unique within the resource type (a non-empty str).
        name: Human-readable name (a str).
        provider_created_at: When the provider created the resource. Stored as a naive
            datetime in UTC: an aware one is converted, a naive one is taken as UTC.
        native_portal_link: URL of the resource on the provider's portal.
        region: A legacy CMP region, sent only when there are no locations.
        locations: Where the resource is.
        connections: Links to other resources.
        metadata: Key/value metadata by namespace.
    """

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
    """Validate (and normalize) the fields every resource shares.

    Each check has a fast path for the common, valid case; the helpers it falls back to
    normalize (str subclasses, aware datetimes) or raise with the full message.
    """
    if type(value.id) is not str or not value.id:
        _set(value, "id", check_str(owner, "id", value.id))
    if type(value.name) is not str:
        _set(value, "name", check_text(owner, "name", value.name))
    created = value.provider_created_at
    if created is not None and (type(created) is not datetime or created.tzinfo is not None):
        _set(value, "provider_created_at", check_optional_timestamp(owner, "provider_created_at", created))
    link = value.native_portal_link
    if link is not None and type(link) is not str:
        _set(value, "native_portal_link", check_optional_str(owner, "native_portal_link", link))
    if value.region is not None and type(value.region) is not Region:
        _check_part(owner, "region", value.region, Region)
    if value.locations is not None and type(value.locations) is not Locations:
        _check_part(owner, "locations", value.locations, Locations)
    if value.connections is not None and type(value.connections) is not Connections:
        _check_part(owner, "connections", value.connections, Connections)
    if value.metadata is not None and type(value.metadata) is not Metadata:
        _check_part(owner, "metadata", value.metadata, Metadata)


def _normalize_texts(value: object, owner: str, names: tuple[str, ...]) -> None:
    """Check optional str fields, turning str subclasses into plain str."""
    for name in names:
        text = getattr(value, name)
        if text is not None and type(text) is not str:
            _set(value, name, check_optional_str(owner, name, text))


def _normalize_sizes(value: object, owner: str, names: tuple[str, ...]) -> None:
    """Check optional size fields (non-negative finite numbers)."""
    for name in names:
        size = getattr(value, name)
        if size is not None and (type(size) is not int or size < 0):
            checked = check_optional_size(owner, name, size)
            if checked is not size:
                _set(value, name, checked)


def _check_part(
    owner: str, name: str, value: object, expected: type, *, optional: bool = True
) -> None:
    """Raise TypeError unless ``value`` is an ``expected`` (or None, when optional)."""
    if (value is None and optional) or isinstance(value, expected):
        return
    what = f"a {expected.__name__} or None" if optional else f"a {expected.__name__}"
    raise TypeError(f"{owner}.{name} must be {what}, got {value!r} ({type(value).__name__})")


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
        for size in (self.cpu_cores, self.cpu_hz, self.ram_b, self.volumes_b):
            if size is not None and (type(size) is not int or size < 0):
                _normalize_sizes(self, "Server", _SERVER_SIZES)
                break
        if self.instance_type is not None and type(self.instance_type) is not str:
            _set(self, "instance_type", check_optional_str("Server", "instance_type", self.instance_type))
        if self.state not in SERVER_STATES:
            check_choice("Server", "state", self.state, SERVER_STATES)
        if type(self.provider_state) is not str:
            _set(self, "provider_state", check_text("Server", "provider_state", self.provider_state))
        ips: tuple[object, ...] = self.ip_addresses
        if type(ips) is not tuple:
            ips = _as_tuple("Server", "ip_addresses", ips)
            _set(self, "ip_addresses", ips)
        for index, ip in enumerate(ips):
            if type(ip) is not IpAddress:
                _check_part("Server", f"ip_addresses[{index}]", ip, IpAddress, optional=False)
        if self.image_detail is not None and type(self.image_detail) is not ImageDetail:
            _check_part("Server", "image_detail", self.image_detail, ImageDetail)
        if self.is_virtual is not None and type(self.is_virtual) is not bool:
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
        _normalize_sizes(self, "Volume", ("size_b",))
        check_optional_bool("Volume", "encrypted", self.encrypted)
        iops = self.iops
        if iops is not None and (type(iops) is not int or iops < 0):
            _set(self, "iops", check_optional_count("Volume", "iops", iops))
        _normalize_texts(self, "Volume", ("zone_name",))


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
        _normalize_sizes(self, "Appliance", ("size_b",))


@dataclass(frozen=True, slots=True, kw_only=True)
class ServiceOffering(ResourceModel):
    """A service offering; ``type_id`` is free text."""

    type_id: str | None = None

    def __post_init__(self) -> None:
        _check_resource(self, "ServiceOffering")
        _normalize_texts(self, "ServiceOffering", ("type_id",))


@dataclass(frozen=True, slots=True, kw_only=True)
class ComputePool(ResourceModel):
    """A pool of compute capacity."""

    cpu_hz: Size | None = None
    memory_b: Size | None = None
    storage_b: Size | None = None
    billing_tag: str | None = None

    def __post_init__(self) -> None:
        _check_resource(self, "ComputePool")
        _normalize_sizes(self, "ComputePool", ("cpu_hz", "memory_b", "storage_b"))
        _normalize_texts(self, "ComputePool", ("billing_tag",))


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
        _normalize_texts(
            self, "SaasUser", ("avatar_url", "phone", "address", "language", "email", "country")
        )
        check_optional_bool("SaasUser", "is_active", self.is_active)
        _normalize_sizes(self, "SaasUser", ("disk_quota_b", "disk_used_b"))


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
        _normalize_sizes(self, "ColoSpace", ("power_allocation_w",))
        _normalize_texts(
            self,
            "ColoSpace",
            (
                "type_id", "colo_space_location", "customer_name", "customer_label",
                "customer_description", "combination",
            ),
        )


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
        _normalize_texts(
            self, "Circuit", ("type_id", "carrier", "reference", "endpoint_a", "endpoint_b")
        )


# --- Account -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Account:
    """The CMP account a connector reports for, with account-level metadata."""

    id: str | None = None
    metadata: Metadata | None = None

    def __post_init__(self) -> None:
        _normalize_texts(self, "Account", ("id",))
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

