"""Severity of an alert from its type, its normalised magnitude and how many outlets report it.

Magnitudes are normalised to one scale per kind: rates stay in percent (a tariff "to 25%" and
a rise "by 25%p" both read as 25), money becomes US dollars through the fixed table in
``fx.json`` (dated, approximate, for thresholds only). The rules, in order:

1. each type has a base level (export controls are never mere info);
2. a magnitude at or above the type's ``warning``/``critical`` threshold raises the level;
3. one outlet is a report, not a confirmation: with a single source the level is capped at
   warning; three or more independent outlets raise it one step.

| type               | base    | scale | warning ≥ | critical ≥ |
|--------------------|---------|-------|-----------|------------|
| tariff_change      | info    | %     | 10        | 25         |
| budget_cut         | info    | USD   | 10 M      | 1 B        |
| sanction_fine      | info    | USD   | 10 M      | 1 B        |
| investment_pledge  | info    | USD   | 100 M     | 10 B       |
| export_control     | warning | –     | –         | –          |
| policy_reversal    | info    | –     | –         | –          |
| service_suspension | info    | –     | –         | –          |
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from schemas.models import EventType, Magnitude, Severity

FX_FILE = Path(__file__).with_name("fx.json")
RATE_UNITS = frozenset({"%", "%p"})
CORROBORATED = 3  # independent outlets from which a report counts as confirmed

_ORDER = [Severity.INFO, Severity.WARNING, Severity.CRITICAL]


class Scale(StrEnum):
    RATE = "%"
    USD = "USD"


@dataclass(frozen=True)
class Normalised:
    scale: Scale
    value: float


@dataclass(frozen=True)
class Rule:
    base: Severity = Severity.INFO
    scale: Scale | None = None
    warning: float | None = None
    critical: float | None = None


RULES: dict[EventType, Rule] = {
    EventType.TARIFF_CHANGE: Rule(scale=Scale.RATE, warning=10, critical=25),
    EventType.BUDGET_CUT: Rule(scale=Scale.USD, warning=10e6, critical=1e9),
    EventType.SANCTION_FINE: Rule(scale=Scale.USD, warning=10e6, critical=1e9),
    EventType.INVESTMENT_PLEDGE: Rule(scale=Scale.USD, warning=100e6, critical=10e9),
    EventType.EXPORT_CONTROL: Rule(base=Severity.WARNING),
    EventType.POLICY_REVERSAL: Rule(),
    EventType.SERVICE_SUSPENSION: Rule(),
}


@lru_cache(maxsize=1)
def usd_per_unit() -> dict[str, float]:
    """The table's rates, and the currencies fixed to the euro through the euro's."""
    data = json.loads(FX_FILE.read_text(encoding="utf-8"))
    rates = {code: float(rate) for code, rate in data["usd_per_unit"].items()}
    euro = rates["EUR"]
    fixed = {code: euro / float(n) for code, n in data.get("fixed_per_eur", {}).items()}
    return {**fixed, **rates}


def normalise(m: Magnitude | None) -> Normalised | None:
    """Percent for rates, US dollars for money; None for a currency the table lacks."""
    if m is None:
        return None
    if m.unit in RATE_UNITS:
        return Normalised(Scale.RATE, m.value)
    rate = usd_per_unit().get(m.unit)
    return None if rate is None else Normalised(Scale.USD, m.value * rate)


def rank(level: Severity) -> int:
    return _ORDER.index(level)


def _step(level: Severity, by: int) -> Severity:
    return _ORDER[min(max(rank(level) + by, 0), len(_ORDER) - 1)]


def _magnitude_level(rule: Rule, m: Normalised | None) -> Severity:
    if m is None or rule.scale is None or m.scale != rule.scale:
        return Severity.INFO
    value = abs(m.value)  # a cut of -30% is as big as one of 30%
    if rule.critical is not None and value >= rule.critical:
        return Severity.CRITICAL
    if rule.warning is not None and value >= rule.warning:
        return Severity.WARNING
    return Severity.INFO


def severity(event_type: EventType, magnitude: Magnitude | None, source_count: int) -> Severity:
    rule = RULES[event_type]
    level = max(rule.base, _magnitude_level(rule, normalise(magnitude)), key=rank)
    if source_count >= CORROBORATED:
        return _step(level, +1)
    if source_count <= 1 and level == Severity.CRITICAL:
        return Severity.WARNING
    return level


def at_least(level: Severity, minimum: Severity) -> bool:
    return rank(level) >= rank(minimum)
