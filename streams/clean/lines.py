"""Lines with their offsets, the unit boilerplate detection works on.

Scraped posts keep the page's layout as line breaks: menus, metadata and credits sit on lines
of their own, so a line's shape (length, ending, a furniture pattern) says what it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

# Every character str.splitlines() breaks on, so no line ever spans a break.
_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LINE = re.compile(f"[^{_BREAKS}]+")
_BREAK = re.compile(f"\r\n|[{_BREAKS}]")

TERMINALS = ".!?…。！？"
# Closing quotes and brackets may follow the full stop of a quoted last sentence.
CLOSERS = "\"'”’)]」』》〉>"


class LineKind(StrEnum):
    """What a line is. The first group is page furniture, never article text."""

    NAV = "nav"
    BODY_MARKER = "body_marker"
    META = "meta"
    BYLINE = "byline"
    COPYRIGHT = "copyright"
    RELATED = "related"
    CAPTION = "caption"
    PROMO = "promo"
    ORG = "org"
    LABEL = "label"
    PROSE = "prose"  # a sentence or a paragraph
    SHORT = "short"  # neither: a title, a sub-head, a fragment


FURNITURE = frozenset(LineKind) - {LineKind.PROSE, LineKind.SHORT}


@dataclass(frozen=True, slots=True)
class Line:
    """A non-blank line: ``text`` is ``source[start:end]``, surrounding whitespace excluded."""

    start: int
    end: int
    text: str
    # A blank line (or the start of the text) comes right before: a new paragraph.
    opens_paragraph: bool = True


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Line]:
    """The non-blank lines of ``text[start:end]`` with offsets into ``text``."""
    stop = len(text) if end is None else end
    prev_end: int | None = None
    for m in _LINE.finditer(text, start, stop):
        raw = m.group()
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        s = m.start() + lead
        opens = prev_end is None or _breaks(text[prev_end : m.start()]) > 1
        prev_end = m.end()
        yield Line(s, s + len(stripped), stripped, opens)


def _breaks(gap: str) -> int:
    """Line breaks in the whitespace between two lines (CR LF counts once)."""
    return len(_BREAK.findall(gap))


def ends_sentence(span: str, endings: tuple[str, ...]) -> bool:
    """True when ``span`` ends like a finished sentence (punctuation or a sentence ending)."""
    core = span.rstrip().rstrip(CLOSERS).rstrip()
    if not core:
        return False
    return core[-1] in TERMINALS or (bool(endings) and core.endswith(endings))


def word_count(span: str) -> int:
    return len(span.split())
