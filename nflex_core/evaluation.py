"""Evaluating expression trees: each node type compiles, through ``singledispatch``, to a closure.

Dispatch happens once, when the tree is compiled; evaluating a compiled expression is a chain
of plain closure calls, with no look-up of node types. Semantics:

- numbers and variables are floats; a variable holding None, and ``NULL``, are None;
- arithmetic with a None operand gives None; division by zero gives 0.0;
- a comparison with a None operand is false;
- a CASE with no matching WHEN and no ELSE gives None.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Mapping
from functools import singledispatch
from typing import Final, Union

from nflex_core.expressions import (
    Binary,
    BoolOp,
    Case,
    Comparison,
    Condition,
    Expression,
    Not,
    Null,
    Number,
    Ternary,
    Unary,
    Variable,
)

__all__ = [
    "Evaluator",
    "ExpressionEvaluationError",
    "Test",
    "VariableLookupError",
    "compile_condition",
    "compile_expression",
    "evaluate",
]

Variables = Mapping[str, object]
Evaluator = Callable[[Variables], Union[float, None]]
"""A compiled expression: variables in, a float or None out."""
Test = Callable[[Variables], bool]
"""A compiled condition."""


class VariableLookupError(KeyError):
    """An expression names a variable that was not given.

    Attributes:
        name: The missing variable.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(name)

    def __str__(self) -> str:
        return f"variable {self.name!r} is not defined"


class ExpressionEvaluationError(ValueError):
    """A value could not be computed: a variable that is not a number, or a power with no
    real result (``(-8)^0.5``) or too large a one."""


def _number(name: str, value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, (int, float, str)) and not isinstance(value, bool):
        try:
            return float(value)
        except ValueError:
            pass
    raise ExpressionEvaluationError(f"variable {name!r} must be a number, got {value!r}")


# --- values --------------------------------------------------------------------------------


@singledispatch
def _value(node: object) -> Evaluator:
    raise TypeError(f"not an expression node: {node!r} ({type(node).__name__})")


def compile_number(node: Number) -> Evaluator:
    """A constant."""
    value = node.value
    return lambda variables: value


def compile_null(node: Null) -> Evaluator:
    """None."""
    return lambda variables: None


def compile_variable(node: Variable) -> Evaluator:
    """A look-up in the variables, converted to float."""
    name = node.name

    def variable(variables: Variables) -> float | None:
        try:
            value = variables[name]
        except KeyError:
            raise VariableLookupError(name) from None
        return value if type(value) is float else _number(name, value)

    return variable


def compile_unary(node: Unary) -> Evaluator:
    """``+x`` or ``-x``."""
    operand = _value(node.operand)
    if node.op == "+":
        return operand

    def negate(variables: Variables) -> float | None:
        value = operand(variables)
        return None if value is None else -value

    return negate


def _divide(left: float, right: float) -> float:
    return 0.0 if right == 0 else left / right


def _power(left: float, right: float) -> float:
    try:
        return math.pow(left, right)
    except (ValueError, OverflowError) as error:
        raise ExpressionEvaluationError(f"{left!r} ^ {right!r} has no finite real value") from error


_ARITHMETIC: Final[Mapping[str, Callable[[float, float], float]]] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": _divide,
    "^": _power,
}


def compile_binary(node: Binary) -> Evaluator:
    """``+ - * / ^`` (None if either side is None); constant sides are folded."""
    apply = _ARITHMETIC[node.op]
    if isinstance(node.left, Number) and isinstance(node.right, Number):
        constant = apply(node.left.value, node.right.value)
        return lambda variables: constant
    left = _value(node.left)
    if isinstance(node.right, Number):
        right_value = node.right.value

        def with_constant(variables: Variables) -> float | None:
            a = left(variables)
            return None if a is None else apply(a, right_value)

        return with_constant
    right = _value(node.right)

    def binary(variables: Variables) -> float | None:
        a = left(variables)
        b = right(variables)
        return None if a is None or b is None else apply(a, b)

    return binary


def compile_ternary(node: Ternary) -> Evaluator:
    """``then if condition else otherwise``."""
    then, test, otherwise = _value(node.then), _condition(node.condition), _value(node.otherwise)
    return lambda variables: then(variables) if test(variables) else otherwise(variables)


def compile_case(node: Case) -> Evaluator:
    """The first WHEN that holds gives the value; else ELSE, or None."""
    branches = tuple((_condition(branch.condition), _value(branch.result)) for branch in node.branches)
    otherwise = None if node.otherwise is None else _value(node.otherwise)

    def case(variables: Variables) -> float | None:
        for test, result in branches:
            if test(variables):
                return result(variables)
        return None if otherwise is None else otherwise(variables)

    return case


# --- conditions ----------------------------------------------------------------------------


@singledispatch
def _condition(node: object) -> Test:
    raise TypeError(f"not a condition node: {node!r} ({type(node).__name__})")


_COMPARE: Final[Mapping[str, Callable[[float, float], bool]]] = {
    "=": operator.eq,
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


def compile_comparison(node: Comparison) -> Test:
    """A comparison; false when either side is None."""
    compare = _COMPARE[node.op]
    left = _value(node.left)
    if isinstance(node.right, Number):
        constant = node.right.value

        def against_constant(variables: Variables) -> bool:
            a = left(variables)
            return a is not None and compare(a, constant)

        return against_constant
    right = _value(node.right)

    def comparison(variables: Variables) -> bool:
        a = left(variables)
        b = right(variables)
        return a is not None and b is not None and compare(a, b)

    return comparison


def compile_not(node: Not) -> Test:
    """``not condition``."""
    operand = _condition(node.operand)
    return lambda variables: not operand(variables)


def compile_bool_op(node: BoolOp) -> Test:
    """``and`` / ``or``, short-circuiting."""
    left, right = _condition(node.left), _condition(node.right)
    if node.op == "and":
        return lambda variables: left(variables) and right(variables)
    return lambda variables: left(variables) or right(variables)


# --- the registry: every node type and its compiler, in one place ------------------------

_value.register(Number, compile_number)
_value.register(Null, compile_null)
_value.register(Variable, compile_variable)
_value.register(Unary, compile_unary)
_value.register(Binary, compile_binary)
_value.register(Ternary, compile_ternary)
_value.register(Case, compile_case)
_condition.register(Comparison, compile_comparison)
_condition.register(Not, compile_not)
_condition.register(BoolOp, compile_bool_op)


def compile_expression(expression: Expression) -> Evaluator:
    """Compile a tree once into a closure; call it with the variables for each evaluation."""
    return _value(expression)


def compile_condition(condition: Condition) -> Test:
    """Compile a condition tree into a closure returning a bool."""
    return _condition(condition)


def evaluate(expression: Expression, variables: Variables) -> float | None:
    """Evaluate a tree once (compile it first with :func:`compile_expression` to reuse it).

    Raises:
        VariableLookupError: For a variable missing from ``variables``.
        ExpressionEvaluationError: For a variable that is not a number, or a power with no
            finite real value.
    """
    return _value(expression)(variables)
