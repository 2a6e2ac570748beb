"""The registry: one singledispatch generic covering exactly the model types."""

from __future__ import annotations

import typing
from datetime import datetime, timezone

import pytest

import nflex_core as core
from nflex_core import registry
from tests.jsonpath import dig

SEEN = datetime(2026, 12, 4, tzinfo=timezone.utc)


def test_registry_covers_exactly_the_model_types() -> None:
    """Every model type has a serializer and nothing else is registered (but the fallback)."""
    registered = set(core.serialize.registry) - {object}
    assert registered == set(typing.get_args(core.Model))


def test_each_type_dispatches_to_its_named_function() -> None:
    """serialize.dispatch(T) is the public serialize_<t> function itself."""
    assert core.serialize.dispatch(core.Server) is core.serialize_server
    assert core.serialize.dispatch(core.Locations) is core.serialize_locations
    assert core.serialize.dispatch(core.Account) is core.serialize_account
    for kind in typing.get_args(core.Model):
        function = core.serialize.dispatch(kind)
        assert function.__name__.startswith("serialize_")
        assert function.__module__ == "nflex_core.registry"


def test_unsupported_values_raise_type_error_listing_the_types() -> None:
    """A value of another type raises TypeError naming the accepted types."""
    with pytest.raises(TypeError, match="Server") as raised:
        core.serialize(1.5, last_seen_at=SEEN)  # type: ignore[arg-type]  # the mistake under test
    assert "serialize_all" in str(raised.value)
    with pytest.raises(TypeError):
        core.serialize_all([{"id": "x"}], SEEN)  # type: ignore[list-item]  # the mistake under test


def test_resources_need_a_last_seen_at() -> None:
    """A resource cannot be serialized without last_seen_at: the core never reads a clock."""
    with pytest.raises(TypeError):
        core.serialize(core.Network(id="n", name="n"))


@pytest.mark.parametrize("bad", ["yesterday", "2026-12-04T00:00:00", "2026-12-04 00:00:00Z", 12])
def test_last_seen_at_must_be_a_datetime_or_wire_string(bad: object) -> None:
    """A string not in the wire form, or another type, is refused."""
    with pytest.raises((TypeError, ValueError), match="last_seen_at"):
        core.serialize_network(core.Network(id="n", name="n"), bad)  # type: ignore[arg-type]  # the mistake under test


def test_parts_ignore_last_seen_at() -> None:
    """Parts serialize the same with or without a timestamp."""
    region = core.Region(id="r")
    assert core.serialize(region) == core.serialize(region, last_seen_at=SEEN) == {"id": "r"}


def test_iter_serialized_is_lazy() -> None:
    """iter_serialized pulls one value at a time from its input."""
    pulled: list[int] = []

    def values() -> typing.Iterator[core.Network]:
        for n in range(3):
            pulled.append(n)
            yield core.Network(id=f"n{n}", name="n")

    stream = core.iter_serialized(values(), SEEN)
    assert pulled == []
    first = next(stream)
    assert pulled == [0]
    assert dig(first, "id") == "n0"
    assert [dig(item, "id") for item in stream] == ["n1", "n2"]


def test_registry_module_holds_convert_datetime() -> None:
    """convert_datetime is reachable from the registry module as a pure function."""
    assert registry.convert_datetime("1970-01-01") == "1970-01-01T00:00:00Z"
