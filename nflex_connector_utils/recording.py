"""Recording provider HTTP traffic with vcrpy, with credentials scrubbed before anything is written.

:func:`~nflex_connector_utils.tools.vcr_cassette_context` uses :func:`cassette`; both read
these environment variables:

- ``DEBUG_VCR``: set (non-empty) to record and replay; otherwise nothing is recorded.
- ``VCR_CASSETTE``: the cassette file (``vcr.yaml`` by default).
- ``VCR_RECORD_MODE``: vcrpy's record mode (``new_episodes`` by default).
- ``VCR_KEEP_SECRETS``: set to ``1`` to write credentials as they are (never on shared files).
"""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Mapping
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Final
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

if TYPE_CHECKING:
    from vcr.cassette import Cassette
    from vcr.request import Request

__all__ = [
    "DEFAULT_CASSETTE",
    "DEFAULT_RECORD_MODE",
    "PLACEHOLDER",
    "cassette",
    "is_secret_field",
    "is_secret_header",
    "scrub_request",
    "scrub_response",
]

DEFAULT_CASSETTE: Final = "vcr.yaml"
DEFAULT_RECORD_MODE: Final = "new_episodes"
PLACEHOLDER: Final = "<redacted>"
"""What a credential is replaced with in a cassette."""

_SECRET_HEADER: Final = re.compile(
    r"^(authorization|proxy-authorization|cookie|set-cookie)$|api[-_]?key|token|secret|password|auth",
    re.IGNORECASE,
)
_SECRET_FIELD: Final = re.compile(
    r"token|secret|password|passwd|api[-_]?key|^key$|_key$|access[-_]?key|credential|signature",
    re.IGNORECASE,
)


def is_secret_header(name: str) -> bool:
    """Whether a header carries a credential (Authorization, Cookie, X-Api-Key, ...)."""
    return bool(_SECRET_HEADER.search(name))


def is_secret_field(name: str) -> bool:
    """Whether a query, form or JSON field carries a credential (token, key, secret, ...)."""
    return bool(_SECRET_FIELD.search(name))


def _scrub_json(value: object) -> object:
    if isinstance(value, dict):
        return {
            key: PLACEHOLDER if isinstance(key, str) and is_secret_field(key) and not isinstance(
                item, (dict, list)
            ) else _scrub_json(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_scrub_json(item) for item in value]
    return value


def _scrub_body(body: bytes | str | None, content_type: str) -> bytes | str | None:
    """The body with secret JSON or form fields replaced; other bodies as they are."""
    if not body:
        return body
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    scrubbed: str | None = None
    stripped = text.lstrip()
    if "json" in content_type or stripped.startswith(("{", "[")):
        try:
            scrubbed = json.dumps(_scrub_json(json.loads(text)))
        except ValueError:
            scrubbed = None
    if scrubbed is None and ("form" in content_type or ("=" in text and " " not in text)):
        pairs = parse_qsl(text, keep_blank_values=True)
        if pairs:
            scrubbed = urlencode(
                [(key, PLACEHOLDER if is_secret_field(key) else item) for key, item in pairs]
            )
    if scrubbed is None or scrubbed == text:
        return body
    return scrubbed.encode("utf-8") if isinstance(body, bytes) else scrubbed


def _content_type(headers: Mapping[str, object]) -> str:
    for name, value in headers.items():
        if name.lower() == "content-type":
            return str(value[0] if isinstance(value, list) and value else value).lower()
    return ""


def scrub_request(request: Request) -> Request:
    """Replace credentials in a vcrpy request (a copy): secret headers, query parameters and
    body fields. Used on every request before it is matched or written."""
    headers = request.headers
    for name in list(headers):
        if is_secret_header(name):
            headers[name] = PLACEHOLDER
    parts = urlsplit(request.uri)
    if parts.query:
        query = urlencode(
            [
                (key, PLACEHOLDER if is_secret_field(key) else item)
                for key, item in parse_qsl(parts.query, keep_blank_values=True)
            ]
        )
        request.uri = urlunsplit(parts._replace(query=query))
    request.body = _scrub_body(request.body, _content_type(headers))
    return request


def scrub_response(response: dict[str, object]) -> dict[str, object]:
    """A copy of a vcrpy response with secret headers (Set-Cookie, tokens) and secret JSON
    fields replaced. The live response the caller receives is left untouched."""
    response = copy.deepcopy(response)
    headers = response.get("headers")
    if isinstance(headers, dict):
        for name in list(headers):
            if is_secret_header(name):
                headers[name] = [PLACEHOLDER]
    body = response.get("body")
    if isinstance(body, dict) and isinstance(headers, dict):
        string = body.get("string")
        if isinstance(string, (bytes, str)):
            body["string"] = _scrub_body(string, _content_type(headers))
    return response


def cassette() -> AbstractContextManager[Cassette]:
    """A vcrpy cassette configured from the environment (see the module documentation)."""
    import vcr  # imported here: it patches HTTP libraries and is slow to import

    path = os.environ.get("VCR_CASSETTE") or DEFAULT_CASSETTE
    record_mode = os.environ.get("VCR_RECORD_MODE") or DEFAULT_RECORD_MODE
    if os.environ.get("VCR_KEEP_SECRETS") == "1":
        recorder = vcr.VCR(record_mode=record_mode)
    else:
        recorder = vcr.VCR(
            record_mode=record_mode,
            before_record_request=scrub_request,
            before_record_response=scrub_response,
            decode_compressed_response=True,
        )
    return recorder.use_cassette(path)
