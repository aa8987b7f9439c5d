"""Named entities: MONEY/PERCENT/DATE by rule, PERSON/ORG/LOC by gazetteer and name cues.

Every language gets MONEY, PERCENT and DATE (symbols, digits and ISO dates work anywhere). A
language with its own data folder also gets the gazetteer (``kb_id``/``norm``) and a name
recogniser chosen by ``names.json``'s ``recognizer``:

- ``morph`` (Korean): kiwipiepy proper nouns (NNP), classified by the words around them — a title
  after (``홍길동 대표``, ``김 장관``), an occupation before (``배우 송중기``), a suffix
  (``원주시`` LOC, ``국토교통부`` ORG), or the shape of a Korean name (surname + 1–2 syllables);
- ``capitalised`` (English and similar): runs of capitalised words, classified by org/location
  suffixes and prefixes, titles and given names, and location prepositions; a capital that only
  starts a sentence, or a headline in title case, does not make a name.

Overlaps resolve by priority: numbers and dates first, then names whose own suffix proves them
(``한국 범죄학 연구소`` over ``한국``), then the gazetteer, then the other cues.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from schemas.models import Entity
from streams.doc import Doc
from streams.extract import resources
from streams.extract.gazetteer import find_known
from streams.extract.names_cased import cased_names
from streams.extract.names_morph import morph_names
from streams.extract.numeric_spans import numeric_spans
from streams.extract.spans import HAN, KNOWN, Recognizer, Span, compiled, covered, load_cues

_RECOGNIZERS: dict[str, Recognizer] = {"morph": morph_names, "capitalised": cased_names}


def _known_spans(text: str, lang: str, lo: int, hi: int) -> list[Span]:
    return [
        Span(h.start, h.end, h.entry.label, KNOWN, kb_id=h.entry.kb_id, norm=h.entry.norm)
        for h in find_known(text, lang, lo, hi)
    ]


def _resolve(spans: list[Span]) -> list[Span]:
    """Highest priority first, then longest; a span overlapping one already kept is dropped."""
    kept: list[Span] = []
    for s in sorted(spans, key=lambda s: (-s.priority, -(s.end - s.start), s.start)):
        if s.end > s.start and not covered(kept, s.start, s.end):
            kept.append(s)
    return sorted(kept, key=lambda s: s.start)


def _names(text: str, lang: str, lo: int, hi: int) -> list[Span]:
    if not resources.has_language(lang):
        return []
    known = _known_spans(text, lang, lo, hi)
    recognizer = _RECOGNIZERS.get(str(load_cues(lang).get("recognizer", "")))
    found = recognizer(text, lang, lo, hi, known) if recognizer else []
    if load_cues(lang).get("hanja_glosses"):
        found += _glosses(text, lo, hi, _resolve(known + found))
    return _counted_people(text, known + found, load_cues(lang))


def _counted_people(text: str, spans: list[Span], cues: dict[str, Any]) -> list[Span]:
    """경찰 30명이, 수십 명의 경찰: a word that names one organisation in news (``generic_orgs``)
    with a headcount next to it names people, not the organisation: no name there."""
    words = cues.get("generic_orgs", frozenset())
    after = compiled(tuple(sorted(cues.get("headcount_after", ()))))
    before = compiled(tuple(sorted(cues.get("headcount_before", ()))))
    if not words or not (after or before):
        return spans

    def counted(s: Span) -> bool:
        return (
            s.label == "ORG"
            and text[s.start : s.end] in words
            and (
                any(p.match(text, s.end) for p in after)
                or any(p.search(text, max(0, s.start - 12), s.start) for p in before)
            )
        )

    return [s for s in spans if not counted(s)]


_GLOSS = re.compile(rf"\(([{HAN}]+)[)·.,]")


def _glosses(text: str, lo: int, hi: int, names: Sequence[Span]) -> list[Span]:
    """보시라이(薄熙來), 베이징(北京): Korean news glosses a name in Chinese characters in
    brackets right after it; the gloss is the same entity again."""
    ends = {s.end: s for s in names}
    out = []
    for m in _GLOSS.finditer(text, lo, hi):
        named = ends.get(m.start())
        if named is not None and named.label in ("PERSON", "ORG", "LOC"):
            out.append(Span(m.start(1), m.end(1), named.label, named.priority))
    return out


def _trimmed(text: str, s: Span) -> Span:
    start, end = s.start, s.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return dataclasses.replace(s, start=start, end=end)


def find_entities(
    text: str, lang: str, ref: date | None, start: int = 0, end: int | None = None
) -> list[Entity]:
    """Entities in ``text[start:end]``, offsets into ``text``: ``text[e.start:e.end] == e.text``."""
    lo = max(0, start)
    hi = len(text) if end is None else max(lo, min(end, len(text)))
    spans = numeric_spans(text, lang, ref, lo, hi) + _names(text, lang, lo, hi)
    out = []
    for s in _resolve([_trimmed(text, s) for s in spans]):
        if not s.entity:
            continue
        out.append(
            Entity(
                label=s.label,
                start=s.start,
                end=s.end,
                text=text[s.start : s.end],
                kb_id=s.kb_id,
                norm=s.norm,
                magnitude=s.magnitude,
                date=s.date,
                date_precision=s.date_precision,
            )
        )
    return out


def entities_component(doc: Doc) -> None:
    """Pipeline component: fills ``doc.entities`` (within the segments, when there are any)."""
    ranges = [(s.start, s.end) for s in doc.segments] or [(0, len(doc.text))]
    found: list[Entity] = []
    for lo, hi in ranges:
        found += find_entities(doc.text, doc.lang, doc.ref_date, lo, hi)
    doc.entities = found
