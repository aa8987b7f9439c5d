"""``newsalerts eval entities --show``: the errors by kind, the held-out split left unread."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from streams.cli.main import app
from streams.evaluation.entities import evaluate_entities

TEXT = "Angela Merkel met union leaders in Berlin on Tuesday, Reuters reported."


def _span(text: str, label: str, start: int = 0) -> dict[str, object]:
    at = TEXT.index(text, start)
    return {"start": at, "end": at + len(text), "label": label, "text": text}


def _labelled(tmp_path: Path) -> Path:
    """n-0 is in the tuning split, n-2 in the held-out one (SHA-1 of the id). The gold spans
    are chosen to disagree with the recogniser in every way it can."""
    gold = [
        _span("Merkel", "PERSON"),  # boundary: the recogniser reads "Angela Merkel"
        _span("Berlin", "ORG"),  # label: the recogniser reads LOC
        _span("union", "ORG"),  # missed: nothing overlaps it
        # Reuters is not in the gold: a false name
    ]
    rows = [
        {
            "id": "n-0",
            "lang": "en",
            "text": TEXT,
            "entities": gold,
            "labels_scored": ["PERSON", "ORG", "LOC"],
        },
        {
            "id": "n-2",
            "lang": "en",
            "text": TEXT,
            "entities": gold,
            "labels_scored": ["PERSON", "ORG", "LOC"],
        },
    ]
    path = tmp_path / "ner.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_errors_are_sorted_into_kinds(tmp_path: Path) -> None:
    report = evaluate_entities(_labelled(tmp_path))
    tuning = [(m.kind, m.label, m.text, m.note) for m in report.mistakes if m.split == "dev"]
    assert tuning == [
        ("boundary", "PERSON", "Merkel", "read as 'Angela Merkel'"),
        ("fn", "ORG", "union", ""),
        ("label", "ORG", "Berlin", "read as LOC"),
        ("fp", "ORG", "Reuters", ""),
    ]
    assert {m.split for m in report.mistakes} == {"dev", "held_out"}


def test_cli_lists_the_tuning_splits_errors_only(tmp_path: Path) -> None:
    args = ["eval", "entities", str(_labelled(tmp_path))]
    plain = CliRunner().invoke(app, args)
    assert plain.exit_code == 0, plain.output
    assert "⟦" not in plain.output
    shown = CliRunner().invoke(app, [*args, "--show", "3"], terminal_width=300)
    assert shown.exit_code == 0, shown.output
    assert "en ORG, label (1 of 1)" in shown.output
    assert "leaders in ⟦Berlin⟧ on Tuesday" in shown.output
    assert "⟦Berlin⟧ on Tuesday, Reuters  [read as LOC]" in shown.output
    assert "n-2" not in shown.output and "4 held_out errors not listed" in shown.output
    both = CliRunner().invoke(app, [*args, "--show", "3", "--show-held-out"], terminal_width=300)
    assert "held_out n-2:" in both.output
    as_json = CliRunner().invoke(app, [*args, "--show", "1", "--json"])
    got = json.loads(as_json.stdout.strip().splitlines()[-1])
    assert sorted((m["kind"], m["text"]) for m in got["mistakes"]) == [
        ("boundary", "Merkel"),
        ("fn", "union"),
        ("fp", "Reuters"),
        ("label", "Berlin"),
    ]
