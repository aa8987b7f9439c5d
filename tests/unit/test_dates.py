"""Date resolution against the post date."""

from __future__ import annotations

from datetime import date

import pytest

from streams.extract.dates import find_dates, find_durations

REF = date(2025, 4, 11)  # a Friday


def one(text: str, lang: str, ref: date | None = REF) -> tuple[str, date | None]:
    spans = find_dates(text, lang, ref)
    assert len(spans) == 1, spans
    assert text[spans[0].start : spans[0].end] == spans[0].text
    return spans[0].text, spans[0].date


@pytest.mark.parametrize(
    ("text", "lang", "span", "expected"),
    [
        ("9일(현지시간) 미국 공영방송", "ko", "9일", date(2025, 4, 9)),
        ("2025년 4월 9일 발표", "ko", "2025년 4월 9일", date(2025, 4, 9)),
        ("4월 9일 발표", "ko", "4월 9일", date(2025, 4, 9)),
        ("지난 9일 발표", "ko", "지난 9일", date(2025, 4, 9)),
        ("지난 12일 발표", "ko", "지난 12일", date(2025, 3, 12)),  # month rollover
        ("30일 발표", "ko", "30일", date(2025, 3, 30)),
        ("오는 15일부터", "ko", "오는 15일", date(2025, 4, 15)),
        ("지난달 20일", "ko", "지난달 20일", date(2025, 3, 20)),
        ("11월 3일 회의", "ko", "11월 3일", date(2024, 11, 3)),  # would be >2 months ahead
        ("어제 발표", "ko", "어제", date(2025, 4, 10)),
        ("오늘 발표", "ko", "오늘", date(2025, 4, 11)),
        ("지난 월요일", "ko", "지난 월요일", date(2025, 4, 7)),
        ("작성일 25-04-11 00:11", "ko", "25-04-11", date(2025, 4, 11)),
        ("April 9, 2025", "en", "April 9, 2025", date(2025, 4, 9)),
        ("9 April 2025", "en", "9 April 2025", date(2025, 4, 9)),
        ("on April 9 the", "en", "April 9", date(2025, 4, 9)),
        ("said on Monday that", "en", "Monday", date(2025, 4, 7)),
        ("said on Friday that", "en", "Friday", date(2025, 4, 11)),
        ("last Friday", "en", "last Friday", date(2025, 4, 4)),
        ("said yesterday", "en", "yesterday", date(2025, 4, 10)),
        ("today", "en", "today", date(2025, 4, 11)),
        ("2025-04-09", "en", "2025-04-09", date(2025, 4, 9)),
        ("2025-04-09", "xx", "2025-04-09", date(2025, 4, 9)),
    ],
)
def test_resolution(text: str, lang: str, span: str, expected: date) -> None:
    assert one(text, lang) == (span, expected)


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("지난달 발표", "ko", "지난달"),
        ("지난해 매출", "ko", "지난해"),
        ("last year", "en", "last year"),
        ("2025년 6월로", "ko", "2025년 6월"),
        ("in March", "en", "March"),
    ],
)
def test_spans_without_a_day(text: str, lang: str, span: str) -> None:
    assert one(text, lang) == (span, None)


def test_without_ref_only_absolute_dates_resolve() -> None:
    assert one("2025년 4월 9일", "ko", None) == ("2025년 4월 9일", date(2025, 4, 9))
    assert one("9일(현지시간)", "ko", None) == ("9일", None)
    assert one("on Monday", "en", None) == ("Monday", None)
    assert one("yesterday", "en", None) == ("yesterday", None)


def test_anaphoric_day_follows_last_date() -> None:
    spans = find_dates("9일 발표했다. 이날 회의에서 전날 일을", "ko", REF)
    assert [(s.text, s.date) for s in spans] == [
        ("9일", date(2025, 4, 9)),
        ("이날", date(2025, 4, 9)),
        ("전날", date(2025, 4, 8)),
    ]


def test_month_name_is_case_sensitive() -> None:
    assert find_dates("prices may go up", "en", REF) == []


def test_durations_are_separate() -> None:
    text = "3년간 협상, 이틀 동안, 한 달"
    assert [text[a:b] for a, b in find_durations(text, "ko")] == ["3년간", "이틀 동안", "한 달"]
    assert find_dates("3년간 협상", "ko", REF) == []
