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
    assert find_dates(text, lang, REF)[0].precision == "day"


def period(text: str, lang: str, ref: date | None = REF) -> tuple[str, date | None, str | None]:
    spans = find_dates(text, lang, ref)
    assert len(spans) == 1, spans
    return spans[0].text, spans[0].date, spans[0].precision


@pytest.mark.parametrize(
    ("text", "lang", "span", "expected"),
    [
        ("지난달 발표", "ko", "지난달", date(2025, 3, 1)),
        ("이달 말 발표", "ko", "이달 말", date(2025, 4, 1)),
        ("다음 달부터", "ko", "다음 달", date(2025, 5, 1)),
        ("2023년 7월 발표", "ko", "2023년 7월", date(2023, 7, 1)),
        ("2025년 6월로", "ko", "2025년 6월", date(2025, 6, 1)),
        ("지난해 7월 발표", "ko", "지난해 7월", date(2024, 7, 1)),
        ("지난 3월 발표", "ko", "지난 3월", date(2025, 3, 1)),
        ("지난 7월 발표", "ko", "지난 7월", date(2024, 7, 1)),  # the latest July before April
        ("지난 4월 발표", "ko", "지난 4월", date(2024, 4, 1)),  # not the month under way
        ("오는 3월 시행", "ko", "오는 3월", date(2026, 3, 1)),
        ("2월에 발표", "ko", "2월", date(2025, 2, 1)),
        ("6월부터 시행", "ko", "6월", date(2025, 6, 1)),  # two months ahead: this year's
        ("7월 중순 발표", "ko", "7월 중순", date(2024, 7, 1)),  # three ahead: last year's
        ("in March", "en", "March", date(2025, 3, 1)),
        ("starts in June", "en", "June", date(2025, 6, 1)),
        ("in July", "en", "July", date(2024, 7, 1)),
        ("last month", "en", "last month", date(2025, 3, 1)),
        ("next month", "en", "next month", date(2025, 5, 1)),
        ("July 2023", "en", "July 2023", date(2023, 7, 1)),
        ("last July", "en", "last July", date(2024, 7, 1)),
        ("next April", "en", "next April", date(2026, 4, 1)),
    ],
)
def test_month_resolves_to_its_first_day(text: str, lang: str, span: str, expected: date) -> None:
    assert period(text, lang) == (span, expected, "month")


@pytest.mark.parametrize(
    ("text", "lang", "span", "expected", "precision"),
    [
        ("올해 매출", "ko", "올해", date(2025, 1, 1), "year"),
        ("지난해 매출", "ko", "지난해", date(2024, 1, 1), "year"),
        ("작년 매출", "ko", "작년", date(2024, 1, 1), "year"),
        ("내년 시행", "ko", "내년", date(2026, 1, 1), "year"),
        ("2023년 매출", "ko", "2023년", date(2023, 1, 1), "year"),
        ("지난해 말 발표", "ko", "지난해 말", date(2024, 1, 1), "year"),
        ("올해 상반기 매출", "ko", "올해 상반기", date(2025, 1, 1), "half"),
        ("2023년 하반기 매출", "ko", "2023년 하반기", date(2023, 7, 1), "half"),
        ("지난주 발표", "ko", "지난주", date(2025, 3, 31), "week"),  # the Monday before REF's
        ("last year", "en", "last year", date(2024, 1, 1), "year"),
        ("earlier this year", "en", "this year", date(2025, 1, 1), "year"),
        ("sales in 2023 rose", "en", "2023", date(2023, 1, 1), "year"),
        ("next week", "en", "next week", date(2025, 4, 14), "week"),
    ],
)
def test_year_half_and_week(
    text: str, lang: str, span: str, expected: date, precision: str
) -> None:
    assert period(text, lang) == (span, expected, precision)


@pytest.mark.parametrize(
    ("text", "lang", "span", "expected", "precision"),
    [
        ("올해 1분기 매출", "ko", "올해 1분기", date(2025, 1, 1), "quarter"),
        ("올 1분기에", "ko", "올 1분기", date(2025, 1, 1), "quarter"),
        ("지난해 4분기 실적", "ko", "지난해 4분기", date(2024, 10, 1), "quarter"),
        ("2024년 3분기 실적", "ko", "2024년 3분기", date(2024, 7, 1), "quarter"),
        ("2분기 실적", "ko", "2분기", date(2025, 4, 1), "quarter"),
        ("4분기 실적", "ko", "4분기", date(2024, 10, 1), "quarter"),  # placed like October
        ("first-quarter profit", "en", "first-quarter", date(2025, 1, 1), "quarter"),
        ("Q1 2024 results", "en", "Q1 2024", date(2024, 1, 1), "quarter"),
        (
            "in the fourth quarter of last year",
            "en",
            "fourth quarter of last year",
            date(2024, 10, 1),
            "quarter",
        ),
        ("the first half of 2024", "en", "first half of 2024", date(2024, 1, 1), "half"),
        (
            "the second half of this year",
            "en",
            "second half of this year",
            date(2025, 7, 1),
            "half",
        ),
        ("in April last year", "en", "April last year", date(2024, 4, 1), "month"),
        ("in March this year", "en", "March this year", date(2025, 3, 1), "month"),
    ],
)
def test_quarters_halves_and_month_of_a_relative_year(
    text: str, lang: str, span: str, expected: date, precision: str
) -> None:
    assert period(text, lang) == (span, expected, precision)


def test_quarter_lookalikes() -> None:
    """A run of quarters is a duration; a junction (분기점) and "quarterly" are no quarter."""
    assert find_dates("4분기 연속 증가", "ko", REF) == []
    text = "4분기 연속 증가"
    assert [text[a:b] for a, b in find_durations(text, "ko")] == ["4분기"]
    assert find_dates("신갈분기점 부근", "ko", REF) == []
    assert find_dates("first quarterly report", "en", REF) == []
    assert find_dates("in the first half", "en", REF) == []  # no year: no span


@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        ("지난 1분기 실적", "ko", date(2025, 2, 20), date(2024, 1, 1)),  # not the one under way
        ("오는 4분기", "ko", date(2025, 11, 3), date(2026, 10, 1)),
        # a January post: December, and the month before it, are last year's
        ("지난 12월 발표", "ko", date(2026, 1, 15), date(2025, 12, 1)),
        ("12월에 발표", "ko", date(2026, 1, 15), date(2025, 12, 1)),
        ("지난달 발표", "ko", date(2026, 1, 15), date(2025, 12, 1)),
        ("in December", "en", date(2026, 1, 15), date(2025, 12, 1)),
        ("last month", "en", date(2026, 1, 15), date(2025, 12, 1)),
        ("지난해 매출", "ko", date(2026, 1, 2), date(2025, 1, 1)),
        # a December post: the coming months are next year's
        ("오는 2월 시행", "ko", date(2025, 12, 20), date(2026, 2, 1)),
        ("next month", "en", date(2025, 12, 20), date(2026, 1, 1)),
        ("내년 시행", "ko", date(2025, 12, 20), date(2026, 1, 1)),
    ],
)
def test_periods_across_the_year_boundary(text: str, lang: str, ref: date, expected: date) -> None:
    assert period(text, lang, ref)[1] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("지난달 발표", "ko"),
        ("7월 중순 발표", "ko"),
        ("올해 상반기", "ko"),
        ("지난주 발표", "ko"),
        ("in July", "en"),
        ("last year", "en"),
    ],
)
def test_relative_periods_need_a_reference(text: str, lang: str) -> None:
    assert period(text, lang, None)[1:] == (None, None)


def test_absolute_periods_resolve_without_reference() -> None:
    assert period("2023년 7월", "ko", None) == ("2023년 7월", date(2023, 7, 1), "month")
    assert period("July 2023", "en", None) == ("July 2023", date(2023, 7, 1), "month")
    assert period("2023년 매출", "ko", None) == ("2023년", date(2023, 1, 1), "year")


def test_anaphoric_day_does_not_follow_a_month() -> None:
    """``이날`` after ``지난달`` is the post's day, not the first of last month."""
    spans = find_dates("지난달 발표했다. 이날 회의에서", "ko", REF)
    assert [(s.text, s.date, s.precision) for s in spans] == [
        ("지난달", date(2025, 3, 1), "month"),
        ("이날", REF, "day"),
    ]


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
