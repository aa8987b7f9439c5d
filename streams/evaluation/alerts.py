"""Scoring of alert grouping: do reports of one happening become one alert, and only they?

Input is what ``newsalerts extract`` prints (one extracted post per line; error lines are
counted and skipped) and a labels file: one line per report, ``{"id": post id, "type": event
type, "happening": label}``, where reports of the same real-world happening share a label
(its announcement, coming into force and later reports are one happening). The posts are
replayed through the cluster tracker in the order the worker would see them at the earliest
(by report time, as ``streams.cluster.observe`` dates them), with the worker's window and span.

Each report (post, type) the replay alerts on and the labels know is scored. B-cubed
precision and recall (per report: the share of its alert that is its happening, and of its
happening that is its alert) say how clean and how whole alerts are; pairwise counts say the
same per pair of reports and weigh big happenings more. Reports the replay makes that the
labels lack, and labelled reports in no alert (extraction found no such event, or the
tracker's bounds took no more evidence), are counted apart, never scored.

``grouping_errors`` names the worst of both kinds, with the cluster keys involved: happenings
split over several alerts (often one key per way of naming the actor) and alerts that merged
several happenings — where to look next.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from schemas.models import ExtractedPost
from streams.cluster.observe import observations, reported_at
from streams.cluster.tracker import KeyState, TrackerConfig, observe
from streams.evaluation.scoring import Counts, read_jsonl

Report = tuple[str, str]  # (post id, event type)

# Undated posts with no broker time all sit at this instant; the replay keeps file order.
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class AlertReport:
    scored: int  # reports both replayed and labelled
    alerts: int
    happenings: int
    bcubed_precision: float
    bcubed_recall: float
    pairs: Counts  # tp: same alert and happening; fp: same alert only; fn: same happening only
    unlabelled: int  # replayed reports the labels do not know
    missed: int  # labelled reports in no alert (not extracted, or past the tracker's bounds)
    errors: int  # error lines in the extracted file
    splits: list[Split] = field(default_factory=list)  # filled on request: the worst
    merges: list[Merge] = field(default_factory=list)

    @property
    def bcubed_f1(self) -> float:
        p, r = self.bcubed_precision, self.bcubed_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "scored": self.scored,
            "alerts": self.alerts,
            "happenings": self.happenings,
            "bcubed": {
                "precision": round(self.bcubed_precision, 4),
                "recall": round(self.bcubed_recall, 4),
                "f1": round(self.bcubed_f1, 4),
            },
            "pairs": self.pairs.to_json(),
            "unlabelled": self.unlabelled,
            "missed": self.missed,
            "errors": self.errors,
            "splits": [asdict(e) for e in self.splits],
            "merges": [asdict(e) for e in self.merges],
        }


@dataclass(frozen=True)
class Replayed:
    joined: dict[Report, str]  # report -> the alert it joined
    keys: dict[str, str]  # alert id -> its cluster key (type|actor)


@dataclass(frozen=True)
class Split:
    """One happening whose reports went to several alerts."""

    type: str
    happening: str
    reports: int
    alerts: int
    missed_pairs: int
    keys: list[tuple[str, int]]  # cluster keys of its reports, most reports first


@dataclass(frozen=True)
class Merge:
    """One alert that holds reports of several happenings."""

    alert_id: str
    key: str
    reports: int
    happenings: list[tuple[str, int]]  # most reports first
    wrong_pairs: int


def replay(posts: Iterable[ExtractedPost], config: TrackerConfig) -> dict[Report, str]:
    """The alert each report (post, type) joins when the posts arrive in report-time order; a
    post that reports one type under two keys (two actors) counts with its most confident."""
    return replay_alerts(posts, config).joined


def replay_alerts(posts: Iterable[ExtractedPost], config: TrackerConfig) -> Replayed:
    """``replay``, and the cluster key of each alert."""
    ordered = sorted(enumerate(posts), key=lambda p: (reported_at(p[1], _EPOCH), p[0]))
    states: dict[str, KeyState] = {}
    joined: dict[Report, tuple[float, str]] = {}
    keys: dict[str, str] = {}
    for _, post in ordered:
        for obs in observations(post, [], _EPOCH):
            step = observe(states.get(obs.key), obs, obs.reported_at, config)
            states[obs.key] = step.state
            cluster = next(
                (c for c in step.state.clusters if any(m.post_id == post.id for m in c.members)),
                None,
            )
            if cluster is None or obs.event is None:
                continue  # bounded state: the tracker took no more evidence for this key
            report = (post.id, obs.event.type.value)
            keys[cluster.alert_id] = obs.key
            if report not in joined or obs.event.confidence > joined[report][0]:
                joined[report] = (obs.event.confidence, cluster.alert_id)
    return Replayed({report: alert for report, (_, alert) in joined.items()}, keys)


def score(
    predicted: Mapping[Report, str], gold: Mapping[Report, str], errors: int = 0
) -> AlertReport:
    """B-cubed and pairwise agreement of two groupings over the reports both know."""
    reports = sorted(r for r in predicted if r in gold)
    by_alert: dict[str, set[Report]] = defaultdict(set)
    by_happening: dict[tuple[str, str], set[Report]] = defaultdict(set)
    for r in reports:
        by_alert[predicted[r]].add(r)
        by_happening[(r[1], gold[r])].add(r)
    precision = recall = 0.0
    for r in reports:
        alert, happening = by_alert[predicted[r]], by_happening[(r[1], gold[r])]
        both = len(alert & happening)
        precision += both / len(alert)
        recall += both / len(happening)
    # Pairs counted from group sizes (an alert holds one type, so pairs of it share a type).
    cells = Counter((predicted[r], r[1], gold[r]) for r in reports)
    tp = sum(_pairs(n) for n in cells.values())
    same_alert = sum(_pairs(len(g)) for g in by_alert.values())
    same_happening = sum(_pairs(len(g)) for g in by_happening.values())
    pairs = Counts(tp=tp, fp=same_alert - tp, fn=same_happening - tp)
    n = len(reports)
    return AlertReport(
        scored=n,
        alerts=len(by_alert),
        happenings=len(by_happening),
        bcubed_precision=precision / n if n else 0.0,
        bcubed_recall=recall / n if n else 0.0,
        pairs=pairs,
        unlabelled=sum(1 for r in predicted if r not in gold),
        missed=sum(1 for r in gold if r not in predicted),
        errors=errors,
    )


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def grouping_errors(
    predicted: Mapping[Report, str],
    gold: Mapping[Report, str],
    keys: Mapping[str, str],
    limit: int,
) -> tuple[list[Split], list[Merge]]:
    """The ``limit`` happenings split worst and alerts merged worst, by pairs of reports."""
    reports = [r for r in predicted if r in gold]
    by_happening: dict[tuple[str, str], list[Report]] = defaultdict(list)
    by_alert: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        by_happening[(r[1], gold[r])].append(r)
        by_alert[predicted[r]].append(r)
    splits = []
    for (kind, happening), members in by_happening.items():
        alerts = Counter(predicted[r] for r in members)
        if len(alerts) > 1:
            missed = _pairs(len(members)) - sum(_pairs(n) for n in alerts.values())
            key_counts = Counter(keys.get(predicted[r], "?") for r in members).most_common()
            splits.append(Split(kind, happening, len(members), len(alerts), missed, key_counts))
    merges = []
    for alert, members in by_alert.items():
        happenings = Counter(gold[r] for r in members)
        if len(happenings) > 1:
            wrong = _pairs(len(members)) - sum(_pairs(n) for n in happenings.values())
            merges.append(
                Merge(alert, keys.get(alert, "?"), len(members), happenings.most_common(), wrong)
            )
    splits.sort(key=lambda e: (-e.missed_pairs, e.type, e.happening))
    merges.sort(key=lambda e: (-e.wrong_pairs, e.alert_id))
    return splits[:limit], merges[:limit]


def read_labels(path: Path) -> dict[Report, str]:
    return {(row["id"], row["type"]): str(row["happening"]) for row in read_jsonl([path])}


def evaluate_alerts(
    extracted: Path,
    labels: Path,
    config: TrackerConfig,
    progress: Callable[[int], None] | None = None,
    show: int = 0,
) -> AlertReport:
    """Replay the extracted posts of ``extracted`` and score their alerts against ``labels``;
    ``show``: name that many of the worst splits and merges too."""
    posts: list[ExtractedPost] = []
    errors = 0
    for row in read_jsonl([extracted]):
        if "error" in row and "text" not in row:
            errors += 1
        else:
            posts.append(ExtractedPost.model_validate(row))
        if progress is not None:
            progress(1)
    replayed, gold = replay_alerts(posts, config), read_labels(labels)
    report = score(replayed.joined, gold, errors)
    if show > 0:
        splits, merges = grouping_errors(replayed.joined, gold, replayed.keys, show)
        report = replace(report, splits=splits, merges=merges)
    return report
