"""`python -m nflex_connector_utils run`, tested as a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from nflex_core.wirecheck import resource_problems

ROOT = Path(__file__).resolve().parent.parent


def _run(
    *arguments: str, cwd: Path = ROOT, stdin: str | None = None, **extra_env: str
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CMP_", "DEBUG_VCR"))}
    env.update(extra_env)
    return subprocess.run(
        [sys.executable, "-m", "nflex_connector_utils", "run", *arguments],
        capture_output=True, text=True, timeout=60, cwd=cwd, env=env, input=stdin,
    )


def test_example_connector_runs_offline() -> None:
    """The shipped example prints its resources as JSON; logs go to stderr; exit 0."""
    result = _run("examples/connector.py:get_resources")
    assert result.returncode == 0, result.stderr
    resources = json.loads(result.stdout)
    assert [r["type"] for r in resources] == ["network", "volume", "server"]
    assert all(resource_problems(r) == [] for r in resources)
    assert "1 instance(s) found" in result.stderr
    assert "ok: 3 resource(s)" in result.stderr


def test_event_file_and_module_form(tmp_path: Path) -> None:
    """--event passes a JSON file; `module.function` loads from the working folder."""
    (tmp_path / "main.py").write_text(
        "def handler(event, context):\n"
        "    context.api.post(path='/x', data=event)\n"
        "    return {'event': event, 'calls': len(context.api.calls)}\n"
    )
    (tmp_path / "event.json").write_text('{"task_id": "t-1"}')
    result = _run("main.handler", "--event", "event.json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"event": {"task_id": "t-1"}, "calls": 1}
    result = _run("main.handler", "--event", "-", cwd=tmp_path, stdin='{"a": 1}')
    assert json.loads(result.stdout)["event"] == {"a": 1}


def test_a_handler_that_raises(tmp_path: Path) -> None:
    """A raising handler: traceback and a clear message on stderr, exit 1, nothing on stdout."""
    (tmp_path / "bad.py").write_text(
        "def get_resources(event, context):\n    raise RuntimeError('provider is down')\n"
    )
    result = _run(f"{tmp_path / 'bad.py'}:get_resources")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "RuntimeError: provider is down" in result.stderr
    assert "raised an exception" in result.stderr


def test_a_handler_returning_non_json(tmp_path: Path) -> None:
    """A value JSON cannot carry is named by its path; exit 1."""
    (tmp_path / "odd.py").write_text(
        "import datetime\n"
        "def get(event, context):\n"
        "    return [{'id': 'x', 'when': datetime.datetime(2020, 1, 1)}]\n"
    )
    result = _run(f"{tmp_path / 'odd.py'}:get")
    assert result.returncode == 1
    assert "not JSON: at $[0]['when'] (datetime)" in result.stderr


def test_a_malformed_resource_is_reported(tmp_path: Path) -> None:
    """Problems are reported with the resource's index and the field; exit 1."""
    (tmp_path / "conn.py").write_text(
        "from nflex_connector_utils import Server, serialize_list\n"
        "def get_resources(event, context):\n"
        "    good = serialize_list([Server(id='s1', name='ok')])\n"
        "    bad = {'id': '', 'type': 'server', 'base': {'name': 3, 'last_seen_at': 'now'},\n"
        "           'details': {'volume': {}}}\n"
        "    return good + [bad]\n"
    )
    result = _run(f"{tmp_path / 'conn.py'}:get_resources")
    assert result.returncode == 1
    assert len(json.loads(result.stdout)) == 2
    for expected in (
        "resource 1: id: expected a non-empty string",
        "resource 1: base.name: expected a string, got 3",
        "resource 1: base.last_seen_at: expected an RFC 3339 timestamp, got 'now'",
        "resource 1: details: expected the one key 'server'",
    ):
        assert expected in result.stderr
    assert "resource 0" not in result.stderr


@pytest.mark.parametrize(
    ("handler", "message"),
    [
        ("missing.py:get_resources", "no file 'missing.py'"),
        ("examples/connector.py:nothing", "has no function 'nothing'"),
        ("no_such_module.get", "cannot import 'no_such_module'"),
        ("justaname", "must look like"),
    ],
)
def test_a_handler_that_cannot_be_loaded(handler: str, message: str) -> None:
    """Loading problems exit 2 with a message saying what is missing."""
    result = _run(handler)
    assert result.returncode == 2
    assert message in result.stderr


def test_resource_problems_accepts_every_wire_shape() -> None:
    """The checker accepts a generic resource without details and a detailed one with them."""
    generic = {"id": "z", "type": "dns_zone", "base": {"name": "z", "last_seen_at": "2026-01-01T00:00:00Z",
               "provider_created_at": "2020-01-01T00:00:00.5+01:00"}, "connections": {}, "metadata": {}}
    assert resource_problems(generic) == []
    assert resource_problems([]) == ["(resource): expected an object, got list"]
    server = dict(generic, type="server")
    assert resource_problems(server) == ["details: expected an object with the key 'server', got nothing"]


def test_cmp_url_without_credentials_is_a_usage_error() -> None:
    """A half-configured environment is reported before the handler runs; exit 2."""
    result = _run("examples/connector.py:get_resources", CMP_URL="https://cmp.example")
    assert result.returncode == 2
    assert "CMP_API_KEY" in result.stderr and result.stdout == ""
