"""README.md stays true: its Python examples run, and its commands are the ones CI runs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLES = re.findall(r"```python\n(.*?)```", README, re.S)


def test_readme_has_examples() -> None:
    """The README shows the façade and the core with code."""
    assert len(EXAMPLES) >= 2


@pytest.mark.parametrize("source", EXAMPLES, ids=[f"example-{n}" for n in range(len(EXAMPLES))])
def test_readme_example_runs(source: str) -> None:
    """Each ```python block of the README runs (its asserts included)."""
    exec(compile(source, "README.md", "exec"), {"__name__": "readme_example"})


def test_readme_commands_match_ci() -> None:
    """The README's test command is exactly what .ci/run runs."""
    commands = re.findall(r"```sh\n(.*?)\n```", README, re.S)
    assert commands[:2] == [
        "pip install -e . && python -m nflex_connector_utils example",
        "pip install -e '.[test]' && pytest",
    ]
    assert commands[1] in (ROOT / ".ci" / "run").read_text()
