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

_KEYWORD_TYPES: Final = (
    ("appliances", "appliance"),
    ("servers", "server"),
    ("networks", "network"),
    ("volumes", "volume"),
)


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
    return [
        check_str("Connections", f"{argument}[{index}]", entry)
        for index, entry in enumerate(_entries(argument, value))
    ]


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

    __slots__ = ("_ids", "_any", "_core")

    def __init__(
        self,
        type: str | None = None,
        connections: ConnectionIds | Sequence[JSONValue] = None,
        appliances: ConnectionIds = None,
        servers: ConnectionIds = None,
        networks: ConnectionIds = None,
        volumes: ConnectionIds = None,
    ) -> None:
        self._ids: dict[str, list[str]] = {}
        self._any: list[FrozenJSON] = []
        self._core: models.Connections | None = None
        self.add(type, connections, appliances, servers, networks, volumes)

    def add(
        self,
        type: str | None = None,
        connections: ConnectionIds | Sequence[JSONValue] = None,
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
                self._any.extend(
                    freeze_json(entry, f"Connections connections[{index}]")
                    for index, entry in enumerate(_entries("connections", connections))
                )
            else:
                self._ids.setdefault(type, []).extend(_ids("connections", connections))
        for (argument, kind), value in zip(
            _KEYWORD_TYPES, (appliances, servers, networks, volumes)
        ):
            if value is not None:
                self._ids.setdefault(kind, []).extend(_ids(argument, value))
        self._core = None
        return self

    @property
    def core(self) -> models.Connections:
        """The current contents as an immutable ``nflex_core.Connections``."""
        if self._core is None:
            self._core = models.Connections(
                by_type={kind: tuple(ids) for kind, ids in self._ids.items()},
                any=tuple(self._any),
            )
        return self._core

    def serialize(self) -> JSONObject:
        """Serialize the contents: ``{type: [{"id": ...}, ...]}``."""
        return serialize_connections(self.core)

    def __repr__(self) -> str:
        return f"Connections({self.serialize()!r})"
