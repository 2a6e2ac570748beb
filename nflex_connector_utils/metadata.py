"""Key/value metadata of a resource or an account: :class:`Metadata`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Final, Union

from nflex_core import models
from nflex_core.checks import check_str, warn_input
from nflex_core.jsontypes import FrozenJSON, JSONObject, JSONValue, freeze_json
from nflex_core.registry import serialize_metadata

__all__ = ["Metadata", "MetadataEntry"]

MetadataEntry = Union[tuple[str, JSONValue], tuple[str, str, JSONValue]]
"""``(key, value)``, or ``(namespace, key, value)``."""

_PROVIDER_SPECIFIC: Final = "provider_specific"


_NONE: Final = models.Metadata()


def _where(index: int | None) -> str:
    return "Metadata.add" if index is None else f"Metadata values[{index}]"


class Metadata:
    """Metadata, set at once with ``values`` or piece by piece with :meth:`add`.

    Args:
        values: ``(key, value)`` and ``(namespace, key, value)`` tuples. A later entry for
            the same key wins. Another shape is dropped with an ``NflexInputWarning``.
        default_namespace: The namespace of 2-tuples and of :meth:`add` without a
            namespace; ``provider_specific`` by default.

    Examples:
        >>> Metadata([('key1', 'value1')]).add('key2', 2, namespace='alt-ns').serialize()
        {'provider_specific': {'key1': 'value1'}, 'alt-ns': {'key2': 2}}
    """

    DEFAULT_NAMESPACE_ID: ClassVar[str] = "default"
    PROVIDER_SPECIFIC_NAMESPACE_ID: ClassVar[str] = _PROVIDER_SPECIFIC
    PROVIDER_SPECIFIC_EDITABLE_NAMESPACE_ID: ClassVar[str] = "provider_specific_editable"
    PROVIDER_METADATA_NAMESPACE_ID: ClassVar[str] = "provider_metadata"

    # Added entries wait in `_namespaces` until `core` is read, then merge into the immutable
    # core value and are dropped: a resource keeps no more objects alive than it needs.
    __slots__ = ("_namespaces", "_default_namespace", "_core")

    def __init__(
        self,
        values: Sequence[MetadataEntry] | None = None,
        default_namespace: str | None = None,
    ) -> None:
        self._default_namespace = (
            _PROVIDER_SPECIFIC
            if default_namespace is None
            else check_str("Metadata", "default_namespace", default_namespace)
        )
        self._namespaces: dict[str, dict[str, FrozenJSON]] | None = None
        self._core: models.Metadata = _NONE
        if values is None:
            return
        if isinstance(values, (str, bytes)) or not isinstance(values, Sequence):
            raise TypeError(
                f"Metadata(values) must be a list of (key, value) or (namespace, key, value) "
                f"tuples, got {values!r} ({type(values).__name__})"
            )
        default: dict[str, FrozenJSON] = {}
        self._namespaces = {self._default_namespace: default}
        for index, entry in enumerate(values):
            items: Sequence[object] = entry if isinstance(entry, (tuple, list)) else ()
            size = len(items)
            if size == 2:
                key, value = items
                kind = type(value)
                if type(key) is str and key and (
                    kind is str or kind is int or kind is bool or value is None
                ):
                    default[key] = value  # type: ignore[assignment]  # checked inline: a JSON scalar
                else:
                    self._put(self._default_namespace, key, value, index)
            elif size == 3:
                self._put(items[0], items[1], items[2], index)
            else:
                warn_input(
                    f"Metadata values[{index}] = {entry!r} was dropped: expected a "
                    "(key, value) or (namespace, key, value) tuple"
                )
        if not default:
            del self._namespaces[self._default_namespace]

    def _put(self, namespace: object, key: object, value: object, index: int | None) -> None:
        """Check and store one entry; ``index`` is its place in ``values`` (None: from add)."""
        if type(namespace) is not str or not namespace:
            namespace = check_str(_where(index), "namespace", namespace)
        if type(key) is not str or not key:
            key = check_str(_where(index), "key", key)
        if self._namespaces is None:
            self._namespaces = {}
        entries = self._namespaces.get(namespace)
        if entries is None:
            entries = self._namespaces[namespace] = {}
        kind = type(value)
        if kind is str or kind is int or kind is bool or value is None:
            entries[key] = value  # type: ignore[assignment]  # narrowed by the exact type check
        else:
            entries[key] = freeze_json(value, f"{_where(index)} value of {key!r}")

    def add(self, key: str, value: JSONValue, namespace: str | None = None) -> Metadata:
        """Add one key/value, in ``namespace`` or the default namespace.

        Returns:
            This object, so that ``add`` calls can be chained.
        """
        self._put(self._default_namespace if namespace is None else namespace, key, value, None)
        return self

    @property
    def core(self) -> models.Metadata:
        """The current contents as an immutable ``nflex_core.Metadata``."""
        pending = self._namespaces
        if pending is not None:
            current = self._core.namespaces
            if current:
                merged = {namespace: dict(entries) for namespace, entries in current.items()}
                for namespace, entries in pending.items():
                    merged.setdefault(namespace, {}).update(entries)
                pending = merged
            self._core = models.Metadata(namespaces=pending)
            self._namespaces = None
        return self._core

    def serialize(self) -> JSONObject:
        """Serialize the contents: ``{namespace: {key: value}}``."""
        return serialize_metadata(self.core)

    def __repr__(self) -> str:
        return f"Metadata({self.serialize()!r})"
