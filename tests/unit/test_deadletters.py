"""Selecting and showing dead letters (pure parts of `newsalerts deadletters`)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from rich.console import Console

from schemas.models import DeadLetter
from streams.cli.deadletters import Selection, by_reason, original, table
from streams.intake import SourceRecord, dead_letter

AT = dt.datetime(2026, 3, 4, 10, tzinfo=dt.UTC)


Stage = Literal["intake", "clean", "extract", "alert"]


def _letter(
    raw: bytes, reason: str, stage: Stage = "intake", key: bytes | None = None
) -> DeadLetter:
    record = SourceRecord("newsalerts.posts.v1", 0, 7, key)
    return dead_letter(raw, record, reason, f"{reason} detail", stage, now=AT)


def test_selection_by_reason_and_stage() -> None:
    bad_json = _letter(b"{", "invalid_json")
    crash = _letter(b'{"id": "x"}', "extract_error", stage="extract")
    assert Selection()(bad_json) and Selection()(crash)
    assert Selection(reasons=frozenset({"invalid_json"}))(bad_json)
    assert not Selection(reasons=frozenset({"invalid_json"}))(crash)
    assert Selection(stages=frozenset({"extract"}))(crash)
    assert not Selection(stages=frozenset({"extract"}))(bad_json)
    assert by_reason([bad_json, crash, bad_json]) == {
        "intake/invalid_json": 2,
        "extract/extract_error": 1,
    }


def test_original_bytes_and_key_come_back_exactly() -> None:
    raw = "뉴스 <!channel> \x00".encode()
    assert original(_letter(raw, "schema", key=b"post-1")) == (raw, b"post-1")
    assert original(_letter(raw, "schema")) == (raw, None)


def test_table_shows_where_each_letter_came_from() -> None:
    console = Console(width=200, record=True)
    console.print(table([_letter(b"{", "invalid_json")]))
    text = console.export_text()
    assert "newsalerts.posts.v1[0]@7" in text and "invalid_json" in text and "1 dead letter" in text
