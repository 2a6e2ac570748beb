"""Mistakes a user can make, each of which mypy must reject (never run, only type-checked).

Every line ends in an ignore with the error code mypy must report. The project's mypy
configuration has warn_unused_ignores, so a mistake mypy stopped catching fails the check;
tests/test_typing.py also strips the ignores and checks each line is reported.
"""

from __future__ import annotations

from datetime import datetime

import nflex_core as core
from nflex_connector_utils import (
    Appliance,
    Connections,
    Locations,
    Metadata,
    Server,
    Volume,
    serialize_list,
)


def mistakes() -> None:
    """Each statement below is a typing error."""
    Server(id=1, name="server")  # type: ignore[arg-type]
    Server(name="server")  # type: ignore[call-arg]
    Server(id="s", name="server", state="runing")  # type: ignore[arg-type]
    Server(id="s", name="server", cpu_cores="2")  # type: ignore[arg-type]
    Server(id="s", name="server", nmae="typo")  # type: ignore[call-arg]
    Server(id="s", name="server", metadata={"k": "v"})  # type: ignore[arg-type]
    Appliance(id="a", name="a", type_id="fire-wall")  # type: ignore[arg-type]
    Volume(id="v", name="v", encrypted="yes")  # type: ignore[arg-type]
    Locations([{"city": {"name": "Paris"}, "type": "partner"}])  # type: ignore[typeddict-item]
    Metadata([("ns", "key", "value", "extra")])  # type: ignore[list-item]
    Connections(servers=[1, 2])  # type: ignore[list-item]
    serialize_list([1, 2])  # type: ignore[arg-type]
    core.Server(id="s", name="n", state="sleeping")  # type: ignore[arg-type]
    core.serialize(1.5)  # type: ignore[arg-type]
    core.serialize_server(core.Volume(id="v", name="v"), datetime.now())  # type: ignore[arg-type]
    core.Region(id=None)  # type: ignore[arg-type]
