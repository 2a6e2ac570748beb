"""Static typing: mypy --strict is clean, and catches the mistakes users make."""

from __future__ import annotations

import os
import re
from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parent.parent
MISTAKES = ROOT / "tests" / "typing_cases" / "mistakes.py"
IGNORE = re.compile(r"  # type: ignore\[([\w-]+)\]$")


def _mypy(*arguments: str) -> tuple[str, int]:
    # The configuration's `files` are relative to the project root.
    previous = os.getcwd()
    os.chdir(ROOT)
    try:
        stdout, stderr, status = api.run(["--config-file", str(ROOT / "pyproject.toml"), *arguments])
    finally:
        os.chdir(previous)
    return stdout + stderr, status


def test_mypy_strict_is_clean() -> None:
    """mypy --strict (the project's configuration, with warn_unused_ignores) reports nothing
    over nflex_core, nflex_connector_utils and tests — the typing cases included."""
    output, status = _mypy()
    assert status == 0, output
    assert "Success" in output


def test_mypy_reports_each_user_mistake(tmp_path: Path) -> None:
    """With the ignores removed, mypy reports every mistake line with the expected code."""
    lines = MISTAKES.read_text().splitlines()
    expected: dict[int, str] = {}
    stripped = []
    for number, line in enumerate(lines, start=1):
        match = IGNORE.search(line)
        if match:
            expected[number] = match.group(1)
            line = line[: match.start()]
        stripped.append(line)
    assert len(expected) >= 10
    copy = tmp_path / "mistakes_without_ignores.py"
    copy.write_text("\n".join(stripped) + "\n")
    output, status = _mypy(str(copy))
    assert status == 1
    reported = {
        (int(found.group(1)), found.group(2))
        for found in re.finditer(r"mistakes_without_ignores\.py:(\d+): error: .*\[([\w-]+)\]$", output, re.M)
    }
    missing = {(number, code) for number, code in expected.items()} - reported
    assert not missing, output
