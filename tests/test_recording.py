"""Recording with vcr_cassette_context: nothing secret is written, and the cassette replays."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import requests

import nflex_connector_utils as ncu
from nflex_connector_utils.recording import PLACEHOLDER, is_secret_field, is_secret_header
from tests.httpserver import Answer, Script, serve

SECRETS = ("hdr-apikey-111", "bearer-222", "cookie-333", "query-token-444", "body-pw-555",
           "set-cookie-666", "resp-token-777", "form-secret-888")


@ncu.vcr_cassette_context
def call_provider(url: str) -> tuple[int, dict[str, object], dict[str, str]]:
    session = requests.Session()
    session.headers["X-Api-Key"] = "hdr-apikey-111"
    session.headers["Authorization"] = "Bearer bearer-222"
    session.cookies.set("session", "cookie-333")
    first = session.post(
        f"{url}/v1/login", params={"access_token": "query-token-444", "page": "2"},
        json={"user": "ann", "password": "body-pw-555"}, timeout=5,
    )
    session.post(f"{url}/v1/form", data={"client_secret": "form-secret-888", "scope": "read"}, timeout=5)
    return first.status_code, first.json(), dict(first.headers)


def test_cassette_holds_no_credential_and_replays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Credentials in headers, cookies, query, JSON and form bodies and in the response are
    replaced before writing; with the server stopped the cassette answers instead."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DEBUG_VCR", "1")
    monkeypatch.setenv("VCR_CASSETTE", "cassettes/provider.yaml")
    body = json.dumps({"access_token": "resp-token-777", "user": "ann"})
    script = Script([
        Answer(200, body, (("Content-Type", "application/json"), ("Set-Cookie", "sid=set-cookie-666"))),
        Answer(200, "{}"),
    ])
    with serve(script) as url:
        status, live, headers = call_provider(url)
    assert status == 200 and live["access_token"] == "resp-token-777"  # the caller sees it all
    assert "set-cookie-666" in headers["Set-Cookie"]
    assert script.received[0].json() == {"user": "ann", "password": "body-pw-555"}

    written = (tmp_path / "cassettes" / "provider.yaml").read_text()
    for secret in SECRETS:
        assert secret not in written, secret
    assert PLACEHOLDER in written and "ann" in written and "page=2" in written

    replay_script = Script()
    with serve(replay_script) as stopped_url:
        pass  # the server is stopped: nothing answers on this port any more
    status, replayed, _ = call_provider(url)  # same URL as recorded; its server is gone
    assert status == 200
    assert replayed == {"access_token": PLACEHOLDER, "user": "ann"}
    assert replay_script.received == [] and stopped_url != url


def test_keep_secrets_writes_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """VCR_KEEP_SECRETS=1 turns scrubbing off (for private cassettes only)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DEBUG_VCR", "1")
    monkeypatch.setenv("VCR_KEEP_SECRETS", "1")
    with serve(Script([Answer(200, "{}")])) as url:
        call_provider(url)
    assert "hdr-apikey-111" in (tmp_path / "vcr.yaml").read_text()


def test_record_mode_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """VCR_RECORD_MODE=none replays only: a request not in the cassette fails."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DEBUG_VCR", "1")
    monkeypatch.setenv("VCR_RECORD_MODE", "none")
    with serve(Script()) as url:
        with pytest.raises(Exception, match="(?i)cassette"):
            call_provider(url)


@pytest.mark.parametrize(
    ("name", "secret"),
    [("Authorization", True), ("Cookie", True), ("Set-Cookie", True), ("X-Api-Key", True),
     ("X-Auth-Token", True), ("Content-Type", False), ("Accept", False)],
)
def test_secret_headers(name: str, secret: bool) -> None:
    """Which headers count as credentials."""
    assert is_secret_header(name) is secret


@pytest.mark.parametrize(
    ("name", "secret"),
    [("token", True), ("access_token", True), ("api_key", True), ("apikey", True), ("key", True),
     ("client_secret", True), ("password", True), ("page", False), ("user", False), ("region", False)],
)
def test_secret_fields(name: str, secret: bool) -> None:
    """Which query, form and JSON fields count as credentials."""
    assert is_secret_field(name) is secret
