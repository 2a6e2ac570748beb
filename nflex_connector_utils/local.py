"""What a connector gets when run on a developer's machine: :class:`LocalContext`."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TextIO

from nflex_core.jsontypes import JSONValue

from nflex_connector_utils.client import CmpClient, QueryParams

__all__ = [
    "ENVIRONMENT",
    "LocalContext",
    "LocalState",
    "OfflineApi",
    "OfflineCall",
    "OfflineResponse",
    "api_from_environment",
]

ENVIRONMENT = {
    "CMP_URL": "the CMP API URL; without it the context is offline",
    "CMP_API_KEY": "API key (with CMP_API_SECRET)",
    "CMP_API_SECRET": "API secret",
    "CMP_TOKEN": "a bearer token, instead of a key and secret",
}
"""The environment variables :func:`api_from_environment` reads."""


@dataclass(frozen=True)
class OfflineCall:
    """One request the offline API received."""

    method: str
    path: str
    data: JSONValue = None
    params: QueryParams | None = None


class OfflineResponse:
    """The answer of the offline API: 200 with a JSON ``null`` body."""

    status_code = 200
    content = b"null"
    text = "null"
    headers: Mapping[str, str] = {"Content-Type": "application/json"}
    ok = True

    def json(self) -> JSONValue:
        """The body: None."""
        return None

    def raise_for_status(self) -> None:
        """Nothing to raise: the status is 200."""


class OfflineApi:
    """A stand-in for the CMP API that records every call and answers 200 with ``null``.

    Attributes:
        calls: The calls received, in order.
    """

    def __init__(self) -> None:
        self.calls: list[OfflineCall] = []

    def __repr__(self) -> str:
        return f"OfflineApi({len(self.calls)} calls)"

    def request(
        self, method: str, path: str, data: JSONValue = None, params: QueryParams | None = None
    ) -> OfflineResponse:
        """Record the call and answer 200."""
        self.calls.append(OfflineCall(method, path, data, params))
        return OfflineResponse()

    def get(self, path: str, data: JSONValue = None, params: QueryParams | None = None) -> OfflineResponse:
        """Record a GET."""
        return self.request("GET", path, data, params)

    def post(self, path: str, data: JSONValue = None, params: QueryParams | None = None) -> OfflineResponse:
        """Record a POST."""
        return self.request("POST", path, data, params)

    def put(self, path: str, data: JSONValue = None, params: QueryParams | None = None) -> OfflineResponse:
        """Record a PUT."""
        return self.request("PUT", path, data, params)

    def patch(self, path: str, data: JSONValue = None, params: QueryParams | None = None) -> OfflineResponse:
        """Record a PATCH."""
        return self.request("PATCH", path, data, params)

    def delete(self, path: str, data: JSONValue = None, params: QueryParams | None = None) -> OfflineResponse:
        """Record a DELETE."""
        return self.request("DELETE", path, data, params)


@dataclass
class LocalState:
    """A connector's state between runs, kept in memory: ``get``, ``set``, ``delete``."""

    values: dict[str, JSONValue] = field(default_factory=dict)

    def get(self, key: str, default: JSONValue = None) -> JSONValue:
        """The value stored under ``key``, or ``default``."""
        return self.values.get(key, default)

    def set(self, key: str, value: JSONValue) -> None:
        """Store ``value`` under ``key`` (it must be JSON-serializable)."""
        json.dumps(value, allow_nan=False)  # refuse now what CMP could not store
        self.values[key] = value

    def delete(self, key: str) -> None:
        """Forget ``key`` (nothing happens if it is not stored)."""
        self.values.pop(key, None)


def api_from_environment(environ: Mapping[str, str] | None = None) -> CmpClient | OfflineApi:
    """A CmpClient when ``CMP_URL`` and credentials (``CMP_API_KEY`` and ``CMP_API_SECRET``, or
    ``CMP_TOKEN``) are set in the environment; an :class:`OfflineApi` when ``CMP_URL`` is not.

    Raises:
        ValueError: When ``CMP_URL`` is set without credentials.
    """
    env = os.environ if environ is None else environ
    url = env.get("CMP_URL")
    if not url:
        return OfflineApi()
    if env.get("CMP_TOKEN"):
        return CmpClient(url, token=env["CMP_TOKEN"])
    if env.get("CMP_API_KEY") and env.get("CMP_API_SECRET"):
        return CmpClient(url, api_key=env["CMP_API_KEY"], api_secret=env["CMP_API_SECRET"])
    raise ValueError(
        "CMP_URL is set but no credentials: set CMP_API_KEY and CMP_API_SECRET, or CMP_TOKEN "
        "(or unset CMP_URL to run offline)"
    )


class LocalContext:
    """The ``context`` of a connector run locally.

    Args:
        api: The CMP API: a :class:`~nflex_connector_utils.client.CmpClient`, or an
            :class:`OfflineApi` (the default) that records calls and answers 200.
        module_id: None locally (so ``Account.update`` does nothing and logs are printed).
        secrets: The account's secrets, as CMP would pass them.
        config: The module's configuration.
        environ: The environment to read when ``api`` is not given (``os.environ``
            by default); see :func:`api_from_environment`.
        log_stream: Where :meth:`log` writes (standard error by default).
    """

    def __init__(
        self,
        api: CmpClient | OfflineApi | None = None,
        *,
        module_id: str | None = None,
        secrets: Mapping[str, str] | None = None,
        config: Mapping[str, JSONValue] | None = None,
        environ: Mapping[str, str] | None = None,
        log_stream: TextIO | None = None,
    ) -> None:
        self.api: CmpClient | OfflineApi = api_from_environment(environ) if api is None else api
        self.module_id = module_id
        self.secrets: dict[str, str] = dict(secrets or {})
        self.config: dict[str, JSONValue] = dict(config or {})
        self.state = LocalState()
        self._log_stream = log_stream

    def log(self, message: str, severity: str = "info") -> None:
        """Write ``<severity>\\t<message>`` to the log stream."""
        stream = sys.stderr if self._log_stream is None else self._log_stream
        stream.write(f"{severity}\t{message}\n")
        stream.flush()

    def __repr__(self) -> str:
        return f"LocalContext(api={self.api!r}, module_id={self.module_id!r})"
