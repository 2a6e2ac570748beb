"""Validation helpers shared by the core dataclasses, and the library's warning class.

Every check names the class, the field, the offending value and what was expected, e.g.
``Server.cpu_cores must be a non-negative number, got -2 (int)``.
"""

from __future__ import annotations

import math
import sys
import warnings
from collections.abc import Collection
from datetime import datetime, timezone
from types import FrameType
from typing import Final

__all__ = [
    "NflexInputWarning",
    "caller_stacklevel",
    "check_choice",
    "check_coordinate",
    "check_optional_bool",
    "check_optional_count",
    "check_optional_size",
    "check_optional_str",
    "check_optional_timestamp",
    "check_str",
    "check_text",
    "warn_input",
]

class NflexInputWarning(UserWarning):
    """Input was accepted but is unusual: an unknown enumeration value, or legacy input dropped.

    The value is still sent (or the dropped part is named); filter this warning to silence it,
    or turn it into an error with ``warnings.simplefilter("error", NflexInputWarning)``.
    """


def _got(value: object) -> str:
    return f"got {value!r} ({type(value).__name__})"


def check_str(owner: str, field: str, value: object) -> str:
    """Return ``value`` if it is a non-empty str; raise TypeError/ValueError otherwise."""
    if type(value) is str:
        if value:
            return value
        raise ValueError(f"{owner}.{field} must be a non-empty str, got ''")
    if isinstance(value, str):
        return check_str(owner, field, str.__str__(value))
    raise TypeError(f"{owner}.{field} must be a non-empty str, {_got(value)}")


def check_text(owner: str, field: str, value: object) -> str:
    """Return ``value`` if it is a str (possibly empty); raise TypeError otherwise."""
    if type(value) is str:
        return value
    if isinstance(value, str):
        return str.__str__(value)
    raise TypeError(f"{owner}.{field} must be a str, {_got(value)}")


def check_optional_str(owner: str, field: str, value: object) -> str | None:
    """Return ``value`` if it is None or a str (possibly empty); raise TypeError otherwise."""
    if value is None or type(value) is str:
        return value
    if isinstance(value, str):
        return str.__str__(value)
    raise TypeError(f"{owner}.{field} must be a str or None, {_got(value)}")


def check_optional_bool(owner: str, field: str, value: object) -> bool | None:
    """Return ``value`` if it is None or a bool; raise TypeError otherwise."""
    if value is None or value is True or value is False:
        return value
    raise TypeError(f"{owner}.{field} must be a bool or None, {_got(value)}")


def check_optional_size(owner: str, field: str, value: object) -> int | float | None:
    """Return a non-negative finite number (int or float) or None.

    bool is refused although it is an int subclass: ``cpu_cores=True`` is always a mistake.
    """
    kind = type(value)
    if kind is int:
        assert isinstance(value, int)
        if value >= 0:
            return value
        raise ValueError(f"{owner}.{field} must be a non-negative number, {_got(value)}")
    if value is None:
        return None
    if kind is float:
        assert isinstance(value, float)
        if math.isfinite(value) and value >= 0:
            return value
        raise ValueError(
            f"{owner}.{field} must be a finite non-negative number, {_got(value)}"
        )
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{owner}.{field} must be a non-negative number or None, {_got(value)}")
    # An int or float subclass (an IntEnum, say) is stored as the plain number.
    plain: int | float = int(value) if isinstance(value, int) else float(value)
    return check_optional_size(owner, field, plain)


def check_optional_count(owner: str, field: str, value: object) -> int | None:
    """Return a non-negative int or None (bool refused)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{owner}.{field} must be a non-negative int or None, {_got(value)}")
    if value < 0:
        raise ValueError(f"{owner}.{field} must be a non-negative int, {_got(value)}")
    return int(value)


def check_coordinate(owner: str, field: str, value: object, limit: float) -> float | None:
    """Return a finite number within ``[-limit, limit]`` or None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{owner}.{field} must be a number or None, {_got(value)}")
    if not (math.isfinite(value) and -limit <= value <= limit):
        raise ValueError(
            f"{owner}.{field} must be a finite number between {-limit:g} and {limit:g}, "
            f"{_got(value)}"
        )
    return value


def check_optional_timestamp(owner: str, field: str, value: object) -> datetime | None:
    """Return ``value`` as a naive datetime in UTC, or None.

    A naive datetime is taken as UTC already; an aware one is converted to UTC. Keeping the
    stored value naive makes formatting it for the wire cheap.
    """
    if value is None:
        return None
    if not isinstance(value, datetime):
        raise TypeError(f"{owner}.{field} must be a datetime or None, {_got(value)}")
    if value.tzinfo is None:
        return value
    return value.astimezone(timezone.utc).replace(tzinfo=None)


def check_choice(owner: str, field: str, value: object, choices: Collection[str]) -> str:
    """Return ``value`` (a str); warn with NflexInputWarning when it is not one of ``choices``.

    An unknown value is still sent as given: CMP may know values this library does not.
    """
    text = check_str(owner, field, value)
    if text not in choices:
        warn_input(
            f"{owner}.{field} {text!r} is not one of {', '.join(sorted(choices))}; "
            "it is sent as given"
        )
    return text


_PACKAGES: Final = ("nflex_core", "nflex_connector_utils")


def _inside_library(frame: FrameType) -> bool:
    # By module name, not file name: dataclass-generated __init__ methods have no file.
    module = frame.f_globals.get("__name__", "")
    return isinstance(module, str) and module.partition(".")[0] in _PACKAGES


def caller_stacklevel() -> int:
    """Return the ``stacklevel`` for ``warnings.warn`` that points at the first frame outside
    this library, so a warning names the user's line however deep the library call was."""
    level = 1
    frame: FrameType | None = sys._getframe(1)
    while frame is not None and _inside_library(frame):
        frame = frame.f_back
        level += 1
    return level


def warn_input(message: str) -> None:
    """Emit an NflexInputWarning attributed to the first caller outside this library."""
    warnings.warn(message, NflexInputWarning, stacklevel=caller_stacklevel())
