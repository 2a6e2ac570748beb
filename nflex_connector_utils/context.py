"""The shape of the ``context`` CMP hands a connector, as far as this library uses it."""

from __future__ import annotations

from typing import Protocol

from nflex_core.jsontypes import JSONValue

__all__ = ["ApiClient", "ApiContext", "ApiResponse", "ConnectorContext"]


class ApiResponse(Protocol):
    """A requests-style response."""

    @property
    def status_code(self) -> int: ...

    @property
    def text(self) -> str: ...


class ApiClient(Protocol):
    """``context.api``: a CMP API client; paths are relative to the CMP API URL."""

    def post(self, path: str, data: JSONValue = None) -> ApiResponse: ...

    def patch(self, path: str, data: JSONValue = None) -> ApiResponse: ...


class ApiContext(Protocol):
    """What ``set_task_percentage`` and ``Account.update`` need of a context."""

    @property
    def api(self) -> ApiClient: ...

    @property
    def module_id(self) -> str | None: ...


class ConnectorContext(ApiContext, Protocol):
    """The ``context`` argument of a connector handler (on CMP, or a ``LocalContext``)."""

    def log(self, message: str, severity: str = ...) -> object: ...
