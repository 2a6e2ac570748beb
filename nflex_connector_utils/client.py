"""An HTTP client for the CMP API on ``requests``: what ``context.api`` is when run locally."""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import Final

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from nflex_core.jsontypes import JSONValue

from nflex_connector_utils.errors import CmpConnectionError

__all__ = ["DEFAULT_TIMEOUT", "CmpClient", "QueryParams"]

QueryParams = Mapping[str, "str | int | float | None"]
"""Query parameters of a request."""

DEFAULT_TIMEOUT: Final = 30.0
"""Seconds to wait for a connection, and then for each read, unless told otherwise."""

_IDEMPOTENT: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_RETRY_STATUSES: Final = frozenset({429, 500, 502, 503, 504})
_log = logging.getLogger(__name__)


class _Retry(Retry):
    """urllib3's Retry with a cap on how long a ``Retry-After`` header may make it wait."""

    def __init__(self, *args: object, retry_after_cap: float = 60.0, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]  # forwarded unchanged to urllib3
        self.retry_after_cap = retry_after_cap

    def new(self, **kw: object) -> _Retry:
        retry = super().new(**kw)
        retry.retry_after_cap = self.retry_after_cap
        return retry

    def get_retry_after(self, response: object) -> float | None:
        after = super().get_retry_after(response)  # type: ignore[arg-type]  # an urllib3 response
        return None if after is None else min(after, self.retry_after_cap)


class CmpClient:
    """A CMP API client: JSON bodies, a timeout on every request, retries, TLS verified.

    Authenticate with an API key and secret (HTTP basic auth) or a bearer token. Idempotent
    requests (GET, PUT, DELETE, HEAD, OPTIONS) are retried with exponential backoff on
    connection errors and on 429 and 5xx answers, honouring ``Retry-After`` (capped). POST and
    PATCH are not retried once sent. The credentials never appear in ``repr()``, in log lines or
    in exception messages.

    Args:
        base_url: The CMP API URL; request paths are relative to it.
        api_key: The API key (with ``api_secret``).
        api_secret: The API secret.
        token: A bearer token, instead of a key and secret.
        timeout: Seconds to wait to connect, and then for each read.
        retries: How many times to retry a failed idempotent request.
        backoff_factor: Seconds of the first backoff; each further one doubles it.
        max_retry_after: The longest a ``Retry-After`` header may make a retry wait.
        verify: TLS verification: True (the default), False, or a CA bundle path.

    Raises:
        ValueError: For a base URL that is not http(s), or credentials given in both ways.
    """

    def __init__(
        self,
        base_url: str,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        token: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        retries: int = 3,
        backoff_factor: float = 0.5,
        max_retry_after: float = 60.0,
        verify: bool | str = True,
    ) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(f"CmpClient base_url must start with http:// or https://, got {base_url!r}")
        if token is not None and (api_key is not None or api_secret is not None):
            raise ValueError("CmpClient takes an api_key and api_secret, or a token, not both")
        if (api_key is None) != (api_secret is None):
            raise ValueError("CmpClient needs both api_key and api_secret")
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.verify = verify
        self.session.headers["Accept"] = "application/json"
        if token is not None:
            self.session.headers["Authorization"] = f"Bearer {token}"
        elif api_key is not None and api_secret is not None:
            self.session.auth = (api_key, api_secret)
        retry = _Retry(
            total=retries,
            connect=retries,
            read=retries,
            status=retries,
            other=0,
            allowed_methods=_IDEMPOTENT,
            status_forcelist=_RETRY_STATUSES,
            backoff_factor=backoff_factor,
            respect_retry_after_header=True,
            raise_on_status=False,
            retry_after_cap=max_retry_after,
        )
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)

    def __repr__(self) -> str:
        auth = "token" if "Authorization" in self.session.headers else (
            "api key" if self.session.auth else "none"
        )
        return f"CmpClient({self.base_url!r}, auth={auth}, timeout={self.timeout})"

    def request(
        self, method: str, path: str, data: JSONValue = None, params: QueryParams | None = None
    ) -> requests.Response:
        """Send a request; ``data`` (if not None) is sent as a JSON body.

        Returns:
            The response, whatever its status: callers check ``status_code``.

        Raises:
            CmpConnectionError: When CMP cannot be reached or does not answer in time, after
                any retries. Its message names the method and path, never a credential.
        """
        url = f"{self.base_url}/{path.lstrip('/')}"
        started = time.monotonic()
        try:
            response = self.session.request(
                method, url, json=data, params=params, timeout=self.timeout
            )
        except requests.Timeout:
            raise CmpConnectionError(method, path, f"no answer within {self.timeout:g}s") from None
        except requests.RequestException as error:
            # The exception's text holds the full URL (query included): name its kind only.
            raise CmpConnectionError(method, path, type(error).__name__) from None
        _log.debug(
            "%s %s -> %s in %.3fs", method, path, response.status_code, time.monotonic() - started
        )
        return response

    def get(self, path: str, data: JSONValue = None, params: QueryParams | None = None) -> requests.Response:
        """GET ``path``."""
        return self.request("GET", path, data, params)

    def post(self, path: str, data: JSONValue = None, params: QueryParams | None = None) -> requests.Response:
        """POST ``data`` to ``path``."""
        return self.request("POST", path, data, params)

    def put(self, path: str, data: JSONValue = None, params: QueryParams | None = None) -> requests.Response:
        """PUT ``data`` to ``path``."""
        return self.request("PUT", path, data, params)

    def patch(self, path: str, data: JSONValue = None, params: QueryParams | None = None) -> requests.Response:
        """PATCH ``path`` with ``data``."""
        return self.request("PATCH", path, data, params)

    def delete(self, path: str, data: JSONValue = None, params: QueryParams | None = None) -> requests.Response:
        """DELETE ``path``."""
        return self.request("DELETE", path, data, params)

    def close(self) -> None:
        """Close the connections of the session."""
        self.session.close()
