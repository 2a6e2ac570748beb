"""Timestamps in CMP's RFC 3339 form."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nflex_connector_utils.rfc3339 import convert_datetime
from nflex_core import format_timestamp, parse_timestamp


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (None, None),
        ("", None),
        ("2017-01-01T00:00:00+10", "2016-12-31T14:00:00Z"),
        ("1970-01-01T00:00:00.10Z", "1970-01-01T00:00:00.100000Z"),
        ("1970-01-01", "1970-01-01T00:00:00Z"),
        ("2021-12-31 23:59:59", "2021-12-31T23:59:59Z"),
        ("2018-03-04T05:06:07.5+01:00", "2018-03-04T04:06:07.500000Z"),
        ("Feb 4 2017 10:00 PM", "2017-02-04T22:00:00Z"),
        (datetime(2017, 2, 4), "2017-02-04T00:00:00Z"),
        (datetime(2017, 2, 4, 1, 2, 3, 4), "2017-02-04T01:02:03.000004Z"),
        (datetime(2017, 2, 4, tzinfo=timezone(timedelta(hours=-5))), "2017-02-04T05:00:00Z"),
    ],
)
def test_convert_datetime(given: str | datetime | None, expected: str | None) -> None:
    """The documented conversions, and the ones of the wire format page."""
    assert convert_datetime(given) == expected


def test_convert_datetime_refuses_garbage() -> None:
    """A string that is no timestamp raises ValueError naming it; other types TypeError."""
    with pytest.raises(ValueError, match="'not a date'"):
        convert_datetime("not a date")
    with pytest.raises(TypeError, match="datetime"):
        convert_datetime(1486166400)  # type: ignore[arg-type]  # the mistake under test


def test_parse_and_format_are_inverse() -> None:
    """parse_timestamp gives an aware UTC datetime that formats back to the same text."""
    parsed = parse_timestamp("2017-02-04T00:00:00Z")
    assert parsed == datetime(2017, 2, 4, tzinfo=timezone.utc)
    assert format_timestamp(parsed) == "2017-02-04T00:00:00Z"
    with pytest.raises(TypeError):
        parse_timestamp(5)  # type: ignore[arg-type]  # the mistake under test
    with pytest.raises(TypeError):
        format_timestamp("2017-02-04")  # type: ignore[arg-type]  # the mistake under test
