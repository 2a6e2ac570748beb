"""The local loop: LocalContext, its offline API, Logger, setup_time_interval, error classes."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import pytest

import nflex_connector_utils as ncu
from nflex_connector_utils import _clock
from nflex_connector_utils.local import OfflineCall, api_from_environment
from nflex_core.intervals import time_interval

NOW = datetime(2026, 12, 4, 12, 0, 0)


# --- LocalContext ------------------------------------------------------------------------


def test_offline_context_records_calls_and_answers_200() -> None:
    """Without CMP_URL the api records every call and answers 200 with null."""
    context = ncu.LocalContext(environ={})
    assert isinstance(context.api, ncu.OfflineApi)
    assert context.module_id is None
    response = context.api.post(path="/tasks/t/update", data={"percentage": 5})
    assert (response.status_code, response.text, response.json()) == (200, "null", None)
    ncu.set_task_percentage(context, "t", 10)
    assert context.api.calls == [
        OfflineCall("POST", "/tasks/t/update", {"percentage": 5}),
        OfflineCall("POST", "/tasks/t/update", {"percentage": 10}),
    ]


@pytest.mark.parametrize(
    ("environ", "auth"),
    [
        ({"CMP_URL": "https://cmp.example", "CMP_TOKEN": "t"}, "token"),
        ({"CMP_URL": "https://cmp.example", "CMP_API_KEY": "k", "CMP_API_SECRET": "s"}, "api key"),
    ],
)
def test_environment_selects_a_real_client(environ: dict[str, str], auth: str) -> None:
    """CMP_URL with a token or a key and secret gives a CmpClient."""
    api = api_from_environment(environ)
    assert isinstance(api, ncu.CmpClient)
    assert api.base_url == "https://cmp.example" and f"auth={auth}" in repr(api)


def test_cmp_url_without_credentials_is_an_error() -> None:
    """CMP_URL alone is refused with a message naming the variables to set."""
    with pytest.raises(ValueError, match="CMP_API_KEY"):
        api_from_environment({"CMP_URL": "https://cmp.example"})


def test_state_secrets_config_and_log() -> None:
    """state get/set/delete in memory (JSON values only); secrets and config; log lines."""
    stream = io.StringIO()
    context = ncu.LocalContext(
        environ={}, secrets={"password": "p"}, config={"region": "eu"}, log_stream=stream
    )
    context.state.set("cursor", {"page": 2})
    assert context.state.get("cursor") == {"page": 2}
    context.state.delete("cursor")
    context.state.delete("missing")
    assert context.state.get("cursor", "none") == "none"
    with pytest.raises(ValueError):
        context.state.set("bad", float("nan"))
    assert context.secrets == {"password": "p"} and context.config == {"region": "eu"}
    context.log("hello", "warning")
    assert stream.getvalue() == "warning\thello\n"


# --- Logger ------------------------------------------------------------------------------


@dataclass
class _PlatformContext:
    module_id: str | None = "module-1"
    lines: list[tuple[str, str]] = field(default_factory=list)

    def log(self, message: str, severity: str = "info") -> None:
        self.lines.append((severity, message))


def test_logger_uses_context_log_on_the_platform() -> None:
    """With a module_id, lines go to context.log with their severity and prefix."""
    context = _PlatformContext()
    logger = ncu.Logger(context, "cust-1", "acc-1", resource_id="srv-1")
    logger.info("started")
    logger.warn("slow")
    logger.error("failed")
    assert context.lines == [
        ("info", "[customer=cust-1 account=acc-1 resource=srv-1] started"),
        ("warning", "[customer=cust-1 account=acc-1 resource=srv-1] slow"),
        ("error", "[customer=cust-1 account=acc-1 resource=srv-1] failed"),
    ]


def test_logger_prints_locally(capsys: pytest.CaptureFixture[str]) -> None:
    """Without a module_id, lines are printed as <severity>\\t<message>."""
    logger = ncu.Logger(_PlatformContext(module_id=None), "c", "a")
    logger.info("hello")
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        logger.exception("it broke")
    out = capsys.readouterr().out
    assert out.startswith("info\t[customer=c account=a] hello\nerror\t[customer=c account=a] it broke\n")
    assert "RuntimeError: boom" in out


# --- Time intervals ----------------------------------------------------------------------


def test_first_run_covers_the_poll_interval_and_initial_interval() -> None:
    """No last_update: start = end - (poll_interval + initial_interval); end = now - skew."""
    start, end = time_interval({"poll_interval": 600}, NOW, initial_interval=60, skew=30)
    assert end == NOW - timedelta(seconds=30)
    assert start == end - timedelta(seconds=660)


def test_poll_interval_sources() -> None:
    """poll_interval from the event, else from event['resource'], else 900."""
    assert time_interval({"resource": {"poll_interval": 120}}, NOW)[0] == NOW - timedelta(seconds=120)
    assert time_interval({}, NOW)[0] == NOW - timedelta(seconds=900)


def test_last_update_starts_the_window_and_backfill_limits_it() -> None:
    """With last_update, start is it; more than backfill_time ago, end = start + backfill."""
    event = {"last_update": "2026-12-04T11:00:00.000000Z"}
    start, end = time_interval(event, NOW)
    assert (start, end) == (datetime(2026, 12, 4, 11), NOW)
    start, end = time_interval(event, NOW, backfill_time=600)
    assert (start, end) == (datetime(2026, 12, 4, 11), datetime(2026, 12, 4, 11, 10))
    assert time_interval(event, NOW, backfill_time=7200)[1] == NOW


def test_aware_now_is_converted_to_naive_utc() -> None:
    """An aware now gives naive UTC datetimes."""
    now = datetime(2026, 12, 4, 14, 0, tzinfo=timezone(timedelta(hours=2)))
    assert time_interval({}, now)[1] == NOW


@pytest.mark.parametrize(
    ("event", "skew", "error", "words"),
    [
        ({"last_update": "yesterday"}, 0, ValueError, "does not match the format"),
        ({"last_update": 5}, 0, TypeError, "last_update"),
        ({"poll_interval": "soon"}, 0, TypeError, "poll_interval"),
        ({}, -1, ValueError, "skew"),
    ],
)
def test_time_interval_refuses_bad_input(
    event: dict[str, object], skew: float, error: type[Exception], words: str
) -> None:
    """Bad last_update values and durations raise with a message naming them."""
    with pytest.raises(error, match=words):
        time_interval(event, NOW, skew=skew)


def test_setup_time_interval_reads_the_clock_and_logs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The façade function uses the clock and logs the window to the given logger."""
    monkeypatch.setattr(_clock, "now", lambda: NOW.replace(tzinfo=timezone.utc))
    context = _PlatformContext()
    start, end = ncu.setup_time_interval({}, logger=ncu.Logger(context, "c", "a"))
    assert (start, end) == (NOW - timedelta(seconds=900), NOW)
    assert context.lines == [("info", "[customer=c account=a] Time interval: 2026-12-04T11:45:00 to 2026-12-04T12:00:00")]


# --- Errors connectors raise -------------------------------------------------------------


@pytest.mark.parametrize(
    ("cls", "message"),
    [
        (ncu.InvalidCredentials, "Invalid credentials"),
        (ncu.InsufficientPermission, "Insufficient permission"),
        (ncu.NoBillingReport, "No billing report available"),
        (ncu.SpendError, "Spend data could not be retrieved"),
    ],
)
def test_connector_errors_have_default_messages(cls: type[ncu.ConnectorError], message: str) -> None:
    """Each error has a default message and takes a custom one."""
    assert str(cls()) == message
    assert str(cls("custom")) == "custom"
    assert issubclass(cls, ncu.ConnectorError)
