"""Speed of metric conversion expressions against the same logic as a Python lambda.

Parses a CASE expression with four WHEN branches once, evaluates it N times (1,000,000 by
default) with changing variables, and in the same run evaluates the equivalent lambda.
Prints evaluations per second for both and their ratio (the budget is 20x).
Run: ``python benchmarks/bench_expressions.py [N]``.
"""

from __future__ import annotations

import platform
import sys
import time
from collections.abc import Callable, Mapping

from nflex_core import compile_expression, parse_expression

EXPRESSION = (
    "CASE WHEN cpu > 90 THEN 4 "
    "WHEN cpu > 75 and mem > 50 THEN 3 "
    "WHEN cpu > 50 or mem > 90 THEN 2 "
    "WHEN not cpu > 25 THEN 0 "
    "ELSE cpu / 25 END"
)


def reference(v: Mapping[str, object]) -> float | None:
    cpu = float(v["cpu"])  # type: ignore[arg-type]  # numbers in this benchmark
    mem = float(v["mem"])  # type: ignore[arg-type]  # numbers in this benchmark
    return (
        4.0 if cpu > 90 else
        3.0 if cpu > 75 and mem > 50 else
        2.0 if cpu > 50 or mem > 90 else
        0.0 if not cpu > 25 else
        cpu / 25
    )


def timed(function: Callable[[Mapping[str, object]], float | None], inputs: list[dict[str, object]], n: int) -> float:
    count = len(inputs)
    start = time.perf_counter()
    for i in range(n):
        function(inputs[i % count])
    return time.perf_counter() - start


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    inputs: list[dict[str, object]] = [
        {"cpu": float((i * 7) % 101), "mem": float((i * 13) % 101)} for i in range(1000)
    ]
    compiled = compile_expression(parse_expression(EXPRESSION))
    assert all(compiled(v) == reference(v) for v in inputs)
    best_expression = min(timed(compiled, inputs, n) for _ in range(3))
    best_lambda = min(timed(reference, inputs, n) for _ in range(3))
    print(f"Python {platform.python_version()}; {n:,} evaluations, best of 3")
    print(f"expression: {n / best_expression:>12,.0f} evaluations/s")
    print(f"lambda:     {n / best_lambda:>12,.0f} evaluations/s")
    print(f"ratio:      {best_expression / best_lambda:.2f}x the lambda's time (budget 20x)")


if __name__ == "__main__":
    main()
