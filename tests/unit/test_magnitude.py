"""Money and percent normalisation: every form the extractor promises, in both languages."""

from __future__ import annotations

import pytest

from streams.extract.magnitude import (
    find_bare_amounts,
    find_magnitudes,
    parse_money,
    parse_percent,
)

MONEY = [
    ("3억1100만 원", "ko", 311_000_000, "KRW"),
    ("160억 달러", "ko", 16_000_000_000, "USD"),
    ("23조5000억원", "ko", 23_500_000_000_000, "KRW"),
    ("15억 원", "ko", 1_500_000_000, "KRW"),
    ("1조 2000억 원", "ko", 1_200_000_000_000, "KRW"),
    ("5천만원", "ko", 50_000_000, "KRW"),
    ("2.5조원", "ko", 2_500_000_000_000, "KRW"),
    ("3,000만 달러", "ko", 30_000_000, "USD"),
    ("2만1천600원", "ko", 21_600, "KRW"),
    ("1억 2천500만 달러", "ko", 125_000_000, "USD"),
    ("4억여원", "ko", 400_000_000, "KRW"),
    ("$1.2 billion", "ko", 1_200_000_000, "USD"),
    ("1억 유로", "ko", 100_000_000, "EUR"),
    ("160만 엔", "ko", 1_600_000, "JPY"),
    ("50억 위안", "ko", 5_000_000_000, "CNY"),
    ("3억 파운드", "ko", 300_000_000, "GBP"),
    ("$500bn", "en", 500_000_000_000, "USD"),
    ("$1.2 billion", "en", 1_200_000_000, "USD"),
    ("US$3m", "en", 3_000_000, "USD"),
    ("£20 million", "en", 20_000_000, "GBP"),
    ("€3,000", "en", 3_000, "EUR"),
    ("3,000 euros", "en", 3_000, "EUR"),
    ("Rs 500 crore", "en", 5_000_000_000, "INR"),
    ("Rs 2 lakh", "en", 200_000, "INR"),
    ("¥1 trillion", "en", 1_000_000_000_000, "JPY"),
    ("500 million yuan", "en", 500_000_000, "CNY"),
    ("two billion dollars", "en", 2_000_000_000, "USD"),
    ("€3,000", "fr", 3_000, "EUR"),  # symbols work in any language
    # newswire abbreviations and other currencies
    ("140,400 dlrs", "en", 140_400, "USD"),
    ("9.93 mln dlrs", "en", 9_930_000, "USD"),
    ("1.5 billion dlrs", "en", 1_500_000_000, "USD"),
    ("2.3 bln dlrs", "en", 2_300_000_000, "USD"),
    ("eight billion dlrs", "en", 8_000_000_000, "USD"),
    ("500 mln Canadian dlrs", "en", 500_000_000, "CAD"),
    ("40 mln Australian dlrs", "en", 40_000_000, "AUD"),
    ("50 mln stg", "en", 50_000_000, "GBP"),
    ("300 mln guilders", "en", 300_000_000, "NLG"),
    ("1.2 billion yen", "en", 1_200_000_000, "JPY"),
    ("A$200 million", "en", 200_000_000, "AUD"),
    ("C$1.5 billion", "en", 1_500_000_000, "CAD"),
    ("HK$3bn", "en", 3_000_000_000, "HKD"),
    ("₩5 trillion", "en", 5_000_000_000_000, "KRW"),
    ("3 trillion won", "en", 3_000_000_000_000, "KRW"),
    ("5 billion renminbi", "en", 5_000_000_000, "CNY"),
    ("200 million rupees", "en", 200_000_000, "INR"),
    ("1.2 billion ringgit", "en", 1_200_000_000, "MYR"),
    ("$2.5-billion", "en", 2_500_000_000, "USD"),
    ("3.3조 원", "ko", 3_300_000_000_000, "KRW"),
    ("1조2천억원", "ko", 1_200_000_000_000, "KRW"),
    ("100억 홍콩 달러", "ko", 10_000_000_000, "HKD"),
]


@pytest.mark.parametrize(("text", "lang", "value", "unit"), MONEY)
def test_money_forms(text: str, lang: str, value: int, unit: str) -> None:
    mag = parse_money(text, lang)
    assert mag is not None, text
    assert mag.unit == unit
    assert mag.value == value and float(mag.value).is_integer()
    [span] = find_magnitudes(f"총 {text} 규모", lang)
    assert span.kind == "MONEY" and span.text == text and span.magnitude == mag


PERCENT = [
    ("125%", 125, "%"),
    ("125 %", 125, "%"),
    ("125 percent", 125, "%"),
    ("125 per cent", 125, "%"),
    ("25퍼센트", 25, "%"),
    ("3.5%p", 3.5, "%p"),
    ("3.5%포인트", 3.5, "%p"),
    ("3.5 percentage points", 3.5, "%p"),
    ("25 basis points", 0.25, "%p"),
]


@pytest.mark.parametrize(("text", "value", "unit"), PERCENT)
def test_percent_forms(text: str, value: float, unit: str) -> None:
    mag = parse_percent(text)
    assert mag is not None and mag.unit == unit and mag.value == pytest.approx(value)


def test_parenthesised_conversion_gives_both_amounts() -> None:
    text = "약 160억 달러(23조5000억원) 규모"
    spans = find_magnitudes(text, "ko")
    assert [(s.text, s.magnitude.value, s.magnitude.unit) for s in spans] == [
        ("160억 달러", 16_000_000_000, "USD"),
        ("23조5000억원", 23_500_000_000_000, "KRW"),
    ]
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_range_is_one_span_with_upper_bound() -> None:
    [span] = find_magnitudes("관세율 20∼30% 인상", "ko")
    assert span.text == "20∼30%" and span.magnitude.value == 30
    [money] = find_magnitudes("가격은 20만∼30만 달러", "ko")
    assert money.text == "20만∼30만 달러" and money.magnitude.value == 300_000


def test_offsets_window_and_bounds() -> None:
    text = "A 125% B 3억1100만 원 C"
    assert [s.text for s in find_magnitudes(text, "ko", start=6)] == ["3억1100만 원"]
    assert [s.text for s in find_magnitudes(text, "ko", end=8)] == ["125%"]


@pytest.mark.parametrize(
    "text",
    ["3원칙을 세웠다", "10만 명이 모였다", "H20 칩", "$5 million 3 years ago"[:0], "3 m long"],
)
def test_not_money(text: str) -> None:
    assert [s for s in find_magnitudes(text, "ko") if s.kind == "MONEY"] == []


def test_amount_stops_before_unrelated_number() -> None:
    [span] = find_magnitudes("$5 million 3 years ago", "en")
    assert span.text == "$5 million" and span.magnitude.value == 5_000_000


@pytest.mark.parametrize(
    ("text", "value"),
    [("R&D 예산 3.4조 삭감", 3_400_000_000_000), ("예산 5천억을 깎아", 500_000_000_000)],
)
def test_headline_bare_amounts(text: str, value: int) -> None:
    [span] = find_bare_amounts(text, "ko", "KRW")
    assert span.magnitude.value == value and span.magnitude.unit == "KRW"


@pytest.mark.parametrize(
    "text", ["1만명 감축", "30만 가구", "3억1100만원 삭감", "2025년 예산", "관세 125%"]
)
def test_bare_amounts_skip_counts_money_and_rates(text: str) -> None:
    assert find_bare_amounts(text, "ko", "KRW") == []
