"""Lexical cohesion: how much vocabulary two stretches of text share.

Two halves of one article repeat their names and key words; two unrelated articles glued
together share little beyond function words. Hangul and Han runs are compared as character
bigrams (Korean words carry particles, and bigrams of the stem still match), Latin words as
lower-cased prefixes (a cheap stemmer: "tariffs"/"tariff" share "tarif").
"""

from __future__ import annotations

import math
import re
from typing import Literal

from streams.clean.resources import rules

_TOKEN = re.compile(r"[\uac00-\ud7a3]+|[\u3040-\u30ff\u3400-\u9fff]+|[^\W\d_]+")
_DENSE = re.compile(r"[\uac00-\ud7a3\u3040-\u30ff\u3400-\u9fff]")
MIN_LATIN_WORD = 3
LATIN_PREFIX = 5
# Fewer features than this on either side: no opinion (both too short to compare).
MIN_FEATURES = 8
# Below these the two sides share (almost) no vocabulary: a topic change. Bigrams overlap more
# than words by chance, hence a threshold per feature type. Chosen on 400-character windows of
# the dev news set: a random point inside one article falls below "normal" in ~1 % (ko) /
# ~3 % (en) of cases, the end of one article against the start of another in ~80 %.
# "strict" is for boundaries that no marker supports; "loose" for a marker that is almost never
# prose (a dateline, a summary header) but sits mid-sentence (~7 % / ~15 % of inner points).
THRESHOLDS = {
    "dense": {"strict": 0.05, "normal": 0.08, "loose": 0.11},
    "words": {"strict": 0.03, "normal": 0.05, "loose": 0.08},
}
Level = Literal["strict", "normal", "loose"]


def features(text: str) -> tuple[set[str], set[str]]:
    """(character bigrams of Hangul/Han runs, prefixes of Latin content words)."""
    stop = rules().function_words
    dense: set[str] = set()
    words: set[str] = set()
    for tok in _TOKEN.findall(text):
        if _DENSE.match(tok):
            dense.update(tok[i : i + 2] for i in range(len(tok) - 1))
        elif len(tok) >= MIN_LATIN_WORD and (low := tok.lower()) not in stop:
            words.add(low[:LATIN_PREFIX])
    return dense, words


def cohesion(before: str, after: str) -> tuple[float, str] | None:
    """Cosine overlap in [0, 1] of the dominant feature type, and that type's name."""
    (bd, bw), (ad, aw) = features(before), features(after)
    kind, a, b = ("dense", bd, ad) if len(bd) + len(ad) >= len(bw) + len(aw) else ("words", bw, aw)
    if len(a) < MIN_FEATURES or len(b) < MIN_FEATURES:
        return None
    return len(a & b) / math.sqrt(len(a) * len(b)), kind


def topic_change(before: str, after: str, level: Level = "normal") -> bool:
    """True when the two texts share clearly less vocabulary than one article does."""
    result = cohesion(before, after)
    if result is None:
        return False
    score, kind = result
    return score < THRESHOLDS[kind][level]
