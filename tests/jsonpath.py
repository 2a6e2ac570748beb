"""Reading into serialized output in tests, with the types checked on the way."""

from __future__ import annotations

from nflex_core import JSONValue


def dig(value: JSONValue, *path: str | int) -> JSONValue:
    """``value[path[0]][path[1]]...``, failing the test if a step is not an object or list."""
    for step in path:
        if isinstance(step, str):
            assert isinstance(value, dict), f"expected an object at {step!r}, got {value!r}"
            value = value[step]
        else:
            assert isinstance(value, list), f"expected a list at {step!r}, got {value!r}"
            value = value[step]
    return value
