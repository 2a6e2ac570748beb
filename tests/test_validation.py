"""Bad input is refused at construction with ValueError/TypeError naming the class and field."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import nflex_connector_utils as facade
import nflex_core as core

NAN = math.nan
INF = math.inf

# (constructor, keyword arguments, words the message must contain)
CORE_CASES: list[tuple[Callable[..., object], dict[str, object], tuple[str, ...]]] = [
    (core.Region, {"id": 1}, ("Region.id", "1")),
    (core.Region, {"id": ""}, ("Region.id",)),
    (core.LocationLevel, {}, ("LocationLevel", "id or a name")),
    (core.LocationLevel, {"name": "x", "latitude": 91.0}, ("LocationLevel.latitude", "91")),
    (core.LocationLevel, {"name": "x", "latitude": NAN}, ("LocationLevel.latitude", "nan")),
    (core.LocationLevel, {"name": "x", "longitude": -180.5}, ("LocationLevel.longitude", "-180.5")),
    (core.LocationLevel, {"name": "x", "longitude": "2.3"}, ("LocationLevel.longitude", "'2.3'")),
    (core.LocationLevel, {"id": 7}, ("LocationLevel.id", "7")),
    (core.Location, {"city": {"name": "Paris"}}, ("Location.city", "LocationLevel")),
    (core.Location, {"type": 3}, ("Location.type", "3")),
    (core.Locations, {"items": [{"city": {}}]}, ("Locations.items[0]", "Location")),
    (core.Locations, {"items": "paris"}, ("Locations.items", "'paris'")),
    (core.Connections, {"by_type": {"server": ("a", 2)}}, ("Connections", "[1]", "2")),
    (core.Connections, {"by_type": {"server": "abc"}}, ("Connections", "'abc'")),
    (core.Connections, {"by_type": {"any": ("a",)}}, ("Connections", "any")),
    (core.Connections, {"by_type": ["server"]}, ("Connections.by_type",)),
    (core.Connections, {"any": (b"x",)}, ("Connections.any[0]", "b'x'")),
    (core.Metadata, {"namespaces": {"ns": {"k": NAN}}}, ("Metadata", "'k'", "nan")),
    (core.Metadata, {"namespaces": {"ns": {"k": object}}}, ("Metadata", "'k'", "object")),
    (core.Metadata, {"namespaces": {"ns": {"k": {1: "x"}}}}, ("Metadata", "keys must be str")),
    (core.Metadata, {"namespaces": {"ns": {2: "x"}}}, ("Metadata", "key", "2")),
    (core.Metadata, {"namespaces": {"ns": "x"}}, ("Metadata.namespaces['ns']",)),
    (core.Metadata, {"namespaces": [("k", "v")]}, ("Metadata.namespaces",)),
    (core.ImageDetail, {"name": "x"}, ("id",)),
    (core.ImageDetail, {"id": None}, ("ImageDetail.id", "None")),
    (core.ImageDetail, {"id": "i", "version": 16.04}, ("ImageDetail.version", "16.04")),
    (core.IpAddress, {"ip_address": 10}, ("IpAddress.ip_address", "10")),
    (core.Account, {"id": 5}, ("Account.id", "5")),
    (core.Account, {"metadata": {"k": "v"}}, ("Account.metadata", "Metadata")),
    (core.Resource, {"id": "r", "name": "n"}, ("type",)),
    (core.Resource, {"id": "r", "name": "n", "type": ""}, ("Resource.type",)),
    (core.Server, {"name": "n"}, ("id",)),
    (core.Server, {"id": "s"}, ("name",)),
    (core.Server, {"id": 1, "name": "n"}, ("Server.id", "1")),
    (core.Server, {"id": "s", "name": None}, ("Server.name", "None")),
    (core.Server, {"id": "s", "name": "n", "cpu_cores": -2}, ("Server.cpu_cores", "-2")),
    (core.Server, {"id": "s", "name": "n", "cpu_hz": NAN}, ("Server.cpu_hz", "nan")),
    (core.Server, {"id": "s", "name": "n", "ram_b": INF}, ("Server.ram_b", "inf")),
    (core.Server, {"id": "s", "name": "n", "volumes_b": True}, ("Server.volumes_b", "True")),
    (core.Server, {"id": "s", "name": "n", "volumes_b": "1"}, ("Server.volumes_b", "'1'")),
    (core.Server, {"id": "s", "name": "n", "state": None}, ("Server.state", "None")),
    (core.Server, {"id": "s", "name": "n", "provider_state": 3}, ("Server.provider_state", "3")),
    (core.Server, {"id": "s", "name": "n", "instance_type": 3}, ("Server.instance_type", "3")),
    (core.Server, {"id": "s", "name": "n", "ip_addresses": ("1.2.3.4",)}, ("Server.ip_addresses[0]",)),
    (core.Server, {"id": "s", "name": "n", "image_detail": "ubuntu"}, ("Server.image_detail",)),
    (core.Server, {"id": "s", "name": "n", "is_virtual": "yes"}, ("Server.is_virtual", "'yes'")),
    (core.Server, {"id": "s", "name": "n", "provider_created_at": "2017"}, ("Server.provider_created_at",)),
    (core.Server, {"id": "s", "name": "n", "region": "eu"}, ("Server.region", "Region")),
    (core.Server, {"id": "s", "name": "n", "locations": ()}, ("Server.locations", "Locations")),
    (core.Server, {"id": "s", "name": "n", "connections": {}}, ("Server.connections",)),
    (core.Server, {"id": "s", "name": "n", "metadata": {}}, ("Server.metadata",)),
    (core.Server, {"id": "s", "name": "n", "native_portal_link": 1}, ("Server.native_portal_link",)),
    (core.Volume, {"id": "v", "name": "n", "size_b": -1}, ("Volume.size_b", "-1")),
    (core.Volume, {"id": "v", "name": "n", "iops": 1.5}, ("Volume.iops", "1.5")),
    (core.Volume, {"id": "v", "name": "n", "encrypted": 1}, ("Volume.encrypted", "1")),
    (core.Volume, {"id": "v", "name": "n", "zone_name": 1}, ("Volume.zone_name", "1")),
    (core.Network, {"id": None, "name": "n"}, ("Network.id", "None")),
    (core.Appliance, {"id": "a", "name": "n", "size_b": NAN}, ("Appliance.size_b", "nan")),
    (core.Appliance, {"id": "a", "name": "n", "type_id": 1}, ("Appliance.type_id", "1")),
    (core.ServiceOffering, {"id": "o", "name": "n", "type_id": 1}, ("ServiceOffering.type_id",)),
    (core.ComputePool, {"id": "c", "name": "n", "memory_b": -5}, ("ComputePool.memory_b", "-5")),
    (core.ComputePool, {"id": "c", "name": "n", "billing_tag": 5}, ("ComputePool.billing_tag",)),
    (core.SaasUser, {"id": "u", "name": "n", "disk_used_b": INF}, ("SaasUser.disk_used_b", "inf")),
    (core.SaasUser, {"id": "u", "name": "n", "email": b"a@b"}, ("SaasUser.email", "b'a@b'")),
    (core.SaasUser, {"id": "u", "name": "n", "is_active": "no"}, ("SaasUser.is_active",)),
    (core.ColoSpace, {"id": "c", "name": "n", "power_allocation_w": -1}, ("ColoSpace.power_allocation_w",)),
    (core.ColoSpace, {"id": "c", "name": "n", "combination": 1}, ("ColoSpace.combination",)),
    (core.Circuit, {"id": "c", "name": "n", "carrier": 1}, ("Circuit.carrier", "1")),
]


FACADE_CASES: list[tuple[Callable[..., object], dict[str, object], tuple[str, ...]]] = [
    (facade.Region, {"id": None}, ("Region.id", "None")),
    (facade.Locations, {}, ("Locations()",)),
    (facade.Locations, {"locations": {"city": {"name": "x"}}}, ("list of location dicts",)),
    (facade.Locations, {"locations": ["paris"]}, ("Locations[0]", "'paris'")),
    (facade.Locations, {"locations": [{"city": "paris"}]}, ("Locations[0]['city']", "'paris'")),
    (facade.Locations, {"locations": [{"city": {"name": "x", "latitude": 100}}]}, ("latitude", "100")),
    (facade.Connections, {"servers": [1]}, ("Connections", "servers[0]", "1")),
    (facade.Connections, {"volumes": 5}, ("Connections volumes", "5")),
    (facade.Connections, {"type": "any", "connections": [{1, 2}]}, ("connections[0]", "set")),
    (facade.Metadata, {"values": [("k", NAN)]}, ("Metadata values[0]", "'k'", "nan")),
    (facade.Metadata, {"values": [("ns", 1, "v")]}, ("Metadata values[0]", "key", "1")),
    (facade.Metadata, {"values": "key=value"}, ("Metadata(values)",)),
    (facade.Metadata, {"default_namespace": 1}, ("Metadata.default_namespace", "1")),
    (facade.ImageDetail, {"id": None, "name": "x"}, ("ImageDetail.id", "None")),
    (facade.ImageDetail, {"name": "x"}, ("id",)),
    (facade.ImageDetailMap, {"mapping": {"u": ("a", "b")}}, ("ImageDetailMap.mapping['u']", "5-tuple")),
    (facade.ImageDetailMap, {"mapping": [("u", ())]}, ("ImageDetailMap(mapping)",)),
    (facade.IpAddress, {"ip_address": 10}, ("IpAddress.ip_address", "10")),
    (facade.Account, {"id": 1}, ("Account.id", "1")),
    (facade.Account, {"metadata": {"k": "v"}}, ("Account.metadata",)),
    (facade.Resource, {"id": "r", "name": "n"}, ("Resource.type", "None")),
    (facade.Server, {"name": "n"}, ("Server.id", "None")),
    (facade.Server, {"id": "s"}, ("Server.name", "None")),
    (facade.Server, {"id": "s", "name": "n", "nmae": "typo"}, ("Server()", "nmae")),
    (facade.Server, {"id": "s", "name": "n", "cpu_cores": -2}, ("Server.cpu_cores", "-2")),
    (facade.Server, {"id": "s", "name": "n", "ram_b": NAN}, ("Server.ram_b", "nan")),
    (facade.Server, {"id": "s", "name": "n", "ip_addresses": "1.2.3.4"}, ("Server.ip_addresses",)),
    (facade.Server, {"id": "s", "name": "n", "ip_addresses": [None]}, ("Server.ip_addresses[0]",)),
    (facade.Server, {"id": "s", "name": "n", "image_detail": {"id": "i"}}, ("Server.image_detail",)),
    (facade.Server, {"id": "s", "name": "n", "region": "eu"}, ("Server.region", "Region")),
    (facade.Server, {"id": "s", "name": "n", "metadata": [("k", "v")]}, ("Server.metadata",)),
    (facade.Server, {"id": "s", "name": "n", "connections": ["v"]}, ("Server.connections",)),
    (facade.Server, {"id": "s", "name": "n", "locations": [{}]}, ("Server.locations",)),
    (facade.Server, {"id": "s", "name": "n", "provider_created_at": "not a date"}, ("Server.provider_created_at", "not a date")),
    (facade.Server, {"id": "s", "name": "n", "provider_created_at": 1486166400}, ("Server.provider_created_at", "1486166400")),
    (facade.Volume, {"id": "v", "name": "n", "size_b": -1}, ("Volume.size_b", "-1")),
    (facade.Volume, {"id": "v", "name": "n", "iops": "fast"}, ("Volume.iops", "'fast'")),
    (facade.Volume, {"id": "v", "name": "n", "iops": [3]}, ("Volume.iops", "[3]")),
    (facade.Volume, {"id": "v", "name": "n", "iops": NAN}, ("Volume.iops", "nan")),
    (facade.Network, {"id": 3, "name": "n"}, ("Network.id", "3")),
    (facade.Appliance, {"id": "a", "name": "n", "size_b": -1}, ("Appliance.size_b",)),
    (facade.ServiceOffering, {"id": "o", "name": 1}, ("ServiceOffering.name", "1")),
    (facade.ComputePool, {"id": "c", "name": "n", "storage_b": INF}, ("ComputePool.storage_b",)),
    (facade.SaasUser, {"id": "u", "name": "n", "disk_quota_b": "1GB"}, ("SaasUser.disk_quota_b",)),
    (facade.ColoSpace, {"id": "c", "name": "n", "power_allocation_w": NAN}, ("ColoSpace.power_allocation_w",)),
    (facade.Circuit, {"id": "c", "name": "n", "endpoint_a": 1}, ("Circuit.endpoint_a",)),
]


@pytest.mark.parametrize(
    ("build", "kwargs", "words"),
    [pytest.param(*case, id=f"core-{case[0].__name__}-{n}") for n, case in enumerate(CORE_CASES)]
    + [pytest.param(*case, id=f"facade-{case[0].__name__}-{n}") for n, case in enumerate(FACADE_CASES)],
)
def test_refuses_bad_input(
    build: Callable[..., object], kwargs: dict[str, object], words: tuple[str, ...]
) -> None:
    """Each bad core or façade input raises ValueError or TypeError whose message names the
    class and the field."""
    with pytest.raises((ValueError, TypeError)) as raised:
        build(**kwargs)
    for word in words:
        assert word in str(raised.value)


def test_metadata_add_refuses_bad_values() -> None:
    """Metadata.add checks its key and value like the constructor does."""
    with pytest.raises(TypeError, match="Metadata.add.key"):
        facade.Metadata().add(1, "v")  # type: ignore[arg-type]  # the mistake under test
    with pytest.raises(ValueError, match="nan"):
        facade.Metadata().add("k", NAN)


def test_image_detail_map_get_needs_an_id() -> None:
    """ImageDetailMap.get without an id raises, naming the argument."""
    with pytest.raises(TypeError, match="ImageDetailMap.get.id"):
        facade.ImageDetailMap().get(None)  # type: ignore[arg-type]  # the mistake under test


garbage = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=5), st.binary(max_size=3),
    st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
    st.just(object()), st.just(datetime(2020, 1, 1)), st.just(NAN),
)
FACADE_CLASSES: list[tuple[Callable[..., object], tuple[str, ...]]] = [
    (facade.Server, ("cpu_hz", "cpu_cores", "ram_b", "volumes_b", "state", "provider_state",
                     "image_detail", "instance_type", "ip_addresses", "is_virtual")),
    (facade.Volume, ("size_b", "encrypted", "iops", "zone_name")),
    (facade.Appliance, ("size_b", "type_id")),
    (facade.ComputePool, ("cpu_hz", "memory_b", "storage_b", "billing_tag")),
    (facade.SaasUser, ("avatar_url", "phone", "address", "language", "is_active", "disk_quota_b",
                       "disk_used_b", "email", "country")),
    (facade.ColoSpace, ("power_allocation_w", "type_id", "colo_space_location", "customer_name",
                        "customer_label", "customer_description", "combination")),
    (facade.Circuit, ("type_id", "carrier", "reference", "endpoint_a", "endpoint_b")),
]
COMMON = ("id", "name", "provider_created_at", "native_portal_link", "region", "locations",
          "connections", "metadata")


def _built_or_refused(cls: Callable[..., object], kwargs: dict[str, object]) -> object | None:
    """``cls(**kwargs)``, or None when it raised ValueError or TypeError (anything else fails
    the test). Warnings about unusual values are expected here and ignored."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", core.NflexInputWarning)
        try:
            return cls(**kwargs)
        except (ValueError, TypeError):
            return None


@given(st.sampled_from(FACADE_CLASSES), st.data())
def test_only_value_or_type_errors_escape(
    cls_fields: tuple[Callable[..., object], tuple[str, ...]], data: st.DataObject
) -> None:
    """Whatever is passed, a façade class builds, or raises ValueError/TypeError — never
    AttributeError, KeyError or another exception."""
    cls, fields = cls_fields
    names = data.draw(st.lists(st.sampled_from(fields + COMMON), unique=True, max_size=4))
    kwargs: dict[str, object] = {"id": "x", "name": "y"}
    kwargs.update({name: data.draw(garbage) for name in names})
    value = _built_or_refused(cls, kwargs)
    if value is not None:
        value.serialize()  # type: ignore[attr-defined]  # façade resources have serialize()


@given(st.dictionaries(st.sampled_from(["location", "city", "state", "country", "region", "type", "x"]), garbage, max_size=3))
def test_locations_raise_only_value_or_type_errors(location: dict[str, object]) -> None:
    """Locations built from arbitrary dicts either work or raise ValueError/TypeError."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", core.NflexInputWarning)
        try:
            facade.Locations([location]).serialize()  # type: ignore[list-item]  # arbitrary input under test
        except (ValueError, TypeError):
            pass


CORE_CLASSES: list[tuple[Callable[..., object], tuple[str, ...]]] = [
    (core.Region, ("id",)),
    (core.LocationLevel, ("id", "name", "latitude", "longitude")),
    (core.Location, ("location", "city", "state", "country", "region", "type")),
    (core.Locations, ("items",)),
    (core.Connections, ("by_type", "any")),
    (core.Metadata, ("namespaces",)),
    (core.ImageDetail, ("id", "name", "type", "distribution", "version", "architecture")),
    (core.IpAddress, ("ip_address", "network_id", "network_name", "description")),
    (core.Account, ("id", "metadata")),
    (core.Resource, ("type", *COMMON)),
    (core.Server, ("cpu_cores", "cpu_hz", "ram_b", "volumes_b", "instance_type", "state",
                   "provider_state", "ip_addresses", "image_detail", "is_virtual", *COMMON)),
    (core.Volume, ("size_b", "encrypted", "iops", "zone_name", *COMMON)),
    (core.Network, COMMON),
    (core.Appliance, ("type_id", "size_b", *COMMON)),
    (core.ServiceOffering, ("type_id", *COMMON)),
    (core.ComputePool, ("cpu_hz", "memory_b", "storage_b", "billing_tag", *COMMON)),
    (core.SaasUser, ("avatar_url", "phone", "address", "language", "is_active",
                     "disk_quota_b", "disk_used_b", "email", "country", *COMMON)),
    (core.ColoSpace, ("power_allocation_w", "type_id", "colo_space_location", "customer_name",
                      "customer_label", "customer_description", "combination", *COMMON)),
    (core.Circuit, ("type_id", "carrier", "reference", "endpoint_a", "endpoint_b", *COMMON)),
]
nested_garbage = garbage | st.dictionaries(
    st.one_of(st.text(max_size=3), st.integers()), garbage | st.lists(garbage, max_size=2), max_size=2
) | st.lists(garbage, max_size=2).map(tuple)


@given(st.sampled_from(CORE_CLASSES), st.data())
def test_core_raises_only_value_or_type_errors(
    cls_fields: tuple[Callable[..., object], tuple[str, ...]], data: st.DataObject
) -> None:
    """Any keyword arguments to any core class give a value, or ValueError/TypeError — and a
    value that was accepted serializes to strict JSON."""
    import json

    cls, fields = cls_fields
    names = data.draw(st.lists(st.sampled_from(fields), unique=True, max_size=4))
    value = _built_or_refused(cls, {name: data.draw(nested_garbage) for name in names})
    if value is None:
        return
    out = core.serialize(value, last_seen_at=datetime(2026, 1, 1))  # type: ignore[arg-type]  # cls builds a model value
    json.dumps(out, allow_nan=False)
