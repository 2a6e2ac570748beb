"""Metric mappings: how a provider's metrics become CMP metrics (pure; no file reading)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from nflex_core.checks import warn_input
from nflex_core.expressions import Expression, ExpressionSyntaxError, parse_expression

__all__ = ["ENTRY_KEYS", "MetricMappingEntry", "MetricMappingError", "parse_metric_mapping"]

ENTRY_KEYS: Final = ("name", "unit", "counter", "specialisation", "conversion_expr")
"""The keys a mapping entry may hold."""


class MetricMappingError(ValueError):
    """A metric mapping that cannot be used; the message names the source, the metric and
    the problem."""


@dataclass(frozen=True, slots=True, kw_only=True)
class MetricMappingEntry:
    """How one provider metric maps to a CMP metric."""

    metric: str
    name: str = ""
    unit: str = ""
    counter: bool = False
    specialisation: str = ""
    conversion_expr: str | None = None
    conversion: Expression | None = None


def _text(source: str, metric: str, key: str, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value)
    raise MetricMappingError(f"{source}: metric {metric!r}: {key} must be text, got {value!r}")


def parse_metric_mapping(
    mapping: object, source: str = "<mapping>"
) -> dict[str, MetricMappingEntry]:
    """Check a mapping (metric name → entry dict) and parse its conversion expressions.

    An unknown key in an entry is left out, with an ``NflexInputWarning`` naming it.

    Args:
        mapping: The loaded mapping, e.g. from YAML.
        source: What to call the mapping in messages (its file name).

    Raises:
        MetricMappingError: For a mapping that is not a mapping of mappings, a value of the
            wrong type, or an invalid expression — naming the source, the metric and the
            problem (with the expression's column).
    """
    if not isinstance(mapping, Mapping):
        raise MetricMappingError(
            f"{source}: expected a mapping of metric names to entries, got {type(mapping).__name__}"
        )
    entries: dict[str, MetricMappingEntry] = {}
    for metric, entry in mapping.items():
        if not isinstance(metric, str):
            raise MetricMappingError(f"{source}: metric names must be text, got {metric!r}")
        if entry is None:
            entry = {}
        if not isinstance(entry, Mapping):
            raise MetricMappingError(
                f"{source}: metric {metric!r}: expected a mapping of "
                f"{', '.join(ENTRY_KEYS)}, got {entry!r}"
            )
        unknown = [key for key in entry if key not in ENTRY_KEYS]
        if unknown:
            warn_input(
                f"{source}: metric {metric!r}: ignored unknown key(s) "
                f"{', '.join(map(repr, unknown))}; an entry holds {', '.join(ENTRY_KEYS)}"
            )
        counter = entry.get("counter", False)
        if counter is None:
            counter = False
        if not isinstance(counter, bool):
            raise MetricMappingError(
                f"{source}: metric {metric!r}: counter must be true or false, got {counter!r}"
            )
        expression_text = entry.get("conversion_expr")
        conversion: Expression | None = None
        if expression_text is not None:
            if not isinstance(expression_text, (str, int, float)) or isinstance(expression_text, bool):
                raise MetricMappingError(
                    f"{source}: metric {metric!r}: conversion_expr must be text, "
                    f"got {expression_text!r}"
                )
            expression_text = str(expression_text)
            try:
                conversion = parse_expression(expression_text)
            except ExpressionSyntaxError as error:
                raise MetricMappingError(
                    f"{source}: metric {metric!r}: invalid conversion_expr: {error}"
                ) from None
        entries[metric] = MetricMappingEntry(
            metric=metric,
            name=_text(source, metric, "name", entry.get("name")),
            unit=_text(source, metric, "unit", entry.get("unit")),
            counter=counter,
            specialisation=_text(source, metric, "specialisation", entry.get("specialisation")),
            conversion_expr=expression_text,
            conversion=conversion,
        )
    return entries
