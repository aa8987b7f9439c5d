"""Where the article body is: page furniture is recognised by line shape and general patterns.

A scraped post is the page's text: menus and the site name, the title, board metadata
(author, views, date), then the body, then bylines, copyright, share buttons and related
stories. The body starts at the first line that reads like prose and ends at the last one;
furniture lines before and after are left out. Credits glued to the end of the last paragraph
(``… 밝혔다. 홍길동 기자``) are trimmed too, since segments must hold article text only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from streams.clean.lines import (
    CLOSERS,
    Line,
    LineKind,
    ends_sentence,
    iter_lines,
    word_count,
)
from streams.clean.resources import rules

# Longer lines are never furniture: menus, credits and notices are short, and long lines
# would make the patterns' bounded wildcards slow.
MAX_FURNITURE_CHARS = 320
# A line this long is prose even without a full stop (a paragraph cut off mid-sentence).
LONG_LINE_CHARS = 150
# A finished sentence shorter than this is too little to be taken for the start of a body.
MIN_PROSE_WORDS = 3
MIN_PROSE_CHARS = 12
# A new story after a copyright line needs at least this much prose; less is comments or ads.
MIN_TAIL_PROSE_CHARS = 150
# At most this many short lines after the last paragraph still belong to it (a last,
# unfinished sentence); more look like a list of related headlines.
MAX_TRAILING_SHORT = 2
# A headline and at most two sub-headlines sit right above the first paragraph.
MAX_HEADLINE_LINES = 3
# Sentence-sized pieces at the very end of a body that are checked for glued-on credits.
MAX_TAIL_PIECES = 3
MAX_TAIL_CHARS = 320
# A hard-wrapped paragraph: sentences broken over at least this many short lines, at least
# this many sentences in a row (one wrapped sentence alone may be a headline over its lead).
MIN_WRAPPED_LINES_PER_SENTENCE = 2
MIN_WRAPPED_SENTENCES = 2
_TEXT_KINDS = frozenset({LineKind.SHORT, LineKind.PROSE})

# Kinds checked in this order: the most specific first.
# Photo credits before bylines: "사진=홍길동" is a caption, which may sit inside an article,
# while a byline closes one.
_PATTERN_ORDER = (
    LineKind.COPYRIGHT,
    LineKind.CAPTION,
    LineKind.BYLINE,
    LineKind.META,
    LineKind.RELATED,
    LineKind.PROMO,
    LineKind.ORG,
    LineKind.LABEL,
)
_HEADER_KINDS = frozenset({LineKind.META, LineKind.BODY_MARKER})
# Kinds whose patterns a finished sentence can match by accident ("Published in 2020, the
# report found …"): such a line is prose.
_SENTENCE_LIKE = frozenset({LineKind.META, LineKind.RELATED})
# Furniture that gets glued to a last sentence. Not dates, labels or company names: a real
# last sentence ("… with Foo Co.") can look like those.
_TAIL_KINDS = frozenset(
    {
        LineKind.NAV,
        LineKind.BYLINE,
        LineKind.COPYRIGHT,
        LineKind.RELATED,
        LineKind.CAPTION,
        LineKind.PROMO,
    }
)


# A ticker of other stories flattened into one line: "Just in: • Headline one • Headline two
# • …". Bullets stand between spaces (a Korean "전기•전자" joins two nouns), each item is a
# headline-sized piece without a sentence's full stop.
_TICKER_BULLET = re.compile(r"\s•\s")
MIN_TICKER_ITEMS = 3
MAX_TICKER_ITEM_CHARS = 160

# Short furniture lines that can stand inside a body without ending it: buttons, dates, and
# a photo's caption or credit between the sub-heads and the lead.
_INNER_CHROME = frozenset({LineKind.NAV, LineKind.META, LineKind.BODY_MARKER, LineKind.CAPTION})


@lru_cache(maxsize=4096)
def classify_line(line: str) -> LineKind:
    """The kind of one stripped, non-empty line (cached: menus repeat across posts)."""
    r = rules()
    if r.caption_suffix is not None and r.caption_suffix.search(line[-MAX_FURNITURE_CHARS:]):
        return LineKind.CAPTION
    if len(line) <= MAX_FURNITURE_CHARS:
        if r.body_marker is not None and r.body_marker.fullmatch(line):
            return LineKind.BODY_MARKER
        if r.nav is not None and r.nav.fullmatch(line):
            # "Read more:" introduces a list of other stories; "Read more" alone is a button.
            related = r.line_patterns.get(LineKind.RELATED)
            if line.endswith(":") and related is not None and related.fullmatch(line):
                return LineKind.RELATED
            return LineKind.NAV
        for kind in _PATTERN_ORDER:
            pat = r.line_patterns.get(kind)
            if pat is not None and pat.fullmatch(line):
                return LineKind.PROSE if kind in _SENTENCE_LIKE and is_prose(line) else kind
    if _is_ticker(line):
        return LineKind.RELATED
    return LineKind.PROSE if is_prose(line) else LineKind.SHORT


def _is_ticker(line: str) -> bool:
    items = [item.strip() for item in _TICKER_BULLET.split(line)[1:]]
    return len(items) >= MIN_TICKER_ITEMS and all(
        0 < len(item) <= MAX_TICKER_ITEM_CHARS and not item.endswith(".") for item in items
    )


def is_prose(line: str) -> bool:
    if len(line) >= LONG_LINE_CHARS:
        return True
    return (
        ends_sentence(line, rules().sentence_endings)
        and word_count(line) >= MIN_PROSE_WORDS
        and sum(c.isalnum() for c in line) >= MIN_PROSE_CHARS
    )


def classify(lines: Sequence[Line]) -> list[LineKind]:
    return _unwrap(lines, [classify_line(ln.text) for ln in lines])


def _unwrap(lines: Sequence[Line], kinds: list[LineKind]) -> list[LineKind]:
    """Short lines the site hard-wrapped mid-sentence (broadcast scripts, plain-text archives)
    are prose once read together: a streak of at least two sentences, each broken over two or
    more short lines and finished by a full stop, is a paragraph, not a stack of headlines."""
    out = list(kinds)
    streak: list[tuple[int, int]] = []
    start = 0
    for k, line in enumerate(lines):
        if kinds[k] not in _TEXT_KINDS or len(line.text) >= LONG_LINE_CHARS:
            _mark_prose(out, streak)
            streak, start = [], k + 1
            continue
        if line.opens_paragraph and k > start:
            # A wrapped sentence never runs across a blank line: the lines above were a
            # headline or an unfinished fragment.
            _mark_prose(out, streak)
            streak, start = [], k
        if _finished(line.text):
            streak.append((start, k + 1))
            start = k + 1
        elif not _carries(line.text):
            _mark_prose(out, streak)
            streak, start = [], k + 1
    _mark_prose(out, streak)
    return out


def _mark_prose(kinds: list[LineKind], streak: Sequence[tuple[int, int]]) -> None:
    """The sentences of a streak are prose when enough of them are wrapped; its one-line
    sentences ("감사합니다.") then belong to the same script."""
    wrapped = [a for a, b in streak if b - a >= MIN_WRAPPED_LINES_PER_SENTENCE]
    if len(wrapped) >= MIN_WRAPPED_SENTENCES:
        for a, b in streak:
            kinds[a:b] = [LineKind.PROSE] * (b - a)


def _finished(line: str) -> bool:
    """A full stop ends the line. Not "?", "!" or "…": headline lists end in those."""
    core = line.rstrip(CLOSERS)
    return core.endswith((".", "。")) and not core.endswith("..")


def _carries(line: str) -> bool:
    """A line that goes on into the next: a few words, or one word ending on a particle."""
    return word_count(line) >= 2 or line.endswith(rules().continuation_endings)


def find_body(text: str) -> tuple[int, int]:
    """``(start, end)`` of the article body in ``text``; ``(0, 0)`` when there is none."""
    lines = list(iter_lines(text))
    kinds = classify(lines)
    first = _first_body_line(lines, kinds)
    if first is not None:
        last = _last_body_line(lines, kinds, first)
        first = _with_headline(lines, kinds, first)
    else:
        # No sentence at all (a schedule, a list of names): the largest block of text lines.
        run = _largest_text_run(lines, kinds)
        if run is None:
            return (0, 0)
        first, last = run
    return trim_span(text, lines[first].start, lines[last].end)


def inner_furniture(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Related-story blocks inside the body: a "Read more: …" line, or a "Recommended reading:"
    line and the headlines listed under it up to the next paragraph. They name other stories'
    acts, never this one's, so extraction skips them (the body keeps them: offsets stay put).
    So are a portal's buttons and date lines left between a headline and the lead ("주소복사가
    완료되었습니다", "07.27 (토)"): counted as sentences, they would push the lead into the
    body, where it counts for less."""
    out: list[tuple[int, int]] = []
    in_block = False
    for line in iter_lines(text, start, end):
        kind = classify_line(line.text)
        if kind in _INNER_CHROME:
            out.append((line.start, line.end))
            continue
        if kind is LineKind.RELATED:
            in_block = True
        elif kind is LineKind.PROSE or not in_block:
            in_block = False
            continue
        out.append((line.start, line.end))
    return out


def _first_body_line(lines: Sequence[Line], kinds: Sequence[LineKind]) -> int | None:
    start = _after_body_marker(kinds)
    for i in range(start, len(kinds)):
        if kinds[i] is LineKind.PROSE and not _notice_in_header(lines, kinds, i):
            return i
    return None


def _largest_text_run(lines: Sequence[Line], kinds: Sequence[LineKind]) -> tuple[int, int] | None:
    """First and last index of the run of non-furniture lines with the most characters."""
    best: tuple[int, int] | None = None
    best_chars = 0
    i = 0
    while i < len(kinds):
        j = i
        while j < len(kinds) and kinds[j] in (LineKind.SHORT, LineKind.PROSE):
            j += 1
        chars = sum(len(ln.text) for ln in lines[i:j])
        if chars > best_chars:
            best, best_chars = (i, j - 1), chars
        i = j + 1
    return best


def _after_body_marker(kinds: Sequence[LineKind]) -> int:
    """Index after a "본문"-style marker that has prose after it, else 0."""
    for i, kind in enumerate(kinds):
        if kind is LineKind.BODY_MARKER and LineKind.PROSE in kinds[i + 1 :]:
            return i + 1
    return 0


def _with_headline(lines: Sequence[Line], kinds: Sequence[LineKind], first: int) -> int:
    """Include the headline and sub-headlines right above the first paragraph.

    They are article text (sub-heads often state the event and its numbers). Only lines of a
    few words, adjacent to the body, count: a one-word site name or a menu stops the walk.
    """
    floor = _after_body_marker(kinds)
    i = first
    budget, script = MAX_HEADLINE_LINES, False
    while i - 1 >= floor and kinds[i - 1] in (LineKind.SHORT, LineKind.CAPTION):
        if kinds[i - 1] is LineKind.CAPTION:
            # A photo's caption and credit stand between the sub-heads and the lead: step over
            # them (extraction skips them as inner furniture) only to a headline above them.
            j = i - 1
            while j - 1 >= floor and kinds[j - 1] is LineKind.CAPTION:
                j -= 1
            above = j - 1 >= floor and kinds[j - 1] is LineKind.SHORT
            if not (above and _headline_like(lines[j - 1].text)):
                break
            i = j
            continue
        line = lines[i - 1].text
        if _finished_script_line(line):
            # A broadcast script's short sentence ("…됐습니다."): the lines above are still
            # the script, broken anywhere in a clause (after a noun too), with at most a
            # headline's few lines on top.
            budget, script = MAX_HEADLINE_LINES, True
        elif not (_headline_like(line) or (script and word_count(line) >= 2)):
            break
        elif not line.endswith(rules().continuation_endings):
            if budget == 0:
                break
            budget -= 1
        i -= 1
    return i


def _finished_script_line(line: str) -> bool:
    """A short line that ends a sentence with its full stop: body text, never a headline."""
    return line.endswith(".") and ends_sentence(line[:-1], rules().sentence_endings)


def _headline_like(line: str) -> bool:
    # A line that stops on a particle continues the sentence below it (broadcast scripts).
    return word_count(line) >= MIN_PROSE_WORDS or line.endswith(rules().continuation_endings)


def _notice_in_header(lines: Sequence[Line], kinds: Sequence[LineKind], i: int) -> bool:
    """A sentence wedged above board metadata (a notice, a greeting) is not the body yet;
    a whole paragraph is (a one-paragraph post glued above the next post's metadata)."""
    if len(lines[i].text) >= LONG_LINE_CHARS:
        return False
    # Metadata after a paragraph ("댓글 0" under a two-paragraph story) closes the body; only
    # metadata before any paragraph marks the sentence as a notice above it.
    for k in range(i + 1, min(i + 3, len(kinds))):
        if kinds[k] in _HEADER_KINDS:
            return True
        if len(lines[k].text) >= LONG_LINE_CHARS:
            return False
    return False


def _last_body_line(lines: Sequence[Line], kinds: Sequence[LineKind], first: int) -> int:
    last = first
    for i in range(first + 1, len(kinds)):
        # A copyright notice ends a story; what follows counts only if it is a story too.
        if kinds[i] is LineKind.COPYRIGHT and (
            _prose_chars(lines[i + 1 :], kinds[i + 1 :]) < MIN_TAIL_PROSE_CHARS
        ):
            break
        if kinds[i] is LineKind.PROSE:
            last = i
    return _extend_short_tail(lines, kinds, last)


def _prose_chars(lines: Sequence[Line], kinds: Sequence[LineKind]) -> int:
    return sum(len(ln.text) for ln, k in zip(lines, kinds, strict=True) if k is LineKind.PROSE)


def _extend_short_tail(lines: Sequence[Line], kinds: Sequence[LineKind], last: int) -> int:
    """Keep an unfinished last sentence on its own line, but not a list of headlines."""
    tail: list[int] = []
    for i in range(last + 1, len(kinds)):
        if kinds[i] is not LineKind.SHORT:
            break
        tail.append(i)
    if not tail:
        return last
    finished = [i for i in tail if _finished_script_line(lines[i].text)]
    if finished and len(tail) > MAX_TRAILING_SHORT:
        # A broadcast script's last sentences, broken into short lines: they end in a full
        # stop, which a list of related headlines does not.
        return finished[-1]
    if len(tail) > MAX_TRAILING_SHORT:
        return last
    sentence_like = [i for i in tail if word_count(lines[i].text) >= MIN_PROSE_WORDS]
    return tail[len(sentence_like) - 1] if len(sentence_like) == len(tail) else last


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past whitespace, a leading byline and trailing credits."""
    start, end = _strip(text, start, end)
    start = _trim_lead(text, start, end)
    end = _trim_tail(text, start, end)
    return _strip(text, start, end)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _trim_lead(text: str, start: int, end: int) -> int:
    """Skip a reporter byline that opens the body (``[매체 홍길동 기자]``, ``홍길동 기자 =``)."""
    pat = rules().lead_prefix
    if pat is None:
        return start
    m = pat.match(text, start, end)
    return m.end() if m and text[m.end() : end].strip() else start


def _trim_tail(text: str, start: int, end: int) -> int:
    """Cut credits glued after the last sentence, piece by piece from the end."""
    while True:
        cut = _tail_furniture(text, start, end)
        if cut is None:
            return end
        end = _strip(text, start, cut)[1]


def _tail_furniture(text: str, start: int, end: int) -> int | None:
    """Start of a furniture run at the end of ``text[start:end]``, tried on 1-3 pieces."""
    cuts = _sentence_starts(text, max(start, end - MAX_TAIL_CHARS), end)
    for cut in reversed(cuts[-MAX_TAIL_PIECES:]):
        if cut <= start:
            continue
        piece = text[cut:end].strip()
        if piece and len(piece) <= MAX_FURNITURE_CHARS and _is_credit(piece):
            return cut
    return None


def _sentence_starts(text: str, lo: int, end: int) -> list[int]:
    """Offsets in ``[lo, end)`` where a new sentence or line starts."""
    endings = rules().sentence_endings
    out = []
    for i in range(lo + 1, end):
        if text[i - 1].isspace() and not text[i].isspace():
            before = text[lo:i].rstrip()
            if text[i - 1] in "\r\n" or ends_sentence(before, endings):
                out.append(i)
    return out


def _is_credit(piece: str) -> bool:
    tail = rules().tail
    return classify_line(piece) in _TAIL_KINDS or (tail is not None and bool(tail.fullmatch(piece)))
