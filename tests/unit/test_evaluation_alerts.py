"""``newsalerts eval alerts``: extracted posts replayed through the tracker, scored against
happening labels (B-cubed per report, and pairs of reports)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from schemas.models import Event, EventType, ExtractedPost, Magnitude
from streams.cli.main import app
from streams.cluster.tracker import TrackerConfig
from streams.evaluation.alerts import Merge, Split, grouping_errors, replay, replay_alerts, score

DAY = dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)


def _post(pid: str, at: dt.datetime | None, text: str, **event: object) -> ExtractedPost:
    base: dict[str, object] = {
        "type": EventType.TARIFF_CHANGE,
        "actor": "United States",
        "actor_id": "Q30",
        "target": "Ruritanian steel",
        "magnitude": Magnitude(value=25, unit="%"),
        "evidence": text,
        "evidence_start": 0,
        "evidence_end": len(text),
        "confidence": 0.9,
        "rule": "test@1",
    }
    base.update(event)
    return ExtractedPost(
        id=pid,
        url=f"https://{pid}.example/a",
        published_at=at,
        lang="en",
        text=text,
        segments=[],
        entities=[],
        events=[Event.model_validate(base)],
    )


NAMELESS = {"actor": None, "actor_id": None, "target": None, "magnitude": None}
POSTS = [
    # read out of order: the replay sorts by report time
    _post("later", DAY + dt.timedelta(hours=20), "Washington set a 25% duty on Ruritanian steel."),
    _post("first", DAY, "The United States raised tariffs on steel from Ruritania to 25%."),
    _post("strike", DAY + dt.timedelta(hours=1), "Dockers shut the port on Monday.", **NAMELESS),
    _post("bond", DAY + dt.timedelta(hours=2), "Subscriptions close on May 9.", **NAMELESS),
    _post("cars", DAY + dt.timedelta(hours=3), "A 10% duty hit Ruritanian cars.", target="cars"),
]
GOLD = {
    ("first", "tariff_change"): "us-steel",
    ("later", "tariff_change"): "us-steel",
    ("strike", "tariff_change"): "port-strike",
    ("bond", "tariff_change"): "bond-issue",
    ("cars", "tariff_change"): "us-cars",
}


def test_replay_groups_reports_of_one_happening_and_keeps_others_apart() -> None:
    joined = replay(POSTS, TrackerConfig())
    assert joined[("first", "tariff_change")] == joined[("later", "tariff_change")]
    others = {joined[(p, "tariff_change")] for p in ("strike", "bond", "cars")}
    assert len(others) == 3 and joined[("first", "tariff_change")] not in others
    report = score(joined, GOLD)
    assert (report.bcubed_precision, report.bcubed_recall, report.bcubed_f1) == (1.0, 1.0, 1.0)
    assert (report.pairs.tp, report.pairs.fp, report.pairs.fn) == (1, 0, 0)


def test_scores_count_what_is_merged_wrongly_and_what_is_split() -> None:
    predicted = {("a", "t"): "x", ("b", "t"): "x", ("c", "t"): "y", ("d", "t"): "z"}
    gold = {("a", "t"): "h1", ("b", "t"): "h2", ("c", "t"): "h2", ("e", "t"): "h3"}
    report = score(predicted, gold)
    # a and b share an alert but not a happening; b and c share a happening, not an alert
    assert (report.pairs.tp, report.pairs.fp, report.pairs.fn) == (0, 1, 1)
    assert report.bcubed_precision == pytest.approx((1 / 2 + 1 / 2 + 1) / 3)
    assert report.bcubed_recall == pytest.approx((1 + 1 / 2 + 1 / 2) / 3)
    assert (report.scored, report.unlabelled, report.missed) == (3, 1, 1)
    assert (report.alerts, report.happenings) == (2, 2)


def test_the_worst_splits_and_merges_are_named_with_their_keys() -> None:
    replayed = replay_alerts(POSTS, TrackerConfig())
    steel = replayed.joined[("first", "tariff_change")]
    assert replayed.keys[steel] == "tariff_change|Q30"
    # labels that call the steel and car duties one happening, and the strike and bond one
    gold = {**GOLD, ("cars", "tariff_change"): "us-steel", ("bond", "tariff_change"): "port-strike"}
    splits, merges = grouping_errors(replayed.joined, gold, replayed.keys, limit=5)
    assert splits[0] == Split("tariff_change", "us-steel", 3, 2, 2, [("tariff_change|Q30", 3)])
    assert splits[1].happening == "port-strike" and splits[1].missed_pairs == 1
    assert merges == []
    # one alert holding two happenings is a merge; limit keeps the worst
    merged = {**replayed.joined, ("cars", "tariff_change"): steel}
    _, merges = grouping_errors(merged, GOLD, replayed.keys, limit=1)
    assert merges == [Merge(steel, "tariff_change|Q30", 3, [("us-steel", 2), ("us-cars", 1)], 2)]


def test_cli_scores_an_extracted_file(tmp_path: Path) -> None:
    extracted = tmp_path / "extracted.jsonl"
    lines = [p.model_dump_json() for p in POSTS] + [json.dumps({"line": 9, "error": "bad"})]
    extracted.write_text("\n".join(lines) + "\n", encoding="utf-8")
    labels = tmp_path / "labels.jsonl"
    labels.write_text(
        "".join(
            json.dumps({"id": pid, "type": t, "happening": h}) + "\n"
            for (pid, t), h in GOLD.items()
        ),
        encoding="utf-8",
    )
    args = ["eval", "alerts", str(extracted), "--labels", str(labels), "--json"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    got = json.loads(result.stdout.strip().splitlines()[-1])
    assert got["scored"] == 5 and got["errors"] == 1 and got["alerts"] == 4
    assert got["bcubed"]["f1"] == 1.0
    assert got["splits"] == [] and got["merges"] == []  # none asked for, none found
    shown = CliRunner().invoke(app, [*args[:-1], "--show", "3"])
    assert shown.exit_code == 0 and "Happenings split" not in shown.output
    # labels that make the car duty part of the steel happening: a split, named
    labels.write_text(
        labels.read_text(encoding="utf-8").replace('"us-cars"', '"us-steel"'), encoding="utf-8"
    )
    shown = CliRunner().invoke(app, [*args[:-1], "--show", "3"])
    assert shown.exit_code == 0, shown.output
    assert "us-steel: 3 reports in 2 alerts, 2 pairs split" in shown.output
    assert "keys: tariff_change|Q30 ×3" in shown.output
