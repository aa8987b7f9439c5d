"""Language detection by script and function words; the scraper's code only for tiny texts."""

from __future__ import annotations

import pytest

from streams.clean import detect_language

KO = (
    "정부는 인공지능(AI) 반도체 수출 통제를 강화하는 방안을 검토하고 있다고 밝혔다. "
    "업계는 CEO 간담회에서 대응책을 논의했다."
)
EN = (
    "The government said on Tuesday that it would review export controls on advanced chips, "
    "and industry groups asked for more time to comply with the new rules."
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (KO, "ko"),
        (EN, "en"),
        # A Korean article keeps English acronyms and names; an English one may quote Korean.
        (
            "삼성전자 SK하이닉스 TSMC Nvidia AMD Intel 관련 AI HBM 수출 규제가 강화됐다고 밝혔다.",
            "ko",
        ),
        (EN + " Officials in Seoul (서울) declined to comment.", "en"),
        ("政府は火曜日、先端半導体の輸出規制を見直すと発表した。業界は対応を急いでいる。", "ja"),
        ("政府周二宣布将审查先进芯片的出口管制措施，业界要求给予更多时间以遵守新规定。", "zh"),
        (
            "Le gouvernement a annoncé mardi qu'il allait revoir les contrôles à l'exportation "
            "des puces avancées, et les entreprises ont demandé plus de temps pour s'adapter.",
            "fr",
        ),
        (
            "Die Regierung hat am Dienstag angekündigt, dass sie die Exportkontrollen für "
            "moderne Chips überprüfen wird, und die Industrie bat um mehr Zeit.",
            "de",
        ),
        ("Правительство во вторник объявило о пересмотре экспортного контроля на чипы.", "und"),
        # One-sentence flashes: two function words suffice when they are a large share and no
        # other language has as many.
        ("China imposed tariffs of 10% on U.S. cars.", "en"),
        ("Washington raised tariffs on Chinese goods to 25%.", "en"),
        ("Le gouvernement a suspendu la taxe sur les carburants.", "fr"),
        ("Nvidia Samsung TSMC Intel AMD Qualcomm Broadcom earnings", "und"),
    ],
)
def test_detects_language(text: str, lang: str) -> None:
    assert detect_language(text, None) == lang


def test_hint_only_when_text_is_too_short() -> None:
    assert detect_language("OK 123", "ko-KR") == "ko"
    assert detect_language("OK 123", "en") == "en"
    # A few Latin letters could be any Latin-script language; Hangul can only be Korean.
    assert detect_language("OK 123", None) == "und"
    assert detect_language(KO, "en") == "ko"  # enough text: the hint is ignored
    assert detect_language("관세 인상", None) == "ko"


@pytest.mark.parametrize("hint", [None, "", "english", "x"])
def test_unknown_without_letters_or_usable_hint(hint: str | None) -> None:
    assert detect_language("12345 !!! 2025-04-11 ... 🙂", hint) == "und"
    assert detect_language("", hint) == "und"
