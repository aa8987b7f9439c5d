"""The events' pre-filter (one pattern per type, built from the trigger words) finds exactly what
trying each rule's trigger in turn would find, on every contrast article."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from streams.extract.events_lexicon import load_lexicon

CONTRAST = Path(__file__).resolve().parents[1] / "data" / "contrast"


def _texts(lang: str) -> list[str]:
    texts = []
    for path in sorted(CONTRAST.glob(f"{lang}*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            post = json.loads(line)
            texts.append(f"{post.get('title') or ''}\n{post['text']}")
    return texts


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_prefilter_finds_what_the_triggers_in_turn_find(lang: str) -> None:
    lexicon = load_lexicon(lang)
    assert lexicon is not None
    texts = _texts(lang)
    assert len(texts) > 300
    for t in lexicon.types:
        in_turn = re.compile("|".join(r.trigger.pattern for r in t.rules), t.rules[0].trigger.flags)
        found = 0
        for text in texts:
            spans = [m.span() for m in lexicon.prefilter[t.type].finditer(text)]
            assert spans == [m.span() for m in in_turn.finditer(text)], (t.type, text[:80])
            found += len(spans)
        assert found > 0, t.type
