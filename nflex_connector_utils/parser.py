"""Metric mappings for metrics connectors: :func:`load_metric_mapping` and the parsers.

A mapping file is YAML: for each provider metric, its CMP ``name``, ``unit``, ``counter``
flag, ``specialisation`` and an optional ``conversion_expr`` (see
:mod:`nflex_core.expressions` for the language). Everything is checked when the file is
loaded, not at the first evaluation.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import yaml

from nflex_core.evaluation import (
    Evaluator,
    ExpressionEvaluationError,
    VariableLookupError,
    compile_expression,
)
from nflex_core.expressions import (
    Case,
    Expression,
    ExpressionSyntaxError,
    Ternary,
    parse_expression,
)
from nflex_core.metrics import MetricMappingEntry, MetricMappingError, parse_metric_mapping

__all__ = [
    "CaseExpressionParser",
    "ExpressionEvaluationError",
    "ExpressionParser",
    "MetricMappingError",
    "ParsedEntry",
    "ParsedExpression",
    "SimpleExpressionParser",
    "TernaryExpressionParser",
    "VariableLookupError",
    "load_metric_mapping",
]


class ParsedExpression:
    """A parsed expression, compiled once: call :meth:`evaluate` as often as needed."""

    __slots__ = ("expression", "text", "_evaluator")

    def __init__(self, text: str, expression: Expression) -> None:
        self.text = text
        self.expression = expression
        self._evaluator: Evaluator = compile_expression(expression)

    def evaluate(self, variables: Mapping[str, object]) -> float | None:
        """The value for these variables (None for NULL or a None operand).

        Raises:
            VariableLookupError: For a variable missing from ``variables``.
        """
        return self._evaluator(variables)

    def __repr__(self) -> str:
        return f"ParsedExpression({self.text!r})"


def _nodes(expression: object) -> list[object]:
    """Every node of a tree (any frozen dataclass fields that are nodes or tuples of them)."""
    found: list[object] = []
    stack = [expression]
    while stack:
        node = stack.pop()
        found.append(node)
        for name in getattr(node, "__slots__", ()):
            child = getattr(node, name)
            if isinstance(child, tuple):
                stack.extend(child)
            elif hasattr(child, "__slots__"):
                stack.append(child)
    return found


class ExpressionParser:
    """Arithmetic only: ``parse(text)`` gives a :class:`ParsedExpression`, or None when the
    text is invalid or uses a ternary or CASE (the old parsers' contract; the core raises)."""

    def _accepts(self, expression: Expression) -> bool:
        return not any(isinstance(node, (Case, Ternary)) for node in _nodes(expression))

    def parse(self, text: str) -> ParsedExpression | None:
        """Parse ``text``; None when it is not an expression this parser takes."""
        try:
            expression = parse_expression(text)
        except (ExpressionSyntaxError, TypeError):
            return None
        return ParsedExpression(text, expression) if self._accepts(expression) else None


class TernaryExpressionParser(ExpressionParser):
    """``A if X op Y else B`` (arithmetic operands), nothing else."""

    def _accepts(self, expression: Expression) -> bool:
        return isinstance(expression, Ternary) and not any(
            isinstance(node, Case) for node in _nodes(expression)
        )


class SimpleExpressionParser(ExpressionParser):
    """A ternary or plain arithmetic (no CASE)."""

    def _accepts(self, expression: Expression) -> bool:
        return not any(isinstance(node, Case) for node in _nodes(expression))


class CaseExpressionParser(ExpressionParser):
    """Expressions with CASE (as an operand too: ``CASE ... END * 8``), without ternaries."""

    def _accepts(self, expression: Expression) -> bool:
        nodes = _nodes(expression)
        return any(isinstance(node, Case) for node in nodes) and not any(
            isinstance(node, Ternary) for node in nodes
        )


class ParsedEntry:
    """One metric of a mapping: its CMP details, and its conversion compiled once."""

    __slots__ = ("entry", "_evaluator")

    def __init__(self, entry: MetricMappingEntry) -> None:
        self.entry = entry
        self._evaluator: Evaluator | None = (
            None if entry.conversion is None else compile_expression(entry.conversion)
        )

    def value(self, **variables: object) -> object:
        """The converted value; without a conversion, the ``value`` variable unchanged.

        Raises:
            VariableLookupError: For a variable the conversion uses that was not given.
        """
        if self._evaluator is None:
            return variables.get("value")
        return self._evaluator(variables)

    convert = value

    def name(self) -> str:
        """The CMP metric name ('' when not set)."""
        return self.entry.name

    def unit(self) -> str:
        """The unit ('' when not set)."""
        return self.entry.unit

    def counter(self) -> bool:
        """Whether the metric is a counter (False when not set)."""
        return self.entry.counter

    def specialisation(self) -> str:
        """The specialisation ('' when not set)."""
        return self.entry.specialisation

    def __repr__(self) -> str:
        return f"ParsedEntry({self.entry.metric!r} -> {self.entry.name!r})"


def load_metric_mapping(file_path: str | Path = "mapping.yaml") -> dict[str, ParsedEntry]:
    """Load a YAML metric mapping file (read with ``yaml.safe_load``).

    Raises:
        MetricMappingError: When the file is missing or unreadable, is not YAML, is not a
            mapping of mappings, or holds an invalid entry or expression — the message names
            the file, the metric and the problem.
    """
    path = Path(file_path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise MetricMappingError(f"{path}: cannot read the metric mapping: {error.strerror or error}") from None
    try:
        loaded = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise MetricMappingError(f"{path}: not valid YAML: {error}") from None
    entries = parse_metric_mapping(loaded, source=str(path))
    return {metric: ParsedEntry(entry) for metric, entry in entries.items()}
