"""Language of a post from its script, with the scraper's code as a hint for tiny texts.

Korean, Japanese and Chinese are told apart by script alone (Hangul; kana; Han without
either). Latin-script text is English only when English function words dominate it, which
also tells the few other Latin-script languages that have a ``language.json``. Anything else
is "und": it passes through the pipeline without events.
"""

from __future__ import annotations

import re

from streams.clean.resources import rules

UND = "und"
# Fewer letters than this: too short to tell by script.
MIN_LETTERS = 20
# Korean text keeps its English acronyms and names (AI, CEO, Nvidia): Hangul need not dominate.
MIN_HANGUL_SHARE = 0.3
# Japanese text is mostly Han ideographs; a little kana is enough to tell it from Chinese.
MIN_KANA_SHARE = 0.1
# Latin-script text needs this many function-word hits, and this share of its words.
MIN_FUNCTION_HITS = 3
MIN_FUNCTION_SHARE = 0.08
# A one-sentence flash ("China imposed tariffs of 10% on U.S. cars.") has few function words
# at all: below this many words, two hits do, if they are a larger share and no other
# language has as many.
SHORT_WORDS = 30
SHORT_MIN_HITS = 2
SHORT_MIN_SHARE = 0.15
# Only the start is read: a few thousand letters settle the script and the function words.
SAMPLE_CHARS = 4000

_SCRIPTS = {
    "Hang": re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]"),
    "Kana": re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]"),
    "Hani": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),
    "Latn": re.compile(r"[A-Za-z\u00c0-\u024f]"),
}
_OTHER_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f']+")


def detect_language(text: str, hint: str | None) -> str:
    """ISO 639-1 code ("ko", "en", …) of ``text``, or "und" when it cannot be told."""
    sample = text[:SAMPLE_CHARS]
    counts = {name: len(pat.findall(sample)) for name, pat in _SCRIPTS.items()}
    letters = len(_OTHER_LETTER.findall(sample))
    if letters < MIN_LETTERS:
        return _from_hint(hint) or _by_script(counts, letters) or UND
    return _by_script(counts, letters) or _latin(sample) or _from_hint(hint) or UND


def _by_script(counts: dict[str, int], letters: int) -> str | None:
    if letters == 0:
        return None
    cjk = counts["Hang"] + counts["Kana"] + counts["Hani"]
    if counts["Hang"] / letters >= MIN_HANGUL_SHARE:
        return _code_for("Hang")
    if counts["Kana"] / letters >= MIN_KANA_SHARE:
        return _code_for("Kana")
    if counts["Hani"] > counts["Latn"] and counts["Hani"] == cjk:
        return _code_for("Hani")
    return None


def _latin(sample: str) -> str | None:
    """The Latin-script language whose function words are most frequent, if clear enough."""
    words = [w.lower() for w in _WORD.findall(sample)]
    if not words:
        return None
    hits = {code: sum(w in fws for w in words) for code, fws in rules().latin_words}
    if not hits:
        return None
    # On a tie the language listed first wins, as before the short-text rule.
    best = max(hits, key=hits.__getitem__)
    share = hits[best] / len(words)
    if hits[best] >= MIN_FUNCTION_HITS and share >= MIN_FUNCTION_SHARE:
        return best
    runner_up = max((n for code, n in hits.items() if code != best), default=0)
    short = len(words) < SHORT_WORDS and hits[best] >= SHORT_MIN_HITS and share >= SHORT_MIN_SHARE
    return best if short and hits[best] > runner_up else None


def _code_for(script: str) -> str | None:
    return next((lang.code for lang in rules().languages if lang.script == script), None)


def _from_hint(hint: str | None) -> str | None:
    """``"ko-KR"`` → ``"ko"``; anything that is not a two-letter code is ignored."""
    if not hint:
        return None
    code = re.split(r"[-_]", hint.strip(), maxsplit=1)[0].lower()
    return code if re.fullmatch(r"[a-z]{2}", code) else None
