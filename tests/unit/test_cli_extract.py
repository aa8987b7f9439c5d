"""``newsalerts extract``: one JSON line out per line in, in order, through the real pipeline."""

from __future__ import annotations

import io
import json
from pathlib import Path

from rich.console import Console
from typer.testing import CliRunner

from streams.cli.main import app
from streams.cli.offline import extract_lines
from streams.doc import Doc
from streams.pipeline import Component, Pipeline
from tests.unit.test_isolated import trap_pipeline

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


def test_a_post_past_the_timeout_gives_an_error_line_and_the_run_goes_on(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "stalls", "text": "A STALL in extraction."}),
        json.dumps({"id": "crashes", "text": "A CRASH in native code."}),
        json.dumps(POSTS[2]),
    ]
    src = tmp_path / "posts.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = io.StringIO()
    failures = extract_lines(
        src, out, Console(file=io.StringIO()), timeout=3.0, pipeline_factory=trap_pipeline
    )
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert failures == 2
    assert records[0] == {"line": 1, "error": "extract_timeout", "detail": records[0]["detail"]}
    assert records[1]["line"] == 2 and records[1]["error"] == "extract_crashed"
    assert records[2]["id"] == "plain"


def test_an_extraction_error_gives_an_error_line_and_the_run_goes_on(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "fails", "text": "A FAILURE in a rule."}), json.dumps(POSTS[2])]
    src = tmp_path / "posts.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = io.StringIO()
    failures = extract_lines(
        src, out, Console(file=io.StringIO()), pipeline_factory=failing_pipeline
    )
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert failures == 1
    assert records[0]["error"] == "extract_error" and "no rule for this" in records[0]["detail"]
    assert records[1]["id"] == "plain"


def test_the_timeout_option_extracts_as_in_process(tmp_path: Path) -> None:
    src = tmp_path / "posts.jsonl"
    src.write_text("\n".join(json.dumps(p, ensure_ascii=False) for p in POSTS) + "\n")
    plain = CliRunner().invoke(app, ["extract", str(src)])
    timed = CliRunner().invoke(app, ["extract", "--timeout", "300", str(src)])
    assert plain.exit_code == timed.exit_code == 0, timed.output
    assert timed.stdout == plain.stdout


def _fail(doc: Doc) -> None:
    if "FAILURE" in doc.text:
        raise LookupError("no rule for this")


def failing_pipeline() -> Pipeline:
    return Pipeline([*trap_pipeline().components, Component("fail", _fail, requires=("text",))])
