"""MONEY, PERCENT and DATE spans by rule: magnitudes, ratios and fraction words, dates and
durations, widened by the hedges and particles news NER keeps inside them."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from schemas.models import Magnitude
from streams.extract import resources
from streams.extract.dates import find_dates, find_durations
from streams.extract.magnitude import find_magnitudes
from streams.extract.spans import NUMERIC, Span, affix_alt


def numeric_spans(text: str, lang: str, ref: date | None, lo: int, hi: int) -> list[Span]:
    out: list[Span] = []
    for m in find_magnitudes(text, lang, lo, hi):
        s, e = _widen(text, lang, m.start, m.end, lo, hi)
        out.append(Span(s, e, m.kind, NUMERIC, magnitude=m.magnitude))
    out += _ratio_spans(text, lang, lo, hi)
    for d in find_dates(text, lang, ref, lo, hi):
        out.append(Span(d.start, d.end, "DATE", NUMERIC, date=d.date, date_precision=d.precision))
    for s, e in find_durations(text, lang, lo, hi):
        out.append(Span(s, e, "DATE", NUMERIC - 1))
    return out


@cache
def _number_affixes(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Hedges and particles that news NER keeps inside a MONEY/PERCENT span (``약 1800만 원``,
    ``3억원 이상``); the magnitude span itself never includes them."""
    data = resources.load(lang, "numbers")
    pre, suf = list(data.get("entity_prefixes", [])), list(data.get("entity_suffixes", []))
    before = re.compile(rf"(?:{affix_alt(pre)})\s?$") if pre else None
    after = re.compile(rf"\s?(?:{affix_alt(suf)})(?![가-힣])") if suf else None
    return before, after


def _widen(text: str, lang: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    before, after = _number_affixes(lang)
    if before is not None:
        m = before.search(text, max(lo, start - 6), start)
        if m is not None and (m.start() == lo or not text[m.start() - 1].isalnum()):
            start = m.start()
    if after is not None:
        m = after.match(text, end, hi)
        if m is not None:
            end = m.end()
    return start, end


@cache
def _ratio_pattern(lang: str) -> re.Pattern[str] | None:
    data = resources.load(lang, "numbers")
    ratios, fractions = data.get("ratio_words", []), data.get("fraction_words", {})
    parts = []
    if ratios:
        parts.append(rf"(?<![\d.])\d+(?:\.\d+)?\s?(?:{affix_alt(ratios)})")
    if fractions:
        parts.append(rf"(?<![가-힣])(?:{affix_alt(list(fractions))})")
    return re.compile("|".join(parts)) if parts else None


def _ratio_spans(text: str, lang: str, lo: int, hi: int) -> list[Span]:
    """Ratios (``3배``) and fraction words (``절반`` = 50 %) that news NER labels PERCENT."""
    pattern = _ratio_pattern(lang)
    if pattern is None:
        return []
    fractions = resources.load(lang, "numbers").get("fraction_words", {})
    out = []
    for m in pattern.finditer(text, lo, hi):
        value = fractions.get(m.group())
        mag = Magnitude(value=float(value), unit="%") if value is not None else None
        s, e = _widen(text, lang, m.start(), m.end(), lo, hi)
        out.append(Span(s, e, "PERCENT", NUMERIC - 1, magnitude=mag))
    return out
