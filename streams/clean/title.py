"""Which line of a scraped page is the article's headline, when the scraper gave none.

A page's top holds the site name, menus, bylines, dates, widgets and the headline, in any
order, and some of them land inside the body's first lines. Shape alone cannot tell a headline
from "Staff Report" or "2020-01-03 예시뉴스": each is a short line. What sets the headline
apart is that it names what the lead reports, so the candidates are scored by how much of
their vocabulary the lead repeats (the features of :mod:`streams.clean.cohesion`).
"""

from __future__ import annotations

from collections.abc import Sequence

from streams.clean.boilerplate import classify, classify_line
from streams.clean.cohesion import features
from streams.clean.lines import Line, LineKind, iter_lines, word_count

# The lead a headline is compared with: the body's first prose, up to this many characters.
LEAD_CHARS = 600
# Short lines this close above the body are candidates; a headline sits near its lead.
MAX_HEADER_LINES = 12
# Words (or Korean bigrams) a candidate must share with the lead: "Save Story" sharing
# "story" with it is chance.
MIN_SHARED = 2
# Share of a candidate's vocabulary the lead must repeat. A headline's key words come back in
# its lead; a site name, byline or widget shares none or one by chance.
MIN_LEAD_SHARE = 0.3


def header_title(text: str, body_start: int, body_end: int) -> str | None:
    """The short line above or opening the body that best names what the lead reports."""
    body = list(iter_lines(text, body_start, body_end))
    kinds = classify(body) if body else []
    first_prose = next((i for i, k in enumerate(kinds) if k is LineKind.PROSE), len(body))
    opening = [ln for ln, k in zip(body[:first_prose], kinds, strict=False) if k is LineKind.SHORT]
    above = [ln for ln in iter_lines(text, 0, body_start) if _candidate(ln.text)]
    candidates = [*above[-MAX_HEADER_LINES:], *opening]
    if not candidates:
        return None
    lead = _lead(body[first_prose:])
    if not lead:
        # Nothing to compare with: the line nearest the body, as a page lays a headline out.
        return candidates[-1].text
    best = _first_naming_lead(candidates, lead)
    if best is not None:
        return best.text
    # None names the lead: a headline-shaped line the body kept right above it is one in other
    # words; lines further up (site names, bylines, widgets) are not trusted without evidence.
    return opening[0].text if opening else None


def _candidate(line: str) -> bool:
    return (
        classify_line(line) is LineKind.SHORT and word_count(line) >= 2 and not line.endswith(":")
    )


def _lead(lines: Sequence[Line]) -> str:
    out: list[str] = []
    size = 0
    for ln in lines:
        if size >= LEAD_CHARS:
            break
        out.append(ln.text)
        size += len(ln.text)
    return "\n".join(out)[:LEAD_CHARS]


def _first_naming_lead(candidates: Sequence[Line], lead: str) -> Line | None:
    lead_dense, lead_words = features(lead)
    for ln in candidates:
        dense, words = features(ln.text)
        own, seen = (dense, lead_dense) if len(dense) >= len(words) else (words, lead_words)
        shared = len(own & seen)
        if shared >= MIN_SHARED and shared / len(own) >= MIN_LEAD_SHARE:
            # The topmost: a headline stands above the sub-heads that repeat the lead.
            return ln
    return None
