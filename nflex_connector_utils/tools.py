"""Helpers for connector handlers: :func:`serialize_list` and :func:`vcr_cassette_context`."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import ParamSpec, Protocol, TypeVar, cast

from nflex_core.intervals import DEFAULT_TIME_FORMAT, time_interval
from nflex_core.timestamps import wire_timestamp

from nflex_connector_utils import _clock, recording
from nflex_connector_utils.resource import ResourceBase

__all__ = ["Serializable", "serialize_list", "setup_time_interval", "vcr_cassette_context"]

_T = TypeVar("_T")
_T_co = TypeVar("_T_co", covariant=True)
_P = ParamSpec("_P")


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

    Provider HTTP traffic is recorded on the first run and replayed after. The cassette is
    ``vcr.yaml`` with record mode ``new_episodes``, unless ``VCR_CASSETTE`` or
    ``VCR_RECORD_MODE`` say otherwise. Credentials (Authorization, Cookie, Set-Cookie and
    API-key headers; token, key, secret and password query, form and JSON fields) are
    replaced by ``<redacted>`` before anything is written (see
    :mod:`nflex_connector_utils.recording`). Without ``DEBUG_VCR`` (or with it empty) the
    function runs as is.

    Args:
        function: The function to enclose.

    Returns:
        The wrapper, with the same signature.
    """

    @functools.wraps(function)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        if not os.environ.get("DEBUG_VCR"):
            return function(*args, **kwargs)
        with recording.cassette():
            return function(*args, **kwargs)

    return wrapper


class _InfoLogger(Protocol):
    def info(self, message: str) -> None: ...


def setup_time_interval(
    event: Mapping[str, object],
    backfill_time: float | None = None,
    initial_interval: float = 0,
    skew: float = 0,
    time_format: str = DEFAULT_TIME_FORMAT,
    logger: _InfoLogger | None = None,
) -> tuple[datetime, datetime]:
    """The ``(start, end)`` this run should cover, as naive UTC datetimes, from now.

    See :func:`nflex_core.intervals.time_interval` for the rules; this reads the clock.
    With a ``logger`` (such as :class:`~nflex_connector_utils.logger.Logger`), the window is
    logged at info.
    """
    start, end = time_interval(
        event,
        _clock.now(),
        backfill_time=backfill_time,
        initial_interval=initial_interval,
        skew=skew,
        time_format=time_format,
    )
    if logger is not None:
        logger.info(f"Time interval: {start.isoformat()} to {end.isoformat()}")
    return start, end
