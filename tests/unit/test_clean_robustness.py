"""Any text, however broken, cleans without an exception and with consistent offsets."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas.models import Post
from streams.clean import clean, detect_language, find_body, split_segments
from streams.clean.boilerplate import classify_line
from streams.clean.html import html_to_text
from streams.doc import Doc

# Pieces real posts are made of, recombined at random with noise.
PIECES = [
    "로그인",
    "페이지 정보",
    "작성자 관리자",
    "본문",
    "홍길동 기자",
    "저작권자 © 예시일보 무단전재 및 재배포 금지",
    "핵심요약 ",
    "(서울=연합뉴스) 김철수 기자 = ",
    "━ ",
    "▲",
    "정부는 내년 예산을 5% 줄이기로 했다. ",
    "시의회는 다음 달 예산안을 다시 심사할 계획이다",
    "WASHINGTON (Reuters) - ",
    "The ministry said on Tuesday it would cut the grant by a third. ",
    "By Jane Doe",
    "Copyright 2025 Example. All rights reserved.",
    "Related articles",
    "(AP Photo/Jane Doe)",
    "\n",
    "\r\n",
    "\n\n",
    " ",
    "\u2028",
]
texts = st.one_of(
    st.text(max_size=3000),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=40)), max_size=120).map("".join),
)


def _check(doc: Doc) -> None:
    assert isinstance(doc.lang, str) and doc.lang
    prev = 0
    for i, s in enumerate(doc.segments):
        assert s.index == i
        assert prev <= s.start < s.end <= len(doc.text)
        piece = doc.text[s.start : s.end]
        assert piece.strip() == piece and piece
        prev = s.end


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.one_of(st.none(), st.text(max_size=8)))
def test_clean_never_crashes(text: str, hint: str | None) -> None:
    if not text.strip():
        return  # a Post needs text or html with content
    doc = Doc(post=Post(id="x", text=text, lang=hint))
    clean(doc)
    assert doc.text == text
    _check(doc)


@settings(max_examples=100, deadline=None)
@given(texts)
def test_functions_accept_any_text(text: str) -> None:
    start, end = find_body(text)
    assert 0 <= start <= end <= len(text)
    split_segments(text, start, end)
    detect_language(text, None)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from("<>/\"'= &;abpdivscript\n가"), max_size=500))
def test_html_garbage_never_crashes(html: str) -> None:
    assert isinstance(html_to_text(html), str)


def test_no_catastrophic_backtracking_on_long_lines() -> None:
    nasty = [
        "By " + "Aa " * 200,
        "(" * 320,
        "a@" * 160,
        "기자 " * 100,
        "=" * 320,
        "사진=" * 100,
        "Photo " + "/x" * 150,
        "가" * 319 + ")",
        ". " * 160,
        "\u00a9 " * 150,
        # A notice's rule around a heading: "-" is both a menu separator and a button.
        "-" * 41 + " 일 정 " + "-" * 41,
        "- " * 100 + "환불",
        " – —" * 60 + " 안내",
    ]
    for line in nasty:
        classify_line.cache_clear()
        t0 = time.perf_counter()
        classify_line(line)
        find_body(line * 3)
        assert time.perf_counter() - t0 < 0.25, line[:20]


def test_a_rule_of_dashes_is_no_menu_around_words_but_is_one_alone() -> None:
    assert classify_line("-" * 41 + " 일 정 " + "-" * 41) != "nav"
    for menu in ("-" * 40, "- - -", "+ -", "홈 - 가", "font size: + -"):
        assert classify_line(menu) == "nav", menu
