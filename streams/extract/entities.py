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

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from schemas.models import Entity, EntityLabel, Magnitude
from streams.doc import Doc
from streams.extract import resources
from streams.extract.dates import find_dates, find_durations
from streams.extract.gazetteer import entries, find_known
from streams.extract.magnitude import find_magnitudes

NUMERIC, STRONG, KNOWN, WEAK = 4, 3, 2, 1


@dataclass(frozen=True)
class Span:
    """A candidate entity before overlaps are resolved."""

    start: int
    end: int
    label: EntityLabel
    priority: int
    kb_id: str | None = None
    norm: str | None = None
    magnitude: Magnitude | None = None
    date: date | None = None


Recognizer = Callable[[str, str, int, int, Sequence[Span]], list[Span]]


# ---------------------------------------------------------------- numbers, dates, gazetteer


def _affix_alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _number_affixes(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Hedges and particles that news NER keeps inside a MONEY/PERCENT span (``약 1800만 원``,
    ``3억원 이상``); the magnitude span itself never includes them."""
    data = resources.load(lang, "numbers")
    pre, suf = list(data.get("entity_prefixes", [])), list(data.get("entity_suffixes", []))
    before = re.compile(rf"(?:{_affix_alt(pre)})\s?$") if pre else None
    after = re.compile(rf"\s?(?:{_affix_alt(suf)})(?![가-힣])") if suf else None
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
        parts.append(rf"(?<![\d.])\d+(?:\.\d+)?\s?(?:{_affix_alt(ratios)})")
    if fractions:
        parts.append(rf"(?<![가-힣])(?:{_affix_alt(list(fractions))})")
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


def _numeric_spans(text: str, lang: str, ref: date | None, lo: int, hi: int) -> list[Span]:
    out: list[Span] = []
    for m in find_magnitudes(text, lang, lo, hi):
        s, e = _widen(text, lang, m.start, m.end, lo, hi)
        out.append(Span(s, e, m.kind, NUMERIC, magnitude=m.magnitude))
    out += _ratio_spans(text, lang, lo, hi)
    for d in find_dates(text, lang, ref, lo, hi):
        out.append(Span(d.start, d.end, "DATE", NUMERIC, date=d.date))
    for s, e in find_durations(text, lang, lo, hi):
        out.append(Span(s, e, "DATE", NUMERIC - 1))
    return out


def _known_spans(text: str, lang: str, lo: int, hi: int) -> list[Span]:
    return [
        Span(h.start, h.end, h.entry.label, KNOWN, kb_id=h.entry.kb_id, norm=h.entry.norm)
        for h in find_known(text, lang, lo, hi)
    ]


# ---------------------------------------------------------------- shared helpers


@cache
def _cues(lang: str) -> dict[str, Any]:
    """names.json with list values turned into sets (and the longest-first suffix lists)."""
    data = resources.load(lang, "names")
    out: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, list):
            out[key] = frozenset(str(v) for v in value)
            out[key + "_by_length"] = tuple(sorted({str(v) for v in value}, key=len, reverse=True))
        else:
            out[key] = value
    return out


def _ends_with(word: str, suffixes: Sequence[str]) -> str | None:
    for suffix in suffixes:
        if len(word) > len(suffix) and word.endswith(suffix):
            return suffix
    return None


def _covered(spans: Sequence[Span], start: int, end: int) -> Span | None:
    for s in spans:
        if s.start < end and start < s.end:
            return s
    return None


# ---------------------------------------------------------------- Korean (morphological)


@dataclass(frozen=True)
class _Tok:
    form: str
    tag: str
    start: int
    end: int


# Tags that can be part of a name's compound noun (proper/common nouns, Latin, Hanja, digits).
_NOMINAL = frozenset({"NNP", "NNG", "SL", "SH", "SN"})
_PROPER = frozenset({"NNP", "SL", "SH"})
_HANGUL_NAME = re.compile(r"^[가-힣]+(?: [가-힣]+)*$")
_LATIN_ACRONYM = re.compile(r"^(?=.*[A-Z].*[A-Z]|[A-Z]$)[A-Z0-9&.\-]+[a-z]?$")


def _morph_tokens(text: str, lo: int, hi: int) -> list[_Tok]:
    from streams.extract.korean import kiwi  # imported late: loading the model costs ~1 s

    out = []
    for t in kiwi().tokenize(text[lo:hi]):
        start = lo + int(t.start)
        out.append(_Tok(str(t.form), str(t.tag), start, start + int(t.len)))
    return out


@dataclass(frozen=True)
class _Compound:
    """A run of nominal tokens with no space between them (one written noun compound)."""

    toks: tuple[_Tok, ...]
    label: EntityLabel | None
    cue: str  # why: "suffix", "known", "title", "shape", "default", "joined" (a name), ""

    @property
    def start(self) -> int:
        return self.toks[0].start

    @property
    def end(self) -> int:
        return self.toks[-1].end


def _compound_runs(toks: Sequence[_Tok]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        if toks[i].tag not in _NOMINAL:
            i += 1
            continue
        j = i + 1
        while j < len(toks) and toks[j].tag in _NOMINAL and toks[j].start == toks[j - 1].end:
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _suffix_label(word: str, has_proper: bool, cues: dict[str, Any]) -> EntityLabel | None:
    """ORG/LOC by the compound's last characters (국토교통부, 동대문경찰서, 원주시). Common nouns
    that merely end the same way (요청, 일부) are listed in ``not_suffixed``."""
    if word in cues["not_suffixed"] or len(word) < 2:
        return None
    if any(word.endswith(e) for e in cues.get("not_name_endings", ())):
        return None  # 증후군, 우산: common nouns that end like a county or a mountain
    for key, label in (("org_suffixes_by_length", "ORG"), ("loc_suffixes_by_length", "LOC")):
        suffix = _ends_with(word, cues[key])
        if suffix is None:
            continue
        # One-syllable suffixes (시, 부, 원) end many common nouns: trust them on proper nouns,
        # and a few (청, 위) on long common-noun compounds (기상청, 인수위).
        if len(suffix) >= 2 or has_proper or _common_org(word, suffix, label, cues):
            return "ORG" if label == "ORG" else "LOC"
    return None


def _common_org(word: str, suffix: str, label: str, cues: dict[str, Any]) -> bool:
    return (
        label == "ORG"
        and len(word) >= 3
        and suffix in cues.get("common_noun_org_suffixes", ())
        and not any(word.endswith(e) for e in cues.get("not_suffix_endings", ()))
    )


def _name_not_suffix(word: str, run: Sequence[_Tok], cues: dict[str, Any]) -> bool:
    """이재현, 김태원, 한효주: one proper noun of surname + two syllables whose last syllable
    also ends places (현, 주) and organisations (원, 부) is far more often a person's name."""
    return (
        len(run) == 1
        and run[0].tag == "NNP"
        and len(word) == 3
        and bool(_HANGUL_NAME.match(word))
        and word[0] in cues["surnames"]
        and word[-1] in cues.get("person_name_endings", ())
        and _ends_with(word, cues["org_suffixes_by_length"] + cues["loc_suffixes_by_length"])
        == word[-1]
    )


def _classify(
    toks: Sequence[_Tok], i: int, j: int, text: str, cues: dict[str, Any], known: Sequence[Span]
) -> _Compound:
    run = tuple(toks[i:j])
    word = text[run[0].start : run[-1].end]
    has_proper = any(t.tag in _PROPER for t in run)
    hit = _covered(known, run[0].start, run[-1].end)
    if hit is not None and hit.start == run[0].start and hit.end == run[-1].end:
        return _Compound(run, hit.label, "known")
    if len(run) == 1 and run[0].tag == "NNP" and " " in word and _HANGUL_NAME.match(word):
        return _Compound(run, "PERSON", "joined")  # kiwi's own multi-word name: 휘트니 휴스턴
    label = _suffix_label(word, has_proper, cues)
    if label is not None and _name_not_suffix(word, run, cues):
        return _Compound(run, "PERSON", "shape")
    if label == "LOC" and _ends_with(word, cues["loc_suffixes_by_length"]) in cues.get(
        "loc_chain_suffixes", ()
    ):
        return _Compound(run, "LOC", "chain")  # 세종로, 대광리: a place only after a place
    if label is not None:
        return _Compound(run, label, "suffix")
    if word in cues["generic_orgs"]:
        return _Compound(run, "ORG", "known")
    if not has_proper or hit is not None:
        return _Compound(run, None, "")
    shape = _ko_shape(word, run, cues)
    return _Compound(run, shape, "shape" if shape == "PERSON" else "default")


def _split_name(word: str, run: Sequence[_Tok], cues: dict[str, Any]) -> bool:
    """김국태 as 김/NNP 국/NNG 태/NNG, 이철규 as 이철/NNP 규/NNG: kiwi cuts a name it does not
    know into a surname-led proper noun and one-syllable common nouns. Three syllables in all,
    a surname first, no piece longer than two syllables."""
    return (
        len(word) == 3
        and len(run) >= 2
        and bool(_HANGUL_NAME.match(word))
        and run[0].tag == "NNP"
        and word[0] in cues["surnames"]
        and all(t.tag in ("NNP", "NNG") and len(t.form) <= 2 for t in run)
        and word not in cues["non_names"]
    )


def _ko_shape(word: str, run: Sequence[_Tok], cues: dict[str, Any]) -> EntityLabel | None:
    if all(t.tag == "SL" for t in run):
        if word in cues["latin_not_names"] or not _LATIN_ACRONYM.match(word):
            return None  # English words quoted in Korean text are not names; acronyms are
        return "PERSON" if len(word) == 1 else "ORG"
    if _split_name(word, run, cues):
        return "PERSON"
    if not _HANGUL_NAME.match(word) or any(t.tag != "NNP" for t in run):
        return None
    if " " in word:
        return "PERSON"  # kiwi joins transliterated foreign names: 로레나 오초아
    if 2 <= len(word) <= 4 and (word[0] in cues["surnames"] or word[:2] in cues["surnames"]):
        return "PERSON"
    default = cues.get("default_label")
    return str(default) if default in ("ORG", "LOC", "PERSON") else None  # type: ignore[return-value]


_AGE = re.compile(r"\(\d{1,2}[)·,]")


def _person_cue(
    toks: Sequence[_Tok], k: int, comps: Sequence[_Compound], text: str, cues: dict[str, Any]
) -> bool:
    """A title after the name, maybe past its organisation (김 장관, 김모씨, 팀 쿡 애플
    CEO), an age in brackets (김연경(24)), or an occupation right before (배우 송중기)."""
    c = comps[k]
    if _AGE.match(text, c.end):
        return True
    before = [t for t in toks if t.end <= c.start][-1:]
    if before and before[0].form in cues["person_before"]:
        return True
    after = [t for t in toks if t.start >= c.end][:1]
    if after and after[0].form in cues["person_titles"]:
        return True
    m = k + 1
    while m < len(comps) and comps[m].cue in ("known", "suffix") and comps[m].label == "ORG":
        m += 1  # 최재원 SK그룹 수석부회장: the title comes after the organisation
    if (
        m < len(comps)
        and m <= k + 2
        and comps[m].start - _past_title_prefix(text, comps[m - 1].end, cues) <= 1
    ):
        return _is_title(text[comps[m].start : comps[m].end], cues)
    return False


def _is_title(word: str, cues: dict[str, Any]) -> bool:
    return word in cues["person_titles"] or bool(_ends_with(word, cues["long_titles"]))


def _past_title_prefix(text: str, end: int, cues: dict[str, Any]) -> int:
    """Where a title may start after a name ending at ``end``: past a word such as 전 or 현
    (박 전 차관, 이 현 회장) that stands between a name and its title."""
    m = _title_prefix_pattern(cues).match(text, end)
    return m.end() - 1 if m else end


@cache
def _title_prefix_words(words: frozenset[str]) -> re.Pattern[str]:
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf" (?:{_affix_alt(sorted(words))}) (?=\S)")


def _title_prefix_pattern(cues: dict[str, Any]) -> re.Pattern[str]:
    return _title_prefix_words(cues.get("title_prefixes", frozenset()))


def _org_cue(toks: Sequence[_Tok], c: _Compound, text: str, cues: dict[str, Any]) -> bool:
    """A proper noun with no label of its own after a word that names its kind (소속사 큐브,
    결혼정보회사 비에나래), or before 측 (큐브측): a company or other organisation."""
    if c.cue not in ("", "default", "shape") or not any(t.tag in _PROPER for t in c.toks):
        return False
    before = [t for t in toks if t.end <= c.start][-1:]
    if (
        before
        and c.start - before[0].end <= 1
        and _ends_with("#" + before[0].form, cues.get("org_before_by_length", ()))
    ):
        return True
    after = [t for t in toks if t.start >= c.end][:1]
    return bool(after) and after[0].form in cues.get("side_words", ())


def _as_person(c: _Compound, text: str) -> bool:
    """Whether a compound can be a personal name at all (Hangul proper noun, or one Latin
    capital as in A씨)."""
    word = text[c.start : c.end]
    if c.cue == "known" or len(c.toks) > 2:
        return False
    if all(t.tag == "SL" for t in c.toks):
        return len(word) == 1 and word.isupper()
    if len(c.toks) > 1 and c.toks[0].tag == "NNP" and len(word) == 3:
        return all(t.tag in ("NNP", "NNG") for t in c.toks) and bool(_HANGUL_NAME.match(word))
    return all(t.tag == "NNP" for t in c.toks) and bool(_HANGUL_NAME.match(word)) and len(word) <= 5


def _merge_phrases(
    comps: list[_Compound], text: str, cues: dict[str, Any]
) -> list[tuple[int, int, EntityLabel, int]]:
    """Join compounds one space apart into one name where Korean news writes one: a place
    before a place (경기 수원시 팔달구) or a part of it (강원 영서, 텍사스 북부) stays a place, a
    place or organisation before an organisation (울산 남부경찰서, 국회 국토교통위원회, 일본
    정부, 서울중앙지검 조사부) is the organisation; one plain noun may stand before the head
    that makes it so (미국 수사 당국, 서울 올림픽공원 체조 경기장). An address part (세종로,
    대광리) is a place only after a place."""
    out: list[tuple[int, int, EntityLabel, int]] = []
    k = 0
    while k < len(comps):
        c = comps[k]
        if c.label is None or c.cue == "chain" or _kind_before_name(comps, k, text):
            k += 1
            continue
        start, label, m = c.start, c.label, k + 1
        prio = STRONG if c.cue == "joined" else WEAK
        while m < len(comps):
            joined = _phrase_joins(comps[m - 1], comps[m], label, text, cues)
            step = 1
            if joined is None and m + 1 < len(comps) and _plain(comps[m], text):
                joined = _phrase_joins(comps[m], comps[m + 1], label, text, cues, head_only=True)
                step = 2
            if joined is None:
                break
            label, prio, m = joined, STRONG, m + step
        out.append((start, comps[m - 1].end, label, prio))
        k = m
    return out


def _particle_person(c: _Compound, text: str, cues: dict[str, Any]) -> _Compound:
    """루키야노바는, 웜비어의: a Hangul proper noun that no dictionary or cue explains, as the
    topic, subject or possessor of a news sentence, is most often a person (a transliterated
    foreign name or a stage name)."""
    if c.label is not None or c.cue != "default" or any(t.tag != "NNP" for t in c.toks):
        return c
    word = text[c.start : c.end]
    if not _HANGUL_NAME.match(word) or " " in word or len(word) < 2:
        return c
    if (
        text[c.end : c.end + 1] in cues.get("person_particles", ())
        and not text[c.end + 1 : c.end + 2].isalnum()
    ):
        return _Compound(c.toks, "PERSON", "shape")
    return c


def _place_prefixes(comps: list[_Compound], text: str, cues: dict[str, Any]) -> list[_Compound]:
    """경기 수원시: a short province name that is also a common word (경기, game) is the
    province when a place follows it."""
    words = cues.get("loc_prefix_words", frozenset())
    out = list(comps)
    for k in range(len(out) - 1):
        c, nxt = out[k], out[k + 1]
        if (
            text[c.start : c.end] in words
            and text[c.end : nxt.start] == " "
            and nxt.label == "LOC"
            and nxt.cue in ("known", "suffix")
        ):
            out[k] = _Compound(c.toks, "LOC", "known")
    return out


def _plain(c: _Compound, text: str) -> bool:
    """A common-noun compound that may stand inside a longer name (체조 in 체조 경기장)."""
    return c.label is None and c.cue == "" and all(t.tag in ("NNG", "SN") for t in c.toks)


def _phrase_joins(
    prev: _Compound,
    nxt: _Compound,
    label: EntityLabel,
    text: str,
    cues: dict[str, Any],
    head_only: bool = False,
) -> EntityLabel | None:
    """The label of ``prev``'s phrase extended by ``nxt``, or None when they stay apart."""
    if text[prev.end : nxt.start] != " " or label not in ("LOC", "ORG"):
        return None
    word = text[nxt.start : nxt.end]
    if word in cues.get("org_heads", ()):
        return "ORG"
    if label == "LOC" and word in cues.get("loc_heads", ()):
        return "LOC"
    if head_only:
        return None
    if label == "LOC" and (nxt.cue == "chain" or word in cues.get("loc_parts", ())):
        return "LOC"
    if label == "LOC" and prev.label == "LOC" and _inner_place(nxt, word, text, cues):
        return "LOC"  # 터키 수루치에서, 경기도 양평 한 별장: a place within a place
    if label == "ORG" and _unit_of(word, nxt, cues) and not _is_title(word, cues):
        return "ORG"
    if nxt.cue not in ("suffix", "known") or nxt.label not in ("LOC", "ORG"):
        return None
    if label == "ORG" and nxt.label == "LOC":
        return None
    if _kind_noun(prev) and any(t.tag in _PROPER for t in nxt.toks):
        return None  # 결혼정보회사 비에나래: the kind of organisation, then its name
    return "ORG" if nxt.label == "ORG" else label


def _inner_place(c: _Compound, word: str, text: str, cues: dict[str, Any]) -> bool:
    """A Hangul proper noun with no cue of its own but its shape, followed by what follows a
    place (에서, 인근, 한 ...)."""
    return (
        c.cue in ("shape", "default", "")
        and all(t.tag == "NNP" for t in c.toks)
        and bool(_HANGUL_NAME.match(word))
        and text.startswith(tuple(cues.get("place_after", ())), c.end)
    )


def _kind_before_name(comps: Sequence[_Compound], k: int, text: str) -> bool:
    """결혼정보회사 비에나래: the kind of organisation before its name is no name itself."""
    if k + 1 >= len(comps) or not _kind_noun(comps[k]):
        return False
    nxt = comps[k + 1]
    return text[comps[k].end : nxt.start] == " " and any(t.tag in _PROPER for t in nxt.toks)


def _kind_noun(c: _Compound) -> bool:
    """A common-noun compound that has an organisation's suffix but names a kind of
    organisation (결혼정보회사, 항공사), not one."""
    return c.cue == "suffix" and all(t.tag == "NNG" for t in c.toks)


def _unit_of(word: str, nxt: _Compound, cues: dict[str, Any]) -> bool:
    """A department after its organisation (형사합의38부, 복지과, 수사팀): one-syllable unit
    suffixes that are trusted only there."""
    if nxt.cue == "known" or any(t.tag not in ("NNG", "SN") for t in nxt.toks):
        return False
    return (
        len(word) >= 2 and _ends_with(word, cues.get("org_unit_suffixes_by_length", ())) is not None
    )


def _foreign_names(comps: list[_Compound], text: str, cues: dict[str, Any]) -> list[_Compound]:
    """Join transliterated names that kiwi splits at the space (크리스 에반스, 빌 클린턴 전
    대통령): consecutive Hangul proper nouns one space apart, neither with a suffix of its own
    unless the first is a known given name (마크 러팔로). Two Korean-shaped names in a row
    (전지현 김수현) are two people."""
    out: list[_Compound] = []
    for c in comps:
        prev = out[-1] if out else None
        if (
            prev is not None
            and text[prev.end : c.start] == " "
            and _as_person(prev, text)
            and _as_person(c, text)
            and _joins_name(prev, c, text, cues)
        ):
            out[-1] = _Compound(prev.toks + c.toks, "PERSON", "joined")
            continue
        out.append(c)
    return out


def _joins_name(prev: _Compound, c: _Compound, text: str, cues: dict[str, Any]) -> bool:
    first, last = text[prev.start : prev.end], text[c.start : c.end]
    if _korean_shaped(first, cues) and _korean_shaped(last, cues):
        return False
    if first in cues.get("given_names", ()):
        return True
    person_cues = ("shape", "default", "title", "joined")
    return prev.cue in person_cues and c.cue in person_cues


def _korean_shaped(word: str, cues: dict[str, Any]) -> bool:
    return 2 <= len(word) <= 3 and word[0] in cues["surnames"] and bool(_HANGUL_NAME.match(word))


@cache
def _abbreviation_pattern(lang: str) -> re.Pattern[str] | None:
    words = [w for w in _cues(lang).get("abbreviation_words_by_length", ())]
    if not words:
        return None
    # Each pair may be written with a middle dot: 미·중, 한·미·일.
    alts = ["·?".join(re.escape(ch) for ch in w) for w in words]
    return re.compile(rf"(?<![가-힣])(?:{'|'.join(alts)})")


def _abbreviations(text: str, lang: str, lo: int, hi: int) -> list[Span]:
    """남북, 한미, 미·중: one ORG per syllable, the country's government."""
    pattern = _abbreviation_pattern(lang)
    if pattern is None:
        return []
    names: dict[str, str] = resources.mapping(lang, "names", "country_abbreviations")
    out = []
    for m in pattern.finditer(text, lo, hi):
        for k in range(m.start(), m.end()):
            norm = names.get(text[k])
            if norm is not None:
                kb_id = _by_norm(lang).get(norm)
                out.append(Span(k, k + 1, "ORG", KNOWN, kb_id, norm))
    return out


@cache
def _by_norm(lang: str) -> dict[str, str | None]:
    return {e.norm: e.kb_id for e in entries(lang).values()}


def _morph_names(text: str, lang: str, lo: int, hi: int, known: Sequence[Span]) -> list[Span]:
    cues = _cues(lang)
    toks = _morph_tokens(text, lo, hi)
    comps = [_classify(toks, i, j, text, cues, known) for i, j in _compound_runs(toks)]
    for k, c in enumerate(comps):
        if _as_person(c, text) and _person_cue(toks, k, comps, text, cues):
            comps[k] = _Compound(c.toks, "PERSON", "joined" if c.cue == "joined" else "title")
        elif _org_cue(toks, c, text, cues):
            comps[k] = _Compound(c.toks, "ORG", "known")
    comps = _place_prefixes(_foreign_names(comps, text, cues), text, cues)
    comps = [_particle_person(c, text, cues) for c in comps]
    found = [Span(s, e, label, prio) for s, e, label, prio in _merge_phrases(comps, text, cues)]
    return found + _abbreviations(text, lang, lo, hi) + _sides(text, toks, known, cues)


@cache
def _patterns(sources: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in sources)


def _sides(
    text: str, toks: Sequence[_Tok], known: Sequence[Span], cues: dict[str, Any]
) -> list[Span]:
    """A country as a side rather than a place: a national team in a sports report (브라질
    수비수, 이탈리아는 전반 24분) or a party to talks (북한 측). Not where it is the venue
    (브라질에서, 브라질 월드컵)."""
    lo, hi = (toks[0].start, toks[-1].end) if toks else (0, 0)
    sporty = any(t.form in cues.get("sports_cues", ()) for t in toks) or any(
        p.search(text, lo, hi) for p in _patterns(tuple(cues.get("sports_patterns", ())))
    )
    sides, not_before = cues.get("side_words", ()), cues.get("team_not_before_by_length", ())
    out = []
    for s in known:
        if s.label != "LOC":
            continue
        rest = text[s.end : s.end + 12]
        if any(rest.lstrip().startswith(w) for w in sides) or (
            sporty and not any(rest.lstrip().startswith(w) for w in not_before)
        ):
            out.append(Span(s.start, s.end, "ORG", STRONG, s.kb_id, s.norm))
    return out


# ---------------------------------------------------------------- capitalised scripts


_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Z]\.(?=\s[A-Z])|[A-Za-z0-9](?:[\w&'\-]*[\w])?|\S")


def _words(text: str, lo: int, hi: int, abbreviations: frozenset[str]) -> list[_Tok]:
    out = []
    for m in _WORD.finditer(text, lo, hi):
        end = m.end()
        if end < hi and text[end] == "." and m.group() + "." in abbreviations:
            end += 1
        out.append(_Tok(text[m.start() : end], "", m.start(), end))
    return out


def _sentence_start(toks: Sequence[_Tok], i: int) -> bool:
    if i == 0:
        return True
    prev = toks[i - 1].form
    return prev in {".", "!", "?", ":", '"', "'", "(", "-", "--", "“", "‘", "*", ";"}


def _headline(toks: Sequence[_Tok], common: frozenset[str]) -> bool:
    """Title case or all caps: there a capital says nothing about names. Told by the common
    words (a list of names has few), not by the share of capitals."""
    words = [t.form for t in toks if t.form[:1].isalpha() and t.form.lower() in common]
    if len(words) < 2:
        letters = [c for t in toks for c in t.form if c.isalpha()]
        return len(letters) > 8 and sum(c.isupper() for c in letters) / len(letters) > 0.8
    return sum(1 for w in words[1:] if w[:1].isupper()) / max(1, len(words) - 1) > 0.6


def _capital(tok: _Tok, headline: bool, common: frozenset[str]) -> bool:
    """A word that may be part of a name: capitalised, and in a headline also not a common
    word (whose capital is the headline's)."""
    word = tok.form
    if not (word[:1].isupper() or (word[:1].isdigit() and any(c.isupper() for c in word))):
        return False
    return not headline or (word.lower() not in common and len(word) > 1)


def _cap_runs(
    toks: Sequence[_Tok], caps: Sequence[bool], cues: dict[str, Any]
) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        if not caps[i]:
            i += 1
            continue
        j = i + 1
        while j < len(toks):
            if caps[j] and toks[j].start - toks[j - 1].end <= 1:
                j += 1
            elif toks[j].form in cues["connectors"] and j + 1 < len(toks) and caps[j + 1]:
                j += 2
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _trim_run(toks: Sequence[_Tok], i: int, j: int, cues: dict[str, Any]) -> tuple[int, int, bool]:
    """Drop a sentence-initial common word (``The``, ``Shares``), non-name words at the edges
    (``Monday``, demonyms) and leading titles (``President``): the last says PERSON."""
    titled = False
    while i < j:
        if toks[i].form in cues["person_titles"] or (
            j - i > 1 and f"{toks[i].form} {toks[i + 1].form}" in cues["person_titles"]
        ):
            titled = True
            i += 1 if toks[i].form in cues["person_titles"] else 2
        elif _not_name_start(toks, i, cues):
            i += 1
        else:
            break
    while j > i and (
        toks[j - 1].form in cues["not_names"] or toks[j - 1].form in cues["connectors"]
    ):
        j -= 1
    return i, j, titled


def _not_name_start(toks: Sequence[_Tok], i: int, cues: dict[str, Any]) -> bool:
    word = toks[i].form
    if word in cues["not_names"] or word in cues["connectors"]:
        return True
    return (
        _sentence_start(toks, i)
        and word.lower() in cues["common_words"]
        and word not in cues["given_names"]
    )


def _en_label(
    toks: Sequence[_Tok],
    i: int,
    j: int,
    cues: dict[str, Any],
    known: Sequence[Span],
    headline: bool = False,
) -> tuple[EntityLabel, int] | None:
    words = [t.form for t in toks[i:j]]
    if words[-1] in cues["misc_suffixes"]:
        return None  # events, laws, awards: capitalised, but no PERSON/ORG/LOC
    if _after_country_bracket(toks, i, known):
        return "ORG", WEAK  # Olaf Ludwig ( Germany ) Telekom: a rider's or driver's team
    if i == 0 and (_fixture_line(toks) or _standings_row(toks[j:])):
        return "ORG", STRONG  # BALTIMORE AT SEATTLE (the visitors); NEW YORK 74 59 .556
    if _score_line(toks, i, j):
        hit = _covered(known, toks[i].start, toks[j - 1].end)
        name = " ".join(words)
        if hit is not None and hit.label == "LOC" and name.title() not in cues["team_places"]:
            return "LOC", STRONG  # a national side (England 326): CoNLL keeps countries LOC
        return "ORG", STRONG
    if words[-1] in cues["org_suffixes"] or " ".join(words[:2]) in cues["org_prefixes"]:
        return "ORG", STRONG if j - i > 1 else WEAK
    if words[-1] in cues["loc_suffixes"] and j - i > 1:
        return "LOC", STRONG
    if words[0] in cues["loc_prefixes"] and j - i > 1:
        return "LOC", WEAK
    if (
        j - i >= 2
        and not headline
        and words[0] not in cues["given_names"]
        and any(w in cues["org_words"] for w in words)
    ):
        # National Highway Traffic Safety Administration (said); over a place it names
        # (National Bank of Poland, Air France) when it is longer than the place.
        return "ORG", STRONG if _over_known(toks[i].start, toks[j - 1].end, known) else WEAK
    if "&" in words[1:-1] or _org_after(toks, j, cues):
        return "ORG", WEAK  # Douglas & Lomason; Pirelli shares, a Magna spokesman
    if _person_context(toks, i, j, cues, known):
        return "PERSON", WEAK
    if _place_frame(toks, i, j, cues):
        return "LOC", WEAK
    prev = toks[i - 1].form if i > 0 else ""
    if prev.lower() in cues["loc_before"] and j - i == 1:
        return "LOC", WEAK
    if j - i >= 2 and not headline:
        if any(w in cues["org_words"] or w in cues["org_suffixes"] for w in words):
            return "ORG", WEAK  # National Highway Traffic Safety Administration
        return "PERSON", WEAK  # a run of capitalised words with no other cue is mostly a name
    if _ACRONYM.match(words[0]) and not headline:
        return "ORG", WEAK  # a lone acronym in running text is nearly always an organisation
    default = cues.get("default_label")
    return (default, WEAK) if default else None


def _after_country_bracket(toks: Sequence[_Tok], i: int, known: Sequence[Span]) -> bool:
    """A name right after ``Person ( Country )`` (maybe past a comma) in a results list."""
    k = i - 1 if i > 0 and toks[i - 1].form != "," else i - 2
    if k < 3 or toks[k].form != ")" or toks[k - 2].form != "(":
        return False
    hit = _covered(known, toks[k - 1].start, toks[k - 1].end)
    return hit is not None and hit.label == "LOC" and toks[k - 3].form[:1].isupper()


def _place_frame(toks: Sequence[_Tok], i: int, j: int, cues: dict[str, Any]) -> bool:
    """``the town of Tavildara``, ``east of Paramaribo``; a one-word name in brackets after
    a name (``Michelle Freeman ( Jamaica )``): where someone is from."""
    forms = [t.form for t in toks]
    if i > 1 and forms[i - 1] == "of" and forms[i - 2].lower() in cues.get("place_of", ()):
        return True
    return (
        j - i == 1
        and i > 1
        and j < len(forms)
        and forms[i - 1] == "("
        and forms[j] == ")"
        and forms[i - 2][:1].isupper()
        and not _ACRONYM.match(forms[i])
    )


def _org_after(toks: Sequence[_Tok], j: int, cues: dict[str, Any]) -> bool:
    """A word after the name (past a possessive ``'s``) that only a company has."""
    forms = [t.form for t in toks[j : j + 2]]
    k = j + (2 if forms == ["'", "s"] else 1 if forms[:1] == ["'s"] else 0)
    return k < len(toks) and toks[k].form in cues.get("org_after", ())


def _over_known(start: int, end: int, known: Sequence[Span]) -> bool:
    return any(
        start <= k.start and k.end <= end and (k.start, k.end) != (start, end) for k in known
    )


_ACRONYM = re.compile(r"^[A-Z]{2,5}$|^(?:[A-Z]\.){2,4}$")
_INT = re.compile(r"^\d+$")


def _score_line(toks: Sequence[_Tok], i: int, j: int) -> bool:
    """``Leicestershire 345 Somerset 83``, ``BALTIMORE 4 Seattle 3``: in a results line, the
    names scored against each other are teams (organisations), not places or people."""
    if j >= len(toks) or not _INT.match(toks[j].form):
        return False
    if j + 1 < len(toks) and toks[j + 1].form in ("points", "and", "for"):
        return True  # Middlesex 20 points ; Glamorgan 259 and 207 ; Kent 301 for 6
    if i > 0 and _INT.match(toks[i - 1].form):
        return True
    rest = toks[j + 1 :]
    if i == 0 and len(rest) >= 3 and all(_INT.match(t.form) for t in rest):
        # A standings row (``Falkirk 10 5 3 2 16 9 18``: played, won, drawn, lost...); golf
        # rounds (``Ian Woosnam 70 68 72 210``) are scores in the sixties and seventies.
        return int(toks[j].form) < 60 and min(int(t.form) for t in rest[:3]) < 60
    return (
        i == 0 and len(rest) >= 2 and rest[0].form[:1].isupper() and bool(_INT.match(rest[-1].form))
    )


def _standings_row(rest: Sequence[_Tok]) -> bool:
    """``NEW YORK 74 59 .556 -``: wins, losses and a winning percentage after a team."""
    forms = [t.form for t in rest]
    if (
        not forms
        or not _INT.match(forms[0])
        or not all(_INT.match(f) or f in (".", "-", "/") for f in forms)
    ):
        return False
    return any(forms[k] == "." and len(forms[k + 1]) == 3 for k in range(len(forms) - 1))


def _fixture_line(toks: Sequence[_Tok]) -> bool:
    """``BALTIMORE AT SEATTLE``: a line that is only two names around ``AT``."""
    forms = [t.form for t in toks]
    if forms.count("AT") != 1 or forms[0] == "AT" or forms[-1] == "AT":
        return False
    return all(f == "AT" or (f[:1].isupper() and f.isupper()) for f in forms)


def _person_context(
    toks: Sequence[_Tok], i: int, j: int, cues: dict[str, Any], known: Sequence[Span]
) -> bool:
    """A title or role before (``striker Phil Simmons``), a given name first, a reporting verb
    after (``Geraghty said``), or a country in brackets after (``Tanja Damaske ( Germany )``)."""
    prev = toks[i - 1].form if i > 0 else ""
    prev2 = f"{toks[i - 2].form} {prev}" if i > 1 else ""
    if prev in cues["person_titles"] or prev2 in cues["person_titles"]:
        return True
    if toks[i].form in cues["given_names"] or toks[i].form.title() in cues["given_names"]:
        return True
    nxt = toks[j].form if j < len(toks) else ""
    if nxt in cues["person_verbs"]:
        return True
    if nxt == "(" and j + 2 < len(toks) and toks[j + 2].form == ")":
        hit = _covered(known, toks[j + 1].start, toks[j + 1].end)
        return hit is not None and hit.label == "LOC"
    return _person_frame(toks, i, j, cues)


_FIGURES = re.compile(r"^\d+(?:\.\d)?-\d+-\d+-\d+$")
_AGE_WORD = re.compile(r"^[1-9]\d?$")


def _person_frame(toks: Sequence[_Tok], i: int, j: int, cues: dict[str, Any]) -> bool:
    """What only a person does in news copy: an age between commas (``Duran , 45 ,``), a
    relative ``who``/``whose`` after a comma, being quoted after ``said`` (``said Rios .``),
    and the scorecard frames of a bowler or fielder (``c Healy b Fleming 44``, ``McGrath
    9.5-0-44-1``)."""
    forms = [t.form for t in toks]
    nxt = forms[j : j + 3]
    prev = forms[i - 1] if i > 0 else ""
    if nxt[:1] == [","] and len(nxt) > 1 and nxt[1] in cues.get("person_relatives", ()):
        return True
    if len(nxt) == 3 and nxt[0] == "," and _AGE_WORD.match(nxt[1]) and nxt[2] in (",", "("):
        return True
    if prev in cues.get("person_verbs", ()) and (not nxt or nxt[0] in (".", ",", '"')):
        return True
    if prev in cues.get("scorecard_marks", ()) and i > 1 and toks[i - 2].form[:1].isalpha():
        return True
    return bool(nxt) and bool(_FIGURES.match(nxt[0]))


def _cased_names(text: str, lang: str, lo: int, hi: int, known: Sequence[Span]) -> list[Span]:
    cues = _cues(lang)
    abbreviations = frozenset(
        w for key in ("person_titles", "org_suffixes") for w in cues[key] if w.endswith(".")
    )
    common = cues["common_words"]
    out: list[Span] = []
    lone: list[_Tok] = []  # single capitalised words no cue labelled
    for slo, shi in _lines(text, lo, hi):
        out += _dateline(text, slo, shi)
        toks = _words(text, slo, shi, abbreviations)
        headline = _headline(toks, common)
        sporty = _sports_line(toks, cues)
        caps = [_capital(t, headline, common) for t in toks]
        for i, j in _cap_runs(toks, caps, cues):
            i, j, titled = _trim_run(toks, i, j, cues)
            if i >= j:
                continue
            found: tuple[EntityLabel, int] | None = ("PERSON", WEAK)
            if not titled:
                found = _en_label(toks, i, j, cues, known, headline)
                if _team(toks, i, j, cues, sporty, found):
                    found = ("ORG", STRONG)
            if found is not None:
                out.append(Span(toks[i].start, toks[j - 1].end, found[0], found[1]))
            elif j - i == 1 and not headline and not _sentence_start(toks, i):
                lone.append(toks[i])
    return out + _lone_people(lone, out, text, cues, known)


_DATELINE = re.compile(
    r"([A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+)*)(?: ?, ([A-Z][\w.\-]*(?: [A-Z][\w.\-]*)*))?"
    r" (?:\d{4}-\d\d-\d\d|\((?:Reuters|AP|AFP)\))"
)


def _dateline(text: str, lo: int, hi: int) -> list[Span]:
    """``MILWAUKEE , Wisconsin 1996-08-29``, ``SEOUL, (Reuters)``: a wire story's dateline
    names the place it was filed from."""
    m = _DATELINE.match(text, lo, hi)
    if m is None:
        return []
    return [Span(m.start(g), m.end(g), "LOC", STRONG) for g in (1, 2) if m.group(g)]


_SCORE = re.compile(r"^\d{1,3}-\d{1,3}$")
_LOCATIVE = frozenset({"in", "from", "near", "outside", "into", "across", "of"})


def _sports_line(toks: Sequence[_Tok], cues: dict[str, Any]) -> bool:
    """Sports news: a sports word (``beat``, ``innings``, ``league``) or a score (``2-1``)."""
    sports = cues.get("sports_cues", frozenset())
    return any(t.form.lower() in sports or _SCORE.match(t.form) for t in toks)


def _team(
    toks: Sequence[_Tok],
    i: int,
    j: int,
    cues: dict[str, Any],
    sporty: bool,
    found: tuple[EntityLabel, int] | None,
) -> bool:
    """In sports news a place that fields a club names the club (``Essex beat Kent``,
    ``Dynamo Moscow``, ``Manchester United``), unless a preposition makes it a place."""
    words = [t.form for t in toks[i:j]]
    if j - i > 1 and words[-1] == "United" and words[0] != "United":
        return True
    if not sporty or (found is not None and found[0] == "ORG"):
        return False
    if i > 0 and toks[i - 1].form.lower() in _LOCATIVE:
        return False
    if toks[i].form in cues["given_names"] or toks[i].form.title() in cues["given_names"]:
        return False
    places = cues.get("team_places", frozenset())
    name = " ".join(words)
    if name in places or name.title() in places:
        return True
    if j - i < 2:
        return False
    if words[-1] in cues.get("team_suffixes", ()) or words[0] in cues.get("team_prefixes", ()):
        return True
    return any(w in places or w.title() in places for w in words)


def _lone_people(
    lone: Sequence[_Tok],
    found: Sequence[Span],
    text: str,
    cues: dict[str, Any],
    known: Sequence[Span],
) -> list[Span]:
    """A lone capitalised word mid-sentence is a person when it is the surname of a name
    found in the same text (``Boris Yeltsin`` ... ``Yeltsin``) or ends like one (``-enko``)."""
    surnames = {
        text[s.start : s.end].split()[-1].lower()
        for s in found
        if s.label == "PERSON" and " " in text[s.start : s.end]
    }
    endings = cues.get("person_endings_by_length", ())
    out = []
    for t in lone:
        low = t.form.lower()
        if _covered(known, t.start, t.end) is not None:
            continue
        if low in surnames or (len(low) > 4 and _ends_with(low, endings)):
            out.append(Span(t.start, t.end, "PERSON", WEAK))
    return out


def _lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out, pos = [], lo
    for m in re.finditer(r"\n", text[lo:hi]):
        out.append((pos, lo + m.start()))
        pos = lo + m.end()
    out.append((pos, hi))
    return [(a, b) for a, b in out if b > a]


_RECOGNIZERS: dict[str, Recognizer] = {"morph": _morph_names, "capitalised": _cased_names}


# ---------------------------------------------------------------- assembly


def _resolve(spans: list[Span]) -> list[Span]:
    """Highest priority first, then longest; a span overlapping one already kept is dropped."""
    kept: list[Span] = []
    for s in sorted(spans, key=lambda s: (-s.priority, -(s.end - s.start), s.start)):
        if s.end > s.start and not _covered(kept, s.start, s.end):
            kept.append(s)
    return sorted(kept, key=lambda s: s.start)


def _names(text: str, lang: str, lo: int, hi: int) -> list[Span]:
    if not resources.has_language(lang):
        return []
    known = _known_spans(text, lang, lo, hi)
    recognizer = _RECOGNIZERS.get(str(_cues(lang).get("recognizer", "")))
    found = recognizer(text, lang, lo, hi, known) if recognizer else []
    if _cues(lang).get("hanja_glosses"):
        found += _glosses(text, lo, hi, _resolve(known + found))
    return known + found


_GLOSS = re.compile(r"\(([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)[)·.,]")


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
    return Span(start, end, s.label, s.priority, s.kb_id, s.norm, s.magnitude, s.date)


def find_entities(
    text: str, lang: str, ref: date | None, start: int = 0, end: int | None = None
) -> list[Entity]:
    """Entities in ``text[start:end]``, offsets into ``text``: ``text[e.start:e.end] == e.text``."""
    lo = max(0, start)
    hi = len(text) if end is None else max(lo, min(end, len(text)))
    spans = _numeric_spans(text, lang, ref, lo, hi) + _names(text, lang, lo, hi)
    out = []
    for s in _resolve([_trimmed(text, s) for s in spans]):
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
