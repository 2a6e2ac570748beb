"""Exceptions of the façade: answers from CMP, and the errors connectors raise themselves."""

from __future__ import annotations

from typing import ClassVar

__all__ = [
    "CmpApiError",
    "CmpConnectionError",
    "CmpError",
    "ConnectorError",
    "InsufficientPermission",
    "InvalidCredentials",
    "NoBillingReport",
    "SpendError",
]

_BODY_LIMIT = 500


class CmpError(Exception):
    """Talking to CMP failed (the base of :class:`CmpApiError` and :class:`CmpConnectionError`)."""


class CmpApiError(CmpError):
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


class CmpConnectionError(CmpError):
    """CMP could not be reached, or did not answer in time (after any retries).

    Attributes:
        method: The HTTP method of the request.
        path: The path of the request, relative to the CMP API.
    """

    def __init__(self, method: str, path: str, reason: str) -> None:
        self.method = method
        self.path = path
        super().__init__(f"CMP request {method} {path} failed: {reason}")


class ConnectorError(Exception):
    """Base of the errors a connector raises to tell CMP why it cannot run.

    Each subclass has a default message, so ``raise InvalidCredentials()`` is enough.
    """

    default_message: ClassVar[str] = "The connector failed"

    def __init__(self, message: str | None = None) -> None:
        super().__init__(self.default_message if message is None else message)


class InvalidCredentials(ConnectorError):
    """The provider refused the account's credentials."""

    default_message: ClassVar[str] = "Invalid credentials"


class InsufficientPermission(ConnectorError):
    """The credentials are valid but lack a permission the connector needs."""

    default_message: ClassVar[str] = "Insufficient permission"


class NoBillingReport(ConnectorError):
    """The provider has no billing report for the period asked for."""

    default_message: ClassVar[str] = "No billing report available"


class SpendError(ConnectorError):
    """Spend (cost) data could not be read or computed."""

    default_message: ClassVar[str] = "Spend data could not be retrieved"
