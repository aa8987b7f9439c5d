"""Regex sentence splitting for Korean and English news text.

Rules, in order of how often they matter in scraped news:
- a newline ends a sentence (scraped pages put headlines, captions and paragraphs on their own
  lines, and none of them should glue to the next), except where a line visibly breaks a clause:
  broadcast scripts break Korean lines after a particle or connective ending (``…이뤄진 가운데``
  / ``예결위원회에서``), hard-wrapped wire copy breaks English lines between lower-case words;
  such a line continues on the next one;
- ``.``/``!``/``?`` followed by space ends a sentence unless the period belongs to an
  abbreviation (``U.S.``, ``Mr.``, ``Inc.``) or an initial, or the next word is lower-case;
- Korean declaratives end in ``다.``/``요.``/``까?`` and scraped Korean often drops the space after
  them (``…놓였다.춘천시는``), so after a Hangul ending the period alone is enough; scraped English
  glues paragraphs too (``…North Koreans.The ministry``): a period between a lower-case word and a
  capitalised one ends the sentence;
- a terminator inside a quotation followed by a quoting particle (``…필요하다.”고 말했다``) does not
  end the sentence: the quotation is part of the reporting sentence.
"""

from __future__ import annotations

import re

# Words whose trailing period is not a sentence end. Lower-cased, without the period.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "mt",
        "gen",
        "gov",
        "sen",
        "rep",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "pres",
        "supt",
        "inc",
        "corp",
        "co",
        "ltd",
        "llc",
        "plc",
        "bros",
        "dept",
        "univ",
        "assn",
        "est",
        "approx",
        "etc",
        "vs",
        "cf",
        "al",
        "fig",
        "no",
        "nos",
        "rs",  # rupees: "a fine of Rs. 29 million"
        "vol",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "u.s.a",
        "d.c",
        "a.m",
        "p.m",
        "e.g",
        "i.e",
    ]
)

_CLOSERS = "\"'”’」』)]》>"
_TERMINATOR = re.compile(rf"[.!?…。]+[{re.escape(_CLOSERS)}]*")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Syllables that end a Korean declarative/interrogative sentence before the period.
_KO_ENDINGS = frozenset("다요죠까네음함임됨니오라")
# Quoting particles/verbs right after a closing quote: the quote belongs to the sentence.
_QUOTE_PARTICLE = re.compile(r"(?:고|라고|라며|며|면서|는|란|이라|하고|라는)")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_EN_GLUED = re.compile(r"[a-z]{2}\.[A-Z][a-z]")
# Korean official prose writes dates with dots ("2013. 3월부터", "2021. 5. 30.(일)"): a period
# after a year, or after a year's month or day, that a month, a day or a bracket follows.
_DOTTED_DATE_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d(?:\.\s?\d{1,2}){0,2}$")
_DOTTED_DATE_NEXT = re.compile(r"\s?\d{1,2}\s?(?:월|일|\.)")
_DOTTED_DATE_GOES_ON = re.compile(r"\s?(?:\([월화수목금토일]\)|[\uac00-\ud7a3])")


def _is_abbreviation(text: str, dot: int) -> bool:
    """The period at ``dot`` closes an abbreviation or an initial rather than a sentence."""
    match = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if match is None:
        return False
    word = match.group(1).lower().rstrip(".")
    if word in _ABBREVIATIONS:
        return True
    # A single capital letter ("J. Smith") or dotted initials ("U.S", "N.C").
    return bool(re.fullmatch(r"[a-z](?:\.[a-z])*", word)) and text[match.start()].isupper()


def _dotted_date(text: str, dot: int, end: int) -> bool:
    """The period at ``dot`` is a dotted date's, not a sentence end: a year, or a year's month
    or day, before it and the month or day it goes on with after it ("2013. 3월부터"); after a
    month or day, a weekday or the next word goes on too ("2021. 5. 30.(일)", "2021. 5. 30.
    발표"). A bare year before a word ends a sentence ("…in 2018. The")."""
    if dot == 0 or not text[dot - 1].isdigit():
        return False  # most periods follow a word: no date to look for
    before = _DOTTED_DATE_BEFORE.search(text, max(0, dot - 12), dot)
    if before is None:
        return False
    if _DOTTED_DATE_NEXT.match(text, end):
        return True
    return "." in before.group() and bool(_DOTTED_DATE_GOES_ON.match(text, end))


def _ends_sentence(text: str, term: re.Match[str], limit: int) -> bool:
    start, end = term.span()
    if end >= limit:
        return True
    nxt = text[end]
    closed = end > start and text[end - 1] in _CLOSERS
    prev = text[start - 1] if start > 0 else ""
    if closed and _QUOTE_PARTICLE.match(text, end):
        return False
    if text[start] == "." and len(term.group()) == 1 and _is_abbreviation(text, start):
        return False
    if term.group() == "." and _dotted_date(text, start, end):
        return False
    if nxt.isspace():
        # "approx. five" or "said. he" (lower-case after a period) is rarely a new sentence.
        after = text[end:limit].lstrip()
        return not (after[:1].islower() and after[:1].isascii() and term.group()[0] == ".")
    # No space after the terminator: Korean sentence endings glue to the next sentence, and so
    # do English paragraphs a scraper joined ("…North Koreans.The ministry"): a lone period
    # between a lower-case word and a capitalised one.
    if term.group() == "." and start >= 2 and _EN_GLUED.match(text, start - 2):
        return True
    # A digit right after the ending starts the next sentence's date ("…불가피하게 됐다.20일
    # 재정경제원에 따르면"): a decimal point never follows a Hangul syllable.
    return prev in _KO_ENDINGS and bool(_HANGUL.match(prev))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


# A Korean line ending in a particle or connective (never a headline's or caption's last word)
# and an English line ending in a lower-case word or comma before a lower-case line: the clause
# runs on. Only a single line break joins; a blank line always separates.
_KO_CONTINUES = re.compile(
    r"[\uac00-\ud7a3](?:에서|에게|으로|하고|지만|는데|면서|하며|위해|대해|놓고|가운데|했고|했으며|"
    r"됐고|됐으며|이며|에는|에도|부터|까지|[는를]|(?<![마가노고])을|(?<![기])와)$|\s(?:후|뒤|때|놓고|위해|대해|가운데)$"
)
_KO_NEXT = re.compile(r"[ \t]*[\uac00-\ud7a3]")
_EN_CONTINUES = re.compile(r"[a-z,]$")
_EN_NEXT = re.compile(r"[ \t]*[a-z]")


def _continues(text: str, line: tuple[int, int], limit: int) -> bool:
    body = text[line[0] : line[1]].rstrip()
    nxt = line[1] + 1  # the line break itself is text[line[1]]
    if nxt >= limit or line[1] >= limit or text[line[1]] != "\n":
        return False
    if _KO_CONTINUES.search(body):
        return bool(_KO_NEXT.match(text, nxt, limit))
    return bool(_EN_CONTINUES.search(body) and _EN_NEXT.match(text, nxt, limit))


# A broadcast script wraps every line at a fixed width, wherever the sentence is: after a noun
# ("국회 국토교통위원회" / "전체회의를") or a subject particle too. A paragraph is such a script
# when most of its lines end unterminated and several end in a particle or connective; its
# unterminated lines then all run on. The particles are broader than ``_KO_CONTINUES``: one
# line ending in 이 or 의 proves nothing on its own, several in one paragraph show the wrapping.
_KO_TERMINATED = re.compile(rf"(?:[.!?…。]|[다요])[{re.escape(_CLOSERS)}]*$")
_KO_WRAPPED_AT = re.compile(
    r"[\uac00-\ud7a3](?:이|가|은|는|을|를|의|에|에서|으로|로|과|와|도|부터|까지|동안|및|등|고|며|서|"
    r"지만|는데|면서|하고|하며|에게|에는|에도)$"
)
_KO_SCRIPT_NEXT = re.compile(r"[ \t]*[\uac00-\ud7a3\d\"'“‘]")
_SCRIPT_MIN_LINES = 3
_SCRIPT_MIN_WRAPS = 2


def _script_lines(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Indexes of the lines that sit in a wrapped broadcast-script paragraph, end unterminated
    and have a next line in the paragraph (a paragraph: lines separated by single line
    breaks)."""
    out: set[int] = set()
    para: list[int] = []
    for i, (start, _end) in enumerate(lines):
        if para and text[lines[para[-1]][1] : start] != "\n":
            out |= _wrapped(text, lines, para)
            para = []
        para.append(i)
    return out | _wrapped(text, lines, para)


def _wrapped(text: str, lines: list[tuple[int, int]], para: list[int]) -> set[int]:
    bodies = [text[lines[i][0] : lines[i][1]].strip() for i in para]
    open_ = [i for i, b in zip(para, bodies, strict=True) if not _KO_TERMINATED.search(b)]
    wraps = sum(1 for b in bodies[:-1] if _KO_WRAPPED_AT.search(b))
    script = (
        len(para) >= _SCRIPT_MIN_LINES
        and 2 * len(open_) >= len(para)
        and wraps >= _SCRIPT_MIN_WRAPS
        and 4 * wraps >= len(para)
    )
    # The paragraph's last line runs on into nothing: a blank line always separates.
    return set(open_) - {para[-1]} if script else set()


def _lines(text: str, limit: int) -> list[tuple[int, int]]:
    """Line spans of ``text[:limit]``, a line that visibly breaks a clause joined to the next."""
    raw = [m.span() for m in re.finditer(r"[^\n]+", text[:limit])]
    script = _script_lines(text, raw)
    out: list[tuple[int, int]] = []
    joined = False
    for i, line in enumerate(raw):
        if joined and out:
            out[-1] = (out[-1][0], line[1])
        else:
            out.append(line)
        joined = _continues(text, line, limit) or (
            i in script and bool(_KO_SCRIPT_NEXT.match(text, raw[i + 1][0]))
        )
    return out


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` within ``text[start:end]``, whitespace-trimmed."""
    limit = len(text) if end is None else min(end, len(text))
    spans: list[tuple[int, int]] = []
    for line_start, line_end in _lines(text, limit):
        lstart, lend = max(line_start, start), line_end
        if lend <= start:
            continue
        cur = lstart
        for term in _TERMINATOR.finditer(text, lstart, lend):
            if _ends_sentence(text, term, lend):
                span = _trimmed(text, cur, term.end())
                if span:
                    spans.append(span)
                cur = term.end()
        span = _trimmed(text, cur, lend)
        if span:
            spans.append(span)
    return spans
