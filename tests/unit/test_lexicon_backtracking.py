"""No lexicon pattern backtracks catastrophically.

A pattern with a repeated group whose body can split one run of characters in many ways
(``(?:\\S*\\d\\S*\\s?)*``) takes time exponential in the run's length: one such pattern made a
2000-character post of fine statistics take minutes to read, and a worker stalls on it. Each
pattern of every ``events.json`` is run over short adversarial strings (a trigger word, then a
run of digits, Hangul or Latin letters that does not complete the pattern) in a child process; a
pattern on which the child makes no progress for ``_STALL`` seconds is reported by its path in
the file. The limit detects runaway matching (normally a language's scan takes a second or two),
it does not measure speed.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

_LANG_DIR = Path(__file__).resolve().parents[2] / "streams" / "extract" / "lang"
_STALL = 5.0
_ANCHORS = ("예산", "관세", "수출", "과징금", "투자", "중단", "원")
_ANCHORS += ("tariff", "budget", "export", "$")
_RUNS = ("1" * 26 + "가!", "가" * 26 + "!", "a" * 26 + "!", "1" * 26 + " !", "1," * 13 + "!")
_INPUTS = tuple(a + sep + run for a in _ANCHORS for sep in ("", " ") for run in _RUNS)

Found = tuple[str, str]  # (path in the lexicon, pattern)


def _strings(node: Any, path: str) -> Iterator[Found]:
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _strings(item, f"{path}[{i}]")
    elif isinstance(node, dict):
        for key, item in node.items():
            yield from _strings(item, f"{path}.{key}")


def _patterns(files: list[Path]) -> list[Found]:
    found = []
    for f in files:
        for path, text in _strings(json.loads(f.read_text(encoding="utf-8")), f.parent.name):
            try:
                re.compile(text)
            except re.error:
                continue  # not a pattern (a name, a tag)
            found.append((path, text))
    return found


def _scan(patterns: list[Found], start: int, progress: Any) -> None:
    for i in range(start, len(patterns)):
        progress.value = i
        rx = re.compile(patterns[i][1], re.IGNORECASE)
        for s in _INPUTS:
            for _ in rx.finditer(s):
                pass
    progress.value = len(patterns)


def runaway(patterns: list[Found], stall: float = _STALL) -> list[Found]:
    """The patterns on which matching the adversarial strings does not finish (or fails)."""
    ctx = mp.get_context("fork")
    slow: list[Found] = []
    start = 0
    while start < len(patterns):
        progress = ctx.Value("i", start)
        child = ctx.Process(target=_scan, args=(patterns, start, progress))
        child.start()
        last, since = -1, time.monotonic()
        while child.is_alive():
            child.join(0.1)
            if progress.value != last:
                last, since = progress.value, time.monotonic()
            elif time.monotonic() - since > stall:
                child.kill()
                child.join()
        if child.exitcode == 0:
            break
        # Killed on a stall, or died on an error: that pattern is the finding; go on after it.
        slow.append(patterns[progress.value])
        start = progress.value + 1
    return slow


def test_the_check_finds_a_runaway_pattern() -> None:
    bad = [("ok", r"예산\s?\d+원"), ("bad", r"예산(?:\S*\d\S*\s?)*잘라"), ("ok2", "tariffs?")]
    assert [path for path, _ in runaway(bad, stall=1.0)] == ["bad"]


@pytest.mark.parametrize("lang", sorted(p.name for p in _LANG_DIR.iterdir() if p.is_dir()))
def test_no_lexicon_pattern_backtracks_catastrophically(lang: str) -> None:
    files = sorted((_LANG_DIR / lang).glob("*.json"))
    assert runaway(_patterns(files)) == []
