"""Invariants of the core registry, checked on generated values."""

from __future__ import annotations

import copy
import json
import pickle
from datetime import datetime, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

import nflex_core as core
from nflex_core import JSONValue
from tests import strategies as s
from tests.jsonpath import dig

SEEN = datetime(2026, 12, 4, 12, 0, tzinfo=timezone.utc)


def _scramble(value: JSONValue) -> None:
    """Mutate every list and dict reachable from ``value``, in place."""
    if isinstance(value, list):
        for item in value:
            _scramble(item)
        value.append("scrambled")
    elif isinstance(value, dict):
        for item in list(value.values()):
            _scramble(item)
        value["scrambled"] = True


@given(s.models)
def test_output_is_strict_json(value: core.Model) -> None:
    """Any valid value serializes to JSON that json.dumps(allow_nan=False) accepts, unchanged
    by a round trip (so it holds only dicts, lists, str, numbers, bools and null)."""
    out = core.serialize(value, last_seen_at=SEEN)
    text = json.dumps(out, allow_nan=False)
    assert json.loads(text) == out


@given(s.models)
def test_output_shares_no_mutable_state(value: core.Model) -> None:
    """Mutating one output changes neither the value nor a later output."""
    first = core.serialize(value, last_seen_at=SEEN)
    snapshot = copy.deepcopy(first)
    _scramble(first)
    assert core.serialize(value, last_seen_at=SEEN) == snapshot


@given(s.models, st.datetimes(timezones=st.just(timezone.utc)))
def test_serialization_is_deterministic(value: core.Model, seen: datetime) -> None:
    """A fixed timestamp gives the same output every time, and for an equal rebuilt value
    (a deep copy, or a pickle round trip)."""
    expected = core.serialize(value, last_seen_at=seen)
    assert core.serialize(value, last_seen_at=seen) == expected
    for rebuilt in (copy.deepcopy(value), pickle.loads(pickle.dumps(value))):
        assert rebuilt == value
        assert core.serialize(rebuilt, last_seen_at=seen) == expected


@given(st.lists(s.resources, max_size=5))
def test_batch_and_lazy_use_one_timestamp(values: list[core.AnyResource]) -> None:
    """serialize_all and iter_serialized equal item-by-item serialization with one timestamp."""
    one_by_one = [core.serialize(value, last_seen_at=SEEN) for value in values]
    assert core.serialize_all(values, SEEN) == one_by_one
    assert list(core.iter_serialized(values, SEEN)) == one_by_one
    assert {dig(out, "base", "last_seen_at") for out in one_by_one} <= {"2026-12-04T12:00:00Z"}


@given(s.resources)
@settings(max_examples=50)
def test_last_seen_at_string_and_datetime_agree(value: core.AnyResource) -> None:
    """An RFC 3339 string and the equivalent datetime give the same output."""
    assert core.serialize(value, last_seen_at="2026-12-04T12:00:00Z") == core.serialize(
        value, last_seen_at=SEEN
    )


@given(s.datetimes)
def test_convert_datetime_round_trips(moment: datetime) -> None:
    """convert_datetime output parses back to the same instant, and is a fixed point."""
    text = core.convert_datetime(moment)
    assert text is not None and text.endswith("Z")
    parsed = core.parse_timestamp(text)
    expected = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    assert parsed == expected
    assert core.convert_datetime(text) == text
