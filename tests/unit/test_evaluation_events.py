"""The event evaluation reads labels that give a type (and a size) without the other slots."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner, Result

from streams.cli.main import app
from streams.evaluation.events import evaluate_events


def test_labels_with_only_types_and_magnitudes_are_scored(tmp_path: Path) -> None:
    rows = [
        {
            "id": "t-1",
            "lang": "en",
            "date": "2025-06-01",
            "title": "Council cuts library budget",
            "text": "The city council cut $2 million from the library budget on Tuesday.",
            "events": [{"type": "budget_cut", "magnitude": {"value": 2000000, "unit": "USD"}}],
        },
        {
            "id": "t-2",
            "lang": "en",
            "date": "2025-06-01",
            "title": "Weather",
            "text": "Rain is expected across the region on Wednesday.",
            "events": [{"type": "service_suspension"}],
        },
    ]
    path = tmp_path / "labels.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    report = evaluate_events(path)
    [missed] = [m for m in report.mistakes if m.kind == "fn"]
    assert (missed.post_id, missed.detail) == ("t-2", "")
    assert report.posts == 2


def _labelled(tmp_path: Path) -> Path:
    """e-0 and e-1 fall in the tuning split, e-13 in the held-out one (SHA-1 of the id)."""
    fined = "The regulator fined the bank $5 million on Monday for [bold]misleading[/bold] savers."
    rows = [
        # a real fine the gold leaves out: a false event
        {"id": "e-0", "lang": "en", "date": "2025-06-02", "title": "", "text": fined, "events": []},
        # a weather story labelled as a halt: a missed event
        {
            "id": "e-1",
            "lang": "en",
            "date": "2025-06-02",
            "title": "Weather",
            "text": "Rain is expected across the region on Wednesday.",
            "events": [{"type": "service_suspension", "evidence": "Rain is expected"}],
        },
        {
            "id": "e-13",
            "lang": "en",
            "date": "2025-06-02",
            "title": "",
            "text": fined,
            "events": [],
        },
    ]
    path = tmp_path / "labels.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_cli_lists_the_tuning_splits_errors_and_keeps_the_held_out_ones_unread(
    tmp_path: Path,
) -> None:
    path = _labelled(tmp_path)
    args = ["eval", "events", str(path)]
    plain = CliRunner().invoke(app, args)
    assert plain.exit_code == 0, plain.output
    assert "false events" not in plain.output
    shown = CliRunner().invoke(app, [*args, "--show", "5"], terminal_width=300)
    assert shown.exit_code == 0, shown.output
    assert "tuning: false events (1 of 1)" in shown.output
    assert "e-0 en sanction_fine:" in shown.output
    # scraped text is printed as it is, not read as rich markup
    assert "[bold]misleading[/bold]" in shown.output
    assert "tuning: missed events (1 of 1)" in shown.output
    assert "e-1 en service_suspension: Rain is expected" in shown.output
    assert "e-13" not in shown.output and "1 held_out errors not listed" in shown.output
    both = CliRunner().invoke(app, [*args, "--show", "5", "--show-held-out"], terminal_width=300)
    assert (
        "held_out: false events (1 of 1)" in both.output and "e-13 en sanction_fine" in both.output
    )
    as_json = CliRunner().invoke(app, [*args, "--show", "1", "--json"])
    got = json.loads(as_json.stdout.strip().splitlines()[-1])
    assert [(m["post_id"], m["kind"]) for m in got["tuning"]["mistakes"]] == [
        ("e-0", "fp"),
        ("e-1", "fn"),
    ]
    assert "mistakes" not in got["held_out"]


def test_saved_predictions_are_scored_as_they_were_made(tmp_path: Path) -> None:
    """A blind round: extract first, label afterwards, score the saved output."""
    labels = _labelled(tmp_path)
    extracted = tmp_path / "extracted.jsonl"
    out = CliRunner().invoke(app, ["extract", str(labels)])
    assert out.exit_code == 0, out.output
    extracted.write_text(out.stdout, encoding="utf-8")
    live = CliRunner().invoke(app, ["eval", "events", str(labels), "--json"])
    saved = CliRunner().invoke(
        app, ["eval", "events", str(labels), "--predicted", str(extracted), "--json"]
    )
    assert saved.exit_code == 0, saved.output

    def micro(result: Result) -> list[dict[str, object]]:
        got = json.loads(result.stdout.strip().splitlines()[-1])
        return [got[split]["micro"] for split in ("tuning", "held_out")]

    assert micro(saved) == micro(live)
    # what the saved file says is what is scored, whatever the code now extracts
    cleared = [json.loads(line) | {"events": []} for line in out.stdout.splitlines()]
    extracted.write_text("".join(json.dumps(r) + "\n" for r in cleared), encoding="utf-8")
    nothing = CliRunner().invoke(
        app, ["eval", "events", str(labels), "--predicted", str(extracted), "--json"]
    )
    assert [m["tp"] + m["fp"] for m in micro(nothing)] == [0, 0]
    # a labelled post the predictions lack is an error, not a post without events
    extracted.write_text(json.dumps(cleared[0]) + "\n", encoding="utf-8")
    partial = CliRunner().invoke(
        app, ["eval", "events", str(labels), "--predicted", str(extracted)]
    )
    assert partial.exit_code == 1 and "no prediction for labelled post 'e-1'" in partial.output
