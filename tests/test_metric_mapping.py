"""load_metric_mapping, ParsedEntry and the compatibility parser classes."""

from __future__ import annotations

from pathlib import Path

import pytest

import nflex_connector_utils as ncu
from nflex_connector_utils.parser import (
    CaseExpressionParser,
    ExpressionParser,
    SimpleExpressionParser,
    TernaryExpressionParser,
)
from nflex_core import NflexInputWarning, parse_metric_mapping

MAPPING = """\
cpu.utilization:
  name: cpu-usage
  unit: percent
  counter: false
  specialisation: cpu
  conversion_expr: value * 10
net.bytes_in:
  name: network-in
  unit: bytes
  counter: true
alarm.level:
  name: alarm
  conversion_expr: 1 if value > 100 else 0
disk.ratio:
  name: disk-ratio
  conversion_expr: CASE WHEN disk_avail = 0 THEN NULL ELSE disk_used / disk_avail END
bare:
"""


def _write(tmp_path: Path, text: str, name: str = "mapping.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_load_and_convert(tmp_path: Path) -> None:
    """Entries convert values and expose their CMP details, with defaults."""
    mapping = ncu.load_metric_mapping(str(_write(tmp_path, MAPPING)))
    assert sorted(mapping) == ["alarm.level", "bare", "cpu.utilization", "disk.ratio", "net.bytes_in"]
    cpu = mapping["cpu.utilization"]
    assert (cpu.name(), cpu.unit(), cpu.counter(), cpu.specialisation()) == ("cpu-usage", "percent", False, "cpu")
    assert cpu.value(value=4.2) == 42.0 and cpu.convert(value=1) == 10.0
    assert mapping["net.bytes_in"].counter() is True
    assert mapping["net.bytes_in"].value(value=123) == 123  # no conversion: unchanged
    assert [mapping["alarm.level"].value(value=v) for v in (50, 150)] == [0.0, 1.0]
    ratio = mapping["disk.ratio"]
    assert ratio.value(disk_used=30, disk_avail=60) == 0.5
    assert ratio.value(disk_used=30, disk_avail=0) is None
    bare = mapping["bare"]
    assert (bare.name(), bare.unit(), bare.counter(), bare.specialisation()) == ("", "", False, "")


def test_default_file_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without an argument, mapping.yaml in the working folder is read."""
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, "m:\n  name: x\n")
    assert ncu.load_metric_mapping()["m"].name() == "x"


def test_missing_variable_in_conversion(tmp_path: Path) -> None:
    """A conversion naming a variable not given raises VariableLookupError naming it."""
    mapping = ncu.load_metric_mapping(_write(tmp_path, MAPPING))
    with pytest.raises(ncu.VariableLookupError, match="disk_avail"):
        mapping["disk.ratio"].value(disk_used=1)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("m:\n  conversion_expr: value * * 2\n", ["mapping.yaml", "'m'", "invalid conversion_expr", "column 9"]),
        ("m:\n  conversion_expr: CASE WHEN value THEN 1 END\n", ["'m'", "expected a condition"]),
        ("- a\n- b\n", ["mapping.yaml", "mapping of metric names"]),
        ("m: 5\n", ["'m'", "expected a mapping"]),
        ("m:\n  counter: maybe\n", ["'m'", "counter must be true or false"]),
        ("m:\n  name: [1, 2]\n", ["'m'", "name must be text"]),
        ("m: {name: x\n", ["not valid YAML"]),
        ("", ["mapping of metric names", "NoneType"]),
    ],
)
def test_bad_files_fail_at_load_time(tmp_path: Path, text: str, words: list[str]) -> None:
    """Invalid expressions, shapes and values fail when loading, naming file, metric, problem."""
    with pytest.raises(ncu.MetricMappingError) as raised:
        ncu.load_metric_mapping(_write(tmp_path, text))
    for word in words:
        assert word in str(raised.value)


def test_missing_file(tmp_path: Path) -> None:
    """A missing file fails with an error naming it."""
    with pytest.raises(ncu.MetricMappingError, match="nowhere.yaml"):
        ncu.load_metric_mapping(tmp_path / "nowhere.yaml")


def test_unknown_keys_are_left_out_with_a_warning(tmp_path: Path) -> None:
    """An old mapping's extra keys are ignored, with a warning naming them."""
    with pytest.warns(NflexInputWarning, match="'legacy_scale'"):
        mapping = ncu.load_metric_mapping(_write(tmp_path, "m:\n  name: x\n  legacy_scale: 3\n"))
    assert mapping["m"].name() == "x"


def test_parse_metric_mapping_is_pure() -> None:
    """The core function takes a dict and parses the expressions."""
    entries = parse_metric_mapping({"m": {"name": "x", "conversion_expr": "value / 2"}}, source="dict")
    assert entries["m"].conversion is not None and entries["m"].conversion_expr == "value / 2"


@pytest.mark.parametrize(
    ("parser", "accepted", "refused"),
    [
        (ExpressionParser(), ["value * 10", "-(a + 2) ^ 2"], ["1 if a > 1 else 0", "CASE WHEN a > 1 THEN 1 END", "1 +"]),
        (TernaryExpressionParser(), ["1 if a > 1 else 0"], ["value * 10", "CASE WHEN a > 1 THEN 1 END", "1 if a else 0"]),
        (SimpleExpressionParser(), ["1 if a > 1 else 0", "value * 10"], ["CASE WHEN a > 1 THEN 1 END", "a >"]),
        (CaseExpressionParser(), ["CASE WHEN a > 1 THEN 1 END", "CASE WHEN a > 1 THEN 1 END * 8"], ["value * 10", "CASE END"]),
    ],
)
def test_compat_parsers(parser: ExpressionParser, accepted: list[str], refused: list[str]) -> None:
    """Each parser class returns an object with evaluate() for what it takes, None otherwise."""
    for text in accepted:
        parsed = parser.parse(text)
        assert parsed is not None, text
        assert isinstance(parsed.evaluate({"a": 2, "value": 3}), float)
    for text in refused:
        assert parser.parse(text) is None, text
