"""The ``clean`` pipeline component: fills ``doc.text``, ``doc.segments``, ``doc.furniture`` and
``doc.lang``.

``doc.text`` is the post's own text verbatim (or the main text of its HTML), because every
offset downstream points into it; cleaning only decides which ranges of it are article text.
"""

from __future__ import annotations

from schemas.models import Post
from streams.clean.boilerplate import find_body, inner_furniture
from streams.clean.html import html_to_text
from streams.clean.language import detect_language
from streams.clean.segments import split_segments
from streams.clean.title import header_title
from streams.doc import Doc


def clean(doc: Doc) -> None:
    post = doc.post
    doc.text = text_basis(post)
    start, end = find_body(doc.text)
    # The body, not the page: an English menu must not make a Korean article English. The
    # title counts too: a one-line post has few words to tell its language by.
    body = doc.text[start:end] or doc.text
    doc.lang = detect_language(f"{post.title}\n{body}" if post.title else body, post.lang)
    segments = split_segments(doc.text, start, end)
    if segments and segments[0].title is None:
        title = (post.title or "").strip() or header_title(doc.text, start, end)
        segments[0] = segments[0].model_copy(update={"title": title})
    doc.segments = segments
    doc.furniture = inner_furniture(doc.text, start, end)


def text_basis(post: Post) -> str:
    """The text all offsets point into: ``post.text`` untouched, else the HTML's main text."""
    if post.text and post.text.strip():
        return post.text
    return html_to_text(post.html or "", post.url)
