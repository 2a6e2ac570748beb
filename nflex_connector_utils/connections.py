"""Links between resources: :class:`Connections`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Union

from nflex_core import models
from nflex_core.checks import check_str, warn_input
from nflex_core.jsontypes import FrozenJSON, JSONObject, JSONValue, freeze_json
from nflex_core.registry import serialize_connections

__all__ = ["ConnectionIds", "Connections"]

ConnectionIds = Union[str, Sequence[str], None]
"""One resource id, or a list of them (a single string is ONE id)."""

def _entries(argument: str, value: object) -> list[object]:
    """A list of entries from a single entry or a list/tuple of them."""
    if isinstance(value, (list, tuple)):
        return list(value)
    if isinstance(value, (str, dict)):
        return [value]
    raise TypeError(
        f"Connections {argument} must be an id or a list of ids, got {value!r} "
        f"({type(value).__name__})"
    )


def _ids(argument: str, value: object) -> list[str]:
    """Checked resource ids from a single id (ONE id, never split) or a list of them."""
    if type(value) is str and value:
        return [value]
    if type(value) is list and all(type(entry) is str and entry for entry in value):
        return value
    return [
        check_str("Connections", f"{argument}[{index}]", entry)
        for index, entry in enumerate(_entries(argument, value))
    ]


_NONE: Final = models.Connections()


class Connections:
    """Associations of a resource with other resources.

    Args:
        type: The connection type for ``connections``, e.g. ``server``. With the type
            ``any``, the entries are sent as given instead of as ``{"id": ...}``.
        connections: With ``type``: the associated ids (or, for ``any``, dicts).
        appliances: Appliance ids.
        servers: Server ids.
        networks: Network ids.
        volumes: Volume ids.

    Examples:
        >>> Connections(networks=['network-1'], volumes=['volume-1', 'volume-2']).serialize()
        {'network': [{'id': 'network-1'}], 'volume': [{'id': 'volume-1'}, {'id': 'volume-2'}]}
    """

    # Added entries wait in `_ids`/`_any` until `core` is read, then merge into the immutable
    # core value and are dropped: a resource keeps no more objects alive than it needs.
    __slots__ = ("_ids", "_any", "_core")

    def __init__(
        self,
        type: str | None = None,
        connections: ConnectionIds | Sequence[JSONValue] | dict[str, JSONValue] = None,
        appliances: ConnectionIds = None,
        servers: ConnectionIds = None,
        networks: ConnectionIds = None,
        volumes: ConnectionIds = None,
    ) -> None:
        self._ids: dict[str, list[str]] | None = None
        self._any: list[FrozenJSON] | None = None
        self._core: models.Connections = _NONE
        self.add(type, connections, appliances, servers, networks, volumes)

    def add(
        self,
        type: str | None = None,
        connections: ConnectionIds | Sequence[JSONValue] | dict[str, JSONValue] = None,
        appliances: ConnectionIds = None,
        servers: ConnectionIds = None,
        networks: ConnectionIds = None,
        volumes: ConnectionIds = None,
    ) -> Connections:
        """Add connections (same arguments as the constructor).

        Returns:
            This object, so that ``add`` calls can be chained.
        """
        if connections is not None:
            if type is None:
                warn_input(
                    f"Connections: connections={connections!r} given without type=...; "
                    "they were dropped"
                )
            elif type == models.ANY_CONNECTION_TYPE:
                if self._any is None:
                    self._any = []
                self._any.extend(
                    freeze_json(entry, f"Connections connections[{index}]")
                    for index, entry in enumerate(_entries("connections", connections))
                )
            else:
                self._pending(type).extend(_ids("connections", connections))
        if appliances is not None:
            self._pending("appliance").extend(_ids("appliances", appliances))
        if servers is not None:
            self._pending("server").extend(_ids("servers", servers))
        if networks is not None:
            self._pending("network").extend(_ids("networks", networks))
        if volumes is not None:
            self._pending("volume").extend(_ids("volumes", volumes))
        return self

    def _pending(self, kind: str) -> list[str]:
        if self._ids is None:
            self._ids = {}
        ids = self._ids.get(kind)
        if ids is None:
            ids = self._ids[kind] = []
        return ids

    @property
    def core(self) -> models.Connections:
        """The current contents as an immutable ``nflex_core.Connections``."""
        if self._ids is not None or self._any is not None:
            current = self._core
            by_type = dict(current.by_type)
            for kind, ids in (self._ids or {}).items():
                by_type[kind] = by_type.get(kind, ()) + tuple(ids)
            self._core = models.Connections(
                by_type=by_type, any=current.any + tuple(self._any or ())
            )
            self._ids = self._any = None
        return self._core

    def serialize(self) -> JSONObject:
        """Serialize the contents: ``{type: [{"id": ...}, ...]}``."""
        return serialize_connections(self.core)

    def __repr__(self) -> str:
        return f"Connections({self.serialize()!r})"
