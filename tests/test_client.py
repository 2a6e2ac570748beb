"""CmpClient, set_task_percentage and Account.update against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import base64
import logging
import re
import time
from collections.abc import Callable

import pytest

import nflex_connector_utils as ncu
from tests.httpserver import Answer, Script, serve

KEY, SECRET, TOKEN = "key-7f3a", "secret-91bd", "token-c0ffee"


def _client(url: str, **kwargs: object) -> ncu.CmpClient:
    options: dict[str, object] = {"api_key": KEY, "api_secret": SECRET, "backoff_factor": 0.01}
    options.update(kwargs)
    return ncu.CmpClient(url, **options)  # type: ignore[arg-type]  # test options of the right types


def test_success_sends_json_and_basic_auth() -> None:
    """A POST carries the JSON body and the basic auth header; the response comes back."""
    script = Script([Answer(200, '{"ok": true}')])
    with serve(script) as url:
        response = _client(url).post(path="/things", data={"a": [1, 2]}, params={"q": "x"})
    assert response.status_code == 200 and response.json() == {"ok": True}
    (received,) = script.received
    assert (received.method, received.path) == ("POST", "/things?q=x")
    assert received.json() == {"a": [1, 2]}
    assert received.headers["authorization"] == "Basic " + base64.b64encode(
        f"{KEY}:{SECRET}".encode()
    ).decode()
    assert received.headers["content-type"] == "application/json"


def test_bearer_token() -> None:
    """With a token, requests carry `Authorization: Bearer <token>`."""
    script = Script()
    with serve(script) as url:
        ncu.CmpClient(url, token=TOKEN).get("status")
    assert script.received[0].headers["authorization"] == f"Bearer {TOKEN}"
    assert script.received[0].path == "/status"


def test_get_is_retried_on_500_then_succeeds() -> None:
    """An idempotent request is retried on 5xx until it succeeds."""
    script = Script([Answer(500, "oops"), Answer(503, "busy"), Answer(200, "[1]")])
    with serve(script) as url:
        response = _client(url).get("/items")
    assert response.status_code == 200
    assert [r.method for r in script.received] == ["GET", "GET", "GET"]


def test_post_is_not_retried_on_500() -> None:
    """A POST answered 500 is returned at once, not sent again."""
    script = Script([Answer(500, "oops"), Answer(200)])
    with serve(script) as url:
        response = _client(url).post("/items", data={})
    assert response.status_code == 500
    assert len(script.received) == 1


def test_retries_end_with_the_last_answer() -> None:
    """When every try fails, the last answer is returned after `retries` retries."""
    script = Script([Answer(502, "bad gateway")])
    with serve(script) as url:
        response = _client(url, retries=2).get("/items")
    assert response.status_code == 502
    assert len(script.received) == 3


def test_429_honours_retry_after() -> None:
    """A 429 with Retry-After waits that long (capped) before the retry."""
    script = Script([Answer(429, "slow down", (("Retry-After", "1"),)), Answer(200)])
    with serve(script) as url:
        started = time.monotonic()
        response = _client(url).get("/items")
        elapsed = time.monotonic() - started
    assert response.status_code == 200 and len(script.received) == 2
    assert 0.9 <= elapsed < 10


def test_retry_after_is_capped() -> None:
    """A huge Retry-After does not make the client wait longer than max_retry_after."""
    script = Script([Answer(429, "", (("Retry-After", "3600"),)), Answer(200)])
    with serve(script) as url:
        started = time.monotonic()
        response = _client(url, max_retry_after=0.2).get("/items")
    assert response.status_code == 200
    assert time.monotonic() - started < 5


def test_closed_connection_raises_a_clean_error() -> None:
    """A server that closes the connection ends in CmpConnectionError, credentials unnamed."""
    script = Script([Answer(close=True)])
    with serve(script) as url:
        with pytest.raises(ncu.CmpConnectionError) as raised:
            _client(url, retries=1).get("/items", params={"token": TOKEN})
    assert len(script.received) == 2  # retried once
    for secret in (KEY, SECRET, TOKEN):
        assert secret not in str(raised.value)
    assert "GET /items" in str(raised.value)


def test_a_server_that_never_answers_times_out() -> None:
    """A request with no answer ends after the timeout (POST: no retry)."""
    script = Script([Answer(hang=3)])
    with serve(script) as url:
        started = time.monotonic()
        with pytest.raises(ncu.CmpConnectionError, match="no answer within 0.3s"):
            _client(url, timeout=0.3).post("/slow", data={"x": 1})
        assert time.monotonic() - started < 2.5
    assert len(script.received) == 1


def test_credentials_never_in_repr_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    """repr() and every log line (urllib3's included) name the URL and the auth kind, never
    the key, secret or token; our own lines leave out query strings too."""
    caplog.set_level(logging.DEBUG)
    script = Script()
    with serve(script) as url:
        client = _client(url)
        client.get("/x", params={"signature": "sig-123"})
        bearer = ncu.CmpClient(url, token=TOKEN)
        bearer.get("/y")
    text = repr(client) + repr(bearer) + caplog.text
    assert "api key" in repr(client) and "auth=token" in repr(bearer)
    assert "GET /x -> 200" in caplog.text
    for secret in (KEY, SECRET, TOKEN):
        assert secret not in text
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("nflex_connector_utils")]
    assert ours and not any("sig-123" in line for line in ours)


@pytest.mark.parametrize(
    "kwargs",
    [{"api_key": "k"}, {"token": "t", "api_key": "k", "api_secret": "s"}, {"base_url": "ftp://x"}],
)
def test_client_refuses_bad_configuration(kwargs: dict[str, str]) -> None:
    """Half credentials, both kinds at once, or a non-HTTP URL are refused."""
    arguments = {"base_url": "http://127.0.0.1"} | kwargs
    with pytest.raises(ValueError):
        ncu.CmpClient(**arguments)  # type: ignore[arg-type]  # test arguments


# --- The documented calls over the real client -------------------------------------------


def _context(url: str) -> ncu.LocalContext:
    return ncu.LocalContext(_client(url), module_id="module-1")


def test_set_task_percentage_over_http() -> None:
    """POST /tasks/<id>/update with {"percentage": p}, authenticated."""
    script = Script()
    with serve(script) as url:
        ncu.set_task_percentage(_context(url), "task-9", 40)
    (received,) = script.received
    assert (received.method, received.path, received.json()) == (
        "POST", "/tasks/task-9/update", {"percentage": 40}
    )
    assert received.headers["authorization"].startswith("Basic ")


def test_set_task_percentage_raises_the_documented_error() -> None:
    """A 500 raises CmpApiError with `Got bad response from tasks API: 500, <body>`."""
    script = Script([Answer(500, '{"detail": "broken"}')])
    with serve(script) as url:
        with pytest.raises(ncu.CmpApiError, match='Got bad response from tasks API: 500, {"detail": "broken"}'):
            ncu.set_task_percentage(_context(url), "task-9", 40)
    assert len(script.received) == 1


def test_account_update_over_http() -> None:
    """PATCH /accounts/<id>/resource with the serialized account; errors name the API."""
    script = Script([Answer(200), Answer(403, "forbidden")])
    account = ncu.Account(id="acc-1", metadata=ncu.Metadata([("plan", "gold")]))
    with serve(script) as url:
        account.update(context=_context(url), account_id="acc-1")
        with pytest.raises(ncu.CmpApiError, match="Got bad response from account API: 403, forbidden"):
            account.update(_context(url), "acc-1")
    assert script.received[0].method == "PATCH"
    assert script.received[0].path == "/accounts/acc-1/resource"
    assert script.received[0].json() == {"id": "acc-1", "metadata": {"provider_specific": {"plan": "gold"}}}


def test_cmp_api_error_body_is_bounded() -> None:
    """A long body is cut in the error message."""
    script = Script([Answer(500, "x" * 5000)])
    with serve(script) as url:
        with pytest.raises(ncu.CmpApiError) as raised:
            ncu.set_task_percentage(_context(url), "t", 1)
    assert len(str(raised.value)) < 700 and raised.value.status_code == 500


FAILURES = [
    (Answer(500, "down"), ncu.CmpApiError, "bad response from {api} API: 500, down"),
    (Answer(429, "later", (("Retry-After", "1"),)), ncu.CmpApiError, "{api} API: 429, later"),
    (Answer(close=True), ncu.CmpConnectionError, "{method} {path} failed"),
    (Answer(hang=3), ncu.CmpConnectionError, "no answer within 0.3s"),
]
CALLS = [
    ("tasks", "POST", "/tasks/t-1/update", {"percentage": 75},
     lambda context: ncu.set_task_percentage(context, "t-1", 75)),
    ("account", "PATCH", "/accounts/a-1/resource", {"id": "a-1"},
     lambda context: ncu.Account(id="a-1").update(context, "a-1")),
]


@pytest.mark.parametrize(("answer", "error", "words"), FAILURES)
@pytest.mark.parametrize(("api", "method", "path", "body", "call"), CALLS, ids=["tasks", "account"])
def test_cmp_failures_end_in_the_documented_error_in_bounded_time(
    answer: Answer, error: type[Exception], words: str, api: str, method: str, path: str,
    body: object, call: Callable[[ncu.LocalContext], None],
) -> None:
    """set_task_percentage and Account.update: 500, 429 with Retry-After, a closed connection
    and no answer each end quickly (POST and PATCH are not retried) in their exception."""
    script = Script([answer])
    with serve(script) as url:
        context = ncu.LocalContext(_client(url, timeout=0.3), module_id="m")
        started = time.monotonic()
        with pytest.raises(error, match=re.escape(words.format(api=api, method=method, path=path))):
            call(context)
        assert time.monotonic() - started < 2.5
    assert [(r.method, r.path, r.json()) for r in script.received] == [(method, path, body)]
