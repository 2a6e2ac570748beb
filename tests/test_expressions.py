"""The conversion expression language: parsing, evaluation, errors and safety."""

from __future__ import annotations

import math
from collections.abc import Mapping

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nflex_core.evaluation import (
    ExpressionEvaluationError,
    VariableLookupError,
    compile_expression,
    evaluate,
)
from nflex_core.expressions import (
    MAX_DEPTH,
    Binary,
    Expression,
    ExpressionSyntaxError,
    Number,
    Unary,
    Variable,
    parse_expression,
)

V = {"a": 1, "b": 2.5, "c": 0, "e": 3, "value": 150, "cpu_used": 40, "variable_1": 7,
     "disk_used": 30, "disk_avail": 60, "none": None, "text": "12.5"}


def ev(text: str, variables: Mapping[str, object] = V) -> float | None:
    return evaluate(parse_expression(text), variables)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numbers, all floats
        ("1", 1.0), ("2.5", 2.5), ("1e5", 100000.0), ("1e-3", 0.001), ("1.5E+2", 150.0), (".5", 0.5),
        # variables and NULL
        ("cpu_used", 40.0), ("e", 3.0), ("variable_1", 7.0), ("text", 12.5), ("NULL", None),
        ("null", None), ("none", None), ("none + 1", None), ("-none", None),
        # arithmetic, precedence, associativity
        ("1 + 2 * 3", 7.0), ("(1 + 2) * 3", 9.0), ("10 - 4 - 3", 3.0), ("8 / 4 / 2", 1.0),
        ("2^3", 8.0), ("2^2^2", 16.0), ("2^3^2", 512.0), ("-2^2", -4.0), ("2^-1", 0.5),
        ("2 * 3^2", 18.0), ("-a", -1.0), ("+a", 1.0), ("- -a", 1.0), ("--a", 1.0),
        ("b * (a + e)", 10.0), ("  1\t+\n2  ", 3.0), ("1 / 0", 0.0), ("a / c", 0.0),
        # ternary
        ("1 if value > 100 else 0", 1.0), ("1 if value < 100 else 0", 0.0),
        ("1 if a = 1 else 0", 1.0), ("1 if a == 1 else 0", 1.0), ("1 if a != 1 else 0", 0.0),
        ("1 if a <= 1 else 0", 1.0), ("1 if a >= 2 else 0", 0.0),
        ("1 if none > 1 else 0", 0.0), ("NULL if a = 1 else 2", None),
        ("1 if a > 5 else 2 if a > 0 else 3", 2.0), ("(5 if a > 0 else 6) * 2", 10.0),
        ("value * 10", 1500.0),
        # CASE
        ("CASE WHEN disk_avail = 0 THEN NULL ELSE disk_used / disk_avail END", 0.5),
        ("CASE WHEN c = 0 THEN NULL ELSE disk_used / c END", None),
        ("case when a > 0 then 1 end", 1.0), ("Case When a > 5 Then 1 End", None),
        ("CASE WHEN a > 5 THEN 1 WHEN a > 0 THEN 2 ELSE 3 END", 2.0),
        ("CASE WHEN a > 5 THEN 1 ELSE 3 END", 3.0),
        ("CASE WHEN not a > 5 THEN 1 END", 1.0),
        ("CASE WHEN a > 0 and b > 3 THEN 1 ELSE 0 END", 0.0),
        ("CASE WHEN a > 5 or b > 2 THEN 1 ELSE 0 END", 1.0),
        ("CASE WHEN (a > 5 or b > 2) and not (c != 0) THEN 1 ELSE 0 END", 1.0),
        ("CASE WHEN a > 0 or b > 3 and c > 1 THEN 1 ELSE 0 END", 1.0),
        ("CASE WHEN (a + 1) > 1 THEN 1 END", 1.0),
        ("CASE WHEN a > 0 THEN 1 END * 8", 8.0),
        ("(CASE WHEN a > 0 THEN 2 END) ^ 3", 8.0),
        ("CASE WHEN a > 0 THEN CASE WHEN b > 3 THEN 1 ELSE 2 END END", 2.0),
        ("CASE WHEN CASE WHEN a > 0 THEN 1 END = 1 THEN 5 END", 5.0),
        ("CASE WHEN none = 1 THEN 1 WHEN not none = 1 THEN 2 END", 2.0),
    ],
)
def test_evaluation(text: str, expected: float | None) -> None:
    """Each construct evaluates to the expected value (floats, or None)."""
    result = ev(text)
    assert result == expected and (result is None or type(result) is float)


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("1a", 2), ("_a", 1), ("1 +", 4), ("1 */ 1", 4), ("0 // 1", 4), ("()", 2), ("(a +)b", 5),
        ("CASE END", 6), ("CASE WHEN a THEN 1 END", 11), ("CASE WHEN a = 1 THEN 1", 23),
        ("CASE WHEN a = 1 THEN 1 END END", 28), ("", 1), ("   ", 4), ("a > 1", 1),
        ("a < b < c", 7), ("1 if a else 2", 6), ("1 if a > 1", 11), ("(1", 3), ("1)", 2),
        ("a b", 3), ("1 if a > 1 and b > 1 else 2", 6), ("not a > 1", 1), ("a = = 1", 5),
        ("1 + (a > 1)", 5), ("CASE WHEN a > 1 THEN a > 2 END", 22), ("1e", 2), ("1..2", 3),
        ("a @ b", 3), ("a % b", 3), ("a ** b", 4), ("CASE", 5), ("WHEN a = 1 THEN 1", 1),
    ],
)
def test_syntax_errors_have_a_column_and_caret(text: str, column: int) -> None:
    """Anything outside the language raises ExpressionSyntaxError at the right column."""
    with pytest.raises(ExpressionSyntaxError) as raised:
        parse_expression(text)
    assert raised.value.column == column, str(raised.value)
    lines = str(raised.value).splitlines()
    assert lines[0].endswith(f"at column {column}")
    assert lines[2].index("^") - 2 == column - 1


@pytest.mark.parametrize(
    "text",
    [
        "__import__('os').system('x')", "a.__class__", "a.b", "f(x)", "lambda x: x",
        "'text'", '"text"', "[1]", "{a: 1}", "a; b", "a if b else c", "os.system", "exec('1')",
        "a[0]", "1 if a > 1 else __import__", "$a", "a\\b",
    ],
)
def test_injection_attempts_are_syntax_errors(text: str) -> None:
    """Calls, attribute access, strings, lambdas and other Python are refused."""
    with pytest.raises(ExpressionSyntaxError):
        parse_expression(text)


def test_missing_variable_names_it() -> None:
    """A variable not given raises VariableLookupError naming it."""
    with pytest.raises(VariableLookupError, match="'cpu_free'") as raised:
        ev("cpu_free * 2", {})
    assert raised.value.name == "cpu_free"


def test_bad_values_and_powers() -> None:
    """A variable that is not a number, and a power with no finite real value, raise."""
    with pytest.raises(ExpressionEvaluationError, match="'word'"):
        ev("word + 1", {"word": "abc"})
    with pytest.raises(ExpressionEvaluationError, match="no finite real value"):
        ev("a ^ 0.5", {"a": -8})
    with pytest.raises(ExpressionEvaluationError):
        ev("10 ^ 1000")


def test_nesting_is_bounded() -> None:
    """Deep nesting raises ExpressionSyntaxError (never RecursionError); MAX_DEPTH is fine."""
    ok = "(" * (MAX_DEPTH - 1) + "1" + ")" * (MAX_DEPTH - 1)
    assert ev(ok) == 1.0
    for text in ("(" * 5000 + "1" + ")" * 5000, "-" * 5000 + "1", "2^" * 5000 + "2",
                 "not " * 5000 + "a > 1", "CASE WHEN a > 1 THEN " * 500 + "1" + " END" * 500):
        with pytest.raises(ExpressionSyntaxError, match="nested more than"):
            parse_expression(text)


def test_compiled_expression_is_reusable() -> None:
    """compile_expression gives a closure evaluated with new variables each time."""
    function = compile_expression(parse_expression("CASE WHEN x > 10 THEN x * 2 ELSE x END"))
    assert [function({"x": n}) for n in (5, 20)] == [5.0, 40.0]


# --- properties ----------------------------------------------------------------------------

NAMES = ("x", "y", "z")
leaves = st.one_of(
    st.floats(min_value=0, max_value=1e6, allow_nan=False).map(Number),
    st.integers(min_value=0, max_value=1000).map(lambda n: Number(float(n))),
    st.sampled_from(NAMES).map(Variable),
)
powers = st.builds(
    lambda base, exponent: Binary(
        "^", Number(base),
        Number(float(exponent)) if exponent >= 0 else Unary("-", Number(float(-exponent))),
    ),
    st.floats(min_value=0.5, max_value=4), st.integers(min_value=-3, max_value=3),
)
trees = st.recursive(
    leaves | powers,
    lambda children: st.one_of(
        st.builds(Unary, st.sampled_from(["+", "-"]), children),
        st.builds(Binary, st.sampled_from(["+", "-", "*", "/"]), children, children),
    ),
    max_leaves=12,
)
_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 4}


def _precedence(node: Expression) -> int:
    if isinstance(node, Binary):
        return _PRECEDENCE[node.op]
    return 3 if isinstance(node, Unary) else 5


def render(node: Expression) -> str:
    """The tree as text with as few parentheses as precedence and associativity allow."""
    if isinstance(node, Number):
        return repr(node.value)
    if isinstance(node, Variable):
        return node.name
    if isinstance(node, Unary):
        inner = render(node.operand)
        return f"{node.op} {inner if _precedence(node.operand) >= 3 else f'({inner})'}"
    assert isinstance(node, Binary)
    own = _PRECEDENCE[node.op]
    left, right = render(node.left), render(node.right)
    if _precedence(node.left) < own or (node.op == "^" and _precedence(node.left) <= own):
        left = f"({left})"
    if _precedence(node.right) < own or (node.op != "^" and _precedence(node.right) <= own):
        right = f"({right})"
    return f"{left} {node.op} {right}"


def reference(node: Expression, variables: Mapping[str, float]) -> float:
    """A plain recursive evaluation of the tree (division by zero gives 0.0)."""
    if isinstance(node, Number):
        return node.value
    if isinstance(node, Variable):
        return variables[node.name]
    if isinstance(node, Unary):
        value = reference(node.operand, variables)
        return -value if node.op == "-" else value
    assert isinstance(node, Binary)
    a, b = reference(node.left, variables), reference(node.right, variables)
    if node.op == "+":
        return a + b
    if node.op == "-":
        return a - b
    if node.op == "*":
        return a * b
    if node.op == "/":
        return 0.0 if b == 0 else a / b
    return math.pow(a, b)


def _same(a: float | None, b: float) -> bool:
    return a == b or (a is not None and math.isnan(a) and math.isnan(b))


@given(trees, st.fixed_dictionaries({name: st.floats(-1e6, 1e6) for name in NAMES}))
@settings(max_examples=300)
def test_rendered_trees_evaluate_like_the_reference(tree: Expression, variables: dict[str, float]) -> None:
    """evaluate(parse_expression(render(tree))) equals a reference evaluation of the tree,
    and parsing gives back the same tree."""
    text = render(tree)
    parsed = parse_expression(text)
    assert parsed == tree, text
    assert _same(evaluate(parsed, variables), reference(tree, variables)), text


PIECES = [*"ab1.e+-*/^()=<>! _", "CASE ", " WHEN ", " THEN ", " ELSE ", " END", " if ",
          " else ", " and ", " or ", " not ", "NULL", "1e5", "2.5"]


@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join) | st.text(max_size=40))
@settings(max_examples=1000)
def test_arbitrary_text_parses_or_raises_a_syntax_error(text: str) -> None:
    """Any text gives a tree or ExpressionSyntaxError — never another exception."""
    try:
        parse_expression(text)
    except ExpressionSyntaxError as error:
        assert 1 <= error.column <= len(text) + 1


def test_compiler_registries_cover_exactly_the_node_types() -> None:
    """Every value node and every condition node has a compiler, and nothing else does."""
    import typing

    from nflex_core import evaluation
    from nflex_core.expressions import Condition

    assert set(evaluation._value.registry) - {object} == set(typing.get_args(Expression))
    assert set(evaluation._condition.registry) - {object} == set(typing.get_args(Condition))
