"""Main text of an HTML page: trafilatura first, a plain tag strip when it finds nothing.

trafilatura is the strongest open main-text extractor, but Korean portals are a known weak
spot (it can return nothing); the fallback keeps the page's text with block elements as lines
and drops the elements that are furniture by construction (nav, header, footer, scripts…),
leaving the rest to the line-based boilerplate rules.
"""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser

log = logging.getLogger(__name__)

# Elements whose content is never article text.
_SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "iframe",
        "head",
        "title",
    }
)
# Elements that start a new line (so that menus and paragraphs stay apart).
_BLOCK = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "td",
        "th",
        "table",
        "section",
        "article",
        "main",
        "blockquote",
        "figure",
        "figcaption",
        "dd",
        "dt",
        "hr",
        "pre",
        "address",
    }
)
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")
_BLANKS = re.compile(r"\n\s*\n+")


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: dict[str, int] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping[tag] = self.skipping.get(tag, 0) + 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skipping.get(tag):
            self.skipping[tag] -= 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not any(self.skipping.values()):
            self.parts.append(data)


def strip_tags(html: str) -> str:
    """Visible text of ``html`` without furniture elements, one block per line."""
    parser = _TextOnly()
    parser.feed(html)
    parser.close()
    lines = (_SPACES.sub(" ", ln).strip() for ln in "".join(parser.parts).split("\n"))
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def html_to_text(html: str, url: str | None = None) -> str:
    """Main text of a page; never raises on malformed markup."""
    text = _trafilatura(html, url)
    return text if text and text.strip() else strip_tags(html)


def _trafilatura(html: str, url: str | None) -> str | None:
    try:
        # Imported on first use: it loads lxml and its own models, which text posts never need.
        import trafilatura
    except ImportError as exc:  # e.g. a missing lxml_html_clean: degrade, don't drop posts
        log.warning("trafilatura unavailable, using the plain tag strip: %s", exc)
        return None
    try:
        result = trafilatura.extract(
            html,
            url=url,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            deduplicate=False,
        )
    except Exception as exc:  # trafilatura raises on some malformed trees; the fallback copes
        log.debug("trafilatura failed: %s", exc)
        return None
    return result if isinstance(result, str) else None
