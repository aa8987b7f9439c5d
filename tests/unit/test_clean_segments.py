"""Glued articles are split into segments; one article with sub-heads is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from schemas.models import Post, Segment
from streams.clean import clean, find_body, split_segments
from streams.doc import Doc

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"

# Self-written, unrelated articles.
KO_BUDGET = (
    "서울시가 내년도 청년 주거 지원 예산을 올해보다 30% 줄이기로 했다. 시는 12일 발표한 2026년 "
    "예산안에서 청년 월세 지원 사업 예산을 420억원에서 294억원으로 삭감했다고 밝혔다. 시 관계자는 "
    "“세수 감소에 따라 사업 우선순위를 조정한 결과”라고 설명했다. 시민단체들은 청년층의 주거 "
    "부담이 커지는 상황에서 지원을 줄이는 것은 잘못된 결정이라며 반발했다. 시의회는 다음 달 "
    "예산안 심사에서 삭감 규모를 다시 논의할 계획이다."
)
KO_FESTIVAL = (
    "강원 평창군이 올겨울 송어축제를 예년보다 일주일 늦춰 개최한다. 군은 이상 고온으로 "
    "하천 결빙이 늦어지면서 얼음 두께가 안전 기준인 20㎝에 미치지 못했다고 설명했다. "
    "축제는 내년 1월 초 개막해 3주간 이어지며, 얼음낚시와 맨손 잡기 체험 등이 마련된다. "
    "군 관계자는 “관광객 안전을 최우선으로 준비하겠다”고 말했다."
)
KO_EXPORT = (
    "산업통상자원부는 반도체 장비 수출 절차를 간소화하는 고시 개정안을 행정예고했다고 "
    "11일 밝혔다. 개정안은 전략물자 판정 기간을 기존 15일에서 7일로 단축하는 내용을 담았다. "
    "업계는 납기 경쟁력이 높아질 것으로 기대하고 있다. 정부는 의견 수렴을 거쳐 내년 1월부터 "
    "시행할 예정이다."
)
EN_GRANTS = (
    "Canada will cut federal grants for home clean-energy retrofits by a third next year, the "
    "finance ministry said on Tuesday, as the government tries to narrow its deficit. The "
    "program, which paid up to C$5,000 per household for heat pumps and insulation, will receive "
    "C$1.2 billion in 2026, down from C$1.8 billion this year. Environmental groups said the move "
    "would slow the country's progress toward its emissions targets."
)
EN_FOOTBALL = (
    "Portugal's national football team will play two friendly matches in Brazil next June, the "
    "country's football federation said Friday. The games in Rio de Janeiro and Sao Paulo are "
    "part of the team's preparation for the autumn qualifiers. Coach Rui Matos said he wanted to "
    "test younger players against strong opponents. Tickets go on sale in April."
)


def _segments(text: str) -> list[Segment]:
    start, end = find_body(text)
    segs = split_segments(text, start, end)
    for s in segs:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == text[s.start : s.end].strip()
    return segs


def _cut(text: str, fraction: float = 0.6) -> str:
    """``text`` cut mid-word, the way a scraper truncates a story."""
    pos = int(len(text) * fraction)
    while text[pos].isspace() or text[pos - 1].isspace():
        pos += 1
    return text[:pos]


def test_korean_summary_header_glued_mid_word() -> None:
    first = _cut(KO_BUDGET)
    text = first + "핵심요약 평창 송어축제 일주일 연기 얼음낚시 체험장. 평창군 제공 " + KO_FESTIVAL
    segs = _segments(text)
    assert len(segs) == 2
    assert text[segs[0].start : segs[0].end] == first
    assert segs[0].truncated
    marker = text.index("핵심요약")
    assert marker + len("핵심요약") <= segs[1].start <= marker + len("핵심요약") + 1
    assert segs[1].title is not None and segs[1].title.startswith("평창 송어축제")
    assert not segs[1].truncated


def test_header_line_with_only_a_date_gives_no_title() -> None:
    # "[사설] 2024.09.02 00:30": the header marker is skipped, but a date and time is no headline,
    # so the post's own title (with its opinion marker) is used instead.
    text = "[사설] 2024.09.02 00:30\n" + KO_BUDGET
    post = Post(id="t", title="[사설] 청년 주거 예산 삭감, 다시 생각해야", text=text)
    doc = Doc(post=post)
    clean(doc)
    assert doc.segments and doc.segments[0].title == post.title


def test_korean_dateline_after_a_finished_article() -> None:
    text = KO_BUDGET + "\n(세종=연합뉴스) 박민수 기자 = " + KO_EXPORT
    segs = _segments(text)
    assert len(segs) == 2
    assert text[segs[0].start : segs[0].end] == KO_BUDGET
    # The dateline's byline is furniture; the next segment starts with the lead.
    assert text[segs[1].start : segs[1].end] == KO_EXPORT


def test_korean_copyright_block_between_articles_with_new_headline() -> None:
    text = (
        KO_BUDGET
        + "\n김하늘 기자 sky@example.co.kr\n저작권자 © 예시일보 무단전재 및 재배포 금지\n"
        + "평창 송어축제 일주일 연기\n"
        + KO_FESTIVAL
    )
    segs = _segments(text)
    assert [text[s.start : s.end] for s in segs] == [KO_BUDGET, KO_FESTIVAL]
    assert segs[1].title == "평창 송어축제 일주일 연기"


def test_a_photo_caption_ending_in_the_outlets_copyright_sign_does_not_split() -> None:
    # "▲ … ⓒ신문(사진기자)" captions a photo inside the article; a notice closes one.
    caption = "\n▲ 시청 앞에 걸린 현수막. ⓒ예시일보(홍길동)\n"
    assert len(_segments(KO_BUDGET + caption + KO_EXPORT)) == 1
    assert len(_segments(KO_BUDGET + "\nⓒ 예시일보\n" + KO_EXPORT)) == 2


def test_english_dateline_glued_to_a_cut_off_story() -> None:
    first = _cut(EN_GRANTS)
    text = first + "LISBON (AP) — " + EN_FOOTBALL
    segs = _segments(text)
    assert len(segs) == 2
    assert text[segs[0].start : segs[0].end] == first and segs[0].truncated
    assert text[segs[1].start :].startswith("LISBON (AP) — ")
    assert not segs[1].truncated


def test_english_wire_dateline_on_a_new_line() -> None:
    text = "OTTAWA (Reuters) - " + EN_GRANTS + "\nLISBON, June 3 (AP) — " + EN_FOOTBALL
    segs = _segments(text)
    assert len(segs) == 2
    assert text[segs[1].start :].startswith("LISBON, June 3 (AP)")


def test_english_credits_between_stories() -> None:
    text = (
        EN_GRANTS
        + "\n(Reporting by Maria Lopez; Editing by Tom Reed)\n"
        + "Portugal to play friendlies in Brazil\n"
        + EN_FOOTBALL
    )
    segs = _segments(text)
    assert [text[s.start : s.end] for s in segs] == [EN_GRANTS, EN_FOOTBALL]


def test_subheads_do_not_split_one_article() -> None:
    text = (
        KO_BUDGET
        + " ━ 시의회 “삭감 규모 다시 논의” "
        + "시의회 예산결산특별위원회는 다음 달 청년 주거 예산을 다시 심사한다. 위원들은 월세 지원 "
        + "대상자가 줄어들 수 있다고 우려했다.\n■ 청년 단체 반발\n"
        + "청년 단체들은 ▲월세 지원 유지 ▲공공임대 확대 ▲보증금 대출 이자 지원을 요구했다. 이들은 "
        + "서울시 예산 삭감이 청년 주거 불안을 키울 것이라며 시청 앞에서 기자회견을 열었다.\n"
        + "◆ 전망\n서울시는 의회 논의 결과를 보고 추가경정예산 편성을 검토하겠다는 입장이다."
    )
    segs = _segments(text)
    assert len(segs) == 1
    assert not segs[0].truncated


def test_same_topic_article_with_quotes_and_short_lines_is_one_segment() -> None:
    text = (
        EN_GRANTS
        + "\nWhat changes\n"
        + "Households that already applied will still be paid, the ministry said. "
        + "New applications will be capped at C$3,000.\n"
        + "\u201cThe retrofit program remains,\u201d the finance minister told reporters in Ottawa."
    )
    assert len(_segments(text)) == 1


def test_title_line_repeated_by_the_lead_is_not_a_segment() -> None:
    title = "서울시가 내년도 청년 주거 지원 예산을"
    text = title + "\n\n" + KO_BUDGET
    segs = _segments(text)
    assert len(segs) == 1


def test_truncated_flags() -> None:
    assert _segments(KO_BUDGET)[0].truncated is False
    assert _segments(_cut(KO_BUDGET))[0].truncated is True
    assert _segments(EN_FOOTBALL)[0].truncated is False
    assert _segments(_cut(EN_FOOTBALL))[0].truncated is True


def test_empty_body_has_no_segments() -> None:
    assert split_segments("", 0, 0) == []
    assert split_segments("   \n  ", 0, 6) == []


# --- the real sample post -------------------------------------------------------------------


@pytest.fixture
def sample_doc() -> Doc:
    path = SAMPLES / "cocoa-board-2025-04-11.txt"
    if not path.is_file():
        pytest.skip(f"sample post not found at {path}")
    doc = Doc(post=Post(id="sample", text=path.read_text(encoding="utf-8")))
    clean(doc)
    return doc


def test_sample_post_is_two_glued_articles(sample_doc: Doc) -> None:
    text, segs = sample_doc.text, sample_doc.segments
    assert len(segs) == 2
    marker = text.index("핵심요약")
    # The first story stops mid-word right before the summary header of the second one.
    assert segs[0].end == marker
    assert segs[0].truncated
    assert marker + len("핵심요약") <= segs[1].start <= marker + len("핵심요약") + 1
    assert segs[1].title
    # The post is cut off at its end.
    assert segs[1].end == len(text.rstrip())
    assert segs[1].truncated
    assert sample_doc.lang == "ko"


def test_sample_sub_head_stays_inside_the_first_article(sample_doc: Doc) -> None:
    sub_head = sample_doc.text.index("━")
    first = sample_doc.segments[0]
    assert first.start < sub_head < first.end


def test_a_headline_and_page_clutter_before_the_storys_own_dateline_are_no_article() -> None:
    """The page's headline and a subscription prompt, then the dateline of the same story: one
    article, not a headline-only segment before it."""
    text = (
        "Springfield council approves parking fee rise for downtown lots\n\n"
        "Summarize this article with:\nAuthor of the article:You can save this article by"
        " registering for free here. Or sign-in if you have an account."
        "SPRINGFIELD (AP) — The Springfield city council approved on Tuesday a rise in parking"
        " fees for downtown lots, the first in ten years, despite objections from shop owners."
        " The new fees take effect in March and the council expects the lots to bring in twice"
        " as much as this year."
    )
    assert len(_segments(text)) == 1
