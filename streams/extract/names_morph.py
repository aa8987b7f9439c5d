"""PERSON/ORG/LOC from morphological analysis (``recognizer: morph``; Korean, analysed by
kiwipiepy): proper nouns (NNP) and their compounds, classified by the words around them — a
title after (``홍길동 대표``, ``김 장관``), an occupation before (``배우 송중기``), a suffix
(``원주시`` LOC, ``국토교통부`` ORG), a particle (``웜비어의``) or the shape of a Korean name
(surname + 1–2 syllables); then joined into phrases (``경기 수원시 팔달구``)."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from schemas.models import EntityLabel
from streams.extract import resources
from streams.extract.gazetteer import entries
from streams.extract.spans import (
    HAN,
    KNOWN,
    NO_WORDS,
    STRONG,
    WEAK,
    Span,
    Tok,
    affix_alt,
    compiled,
    covered,
    ends_in,
    ends_with,
    load_cues,
    spaced,
)

# Tags that can be part of a name's compound noun (proper/common nouns, Latin, Hanja, digits).
_NOMINAL = frozenset({"NNP", "NNG", "SL", "SH", "SN"})
_PROPER = frozenset({"NNP", "SL", "SH"})
_HANGUL_NAME = re.compile(r"^[가-힣]+(?: [가-힣]+)*$")
_LATIN_ACRONYM = re.compile(r"^(?=.*[A-Z].*[A-Z]|[A-Z]$)[A-Z0-9&.\-]+[a-z]?$")


def morph_names(text: str, lang: str, lo: int, hi: int, known: Sequence[Span]) -> list[Span]:
    cues = load_cues(lang)
    toks = _morph_tokens(text, lo, hi, cues.get("common_nouns", frozenset()))
    comps = [
        _gazetteer_word(_classify(toks, i, j, text, cues, known), text, lang)
        for i, j in _compound_runs(toks)
    ]
    for k, c in enumerate(comps):
        if (
            _as_person(c, text)
            and not _long_suffixed(c, text, cues)
            and _person_cue(toks, k, comps, text, cues)
        ):
            comps[k] = _Compound(c.toks, "PERSON", "joined" if c.cue == "joined" else "title")
        elif _org_cue(toks, c, text, cues):
            comps[k] = _Compound(c.toks, "ORG", "known")
        elif _loc_cue(c, text, cues):
            comps[k] = _Compound(c.toks, "LOC", "known")
    comps = _bands(_glossed_acronyms(comps, text, cues), text, cues)
    comps = _place_prefixes(
        _foreign_names(comps, text, cues, _team_talk(toks, text, cues)), text, cues
    )
    comps = _affiliations([_particle_person(c, text, cues) for c in comps], toks, text, cues)
    comps = [_media(c, text) for c in comps]
    found = [
        _facility_place(_proved(Span(s, e, label, prio), known, text, cues), text, cues)
        for s, e, label, prio in _merge_phrases(comps, text, cues)
    ]
    found = [s for s in found if not _quoted_title(s, text)]
    found += _middle_initials(found, text, cues)
    found += _numbered_units(list(known) + found, text, cues)
    quoted = _quoted_orgs(text, lo, hi, cues)
    if quoted:  # the quoted name's kind wins over its shape (자회사인 '브래드 모빌리티')
        spans = {(q.start, q.end) for q in quoted}
        found = [s for s in found if (s.start, s.end) not in spans]
    return (
        found
        + _aliases(list(known) + found + quoted, toks, text, cues)
        + [_facility_place(s, text, cues) for s in known if _seat(s, text, cues)]
        + _glossed_places(text, lo, hi, cues)
        + quoted
        + _bracket_parties(text, lo, hi, cues)
        + _abbreviations(text, lang, lo, hi)
        + _sides(text, toks, known, cues)
        + _firms(text, known, cues)
        + _corporate(text, lo, hi, toks, cues)
    )


def _glossed_acronyms(comps: list[_Compound], text: str, cues: dict[str, Any]) -> list[_Compound]:
    """세계표준시(GMT), 패스워드(PW): an acronym in brackets right after the common noun it
    abbreviates is that common noun, no organisation. After a name, or after common nouns
    that end like one (항공우주국(NASA), 관제센터(VTS)), it stays one."""
    suffixes = cues["org_suffixes_by_length"]
    out = list(comps)
    for k in range(1, len(out)):
        c, prev = out[k], out[k - 1]
        if (
            c.label == "ORG"
            and c.cue == "default"
            and all(t.tag == "SL" for t in c.toks)
            and prev.label is None
            and all(t.tag == "NNG" for t in prev.toks)
            and text[prev.end : c.start] == "("
            and ends_with(text[prev.start : prev.end], suffixes) is None
            and ends_with(text[prev.start : prev.end], cues.get("kind_suffixes_by_length", ()))
            is None
        ):
            out[k] = _Compound(c.toks, None, "")
    return out


_BAND_NAME = re.compile(r"^[가-힣A-Za-z0-9]+$")


def _bands(comps: list[_Compound], text: str, cues: dict[str, Any]) -> list[_Compound]:
    """걸그룹 AOA, 밴드 노브레인, 트와이스 멤버: the name of a music group — right after a word
    for one, or right before its members — is, as KLUE marks performers, a PERSON, whatever
    its letters (AOA would be an acronym's ORG). The word before is a whole word (그룹, not
    a conglomerate's 한빛그룹); a name the gazetteer or a suffix explains (중국 멤버) keeps its
    label."""
    out = list(comps)
    for k, c in enumerate(out):
        if (
            c.cue in ("known", "suffix", "named")
            or not _BAND_NAME.match(text[c.start : c.end])
            or not any(t.tag in _PROPER for t in c.toks)
        ):
            continue
        prev = out[k - 1] if k else None
        after_band = (
            prev is not None
            and text[prev.end : c.start] == " "
            and text[prev.start : prev.end] in cues.get("band_words", ())
        )
        if after_band or text.startswith(spaced(cues.get("band_members", ())), c.end):
            out[k] = _Compound(c.toks, "PERSON", "title")
    return out


def _morph_tokens(text: str, lo: int, hi: int, common: frozenset[str]) -> list[Tok]:
    """kiwi's tokens, except that the ``common`` words it tags as proper nouns (아이돌, 래퍼)
    are common nouns: the class of a person or group, never its name."""
    from streams.extract.korean import kiwi  # imported late: loading the model costs ~1 s

    out = []
    for t in kiwi().tokenize(text[lo:hi]):
        start = lo + int(t.start)
        form, tag = str(t.form), str(t.tag)
        out.append(
            Tok(form, "NNG" if tag == "NNP" and form in common else tag, start, start + int(t.len))
        )
    starts = [t.start for t in out]
    return _Tokens(out, starts) if starts == sorted(starts) else out


class _Tokens(list[Tok]):
    """kiwi's tokens in text order with their starts, to bisect: the tokens just before and
    just after a position are asked for every noun compound of a post."""

    def __init__(self, toks: Iterable[Tok], starts: list[int]) -> None:
        super().__init__(toks)
        self.starts = starts


def _last_ending_by(toks: Sequence[Tok], pos: int, k: int) -> list[Tok]:
    """The last ``k`` tokens, in text order, that end at or before ``pos``."""
    if not isinstance(toks, _Tokens):
        return [t for t in toks if t.end <= pos][-k:]
    out: list[Tok] = []
    i = bisect_right(toks.starts, pos) - 1  # later tokens start, so end, after pos
    while i >= 0 and len(out) < k:
        if toks[i].end <= pos:
            out.append(toks[i])
        i -= 1
    return out[::-1]


def _first_from(toks: Sequence[Tok], pos: int) -> list[Tok]:
    """The first token that starts at or after ``pos`` (a list of one, or empty)."""
    if not isinstance(toks, _Tokens):
        return [t for t in toks if t.start >= pos][:1]
    i = bisect_left(toks.starts, pos)
    return toks[i : i + 1]


@dataclass(frozen=True)
class _Compound:
    """A run of nominal tokens with no space between them (one written noun compound)."""

    toks: tuple[Tok, ...]
    label: EntityLabel | None
    # why: "suffix", "known", "title", "shape", "default", "joined" (a name), "named" (a
    # name joined with the word after it into a company or club: 브래드 캐피털), ""
    cue: str

    @property
    def start(self) -> int:
        return self.toks[0].start

    @property
    def end(self) -> int:
        return self.toks[-1].end


def _compound_runs(toks: Sequence[Tok]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        if toks[i].tag not in _NOMINAL:
            i += 1
            continue
        if _leading_prefix(toks, i, runs):
            i -= 1  # 범정부대책본부: a prefix written onto the compound starts it
        j = i + 1
        while j < len(toks) and toks[j].start == toks[j - 1].end:
            if toks[j].tag in _NOMINAL:
                j += 1
            elif _inner_prefix(toks, j):
                j += 2  # 한빛경제소위원회: a prefix inside a written compound
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _leading_prefix(toks: Sequence[Tok], i: int, runs: list[tuple[int, int]]) -> bool:
    """A noun prefix (XPN: 범, 신) written right before the nominal token at ``i`` and not
    already the end of the previous run."""
    return (
        i > 0
        and toks[i - 1].tag == "XPN"
        and toks[i - 1].end == toks[i].start
        and (not runs or runs[-1][1] < i)
    )


def _inner_prefix(toks: Sequence[Tok], j: int) -> bool:
    """A noun prefix (XPN: 소, 제, 신) written between two nouns of one compound."""
    return (
        toks[j].tag == "XPN"
        and j + 1 < len(toks)
        and toks[j + 1].tag in _NOMINAL
        and toks[j + 1].start == toks[j].end
    )


def _suffix_label(word: str, has_proper: bool, cues: dict[str, Any]) -> EntityLabel | None:
    """ORG/LOC by the compound's last characters (국토교통부, 동대문경찰서, 원주시). Common nouns
    that merely end the same way (요청, 일부) are listed in ``not_suffixed``."""
    if word in cues["not_suffixed"] or len(word) < 2:
        return None
    if ends_in(word, cues.get("not_name_endings_by_length", NO_WORDS)):
        return None  # 증후군, 우산: common nouns that end like a county or a mountain
    found = [
        (suffix, label)
        for key, label in (("org_suffixes_by_length", "ORG"), ("loc_suffixes_by_length", "LOC"))
        if (suffix := ends_with(word, cues[key])) is not None
    ]
    # The longer suffix decides (올림픽공원 is a 공원, not a 원); ORG first on a tie.
    for suffix, label in sorted(found, key=lambda f: -len(f[0])):
        if not has_proper and suffix in cues.get("kind_suffixes", ()):
            return None  # 가스회사, 영어학원, 대형마트: a kind of organisation, not one
        if len(word) == 2 and suffix in cues.get("suffixes_after_two_syllables", ()):
            continue  # 메시, 설현: a city's or province's own name is two syllables at least
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
        and not ends_in(word, cues.get("not_suffix_endings_by_length", NO_WORDS))
    )


def _attributive(word: str, text: str, end: int, cues: dict[str, Any]) -> bool:
    """정부 소식통, 정부 출범: a generic organisation word that names its body only with a
    particle, written before another noun, unless that noun is its people or side (정부 측,
    정부 관계자: ``org_after``)."""
    if word not in cues.get("generic_with_particle", ()) or text[end : end + 1] != " ":
        return False
    return not text.startswith(spaced(cues.get("org_after", ())), end)


def _name_not_suffix(word: str, run: Sequence[Tok], cues: dict[str, Any]) -> bool:
    """이재현, 김태원, 한효주: one proper noun of surname + two syllables whose last syllable
    also ends places (현, 주) and organisations (원, 부) is far more often a person's name."""
    return (
        (
            (len(run) == 1 and run[0].tag == "NNP")
            # 김/동/현, not 정동/길 nor a councillor (도/의원)
            or (
                _split_name(word, run, cues)
                and len(run[0].form) == 1
                and word[1:] not in cues["person_titles"]
            )
        )
        and len(word) == 3
        and bool(_HANGUL_NAME.match(word))
        and word[0] in cues["surnames"]
        and word[-1] in cues.get("person_name_endings", ())
        and (
            ends_with(word, cues["org_suffixes_by_length"])
            or ends_with(word, cues["loc_suffixes_by_length"])
        )
        == word[-1]
    )


def _classify(
    toks: Sequence[Tok], i: int, j: int, text: str, cues: dict[str, Any], known: Sequence[Span]
) -> _Compound:
    run = tuple(toks[i:j])
    word = text[run[0].start : run[-1].end]
    has_proper = any(t.tag in _PROPER for t in run)
    hit = covered(known, run[0].start, run[-1].end)
    if hit is not None and hit.start == run[0].start and hit.end == run[-1].end:
        return _Compound(run, hit.label, "known")
    if len(run) == 2 and run[0].tag == "XPN" and run[1].tag == "NNG":
        return _Compound(run, None, "")  # 대성당, 신정부: a prefixed common noun, no name
    if len(run) == 1 and run[0].tag == "NNP" and " " in word and _HANGUL_NAME.match(word):
        head = word.rsplit(" ", 1)[1]
        if head in cues.get("org_words", ()):
            return _Compound(run, "ORG", "named")  # kiwi's multi-word name of a club: X 칼초
        if head in cues.get("venue_heads", ()):
            return _Compound(run, "LOC", "known")  # ... or of a venue: X 아레나
        return _Compound(run, "PERSON", "joined")  # kiwi's own multi-word name: 휘트니 휴스턴
    if word.endswith("군") and word[:-1] in cues.get("army_of", ()):
        return _Compound(run, "ORG", "known")  # 일본군, 정부군: an army, not a county (연천군)
    label = _suffix_label(word, has_proper, cues)
    # A plural (구의원들) is a common noun's, never a person's name.
    plural = j < len(toks) and toks[j].form == "들" and toks[j].start == run[-1].end
    if label is not None and not plural and _name_not_suffix(word, run, cues):
        return _Compound(run, "PERSON", "shape")
    if label == "LOC" and ends_with(word, cues["loc_suffixes_by_length"]) in cues.get(
        "loc_chain_suffixes", ()
    ):
        return _Compound(run, "LOC", "chain")  # 세종로, 대광리: a place only after a place
    if label is not None:
        return _Compound(run, label, "suffix")
    if word in cues["generic_orgs"]:
        if _attributive(word, text, run[-1].end, cues):
            return _Compound(run, None, "")  # 정부 소식통, 정부 출범: an attribute, no actor
        return _Compound(run, "ORG", "known")
    if not has_proper or hit is not None:
        return _Compound(run, None, "")
    if len(word) == 1 and run[0].tag == "SL" and _letter_in_code(text, run[0], cues):
        return _Compound(run, None, "")
    shape = _ko_shape(word, run, cues)
    return _Compound(run, shape, "shape" if shape == "PERSON" else "default")


def _letter_in_code(text: str, tok: Tok, cues: dict[str, Any]) -> bool:
    """A/S, R&D, S-300, A형: a capital joined to other letters or digits, or to a word for a
    type, is part of a code, not the initial that stands for a person (A씨, B 중위)."""
    joiners = tuple(cues.get("code_joiners", ()))
    return text[tok.start - 1 : tok.start] in joiners or text.startswith(
        joiners + tuple(cues.get("code_words", ())), tok.end
    )


def _gazetteer_word(c: _Compound, text: str, lang: str) -> _Compound:
    """창원 in 창원밝은병원: a compound that is itself a gazetteer name, which the gazetteer did
    not match only because a word follows with no space, keeps the gazetteer's label rather than
    one its last syllable suggests (원 as in 연구원)."""
    if c.cue != "suffix":
        return c
    entry = entries(lang).get(text[c.start : c.end])
    if entry is None or entry.label not in ("LOC", "ORG"):
        return c
    return _Compound(c.toks, entry.label, "known")


def _split_name(word: str, run: Sequence[Tok], cues: dict[str, Any]) -> bool:
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


def _ko_shape(word: str, run: Sequence[Tok], cues: dict[str, Any]) -> EntityLabel | None:
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
    toks: Sequence[Tok], k: int, comps: Sequence[_Compound], text: str, cues: dict[str, Any]
) -> bool:
    """A title after the name, maybe past its organisation (김 장관, 김모씨, 팀 쿡 애플
    CEO), an age in brackets (김연경(24)), or an occupation right before (배우 송중기)."""
    c = comps[k]
    if _AGE.match(text, c.end):
        return True
    before = _last_ending_by(toks, c.start, 1)
    if before and before[0].form in cues["person_before"]:
        return True
    end = _past_gloss(text, c.end)
    after = _first_from(toks, end)
    if after and after[0].form in cues["person_titles"]:
        return True
    first = k + 1
    while first < len(comps) and comps[first].start < end:
        first += 1  # the gloss's own characters
    m = first
    while m < len(comps) and comps[m].cue in ("known", "suffix") and comps[m].label == "ORG":
        m += 1  # 최재원 SK그룹 수석부회장: the title comes after the organisation
    if (
        m < len(comps)
        and m <= first + 1
        and comps[m].start - _past_title_prefix(text, max(end, comps[m - 1].end), cues) <= 1
    ):
        return _is_title(text[comps[m].start : comps[m].end], cues)
    return False


_HANJA_GLOSS = re.compile(rf"\([{HAN}]{{1,6}}\)")


def _past_gloss(text: str, end: int) -> int:
    """Where the words after a name start, past a gloss in Chinese characters: 후진타오(胡錦濤)
    주석 has its title after the bracket, as 후진타오 주석 has it after the name."""
    m = _HANJA_GLOSS.match(text, end)
    return m.end() if m else end


def _is_title(word: str, cues: dict[str, Any]) -> bool:
    return word in cues["person_titles"] or bool(ends_with(word, cues["long_titles_by_length"]))


def _past_title_prefix(text: str, end: int, cues: dict[str, Any]) -> int:
    """Where a title may start after a name ending at ``end``: past a word such as 전 or 현
    (박 전 차관, 이 현 회장) that stands between a name and its title."""
    m = _title_prefix_pattern(cues).match(text, end)
    return m.end() - 1 if m else end


@cache
def _title_prefix_words(words: frozenset[str]) -> re.Pattern[str]:
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf" (?:{affix_alt(sorted(words))}) (?=\S)")


def _title_prefix_pattern(cues: dict[str, Any]) -> re.Pattern[str]:
    return _title_prefix_words(cues.get("title_prefixes", frozenset()))


def _org_cue(toks: Sequence[Tok], c: _Compound, text: str, cues: dict[str, Any]) -> bool:
    """A proper noun with no label of its own after a word that names its kind (소속사 큐브,
    결혼정보회사 비에나래), or before 측 (큐브측): a company or other organisation."""
    if _kind_before(toks, c, cues) and (
        c.cue in ("", "default", "shape") or (c.cue == "suffix" and c.label == "LOC")
    ):
        # 운영사인 한빛터미널: the kind word outweighs a place's suffix; a company word after
        # the name (자회사인 다온 캐피털) joins the two later.
        return not _org_word_after(c, text, cues)
    if c.cue not in ("", "default", "shape") or not any(t.tag in _PROPER for t in c.toks):
        return False
    after = _first_from(toks, c.end)
    return bool(after) and (
        after[0].form in cues.get("side_words", ()) or after[0].form in cues.get("org_after", ())
    )


def _org_word_after(c: _Compound, text: str, cues: dict[str, Any]) -> bool:
    return text.startswith(spaced(cues.get("org_words", ())), c.end)


def _kind_before(toks: Sequence[Tok], c: _Compound, cues: dict[str, Any]) -> bool:
    """A word for a kind of organisation right before the compound, or before it with the
    copula (운영사 한빛, 운영사인 한빛, 자회사인 한빛); a proper noun in the compound."""
    if not any(t.tag in _PROPER for t in c.toks):
        return False
    before = _last_ending_by(toks, c.start, 3)
    end = c.start
    if len(before) >= 3 and before[-1].tag == "ETM" and before[-2].tag == "VCP":
        if c.start - before[-1].end > 1 or before[-2].start != before[-3].end:
            return False
        before, end = before[:-2], before[-2].start + 1
    return (
        bool(before)
        and end - before[-1].end <= 1
        and ends_with("#" + before[-1].form, cues.get("org_before_by_length", ())) is not None
    )


def _loc_cue(c: _Compound, text: str, cues: dict[str, Any]) -> bool:
    """한빛교 일대, 관광도시 다온에서: a Hangul proper noun that nothing else explains, before a
    word of nearness (일대, 인근, 부근, 앞바다) or right after a word for a kind of place
    (``place_before``, maybe with 인: 금융중심가인), is a place, not a person's name."""
    if c.cue not in ("", "default", "shape") or c.toks[0].tag != "NNP":
        return False
    word = text[c.start : c.end]
    if not _HANGUL_NAME.match(word):
        return False
    if text.startswith(spaced(cues.get("place_cues_after", ())), c.end):
        return True
    before = text[max(0, c.start - 8) : c.start]
    return any(before.endswith((w + " ", w + "인 ")) for w in cues.get("place_before", ()))


def _long_suffixed(c: _Compound, text: str, cues: dict[str, Any]) -> bool:
    """세모그룹 회장, 한국외식업중앙회 회장: a compound that ends in an organisation's or place's
    suffix of two syllables or more, or in a one-syllable one after three syllables, is that
    organisation or place before a title, not the title holder (홍길동 대표 is a person)."""
    if c.cue != "suffix":
        return False
    word = text[c.start : c.end]
    suffix = ends_with(word, cues["org_suffixes_by_length"]) or ends_with(
        word, cues["loc_suffixes_by_length"]
    )
    return suffix is not None and (len(suffix) >= 2 or len(word) >= 4)


def _as_person(c: _Compound, text: str) -> bool:
    """Whether a compound can be a personal name at all (Hangul proper noun, or one Latin
    capital as in A씨)."""
    word = text[c.start : c.end]
    if c.cue in ("known", "named") or (len(c.toks) > 2 and len(word) != 3):
        return False  # three tokens in three syllables: a name kiwi cut up (김/동/현)
    if all(t.tag == "SL" for t in c.toks):
        return len(word) == 1 and word.isupper()
    if len(c.toks) > 1 and c.toks[0].tag == "NNP" and len(word) == 3:
        return all(t.tag in ("NNP", "NNG") for t in c.toks) and bool(_HANGUL_NAME.match(word))
    # A gloss in Chinese characters marks a name that kiwi, not knowing it, tags as common.
    tags = ("NNP", "NNG") if _HANJA_GLOSS.match(text, c.end) else ("NNP",)
    return all(t.tag in tags for t in c.toks) and bool(_HANGUL_NAME.match(word)) and len(word) <= 5


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
        if _authority(comps, k, text, cues):
            out.append((c.start, comps[k + 1].end, "ORG", WEAK))  # 보건 당국, 군 당국
            k += 2
            continue
        if c.label is None or c.cue == "chain" or _kind_before_name(comps, k, text, cues):
            k += 1
            continue
        start, label, m = c.start, c.label, k + 1
        prio = STRONG if c.cue in ("joined", "named") else WEAK
        while m < len(comps):
            joined = _phrase_joins(comps[m - 1], comps[m], label, text, cues)
            step = 1
            # Two steps (a plain noun or a site, then its head) only across one space: a
            # particle after the phrase (한빛대사관과 보건 당국) ends it.
            one_space = text[comps[m - 1].end : comps[m].start] == " "
            if joined is None and not one_space:
                break
            if joined is None and m + 1 < len(comps) and _plain(comps[m], text):
                joined = _phrase_joins(comps[m], comps[m + 1], label, text, cues, head_only=True)
                step = 2
            elif joined is None and m + 1 < len(comps) and label == "LOC":
                joined = _site_in_place(comps[m], comps[m + 1], text, cues)
                step = 2
            if joined is None:
                break
            label, prio, m = joined, STRONG, m + step
        out.append((start, comps[m - 1].end, label, prio))
        k = m
    return out


def _proved(s: Span, known: Sequence[Span], text: str, cues: dict[str, Any]) -> Span:
    """포스코에너지, 일본대사관: a known name with an organisation's or place's suffix written
    onto it is a new name that the suffix proves; it wins over the known name inside it. A word
    of area written onto a known place (전북지역) proves nothing: the place is the name."""
    if s.priority != WEAK or s.label not in ("ORG", "LOC"):
        return s
    inner = covered(known, s.start, s.end)
    if inner is None or inner.start != s.start or inner.end >= s.end or text[inner.end] == " ":
        return s
    if inner.label == "LOC" and text[inner.end : s.end] in cues.get("area_words", ()):
        return s
    return Span(s.start, s.end, s.label, STRONG)


def _facility_place(s: Span, text: str, cues: dict[str, Any]) -> Span:
    """창원한빛병원에서, 한빛호텔 앞: an organisation that is also a building (hospital, school,
    hotel, store, temple) is, in KLUE's convention, the place where something happens when a
    locative particle or a word of position follows it; as actor (병원이, 병원에 따르면) it stays
    an organisation."""
    suffixes = cues.get("facility_suffixes_by_length", ())
    if s.label != "ORG":
        return s
    if _seat(s, text, cues):
        return Span(s.start, s.end, "LOC", STRONG, s.kb_id, s.norm)
    if ends_with(text[s.start : s.end], suffixes) is None:
        return s
    if not any(p.match(text, s.end) for p in compiled(tuple(cues.get("facility_after", ())))):
        return s
    return Span(s.start, s.end, "LOC", STRONG)


def _seat(s: Span, text: str, cues: dict[str, Any]) -> bool:
    """국회에서, 청와대에서: an institution named after the building that houses it is, where
    something happens in it, that building (KLUE: LOC); as actor it stays an organisation."""
    return (
        s.label == "ORG"
        and text[s.start : s.end] in cues.get("seat_names", ())
        and text.startswith("에서", s.end)
    )


@cache
def _glossed_place_pattern(
    suffixes: tuple[str, ...], particles: tuple[str, ...]
) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![가-힣])([가-힣]{{2,6}})\(([{HAN}]{{1,6}})\)"
        rf"(?:{affix_alt(suffixes)})(?=$|[^가-힣]|(?:{affix_alt(particles)})(?![가-힣]))"
    )


def _glossed_places(text: str, lo: int, hi: int, cues: dict[str, Any]) -> list[Span]:
    """다온(多溫)현, 한빛(韓光)구의: a Hangul name glossed in Chinese characters and then
    written with an administrative unit (현, 구, 시, 지구) after the bracket is a place; KLUE
    marks the name and its gloss, each a LOC, without the unit."""
    suffixes = tuple(cues.get("glossed_place_suffixes_by_length", ()))
    if not suffixes:
        return []
    particles = tuple(cues.get("glossed_place_particles_by_length", ())) or ("의",)
    out = []
    for m in _glossed_place_pattern(suffixes, particles).finditer(text, lo, hi):
        out.append(Span(m.start(1), m.end(1), "LOC", STRONG))
        out.append(Span(m.start(2), m.end(2), "LOC", STRONG))
    return out


_QUOTED_AFTER_KIND = re.compile(
    r"(?<![가-힣])([가-힣]+?)(?:인|이자)? ?['‘\"“]([^'’\"“”\n]{1,25})['’\"”]"
)


@cache
def _party_pattern(parties: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:(?<=[(·ᆞ,] )|(?<=[(·ᆞ,]))({affix_alt(parties)})(?=[·ᆞ,)]| \d)")


def _bracket_parties(text: str, lo: int, hi: int, cues: dict[str, Any]) -> list[Span]:
    """존 한빛(공화·오하이오), (민주 20, 공화 10명): a party's short name in brackets, alone or
    before a state or a count, is that party (ORG)."""
    parties = tuple(cues.get("party_short_names_by_length", ()))
    if not parties:
        return []
    out = []
    for m in _party_pattern(parties).finditer(text, lo, hi):
        opened = text.rfind("(", lo, m.start())
        if opened == -1 or text.rfind(")", opened, m.start()) != -1:
            continue  # not inside brackets
        out.append(Span(m.start(1), m.end(1), "ORG", STRONG))
    return out


_OPEN_QUOTES, _CLOSE_QUOTES = "'‘\"“<《", "'’\"”>》"


def _quoted_title(s: Span, text: str) -> bool:
    """'달빛 아래 그대', '나의 작은 정원': several words that fill a quotation by themselves
    are a title (of a programme, a film, a book), not a person's full name."""
    return (
        s.label == "PERSON"
        and " " in text[s.start : s.end]
        and s.start > 0
        and text[s.start - 1] in _OPEN_QUOTES
        and text[s.end : s.end + 1] != ""
        and text[s.end] in _CLOSE_QUOTES
    )


def _quoted_orgs(text: str, lo: int, hi: int, cues: dict[str, Any]) -> list[Span]:
    """전문점 '한빛', 사회적기업 '다온', 전문매체인 '한빛': a word naming a kind of organisation,
    then a name in quotation marks, is that organisation's name (ORG) whatever its words are
    (동아리 '달빛 걷기', 기획단 '길을 여는 사람들')."""
    kinds = cues.get("org_before_by_length", ())
    out = []
    alias = _alias_re(cues)
    for m in _QUOTED_AFTER_KIND.finditer(text, lo, hi):
        name = m.group(2)
        if name.strip() != name or ends_with("#" + m.group(1), kinds) is None:
            continue
        end = m.end(2)
        bracket = text.find("(", m.start(2), end)
        if alias is not None and bracket > m.start(2) and alias.match(text, bracket):
            end = bracket  # '한빛 엔터테인먼트(이하 한빛)': the short name is apart
        out.append(Span(m.start(2), end, "ORG", STRONG))
    return out


def _alias_re(cues: dict[str, Any]) -> re.Pattern[str] | None:
    """The bracket that brings in a short name after a name (``alias_markers``: 이하)."""
    return _alias_pattern(tuple(sorted(cues.get("alias_markers", ()))))


@cache
def _alias_pattern(markers: tuple[str, ...]) -> re.Pattern[str] | None:
    if not markers:
        return None
    # (이하 X) or (이사장 김다온, 이하 X): the marker may follow other notes in the bracket
    notes = r"(?:[^()]{0,40}?, ?)?"
    return re.compile(rf"\({notes}(?:{affix_alt(markers)}) ?([^()'\"‘’“”,]{{1,15}}?)\)")


def _aliases(
    names: Sequence[Span], toks: Sequence[Tok], text: str, cues: dict[str, Any]
) -> list[Span]:
    """한빛공단(이사장 김다온, 이하 한산공), 다온 프로덕션(이하 다온): the short name a bracket
    right after a name brings in ("hereafter") is that entity again. A common noun there
    (이하 협회) refers back to it but is no name."""
    alias = _alias_re(cues)
    out: list[Span] = []
    if alias is None:
        return out
    for s in names:
        m = alias.match(text, s.end) if s.label in ("PERSON", "ORG", "LOC") else None
        if m is None:
            continue
        start, end = m.span(1)
        inside = [t for t in toks if start <= t.start and t.end <= end]
        if any(t.tag in _PROPER for t in inside):
            out.append(Span(start, end, s.label, STRONG))
    return out


def _affiliations(
    comps: list[_Compound], toks: Sequence[Tok], text: str, cues: dict[str, Any]
) -> list[_Compound]:
    """마르코 로시(한빛FC), 김한빛(32·한빛팀): in a sports report, or after an age, a proper noun
    that nothing else explains in brackets right after a person's name is the person's club
    or team (ORG). Outside sports and without an age it may be a stage name (이지은(아이유))."""
    sports: bool | None = None
    out = list(comps)
    for k in range(1, len(out)):
        c, prev = out[k], out[k - 1]
        if c.label is not None or c.cue != "default" or prev.label != "PERSON":
            continue
        m = _AFFILIATION_OPEN.fullmatch(text, prev.end, c.start)
        if m is None or text[c.end : c.end + 1] not in (")", "·", ","):
            continue
        if m.group(1) is None:
            if sports is None:
                sports = _team_talk(toks, text, cues) or _sports_pattern(toks, text, cues)
            if not sports:
                continue
        out[k] = _Compound(c.toks, "ORG", "known")
    return out


def _sports_pattern(toks: Sequence[Tok], text: str, cues: dict[str, Any]) -> bool:
    """A score or a match minute (후반 20분, 2-1로 이겼다) in the tokens' span."""
    lo, hi = (toks[0].start, toks[-1].end) if toks else (0, 0)
    return any(p.search(text, lo, hi) for p in compiled(tuple(cues.get("sports_patterns", ()))))


_AFFILIATION_OPEN = re.compile(r"\((\d{1,3}[·,] ?)?")


def _authority(comps: Sequence[_Compound], k: int, text: str, cues: dict[str, Any]) -> bool:
    """보건 당국, 외교 당국: a field's common noun before an authority head is that
    authority, an organisation."""
    if k + 1 >= len(comps) or not _plain(comps[k], text):
        return False
    nxt = comps[k + 1]
    return text[comps[k].end : nxt.start] == " " and text[nxt.start : nxt.end] in cues.get(
        "authority_heads", ()
    )


def _corporate(
    text: str, lo: int, hi: int, toks: Sequence[Tok], cues: dict[str, Any]
) -> list[Span]:
    """(주)한빛, ㈜한빛, 사단법인 한빛회: a mark of incorporation before a name makes it an
    organisation, the mark included; a particle after the name is not."""
    marks = cues.get("corporate_marks_by_length", ())
    if not marks:
        return []
    out = []
    pattern = _corporate_pattern(tuple(marks))
    for m in pattern.finditer(text, lo, hi):
        end = m.end()
        for t in toks:
            if t.tag.startswith("J") and t.end == end and t.start > m.start(1):
                end = t.start
        out.append(Span(m.start(), end, "ORG", STRONG))
    return out


@cache
def _corporate_pattern(marks: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{affix_alt(marks)}) ?([가-힣A-Za-z0-9&]+)")


def _site_in_place(
    name: _Compound, head: _Compound, text: str, cues: dict[str, Any]
) -> EntityLabel | None:
    """강원 평창 용평 리조트: after a place, a proper noun that only its
    shape took for a person's name and a place's head word (호텔, 공원, 배수지) is a site
    within the place."""
    if (
        name.cue not in ("shape", "default")
        or any(t.tag != "NNP" for t in name.toks)
        or text[name.end : head.start] != " "
    ):
        return None
    return "LOC" if text[head.start : head.end] in cues.get("loc_heads", ()) else None


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


_MEDIA_AFTER = re.compile(
    r"(?: 등 ?(?:현지|외신|외국|해외|국내|주요)? ?(?:언론|매체|외신|신문|방송|통신)"
    r"|(?:은|는|이|가) [^.?!]{0,40}?보도했)"
)


def _media(c: _Compound, text: str) -> _Compound:
    """엘 파로스 등 현지 언론, 한빛조보는 … 보도했다: a name that only its shape made a
    person's (or nothing at all) before 'and other media', or as the subject of 'reported',
    is a news outlet (ORG)."""
    if c.label not in (None, "PERSON") or c.cue not in ("shape", "default", "joined"):
        return c
    if not any(t.tag in _PROPER for t in c.toks) or not _MEDIA_AFTER.match(text, c.end):
        return c
    return _Compound(c.toks, "ORG", "known")


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
    if label == "LOC" and _site_compound(nxt, word, cues):
        return "LOC"
    if label == "ORG" and word in cues.get("building_heads", ()):
        return "LOC"  # 한빛부 청사, 한빛지검 별관: the organisation's building is a place
    if head_only:
        return None
    if label == "LOC" and (nxt.cue == "chain" or word in cues.get("loc_parts", ())):
        return "LOC"
    if label == "LOC" and prev.label == "LOC" and _inner_place(nxt, word, text, cues):
        return "LOC"  # 터키 수루치에서, 경기도 양평 한 별장: a place within a place
    if label == "ORG" and _unit_of(word, nxt, cues) and not _is_title(word, cues):
        return "ORG"
    if nxt.cue not in ("suffix", "known", "named") or nxt.label not in ("LOC", "ORG"):
        return None
    if label == "ORG" and nxt.label == "LOC":
        return None
    if label == "LOC" and _addressed_building(prev, nxt, text, cues):
        return "LOC"
    if _kind_noun(prev, text, cues) and any(t.tag in _PROPER for t in nxt.toks):
        return None  # 결혼정보회사 비에나래: the kind of organisation, then its name
    return "ORG" if nxt.label == "ORG" else label


def _site_compound(c: _Compound, word: str, cues: dict[str, Any]) -> bool:
    """KBS홀, 김천실내수영장 after a place: a name written onto a site's head word (a hall, a
    pool) names a site within that place. Common nouns alone (민간아파트, 타운홀) name a kind
    of site or an event, not one."""
    head = ends_with(word, cues.get("site_heads_by_length", ()))
    return (
        c.label in (None, "LOC")
        and head is not None
        and len(word) > len(head)
        and any(t.tag in _PROPER or t.tag == "SN" for t in c.toks)
    )


def _addressed_building(prev: _Compound, nxt: _Compound, text: str, cues: dict[str, Any]) -> bool:
    """부산시 동구 초량동 한빛사, 대구 중구 한빛고등학교: a hospital, school or temple after an
    address down to its district or street is named as the place, the whole address a LOC."""
    building = text[nxt.start : nxt.end]
    return (
        nxt.label == "ORG"
        and ends_with(text[prev.start : prev.end], cues.get("address_levels_by_length", ()))
        is not None
        and (
            ends_with(building, cues.get("facility_suffixes_by_length", ())) is not None
            or ends_with(building, cues.get("temple_suffixes_by_length", ())) is not None
        )
    )


def _inner_place(c: _Compound, word: str, text: str, cues: dict[str, Any]) -> bool:
    """A Hangul proper noun with no cue of its own but its shape, followed by what follows a
    place (에서, 인근, 한 ...)."""
    return (
        c.cue in ("shape", "default", "")
        and all(t.tag == "NNP" for t in c.toks)
        and bool(_HANGUL_NAME.match(word))
        and text.startswith(tuple(cues.get("place_after", ())), c.end)
    )


def _kind_before_name(comps: Sequence[_Compound], k: int, text: str, cues: dict[str, Any]) -> bool:
    """결혼정보회사 비에나래: the kind of organisation before its name is no name itself."""
    if k + 1 >= len(comps) or not _kind_noun(comps[k], text, cues):
        return False
    nxt = comps[k + 1]
    return text[comps[k].end : nxt.start] == " " and any(t.tag in _PROPER for t in nxt.toks)


def _kind_noun(c: _Compound, text: str, cues: dict[str, Any]) -> bool:
    """A common-noun compound that has an organisation's suffix but names a kind of
    organisation (결혼정보회사, 항공사), not one: it ends in a word for a kind of organisation
    (``org_before``). 지역상생협의회 or 중앙재난대책본부 before a name (a person's, an acronym's)
    are organisations of their own."""
    return (
        c.cue == "suffix"
        and all(t.tag == "NNG" for t in c.toks)
        and ends_with("#" + text[c.start : c.end], cues.get("org_before_by_length", ())) is not None
    )


def _unit_of(word: str, nxt: _Compound, cues: dict[str, Any]) -> bool:
    """A department after its organisation (형사합의38부, 복지과, 수사팀): one-syllable unit
    suffixes that are trusted only there."""
    if nxt.cue == "known" or any(t.tag not in ("NNG", "SN") for t in nxt.toks):
        return False
    if word in cues["not_suffixed"] and word not in cues.get("org_unit_suffixes", ()):
        return False  # 판단, 일부, 세대: common nouns that merely end like a unit
    if word in cues.get("not_units", ()) or nxt.toks[-1].form in cues.get("not_units", ()):
        # 부대, 회원국, 기자실, 일부, 조사결과: members, troops, rooms or parts of it, or what
        # it did, not a department
        return False
    return (
        len(word) >= 2 and ends_with(word, cues.get("org_unit_suffixes_by_length", ())) is not None
    )


def _foreign_names(
    comps: list[_Compound], text: str, cues: dict[str, Any], teams: bool = False
) -> list[_Compound]:
    """Join transliterated names that kiwi splits at the space (크리스 에반스, 빌 클린턴 전
    대통령): consecutive Hangul proper nouns one space apart, neither with a suffix of its own
    unless the first is a known given name (마크 러팔로). Two Korean-shaped names in a row
    (전지현 김수현) are two people."""
    out: list[_Compound] = []
    for c in comps:
        prev = out[-1] if out else None
        if prev is not None and (
            _named_org(prev, c, text, cues) or (teams and _team(prev, c, text, cues))
        ):
            out[-1] = _Compound(prev.toks + c.toks, "ORG", "named")
            continue
        if prev is not None and _named_venue(prev, c, text, cues):
            out[-1] = _Compound(prev.toks + c.toks, "LOC", "known")
            continue
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


def _named_org(prev: _Compound, c: _Compound, text: str, cues: dict[str, Any]) -> bool:
    """브래드 캐피털, 한빛 그룹: a name that nothing else explains, a space, then a word that
    names a company (캐피털, 모빌리티, 그룹) is that company, not a person's full name."""
    return (
        text[prev.end : c.start] == " "
        and prev.cue in ("default", "joined", "shape", "")
        and prev.label in (None, "PERSON", "ORG")
        and any(t.tag in _PROPER for t in prev.toks)
        and text[c.start : c.end] in cues.get("org_words", ())
    )


def _named_venue(prev: _Compound, c: _Compound, text: str, cues: dict[str, Any]) -> bool:
    """로렌초 스타디움, 마르코 아레나: a name that nothing else explains, a space, then a
    venue's head word is that venue (LOC), not a person's full name."""
    return (
        text[prev.end : c.start] == " "
        and prev.cue in ("default", "joined", "shape", "")
        and prev.label in (None, "PERSON")
        and any(t.tag in _PROPER for t in prev.toks)
        and text[c.start : c.end] in cues.get("venue_heads", ())
    )


def _team_talk(toks: Sequence[Tok], text: str, cues: dict[str, Any]) -> bool:
    """A sports report: a sports word among the tokens, alone or as two tokens written
    together (kiwi cuts 원정경기 into 원정 and 경기)."""
    words = cues.get("sports_cues", frozenset()) | cues.get("team_cues", frozenset())
    pairs = (a.form + b.form for a, b in itertools.pairwise(toks) if a.end == b.start)
    return any(t.form in words for t in toks) or any(p in words for p in pairs)


def _team(prev: _Compound, c: _Compound, text: str, cues: dict[str, Any]) -> bool:
    """뉴욕 메츠, 시카고 불스: in a sports report, a known city, a space, then a proper noun
    that is no Korean name is a club (the city's name and its nickname)."""
    word = text[c.start : c.end]
    return (
        prev.cue == "known"
        and prev.label == "LOC"
        and text[prev.end : c.start] == " "
        and c.cue in ("default", "joined", "")
        and c.label is None
        and all(t.tag == "NNP" for t in c.toks)
        and bool(_HANGUL_NAME.match(word))
        and not _korean_shaped(word, cues)
    )


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
    words = [w for w in load_cues(lang).get("abbreviation_words_by_length", ())]
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


@cache
def _act_pattern(nouns: tuple[str, ...], particles: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"의 (?:{affix_alt(nouns)})(?:{affix_alt(particles)})?(?![가-힣])")


def _acts(text: str, end: int, cues: dict[str, Any]) -> bool:
    """일본의 반발, 독일의 제재: a place's possessive before a noun of an act that only a
    government or a team performs makes the place that actor (KLUE ORG)."""
    nouns = tuple(cues.get("act_nouns_by_length", ()))
    if not nouns:
        return False
    particles = tuple(cues.get("glossed_place_particles_by_length", ()))
    return _act_pattern(nouns, particles).match(text, end) is not None


def _sides(
    text: str, toks: Sequence[Tok], known: Sequence[Span], cues: dict[str, Any]
) -> list[Span]:
    """A country as a side rather than a place: a national team in a sports report (브라질
    수비수, 이탈리아는 전반 24분), a party to talks (북한 측), or the author of an act (북한의
    반발, 독일의 제재). Not where it is the venue (브라질에서, 브라질 월드컵)."""
    sporty = any(t.form in cues.get("sports_cues", ()) for t in toks) or _sports_pattern(
        toks, text, cues
    )
    sides, not_before = cues.get("side_words", ()), cues.get("team_not_before_by_length", ())
    out = []
    for s in known:
        if s.label != "LOC":
            continue
        rest = text[s.end : s.end + 12]
        if (
            any(rest.lstrip().startswith(w) for w in sides)
            or (sporty and not any(rest.lstrip().startswith(w) for w in not_before))
            or _acts(text, s.end, cues)
        ):
            out.append(Span(s.start, s.end, "ORG", STRONG, s.kb_id, s.norm))
    return out


def _firms(text: str, known: Sequence[Span], cues: dict[str, Any]) -> list[Span]:
    """한빛톡 대표, 한빛톡 주가: a platform or product the gazetteer knows (PRODUCT), before a
    word for the officers, shares or offices of a company (firm_roles), is that company (ORG).
    So is one that is the subject of its sentence (한빛톡은 정책을 바꿨다: firm_subject)."""
    after = spaced(cues.get("firm_roles", ())) + tuple(cues.get("firm_subject", ()))
    return [
        Span(s.start, s.end, "ORG", STRONG, s.kb_id, s.norm)
        for s in known
        if after and s.label == "PRODUCT" and text.startswith(after, s.end)
    ]


_INITIAL = re.compile(r" [A-Z]\.? ")


def _middle_initials(found: Sequence[Span], text: str, cues: dict[str, Any]) -> list[Span]:
    """조지 W. 부시: a given name, a middle initial and a surname are one person's name. So are
    a foreign name of two words and the one word after it (마리아 루이사 페레이라), which kiwi
    cuts off a long name: not Korean names one space apart, which list several people."""
    people = sorted((s for s in found if s.label == "PERSON"), key=lambda s: s.start)
    return [
        Span(a.start, b.end, "PERSON", STRONG)
        for a, b in itertools.pairwise(people)
        if _INITIAL.fullmatch(text, a.end, b.start)
        or (
            text[a.end : b.start] == " "
            and _HANGUL_NAME.match(text[a.start : b.end])
            and " " in text[a.start : a.end]
            and " " not in text[b.start : b.end]
            and not _korean_shaped(text[b.start : b.end], cues)
        )
    ]


@cache
def _numbered_unit_pattern(units: tuple[str, ...], benches: tuple[str, ...]) -> re.Pattern[str]:
    end = rf"(?=[^가-힣]|$|(?:{affix_alt(_PARTICLES)})(?![가-힣]))"
    return re.compile(
        rf" (?:[가-힣]{{1,4}} ?)?\d{{1,3}} ?(?:{affix_alt(units)}){end}"
        rf"| [가-힣]{{0,3}}(?:{affix_alt(benches)}){end}"
    )


_PARTICLES = (
    "은",
    "는",
    "이",
    "가",
    "의",
    "에",
    "에서",
    "와",
    "과",
    "도",
    "로",
    "으로",
    "을",
    "를",
)


def _numbered_units(found: Sequence[Span], text: str, cues: dict[str, Any]) -> list[Span]:
    """한빛지법 형사 2단독, 한빛지검 특수3부, 한빛법원 전원합의체: a numbered department (or a
    court's full bench) after an organisation, with a space or not before the number, is part
    of the organisation's name."""
    units = tuple(cues.get("numbered_units_by_length", ()))
    benches = tuple(cues.get("full_benches_by_length", ()))
    if not units or not benches:
        return []
    pattern = _numbered_unit_pattern(units, benches)
    out = []
    for s in found:
        m = pattern.match(text, s.end) if s.label == "ORG" else None
        if m is not None:
            out.append(Span(s.start, m.end(), "ORG", STRONG, s.kb_id, s.norm))
    return out
