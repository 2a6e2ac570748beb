"""Exceptions raised by the façade when talking to CMP."""

from __future__ import annotations

__all__ = ["CmpApiError"]

_BODY_LIMIT = 500


class CmpApiError(RuntimeError):
    """CMP answered a request with an unexpected status.

    Attributes:
        status_code: The HTTP status of the answer.
        method: The HTTP method of the request.
        path: The path of the request, relative to the CMP API.
        body: The start of the answer's body (at most 500 characters).
    """

    def __init__(self, what: str, status_code: int, body: str, method: str, path: str) -> None:
        self.status_code = status_code
        self.method = method
        self.path = path
        self.body = body if len(body) <= _BODY_LIMIT else body[:_BODY_LIMIT] + "..."
        super().__init__(
            f"Got bad response from {what} API: {status_code}, {self.body} ({method} {path})"
        )
