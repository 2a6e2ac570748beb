"""Server images: :class:`ImageDetail` and the lookup table :class:`ImageDetailMap`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Union

from nflex_core import models
from nflex_core.checks import check_optional_str, check_str
from nflex_core.jsontypes import JSONObject
from nflex_core.registry import serialize_image_detail

__all__ = ["ImageDetail", "ImageDetailMap", "ImageTuple"]

ImageTuple = tuple[
    Union[str, None], Union[str, None], Union[str, None], Union[str, None], Union[str, None]
]
"""``(name, type, distribution, version, architecture)``."""

_TUPLE_FIELDS = ("name", "type", "distribution", "version", "architecture")


class ImageDetail:
    """The build image or template of a server: OS, distribution, version, architecture.

    Args:
        id: The image id, e.g. ``"ami-abcdef"`` (required).
        name: e.g. ``"Ubuntu Linux 16.04 LTS 64 bit"``.
        type: ``Windows`` or ``Linux``.
        distribution: e.g. ``Server 2012`` or ``CentOS``.
        version: e.g. ``V2`` or ``16.04.1``.
        architecture: e.g. ``i386``, ``x86_64``.
    """

    __slots__ = ("core",)

    def __init__(
        self,
        id: str,
        name: str | None = None,
        type: str | None = None,
        distribution: str | None = None,
        version: str | None = None,
        architecture: str | None = None,
    ) -> None:
        self.core: models.ImageDetail = models.ImageDetail(
            id=id,
            name=name,
            type=type,
            distribution=distribution,
            version=version,
            architecture=architecture,
        )

    def serialize(self) -> JSONObject:
        """Serialize the contents: all six keys, null where not set."""
        return serialize_image_detail(self.core)

    def __repr__(self) -> str:
        return f"ImageDetail({self.serialize()!r})"


class ImageDetailMap:
    """Looks up common images by id, so many servers can share their details.

    Args:
        mapping: image id → ``(name, type, distribution, version, architecture)``.
            None or nothing gives an empty map.
    """

    __slots__ = ("_mapping",)

    def __init__(self, mapping: Mapping[str, ImageTuple] | None = None) -> None:
        self._mapping: dict[str, tuple[str | None, ...]] = {}
        if mapping is None:
            return
        if not isinstance(mapping, Mapping):
            raise TypeError(
                f"ImageDetailMap(mapping) must be a dict of id to (name, type, distribution, "
                f"version, architecture), got {mapping!r} ({type(mapping).__name__})"
            )
        for key, details in mapping.items():
            image_id = check_str("ImageDetailMap", "mapping key", key)
            if not isinstance(details, (tuple, list)) or len(details) != 5:
                raise ValueError(
                    f"ImageDetailMap.mapping[{key!r}] must be a 5-tuple (name, type, "
                    f"distribution, version, architecture), got {details!r}"
                )
            self._mapping[image_id] = tuple(
                check_optional_str("ImageDetailMap", f"mapping[{key!r}].{name}", item)
                for name, item in zip(_TUPLE_FIELDS, details)
            )

    def get(
        self,
        id: str,
        name: str | None = None,
        version: str | None = None,
        type: str | None = None,
        architecture: str | None = None,
        distribution: str | None = None,
    ) -> ImageDetail:
        """Look up an image; keyword arguments that are not None override the mapped details.

        An unknown id gives an ImageDetail with only the id (and the overrides).
        """
        image_id = check_str("ImageDetailMap.get", "id", id)
        mapped = self._mapping.get(image_id, (None, None, None, None, None))
        return ImageDetail(
            id=image_id,
            name=mapped[0] if name is None else name,
            type=mapped[1] if type is None else type,
            distribution=mapped[2] if distribution is None else distribution,
            version=mapped[3] if version is None else version,
            architecture=mapped[4] if architecture is None else architecture,
        )

    def __contains__(self, image_id: object) -> bool:
        return image_id in self._mapping

    def __len__(self) -> int:
        return len(self._mapping)
