"""The clean stage's per-language data files load, validate and compile."""

from __future__ import annotations

import json

from streams.clean.lines import LineKind
from streams.clean.resources import LANG_DIR, LanguageData, rules


def test_every_data_file_compiles() -> None:
    r = rules()
    assert r.nav is not None and r.dateline is not None and r.header_markers
    for kind in (LineKind.COPYRIGHT, LineKind.BYLINE, LineKind.CAPTION, LineKind.META):
        assert kind in r.line_patterns


def test_language_codes_match_their_folders() -> None:
    for path in LANG_DIR.glob("*/language.json"):
        data = LanguageData.model_validate(json.loads(path.read_text(encoding="utf-8")))
        assert data.code == path.parent.name


def test_every_json_file_is_a_known_kind() -> None:
    names = {p.name for p in LANG_DIR.glob("*/*.json")}
    assert names <= {"boilerplate.json", "segments.json", "language.json"}
