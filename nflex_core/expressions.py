"""Metric conversion expressions: the tree (frozen dataclasses) and the parser.

The language: numbers (``1``, ``2.5``, ``1e-3``), variables (``cpu_used``), ``NULL``,
``+ - * / ^`` (``^`` binds tightest and is right-associative), unary ``+``/``-``, parentheses,
``A if X op Y else B`` and ``CASE WHEN condition THEN value [...] [ELSE value] END`` where
conditions combine comparisons (``= == != < <= > >=``) with ``not``, ``and``, ``or`` and
parentheses. Keywords are case-insensitive. Nothing is ever passed to ``eval``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, Literal, Union

__all__ = [
    "MAX_DEPTH",
    "Binary",
    "BoolOp",
    "Case",
    "Comparison",
    "Condition",
    "Expression",
    "ExpressionSyntaxError",
    "Not",
    "Null",
    "Number",
    "Ternary",
    "Unary",
    "Variable",
    "When",
    "parse_expression",
]

MAX_DEPTH: Final = 50
"""How deeply parentheses, CASEs and unary signs may nest before the parser refuses."""

ArithmeticOp = Literal["+", "-", "*", "/", "^"]
ComparisonOp = Literal["=", "==", "!=", "<", "<=", ">", ">="]


@dataclass(frozen=True, slots=True)
class Number:
    """A number literal (always a float)."""

    value: float


@dataclass(frozen=True, slots=True)
class Variable:
    """A variable, looked up by name when evaluated."""

    name: str


@dataclass(frozen=True, slots=True)
class Null:
    """``NULL``: evaluates to None."""


@dataclass(frozen=True, slots=True)
class Unary:
    """``+x`` or ``-x``."""

    op: Literal["+", "-"]
    operand: Expression


@dataclass(frozen=True, slots=True)
class Binary:
    """``left op right`` for ``+ - * / ^``."""

    op: ArithmeticOp
    left: Expression
    right: Expression


@dataclass(frozen=True, slots=True)
class Comparison:
    """``left op right`` for ``= == != < <= > >=``: a condition."""

    op: ComparisonOp
    left: Expression
    right: Expression


@dataclass(frozen=True, slots=True)
class Not:
    """``not condition``."""

    operand: Condition


@dataclass(frozen=True, slots=True)
class BoolOp:
    """``left and right`` or ``left or right``."""

    op: Literal["and", "or"]
    left: Condition
    right: Condition


@dataclass(frozen=True, slots=True)
class Ternary:
    """``then if condition else otherwise``."""

    then: Expression
    condition: Comparison
    otherwise: Expression


@dataclass(frozen=True, slots=True)
class When:
    """One ``WHEN condition THEN result`` branch of a CASE."""

    condition: Condition
    result: Expression


@dataclass(frozen=True, slots=True)
class Case:
    """``CASE WHEN ... THEN ... [...] [ELSE otherwise] END``."""

    branches: tuple[When, ...]
    otherwise: Expression | None = None


Expression = Union[Number, Variable, Null, Unary, Binary, Ternary, Case]
"""A value: what an expression evaluates to (a float, or None)."""

Condition = Union[Comparison, Not, BoolOp]
"""A truth value, as found after WHEN and in ternaries."""


class ExpressionSyntaxError(ValueError):
    """An expression that is not in the language, with where the problem is.

    Attributes:
        text: The expression.
        column: The 1-based column of the problem.
        reason: What is wrong, without the position.
    """

    def __init__(self, reason: str, text: str, column: int) -> None:
        self.reason = reason
        self.text = text
        self.column = column
        caret = " " * (column - 1) + "^"
        super().__init__(f"{reason} at column {column}\n  {text}\n  {caret}")


_TOKEN: Final = re.compile(
    r"(?P<number>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)"
    r"|(?P<name>[A-Za-z][A-Za-z0-9_]*)"
    r"|(?P<op>==|!=|<=|>=|[-+*/^()=<>])"
)
_KEYWORDS: Final = frozenset({"case", "when", "then", "else", "end", "if", "and", "or", "not", "null"})
_COMPARISONS: Final = frozenset({"=", "==", "!=", "<", "<=", ">", ">="})


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # "number", "name", "keyword", "op" or "end"
    text: str
    column: int


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    position, length = 0, len(text)
    while True:
        while position < length and text[position].isspace():
            position += 1
        if position >= length:
            break
        match = _TOKEN.match(text, position)
        if match is None or match.lastgroup is None:
            raise ExpressionSyntaxError(f"unexpected character {text[position]!r}", text, position + 1)
        kind, value = match.lastgroup, match.group()
        if kind == "name" and value.lower() in _KEYWORDS:
            kind, value = "keyword", value.lower()
        tokens.append(_Token(kind, value, position + 1))
        position = match.end()
    tokens.append(_Token("end", "", length + 1))
    return tokens


_Node = Union[Expression, Condition]


class _Parser:
    """Recursive descent over one expression; conditions and values are told apart by type."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokens(text)
        self.index = 0
        self.depth = 0

    # -- helpers --------------------------------------------------------------------------

    @property
    def token(self) -> _Token:
        return self.tokens[self.index]

    def error(self, reason: str, token: _Token | None = None) -> ExpressionSyntaxError:
        token = token or self.token
        return ExpressionSyntaxError(reason, self.text, token.column)

    def unexpected(self, wanted: str) -> ExpressionSyntaxError:
        token = self.token
        found = "the end" if token.kind == "end" else repr(token.text)
        return self.error(f"expected {wanted}, found {found}")

    def accept(self, kind: str, text: str | None = None) -> _Token | None:
        token = self.token
        if token.kind == kind and (text is None or token.text == text):
            self.index += 1
            return token
        return None

    def expect(self, kind: str, text: str, wanted: str) -> _Token:
        token = self.accept(kind, text)
        if token is None:
            raise self.unexpected(wanted)
        return token

    def enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise self.error(f"expression nested more than {MAX_DEPTH} levels deep")

    def value(self, node: _Node, token: _Token) -> Expression:
        if isinstance(node, (Comparison, Not, BoolOp)):
            raise self.error("a condition cannot be used as a value here", token)
        return node

    def condition(self, node: _Node, token: _Token) -> Condition:
        if isinstance(node, (Comparison, Not, BoolOp)):
            return node
        raise self.error("expected a condition (a comparison such as x > 1)", token)

    # -- grammar --------------------------------------------------------------------------

    def parse(self) -> Expression:
        start = self.token
        node = self.value(self.full(), start)
        if self.token.kind != "end":
            raise self.unexpected("an operator or the end")
        return node

    def full(self) -> _Node:
        """ternary := or ['if' comparison 'else' full]"""
        self.enter()
        start = self.token
        node = self.or_()
        if self.accept("keyword", "if"):
            then = self.value(node, start)
            condition_token = self.token
            condition = self.or_()
            if not isinstance(condition, Comparison):
                raise self.error(
                    "a ternary's condition must be one comparison (x op y)", condition_token
                )
            self.expect("keyword", "else", "'else'")
            otherwise_token = self.token
            otherwise = self.value(self.full(), otherwise_token)
            node = Ternary(then, condition, otherwise)
        self.depth -= 1
        return node

    def or_(self) -> _Node:
        return self.boolean("or", self.and_)

    def and_(self) -> _Node:
        return self.boolean("and", self.not_)

    def boolean(self, keyword: Literal["and", "or"], operand: Callable[[], _Node]) -> _Node:
        """operand (keyword operand)* for one level of the boolean operators."""
        start = self.token
        node = operand()
        while self.accept("keyword", keyword) is not None:
            right_token = self.token
            node = BoolOp(
                keyword, self.condition(node, start), self.condition(operand(), right_token)
            )
        return node

    def not_(self) -> _Node:
        if self.accept("keyword", "not") is not None:
            self.enter()
            operand_token = self.token
            node = Not(self.condition(self.not_(), operand_token))
            self.depth -= 1
            return node
        return self.comparison()

    def comparison(self) -> _Node:
        start = self.token
        node = self.additive()
        token = self.token
        if token.kind == "op" and token.text in _COMPARISONS:
            self.index += 1
            right_token = self.token
            left = self.value(node, start)
            right = self.value(self.additive(), right_token)
            node = Comparison(token.text, left, right)  # type: ignore[arg-type]  # checked against _COMPARISONS
            following = self.token
            if following.kind == "op" and following.text in _COMPARISONS:
                raise self.error("comparisons cannot be chained; combine them with and", following)
        return node

    def additive(self) -> _Node:
        return self.left_associative(("+", "-"), self.multiplicative)

    def multiplicative(self) -> _Node:
        return self.left_associative(("*", "/"), self.unary)

    def left_associative(self, operators: tuple[str, str], operand: Callable[[], _Node]) -> _Node:
        """operand (op operand)* for one precedence level of arithmetic."""
        start = self.token
        node = operand()
        while self.token.kind == "op" and self.token.text in operators:
            op = self.token.text
            self.index += 1
            right_token = self.token
            node = Binary(
                op,  # type: ignore[arg-type]  # one of the level's operators
                self.value(node, start),
                self.value(operand(), right_token),
            )
        return node

    def unary(self) -> _Node:
        token = self.token
        if token.kind == "op" and token.text in ("+", "-"):
            self.index += 1
            self.enter()
            operand_token = self.token
            node: _Node = Unary(token.text, self.value(self.unary(), operand_token))  # type: ignore[arg-type]  # one of "+", "-"
            self.depth -= 1
            return node
        return self.power()

    def power(self) -> _Node:
        start = self.token
        node = self.atom()
        if self.accept("op", "^") is not None:
            self.enter()
            exponent_token = self.token
            # Right-associative, and binds tighter than a unary sign on its left: -2^2 = -4,
            # while 2^-1 takes the sign into the exponent.
            node = Binary("^", self.value(node, start), self.value(self.unary(), exponent_token))
            self.depth -= 1
        return node

    def atom(self) -> _Node:
        token = self.token
        if token.kind == "number":
            self.index += 1
            try:
                return Number(float(token.text))
            except OverflowError:  # pragma: no cover - float() gives inf rather than raising
                raise self.error("number too large", token) from None
        if token.kind == "name":
            self.index += 1
            return Variable(token.text)
        if token.kind == "keyword" and token.text == "null":
            self.index += 1
            return Null()
        if token.kind == "keyword" and token.text == "case":
            return self.case()
        if token.kind == "op" and token.text == "(":
            self.index += 1
            if self.token.kind == "op" and self.token.text == ")":
                raise self.error("empty parentheses")
            node = self.full()
            self.expect("op", ")", "')'")
            return node
        raise self.unexpected("a number, a variable, NULL, CASE or '('")

    def case(self) -> Case:
        self.expect("keyword", "case", "CASE")
        self.enter()
        branches: list[When] = []
        while self.accept("keyword", "when") is not None:
            condition_token = self.token
            condition = self.condition(self.full(), condition_token)
            self.expect("keyword", "then", "THEN")
            result_token = self.token
            branches.append(When(condition, self.value(self.full(), result_token)))
        if not branches:
            raise self.unexpected("WHEN")
        otherwise: Expression | None = None
        if self.accept("keyword", "else") is not None:
            otherwise_token = self.token
            otherwise = self.value(self.full(), otherwise_token)
        self.expect("keyword", "end", "WHEN, ELSE or END")
        self.depth -= 1
        return Case(tuple(branches), otherwise)


def parse_expression(text: str) -> Expression:
    """Parse a conversion expression into its tree.

    Raises:
        ExpressionSyntaxError: For anything outside the language, with the 1-based column of
            the problem and a caret line under the expression. Nesting deeper than
            :data:`MAX_DEPTH` is refused the same way (never a RecursionError).
        TypeError: If ``text`` is not a str.
    """
    if not isinstance(text, str):
        raise TypeError(f"an expression must be a str, got {text!r} ({type(text).__name__})")
    return _Parser(text).parse()
