"""Where a resource is: :class:`Region` (a legacy CMP region id) and :class:`Locations`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final, TypedDict

from nflex_core import models
from nflex_core.checks import warn_input
from nflex_core.jsontypes import JSONObject, JSONValue
from nflex_core.registry import serialize_locations, serialize_region

__all__ = ["LevelDict", "LocationDict", "Locations", "Region"]

_LEVEL_KEYS: Final = ("id", "name", "latitude", "longitude")
_LEVEL_KEY_SET: Final = frozenset(_LEVEL_KEYS)
_LOCATION_KEY_SET: Final = frozenset((*models.LOCATION_LEVELS, "type"))


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

    def __init__(self, id: str) -> None:
        self.core: models.Region = models.Region(id=id)

    def serialize(self) -> JSONObject:
        """Serialize the contents: ``{"id": ...}``."""
        return serialize_region(self.core)

    def __repr__(self) -> str:
        return f"Region({self.core.id!r})"


_LEVEL_HOLDS: Final = f"a level holds {', '.join(_LEVEL_KEYS)}"
_LOCATION_HOLDS: Final = f"a location holds {', '.join(models.LOCATION_LEVELS)} and type"


def _where(index: int, name: str | None) -> str:
    return f"Locations[{index}]" if name is None else f"Locations[{index}][{name!r}]"


def _known_keys(
    value: object, index: int, name: str | None, what: str, keys: frozenset[str], listed: str
) -> Mapping[str, object]:
    """``value`` as a mapping; unknown keys are named in a warning (they are dropped)."""
    if type(value) is not dict and not isinstance(value, Mapping):
        raise TypeError(
            f"{_where(index, name)} must be {what}, got {value!r} ({type(value).__name__})"
        )
    if not value.keys() <= keys:
        unknown = ", ".join(repr(key) for key in value if key not in keys)
        warn_input(f"{_where(index, name)}: dropped unknown key(s) {unknown}; {listed}")
    return value


def _level(index: int, name: str, value: object) -> models.LocationLevel:
    get = _known_keys(
        value, index, name, "a dict with id and/or name, latitude and longitude",
        _LEVEL_KEY_SET, _LEVEL_HOLDS,
    ).get
    try:
        # The core checks each value's type: the ignore covers user input of any type.
        return models.LocationLevel(
            id=get("id"), name=get("name"), latitude=get("latitude"), longitude=get("longitude")  # type: ignore[arg-type]  # the core checks input
        )
    except (TypeError, ValueError) as error:
        raise type(error)(f"{_where(index, name)}: {error}") from None


def _location(index: int, value: object) -> models.Location:
    get = _known_keys(
        value, index, None, "a dict of location levels", _LOCATION_KEY_SET, _LOCATION_HOLDS
    ).get
    location = get("location")
    city = get("city")
    state = get("state")
    country = get("country")
    region = get("region")
    return models.Location(
        location=None if location is None else _level(index, "location", location),
        city=None if city is None else _level(index, "city", city),
        state=None if state is None else _level(index, "state", state),
        country=None if country is None else _level(index, "country", country),
        region=None if region is None else _level(index, "region", region),
        # The core checks the type (and warns about an unknown one).
        type=get("type"),  # type: ignore[arg-type]  # the core checks input
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
        if type(locations) is not list and (
            isinstance(locations, (str, bytes)) or not isinstance(locations, Sequence)
        ):
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

