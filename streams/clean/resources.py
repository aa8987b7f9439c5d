"""The clean stage's per-language data, validated once and compiled into regexes.

Language-specific phrases live in ``streams/clean/lang/<lang>/*.json`` (``und`` holds what is
language-independent), so that supporting a language adds files, not branches. A post's
language is only known after its body is found, and pages mix languages (an English menu over
a Korean article), so the patterns of all languages are applied together.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from streams.clean.lines import LineKind

LANG_DIR = Path(__file__).resolve().parent / "lang"

Script = Literal["Hang", "Kana", "Hani", "Latn"]


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    description: str = ""
    macros: dict[str, str] = Field(default_factory=dict)


class BoilerplateData(_Data):
    nav_phrases: list[str] = Field(default_factory=list)
    body_markers: list[str] = Field(default_factory=list)
    line_patterns: dict[LineKind, list[str]] = Field(default_factory=dict)
    caption_suffixes: list[str] = Field(default_factory=list)
    tail_patterns: list[str] = Field(default_factory=list)
    continuation_endings: list[str] = Field(default_factory=list)
    lead_prefixes: list[str] = Field(default_factory=list)


class HeaderMarker(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: str
    weight: float = Field(ge=0.0, le=1.0)


class SegmentData(_Data):
    header_markers: list[HeaderMarker] = Field(default_factory=list)
    datelines: list[str] = Field(default_factory=list)
    sentence_endings: list[str] = Field(default_factory=list)


class LanguageData(_Data):
    code: str
    script: Script
    function_words: list[str] = Field(default_factory=list)


@dataclass(frozen=True)
class Rules:
    """Everything the clean stage matches against, merged over all languages."""

    nav: re.Pattern[str] | None
    body_marker: re.Pattern[str] | None
    line_patterns: dict[LineKind, re.Pattern[str]]
    caption_suffix: re.Pattern[str] | None
    tail: re.Pattern[str] | None
    continuation_endings: tuple[str, ...]
    lead_prefix: re.Pattern[str] | None
    header_markers: tuple[tuple[re.Pattern[str], float], ...]
    dateline: re.Pattern[str] | None
    sentence_endings: tuple[str, ...]
    languages: tuple[LanguageData, ...]
    function_words: frozenset[str]
    # (code, its function words) of each Latin-script language, for telling them apart.
    latin_words: tuple[tuple[str, frozenset[str]], ...]


def _expand(pattern: str, macros: dict[str, str], where: str) -> str:
    for name, value in macros.items():
        pattern = pattern.replace("{{" + name + "}}", value)
    if "{{" in pattern:
        raise ValueError(f"{where}: unknown macro in {pattern!r}")
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"{where}: bad regex {pattern!r}: {exc}") from exc
    return pattern


def _union(patterns: list[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


_MENU_SEPARATORS = r"\s|>/·•»,:;\-–—"


def _alternation(phrases: list[str]) -> str:
    # Longest first, so that "share this article" wins over "share".
    alts = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, a.split())) for a in alts) + ")"


def _phrases(phrases: list[str]) -> re.Pattern[str] | None:
    """A line made only of these phrases, separated by spaces or menu separators.

    A phrase that is itself a separator ("-", a font-size button) is matched only on a line
    of separators: between words the separator runs take it anyway, and letting both read it
    made every dash of a long rule ("------- 일 정 -------") a choice between the two, which
    the regex engine tried out one by one (2^n steps: a post of 1,109 characters did not
    finish in minutes)."""
    sep = f"[{_MENU_SEPARATORS}]"
    alts = {p.strip().lower() for p in phrases if p.strip()}
    marks = sorted(a for a in alts if re.fullmatch(f"{sep}+", a))
    words = sorted(alts - set(marks))
    forms = []
    if words:
        one = _alternation(words)
        forms.append(rf"{sep}*{one}(?:{sep}+{one})*{sep}*")
    if marks:
        forms.append(rf"{sep}*{_alternation(marks)}{sep}*")
    return re.compile("|".join(f"(?:{f})" for f in forms), re.IGNORECASE) if forms else None


def _files(name: str) -> list[tuple[str, str]]:
    out = []
    for path in sorted(LANG_DIR.glob(f"*/{name}.json")):
        out.append((str(path.relative_to(LANG_DIR)), path.read_text(encoding="utf-8")))
    return out


def _boilerplate() -> list[tuple[str, BoilerplateData]]:
    return [(w, BoilerplateData.model_validate(json.loads(t))) for w, t in _files("boilerplate")]


def _segments() -> list[tuple[str, SegmentData]]:
    return [(w, SegmentData.model_validate(json.loads(t))) for w, t in _files("segments")]


def _expand_all(files: Sequence[tuple[str, _Data]], field: str) -> list[str]:
    """Every pattern of list ``field`` in ``files``, macros expanded and checked."""
    return [_expand(p, d.macros, w) for w, d in files for p in getattr(d, field)]


def _plain(files: Sequence[tuple[str, _Data]], field: str) -> list[str]:
    return [x for _, d in files for x in getattr(d, field)]


def _line_patterns(files: list[tuple[str, BoilerplateData]]) -> dict[LineKind, re.Pattern[str]]:
    kinds: dict[LineKind, list[str]] = {}
    for where, b in files:
        for kind, pats in b.line_patterns.items():
            kinds.setdefault(kind, []).extend(_expand(p, b.macros, where) for p in pats)
    return {k: p for k, v in kinds.items() if (p := _union(v)) is not None}


def _header_markers(
    files: list[tuple[str, SegmentData]],
) -> tuple[tuple[re.Pattern[str], float], ...]:
    return tuple(
        (re.compile(_expand(h.pattern, s.macros, w)), h.weight)
        for w, s in files
        for h in s.header_markers
    )


@cache
def rules() -> Rules:
    """Load, validate and compile every data file (once per process)."""
    bp, sg = _boilerplate(), _segments()
    langs = tuple(LanguageData.model_validate(json.loads(t)) for _, t in _files("language"))
    return Rules(
        nav=_phrases(_plain(bp, "nav_phrases")),
        body_marker=_phrases(_plain(bp, "body_markers")),
        line_patterns=_line_patterns(bp),
        caption_suffix=_union(_expand_all(bp, "caption_suffixes")),
        tail=_union(_expand_all(bp, "tail_patterns")),
        continuation_endings=tuple(dict.fromkeys(_plain(bp, "continuation_endings"))),
        lead_prefix=_union(_expand_all(bp, "lead_prefixes")),
        header_markers=_header_markers(sg),
        dateline=_union(_expand_all(sg, "datelines")),
        sentence_endings=tuple(dict.fromkeys(_plain(sg, "sentence_endings"))),
        languages=langs,
        function_words=frozenset(w for lang in langs for w in lang.function_words),
        latin_words=tuple(
            (lang.code, frozenset(lang.function_words)) for lang in langs if lang.script == "Latn"
        ),
    )
