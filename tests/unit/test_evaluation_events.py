"""The event evaluation reads labels that give a type (and a size) without the other slots."""

from __future__ import annotations

import json
from pathlib import Path

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
