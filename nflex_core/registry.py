"""Every serializer of the core, registered on one ``functools.singledispatch`` generic.

This module is the whole mapping from model type to wire format: each ``serialize_*``
function is public API and, through ``@_generic.register``, the implementation that
:func:`serialize` dispatches to. The functions are pure: ``last_seen_at`` (the time a
resource was seen) is an input, never read from a clock, so the same input always gives the
same output, and every call returns fresh lists and dicts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from functools import singledispatch
from typing import Final, Protocol, Union, get_args

from nflex_core.jsontypes import JSONObject, JSONValue, thaw_json
from nflex_core.models import (
    ANY_CONNECTION_TYPE,
    Account,
    Appliance,
    Circuit,
    ColoSpace,
    ComputePool,
    Connections,
    ImageDetail,
    IpAddress,
    Location,
    LocationLevel,
    Locations,
    Metadata,
    Model,
    Network,
    Region,
    Resource,
    ResourceModel,
    SaasUser,
    Server,
    ServiceOffering,
    Volume,
)
from nflex_core.timestamps import (
    WireTimestamp,
    convert_datetime,
    wire_timestamp,
)

__all__ = [
    "SerializeFunction",
    "Timestamp",
    "convert_datetime",
    "iter_serialized",
    "serialize",
    "serialize_account",
    "serialize_all",
    "serialize_appliance",
    "serialize_circuit",
    "serialize_colo_space",
    "serialize_compute_pool",
    "serialize_connections",
    "serialize_image_detail",
    "serialize_ip_address",
    "serialize_location",
    "serialize_location_level",
    "serialize_locations",
    "serialize_metadata",
    "serialize_network",
    "serialize_region",
    "serialize_resource",
    "serialize_saas_user",
    "serialize_server",
    "serialize_service_offering",
    "serialize_volume",
]

Timestamp = Union[datetime, str, WireTimestamp]
"""When a resource was seen: a datetime, a string already in CMP's RFC 3339 form, or a
:class:`~nflex_core.timestamps.WireTimestamp` (checked once, the fastest for batches)."""
_MODEL_NAMES: Final = ", ".join(sorted(kind.__name__ for kind in get_args(Model)))


def _stamp(last_seen_at: Timestamp) -> str:
    """Return the wire form of ``last_seen_at``."""
    if type(last_seen_at) is WireTimestamp:
        return last_seen_at.text
    try:
        return wire_timestamp(last_seen_at).text
    except ValueError as error:
        raise ValueError(f"last_seen_at: {error}") from None


class SerializeFunction(Protocol):
    """The type of :func:`serialize`: a singledispatch generic over the model types."""

    def __call__(self, value: Model, /, last_seen_at: Timestamp | None = None) -> JSONValue:
        """Serialize ``value``; resources need ``last_seen_at``."""

    def dispatch(self, cls: type) -> Callable[..., JSONValue]:
        """Return the serializer registered for ``cls``."""

    @property
    def registry(self) -> Mapping[type, Callable[..., JSONValue]]:
        """The registered serializers by type (``object`` is the fallback)."""


@singledispatch
def _generic(value: object, /, last_seen_at: Timestamp | None = None) -> JSONValue:
    raise TypeError(
        f"serialize() accepts the nflex_core model types ({_MODEL_NAMES}), got {value!r} "
        f"({type(value).__name__}); for a list of resources call serialize_all()"
    )


# --- Parts -------------------------------------------------------------------------------


def serialize_region(value: Region, /, last_seen_at: Timestamp | None = None) -> JSONObject:
    """``{"id": ...}``. ``last_seen_at`` is accepted (and unused) so every serializer shares
    one signature."""
    return {"id": value.id}


def serialize_location_level(
    value: LocationLevel, /, last_seen_at: Timestamp | None = None
) -> JSONObject:
    """The level's ``id``, ``name``, ``latitude`` and ``longitude``, each only when set."""
    out: JSONObject = {}
    if value.id is not None:
        out["id"] = value.id
    if value.name is not None:
        out["name"] = value.name
    if value.latitude is not None:
        out["latitude"] = value.latitude
    if value.longitude is not None:
        out["longitude"] = value.longitude
    return out


def serialize_location(value: Location, /, last_seen_at: Timestamp | None = None) -> JSONObject:
    """The levels that are set, and ``type`` when set."""
    out: JSONObject = {}
    if value.location is not None:
        out["location"] = serialize_location_level(value.location)
    if value.city is not None:
        out["city"] = serialize_location_level(value.city)
    if value.state is not None:
        out["state"] = serialize_location_level(value.state)
    if value.country is not None:
        out["country"] = serialize_location_level(value.country)
    if value.region is not None:
        out["region"] = serialize_location_level(value.region)
    if value.type is not None:
        out["type"] = value.type
    return out


def serialize_locations(
    value: Locations, /, last_seen_at: Timestamp | None = None
) -> list[JSONValue]:
    """The list of serialized locations."""
    return [serialize_location(item) for item in value.items]


def serialize_connections(
    value: Connections, /, last_seen_at: Timestamp | None = None
) -> JSONObject:
    """``{type: [{"id": ...}, ...]}`` and ``{"any": [...]}`` with the ``any`` entries as
    given; types with no entries are left out."""
    out: JSONObject = {}
    for kind, ids in value.by_type.items():
        if ids:
            out[kind] = [{"id": entry} for entry in ids]
    if value.any:
        out[ANY_CONNECTION_TYPE] = [thaw_json(entry) for entry in value.any]
    return out


def serialize_metadata(value: Metadata, /, last_seen_at: Timestamp | None = None) -> JSONObject:
    """``{namespace: {key: value}}`` with fresh copies of list and object values."""
    return {
        namespace: {key: thaw_json(item) for key, item in entries.items()}
        for namespace, entries in value.namespaces.items()
    }


def serialize_image_detail(
    value: ImageDetail, /, last_seen_at: Timestamp | None = None
) -> JSONObject:
    """All six keys, null where not set."""
    return {
        "id": value.id,
        "name": value.name,
        "architecture": value.architecture,
        "distribution": value.distribution,
        "type": value.type,
        "version": value.version,
    }


def serialize_ip_address(
    value: IpAddress, /, last_seen_at: Timestamp | None = None
) -> JSONObject:
    """``ip_address``, ``network`` and ``description``, each only when given; ``network``
    only when both its id and its name are given."""
    out: JSONObject = {}
    if value.ip_address is not None:
        out["ip_address"] = value.ip_address
    if value.network_id is not None and value.network_name is not None:
        out["network"] = {"id": value.network_id, "name": value.network_name}
    if value.description is not None:
        out["description"] = value.description
    return out


def serialize_account(value: Account, /, last_seen_at: Timestamp | None = None) -> JSONObject:
    """``id`` when not empty, and ``metadata`` when given (even empty)."""
    out: JSONObject = {}
    if value.id:
        out["id"] = value.id
    if value.metadata is not None:
        out["metadata"] = serialize_metadata(value.metadata)
    return out


# --- Resources ---------------------------------------------------------------------------


def _resource(value: ResourceModel, kind: str, stamp: str) -> JSONObject:
    """The part every resource shares: id, type, base, connections and metadata."""
    created = value.provider_created_at
    base: JSONObject = {
        "name": value.name,
        # The core keeps provider_created_at as a naive datetime in UTC: isoformat() is the
        # wire form but for the "Z".
        "provider_created_at": None if created is None else created.isoformat() + "Z",
        "last_seen_at": stamp,
    }
    if value.native_portal_link is not None:
        base["native_portal_link"] = value.native_portal_link
    locations = value.locations
    if locations is not None and locations.items:
        base["locations"] = [serialize_location(item) for item in locations.items]
    elif value.region is not None:
        base["regions"] = [{"id": value.region.id}]
    else:
        base["regions"] = []
    connections = value.connections
    metadata = value.metadata
    return {
        "id": value.id,
        "type": kind,
        "base": base,
        "connections": {} if connections is None else serialize_connections(connections),
        "metadata": {} if metadata is None else serialize_metadata(metadata),
    }


def serialize_resource(value: Resource, /, last_seen_at: Timestamp) -> JSONObject:
    """A resource of a free ``type``: the common part only, no ``details``."""
    return _resource(value, value.type, _stamp(last_seen_at))


def serialize_server(value: Server, /, last_seen_at: Timestamp) -> JSONObject:
    """A server; ``details.server.is_virtual`` only when set."""
    out = _resource(value, "server", _stamp(last_seen_at))
    image = value.image_detail
    details: JSONObject = {
        "cpu_cores": value.cpu_cores,
        "cpu_hz": value.cpu_hz,
        "ram_b": value.ram_b,
        "volumes_b": value.volumes_b,
        "instance_type": value.instance_type,
        "state": value.state,
        "provider_state": value.provider_state,
        "ip_addresses": [serialize_ip_address(ip) for ip in value.ip_addresses],
        "image_detail": None if image is None else serialize_image_detail(image),
    }
    if value.is_virtual is not None:
        details["is_virtual"] = value.is_virtual
    out["details"] = {"server": details}
    return out


def serialize_volume(value: Volume, /, last_seen_at: Timestamp) -> JSONObject:
    """A volume; ``details.volume.zone_name`` only when set."""
    out = _resource(value, "volume", _stamp(last_seen_at))
    details: JSONObject = {
        "encrypted": value.encrypted,
        "iops": value.iops,
        "size_b": value.size_b,
    }
    if value.zone_name is not None:
        details["zone_name"] = value.zone_name
    out["details"] = {"volume": details}
    return out


def serialize_network(value: Network, /, last_seen_at: Timestamp) -> JSONObject:
    """A network; its details are empty."""
    out = _resource(value, "network", _stamp(last_seen_at))
    out["details"] = {"network": {}}
    return out


def serialize_appliance(value: Appliance, /, last_seen_at: Timestamp) -> JSONObject:
    """An appliance; ``size_b`` is not part of the wire format."""
    out = _resource(value, "appliance", _stamp(last_seen_at))
    out["details"] = {"appliance": {"type_id": value.type_id}}
    return out


def serialize_service_offering(
    value: ServiceOffering, /, last_seen_at: Timestamp
) -> JSONObject:
    """A service offering."""
    out = _resource(value, "service_offering", _stamp(last_seen_at))
    out["details"] = {"service_offering": {"type_id": value.type_id}}
    return out


def serialize_compute_pool(value: ComputePool, /, last_seen_at: Timestamp) -> JSONObject:
    """A compute pool; ``billing_tag`` only when set."""
    out = _resource(value, "compute_pool", _stamp(last_seen_at))
    details: JSONObject = {
        "cpu_hz": value.cpu_hz,
        "memory_b": value.memory_b,
        "storage_b": value.storage_b,
    }
    if value.billing_tag is not None:
        details["billing_tag"] = value.billing_tag
    out["details"] = {"compute_pool": details}
    return out


def serialize_saas_user(value: SaasUser, /, last_seen_at: Timestamp) -> JSONObject:
    """A SaaS user."""
    out = _resource(value, "saas_user", _stamp(last_seen_at))
    out["details"] = {
        "saas_user": {
            "avatar_url": value.avatar_url,
            "phone": value.phone,
            "address": value.address,
            "is_active": value.is_active,
            "disk_quota_b": value.disk_quota_b,
            "disk_used_b": value.disk_used_b,
            "email": value.email,
            "country": value.country,
            "language": value.language,
        }
    }
    return out


def serialize_colo_space(value: ColoSpace, /, last_seen_at: Timestamp) -> JSONObject:
    """A colocation space."""
    out = _resource(value, "colo_space", _stamp(last_seen_at))
    out["details"] = {
        "colo_space": {
            "power_allocation_w": value.power_allocation_w,
            "type_id": value.type_id,
            "colo_space_location": value.colo_space_location,
            "customer_name": value.customer_name,
            "customer_label": value.customer_label,
            "customer_description": value.customer_description,
            "combination": value.combination,
        }
    }
    return out


def serialize_circuit(value: Circuit, /, last_seen_at: Timestamp) -> JSONObject:
    """A circuit."""
    out = _resource(value, "circuit", _stamp(last_seen_at))
    out["details"] = {
        "circuit": {
            "type_id": value.type_id,
            "carrier": value.carrier,
            "reference": value.reference,
            "endpoint_a": value.endpoint_a,
            "endpoint_b": value.endpoint_b,
        }
    }
    return out


# --- The registry: every model type and its serializer, in one place --------------------

_generic.register(Region, serialize_region)
_generic.register(LocationLevel, serialize_location_level)
_generic.register(Location, serialize_location)
_generic.register(Locations, serialize_locations)
_generic.register(Connections, serialize_connections)
_generic.register(Metadata, serialize_metadata)
_generic.register(ImageDetail, serialize_image_detail)
_generic.register(IpAddress, serialize_ip_address)
_generic.register(Account, serialize_account)
_generic.register(Resource, serialize_resource)
_generic.register(Server, serialize_server)
_generic.register(Volume, serialize_volume)
_generic.register(Network, serialize_network)
_generic.register(Appliance, serialize_appliance)
_generic.register(ServiceOffering, serialize_service_offering)
_generic.register(ComputePool, serialize_compute_pool)
_generic.register(SaasUser, serialize_saas_user)
_generic.register(ColoSpace, serialize_colo_space)
_generic.register(Circuit, serialize_circuit)

serialize: SerializeFunction = _generic
"""Serialize any core value: ``serialize(value, last_seen_at=...)``.

Resources need ``last_seen_at`` (a datetime or an RFC 3339 UTC string); parts ignore it.
Raises TypeError for a value that is not one of the model types.
"""


# --- Batches -----------------------------------------------------------------------------


def iter_serialized(values: Iterable[Model], last_seen_at: Timestamp) -> Iterator[JSONValue]:
    """Yield each value serialized, one at a time, all with the same ``last_seen_at``.

    Nothing is kept between items, so memory stays flat however many resources there are.
    """
    stamp = wire_timestamp(last_seen_at)
    dispatch = _generic.dispatch
    kind: type | None = None
    function: Callable[..., JSONValue] = _generic
    for value in values:
        if type(value) is not kind:  # runs of one type are common: look it up once per run
            kind = type(value)
            function = dispatch(kind)
        yield function(value, stamp)


def serialize_all(values: Iterable[Model], last_seen_at: Timestamp) -> list[JSONValue]:
    """Serialize every value with one ``last_seen_at``; see :func:`iter_serialized`."""
    return list(iter_serialized(values, last_seen_at))
