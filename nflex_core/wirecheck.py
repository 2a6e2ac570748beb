"""Checking a serialized resource against the CMP wire format (a pure function)."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["DETAILED_TYPES", "resource_problems"]

DETAILED_TYPES: Final = frozenset({
    "server", "volume", "network", "appliance", "service_offering", "compute_pool",
    "saas_user", "colo_space", "circuit",
})
"""Resource types whose payload carries ``details[type]``."""

_RFC3339: Final = re.compile(
    r"\d{4}-\d\d-\d\d[Tt]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)"
)


def _timestamp_problem(field: str, value: object, optional: bool) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not _RFC3339.fullmatch(value):
        return f"{field}: expected an RFC 3339 timestamp{' or null' if optional else ''}, got {value!r}"
    return None


def resource_problems(resource: object) -> list[str]:
    """What is wrong with one serialized resource, as ``"field: problem"`` lines (none: valid).

    Checks ``id`` and ``type`` (non-empty strings), ``base`` (an object with a string
    ``name``, an RFC 3339 ``last_seen_at`` and an RFC 3339 or null ``provider_created_at``),
    ``connections`` and ``metadata`` (objects when present), and ``details`` (an object whose
    one key is the type; required for the types in :data:`DETAILED_TYPES`).
    """
    if not isinstance(resource, dict):
        return [f"(resource): expected an object, got {type(resource).__name__}"]
    problems: list[str] = []
    for field in ("id", "type"):
        value = resource.get(field)
        if not isinstance(value, str) or not value:
            problems.append(f"{field}: expected a non-empty string, got {value!r}")
    kind = resource.get("type")
    base = resource.get("base")
    if not isinstance(base, dict):
        problems.append(f"base: expected an object, got {base!r}")
    else:
        if not isinstance(base.get("name"), str):
            problems.append(f"base.name: expected a string, got {base.get('name')!r}")
        for field, optional in (("last_seen_at", False), ("provider_created_at", True)):
            problem = _timestamp_problem(f"base.{field}", base.get(field), optional)
            if problem:
                problems.append(problem)
    for field in ("connections", "metadata"):
        if field in resource and not isinstance(resource[field], dict):
            problems.append(f"{field}: expected an object, got {resource[field]!r}")
    details = resource.get("details")
    if details is None:
        if kind in DETAILED_TYPES:
            problems.append(f"details: expected an object with the key {kind!r}, got nothing")
    elif not isinstance(details, dict):
        problems.append(f"details: expected an object, got {details!r}")
    elif isinstance(kind, str) and list(details) != [kind]:
        problems.append(
            f"details: expected the one key {kind!r} (the type), got {sorted(map(str, details))}"
        )
    return problems
