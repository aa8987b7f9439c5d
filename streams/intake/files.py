"""Posts from files: JSON Lines of posts, or plain text pages as a scraper saved them."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

from schemas.models import Post

# Board and portal pages print their publication time in the page furniture
# ("작성일 25-04-11 00:11", "입력 2025.04.11 09:30", "Published: 2025-04-11 09:30").
# A scraper that saved only the page text still left us that line.
_STAMP = re.compile(
    r"(?:작성일|등록일|입력|게시일|Published|Posted|Date)\s*[:：]?\s*"
    r"(?P<y>\d{2}|\d{4})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})"
    r"(?:\.?\s+(?P<H>\d{1,2}):(?P<M>\d{2}))?"
)


def published_at_from_furniture(text: str, tz: str = "Asia/Seoul") -> dt.datetime | None:
    """The first publication stamp in the page's furniture, in ``tz`` when it has none."""
    m = _STAMP.search(text[:3000])
    if not m:
        return None
    year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
    try:
        return dt.datetime(
            year, int(m["m"]), int(m["d"]), int(m["H"] or 0), int(m["M"] or 0), tzinfo=ZoneInfo(tz)
        )
    except ValueError:
        return None


# Saved pages whose markup the clean stage must reduce to main text (trafilatura), rather than
# read as text with tags in it.
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_JSON_SUFFIXES = {".jsonl", ".json", ".ndjson"}


def post_from_text(path: Path, text: str, tz: str = "Asia/Seoul") -> Post:
    """One post from a saved page: its text, or its markup when the file is HTML."""
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    is_html = path.suffix.lower() in _HTML_SUFFIXES
    return Post(
        id=f"{path.stem}-{digest}",
        source=f"file:{path.name}",
        text=None if is_html else text,
        html=text if is_html else None,
        published_at=published_at_from_furniture(text, tz),
    )


def read_post_lines(path: Path | None) -> Iterator[bytes]:
    """Raw JSON lines (not validated: invalid ones must still reach the dead-letter topic)."""
    import sys

    stream = sys.stdin.buffer if path is None else path.open("rb")
    with stream:
        for line in stream:
            if line.strip():
                yield line.rstrip(b"\r\n")


def raw_posts_from_file(path: Path, tz: str = "Asia/Seoul") -> Iterator[bytes]:
    """Message values from a ``.jsonl``/``.json`` file, or one post from a saved text or HTML
    page."""
    if path.suffix.lower() in _JSON_SUFFIXES:
        yield from read_post_lines(path)
        return
    text = path.read_text(encoding="utf-8")
    yield post_from_text(path, text, tz).model_dump_json(exclude_none=True).encode("utf-8")


def count_lines(path: Path) -> int:
    if path.suffix.lower() not in _JSON_SUFFIXES:
        return 1
    with path.open("rb") as fh:
        return sum(1 for line in fh if line.strip())
