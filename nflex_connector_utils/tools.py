"""Helpers for connector handlers: :func:`serialize_list` and :func:`vcr_cassette_context`."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable
from typing import ParamSpec, Protocol, TypeVar, cast

from nflex_core.timestamps import wire_timestamp

from nflex_connector_utils import _clock
from nflex_connector_utils.resource import ResourceBase

__all__ = ["Serializable", "serialize_list", "vcr_cassette_context"]

_T = TypeVar("_T")
_T_co = TypeVar("_T_co", covariant=True)
_P = ParamSpec("_P")

VCR_CASSETTE: str = "vcr.yaml"
VCR_RECORD_MODE: str = "new_episodes"


class Serializable(Protocol[_T_co]):
    """Anything with a ``serialize()`` method, as every class of this package has."""

    def serialize(self) -> _T_co: ...


def serialize_list(data: Iterable[Serializable[_T]]) -> list[_T]:
    """Serialize every object of ``data`` by its ``serialize()`` method.

    All resources of one call carry the same ``last_seen_at``: the clock is read once.

    Args:
        data: The objects to serialize (resources, or any object with ``serialize()``).

    Returns:
        The list of serialized objects, in the same order.

    Raises:
        TypeError: For an item without a ``serialize()`` method, naming its index.
    """
    last_seen_at = wire_timestamp(_clock.now())
    out: list[_T] = []
    append = out.append
    for index, item in enumerate(data):
        if isinstance(item, ResourceBase):
            append(cast(_T, item.serialize_at(last_seen_at)))
            continue
        method = getattr(item, "serialize", None)
        if not callable(method):
            raise TypeError(
                f"serialize_list: item {index} ({type(item).__name__}) has no serialize() "
                "method; pass objects of nflex_connector_utils"
            )
        append(method())
    return out


def vcr_cassette_context(function: Callable[_P, _T]) -> Callable[_P, _T]:
    """Run the decorated function inside a vcrpy cassette when ``DEBUG_VCR`` is set.

    The cassette is ``vcr.yaml`` with record mode ``new_episodes``: provider HTTP traffic is
    recorded on the first run and replayed after. Without ``DEBUG_VCR`` (or with it empty)
    the function runs as is.

    Args:
        function: The function to enclose.

    Returns:
        The wrapper, with the same signature.
    """

    @functools.wraps(function)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        if not os.environ.get("DEBUG_VCR"):
            return function(*args, **kwargs)
        import vcr  # imported here: it patches HTTP libraries and is slow to import

        with vcr.use_cassette(VCR_CASSETTE, record_mode=VCR_RECORD_MODE):
            return function(*args, **kwargs)

    return wrapper
