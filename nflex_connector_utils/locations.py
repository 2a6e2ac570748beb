"""Where a resource is: :class:`Region` (a legacy CMP region id) and :class:`Locations`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final, TypedDict, cast

from nflex_core import models
from nflex_core.checks import check_str, warn_input
from nflex_core.jsontypes import JSONObject, JSONValue
from nflex_core.registry import serialize_locations, serialize_region

__all__ = ["LevelDict", "LocationDict", "Locations", "Region"]

_LEVEL_KEYS: Final = ("id", "name", "latitude", "longitude")


class LevelDict(TypedDict, total=False):
    """One level of a location: ``id`` and/or ``name``, optional coordinates."""

    id: str
    name: str
    latitude: float
    longitude: float


class LocationDict(TypedDict, total=False):
    """One location: any of the five levels, and its ``type``."""

    location: LevelDict
    city: LevelDict
    state: LevelDict
    country: LevelDict
    region: LevelDict
    type: models.LocationType


class Region:
    """A region: its ``id`` is looked up in CMP and matched with a name and coordinates.

    Args:
        id: The CMP region id (required).
    """

    __slots__ = ("core",)

    def __init__(self, id: str | None = None) -> None:
        self.core: models.Region = models.Region(id=check_str("Region", "id", id))

    def serialize(self) -> JSONObject:
        """Serialize the contents: ``{"id": ...}``."""
        return serialize_region(self.core)

    def __repr__(self) -> str:
        return f"Region({self.core.id!r})"


def _level(index: int, name: str, value: object) -> models.LocationLevel:
    if not isinstance(value, Mapping):
        raise TypeError(
            f"Locations[{index}][{name!r}] must be a dict with id and/or name, latitude and "
            f"longitude, got {value!r} ({type(value).__name__})"
        )
    unknown = [key for key in value if key not in _LEVEL_KEYS]
    if unknown:
        warn_input(
            f"Locations[{index}][{name!r}]: dropped unknown key(s) {', '.join(map(repr, unknown))}; "
            f"a level holds {', '.join(_LEVEL_KEYS)}"
        )
    return models.LocationLevel(
        id=value.get("id"),
        name=value.get("name"),
        latitude=value.get("latitude"),
        longitude=value.get("longitude"),
    )


def _location(index: int, value: object) -> models.Location:
    if not isinstance(value, Mapping):
        raise TypeError(
            f"Locations[{index}] must be a dict of location levels, got {value!r} "
            f"({type(value).__name__})"
        )
    levels: dict[str, models.LocationLevel] = {}
    location_type: object = None
    dropped: list[str] = []
    for key, item in value.items():
        if key in models.LOCATION_LEVELS:
            levels[key] = _level(index, key, item)
        elif key == "type":
            location_type = item
        else:
            dropped.append(repr(key))
    if dropped:
        warn_input(
            f"Locations[{index}]: dropped unknown key(s) {', '.join(dropped)}; a location holds "
            f"{', '.join(models.LOCATION_LEVELS)} and type"
        )
    return models.Location(
        location=levels.get("location"),
        city=levels.get("city"),
        state=levels.get("state"),
        country=levels.get("country"),
        region=levels.get("region"),
        # The core checks the type (and warns about an unknown one).
        type=cast("models.LocationType | None", location_type),
    )


class Locations:
    """A list of locations, each a dict of levels (see the documentation for the keys).

    Args:
        locations: The list of location dicts (required; an empty list means none).

    Raises:
        TypeError: When ``locations`` is missing or not a list of dicts.
    """

    __slots__ = ("core",)

    def __init__(self, locations: Sequence[LocationDict] | None = None) -> None:
        if locations is None:
            raise TypeError("Locations() needs a list of location dicts, e.g. "
                            "Locations([{'city': {'name': 'Paris'}}])")
        if isinstance(locations, (str, bytes)) or not isinstance(locations, Sequence):
            raise TypeError(
                f"Locations(locations) must be a list of location dicts, got {locations!r} "
                f"({type(locations).__name__})"
            )
        self.core: models.Locations = models.Locations(
            items=tuple(_location(index, item) for index, item in enumerate(locations))
        )

    def serialize(self) -> list[JSONValue]:
        """Serialize the contents: the list of location dicts."""
        return serialize_locations(self.core)

    def __repr__(self) -> str:
        return f"Locations({self.serialize()!r})"

