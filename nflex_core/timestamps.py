"""RFC 3339 timestamps as CMP expects them: UTC, ``Z`` suffix, microseconds only when set."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Final

from dateutil import parser as _dateutil_parser

__all__ = [
    "WireTimestamp",
    "convert_datetime",
    "format_timestamp",
    "parse_timestamp",
    "wire_timestamp",
]

_WIRE_FORM: Final = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{6})?Z")


@dataclass(frozen=True, slots=True)
class WireTimestamp:
    """A timestamp already in CMP's RFC 3339 form, checked once at construction.

    Serializing a batch with one of these skips re-checking the time for every resource.
    """

    text: str

    def __post_init__(self) -> None:
        if type(self.text) is not str or not _WIRE_FORM.fullmatch(self.text):
            raise ValueError(
                f"WireTimestamp.text must be an RFC 3339 UTC string such as "
                f"'2017-02-04T00:00:00Z' (see convert_datetime), got {self.text!r}"
            )


def wire_timestamp(value: datetime | str | WireTimestamp) -> WireTimestamp:
    """A checked wire timestamp from a datetime, a string in the wire form, or one already.

    Raises:
        TypeError: For another type. ValueError: For a string not in the wire form.
    """
    if type(value) is WireTimestamp:
        return value
    if isinstance(value, datetime):
        return WireTimestamp(format_timestamp(value))
    if isinstance(value, str):
        return WireTimestamp(value)
    raise TypeError(
        f"last_seen_at must be a datetime or an RFC 3339 string, got {value!r} "
        f"({type(value).__name__})"
    )


def format_timestamp(value: datetime) -> str:
    """Format a datetime as CMP's RFC 3339 form.

    A naive datetime is taken as UTC; an aware one is converted to UTC. The result is
    ``YYYY-MM-DDTHH:MM:SSZ``, or ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` when the microseconds are
    not zero.

    Raises:
        TypeError: If ``value`` is not a datetime.
    """
    if not isinstance(value, datetime):
        raise TypeError(f"expected a datetime, got {value!r} ({type(value).__name__})")
    tzinfo = value.tzinfo
    if tzinfo is None:
        return value.isoformat() + "Z"
    if tzinfo is timezone.utc:
        # isoformat() ends in "+00:00" here; cutting it is cheaper than replace(tzinfo=None).
        return value.isoformat()[:-6] + "Z"
    return value.astimezone(timezone.utc).replace(tzinfo=None).isoformat() + "Z"


def parse_timestamp(text: str) -> datetime:
    """Parse a timestamp string (any form python-dateutil reads) into an aware UTC datetime.

    A string without a UTC offset is taken as UTC.

    Raises:
        TypeError: If ``text`` is not a str.
        ValueError: If the string is not a timestamp, naming it.
    """
    if not isinstance(text, str):
        raise TypeError(f"expected a timestamp string, got {text!r} ({type(text).__name__})")
    try:
        # The standard library reads ISO 8601 forms much faster; anything else goes to dateutil.
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = _dateutil_parser.parse(text)
        except (ValueError, OverflowError) as error:
            raise ValueError(
                f"{text!r} is not a timestamp python-dateutil can read: {error}"
            ) from None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def convert_datetime(value: str | datetime | None) -> str | None:
    """Convert a datetime or a timestamp string to CMP's RFC 3339 form; None and ``""`` give None.

    Examples:
        >>> convert_datetime("2017-01-01T00:00:00+10")
        '2016-12-31T14:00:00Z'
        >>> convert_datetime("1970-01-01T00:00:00.10Z")
        '1970-01-01T00:00:00.100000Z'

    Raises:
        TypeError: For a value that is neither None, a str nor a datetime.
        ValueError: For a string that is not a timestamp.
    """
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return format_timestamp(parse_timestamp(value))
    return format_timestamp(value)
