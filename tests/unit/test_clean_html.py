"""HTML posts: the main text is extracted, then cleaned like a text post."""

from __future__ import annotations

import pytest

from schemas.models import Post
from streams.clean import clean
from streams.clean import html as html_mod
from streams.clean.html import strip_tags
from streams.doc import Doc

PARAGRAPHS = [
    "OTTAWA (Reuters) - Canada will cut federal grants for home clean-energy retrofits by a "
    "third next year, the finance ministry said on Tuesday, as the government tries to narrow "
    "its deficit.",
    "The program, which paid up to C$5,000 per household for heat pumps and insulation, will "
    "receive C$1.2 billion in 2026, down from C$1.8 billion this year.",
    "Environmental groups said the move would slow the country's progress toward its emissions "
    "targets, and opposition lawmakers promised to fight the cut in parliament.",
    "The ministry said households that had already applied would still be paid in full.",
]

PAGE = f"""<!doctype html>
<html lang="en"><head><title>Canada to cut grants | Example News</title>
<script>var tracking = "do not extract";</script><style>body {{ color: red; }}</style></head>
<body>
<header><a href="/">Example News</a><nav><ul><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/login">Log in</a></li></ul></nav></header>
<main><article>
<h1>Canada to cut clean-energy grants by a third</h1>
<p class="byline">By Maria Lopez</p>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
<p>Copyright 2025 Example News. All rights reserved.</p>
</article>
<aside><h2>Related stories</h2>
<ul><li><a href="/a">Ottawa unveils spending review</a></li></ul></aside>
</main>
<footer><p>Contact us</p><p>Privacy policy</p></footer>
</body></html>"""


def _clean_html(html: str) -> Doc:
    doc = Doc(post=Post(id="h", html=html, lang="en"))
    clean(doc)
    return doc


def _check(doc: Doc) -> None:
    assert len(doc.segments) == 1
    seg = doc.segments[0]
    body = doc.text[seg.start : seg.end]
    for p in PARAGRAPHS:
        assert p in body
    for furniture in ("tracking", "color: red", "Log in", "Privacy policy", "Copyright", "Related"):
        assert furniture not in body
    assert doc.lang == "en"
    assert not seg.truncated


def test_html_main_text_is_extracted() -> None:
    doc = _clean_html(PAGE)
    assert "Canada will cut federal grants" in doc.text
    assert "var tracking" not in doc.text
    _check(doc)


def test_fallback_tag_strip_when_trafilatura_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_mod, "_trafilatura", lambda html, url: None)
    doc = _clean_html(PAGE)
    # Furniture elements are dropped by the strip itself, the rest by the line rules.
    assert "World" not in doc.text and "Privacy policy" not in doc.text
    _check(doc)


def test_strip_tags_keeps_blocks_on_their_own_lines() -> None:
    text = strip_tags("<div>a<p>b &amp; c</p><br>d<script>x</script></div><nav>menu</nav>")
    assert text == "a\nb & c\n\nd"
    assert strip_tags("<p>unclosed <b>tags") == "unclosed tags"
    assert strip_tags("") == ""


def test_text_wins_over_html_and_is_kept_verbatim() -> None:
    text = "  " + PARAGRAPHS[0] + "\r\n\r\n" + PARAGRAPHS[1] + "  "
    doc = Doc(post=Post(id="t", text=text, html=PAGE))
    clean(doc)
    assert doc.text == text
    seg = doc.segments[0]
    assert doc.text[seg.start : seg.end] == PARAGRAPHS[0] + "\r\n\r\n" + PARAGRAPHS[1]


KO_PAGE = """<html><body><div class="gnb"><a>로그인</a> <a>회원가입</a></div>
<div class="top"><span>예시일보</span></div>
<h3 class="title">서울시, 청년 월세 지원 예산 30% 삭감</h3>
<div class="info">입력 2025.11.12 10:31 | 김하늘 기자</div>
<div id="article_body">서울시가 내년도 청년 주거 지원 예산을 올해보다 30% 줄이기로 했다.<br><br>
시는 12일 발표한 2026년 예산안에서 청년 월세 지원 사업 예산을 420억원에서 294억원으로
삭감했다고 밝혔다.<br><br>시민단체들은 지원을 줄이는 것은 잘못된 결정이라며 반발했다.<br><br>
김하늘 기자 sky@example.co.kr<br>저작권자 © 예시일보 무단전재 및 재배포 금지</div>
<div class="footer">회사소개 | 이용약관 | 개인정보처리방침</div></body></html>"""


def test_korean_portal_html() -> None:
    doc = Doc(post=Post(id="k", html=KO_PAGE))
    clean(doc)
    assert doc.lang == "ko"
    assert len(doc.segments) == 1
    body = doc.text[doc.segments[0].start : doc.segments[0].end]
    assert body.startswith("서울시가 내년도") and body.endswith("반발했다.")
