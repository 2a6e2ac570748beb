"""``python -m nflex_connector_utils run HANDLER``: run a connector handler locally."""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import json
import math
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from nflex_core.wirecheck import resource_problems

from nflex_connector_utils.local import LocalContext

__all__ = ["HandlerError", "load_handler", "non_json_path", "read_event", "run"]

Handler = Callable[[object, object], object]


class HandlerError(Exception):
    """The handler could not be found or loaded."""


def load_handler(spec: str) -> Handler:
    """The handler named by ``path/to/main.py:get_resources`` or ``main.get_resources``.

    Raises:
        HandlerError: When the file, module or function cannot be found, or is not callable.
    """
    if ":" in spec:
        location, _, name = spec.rpartition(":")
    else:
        location, _, name = spec.rpartition(".")
    if not location or not name:
        raise HandlerError(
            f"handler {spec!r} must look like path/to/main.py:get_resources or main.get_resources"
        )
    if location.endswith(".py") or os.sep in location or "/" in location:
        path = Path(location).resolve()
        if not path.is_file():
            raise HandlerError(f"no file {location!r} (from handler {spec!r})")
        # The connector's folder goes first on the path, so its own imports work.
        sys.path.insert(0, str(path.parent))
        module_spec = importlib.util.spec_from_file_location(path.stem, path)
        if module_spec is None or module_spec.loader is None:
            raise HandlerError(f"cannot load {location!r} as a Python module")
        module = importlib.util.module_from_spec(module_spec)
        sys.modules[path.stem] = module
        module_spec.loader.exec_module(module)
    else:
        sys.path.insert(0, os.getcwd())
        try:
            module = importlib.import_module(location)
        except ModuleNotFoundError as error:
            raise HandlerError(f"cannot import {location!r}: {error}") from None
    handler = getattr(module, name, None)
    if not callable(handler):
        raise HandlerError(f"{location!r} has no function {name!r}")
    return handler  # type: ignore[no-any-return]  # a callable found by name at run time


def non_json_path(value: object, path: str = "$") -> str | None:
    """The path of the first part of ``value`` JSON cannot carry (None when all is JSON)."""
    if value is None or isinstance(value, (str, bool, int)):
        return None
    if isinstance(value, float):
        return None if math.isfinite(value) else f"{path} ({value!r})"
    if isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            found = non_json_path(item, f"{path}[{index}]")
            if found:
                return found
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                return f"{path} (key {key!r})"
            found = non_json_path(item, f"{path}[{key!r}]")
            if found:
                return found
        return None
    return f"{path} ({type(value).__name__})"


def run(
    spec: str,
    event: object,
    kind: str | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run a handler with ``event`` and a :class:`LocalContext`; print its result as JSON.

    The result goes to ``stdout``; everything the handler prints and logs goes to ``stderr``.
    For ``kind="resources"`` (the default for a handler named ``get_resources``) each returned
    resource is checked against the wire format.

    Returns:
        The exit status: 0 when all went well, 1 when the handler raised, returned something
        that is not JSON or returned resources with problems, 2 when it could not be loaded.
    """
    out = sys.stdout if stdout is None else stdout
    err = sys.stderr if stderr is None else stderr
    try:
        handler = load_handler(spec)
    except HandlerError as error:
        err.write(f"error: {error}\n")
        return 2
    name = spec.rpartition(":" if ":" in spec else ".")[2]
    kind = kind or ("resources" if name == "get_resources" else "raw")
    try:
        context = LocalContext(log_stream=err)
    except ValueError as error:  # CMP_URL set without credentials
        err.write(f"error: {error}\n")
        return 2
    try:
        with contextlib.redirect_stdout(err):
            result = handler(event, context)
    except Exception:  # noqa: BLE001 - any failure of the handler is reported the same way
        err.write(traceback.format_exc())
        err.write(f"error: the handler {spec} raised an exception (traceback above)\n")
        return 1
    bad = non_json_path(result)
    if bad is not None:
        err.write(f"error: the handler returned a value that is not JSON: at {bad}\n")
        return 1
    out.write(json.dumps(result, indent=2, allow_nan=False) + "\n")
    out.flush()
    if kind != "resources":
        return 0
    if not isinstance(result, list):
        err.write(f"error: get_resources must return a list of resources, got {type(result).__name__}\n")
        return 1
    problems = [
        f"resource {index}: {problem}"
        for index, resource in enumerate(result)
        for problem in resource_problems(resource)
    ]
    for problem in problems:
        err.write(f"error: {problem}\n")
    if problems:
        err.write(f"error: {len(problems)} problem(s) in {len(result)} resource(s)\n")
        return 1
    err.write(f"ok: {len(result)} resource(s) match the wire format\n")
    return 0


def read_event(path: str | None) -> object:
    """The event in the JSON file at ``path`` (``-`` for standard input), or ``{}``."""
    if path is None:
        return {}
    text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    return json.loads(text)

