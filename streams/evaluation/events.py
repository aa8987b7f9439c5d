"""Scoring of event extraction against a labelled JSONL set (format of ``events-dev.jsonl``).

Per post and type, as the guideline scores: the set of types the pipeline emits against the
set of gold types gives TP/FP/FN per type and language; micro P/R/F1 over all; magnitude exact
match on true positives (same unit and value; the emitted event of highest confidence against
any gold event of the type). The gold language is only used to group scores, never passed to
the pipeline. ``held_out`` is the split never to tune on: ids whose SHA-1 ends in 0, 1 or 2.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from schemas.models import Event, Magnitude, Post
from streams.evaluation.scoring import Counts, read_jsonl
from streams.evaluation.scoring import held_out as held_out
from streams.evaluation.scoring import tuning as tuning
from streams.pipeline import Pipeline


@dataclass(frozen=True)
class Mistake:
    """One scoring error, for error analysis of the tuning split."""

    post_id: str
    lang: str
    type: str
    kind: str  # "fp" | "fn" | "magnitude", or a slot: "actor" | "target" | "date" | "status"
    detail: str


# Slots scored on true positives whose gold states them: actor and target as text (equal or
# one containing the other), the date and status exactly.
SLOTS = ("actor", "target", "date", "status")


@dataclass
class Agreement:
    checked: int = 0
    matched: int = 0

    def add(self, matched: bool) -> None:
        self.checked += 1
        self.matched += matched

    @property
    def rate(self) -> float:
        return self.matched / self.checked if self.checked else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"checked": self.checked, "matched": self.matched, "agreement": round(self.rate, 4)}


@dataclass
class EventReport:
    by_type_lang: dict[tuple[str, str], Counts] = field(default_factory=dict)
    magnitude_checked: int = 0  # true positives whose gold states a magnitude
    magnitude_matched: int = 0
    magnitude_all_matched: int = 0  # over all true positives, null == null counting as a match
    tp_total: int = 0
    slots: dict[str, Agreement] = field(default_factory=lambda: {s: Agreement() for s in SLOTS})
    posts: int = 0
    seconds: float = 0.0
    mistakes: list[Mistake] = field(default_factory=list)

    def counts(self, type_: str | None = None, lang: str | None = None) -> Counts:
        total = Counts()
        for (t, lg), c in self.by_type_lang.items():
            if (type_ is None or t == type_) and (lang is None or lg == lang):
                total.add(c)
        return total

    @property
    def micro(self) -> Counts:
        return self.counts()

    @property
    def magnitude_exact(self) -> float:
        return self.magnitude_matched / self.magnitude_checked if self.magnitude_checked else 0.0

    @property
    def posts_per_second(self) -> float:
        return self.posts / self.seconds if self.seconds else 0.0

    def rows(self) -> list[tuple[str, str, int, int, int, str, str, str]]:
        """(type, lang, tp, fp, fn, P, R, F1) rows: per type and language, then totals."""
        keys = sorted(self.by_type_lang)
        out = [(t, lg, *self._cells(self.by_type_lang[(t, lg)])) for t, lg in keys]
        for lg in sorted({lg for _, lg in keys}):
            out.append(("(all)", lg, *self._cells(self.counts(lang=lg))))
        out.append(("(micro)", "all", *self._cells(self.micro)))
        return out

    @staticmethod
    def _cells(c: Counts) -> tuple[int, int, int, str, str, str]:
        return c.tp, c.fp, c.fn, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}"

    def to_json(self) -> dict[str, Any]:
        return {
            "posts": self.posts,
            "posts_per_second": round(self.posts_per_second, 2),
            "micro": self.micro.to_json(),
            "by_lang": {
                lg: self.counts(lang=lg).to_json()
                for lg in sorted({k[1] for k in self.by_type_lang})
            },
            "by_type": {
                t: self.counts(type_=t).to_json() for t in sorted({k[0] for k in self.by_type_lang})
            },
            "by_type_lang": {
                f"{t}/{lg}": c.to_json() for (t, lg), c in sorted(self.by_type_lang.items())
            },
            "magnitude": {
                "checked": self.magnitude_checked,
                "matched": self.magnitude_matched,
                "exact": round(self.magnitude_exact, 4),
                "all_tp": self.tp_total,
                "all_tp_matched": self.magnitude_all_matched,
            },
            "slots": {name: a.to_json() for name, a in self.slots.items()},
        }


def _post(row: dict[str, Any]) -> Post:
    published = datetime.fromisoformat(row["date"]) if row.get("date") else None
    return Post(
        id=row["id"], title=row.get("title") or None, text=row["text"], published_at=published
    )


def _gold_magnitude(raw: dict[str, Any] | None) -> Magnitude | None:
    return Magnitude(value=raw["value"], unit=raw["unit"]) if raw else None


def same_magnitude(a: Magnitude | None, b: Magnitude | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.unit == b.unit and abs(a.value - b.value) <= 1e-6 * max(1.0, abs(b.value))


def _slot_key(value: str) -> str:
    """Casefolded NFKC text without punctuation or spaces."""
    folded = unicodedata.normalize("NFKC", value).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


def same_slot(pred: str | None, gold: str) -> bool:
    """Slot agreement: the normalised strings are equal or one contains the other."""
    a, b = _slot_key(pred or ""), _slot_key(gold)
    return bool(a and b) and (a in b or b in a)


def _score_slots(
    report: EventReport, post_id: str, lang: str, t: str, gold: list[dict[str, Any]], pred: Event
) -> None:
    shown = {
        "actor": pred.actor,
        "target": pred.target,
        "date": pred.date.isoformat() if pred.date else None,
        "status": pred.status.value if pred.status else None,
    }
    for slot in SLOTS:
        stated = [str(g[slot]) for g in gold if g.get(slot)]
        if not stated:
            continue
        value = shown[slot]
        if slot in ("actor", "target"):
            matched = any(same_slot(value, g) for g in stated)
        else:
            matched = value in stated
        report.slots[slot].add(matched)
        if not matched:
            detail = f"pred={value!r} gold={stated} | {pred.evidence[:160]}"
            report.mistakes.append(Mistake(post_id, lang, t, slot, detail))


def _score_post(report: EventReport, row: dict[str, Any], events: list[Event]) -> None:
    lang = row.get("lang") or "und"
    gold: dict[str, list[dict[str, Any]]] = {}
    for g in row["events"]:
        gold.setdefault(g["type"], []).append(g)
    pred: dict[str, Event] = {}
    for e in sorted(events, key=lambda e: -e.confidence):
        pred.setdefault(e.type.value, e)
    for t in set(gold) | set(pred):
        c = report.by_type_lang.setdefault((t, lang), Counts())
        if t in gold and t in pred:
            c.tp += 1
            _score_magnitude(report, row["id"], lang, t, gold[t], pred[t])
            _score_slots(report, row["id"], lang, t, gold[t], pred[t])
        elif t in pred:
            c.fp += 1
            report.mistakes.append(Mistake(row["id"], lang, t, "fp", pred[t].evidence))
        else:
            c.fn += 1
            # Labels may give only a type (and a size): no evidence sentence to show.
            missed = str(gold[t][0].get("evidence", ""))
            report.mistakes.append(Mistake(row["id"], lang, t, "fn", missed))


def _score_magnitude(
    report: EventReport, post_id: str, lang: str, t: str, gold: list[dict[str, Any]], pred: Event
) -> None:
    golds = [_gold_magnitude(g.get("magnitude")) for g in gold]
    report.tp_total += 1
    report.magnitude_all_matched += any(same_magnitude(pred.magnitude, g) for g in golds)
    stated = [g for g in golds if g is not None]
    if not stated:
        return
    report.magnitude_checked += 1
    if any(same_magnitude(pred.magnitude, g) for g in stated):
        report.magnitude_matched += 1
    else:
        detail = f"pred={pred.magnitude} gold={stated[0]} | {pred.evidence[:160]}"
        report.mistakes.append(Mistake(post_id, lang, t, "magnitude", detail))


def read_predictions(path: Path) -> dict[str, list[Event]]:
    """The events of each post in a file ``newsalerts extract`` wrote (error lines skipped)."""
    out: dict[str, list[Event]] = {}
    for row in read_jsonl([path]):
        if "error" in row and "id" not in row:
            continue
        out[str(row["id"])] = [Event.model_validate(e) for e in row.get("events", [])]
    return out


class MissingPredictionError(LookupError):
    """A labelled post that a file of saved predictions does not hold."""


def _saved(predicted: Mapping[str, list[Event]]) -> Callable[[dict[str, Any]], list[Event]]:
    def events_of(row: dict[str, Any]) -> list[Event]:
        if row["id"] not in predicted:
            raise MissingPredictionError(f"no prediction for labelled post {row['id']!r}")
        return predicted[row["id"]]

    return events_of


def _extracting(pipeline: Pipeline | None) -> Callable[[dict[str, Any]], list[Event]]:
    if pipeline is None:
        from streams.pipeline import default_pipeline

        pipeline = default_pipeline()
    run = pipeline.run
    return lambda row: run(_post(row)).events


def evaluate_events(
    path: Path,
    pipeline: Pipeline | None = None,
    ids: Callable[[str], bool] | None = None,
    progress: Callable[[int], None] | None = None,
    predicted: Mapping[str, list[Event]] | None = None,
) -> EventReport:
    """Run ``pipeline`` (the default one if None) over the labelled posts and score them; with
    ``predicted`` (post id → events, e.g. ``read_predictions``), score those events instead
    of extracting: predictions saved before the labels existed are scored as they were made.
    A labelled post without a prediction is an error (``MissingPredictionError``), not a post with
    none."""
    events_of = _saved(predicted) if predicted is not None else _extracting(pipeline)
    report = EventReport()
    for row in read_jsonl([path]):
        if ids is not None and not ids(row["id"]):
            continue
        started = time.perf_counter()
        events = events_of(row)
        report.seconds += time.perf_counter() - started
        report.posts += 1
        _score_post(report, row, events)
        if progress is not None:
            progress(1)
    return report
