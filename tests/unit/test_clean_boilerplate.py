"""Boilerplate removal: the body is found, page furniture stays outside every segment."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from schemas.models import Post
from streams.clean import clean, find_body
from streams.clean.boilerplate import classify, classify_line, inner_furniture
from streams.clean.lines import LineKind, iter_lines
from streams.doc import Doc
from streams.pipeline import default_pipeline

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"

KO_LEAD = (
    "서울시가 내년도 청년 주거 지원 예산을 올해보다 30% 줄이기로 했다. 시는 12일 발표한 "
    "2026년 예산안에서 청년 월세 지원 사업 예산을 420억원에서 294억원으로 삭감했다고 밝혔다."
)
KO_BODY = (
    KO_LEAD + "\n시 관계자는 “세수 감소에 따라 사업 우선순위를 조정한 결과”라고 설명했다.\n"
    "시민단체들은 청년층의 주거 부담이 커지는 상황에서 지원을 줄이는 것은 잘못된 결정이라며 "
    "반발했다. 시의회는 다음 달 예산안 심사에서 삭감 규모를 다시 논의할 계획이다."
)
KO_PORTAL = (
    "로그인\n회원가입\n전체메뉴\n예시경제신문\n"
    "서울시, 청년 월세 지원 예산 30% 삭감\n"
    "입력 2025.11.12 10:31\n수정 2025.11.12 14:02\n김하늘 기자\n공유하기\n글자크기\n"
    "[사진=연합뉴스]\n\n"
    f"{KO_BODY}\n\n"
    "김하늘 기자 sky@example.co.kr\n"
    "저작권자 © 예시경제신문 무단전재 및 재배포 금지\n"
    "관련기사\n서울시 내년 예산 47조원 편성\n청년 단체 “주거 지원 축소 철회하라”\n"
)

EN_BODY = (
    "OTTAWA (Reuters) - Canada will cut federal grants for home clean-energy retrofits by a "
    "third next year, the finance ministry said on Tuesday, as the government tries to narrow "
    "its deficit.\n"
    "The program, which paid up to C$5,000 per household for heat pumps and insulation, will "
    "receive C$1.2 billion in 2026, down from C$1.8 billion this year.\n"
    "\u201cWe have to make choices,\u201d Finance Minister Paul Tremblay told reporters.\n"
    "Environmental groups said the move would slow progress toward emissions targets."
)
EN_WIRE = (
    "Skip to main content\nHome | World | Business | Markets\n"
    "Canada to cut clean-energy grants by a third\n"
    "By Maria Lopez and Tom Reed\nMarch 4, 2025 7:15 AM GMT\nShare this article\n"
    "A heat pump outside a house in Toronto. (AP Photo/John Smith)\n"
    f"{EN_BODY}\n"
    "(Reporting by Maria Lopez; Editing by Tom Reed)\n"
    "Copyright 2025 Example Wire. All rights reserved.\n"
    "Related Coverage\nOttawa unveils spending review\nHeat pump sales slow in Ontario\n"
)


def _run(text: str, title: str | None = None) -> Doc:
    doc = Doc(post=Post(id="t", text=text, title=title))
    clean(doc)
    return doc


def _outside(doc: Doc, needle: str) -> bool:
    """True when no segment overlaps any occurrence of ``needle``."""
    pos = doc.text.find(needle)
    assert pos >= 0, needle
    while pos >= 0:
        end = pos + len(needle)
        if any(s.start < end and pos < s.end for s in doc.segments):
            return False
        pos = doc.text.find(needle, pos + 1)
    return True


def _assert_offsets(doc: Doc) -> None:
    prev_end = 0
    for i, s in enumerate(doc.segments):
        assert s.index == i
        assert prev_end <= s.start < s.end <= len(doc.text)
        piece = doc.text[s.start : s.end]
        assert piece == piece.strip()
        prev_end = s.end


def test_korean_portal_post_keeps_only_the_article() -> None:
    doc = _run(KO_PORTAL)
    _assert_offsets(doc)
    assert len(doc.segments) == 1
    seg = doc.segments[0]
    assert doc.text[seg.start : seg.end] == KO_BODY
    assert seg.title == "서울시, 청년 월세 지원 예산 30% 삭감"
    assert not seg.truncated
    for furniture in (
        "로그인",
        "입력 2025",
        "김하늘 기자",
        "공유하기",
        "사진=연합뉴스",
        "저작권자",
        "관련기사",
    ):
        assert _outside(doc, furniture), furniture


def test_english_wire_post_keeps_only_the_article() -> None:
    doc = _run(EN_WIRE)
    _assert_offsets(doc)
    assert len(doc.segments) == 1
    seg = doc.segments[0]
    assert doc.text[seg.start : seg.end] == EN_BODY
    assert seg.title == "Canada to cut clean-energy grants by a third"
    for furniture in (
        "Skip to main",
        "By Maria",
        "AP Photo",
        "Reporting by",
        "Copyright",
        "Related",
    ):
        assert _outside(doc, furniture), furniture


def test_scraper_title_wins_over_page_headline() -> None:
    doc = _run(KO_PORTAL, title="청년 월세 예산 삭감")
    assert doc.segments[0].title == "청년 월세 예산 삭감"


def test_credits_glued_to_the_last_sentence_are_trimmed() -> None:
    text = KO_LEAD + " 이한결 기자"
    assert text[slice(*find_body(text))] == KO_LEAD
    text = KO_LEAD + " <저작권자ⓒ예시일보, 무단 전재 및 재배포 금지>"
    assert text[slice(*find_body(text))] == KO_LEAD
    text = EN_BODY + " (Reporting by Maria Lopez; Editing by Tom Reed)"
    assert text[slice(*find_body(text))] == EN_BODY


def test_leading_byline_bracket_is_trimmed_but_dateline_kept() -> None:
    text = "[예시일보 이한결 기자] " + KO_LEAD
    assert text[slice(*find_body(text))] == KO_LEAD
    text = "(세종=연합뉴스) 이한결 기자 = " + KO_LEAD
    assert text[slice(*find_body(text))] == KO_LEAD
    text = "[세종=뉴시스] " + KO_LEAD
    assert text[slice(*find_body(text))] == text


def test_a_wire_byline_before_the_lead_is_no_title() -> None:
    # the body starts after "[대전=예시뉴스] 이한결 기자 = "; the cut-off byline is not a
    # headline (a title makes the lead's cues read the wrong line)
    doc = _run("[대전=예시뉴스] 이한결 기자 = " + KO_LEAD)
    assert doc.text[doc.segments[0].start :].startswith(KO_LEAD[:10])
    assert not doc.segments[0].title


def test_a_portal_s_buttons_and_date_lines_are_furniture() -> None:
    for line in ("컨텐츠 바로가기", "주소복사가 완료되었습니다", "첫 댓글을 작성해보세요"):
        assert classify_line(line) is LineKind.NAV, line
    assert classify_line("11.27 (수)") is LineKind.META
    # between a headline the body kept and the lead, they are skipped by extraction
    text = (
        '[영상] 다온섬 보건소 "다시 문 열 기약 없다"\n주소복사가 완료되었습니다\n07.27 (토)\n'
        + KO_LEAD
    )
    skipped = [text[a:b] for a, b in inner_furniture(text, 0, len(text))]
    assert skipped == ["주소복사가 완료되었습니다", "07.27 (토)"]


def test_a_reporter_s_name_and_dotted_date_line_is_furniture() -> None:
    # a portal's "name yyyy. m. d. hh:mm" line: split at its dots it made four sentences,
    # which pushed the lead out of the lead sentences
    for line in ("김다온 2023. 1. 14. 22:16", "2024. 3. 5.", "2024.03.05 (화) 오후 3:20"):
        assert classify_line(line) is LineKind.META, line
    # and the other ways pages print when and by whom
    for line in (
        "작성 : 2022-03-02 16:43:21",
        "인터넷입력 :2022/09/15 09:15",
        "입력 | 2025-05-22 14:29   수정 | 2025-05-22 14:31",
        "2022-09-30 11:02:22 게재",
        "2025-11-14     김다온 선임기자",
    ):
        assert classify_line(line) is LineKind.META, line
    assert classify_line("연결 가능 링크") is LineKind.NAV
    text = "다온섬 여객선 30여 편 풍랑으로 통제\n김다온 2023. 1. 14. 22:16\n" + KO_LEAD
    start, _ = find_body(text)
    assert text[start:].startswith(KO_LEAD[:10])
    # a sentence about a date stays prose
    assert classify_line("개정안은 2024. 3. 5. 국회 본회의를 통과해 공포됐다.") is LineKind.PROSE


def test_a_photo_credit_between_sub_heads_and_lead_is_skipped() -> None:
    for line in ("독자 제공.", "뉴스1", "독자 제공. 뉴스1", "AP 연합뉴스", "한빛시 제공"):
        assert classify_line(line) is LineKind.CAPTION, line
    assert classify_line("연합뉴스는 15일 이같이 보도했다.") is LineKind.PROSE
    text = "다온톡 옛 버전 사용 막혀\n이용자 24만명 아우성\n독자 제공. 뉴스1\n" + KO_LEAD
    start, end = find_body(text)
    # the sub-heads stay article text, the credit is stepped over and not read
    assert text[start:].startswith("다온톡 옛 버전")
    skipped = [text[a:b] for a, b in inner_furniture(text, start, end)]
    assert skipped == ["독자 제공. 뉴스1"]
    # under a site name (no headline), the credit is left out of the body
    text = "다온일보\n독자 제공. 뉴스1\n" + KO_LEAD
    start, _ = find_body(text)
    assert text[start:].startswith(KO_LEAD[:10])


def test_a_ticker_of_other_headlines_is_a_related_list() -> None:
    ticker = (
        "Just in:   • Port strike ends after three weeks of talks  • Sensex, Nifty end higher"
        " on earnings  • Minister hails new rail link: official  • Coffee prices hit record"
    )
    assert classify_line(ticker) is LineKind.RELATED
    # bullets joining nouns, and a list of finished sentences, are article text
    assert classify_line("업종별 감소율은 전기•전자(8.3%) 자동차•부품(7.9%) 순으로 나타났다.") is (
        LineKind.PROSE
    )
    listed = "The plan has three parts. • Fares rise. • Routes merge. • Depots close."
    assert classify_line(listed) is LineKind.PROSE


@pytest.mark.parametrize(
    ("head", "title", "toolbar", "body"),
    [
        (
            "예시일보\n\n청년 월세 지원 예산 30% 삭감\n\n",
            "청년 월세 지원 예산 30% 삭감",
            "인쇄 메일 글씨 크기 선택 가장 작은 크기 글자 기본 크기 글자 가장 큰 크기 글자",
            KO_BODY,
        ),
        (
            "Canada trims clean-energy grants\n\nPublished: 02-Sep-25 12:00PM | By\n\n",
            "Canada trims clean-energy grants",
            "Font Size: - + Normal | Print | E-mail",
            EN_BODY,
        ),
    ],
)
def test_a_toolbar_under_the_headline_is_no_title(
    head: str, title: str, toolbar: str, body: str
) -> None:
    # The toolbar between the headline and the lead was read as the article's title.
    doc = _run(f"{head}{toolbar}\n\n{body}")
    assert doc.segments[0].title == title


def test_headline_and_subheads_right_above_the_body_are_kept() -> None:
    text = "예시일보\n\n청년 월세 지원 예산 30% 삭감\n시의회 “다시 논의하겠다”\n" + KO_BODY
    start, _ = find_body(text)
    assert text[start:].startswith("청년 월세 지원")


def test_a_broadcast_script_broken_into_short_lines_keeps_its_lead_and_last_lines() -> None:
    # Lines broken anywhere in a clause, a short sentence ending in a full stop among them.
    script = (
        "도의회가 어제\n임시회를 열고 문화재단의\n운영비 12억 원을 줄인\n"
        "수정 예산안을 통과시키면서\n재단 사업이 멈췄습니다.\n"
        "재단은 올해 열 예정이던 공연 여섯 건을 모두 취소했고 "
        "남은 직원들도 순환 근무에 들어갔다고 밝혔습니다.\n"
        "도는 다음 달 추경 예산안에\n재단 예산을 다시 담을지\n검토하고 있습니다.\n"
        "이야기는 여기까지입니다.\n"
    )
    start, end = find_body("예시방송\n\n문화재단 예산 삭감\n" + script)
    body = ("예시방송\n\n문화재단 예산 삭감\n" + script)[start:end]
    assert body.startswith("문화재단 예산 삭감\n도의회가 어제")
    assert body.endswith("이야기는 여기까지입니다.")
    # Related headlines after a paragraph end in no full stop: they stay outside.
    related = KO_BODY + "\n청년 예산 삭감 논란\n시의회 예산 심사 시작\n구청 복지 예산 늘어\n"
    start, end = find_body(related)
    assert related[start:end].endswith(KO_BODY.strip()[-10:])


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Contact Us", LineKind.NAV),
        ("Home | World | Business", LineKind.NAV),
        ("Facebook Twitter", LineKind.NAV),
        ("페이지 정보", LineKind.META),
        ("작성자 관리자", LineKind.META),
        ("조회 152회 작성일 25-03-02 09:14", LineKind.META),
        ("본문", LineKind.BODY_MARKER),
        ("홍길동 기자", LineKind.BYLINE),
        ("세종=홍길동 기자", LineKind.BYLINE),
        # a wire dateline with the reporter, the whole line before the lead
        ("[대전=예시뉴스] 홍길동 기자 =", LineKind.BYLINE),
        ("(세종=예시통신) 김영희 특파원 =", LineKind.BYLINE),
        ("박지민 기자 jimin@example.com", LineKind.BYLINE),
        ("By Jane Doe", LineKind.BYLINE),
        # staff and wire credits without "By", posting times and counters after a bullet
        ("Times Staff Writer", LineKind.BYLINE),
        ("From Times Wire Services", LineKind.BYLINE),
        ("• 승인 2017.12.12 00:46", LineKind.META),
        ("홍길동 편집팀장 승인 2023.06.30 08:49 의견 0", LineKind.META),
        ("• 댓글 0", LineKind.META),
        ("- Advertisement -spot_img", LineKind.PROMO),
        ("REUTERS/Jane Doe", LineKind.CAPTION),
        ("저작권자 © 예시일보 무단전재 및 재배포 금지", LineKind.COPYRIGHT),
        ("Copyright © 2025 Example Media. All rights reserved.", LineKind.COPYRIGHT),
        ("관련기사", LineKind.RELATED),
        ("Related articles", LineKind.RELATED),
        # a list's header, even when its words are also a button's ("Read more")
        ("Read more:", LineKind.RELATED),
        ("Trending Stories", LineKind.RELATED),
        ("ALSO READ | What the rate decision means for borrowers", LineKind.RELATED),
        ("Read more", LineKind.NAV),
        ("사진=연합뉴스", LineKind.CAPTION),
        ("예시시 제공", LineKind.CAPTION),
        ("Photo: Reuters", LineKind.CAPTION),
        ("Firefighters work at the site. (AP Photo/Jane Doe)", LineKind.CAPTION),
        ("Example Holdings Co., Ltd.", LineKind.ORG),
        ("공유하기", LineKind.NAV),
        # share, print and font-size widgets and players are page furniture
        ("이 기사를 공유합니다", LineKind.NAV),
        ("기사 URL이 복사되었습니다.", LineKind.NAV),
        ("글자크기 설정", LineKind.NAV),
        ("크게 작게 프린트 메일", LineKind.NAV),
        ("폰트키우기 폰트줄이기 프린트하기 메일보내기 신고하기", LineKind.NAV),
        ("페이스북 공유하기 X 공유하기 네이버 공유하기 카카오톡 공유하기", LineKind.NAV),
        (
            "인쇄 메일 글씨 크기 선택 가장 작은 크기 글자 한 단계 작은 크기 글자 기본 크기 글자",
            LineKind.NAV,
        ),
        ("Font Size: - + Normal | Print | E-mail", LineKind.NAV),
        ("Printer Friendly", LineKind.NAV),
        ("Email newsletter signup", LineKind.NAV),
        ("WhatsApp Share Reddit Share Pin Share 0 Shares", LineKind.NAV),
        ("Share - WeChat", LineKind.NAV),
        ("Down Arrow Button Icon", LineKind.NAV),
        ("Available On Air Stations", LineKind.NAV),
        ("0:00 0:00", LineKind.NAV),
        # a photo caption closed by the outlet's photo archive is no headline
        ("대구 법원 전경. 영남일보DB |", LineKind.CAPTION),
        ("강원 원주시청. (뉴스1 DB)", LineKind.CAPTION),
        # a headline about a database is one
        ("다온시, 새 고객 DB 구축", LineKind.SHORT),
    ],
)
def test_furniture_lines(line: str, kind: LineKind) -> None:
    assert classify_line(line) is kind


@pytest.mark.parametrize(
    "line",
    [
        "정부는 내년 예산을 5% 줄이기로 했다.",
        "By March, the ministry had already cut the grant by half.",
        "The staff writer said the plan was approved on Monday.",
        "Advertisement spending rose 5% this year, the agency said.",
        "승인 절차는 2023.06.30 마감된다고 위원회는 밝혔다.",
        "The deal was signed with Example Co. on Monday after months of talks.",
        "기자회견에서 장관은 관세 인상을 철회하겠다고 밝혔다.",
        "Related companies reported lower sales in the third quarter.",
    ],
)
def test_prose_is_not_furniture(line: str) -> None:
    assert classify_line(line) is LineKind.PROSE


def test_no_body_in_pure_furniture() -> None:
    assert find_body("Home\nContact Us\n\nCopyright 2025 Example. All rights reserved.") == (0, 0)
    assert find_body("") == (0, 0)


def test_list_without_sentences_keeps_its_largest_block() -> None:
    text = (
        "Home\nContact Us\n\n△ 22일(월)\n"
        "- 서울중앙지법, 배임 혐의 1차 공판(오전 10시)\n- 법무부, 수여식(오후 2시)\n"
    )
    start, end = find_body(text)
    assert text[start:end].startswith("△ 22일(월)")
    assert text[start:end].endswith("수여식(오후 2시)")


# --- the real sample post -------------------------------------------------------------------


@pytest.fixture
def sample_text() -> str:
    path = SAMPLES / "cocoa-board-2025-04-11.txt"
    if not path.is_file():
        pytest.skip(f"sample post not found at {path}")
    return path.read_text(encoding="utf-8")


def test_sample_post_furniture_is_outside_the_segments(sample_text: str) -> None:
    doc = _run(sample_text)
    _assert_offsets(doc)
    assert doc.text == sample_text  # verbatim: offsets point into the input
    assert doc.segments
    # Everything above the body marker line is page furniture or the page title.
    lines = list(iter_lines(sample_text))
    marker = next(ln for ln in lines if ln.text == "본문")
    assert all(s.start > marker.end for s in doc.segments)
    for furniture in ("Contact Us", "페이지 정보", "profile_image", "작성자", "작성일"):
        assert _outside(doc, furniture), furniture


def test_sample_post_title_is_repeated_by_the_body(sample_text: str) -> None:
    doc = _run(sample_text)
    first = doc.segments[0]
    assert first.title
    # The page title is the first words of the body: no separate segment, the body starts there.
    assert sample_text[first.start :].startswith(first.title)


def test_related_block_inside_the_body_is_furniture() -> None:
    """A "Recommended reading:" header and the headlines under it, up to the next paragraph,
    are furniture; the paragraphs around them and a line not under such a header are not."""
    text = (
        "The council said on Monday that the library service would be reviewed.\n"
        "Recommended reading:\n"
        "- Council slashes library budget by £300,000\n"
        "- Row over planned cuts to library funding\n"
        "The review will report in the spring.\n"
        "- A list item that no header introduces\n"
        "Read more: Mayor scraps congestion charge\n"
    )
    spans = inner_furniture(text, 0, len(text))
    got = [text[a:b] for a, b in spans]
    assert got == [
        "Recommended reading:",
        "- Council slashes library budget by £300,000",
        "- Row over planned cuts to library funding",
        "Read more: Mayor scraps congestion charge",
    ]


def test_events_skip_related_headlines_inside_the_body() -> None:
    body = (
        "The council said on Monday that the library service would be reviewed.\n"
        "Officials said no decision had been taken.\n"
        "{header}\n"
        "- York council slashes library budget by £300,000\n"
        "The review will report in the spring."
    )
    pipe = default_pipeline()
    ref = datetime(2024, 9, 1)
    listed = pipe.run(
        Post(id="a", text=body.format(header="Recommended reading:"), published_at=ref)
    )
    prose = pipe.run(Post(id="b", text=body.format(header="Looking ahead:"), published_at=ref))
    assert [e.type.value for e in listed.events] == []
    assert [e.type.value for e in prose.events] == ["budget_cut"]


# A lead broken into short lines everywhere, no title line above it, no sentence long enough
# to be prose on its own line (a regional broadcaster's web script).
WRAPPED_KO = (
    "5년 동안 아스콘 납품 물량을\n똑같이 나누기로 짬짜미한\n"
    "충북 지역 아스콘 업체 12곳에\n과징금이 부과됐습니다.\n"
    "공정거래위원회는\n도내 아스콘 업체 12곳에\n시정명령을 내리고,\n"
    "과징금 9억 3천만 원을\n부과하기로 했습니다.\n"
    "업체들은 경쟁을 피하려고\n2017년부터 5년여간\n물량을 나누기로\n"
    "합의한 것으로 드러났습니다.\n"
)
# Wire copy hard-wrapped at a fixed width, a dateline opening the first line.
WRAPPED_EN = (
    "OTTAWA, March 3 Canada's trade minister\n"
    "said on Tuesday the government would lift the surtax on\n"
    "imported steel and aluminum from April 1, ending a\n"
    "measure that car makers, appliance manufacturers and\n"
    "builders had fought for two years.\n"
    "The surtax of 25 percent was imposed in 2023 to shield\n"
    "domestic mills from a flood of cheap imports.\n"
)


@pytest.mark.parametrize("text", [WRAPPED_KO, WRAPPED_EN])
def test_a_lead_hard_wrapped_into_short_lines_is_the_body_from_its_first_line(text: str) -> None:
    # Read one line at a time, only the last lines look like sentences: the lead's first
    # lines must not be taken for a headline stack above the body (or dropped with it).
    start, end = find_body(text)
    assert start == 0
    assert text[start:end] == text.strip()


def test_wrapped_sentences_never_run_across_a_blank_line() -> None:
    # A headline over a blank line stays a headline: the streak starts below it.
    text = "아스콘 업체 12곳 과징금\n\n" + WRAPPED_KO
    lines = list(iter_lines(text))
    assert classify(lines)[0] is LineKind.SHORT
    assert all(kind is LineKind.PROSE for kind in classify(lines)[1:])


def test_a_list_of_headlines_is_no_wrapped_paragraph() -> None:
    # Headlines ending in "…" or "?" are no finished sentences; only full stops make a script.
    related = (
        "많이 본 뉴스\n- 1.아파트값 또 올라…서울 외곽도\n- 2.'이제 금 팔 때'…이유는?\n"
        "- 3.감기인 줄 알았는데…퍼지는 '이 병'\n- 4.대출 규제 풀리나…은행권 촉각\n"
    )
    lines = list(iter_lines(related))
    assert LineKind.PROSE not in classify(lines)


def test_a_comment_counter_under_a_short_story_does_not_drop_its_lead() -> None:
    # Board metadata two lines below a first sentence makes it a notice above a post, but not
    # when a whole paragraph sits between them: then the metadata closes the story.
    lead = (
        "기획재정부는 물가 안정을 위해 밀과 설탕 등 42개 품목에 할당관세를 적용하기로 했다고"
        " 3일 밝혔다."
    )
    second = (
        "할당관세는 일정 범위에서 기본 관세율을 한시적으로 낮춰 해당 품목의 가격을 낮추는 제도다. "
        "이번에 추가된 품목은 올해 말까지 적용되며, 일부 품목은 상반기까지 운영한 뒤 수급 동향을 "
        "살펴 적용 여부를 다시 결정할 방침이다. 정부는 이번 조치로 가공식품 가격이 안정될 것으로 "
        "기대하고 있다."
    )
    text = f"{lead}\n{second}\n댓글 0"
    start, _ = find_body(text)
    assert start == 0
    # A sentence right above the metadata is still a notice, not the body.
    notice = (
        "회원 여러분께 알려드립니다. 게시판 이용 규칙이 바뀌었습니다.\n작성자 관리자\n" + KO_BODY
    )
    start, _ = find_body(notice)
    assert notice[start:].startswith(KO_LEAD[:10])


def test_a_photo_description_ending_in_an_agency_credit_is_a_caption() -> None:
    # what the photo shows, then who is on the right, then the agency: no sentence of the story
    for line in (
        "시민들이 광장에서 행진하고 있다. 오른쪽은 행사 주최 측 관계자. AP연합뉴스",
        "다온역 승강장에 열차가 서 있다. 연합뉴스",
    ):
        assert classify_line(line) is LineKind.CAPTION, line
    assert classify_line("정부는 내년 예산을 5% 줄이기로 했다.") is LineKind.PROSE
    assert classify_line("연합뉴스에 따르면 정부는 예산을 줄였다.") is LineKind.PROSE
