"""``newsalerts extract``: one JSON line out per line in, in order, through the real pipeline."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from streams.cli.main import app

POSTS = [
    {
        "id": "en-1",
        "source": "t",
        "published_at": "2026-03-04T10:00:00Z",
        "text": "Mexico said on Tuesday it will raise tariffs on imported steel to 35% from 20%.",
    },
    {
        "id": "ko-no-date",
        "text": "서울시는 내년도 청년 교통비 지원 예산 12억 원을 전액 삭감했다고 밝혔다.",
    },
    {"id": "plain", "text": "The weather was mild and the markets were quiet on Friday."},
]


def _run(tmp_path: Path, lines: list[str]) -> list[dict[str, object]]:
    src = tmp_path / "posts.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(src)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_output_keeps_input_order_and_offsets(tmp_path: Path) -> None:
    out = _run(tmp_path, [json.dumps(p, ensure_ascii=False) for p in POSTS])
    assert [o["id"] for o in out] == ["en-1", "ko-no-date", "plain"]
    for rec, post in zip(out, POSTS, strict=True):
        for ent in rec["entities"]:  # type: ignore[attr-defined]
            assert post["text"][ent["start"] : ent["end"]] == ent["text"]
            assert ent["label"] in {"PERSON", "ORG", "LOC", "DATE", "MONEY", "PERCENT", "PRODUCT"}


def test_events_carry_type_magnitude_status_evidence(tmp_path: Path) -> None:
    out = _run(tmp_path, [json.dumps(p, ensure_ascii=False) for p in POSTS[:2]])
    tariff = {e["type"]: e for e in out[0]["events"]}["tariff_change"]  # type: ignore[index]
    assert tariff["magnitude"] == {"value": 35.0, "unit": "%"}
    assert tariff["status"] and tariff["evidence"]
    cut = {e["type"]: e for e in out[1]["events"]}["budget_cut"]  # type: ignore[index]
    assert cut["magnitude"] == {"value": 1200000000.0, "unit": "KRW"}


def test_invalid_lines_give_error_lines_in_place(tmp_path: Path) -> None:
    out = _run(tmp_path, ["not json", json.dumps(POSTS[2]), json.dumps({"id": "x"})])
    assert out[0]["error"] == "invalid_json" and out[0]["line"] == 1
    assert out[1]["id"] == "plain"
    assert out[2]["error"] == "schema" and out[2]["line"] == 3


def test_saved_text_page_is_one_post_dated_by_its_furniture(tmp_path: Path) -> None:
    page = tmp_path / "board.txt"
    page.write_text(
        "작성자 관리자 | 조회 120 | 작성일 25-04-11 00:11\n"
        "서울시는 내년도 청년 교통비 지원 예산 12억 원을 전액 삭감했다고 밝혔다.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", str(page)])
    assert result.exit_code == 0, result.output
    [out] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert out["id"].startswith("board-")
    assert out["published_at"].startswith("2025-04-11T00:11")
    assert [e["type"] for e in out["events"]] == ["budget_cut"]


def test_saved_html_page_is_reduced_to_its_main_text(tmp_path: Path) -> None:
    body = "Mexico said on Tuesday it will raise tariffs on imported steel to 35% from 20%. " * 3
    page = tmp_path / "story.html"
    page.write_text(
        "<html><head><title>Steel</title></head><body><nav><a href='/'>Home</a> | "
        f"<a href='/world'>World</a></nav><article><p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", str(page)])
    assert result.exit_code == 0, result.output
    [out] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert "<" not in out["text"] and "Home" not in out["text"]
    assert "tariff_change" in {e["type"] for e in out["events"]}
