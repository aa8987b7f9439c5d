"""Known entities (countries, governments, agencies, companies, places) from per-language data.

``lang/<lang>/gazetteer.json`` lists entries with a label, a Wikidata QID (``kb_id``, shared by
every language so that 엔비디아 and Nvidia are the same entity) and a canonical English ``norm``.
All names of a language compile into one trie-shaped regex, so matching costs one scan of the
text whatever the number of names.

A national government body may say which state it ``acts_for`` (White House → Q30), and the
file's ``leaders`` list heads of state and government by state: an event's actor named through
either shares the state's id (``streams.extract.slots``), so that one happening reported as "the
White House", "President Trump" or "미국" keeps one actor and one alert. A leader's name needs an
office title to count, except the names a row's ``in_office`` terms list, in a post dated within
the term: full names, or surnames no one else in the news had then ("Reagan" in 1987, "Putin").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, cast

from schemas.models import EntityLabel
from streams.extract import resources

_LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "LOC", "PRODUCT"})


@dataclass(frozen=True)
class GazetteerEntry:
    label: EntityLabel
    norm: str
    kb_id: str | None
    # The state a national government body acts for (White House → the United States).
    acts_for: str | None = None


@dataclass(frozen=True)
class GazetteerHit:
    start: int
    end: int
    text: str
    entry: GazetteerEntry


@dataclass(frozen=True)
class _Index:
    names: Mapping[str, GazetteerEntry]
    pattern: re.Pattern[str] | None


def _trie_regex(words: Iterable[str]) -> str:
    """A regex equivalent to the longest-first alternation of ``words``, shaped as a trie so
    the engine does not retry every name at every position."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_regex(trie)


def _node_regex(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _node_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Greedy optional: a longer name is tried before the shorter one it extends.
    return f"(?:{body})?" if ends else body


def _entry(raw: Mapping[str, Any]) -> GazetteerEntry | None:
    label = str(raw.get("label", ""))
    if label not in _LABELS:
        return None
    kb, state = raw.get("kb_id"), raw.get("acts_for")
    return GazetteerEntry(
        cast(EntityLabel, label),
        str(raw["norm"]),
        str(kb) if kb else None,
        str(state) if state else None,
    )


def _names(data: Mapping[str, Any], key: str = "names") -> dict[str, GazetteerEntry]:
    names: dict[str, GazetteerEntry] = {}
    upper = bool(data.get("match_upper", False))
    for raw in data.get("entries", []):
        entry = _entry(raw)
        if entry is None:
            continue
        for name in raw.get(key, []):
            names.setdefault(str(name), entry)
            if upper and len(name) > 3:
                names.setdefault(str(name).upper(), entry)
    return names


@cache
def _index(lang: str) -> _Index:
    data = resources.load(lang, "gazetteer")
    names = _names(data)
    if not names:
        return _Index(names, None)
    word = str(data.get("word_chars", r"\w"))
    after = [re.escape(str(a)) for a in data.get("allowed_after", [])]
    # Regexes for what may follow a name further off (부산머드축제: the place, then words, then
    # the event that makes the compound a thing named after the place).
    after += [str(a) for a in data.get("allowed_after_patterns", [])]
    # A name must not start inside a word, and must end at a word end or before a particle
    # ("미국은", "Nvidia's" end fine; "인도하다" is not India).
    right = rf"(?![{word}])" + (f"|(?={'|'.join(after)})" if after else "")
    # Words that, written onto a name, make it part of a longer word even though they start
    # like a particle (상원의원 is a senator: 의원, not the particle 의).
    glued = [re.escape(str(g)) for g in data.get("not_before", [])]
    left = f"(?!{'|'.join(glued)})" if glued else ""
    body = rf"(?<![{word}])(?P<name>{_trie_regex(names)}){left}(?:{right})"
    # An entry's spaced_names count only written alone before another word: 미 언론, 미 의회
    # is the United States, while 미만 or 미이관 is no name, nor the last of a pair joined by
    # ``pair_joiners`` (한·미 합의: the pair's own rule reads it).
    spaced = _names(data, "spaced_names")
    if spaced:
        joiners = re.escape(str(data.get("pair_joiners", "")))
        body += rf"|(?<![{word}{joiners}])(?P<spaced>{_trie_regex(spaced)})(?= [{word}])"
    return _Index({**spaced, **names}, re.compile(body))


def find_known(text: str, lang: str, start: int = 0, end: int | None = None) -> list[GazetteerHit]:
    """Gazetteer names in ``text[start:end]``, leftmost-longest, offsets into ``text``."""
    index = _index(lang)
    if index.pattern is None:
        return []
    hi = len(text) if end is None else min(end, len(text))
    hits: list[GazetteerHit] = []
    pos = max(0, start)
    while pos < hi:
        m = index.pattern.search(text, pos, hi)
        if m is None:
            break
        name = m.group("name") or m.group("spaced") or ""
        entry = index.names.get(name)
        if entry is not None and name:
            hits.append(GazetteerHit(m.start(), m.start() + len(name), name, entry))
            pos = m.start() + len(name)
        else:
            pos = m.start() + 1
    return hits


_NameIndex = tuple[re.Pattern[str] | None, Mapping[str, str | None]]


def _name_index(
    data: Mapping[str, Any], values: dict[str, str | None], end_chars: str | None = None
) -> _NameIndex:
    """One pattern for every name of ``values``: at a word start, and not before a word
    character (``end_chars``: not before these instead)."""
    if not values:
        return None, values
    word = str(data.get("word_chars", r"\w"))
    return re.compile(rf"(?<![{word}])(?:{_trie_regex(values)})(?![{end_chars or word}])"), values


def _first_named(index: _NameIndex, text: str, start: int, end: int) -> str | None:
    pattern, values = index
    m = pattern.search(text, start, end) if pattern is not None else None
    return values.get(m.group()) if m else None


@cache
def _leaders(lang: str) -> _NameIndex:
    data = resources.load(lang, "gazetteer")
    states: dict[str, str | None] = {
        str(n): str(row["acts_for"]) for row in data.get("leaders", []) for n in row["names"]
    }
    return _name_index(data, states, "A-Za-z")


def leader_state(text: str, lang: str, start: int, end: int) -> str | None:
    """The state whose head of state or government ``text[start:end]`` names, if any."""
    return _first_named(_leaders(lang), text, start, end)


@cache
def _demonyms(lang: str) -> _NameIndex:
    data = resources.load(lang, "gazetteer")
    states = {str(n): (str(q) if q else None) for n, q in data.get("demonyms", {}).items()}
    return _name_index(data, states)


def demonym_state(text: str, lang: str, start: int, end: int) -> str | None:
    """The state whose national adjective ``text[start:end]`` uses first ("the French
    government" → France); None for none, or for an adjective of a state without an id."""
    return _first_named(_demonyms(lang), text, start, end)


@dataclass(frozen=True)
class _Term:
    acts_for: str
    start: date
    end: date | None  # None: in office as of the gazetteer's date


@cache
def _leaders_alone(lang: str) -> dict[str, tuple[_Term, ...]]:
    terms: dict[str, list[_Term]] = {}
    for row in resources.load(lang, "gazetteer").get("leaders", []):
        for t in row.get("in_office", []):
            end = date.fromisoformat(t["to"]) if t.get("to") else None
            term = _Term(str(row["acts_for"]), date.fromisoformat(t["from"]), end)
            for name in t["alone"]:
                terms.setdefault(str(name), []).append(term)
    return {name: tuple(ts) for name, ts in terms.items()}


def leader_alone(name: str, lang: str, on: date | None = None) -> str | None:
    """The state a phrase acts for when it is only the name of a leader who needs no title and
    was in office on ``on`` (the post's date; undated: in office now): "Reagan" in 1987 and
    "Donald Trump" in 2025 act for the United States, "Obama" in 2024 speaks for himself."""
    for term in _leaders_alone(lang).get(name, ()):
        if on is None and term.end is None:
            return term.acts_for
        if on is not None and term.start <= on and (term.end is None or on < term.end):
            return term.acts_for
    return None


@cache
def _place_names(lang: str) -> dict[str, str]:
    data = resources.load(lang, "gazetteer")
    first: dict[str, str] = {}
    for raw in data.get("entries", []):
        if raw.get("label") == "LOC" and raw.get("kb_id") and raw.get("names"):
            first.setdefault(str(raw["kb_id"]), str(raw["names"][0]))
    return first


def place_name(kb_id: str, lang: str) -> str | None:
    """A place's name as a language's gazetteer lists it first ("United States", "미국")."""
    return _place_names(lang).get(kb_id)


@cache
def _full_names(lang: str) -> dict[str, str]:
    """Each organisation's shorter names that abbreviate its first one (공정위 → 공정거래위원회,
    "SEC" → "Securities and Exchange Commission": the short name's letters appear in order
    in the first name)."""
    data = resources.load(lang, "gazetteer")
    full: dict[str, str] = {}
    for raw in data.get("entries", []):
        names = [str(n) for n in raw.get("names", [])]
        if raw.get("label") != "ORG" or len(names) < 2:
            continue
        for name in names[1:]:
            if len(name) < len(names[0]) and _abbreviates(name, names[0]):
                full.setdefault(name, names[0])
    return full


def _abbreviates(short: str, name: str) -> bool:
    rest = iter(name.casefold())
    return all(ch in rest for ch in short.casefold() if ch.isalnum())


def full_name(name: str, lang: str) -> str | None:
    """An organisation's first name in a language's gazetteer when ``name`` abbreviates it."""
    return _full_names(lang).get(name)


def lookup(name: str, lang: str) -> GazetteerEntry | None:
    """The entry a language's gazetteer gives an exact name."""
    return _index(lang).names.get(name)


def entries(lang: str) -> dict[str, GazetteerEntry]:
    """Every name of a language's gazetteer with its entry (for tests and audits)."""
    return dict(_index(lang).names)
