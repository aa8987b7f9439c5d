"""Intake: invalid posts become dead letters with a reason and their original bytes."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from streams.intake import InvalidPostError, SourceRecord, dead_letter, parse_post
from streams.intake.files import post_from_text, published_at_from_furniture

GOOD = {"id": "p1", "source": "wire", "url": "https://x.example/1", "text": "Body."}


def test_parses_a_valid_post() -> None:
    post = parse_post(json.dumps(GOOD).encode())
    assert post.id == "p1"
    assert post.published_at is None


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"\xff\xfe not utf-8", "not_utf8"),
        (b"not json", "invalid_json"),
        (b"[1, 2]", "not_an_object"),
        (json.dumps({"id": "x"}).encode(), "schema"),
        (json.dumps({"id": "x", "text": "   "}).encode(), "schema"),
        (json.dumps({"text": "no id"}).encode(), "schema"),
        (json.dumps({**GOOD, "published_at": "yesterday-ish"}).encode(), "schema"),
    ],
)
def test_rejects_with_a_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(InvalidPostError) as err:
        parse_post(raw)
    assert err.value.reason == reason
    assert err.value.detail


def test_html_only_post_is_valid() -> None:
    post = parse_post(json.dumps({"id": "h", "html": "<p>hi</p>"}).encode())
    assert post.html == "<p>hi</p>"


def test_dead_letter_keeps_original_bytes_and_origin() -> None:
    raw = b"\x00broken{"
    letter = dead_letter(raw, SourceRecord("t", 2, 41, b"k"), "invalid_json", "bad")
    assert base64.b64decode(letter.original_b64) == raw
    assert base64.b64decode(letter.original_key_b64 or "") == b"k"
    assert (letter.topic, letter.partition, letter.offset) == ("t", 2, 41)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("작성자 someone 조회 3회 작성일 24-12-01 09:05\n본문", "2024-12-01T09:05:00+09:00"),
        ("입력 2023.07.15 18:30 수정 2023.07.16", "2023-07-15T18:30:00+09:00"),
        ("Published: 2022-01-02", "2022-01-02T00:00:00+09:00"),
    ],
)
def test_publication_stamp_from_page_furniture(text: str, iso: str) -> None:
    stamp = published_at_from_furniture(text)
    assert stamp is not None and stamp.isoformat() == iso


def test_text_page_without_stamp_has_no_date() -> None:
    post = post_from_text(Path("page.txt"), "Just a body of text.")
    assert post.published_at is None
    assert post.id.startswith("page-")


def test_html_page_is_sent_as_markup_for_the_clean_stage() -> None:
    post = post_from_text(Path("story.HTML"), "<html><body><p>Body.</p></body></html>")
    assert post.html is not None and post.text is None
