"""Glued articles: split a body where one article ends and an unrelated one starts.

Boards and aggregators paste articles one after another, sometimes mid-sentence
(``… 반도체 공핵심요약 전동오토바이 …``). A boundary is proposed by a signal that opens an
article — a portal's summary header, a wire dateline, a copyright/byline block between two
stretches of prose, a paragraph cut off before the next one — and accepted according to the
signal's strength, where it sits (line start, glued to a cut-off word, or mid-sentence), and
whether the vocabulary changes across it (lexical cohesion). Sub-head bullets (━ ■ ▲ ◆) are
deliberately not signals: they structure a single article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from schemas.models import Segment
from streams.clean.boilerplate import LONG_LINE_CHARS, classify, trim_span
from streams.clean.cohesion import topic_change
from streams.clean.lines import Line, LineKind, ends_sentence, iter_lines
from streams.clean.resources import rules

# Each side of a boundary must be at least an article's first sentence.
MIN_LEFT_CHARS = 80
MIN_RIGHT_CHARS = 60
# Text compared on each side of a candidate boundary.
COHESION_WINDOW = 400
# A bare paragraph cut (no marker at all) needs long sides (and a strict topic change).
BREAK_MIN_CHARS = 200
MEDIUM = 0.6
MAX_TITLE_CHARS = 80
# Furniture lines that close an article (credits and notices, board metadata).
_CLOSING = frozenset({LineKind.COPYRIGHT, LineKind.BYLINE})
_BOARD = frozenset({LineKind.META, LineKind.BODY_MARKER})

_SENTENCE_END = re.compile(r"[.!?。…](?=[\s\"'”’)\]」』]|$)")


class Context(Enum):
    START = "start"  # at a line start or after a finished sentence
    GLUED = "glued"  # stuck to a cut-off word: "… 공핵심요약"
    SPACED = "spaced"  # mid-sentence after a space: most likely the word used in prose


@dataclass(frozen=True, slots=True)
class Cut:
    left_end: int  # the article before ends here
    right_start: int  # the next one starts here
    weight: float  # strength of the signal, 0 for a bare paragraph cut
    context: Context
    title: str | None = None
    dateline: bool = False  # proposed by a wire dateline


def split_segments(text: str, start: int, end: int) -> list[Segment]:
    """The articles in the body ``text[start:end]``, in order, with offsets into ``text``."""
    if not text[start:end].strip():
        return []
    lines = list(iter_lines(text, start, end))
    kinds = classify(lines)
    cuts = sorted(
        [
            *_furniture_cuts(lines, kinds),
            *_marker_cuts(text, lines, start, end),
            *_break_cuts(lines, kinds),
        ],
        key=lambda c: c.left_end,
    )
    spans: list[tuple[int, int, str | None]] = []
    seg_start, title = start, None
    for cut in cuts:
        if cut.left_end > seg_start and _accept(text, cut, seg_start, end):
            spans.append((seg_start, cut.left_end, title))
            seg_start, title = cut.right_start, cut.title
    spans.append((seg_start, end, title))
    return _segments(text, spans)


def _segments(text: str, spans: Sequence[tuple[int, int, str | None]]) -> list[Segment]:
    """Segments from raw spans: headers and credits at their edges trimmed, empties dropped."""
    out: list[Segment] = []
    endings = rules().sentence_endings
    for a, b, title in spans:
        a, b, lead_title = _skip_header(text, a, b)
        a, b = trim_span(text, a, b)
        if b <= a:
            continue
        truncated = not ends_sentence(text[a:b], endings)
        out.append(
            Segment(index=len(out), start=a, end=b, title=title or lead_title, truncated=truncated)
        )
    return out


def _skip_header(text: str, a: int, b: int) -> tuple[int, int, str | None]:
    """A segment that opens with a summary header starts after it; its text is the title."""
    head = text[a:b].lstrip()
    offset = b - a - len(head)
    for pat, weight in rules().header_markers:
        m = pat.match(head)
        if m and weight >= MEDIUM:
            new_a = a + offset + m.end()
            return new_a, b, _inline_title(text, new_a, b)
    return a, b, None


# --- candidate boundaries -------------------------------------------------------------------


def _furniture_cuts(lines: Sequence[Line], kinds: Sequence[LineKind]) -> Iterator[Cut]:
    """A credit/copyright block or board metadata between two stretches of prose."""
    i = 0
    while i < len(lines):
        if kinds[i] is LineKind.PROSE:
            i += 1
            continue
        j = i
        while j < len(lines) and kinds[j] is not LineKind.PROSE:
            j += 1
        run = kinds[i:j]
        closing = any(k in _CLOSING for k in run) or sum(k in _BOARD for k in run) >= 2
        if closing and i > 0 and j < len(lines):
            yield _run_cut(lines, kinds, i, j)
        i = j


def _run_cut(lines: Sequence[Line], kinds: Sequence[LineKind], i: int, j: int) -> Cut:
    """Cut across the non-prose lines ``i..j-1``: short lines before the first furniture line
    end the previous article; the short line nearest the next prose is the new title."""
    first_furn = next(k for k in range(i, j) if kinds[k] is not LineKind.SHORT)
    last_furn = max(k for k in range(i, j) if kinds[k] is not LineKind.SHORT)
    left_end = lines[first_furn - 1].end
    titles = [lines[k].text for k in range(last_furn + 1, j)]
    return Cut(left_end, lines[j].start, MEDIUM, Context.START, titles[-1] if titles else None)


def _marker_cuts(text: str, lines: Sequence[Line], start: int, end: int) -> Iterator[Cut]:
    r = rules()
    for pat, weight in r.header_markers:
        for m in pat.finditer(text, start, end):
            right = _skip_space(text, m.end(), end)
            title = _inline_title(text, right, end)
            yield _cut_at(text, lines, m.start(), right, weight, title)
    if r.dateline is not None:
        for m in r.dateline.finditer(text, start, end):
            yield replace(_cut_at(text, lines, m.start(), m.start(), MEDIUM, None), dateline=True)


def _cut_at(
    text: str, lines: Sequence[Line], pos: int, right: int, weight: float, title: str | None
) -> Cut:
    line = _line_of(lines, pos)
    before = text[line.start : pos] if line is not None else ""
    if before.strip() and not ends_sentence(before, rules().sentence_endings):
        ctx = Context.SPACED if text[pos - 1].isspace() else Context.GLUED
        return Cut(pos, right, weight, ctx, title)
    if before.strip() or line is None:
        return Cut(pos, right, weight, Context.START, title)
    # At a line start: a short line just above is this article's headline.
    k = lines.index(line)
    if k >= 2 and classify([lines[k - 1]])[0] is LineKind.SHORT and not title:
        return Cut(lines[k - 2].end, right, weight, Context.START, lines[k - 1].text)
    return Cut(pos, right, weight, Context.START, title)


def _break_cuts(lines: Sequence[Line], kinds: Sequence[LineKind]) -> Iterator[Cut]:
    """A paragraph that stops mid-word, followed by another paragraph.

    Both must be paragraph-long: short unfinished lines are quotes, embedded posts and list
    items, and an embedded post ending in its date ("… November 3, 2016") is no cut either.
    """
    endings = rules().sentence_endings
    for k in range(len(lines) - 1):
        left, right = lines[k], lines[k + 1]
        if kinds[k] is LineKind.PROSE and kinds[k + 1] is LineKind.PROSE:
            long_enough = min(len(left.text), len(right.text)) >= LONG_LINE_CHARS
            cut_off = left.text[-1].isalpha() and not ends_sentence(left.text, endings)
            if long_enough and cut_off:
                yield Cut(left.end, right.start, 0.0, Context.START)


# --- decision -------------------------------------------------------------------------------


def _accept(text: str, cut: Cut, seg_start: int, end: int) -> bool:
    left = text[seg_start : cut.left_end]
    right = text[cut.right_start : end]
    if len(left.strip()) < MIN_LEFT_CHARS or len(right.strip()) < MIN_RIGHT_CHARS:
        return False
    # A subtitle or a dateline is not yet an article: the left side needs a sentence.
    if not _SENTENCE_END.search(left) and cut.context is not Context.GLUED:
        return False
    before, after = left[-COHESION_WINDOW:], right[:COHESION_WINDOW]
    if cut.weight == 0.0:
        long_sides = min(len(left), len(right)) >= BREAK_MIN_CHARS
        return long_sides and topic_change(before, after, "strict")
    if cut.dateline and cut.context is Context.START and not topic_change(before, after, "loose"):
        # A page's headline and clutter before its own dateline ("… approves tariff hikes /
        # Subscribe … / MEXICO CITY (AP) — Mexico's Congress approved …") are not an article.
        return False
    if cut.weight >= MEDIUM:
        return cut.context is not Context.SPACED or topic_change(before, after, "loose")
    unfinished = not ends_sentence(left, rules().sentence_endings)
    opens = cut.context is Context.GLUED or (cut.context is Context.START and unfinished)
    return opens and topic_change(before, after)


# --- helpers --------------------------------------------------------------------------------


def _line_of(lines: Sequence[Line], pos: int) -> Line | None:
    for line in lines:
        if line.start <= pos < line.end:
            return line
    return None


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _inline_title(text: str, start: int, end: int) -> str | None:
    """The headline after a summary header: up to the line end or first sentence end."""
    chunk = text[start : min(end, start + 2 * MAX_TITLE_CHARS)]
    chunk = re.split(r"[\r\n]", chunk, maxsplit=1)[0]
    m = _SENTENCE_END.search(chunk)
    if m:
        chunk = chunk[: m.start()]
    if len(chunk) > MAX_TITLE_CHARS:
        chunk = chunk[:MAX_TITLE_CHARS].rsplit(" ", 1)[0]
    chunk = chunk.strip()
    # A header line that goes on with only a date and time ("[사설] 2024.09.02 00:30") has no
    # headline: the post's own title serves instead.
    if not any(ch.isalpha() for ch in chunk):
        return None
    return chunk or None
