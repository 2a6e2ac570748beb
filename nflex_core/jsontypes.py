"""JSON type aliases and the conversions between frozen and plain JSON values.

The core stores JSON payloads (metadata values, ``any`` connections) in a frozen form
(tuples and read-only mappings) and hands out fresh plain lists and dicts when serializing,
so no output ever shares mutable state with a stored value.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from types import MappingProxyType
from typing import Union

__all__ = [
    "FrozenJSON",
    "JSONObject",
    "JSONValue",
    "freeze_json",
    "thaw_json",
]

JSONValue = Union[None, bool, int, float, str, list["JSONValue"], dict[str, "JSONValue"]]
"""Any value the standard library's ``json.dumps(..., allow_nan=False)`` accepts."""

JSONObject = dict[str, JSONValue]
"""A JSON object, as produced by every resource serializer."""

FrozenJSON = Union[
    None, bool, int, float, str, tuple["FrozenJSON", ...], Mapping[str, "FrozenJSON"]
]
"""A JSON value stored immutably: arrays as tuples, objects as read-only mappings."""


def freeze_json(value: object, where: str) -> FrozenJSON:
    """Return an immutable copy of a JSON value, refusing anything JSON cannot carry.

    Args:
        value: A JSON-like value: None, bool, int, finite float, str, or lists, tuples and
            mappings (with str keys) of those.
        where: What the value is, for error messages, e.g. ``"Metadata['ns']['key']"``.

    Raises:
        TypeError: For a value of another type (bytes, sets, arbitrary objects) or a
            mapping key that is not a str.
        ValueError: For NaN or an infinite float.
    """
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        # str.__str__ turns a str subclass (a str-valued enum, say) into its plain text.
        return value if type(value) is str else str.__str__(value)
    if isinstance(value, int):
        return value if type(value) is int else int(value)
    if isinstance(value, float):
        if math.isfinite(value):
            return float(value)
        raise ValueError(f"{where} must be a finite number, got {value!r}")
    if isinstance(value, (list, tuple)):
        return tuple(freeze_json(item, f"{where}[{index}]") for index, item in enumerate(value))
    if isinstance(value, Mapping):
        frozen: dict[str, FrozenJSON] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(
                    f"{where} keys must be str (JSON object keys), got {key!r} "
                    f"({type(key).__name__})"
                )
            frozen[key] = freeze_json(item, f"{where}[{key!r}]")
        return MappingProxyType(frozen)
    raise TypeError(
        f"{where} must be a JSON value (None, bool, int, float, str, list or dict), "
        f"got {value!r} ({type(value).__name__})"
    )


def thaw_json(value: FrozenJSON) -> JSONValue:
    """Return a fresh plain JSON value (lists and dicts) for a frozen one."""
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, tuple):
        return [thaw_json(item) for item in value]
    return {key: thaw_json(item) for key, item in value.items()}
