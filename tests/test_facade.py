"""Behaviour of the documented façade beyond the golden vectors."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import requests

import nflex_connector_utils as ncu
from nflex_connector_utils import _clock
from nflex_core import JSONValue
from tests.jsonpath import dig

SEEN = datetime(2026, 12, 4, tzinfo=timezone.utc)


# --- Connections -------------------------------------------------------------------------


def test_connections_add_chains_and_accumulates() -> None:
    """The documented incremental example: add() returns the same object and appends."""
    c = ncu.Connections()
    assert c.add(type="appliances", connections="appliance-1").add(servers=["server-1"]) is c
    c.add(networks=["network-1"]).add(servers="server-2")
    assert c.serialize() == {
        "appliances": [{"id": "appliance-1"}],
        "server": [{"id": "server-1"}, {"id": "server-2"}],
        "network": [{"id": "network-1"}],
    }


def test_a_single_string_is_one_connection() -> None:
    """A string where a list is expected is ONE id, not one id per character."""
    assert ncu.Connections(volumes="vol-1").serialize() == {"volume": [{"id": "vol-1"}]}
    assert ncu.Connections(type="server", connections="srv").serialize() == {
        "server": [{"id": "srv"}]
    }


def test_any_connections_are_sent_as_given() -> None:
    """Entries of type `any` are not wrapped in {"id": ...}, and are copied."""
    entry: dict[str, JSONValue] = {"type": "dns", "id": "zone-1"}
    c = ncu.Connections(type="any", connections=[entry])
    entry["id"] = "changed"
    assert c.serialize() == {"any": [{"type": "dns", "id": "zone-1"}]}


def test_connections_without_type_warn() -> None:
    """connections=... without type=... is dropped with a warning, not in silence."""
    with pytest.warns(ncu.NflexInputWarning, match="without type"):
        c = ncu.Connections(connections=["server-1"])
    assert c.serialize() == {}


def test_connections_added_after_the_resource_was_built_are_sent() -> None:
    """A Connections or Metadata changed after building the resource is serialized as it is
    now, as the old implementation did."""
    connections = ncu.Connections(servers=["a"])
    metadata = ncu.Metadata()
    server = ncu.Server(id="s", name="n", connections=connections, metadata=metadata)
    connections.add(volumes=["v"]).add(servers="b")
    metadata.add("k", "v")
    out = server.serialize_at(SEEN)
    assert out["connections"] == {"server": [{"id": "a"}, {"id": "b"}], "volume": [{"id": "v"}]}
    assert out["metadata"] == {"provider_specific": {"k": "v"}}
    metadata.add("k", "w").add("k2", 1, namespace="ns")
    connections.add(type="any", connections={"x": 1})
    out = server.serialize_at(SEEN)
    assert out["metadata"] == {"provider_specific": {"k": "w"}, "ns": {"k2": 1}}
    assert dig(out, "connections", "any") == [{"x": 1}]
    assert dig(out, "connections", "server") == [{"id": "a"}, {"id": "b"}]


# --- Metadata ----------------------------------------------------------------------------


def test_metadata_constants() -> None:
    """The namespace constants of the documentation."""
    assert ncu.Metadata.DEFAULT_NAMESPACE_ID == "default"
    assert ncu.Metadata.PROVIDER_SPECIFIC_NAMESPACE_ID == "provider_specific"
    assert ncu.Metadata.PROVIDER_SPECIFIC_EDITABLE_NAMESPACE_ID == "provider_specific_editable"
    assert ncu.Metadata.PROVIDER_METADATA_NAMESPACE_ID == "provider_metadata"


def test_metadata_add_chains_with_namespaces() -> None:
    """add() chains, uses the default namespace, and a later value for a key wins."""
    m = ncu.Metadata([("key1", "value1")], default_namespace="custom")
    assert m.add("key2", "value2", namespace="alt-ns").add("key1", [1, 2]) is m
    assert m.serialize() == {"custom": {"key1": [1, 2]}, "alt-ns": {"key2": "value2"}}


def test_metadata_drops_malformed_entries_with_a_warning() -> None:
    """An entry that is not a 2- or 3-tuple is dropped, and the warning names it."""
    with pytest.warns(ncu.NflexInputWarning, match=r"values\[1\] = \('a', 'b', 'c', 'd'\)"):
        m = ncu.Metadata([("k", "v"), ("a", "b", "c", "d")])  # type: ignore[list-item]  # the mistake under test
    assert m.serialize() == {"provider_specific": {"k": "v"}}


def test_metadata_values_are_copied() -> None:
    """A list stored as a value is copied in and out: later changes do not leak."""
    value: list[JSONValue] = [1, 2]
    m = ncu.Metadata([("k", value)])
    value.append(3)
    out = m.serialize()
    assert out == {"provider_specific": {"k": [1, 2]}}
    stored = dig(out, "provider_specific", "k")
    assert isinstance(stored, list)
    stored.append(4)
    assert m.serialize() == {"provider_specific": {"k": [1, 2]}}


# --- Images, IP addresses, locations -----------------------------------------------------


def test_image_detail_map_lookup_and_overrides() -> None:
    """Mapped ids give their details; keyword arguments override; unknown ids give the id."""
    m = ncu.ImageDetailMap({
        "ubuntu16": ("Ubuntu Linux 16.04 LTS 64 bit", "Linux", "Ubuntu", "16.04", "x64"),
    })
    assert m.get("ubuntu16").serialize() == {
        "id": "ubuntu16", "name": "Ubuntu Linux 16.04 LTS 64 bit", "type": "Linux",
        "distribution": "Ubuntu", "version": "16.04", "architecture": "x64",
    }
    assert m.get("ubuntu16", architecture="i386").serialize()["architecture"] == "i386"
    assert m.get("no-match").serialize() == {
        "id": "no-match", "name": None, "type": None, "distribution": None, "version": None,
        "architecture": None,
    }
    assert m.get("no-match", name="custom").serialize()["name"] == "custom"
    assert ncu.ImageDetailMap().get("x").serialize()["id"] == "x"
    assert "ubuntu16" in m and len(m) == 1


def test_a_single_ip_address_is_a_one_element_list() -> None:
    """Server(ip_addresses=IpAddress(...)) works like a one-element list."""
    ip = ncu.IpAddress(ip_address="10.0.0.1", description="public")
    single = ncu.Server(id="s", name="n", ip_addresses=ip).serialize_at(SEEN)
    listed = ncu.Server(id="s", name="n", ip_addresses=[ip]).serialize_at(SEEN)
    assert single == listed
    assert dig(single, "details", "server", "ip_addresses") == [
        {"ip_address": "10.0.0.1", "description": "public"}
    ]


def test_ip_address_network_needs_id_and_name() -> None:
    """network is sent only when both its id and name are given; IPAddress is an alias."""
    assert ncu.IpAddress().serialize() == {}
    assert ncu.IpAddress(network_name="n").serialize() == {}
    assert ncu.IPAddress is ncu.IpAddress


def test_unknown_location_keys_warn() -> None:
    """Unknown location keys and level keys are dropped with warnings naming them."""
    with pytest.warns(ncu.NflexInputWarning, match="'planet'"):
        locations = ncu.Locations([{"planet": {"name": "Earth"}, "city": {"name": "Paris"}}])  # type: ignore[typeddict-unknown-key]  # the mistake under test
    assert locations.serialize() == [{"city": {"name": "Paris"}}]
    with pytest.warns(ncu.NflexInputWarning, match="'code'"):
        locations = ncu.Locations([{"city": {"name": "Paris", "code": "PAR"}}])  # type: ignore[typeddict-unknown-key]  # the mistake under test
    assert locations.serialize() == [{"city": {"name": "Paris"}}]


def test_locations_replace_regions() -> None:
    """With locations, base has `locations` and no `regions`; an empty list falls back."""
    region = ncu.Region("eu-1")
    with_locations = ncu.Network(
        id="n", name="n", region=region, locations=ncu.Locations([{"city": {"name": "Paris"}}])
    ).serialize_at(SEEN)
    assert isinstance(base := dig(with_locations, "base"), dict) and "regions" not in base
    empty = ncu.Network(id="n", name="n", region=region, locations=ncu.Locations([])).serialize_at(SEEN)
    assert dig(empty, "base", "regions") == [{"id": "eu-1"}]
    assert isinstance(base := dig(empty, "base"), dict) and "locations" not in base


# --- Resources ---------------------------------------------------------------------------


def test_unknown_server_state_is_sent_with_a_warning_at_the_callers_line() -> None:
    """A state outside the seven is sent as given; the warning points at this file."""
    with pytest.warns(ncu.NflexInputWarning, match="'hibernating'") as record:
        server = ncu.Server(id="s", name="n", state="hibernating")  # type: ignore[arg-type]  # the mistake under test
    assert record[0].filename == __file__
    assert dig(server.serialize_at(SEEN), "details", "server", "state") == "hibernating"


def test_unknown_appliance_type_is_sent_with_a_warning() -> None:
    """An appliance type_id outside the documented list is sent as given, with a warning."""
    with pytest.warns(ncu.NflexInputWarning, match="'waf'"):
        appliance = ncu.Appliance(id="a", name="n", type_id="waf")  # type: ignore[arg-type]  # the mistake under test
    assert appliance.serialize_at(SEEN)["details"] == {"appliance": {"type_id": "waf"}}


def test_volume_size_and_iops() -> None:
    """Volume.size_b is readable; iops is sent as int() of the value."""
    volume = ncu.Volume(id="v", name="n", size_b=1024, iops="3000")
    assert volume.size_b == 1024
    assert dig(volume.serialize_at(SEEN), "details", "volume", "iops") == 3000
    assert dig(ncu.Volume(id="v", name="n", iops=99.9).serialize_at(SEEN), "details", "volume", "iops") == 99


def test_resource_attributes() -> None:
    """Resources expose id, name (and Resource its type) and show them in repr()."""
    resource = ncu.Resource(id="z", name="zone", type="dns_zone")
    assert (resource.id, resource.name, resource.type) == ("z", "zone", "dns_zone")
    assert "dns_zone" in repr(resource)


def test_provider_created_at_is_normalized_to_utc() -> None:
    """Strings and aware datetimes are converted to UTC; naive ones are taken as UTC."""
    tz = timezone(timedelta(hours=10))
    for given in ("2017-01-01T00:00:00+10", datetime(2017, 1, 1, tzinfo=tz)):
        out = ncu.Network(id="n", name="n", provider_created_at=given).serialize_at(SEEN)
        assert dig(out, "base", "provider_created_at") == "2016-12-31T14:00:00Z"


def test_saas_user_has_both_spellings() -> None:
    """SaaSUser (documented) and SaasUser (imported by connectors) are the same class."""
    from nflex_connector_utils.saas_user import SaaSUser, SaasUser

    assert SaaSUser is SaasUser is ncu.SaasUser is ncu.SaaSUser


def test_colo_space_has_both_module_names() -> None:
    """colo_space and colospace expose the same ColoSpace."""
    from nflex_connector_utils.colo_space import ColoSpace as A
    from nflex_connector_utils.colospace import ColoSpace as B

    assert A is B is ncu.ColoSpace


# --- serialize_list ----------------------------------------------------------------------


def test_serialize_list_reads_the_clock_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every resource of one serialize_list call carries the same last_seen_at."""
    ticks = iter(SEEN + timedelta(seconds=n) for n in range(100))
    monkeypatch.setattr(_clock, "now", lambda: next(ticks))
    out = ncu.serialize_list([ncu.Server(id=f"s{n}", name="n") for n in range(5)])
    assert {dig(resource, "base", "last_seen_at") for resource in out} == {"2026-12-04T00:00:00Z"}


def test_serialize_list_serializes_parts_and_foreign_objects() -> None:
    """Objects that are not resources are serialized by their own serialize()."""

    class Custom:
        def serialize(self) -> dict[str, JSONValue]:
            return {"custom": True}

    items: list[ncu.tools.Serializable[JSONValue]] = [ncu.Region("r"), Custom()]
    out = ncu.serialize_list(items)
    assert out == [{"id": "r"}, {"custom": True}]


def test_serialize_list_names_an_item_without_serialize() -> None:
    """An item without serialize() raises TypeError naming its index and type."""
    with pytest.raises(TypeError, match="item 1 \\(dict\\)"):
        ncu.serialize_list([ncu.Region("r"), {"id": "x"}])  # type: ignore[arg-type]  # the mistake under test


def test_serialize_reads_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """A resource's serialize() stamps last_seen_at with the façade's clock."""
    monkeypatch.setattr(_clock, "now", lambda: datetime(2030, 5, 6, 7, 8, 9, 123, tzinfo=timezone.utc))
    out = ncu.Volume(id="v", name="n").serialize()
    assert dig(out, "base", "last_seen_at") == "2030-05-06T07:08:09.000123Z"


# --- CMP calls (with a stand-in context; the HTTP client has tests of its own) ------------


@dataclass
class _Response:
    status_code: int
    text: str = "null"


@dataclass
class _Api:
    status: int = 200
    calls: list[tuple[str, str, JSONValue]] = field(default_factory=list)

    def post(self, path: str, data: JSONValue = None) -> _Response:
        self.calls.append(("POST", path, data))
        return _Response(self.status, '{"error": "nope"}')

    def patch(self, path: str, data: JSONValue = None) -> _Response:
        self.calls.append(("PATCH", path, data))
        return _Response(self.status, '{"error": "nope"}')


@dataclass
class _Context:
    api: _Api
    module_id: str | None = "module-1"


def test_set_task_percentage_posts_the_percentage() -> None:
    """POST /tasks/<id>/update with {"percentage": p}; nothing when task_id is None."""
    context = _Context(_Api())
    ncu.set_task_percentage(context, None, 50)
    assert context.api.calls == []
    ncu.set_task_percentage(context, "task-1", 50)
    assert context.api.calls == [("POST", "/tasks/task-1/update", {"percentage": 50})]


def test_set_task_percentage_raises_on_a_bad_answer() -> None:
    """A non-200 answer raises CmpApiError with the documented message."""
    with pytest.raises(ncu.CmpApiError, match='Got bad response from tasks API: 500, {"error": "nope"}') as raised:
        ncu.set_task_percentage(_Context(_Api(status=500)), "task-1", 10)
    assert (raised.value.status_code, raised.value.method) == (500, "POST")
    with pytest.raises(ValueError, match="between 0 and 100"):
        ncu.set_task_percentage(_Context(_Api()), "task-1", 150)


def test_account_update_patches_the_account() -> None:
    """PATCH /accounts/<id>/resource with the serialized account; nothing locally."""
    account = ncu.Account(id="acc", metadata=ncu.Metadata([("k", "v")]))
    local = _Context(_Api(), module_id=None)
    account.update(local, "acc")
    account.update(_Context(_Api()), None)
    assert local.api.calls == []
    context = _Context(_Api())
    account.update(context=context, account_id="acc")
    assert context.api.calls == [
        ("PATCH", "/accounts/acc/resource", {"id": "acc", "metadata": {"provider_specific": {"k": "v"}}})
    ]
    with pytest.raises(ncu.CmpApiError, match="Got bad response from account API: 403"):
        account.update(_Context(_Api(status=403)), "acc")


# --- vcr_cassette_context ----------------------------------------------------------------


class _Hello(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        body = b"hello"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output quiet."""


@pytest.fixture
def local_server() -> Iterator[str]:
    server = http.server.HTTPServer(("127.0.0.1", 0), _Hello)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_vcr_cassette_context_records_when_debug_vcr_is_set(
    local_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With DEBUG_VCR, traffic is recorded to vcr.yaml; without it, nothing is written."""
    monkeypatch.chdir(tmp_path)

    @ncu.vcr_cassette_context
    def fetch(url: str) -> str:
        return requests.get(url, timeout=5).text

    monkeypatch.delenv("DEBUG_VCR", raising=False)
    assert fetch(local_server) == "hello"
    assert not (tmp_path / "vcr.yaml").exists()
    monkeypatch.setenv("DEBUG_VCR", "1")
    assert fetch(local_server) == "hello"
    assert "hello" in (tmp_path / "vcr.yaml").read_text()
    assert fetch.__name__ == "fetch"
