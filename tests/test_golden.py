"""The golden vectors: the façade and the core both produce exactly the expected wire format."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import datetime, timezone

import pytest

import nflex_core as core
from nflex_core import JSONValue
from tests.golden import (
    Case,
    build_core,
    build_facade,
    load_cases,
    load_documented_example,
    mask_last_seen,
)
from tests.jsonpath import dig

CASES = load_cases()
RFC3339_UTC = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?Z")
SEEN = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)


def _ids(case: Case) -> str:
    return f"{case['id']}-{case['spec']['$cls']}"


def test_golden_file_has_all_cases() -> None:
    """All 300 vectors are loaded, covering every façade class they use."""
    assert len(CASES) == 300
    assert {case["spec"]["$cls"] for case in CASES} >= {
        "Server", "Volume", "Network", "Appliance", "Resource", "SaasUser", "ComputePool",
        "ColoSpace", "Circuit", "ServiceOffering", "Metadata", "Locations", "Account",
        "Connections", "IpAddress",
    }


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_facade_matches_golden(case: Case) -> None:
    """Building the case with nflex_connector_utils and calling serialize() gives `expected`."""
    value = build_facade(case["spec"])
    out = value.serialize()  # type: ignore[attr-defined]  # every façade class has serialize()
    if isinstance(out, dict) and "base" in out:
        stamp = dig(out, "base", "last_seen_at")
        assert isinstance(stamp, str) and RFC3339_UTC.fullmatch(stamp)
    assert mask_last_seen(out) == case["expected"]


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_core_matches_golden(case: Case) -> None:
    """The same input built directly as core dataclasses serializes to `expected`."""
    value = build_core(case["spec"])
    out = core.serialize(value, last_seen_at=SEEN)  # type: ignore[arg-type]  # build_core returns a model value
    if isinstance(out, dict) and "base" in out:
        assert dig(out, "base", "last_seen_at") == "2026-01-02T03:04:05Z"
    assert mask_last_seen(out) == case["expected"]


def test_documented_example_through_the_facade() -> None:
    """The documentation's full example returns the expected list, one timestamp for all."""
    from nflex_connector_utils.example import get

    out = get({}, None)
    stamps = {dig(resource, "base", "last_seen_at") for resource in out}
    assert len(stamps) == 1
    assert mask_last_seen(list[JSONValue](out)) == load_documented_example()


def test_example_command_prints_the_documented_example() -> None:
    """`python -m nflex_connector_utils example` prints the example's JSON."""
    import json

    result = subprocess.run(
        [sys.executable, "-m", "nflex_connector_utils", "example"],
        capture_output=True, text=True, check=True, timeout=60,
    )
    assert mask_last_seen(json.loads(result.stdout)) == load_documented_example()
