"""Offline commands: ``extract`` over JSON Lines, and the evaluation reports."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

from rich.console import Console
from rich.markup import escape
from rich.progress import Progress
from rich.table import Table

from streams.intake import SourceRecord
from streams.intake.files import raw_posts_from_file, read_post_lines
from streams.isolated import IsolatedExtractor
from streams.pipeline import Pipeline, default_pipeline
from streams.process import Extracted, Rejected, process_post

if TYPE_CHECKING:
    from streams.evaluation.entities import EntityMistake
    from streams.evaluation.events import Mistake


def extract_lines(
    source: Path | None,
    out: TextIO,
    console: Console,
    tz: str = "Asia/Seoul",
    timeout: float | None = None,
    pipeline_factory: Callable[[], Pipeline] = default_pipeline,
) -> int:
    """Extract every post; a post that cannot be extracted yields an error line in its place
    (as the worker would dead-letter it), so output stays in order. Returns how many did.

    ``source`` is JSON Lines of posts (None: stdin), or a saved text or HTML page, read as one
    post the way ``produce`` sends it. With ``timeout``, posts are extracted in a child process
    with that deadline each, as in the worker (``streams.isolated``)."""
    name = "stdin" if source is None else str(source)
    failures = 0
    with (
        _extractor(pipeline_factory, timeout) as extract,
        Progress(console=console, transient=True, disable=not console.is_terminal) as progress,
    ):
        task = progress.add_task("extracting", total=None)
        lines = read_post_lines(None) if source is None else raw_posts_from_file(source, tz)
        for lineno, raw in enumerate(lines, start=1):
            outcome = extract(raw, SourceRecord(topic=name, partition=0, offset=lineno - 1))
            if isinstance(outcome, Rejected):
                failures += 1
                letter = outcome.letter
                err = {"line": lineno, "error": letter.reason, "detail": letter.detail}
                out.write(json.dumps(err, ensure_ascii=False) + "\n")
                continue
            out.write(outcome.body.decode() + "\n")
            progress.advance(task)
    out.flush()
    return failures


Extract = Callable[[bytes, SourceRecord], Extracted | Rejected]


@contextmanager
def _extractor(factory: Callable[[], Pipeline], timeout: float | None) -> Iterator[Extract]:
    # Offline output has no topic to fit: no size limit on an extracted post.
    if timeout is None:
        pipeline = factory()
        yield lambda raw, record: process_post(raw, record, pipeline, max_output_bytes=sys.maxsize)
        return
    isolated = IsolatedExtractor(factory, timeout, max_output_bytes=sys.maxsize)
    isolated.start()
    try:
        yield isolated.process
    finally:
        isolated.close()


def print_rows(console: Console, title: str, header: list[str], rows: list[list[str]]) -> None:
    table = Table(title=title)
    for col in header:
        table.add_column(
            col, justify="left" if col in {"type", "label", "lang", "split", "measure"} else "right"
        )
    for row in rows:
        table.add_row(*row)
    console.print(table)


EVENT_HEADER = ["type", "lang", "tp", "fp", "fn", "P", "R", "F1"]
ENTITY_HEADER = ["split", "lang", "label", "P", "R", "F1", "support"]
ALERT_HEADER = ["measure", "tp", "fp", "fn", "P", "R", "F1"]


def run_eval_events(
    file: Path,
    as_json: bool,
    console: Console,
    show: int = 0,
    show_held_out: bool = False,
    predicted: Path | None = None,
) -> None:
    """Score the tuning and the held-out split apart (each post is extracted once, or its
    events read from ``predicted``). With ``show``, list that many errors of each kind: of the
    tuning split only, unless ``show_held_out`` (a split never tuned on stays unread unless
    asked for)."""
    from streams.evaluation.events import MissingPredictionError, evaluate_events, read_predictions
    from streams.evaluation.scoring import held_out, tuning

    saved = read_predictions(predicted) if predicted is not None else None
    reports = {}
    try:
        with Progress(console=console, transient=True) as progress:
            task = progress.add_task("evaluating events", total=_count(file))
            for name, ids in (("tuning", tuning), ("held_out", held_out)):
                reports[name] = evaluate_events(
                    file, ids=ids, progress=lambda n: progress.advance(task, n), predicted=saved
                )
    except MissingPredictionError as missing:
        console.print(f"[red]{escape(str(missing.args[0]))}[/red] in {escape(str(predicted))}")
        raise SystemExit(1) from None
    listed = {name: show if name == "tuning" or show_held_out else 0 for name in reports}
    if as_json:
        out = {name: r.to_json() for name, r in reports.items()}
        for name, r in reports.items():
            if listed[name]:
                groups = _first_per_group(r.mistakes, _event_kind, listed[name])
                out[name]["mistakes"] = [
                    dataclasses.asdict(m) for _, first, _ in groups for m in first
                ]
        print(json.dumps(out, ensure_ascii=False))
        return
    for name, r in reports.items():
        rows = [[str(cell) for cell in row] for row in r.rows()]
        print_rows(console, f"Events, {name} split ({r.posts} posts)", EVENT_HEADER, rows)
        agreement = "; ".join(
            f"{slot} agreement {a.matched}/{a.checked} = {a.rate:.3f}"
            for slot, a in r.slots.items()
        )
        # Scored from a saved file, nothing was extracted: no speed to report.
        speed = "" if saved is not None else f"; {r.posts_per_second:.1f} posts/s"
        console.print(
            f"magnitude exact match {r.magnitude_matched}/{r.magnitude_checked} "
            f"= {r.magnitude_exact:.3f}; {agreement}{speed}\n"
        )
        if listed[name]:
            _print_mistakes(console, name, r.mistakes, listed[name])
        elif show:
            console.print(f"({len(r.mistakes)} {name} errors not listed: --show-held-out)\n")


# The order errors are listed in: what scores first, then the slots.
_MISTAKE_KINDS = ("fp", "fn", "magnitude", "actor", "target", "date", "status")
_MISTAKE_TITLES = {"fp": "false events", "fn": "missed events", "magnitude": "wrong magnitudes"}


def _event_kind(m: Mistake) -> tuple[int]:
    return (_MISTAKE_KINDS.index(m.kind),)


def _print_mistakes(console: Console, split: str, mistakes: list[Mistake], n: int) -> None:
    for (kind,), first, total in _first_per_group(mistakes, _event_kind, n):
        name = _MISTAKE_KINDS[kind]
        title = _MISTAKE_TITLES.get(name, f"{name} disagreements")
        console.print(f"{split}: {title} ({len(first)} of {total})", style="bold")
        for m in first:
            # Evidence is scraped text: print it as text, never as rich markup.
            console.print(f"  {m.post_id} {m.lang} {m.type}: {m.detail or '—'}", markup=False)
    console.print()


def run_eval_entities(
    file: Path, as_json: bool, console: Console, show: int = 0, show_held_out: bool = False
) -> None:
    """Score entities; with ``show``, list that many errors of each kind and label, of the
    tuning split only unless ``show_held_out``."""
    from streams.evaluation.entities import evaluate_entities

    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("evaluating entities", total=_count(file))
        report = evaluate_entities(file, progress=lambda n: progress.advance(task, n))
    splits = {"dev", "held_out"} if show_held_out else {"dev"}
    listed = [m for m in report.mistakes if m.split in splits] if show else []
    groups = _first_per_group(listed, _entity_kind, show)
    if as_json:
        out = report.to_json()
        if show:
            out["mistakes"] = [dataclasses.asdict(m) for _, first, _ in groups for m in first]
        print(json.dumps(out, ensure_ascii=False))
        return
    rows = [list(row) for row in report.rows()]
    print_rows(console, f"Entities ({report.records} records)", ENTITY_HEADER, rows)
    console.print(f"{report.records_per_second:.0f} records/s")
    if show:
        _print_entity_mistakes(console, groups)
        if not show_held_out:
            unread = sum(m.split == "held_out" for m in report.mistakes)
            console.print(f"({unread} held_out errors not listed: --show-held-out)")


_ENTITY_KINDS = ("label", "boundary", "label+boundary", "fp", "fn")


def _entity_kind(m: EntityMistake) -> tuple[str, str, int]:
    return (m.lang, m.label, _ENTITY_KINDS.index(m.kind))


def _print_entity_mistakes(
    console: Console, groups: list[tuple[tuple[str, str, int], list[EntityMistake], int]]
) -> None:
    for (lang, label, kind), first, total in groups:
        heading = f"{lang} {label}, {_ENTITY_KINDS[kind]} ({len(first)} of {total})"
        console.print(heading, style="bold")
        for m in first:
            note = f"  [{m.note}]" if m.note else ""
            # Sentences are data: printed as text, never as rich markup.
            console.print(f"  {m.split} {m.record_id}: {m.context}{note}", markup=False)


_T = TypeVar("_T")
_K = TypeVar("_K", bound=tuple[Any, ...])


def _first_per_group(
    items: list[_T], key: Callable[[_T], _K], n: int
) -> list[tuple[_K, list[_T], int]]:
    """``items`` grouped by ``key``, in key order: each group's key, its first ``n`` items
    and how many it holds (for "2 of 17" headings and the JSON list alike)."""
    groups: dict[_K, list[_T]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return [(k, groups[k][:n], len(groups[k])) for k in sorted(groups)]


def run_eval_alerts(
    extracted: Path, labels: Path, as_json: bool, console: Console, show: int = 0
) -> None:
    """Replay extracted posts through the tracker with the worker's window and span."""
    from streams.cluster.tracker import TrackerConfig
    from streams.evaluation.alerts import evaluate_alerts
    from streams.settings import get_settings

    config = TrackerConfig.from_settings(get_settings())
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("replaying alerts", total=_count(extracted))
        report = evaluate_alerts(
            extracted, labels, config, progress=lambda n: progress.advance(task, n), show=show
        )
    if as_json:
        print(json.dumps(report.to_json()))
        return
    b3 = [
        f"{report.bcubed_precision:.3f}",
        f"{report.bcubed_recall:.3f}",
        f"{report.bcubed_f1:.3f}",
    ]
    pairs = report.pairs
    rows = [
        ["B-cubed (per report)", "", "", "", *b3],
        [
            "pairs of reports",
            str(pairs.tp),
            str(pairs.fp),
            str(pairs.fn),
            f"{pairs.precision:.3f}",
            f"{pairs.recall:.3f}",
            f"{pairs.f1:.3f}",
        ],
    ]
    print_rows(console, f"Alerts ({report.scored} labelled reports)", ALERT_HEADER, rows)
    console.print(
        f"{report.alerts} alerts for {report.happenings} happenings; {report.unlabelled} "
        f"reports without a label, {report.missed} labelled reports in no alert, "
        f"{report.errors} error lines\n"
    )
    splits = [
        f"  {e.type} {e.happening}: {e.reports} reports in {e.alerts} alerts, "
        f"{e.missed_pairs} pairs split\n    keys: {_keys(e.keys)}"
        for e in report.splits
    ]
    merges = [
        f"  {m.key} (alert {m.alert_id}): {m.reports} reports, {m.wrong_pairs} pairs "
        f"merged\n    happenings: {_keys(m.happenings)}"
        for m in report.merges
    ]
    _print_list(console, "Happenings split over several alerts (worst first)", splits)
    _print_list(console, "Alerts holding several happenings (worst first)", merges)


def _print_list(console: Console, title: str, lines: list[str]) -> None:
    if lines:
        console.print(f"[b]{title}[/b]")
        for line in lines:
            console.print(line, markup=False)


def _keys(counts: list[tuple[str, int]], limit: int = 6) -> str:
    shown = ", ".join(f"{name} ×{n}" for name, n in counts[:limit])
    return shown + (f", … {len(counts) - limit} more" if len(counts) > limit else "")


def _count(path: Path) -> int:
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    total = 0
    for file in files:
        with file.open("rb") as fh:
            total += sum(1 for line in fh if line.strip())
    return total
