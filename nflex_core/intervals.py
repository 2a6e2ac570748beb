"""The time window a polling connector should fetch, as a pure function of the event and now."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from typing import Final

__all__ = ["DEFAULT_POLL_INTERVAL", "DEFAULT_TIME_FORMAT", "poll_interval", "time_interval"]

DEFAULT_POLL_INTERVAL: Final = 900
"""Seconds between two runs when the event does not say."""

DEFAULT_TIME_FORMAT: Final = "%Y-%m-%dT%H:%M:%S.%fZ"
"""How ``last_update`` is written in the event."""


def _seconds(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        raise TypeError(f"{name} must be a number of seconds, got {value!r}")
    if value < 0:
        raise ValueError(f"{name} must not be negative, got {value!r}")
    return float(value)


def poll_interval(event: Mapping[str, object]) -> float:
    """``event['poll_interval']``, else ``event['resource']['poll_interval']``, else 900."""
    value = event.get("poll_interval")
    if value is None:
        resource = event.get("resource")
        if isinstance(resource, Mapping):
            value = resource.get("poll_interval")
    return DEFAULT_POLL_INTERVAL if value is None else _seconds("poll_interval", value)


def time_interval(
    event: Mapping[str, object],
    now: datetime,
    backfill_time: float | None = None,
    initial_interval: float = 0,
    skew: float = 0,
    time_format: str = DEFAULT_TIME_FORMAT,
) -> tuple[datetime, datetime]:
    """The ``(start, end)`` a polling run should cover, as naive UTC datetimes.

    ``end`` is ``now - skew``. Without ``last_update`` in the event, ``start`` is ``end`` minus
    the poll interval and ``initial_interval``. With one, ``start`` is ``last_update``, and when
    more than ``backfill_time`` seconds lie between it and ``end``, ``end`` is brought back to
    ``start + backfill_time`` (the rest is fetched by the following runs).

    Args:
        event: The connector's event (``last_update``, ``poll_interval``, ``resource``).
        now: The current time (aware, or naive in UTC).
        backfill_time: The longest window one run may cover, in seconds (None: no limit).
        initial_interval: Seconds added to the first run's window.
        skew: Seconds to stay behind ``now`` (for providers whose data arrives late).
        time_format: The ``strptime`` format of ``last_update``.

    Raises:
        ValueError: For a ``last_update`` not in ``time_format``, or a negative duration.
        TypeError: For a duration that is not a number, or a ``last_update`` that is not a str.
    """
    if now.tzinfo is not None:
        now = now.astimezone(timezone.utc).replace(tzinfo=None)
    end = now - timedelta(seconds=_seconds("skew", skew))
    last_update = event.get("last_update")
    if last_update is None:
        window = poll_interval(event) + _seconds("initial_interval", initial_interval)
        return end - timedelta(seconds=window), end
    if not isinstance(last_update, str):
        raise TypeError(f"event['last_update'] must be a str, got {last_update!r}")
    try:
        start = datetime.strptime(last_update, time_format)
    except ValueError:
        raise ValueError(
            f"event['last_update'] {last_update!r} does not match the format {time_format!r}"
        ) from None
    if start.tzinfo is not None:
        start = start.astimezone(timezone.utc).replace(tzinfo=None)
    if backfill_time is not None:
        limit = timedelta(seconds=_seconds("backfill_time", backfill_time))
        if end - start > limit:
            end = start + limit
    return start, end
