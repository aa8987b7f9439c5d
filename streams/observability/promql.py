"""Just enough PromQL lexing to list the metric names an expression selects.

Not a parser: it removes what cannot hold a metric name (strings, label matchers, ranges,
grouping clauses), then keeps identifiers that are not functions or keywords. The dashboards'
integration test runs every expression on a real Prometheus, which is the real syntax check.
"""

from __future__ import annotations

import re

_STRINGS = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|`[^`]*`")
_MATCHERS = re.compile(r"\{[^{}]*\}")
_RANGES = re.compile(r"\[[^\[\]]*\]")
_GROUPING = re.compile(
    r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^()]*\)", re.IGNORECASE
)
# An identifier that does not continue a number, a duration or a $variable.
_IDENT = re.compile(r"(?<![\w.$])([a-zA-Z_:][a-zA-Z0-9_:]*)(\s*\()?")
_KEYWORDS = frozenset(
    {
        "and",
        "or",
        "unless",
        "bool",
        "offset",
        "by",
        "without",
        "on",
        "ignoring",
        "group_left",
        "group_right",
        "inf",
        "nan",
        "atan2",
    }
)


def metric_names(expr: str) -> set[str]:
    """Metric names selected by ``expr`` (functions, keywords and label names excluded)."""
    text = _STRINGS.sub(" ", expr)
    text = _MATCHERS.sub(" ", text)
    text = _RANGES.sub(" ", text)
    text = _GROUPING.sub(" ", text)
    names: set[str] = set()
    for match in _IDENT.finditer(text):
        word, call = match.group(1), match.group(2)
        if call or word.lower() in _KEYWORDS:
            continue
        names.add(word)
    return names


#: Grafana's built-in variables, and the values the tests give them against Prometheus.
GRAFANA_BUILTINS = {
    "$__rate_interval": "1m",
    "$__interval": "15s",
    "$__range": "5m",
}


def substitute(expr: str, variables: dict[str, str]) -> str:
    """Replace Grafana variables (``$name`` and ``${name}``) so Prometheus can run ``expr``.

    Longest names first, so ``$__rate_interval`` is not read as ``$__rate`` + ``_interval``.
    """
    for name in sorted(variables, key=len, reverse=True):
        value = variables[name]
        bare = name.lstrip("$")
        expr = expr.replace("${" + bare + "}", value).replace("$" + bare, value)
    return expr
