"""Date expressions, resolved against the post's date.

The patterns and words are data (``lang/<lang>/dates.json`` over ``lang/und/dates.json``): each
pattern is a regex over placeholders such as ``{MONTH}`` or ``{DIR}``, and its named groups say
how a match resolves (see the ``_doc`` of ``lang/und/dates.json``). News states dates relative
to the day it is published, so:

- a bare day (``9일``) is the most recent such day on or before the post date, ``오는 15일`` the
  next one on or after it;
- a month and day without year (``4월 9일``) take the post's year, or the year before when that
  would put it more than ~2 months after the post (a report does not announce far-future days
  without a year);
- a weekday is the most recent one on or before the post date (``next`` moves it forward);
- ``이날``/``the next day`` count from the last day the text resolved (else the post date).

A span that names a longer period resolves to the period's first day, and ``precision`` says
which period: ``지난달``/``last month`` the month before the post's (``"month"``), ``올해``/
``last year`` a year (``"year"``), ``올해 1분기``/``Q1 2024`` a quarter, ``올해 상반기`` a half
year, ``지난주`` a week (its Monday). ``7월 중순``/``early July`` are the month. A month without
year (``7월``/``in July``) follows the month-and-day rule in whole months: this year's up to two
months after the post month, else last year's; ``지난``/``last`` take the latest one before the
post month, ``오는``/``next`` the first one after it (as ``last Monday`` said on a Monday is a
week ago). A quarter without year is placed like its first month. Callers that mean a day must
check ``precision == "day"``.

Without a reference date only absolute dates resolve; the others keep ``date=None``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from schemas.models import DatePrecision
from streams.extract import resources

_FUTURE_SLACK = timedelta(days=62)
# _FUTURE_SLACK in whole months, for a month named without its year.
_FUTURE_MONTHS = _FUTURE_SLACK.days // 31


@dataclass(frozen=True)
class DateSpan:
    start: int
    end: int
    text: str
    date: date | None
    # what ``date`` stands for: that day, or the week/month/half/year starting on it
    precision: DatePrecision | None = None


@dataclass(frozen=True)
class _Words:
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    directions: Mapping[str, str]
    offsets: Mapping[str, Mapping[str, int]]  # group name → word → offset
    halves: Mapping[str, int]  # a period part naming a half year → 1 or 2
    quarters: Mapping[str, int]  # a quarter's name → 1 to 4


@dataclass(frozen=True)
class _Grammar:
    words: _Words
    patterns: tuple[re.Pattern[str], ...]
    durations: tuple[re.Pattern[str], ...]


def _alt(words: Any) -> str:
    items = sorted({str(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in items) if items else r"(?!x)x"


def _placeholders(data: Mapping[str, Any]) -> dict[str, str]:
    return {
        "MONTH": _alt(data.get("months", {})),
        "WEEKDAY": _alt(data.get("weekdays", {})),
        "DIR": _alt(data.get("directions", {})),
        "REL_DAY": _alt(data.get("relative_days", {})),
        "REL_WEEK": _alt(data.get("relative_weeks", {})),
        "REL_MONTH": _alt(data.get("relative_months", {})),
        "REL_YEAR": _alt(data.get("relative_years", {})),
        "ANAPHOR": _alt(data.get("anaphoric_days", {})),
        "PART": _alt(data.get("period_parts", [])),
        "HALF": _alt(data.get("period_halves", {})),
        "QUARTER": _alt(data.get("quarters", {})),
        "NUMWORD": _alt(data.get("number_words", {})),
        "DATEWORD": _alt(data.get("date_words", [])),
    }


def _compile(raw: list[str], fills: Mapping[str, str], flags: int) -> tuple[re.Pattern[str], ...]:
    out = []
    for pattern in raw:
        for key, value in fills.items():
            pattern = pattern.replace("{" + key + "}", f"(?:{value})")
        out.append(re.compile(pattern, flags))
    return tuple(out)


@cache
def _grammar(lang: str) -> _Grammar:
    data = resources.load(lang, "dates")
    flags = 0 if data.get("case_sensitive", False) else re.IGNORECASE
    fills = _placeholders(data)
    words = _Words(
        months={str(k): int(v) for k, v in data.get("months", {}).items()},
        weekdays={str(k): int(v) for k, v in data.get("weekdays", {}).items()},
        directions={str(k): str(v) for k, v in data.get("directions", {}).items()},
        offsets={
            group: {str(k): int(v) for k, v in data.get(key, {}).items()}
            for group, key in (
                ("rd", "relative_days"),
                ("an", "anaphoric_days"),
                ("rw", "relative_weeks"),
                ("rm", "relative_months"),
                ("ry", "relative_years"),
            )
        },
        halves={str(k): int(v) for k, v in data.get("period_halves", {}).items()},
        quarters={str(k): int(v) for k, v in data.get("quarters", {}).items()},
    )
    return _Grammar(
        words,
        _compile(list(data.get("patterns", [])), fills, flags),
        _compile(list(data.get("duration_patterns", [])), fills, flags),
    )


def _lookup(table: Mapping[str, int], word: str) -> int:
    """Case-insensitive fallback, for languages whose patterns ignore case."""
    if word in table:
        return table[word]
    folded = {k.casefold(): v for k, v in table.items()}
    return folded.get(word.casefold(), 0)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_back(year: int, month: int, steps: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) - steps
    return index // 12, index % 12 + 1


def _bare_day(day: int, ref: date, direction: str) -> date | None:
    """The nearest ``day`` of a month on/before ``ref`` (past) or on/after it (future)."""
    step = -1 if direction != "future" else 1
    for i in range(3):  # a 31st may need to skip a short month
        y, m = _month_back(ref.year, ref.month, -step * i)
        found = _safe_date(y, m, day)
        if found is not None and (found <= ref if step < 0 else found >= ref):
            return found
    return None


def _month_day(month: int, day: int, ref: date, direction: str) -> date | None:
    """A month-and-day without year, placed in the year that makes sense for a news report."""
    this_year = _safe_date(ref.year, month, day)
    if this_year is None:
        return _safe_date(ref.year - 1, month, day)
    if direction == "future" and this_year < ref:
        return _safe_date(ref.year + 1, month, day)
    if direction == "past" and this_year > ref:
        return _safe_date(ref.year - 1, month, day)
    if this_year - ref > _FUTURE_SLACK:
        return _safe_date(ref.year - 1, month, day)
    return this_year


def _weekday(wd: int, ref: date, direction: str) -> date:
    """Most recent such weekday on/before ``ref``; "last Monday" said on a Monday is a week ago."""
    if direction == "future":
        return ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)
    back = (ref.weekday() - wd) % 7
    if direction == "past" and back == 0:
        back = 7
    return ref - timedelta(days=back)


def _year(groups: Mapping[str, str | None], w: _Words, ref: date | None) -> int | None:
    if groups.get("y"):
        return int(groups["y"] or 0)
    if groups.get("yy"):
        return 2000 + int(groups["yy"] or 0)
    ry = groups.get("ry")
    if ry and ref is not None:
        return ref.year + _lookup(w.offsets["ry"], ry)
    if groups.get("dir") and ref is not None and w.directions.get(groups["dir"] or "") == "near":
        return ref.year
    return None


def _month(groups: Mapping[str, str | None], w: _Words, ref: date | None) -> int | None:
    if groups.get("m"):
        return int(groups["m"] or 0)
    if groups.get("mname"):
        return _lookup(w.months, (groups["mname"] or "").rstrip("."))
    return None


def _quarter(groups: Mapping[str, str | None], w: _Words) -> int:
    if groups.get("q"):
        return int(groups["q"] or 0)
    if groups.get("qname"):
        return _lookup(w.quarters, groups["qname"] or "")
    return 0


def _period_year(first: int, months: int, ref: date, direction: str) -> int:
    """The year of a month (``months`` = 1) or quarter (3) named without one, from its first
    month: this year's when that is at most ``_FUTURE_MONTHS`` after the post month, else last
    year's; past/future take the nearest one before/after the period the post falls in."""
    current = ref.month - (ref.month - 1) % months
    if direction == "future":
        return ref.year + (first <= current)
    if direction == "past":
        return ref.year - (first >= current)
    return ref.year - (first - ref.month > _FUTURE_MONTHS)


_Resolved = tuple[date, DatePrecision]


def _resolve(
    groups: Mapping[str, str | None], w: _Words, ref: date | None, anchor: date | None
) -> _Resolved | None:
    direction = w.directions.get(groups.get("dir") or "", "")
    day: date | None = None
    if groups.get("an"):
        base = anchor or ref
        day = base + timedelta(days=_lookup(w.offsets["an"], groups["an"] or "")) if base else None
    elif groups.get("rd"):
        day = ref + timedelta(days=_lookup(w.offsets["rd"], groups["rd"] or "")) if ref else None
    elif groups.get("d") and not groups.get("part"):
        day = _resolve_day(groups, w, ref, direction)
    elif groups.get("wd") and not groups.get("m"):
        day = _weekday(_lookup(w.weekdays, groups["wd"] or ""), ref, direction) if ref else None
    else:
        return _resolve_period(groups, w, ref, direction)
    return (day, "day") if day is not None else None


def _resolve_period(
    groups: Mapping[str, str | None], w: _Words, ref: date | None, direction: str
) -> _Resolved | None:
    """A week, month, quarter, half or year: its first day and which period it is."""
    if groups.get("rw"):
        if ref is None:
            return None
        monday = ref - timedelta(days=ref.weekday())
        return monday + timedelta(weeks=_lookup(w.offsets["rw"], groups["rw"] or "")), "week"
    year, month = _year(groups, w, ref), _month(groups, w, ref)
    quarter = _quarter(groups, w)
    if month is None and quarter:
        month = 3 * quarter - 2
    if month is None and groups.get("rm"):
        if ref is None:
            return None
        year, month = _month_back(
            ref.year, ref.month, -_lookup(w.offsets["rm"], groups["rm"] or "")
        )
    if month is not None:
        if year is None:
            if ref is None:
                return None
            year = _period_year(month, 3 if quarter else 1, ref, direction)
        first = _safe_date(year, month, 1)
        if first is None:
            return None
        return (first, "quarter") if quarter else (first, "month")
    if year is None:
        return None
    half = _lookup(w.halves, groups.get("part") or "")
    first = _safe_date(year, 6 * half - 5 if half else 1, 1)
    if first is None:
        return None
    return (first, "half") if half else (first, "year")


def _resolve_day(
    groups: Mapping[str, str | None], w: _Words, ref: date | None, direction: str
) -> date | None:
    day = int(groups.get("d0") or groups.get("d") or 0)
    year, month = _year(groups, w, ref), _month(groups, w, ref)
    if month is None and groups.get("rm") and ref is not None:
        year, month = _month_back(
            ref.year, ref.month, -_lookup(w.offsets["rm"], groups["rm"] or "")
        )
    if month is None:
        return _bare_day(day, ref, direction) if ref else None
    if year is not None:
        return _safe_date(year, month, day)
    return _month_day(month, day, ref, direction) if ref else None


def _narrowed(m: re.Match[str]) -> tuple[int, int]:
    groups = m.groupdict()
    if groups.get("span") is not None:
        return m.span("span")
    return m.span()


def _longest(
    spans: list[tuple[int, int, re.Match[str] | None]],
) -> list[tuple[int, int, re.Match[str] | None]]:
    """Leftmost-longest, non-overlapping."""
    out: list[tuple[int, int, re.Match[str] | None]] = []
    for item in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if out and item[0] < out[-1][1]:
            if item[1] - item[0] > out[-1][1] - out[-1][0]:
                out[-1] = item
            continue
        out.append(item)
    return out


def _matches(
    patterns: tuple[re.Pattern[str], ...], text: str, lo: int, hi: int
) -> list[tuple[int, int, re.Match[str] | None]]:
    found: list[tuple[int, int, re.Match[str] | None]] = []
    for pattern in patterns:
        for m in pattern.finditer(text, lo, hi):
            s, e = _narrowed(m)
            if e > s:
                found.append((s, e, m))
    return found


def find_dates(
    text: str, lang: str, ref: date | None, start: int = 0, end: int | None = None
) -> list[DateSpan]:
    """Date expressions in ``text[start:end]`` (offsets into ``text``), resolved where possible."""
    g = _grammar(lang)
    hi = len(text) if end is None else min(end, len(text))
    out: list[DateSpan] = []
    anchor: date | None = None
    for s, e, m in _longest(_matches(g.patterns, text, max(0, start), hi)):
        assert m is not None
        resolved = _resolve(m.groupdict(), g.words, ref, anchor)
        day, precision = resolved if resolved is not None else (None, None)
        if precision == "day" and not m.groupdict().get("an"):
            anchor = day
        out.append(DateSpan(s, e, text[s:e], day, precision))
    return out


def find_durations(
    text: str, lang: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    """Spans of durations and calendar words (``3년간``, ``이틀 동안``, ``주말``, ``two years``):
    DATE entities in news NER annotation, though they name no single day."""
    g = _grammar(lang)
    hi = len(text) if end is None else min(end, len(text))
    return [(s, e) for s, e, _ in _longest(_matches(g.durations, text, max(0, start), hi))]
