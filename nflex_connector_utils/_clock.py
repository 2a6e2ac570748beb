"""The one place the façade reads the clock (tests replace ``now``)."""

from __future__ import annotations

from datetime import datetime, timezone

__all__ = ["now"]


def now() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(timezone.utc)
