"""What every resource has: :class:`Resource`, and the base the other resource classes share."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Protocol, TypedDict, TypeVar

from nflex_core import models
from nflex_core.checks import check_str
from nflex_core.jsontypes import JSONObject
from nflex_core.registry import Timestamp, serialize
from nflex_core.timestamps import parse_timestamp

from nflex_connector_utils import _clock
from nflex_connector_utils._compat import NotRequired, Required, Unpack
from nflex_connector_utils.connections import Connections
from nflex_connector_utils.locations import Locations, Region
from nflex_connector_utils.metadata import Metadata

__all__ = ["CoreFields", "Resource", "ResourceArgs", "ResourceBase", "base_fields"]

_PartT = TypeVar("_PartT", covariant=True)


class ResourceArgs(TypedDict, total=False):
    """The keyword arguments every resource class takes (see :class:`Resource`)."""

    id: Required[str]
    name: Required[str]
    region: NotRequired[Region | None]
    locations: NotRequired[Locations | None]
    provider_created_at: NotRequired[str | datetime | None]
    metadata: NotRequired[Metadata | None]
    native_portal_link: NotRequired[str | None]
    connections: NotRequired[Connections | None]


_ARG_NAMES = frozenset(ResourceArgs.__annotations__)


class CoreFields(TypedDict):
    """The core keyword arguments for the fields every resource shares."""

    id: str
    name: str
    provider_created_at: datetime | None
    native_portal_link: str | None
    region: models.Region | None
    locations: models.Locations | None
    connections: models.Connections | None
    metadata: models.Metadata | None


class _Part(Protocol[_PartT]):
    @property
    def core(self) -> _PartT: ...


def _part(owner: str, name: str, value: object, expected: type[_Part[_PartT]]) -> _PartT | None:
    """The core value of a façade part (Region, Locations, ...), checking its type."""
    if value is None:
        return None
    if isinstance(value, expected):  # the exact façade class, or a subclass
        return value.core
    raise TypeError(
        f"{owner}.{name} must be a nflex_connector_utils {expected.__name__} or None, "
        f"got {value!r} ({type(value).__name__})"
    )


def _created_at(owner: str, value: object) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return parse_timestamp(value)
        except ValueError as error:
            raise ValueError(f"{owner}.provider_created_at: {error}") from None
    raise TypeError(
        f"{owner}.provider_created_at must be a str, a datetime or None, got {value!r} "
        f"({type(value).__name__})"
    )


def base_fields(owner: str, args: ResourceArgs) -> CoreFields:
    """The core keyword arguments for the common resource fields of façade ``args``.

    The core checks every value; this only unwraps the façade parts (fast path: the exact
    class) and reads timestamp strings.

    Raises:
        TypeError: For an unknown keyword argument, or a part of the wrong class.
    """
    if not _ARG_NAMES.issuperset(args):
        unknown = sorted(set(args) - _ARG_NAMES)
        raise TypeError(
            f"{owner}() got unexpected keyword argument(s) {', '.join(unknown)}; "
            f"accepted: {', '.join(sorted(_ARG_NAMES))} and the {owner} details"
        )
    created = args.get("provider_created_at")
    region = args.get("region")
    locations = args.get("locations")
    connections = args.get("connections")
    metadata = args.get("metadata")
    return {
        "id": args.get("id"),
        "name": args.get("name"),
        "provider_created_at": (
            created if created is None or type(created) is datetime else _created_at(owner, created)
        ),
        "native_portal_link": args.get("native_portal_link"),
        "region": _part(owner, "region", region, Region),
        "locations": _part(owner, "locations", locations, Locations),
        "connections": _part(owner, "connections", connections, Connections),
        "metadata": _part(owner, "metadata", metadata, Metadata),
    }


class ResourceBase:
    """What the resource classes share: a core value and a ``serialize()`` that delegates.

    Attributes:
        core: The immutable ``nflex_core`` value (each subclass narrows its type).
    """

    __slots__ = ("core", "_connections", "_metadata")

    core: models.AnyResource

    def _init(self, value: models.AnyResource, args: ResourceArgs) -> None:
        self.core = value
        # Kept so that connections or metadata added after construction are still sent,
        # as they were by the old implementation.
        self._connections = args.get("connections")
        self._metadata = args.get("metadata")

    def _current(self) -> models.AnyResource:
        value = self.core
        connections = self._connections
        metadata = self._metadata
        if (connections is not None and connections.core is not value.connections) or (
            metadata is not None and metadata.core is not value.metadata
        ):
            value = self.core = replace(
                value,
                connections=None if connections is None else connections.core,
                metadata=None if metadata is None else metadata.core,
            )
        return value

    def serialize_at(self, last_seen_at: Timestamp) -> JSONObject:
        """Serialize with a given ``last_seen_at`` instead of the current time."""
        result = serialize(self._current(), last_seen_at)
        assert isinstance(result, dict)  # every resource serializer returns an object
        return result

    def serialize(self) -> JSONObject:
        """Serialize the contents, with ``last_seen_at`` set to now."""
        return self.serialize_at(_clock.now())

    @property
    def id(self) -> str:
        """The resource id."""
        return self.core.id

    @property
    def name(self) -> str:
        """The resource name."""
        return self.core.name

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.core!r})"


class Resource(ResourceBase):
    """A resource of any type: the data common to all resources.

    Args:
        id: Unique identifier of the resource within its type (required).
        type: The resource type, e.g. ``dns_zone`` (required).
        name: Human-readable name (required).
        provider_created_at: When the provider created it: a datetime or a timestamp string.
        native_portal_link: A URL of the resource on the provider's portal.
        region: A :class:`~nflex_connector_utils.locations.Region`.
        locations: :class:`~nflex_connector_utils.locations.Locations`; when given (and not
            empty) they are sent instead of the region.
        connections: :class:`~nflex_connector_utils.connections.Connections`.
        metadata: :class:`~nflex_connector_utils.metadata.Metadata`.
    """

    __slots__ = ()
    core: models.Resource

    def __init__(self, type: str | None = None, **kwargs: Unpack[ResourceArgs]) -> None:
        self._init(
            models.Resource(**base_fields("Resource", kwargs), type=check_str("Resource", "type", type)),
            kwargs,
        )

    @property
    def type(self) -> str:
        """The resource type."""
        return self.core.type
