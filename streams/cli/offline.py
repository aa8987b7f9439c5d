"""Offline commands: ``extract`` over JSON Lines, and the evaluation reports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from streams.intake import InvalidPostError, parse_post
from streams.intake.files import read_post_lines
from streams.pipeline import default_pipeline


def extract_lines(source: Path | None, out: TextIO, console: Console) -> int:
    """Extract every post; an invalid line yields an error line, so output stays in order."""
    pipeline = default_pipeline()
    failures = 0
    with Progress(console=console, transient=True, disable=not console.is_terminal) as progress:
        task = progress.add_task("extracting", total=None)
        for lineno, raw in enumerate(read_post_lines(source), start=1):
            try:
                post = parse_post(raw)
            except InvalidPostError as exc:
                failures += 1
                err = {"line": lineno, "error": exc.reason, "detail": exc.detail}
                out.write(json.dumps(err, ensure_ascii=False) + "\n")
                continue
            out.write(pipeline.extract(post).model_dump_json(exclude_none=True) + "\n")
            progress.advance(task)
    out.flush()
    return failures


def print_rows(console: Console, title: str, header: list[str], rows: list[list[str]]) -> None:
    table = Table(title=title)
    for col in header:
        table.add_column(
            col, justify="left" if col in {"type", "label", "lang", "split"} else "right"
        )
    for row in rows:
        table.add_row(*row)
    console.print(table)


def run_eval_events(file: Path, as_json: bool, console: Console) -> None:
    from streams.evaluation.events import evaluate_events

    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("evaluating events", total=_count(file))
        report = evaluate_events(file, progress=lambda n: progress.advance(task, n))
    _emit(report, as_json, console, "Event extraction")


def run_eval_entities(file: Path, as_json: bool, console: Console) -> None:
    from streams.evaluation.entities import evaluate_entities

    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("evaluating entities", total=_count(file))
        report = evaluate_entities(file, progress=lambda n: progress.advance(task, n))
    _emit(report, as_json, console, "Entity recognition")


def _emit(report: object, as_json: bool, console: Console, title: str) -> None:
    if as_json:
        print(report.to_json())  # type: ignore[attr-defined]
        return
    header, rows = report.table()  # type: ignore[attr-defined]
    print_rows(console, title, header, rows)


def _count(file: Path) -> int:
    with file.open("rb") as fh:
        return sum(1 for line in fh if line.strip())
