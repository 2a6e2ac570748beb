"""Log lines that say which customer, account and resource they are about: :class:`Logger`."""

from __future__ import annotations

import sys
import traceback
from typing import Protocol

__all__ = ["LoggingContext", "Logger"]


class LoggingContext(Protocol):
    """What :class:`Logger` needs of a context."""

    @property
    def module_id(self) -> str | None: ...

    def log(self, message: str, severity: str = ...) -> object: ...


class Logger:
    """Logs through ``context.log`` on CMP, or prints ``<severity>\\t<message>`` locally.

    Each line starts with ``[customer=... account=... resource=...]`` (the resource only when
    given).

    Args:
        context: The connector's context.
        customer_id: The CMP customer.
        account_id: The CMP account.
        resource_id: The resource the lines are about, if any.
    """

    def __init__(
        self,
        context: LoggingContext,
        customer_id: str | None,
        account_id: str | None,
        resource_id: str | None = None,
    ) -> None:
        self.context = context
        self.customer_id = customer_id
        self.account_id = account_id
        self.resource_id = resource_id
        parts = [f"customer={customer_id}", f"account={account_id}"]
        if resource_id is not None:
            parts.append(f"resource={resource_id}")
        self.prefix = f"[{' '.join(parts)}]"

    def _emit(self, severity: str, message: str) -> None:
        line = f"{self.prefix} {message}"
        if self.context.module_id is not None:
            self.context.log(line, severity)
        else:
            sys.stdout.write(f"{severity}\t{line}\n")
            sys.stdout.flush()

    def info(self, message: str) -> None:
        """Log at severity ``info``."""
        self._emit("info", message)

    def warn(self, message: str) -> None:
        """Log at severity ``warning``."""
        self._emit("warning", message)

    warning = warn

    def error(self, message: str) -> None:
        """Log at severity ``error``."""
        self._emit("error", message)

    def exception(self, message: str) -> None:
        """Log at severity ``error``, with the traceback of the exception being handled."""
        details = traceback.format_exc()
        if details.strip() != "NoneType: None":
            message = f"{message}\n{details.rstrip()}"
        self._emit("error", message)
