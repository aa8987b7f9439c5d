"""Severity from type, normalised magnitude and independent sources."""

from __future__ import annotations

import json

import pytest

from schemas.models import EventType, Magnitude, Severity
from streams.alert.severity import (
    FX_FILE,
    Normalised,
    Scale,
    at_least,
    normalise,
    severity,
    usd_per_unit,
)
from streams.extract.magnitude import currency_codes
from streams.extract.resources import languages

T = EventType


def _m(value: float, unit: str) -> Magnitude:
    return Magnitude(value=value, unit=unit)


@pytest.mark.parametrize(
    ("kind", "magnitude", "sources", "expected"),
    [
        (T.TARIFF_CHANGE, _m(125, "%"), 2, Severity.CRITICAL),
        (T.TARIFF_CHANGE, _m(125, "%"), 1, Severity.WARNING),  # one outlet never pages
        (T.TARIFF_CHANGE, _m(15, "%"), 2, Severity.WARNING),
        (T.TARIFF_CHANGE, _m(5, "%"), 2, Severity.INFO),
        (T.TARIFF_CHANGE, _m(5, "%"), 3, Severity.WARNING),  # corroborated: one step up
        (T.TARIFF_CHANGE, _m(30, "%p"), 2, Severity.CRITICAL),
        (T.TARIFF_CHANGE, _m(5e9, "USD"), 2, Severity.INFO),  # wrong scale for tariffs
        (T.BUDGET_CUT, _m(311_000_000, "KRW"), 2, Severity.INFO),  # ≈ 211 k USD
        (T.BUDGET_CUT, _m(23_500_000_000_000, "KRW"), 2, Severity.CRITICAL),  # ≈ 16 B USD
        (T.BUDGET_CUT, _m(50_000_000, "EUR"), 2, Severity.WARNING),
        (T.INVESTMENT_PLEDGE, _m(16_000_000_000, "USD"), 2, Severity.CRITICAL),
        (T.SANCTION_FINE, _m(1e12, "XYZ"), 2, Severity.INFO),  # currency not in the table
        (T.EXPORT_CONTROL, None, 1, Severity.WARNING),
        (T.EXPORT_CONTROL, None, 3, Severity.CRITICAL),
        (T.POLICY_REVERSAL, None, 2, Severity.INFO),
    ],
)
def test_severity_rules(
    kind: EventType, magnitude: Magnitude | None, sources: int, expected: Severity
) -> None:
    assert severity(kind, magnitude, sources) == expected


def test_money_is_normalised_to_dollars_with_the_fixed_table() -> None:
    krw = normalise(_m(1_470_000, "KRW"))
    assert krw is not None and krw.scale == Scale.USD and 990 < krw.value < 1010
    assert normalise(_m(2.5, "%p")) == Normalised(Scale.RATE, 2.5)
    assert normalise(_m(1, "XYZ")) is None
    assert normalise(None) is None


def test_fx_table_is_documented_dated_and_sane() -> None:
    data = json.loads(FX_FILE.read_text(encoding="utf-8"))
    assert data["base"] == "USD" and data["as_of"] and data["about"]
    rates = usd_per_unit()
    assert rates["USD"] == 1.0
    assert all(r > 0 for r in rates.values())
    assert {"KRW", "EUR", "JPY", "CNY"} <= set(rates)


@pytest.mark.parametrize("lang", sorted(languages()))
def test_every_currency_the_extractor_reads_has_a_rate(lang: str) -> None:
    """An amount in a currency the table lacks gets no severity and no magnitude check when
    reports are grouped; an extractor that learns a currency must bring its rate."""
    assert not currency_codes(lang) - set(usd_per_unit())


def test_currencies_the_euro_replaced_go_through_their_fixed_euro_rate() -> None:
    rates = usd_per_unit()
    frf = normalise(_m(6.55957e9, "FRF"))  # one billion euros' worth of French francs
    assert frf is not None and frf.scale == Scale.USD
    assert frf.value == pytest.approx(rates["EUR"] * 1e9)
    assert rates["BEF"] == pytest.approx(rates["LUF"])  # one currency union
    # 20 billion Belgian francs cut from a budget: past the warning threshold of budget cuts
    assert severity(T.BUDGET_CUT, _m(20e9, "BEF"), 1) == Severity.WARNING


def test_levels_are_ordered() -> None:
    assert at_least(Severity.CRITICAL, Severity.WARNING)
    assert not at_least(Severity.INFO, Severity.WARNING)
