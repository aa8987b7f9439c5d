"""Sentence splitting on short texts written for the tests (Korean and English)."""

from __future__ import annotations

from streams.extract.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_korean_endings_split_even_without_space() -> None:
    text = "시의회가 예산을 삭감했다. 시는 반발했다.이후 협의가 이어졌다."
    assert _split(text) == ["시의회가 예산을 삭감했다.", "시는 반발했다.", "이후 협의가 이어졌다."]


def test_rupees_abbreviated_do_not_end_a_sentence() -> None:
    text = "The regulator imposed a fine of Rs. 29 million on four operators. It said so."
    assert _split(text) == [
        "The regulator imposed a fine of Rs. 29 million on four operators.",
        "It said so.",
    ]


def test_a_korean_ending_glued_to_a_date_splits() -> None:
    # no decimal point follows a Hangul syllable: the digits start the next sentence's date
    text = "긴축이 불가피하게 됐다.20일 재정경제원에 따르면 교부금을 줄인다. 비율은 4.3%다."
    assert _split(text) == [
        "긴축이 불가피하게 됐다.",
        "20일 재정경제원에 따르면 교부금을 줄인다.",
        "비율은 4.3%다.",
    ]


def test_glued_english_paragraphs_split_but_domains_and_initials_do_not() -> None:
    text = (
        "The city scrapped the plan to close the pool.The mayor said so. See Acme.com or U.S.Steel."
    )
    assert _split(text) == [
        "The city scrapped the plan to close the pool.",
        "The mayor said so.",
        "See Acme.com or U.S.Steel.",
    ]


def test_quotation_followed_by_particle_stays_in_sentence() -> None:
    text = '그는 "계획을 철회한다."고 말했다. 다음 문장이다.'
    assert _split(text) == ['그는 "계획을 철회한다."고 말했다.', "다음 문장이다."]


def test_english_abbreviations_and_initials_do_not_split() -> None:
    text = (
        "U.S. officials met Mr. Lee of Acme Inc. on Monday. J. Smith left early. It rose 3.5 pct."
    )
    assert _split(text) == [
        "U.S. officials met Mr. Lee of Acme Inc. on Monday.",
        "J. Smith left early.",
        "It rose 3.5 pct.",
    ]


def test_questions_exclamations_and_quotes() -> None:
    text = '"We will act," she said. Is it over? Yes! About approx. five came.'
    assert _split(text) == [
        '"We will act," she said.',
        "Is it over?",
        "Yes!",
        "About approx. five came.",
    ]


def test_newlines_split_and_offsets_are_trimmed() -> None:
    text = "  Headline without stop\n\nBody sentence one. Body two.\n"
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "Headline without stop",
        "Body sentence one.",
        "Body two.",
    ]
    assert all(not text[a].isspace() and not text[b - 1].isspace() for a, b in spans)


def test_start_and_end_restrict_the_range() -> None:
    text = "첫 문장이다. 둘째 문장이다. 셋째 문장이다."
    start = text.index("둘째")
    end = text.index("셋째")
    assert [text[a:b] for a, b in split_sentences(text, start, end)] == ["둘째 문장이다."]


def test_a_script_line_ending_in_an_object_or_and_particle_runs_on() -> None:
    text = (
        "군의회는\n체육회 보조금 3억 원을\n삭감한 예산안을\n의결했습니다.\n\n"
        "올해 가을\n축제는 취소됐다.\n"
    )
    assert _split(text) == [
        "군의회는\n체육회 보조금 3억 원을\n삭감한 예산안을\n의결했습니다.",
        "올해 가을",
        "축제는 취소됐다.",
    ]
    assert _split("시는 의회와\n예산안을 조율했다.") == ["시는 의회와\n예산안을 조율했다."]
    assert _split("새 기와\n지붕이 올라갔다.") == ["새 기와", "지붕이 올라갔다."]


def test_a_wrapped_broadcast_script_runs_on_after_nouns_too() -> None:
    # A script wraps at a fixed width, after a noun or a subject particle as well.
    text = (
        "가온시 청년 지원 예산이\n대폭 깎인 채 시의회 예산결산특별위원회\n문턱을 넘었습니다.\n"
        "예결위는 어제(3)\n회의를 열고 청년 월세 지원 예산을\n12억 원에서\n"
        "3억 원으로 줄였습니다."
    )
    assert _split(text) == [
        "가온시 청년 지원 예산이\n대폭 깎인 채 시의회 예산결산특별위원회\n문턱을 넘었습니다.",
        "예결위는 어제(3)\n회의를 열고 청년 월세 지원 예산을\n12억 원에서\n3억 원으로 줄였습니다.",
    ]


def test_headline_lists_are_no_script() -> None:
    # Lines of headlines end in nouns and verbs, not particles: each stays a sentence.
    text = "가온시 예산 3억 삭감\n나래군 버스 노선 폐지\n다온시 청년 수당 확대\n본문 첫 문장이다."
    assert len(_split(text)) == 4


def test_a_dotted_korean_date_does_not_end_a_sentence() -> None:
    """Official prose writes "2013. 3월부터" and "2021. 5. 30.(일)"; a year ending an English
    sentence still ends it."""
    text = "공정위는 2013. 3월부터 2018. 4월까지 입찰을 담합한 업체에 과징금을 부과했다. 다음이다."
    assert _split(text) == [
        "공정위는 2013. 3월부터 2018. 4월까지 입찰을 담합한 업체에 과징금을 부과했다.",
        "다음이다.",
    ]
    assert _split("회의는 2021. 5. 30.(일) 열렸다. 둘째.") == [
        "회의는 2021. 5. 30.(일) 열렸다.",
        "둘째.",
    ]
    assert _split("The plant opened in 2018. 3 people were hurt.") == [
        "The plant opened in 2018.",
        "3 people were hurt.",
    ]
