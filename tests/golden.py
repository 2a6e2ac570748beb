"""Loading the golden vectors and building their inputs, through the façade or the core."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TypedDict, cast

import nflex_connector_utils as facade
import nflex_core as core
from nflex_core import JSONValue

GOLDEN = Path(__file__).parent / "golden"
NOW = "<now>"


class Case(TypedDict):
    """One line of compat_cases.jsonl."""

    id: int
    spec: dict[str, JSONValue]
    expected: JSONValue


def load_cases() -> list[Case]:
    """Every case of compat_cases.jsonl."""
    with (GOLDEN / "compat_cases.jsonl").open(encoding="utf-8") as lines:
        return [cast(Case, json.loads(line)) for line in lines if line.strip()]


def load_documented_example() -> JSONValue:
    """The expected output of the documentation's full example."""
    return cast(JSONValue, json.loads((GOLDEN / "documented_example.expected.json").read_text()))


def mask_last_seen(value: JSONValue) -> JSONValue:
    """Replace every ``base.last_seen_at`` with ``<now>`` (in a copy)."""
    if isinstance(value, list):
        return [mask_last_seen(item) for item in value]
    if isinstance(value, dict):
        out = {key: mask_last_seen(item) for key, item in value.items()}
        base = out.get("base")
        if isinstance(base, dict) and "last_seen_at" in base:
            base["last_seen_at"] = NOW
        return out
    return value


# --- Building through the façade ---------------------------------------------------------

_FACADE: Mapping[str, Callable[..., object]] = {
    name: getattr(facade, name)
    for name in (
        "Account", "Appliance", "Circuit", "ColoSpace", "ComputePool", "Connections",
        "ImageDetail", "IpAddress", "Locations", "Metadata", "Network", "Region", "Resource",
        "SaasUser", "Server", "ServiceOffering", "Volume",
    )
}


def build_facade(spec: object) -> object:
    """The object a construction spec describes, built with nflex_connector_utils."""
    if isinstance(spec, list):
        return [build_facade(item) for item in spec]
    if isinstance(spec, dict):
        if "$cls" in spec:
            args = [build_facade(item) for item in spec.get("args", [])]
            kwargs = {key: build_facade(item) for key, item in spec.get("kwargs", {}).items()}
            return _FACADE[spec["$cls"]](*args, **kwargs)
        if "$tuple" in spec:
            return tuple(build_facade(item) for item in spec["$tuple"])
        return {key: build_facade(item) for key, item in spec.items()}
    return spec


# --- Building the same values directly as core dataclasses -------------------------------

_RESOURCES: Mapping[str, type[core.ResourceModel]] = {
    "Resource": core.Resource,
    "Server": core.Server,
    "Volume": core.Volume,
    "Network": core.Network,
    "Appliance": core.Appliance,
    "ServiceOffering": core.ServiceOffering,
    "ComputePool": core.ComputePool,
    "SaasUser": core.SaasUser,
    "ColoSpace": core.ColoSpace,
    "Circuit": core.Circuit,
}
_CONNECTION_KEYWORDS = {
    "appliances": "appliance", "servers": "server", "networks": "network", "volumes": "volume",
}


def _core_metadata(kwargs: dict[str, object]) -> core.Metadata:
    default = cast(str, kwargs.get("default_namespace") or "provider_specific")
    namespaces: dict[str, dict[str, object]] = {}
    for entry in cast(list[dict[str, list[object]]], kwargs.get("values") or []):
        items = entry["$tuple"]
        namespace, key, value = (default, *items) if len(items) == 2 else items
        namespaces.setdefault(cast(str, namespace), {})[cast(str, key)] = value
    return core.Metadata(namespaces=cast(Mapping[str, Mapping[str, core.FrozenJSON]], namespaces))


def _core_connections(kwargs: dict[str, object]) -> core.Connections:
    by_type: dict[str, list[str]] = {}
    any_entries: list[object] = []
    kind = kwargs.get("type")
    entries = cast("list[object] | None", kwargs.get("connections"))
    if kind == "any" and entries:
        any_entries.extend(entries)
    elif isinstance(kind, str) and entries:
        by_type.setdefault(kind, []).extend(cast(list[str], entries))
    for keyword, connection_type in _CONNECTION_KEYWORDS.items():
        ids = cast("list[str] | None", kwargs.get(keyword))
        if ids:
            by_type.setdefault(connection_type, []).extend(ids)
    return core.Connections(
        by_type={key: tuple(ids) for key, ids in by_type.items()},
        any=cast(tuple[core.FrozenJSON, ...], tuple(any_entries)),
    )


def _core_locations(items: list[dict[str, object]]) -> core.Locations:
    locations = []
    for item in items:
        levels = {
            key: core.LocationLevel(**cast(dict[str, object], value))  # type: ignore[arg-type]  # golden data holds the right types
            for key, value in item.items()
            if key != "type"
        }
        locations.append(core.Location(**levels, type=item.get("type")))  # type: ignore[arg-type]  # golden data holds the right types
    return core.Locations(items=tuple(locations))


def build_core(spec: object) -> object:
    """The core value a construction spec describes, built without the façade."""
    if isinstance(spec, list):
        return [build_core(item) for item in spec]
    if not isinstance(spec, dict):
        return spec
    if "$tuple" in spec:
        return tuple(build_core(item) for item in spec["$tuple"])
    if "$cls" not in spec:
        return {key: build_core(item) for key, item in spec.items()}
    name = spec["$cls"]
    raw_kwargs: dict[str, object] = spec.get("kwargs", {})
    if name == "Metadata":
        return _core_metadata(raw_kwargs)
    if name == "Connections":
        return _core_connections(raw_kwargs)
    if name == "Locations":
        return _core_locations(spec["args"][0])
    kwargs = {key: build_core(item) for key, item in raw_kwargs.items()}
    if name == "Region":
        return core.Region(**kwargs)  # type: ignore[arg-type]  # golden data holds the right types
    if name == "IpAddress":
        return core.IpAddress(**kwargs)  # type: ignore[arg-type]  # golden data holds the right types
    if name == "ImageDetail":
        return core.ImageDetail(**kwargs)  # type: ignore[arg-type]  # golden data holds the right types
    if name == "Account":
        return core.Account(**kwargs)  # type: ignore[arg-type]  # golden data holds the right types
    created = kwargs.get("provider_created_at")
    kwargs["provider_created_at"] = (
        core.parse_timestamp(created) if isinstance(created, str) and created else None
    )
    if name == "Server":
        kwargs["state"] = kwargs.get("state") or "unknown"
        kwargs["provider_state"] = kwargs.get("provider_state") or "unknown"
        kwargs["ip_addresses"] = tuple(cast("list[object]", kwargs.get("ip_addresses") or ()))
    return _RESOURCES[name](**kwargs)  # type: ignore[arg-type]  # golden data holds the right types
