"""What every entity recogniser shares: the candidate span, its priority, the token type, the
``names.json`` cues and the small helpers over them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from schemas.models import DatePrecision, EntityLabel, Magnitude
from streams.extract import resources

NUMERIC, STRONG, KNOWN, WEAK = 4, 3, 2, 1

# Chinese characters (CJK unified, extension A, compatibility), as Korean news glosses names.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


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
    date_precision: DatePrecision | None = None
    # False: a name of no entity kind (a cup, a tour, a law) that only keeps the names inside
    # it (UEFA in UEFA Cup) from being taken for entities.
    entity: bool = True


Recognizer = Callable[[str, str, int, int, Sequence[Span]], list[Span]]


@dataclass(frozen=True)
class Tok:
    form: str
    tag: str
    start: int
    end: int


def affix_alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def compiled(sources: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """Regexes of a cue list (pass it as a sorted tuple), compiled once."""
    return tuple(re.compile(p) for p in sources)


@cache
def load_cues(lang: str) -> dict[str, Any]:
    """names.json with list values turned into sets (and the longest-first suffix lists)."""
    data = resources.load(lang, "names")
    out: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, list):
            out[key] = frozenset(str(v) for v in value)
            out[key + "_by_length"] = Suffixes(str(v) for v in value)
        else:
            out[key] = value
    return out


class Suffixes(tuple[str, ...]):
    """Cue words longest first, indexed: ``ends_with`` over them looks up the word's last
    characters at each length the list has instead of trying every entry (the Korean suffix
    lists have hundreds, and every noun compound asks)."""

    words: frozenset[str]
    lengths: tuple[int, ...]

    def __new__(cls, words: Iterable[str]) -> Suffixes:
        self = super().__new__(cls, sorted(set(words), key=len, reverse=True))
        self.words = frozenset(self)
        self.lengths = tuple(sorted({len(w) for w in self}, reverse=True))
        return self


NO_WORDS = Suffixes(())


def ends_with(word: str, suffixes: Sequence[str]) -> str | None:
    """The first of ``suffixes`` that ends ``word`` and is shorter than it, or None."""
    if isinstance(suffixes, Suffixes):  # longest first: the first length that hits is it
        for n in suffixes.lengths:
            if n < len(word) and (tail := word[len(word) - n :]) in suffixes.words:
                return tail
        return None
    for suffix in suffixes:
        if len(word) > len(suffix) and word.endswith(suffix):
            return suffix
    return None


@cache
def spaced(words: Iterable[str]) -> tuple[str, ...]:
    """Each of ``words`` after one space, for ``str.startswith`` right after a name (한빛 측,
    한빛 일대). Built once per cue list: the checks run for every noun compound of a post."""
    return tuple(" " + w for w in words)


def ends_in(word: str, endings: Suffixes) -> bool:
    """Whether one of ``endings`` ends ``word`` or is the whole of it."""
    return any(n <= len(word) and word[len(word) - n :] in endings.words for n in endings.lengths)


def covered(spans: Sequence[Span], start: int, end: int) -> Span | None:
    for s in spans:
        if s.start < end and start < s.end:
            return s
    return None
