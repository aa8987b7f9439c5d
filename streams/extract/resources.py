"""Per-language data files for extraction, loaded once and cached.

Everything language-specific (number and currency words, month names, date patterns, name
cues, the gazetteer, a dateline's shape) lives in ``streams/extract/lang/<lang>/<name>.json``,
so that supporting a new language means adding a folder of files, not code. The folder
``und`` ("undetermined", the ``Doc.lang`` of a post whose language is unknown) holds what every
language shares — currency symbols, ISO codes, numeric date forms — and is merged under each
language's data.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any, cast

LANG_DIR = Path(__file__).resolve().parent / "lang"
SHARED = "und"

JsonDict = dict[str, Any]
_NEVER = r"(?!x)x"


@cache
def languages() -> frozenset[str]:
    """Language codes that have a data folder (``und`` included)."""
    return frozenset(p.name for p in LANG_DIR.iterdir() if p.is_dir())


def has_language(lang: str) -> bool:
    """True when ``lang`` has its own data folder (not only the shared ``und`` data)."""
    return lang != SHARED and lang in languages()


@cache
def _load_file(lang: str, name: str) -> JsonDict:
    path = LANG_DIR / lang / f"{name}.json"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a JSON object at top level")
    return cast(JsonDict, data)


def _merge(base: Any, extra: Any) -> Any:
    """Deep-merge: dicts by key, lists concatenated (shared first), scalars overridden."""
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = _merge(base[key], value) if key in base else value
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return [*base, *extra]
    return extra


@cache
def load(lang: str, name: str) -> JsonDict:
    """``lang/<lang>/<name>.json`` merged over ``lang/und/<name>.json``.

    Unknown languages get the shared data alone, which is what lets a post in any language
    still yield symbols-and-digits money, percentages and ISO dates.
    """
    shared = _load_file(SHARED, name)
    if lang == SHARED or lang not in languages():
        return shared
    return cast(JsonDict, _merge(shared, _load_file(lang, name)))


def strings(lang: str, name: str, key: str) -> list[str]:
    """A list of strings stored under ``key`` (empty when absent)."""
    value = load(lang, name).get(key, [])
    return [str(v) for v in value]


def mapping(lang: str, name: str, key: str) -> dict[str, Any]:
    """A JSON object stored under ``key`` (empty when absent)."""
    value = load(lang, name).get(key, {})
    return dict(value) if isinstance(value, dict) else {}


@cache
def dateline(lang: str) -> re.Pattern[str]:
    """How a news story's dateline looks in ``lang`` (``dateline.json``, its parts joined), to
    match at a line's or sentence's start: groups ``place``, ``region``, ``date``, ``agency``,
    ``dash``. One pattern serves entities, event dates, slots and currencies, so that they agree
    on what a dateline is; a language without one never matches."""
    return re.compile("".join(strings(lang, "dateline", "pattern")) or _NEVER)
