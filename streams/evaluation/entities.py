"""Scoring of entity extraction against labelled JSONL sets (format of ``eval/ner/*.jsonl``).

Exact span and label, as the eval README scores: a predicted entity is a true positive only if a
gold entity has the same ``start``, ``end`` and label. A record's ``labels_scored`` (when given)
lists the only labels it annotates: predictions of other labels are ignored there, not counted
as false positives. Scores are grouped by split, language and label. ``held_out`` is the split
never to tune on — ids whose SHA-1 ends in 0, 1 or 2 (≈19 %), the same rule as the event
evaluation — so the dev figures can be compared with an honest held-out figure.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from streams.evaluation.scoring import Counts, held_out, read_jsonl
from streams.extract.entities import find_entities

ALL = "ALL"
# Labels a record without ``labels_scored`` is taken to annotate (KLUE + KoNEC's set).
_DEFAULT_LABELS = frozenset({"PERSON", "ORG", "LOC", "DATE", "MONEY", "PERCENT"})


Key = tuple[str, str, str]  # (split, lang, label)


@dataclass(frozen=True)
class EntityMistake:
    """One error, for error analysis: ``kind`` is ``label`` (the span right, the label wrong),
    ``boundary`` (the label right, the span overlapping the gold one but not equal),
    ``label+boundary`` (an overlapping span with another label), ``fp`` (a span overlapping no
    gold one) or ``fn`` (a gold span nothing overlaps)."""

    split: str
    record_id: str
    lang: str
    kind: str
    label: str  # the gold label, except for fp: the predicted one
    start: int
    text: str
    context: str  # the span in ⟦ ⟧, with some text either side
    note: str = ""  # what was predicted instead (label and boundary errors)


@dataclass
class EntityReport:
    counts: dict[Key, Counts] = field(default_factory=lambda: defaultdict(Counts))
    mistakes: list[EntityMistake] = field(default_factory=list)
    records: int = 0
    chars: int = 0
    seconds: float = 0.0
    files: list[str] = field(default_factory=list)

    def get(self, split: str, lang: str, label: str) -> Counts:
        """Counts for one cell; ``split``/``lang``/``label`` may be ``"ALL"``."""
        return self.counts.get((split, lang, label), Counts())

    @property
    def records_per_second(self) -> float:
        return self.records / self.seconds if self.seconds else 0.0

    def to_json(self) -> dict[str, Any]:
        scores: dict[str, dict[str, dict[str, dict[str, float | int]]]] = {}
        for (split, lang, label), c in sorted(self.counts.items()):
            scores.setdefault(split, {}).setdefault(lang, {})[label] = c.to_json()
        return {
            "files": self.files,
            "records": self.records,
            "chars": self.chars,
            "seconds": round(self.seconds, 3),
            "records_per_second": round(self.records_per_second, 1),
            "scores": scores,
        }

    def rows(self) -> list[tuple[str, str, str, str, str, str, str]]:
        """(split, lang, label, P, R, F1, support) rows, e.g. for a ``rich.table.Table``."""
        out = []
        for (split, lang, label), c in sorted(self.counts.items()):
            out.append(
                (
                    split,
                    lang,
                    label,
                    f"{c.precision:.3f}",
                    f"{c.recall:.3f}",
                    f"{c.f1:.3f}",
                    str(c.tp + c.fn),
                )
            )
        return out


def _files(path: Path) -> list[Path]:
    return sorted(path.glob("*.jsonl")) if path.is_dir() else [path]


Span = tuple[int, int, str]


def _score(gold: set[Span], pred: set[Span], labels: set[str]) -> dict[str, Counts]:
    out: dict[str, Counts] = defaultdict(Counts)
    for s in pred:
        out[s[2]].tp += s in gold
        out[s[2]].fp += s not in gold
    for s in gold - pred:
        out[s[2]].fn += 1
    return {k: v for k, v in out.items() if k in labels}


_CONTEXT = 20  # characters of text shown either side of a span


def _context(text: str, span: Span) -> str:
    start, end = span[0], span[1]
    before = text[max(0, start - _CONTEXT) : start]
    after = text[end : end + _CONTEXT]
    return f"{before}⟦{text[start:end]}⟧{after}".replace("\n", " ")


def _mistakes(
    rec_id: str, split: str, lang: str, text: str, gold: set[Span], pred: set[Span]
) -> list[EntityMistake]:
    """The errors of one record, each predicted or gold span once, sorted by position."""

    def overlaps(a: Span, b: Span) -> bool:
        return a[0] < b[1] and b[0] < a[1]

    def mistake(kind: str, s: Span, note: str = "") -> EntityMistake:
        return EntityMistake(
            split, rec_id, lang, kind, s[2], s[0], text[s[0] : s[1]], _context(text, s), note
        )

    out = []
    wrong = pred - gold
    for g in sorted(gold - pred):
        near = [p for p in wrong if overlaps(p, g)]
        same_span = [p for p in near if p[:2] == g[:2]]
        same_label = [p for p in near if p[2] == g[2]]
        if same_span:
            out.append(mistake("label", g, f"read as {same_span[0][2]}"))
        elif same_label:
            p = same_label[0]
            out.append(mistake("boundary", g, f"read as {text[p[0] : p[1]]!r}"))
        elif near:
            p = near[0]
            out.append(mistake("label+boundary", g, f"read as {p[2]} {text[p[0] : p[1]]!r}"))
        else:
            out.append(mistake("fn", g))
    for p in sorted(wrong):
        if not any(overlaps(p, g) for g in gold):
            out.append(mistake("fp", p))
    return sorted(out, key=lambda m: m.start)


def _add(report: EntityReport, split: str, lang: str, per_label: dict[str, Counts]) -> None:
    for label, c in per_label.items():
        for key in ((split, lang, label), (split, lang, ALL), (ALL, lang, label), (ALL, lang, ALL)):
            report.counts[key].add(c)


def evaluate_entities(path: Path, progress: Callable[[int], None] | None = None) -> EntityReport:
    """Score ``find_entities`` on a JSONL file, or on every ``*.jsonl`` of a directory.

    ``progress`` is called with the number of records just scored (an increment, as
    ``rich.progress.Progress.advance`` takes).
    """
    paths = _files(path)
    report = EntityReport(files=[str(p) for p in paths])
    for rec in read_jsonl(paths):
        text, lang = str(rec["text"]), str(rec.get("lang", "und"))
        gold = {(int(e["start"]), int(e["end"]), str(e["label"])) for e in rec["entities"]}
        labels = set(rec.get("labels_scored") or {g[2] for g in gold} | _DEFAULT_LABELS)
        began = time.perf_counter()
        pred: set[Span] = {(e.start, e.end, str(e.label)) for e in find_entities(text, lang, None)}
        report.seconds += time.perf_counter() - began
        pred = {p for p in pred if p[2] in labels}
        split = "held_out" if held_out(str(rec["id"])) else "dev"
        _add(report, split, lang, _score(gold, pred, labels))
        gold_scored = {g for g in gold if g[2] in labels}
        report.mistakes += _mistakes(str(rec["id"]), split, lang, text, gold_scored, pred)
        report.records += 1
        report.chars += len(text)
        if progress is not None:
            progress(1)
    return report
