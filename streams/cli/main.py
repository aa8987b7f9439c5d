"""The ``newsalerts`` command line."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress

from schemas.models import EventType
from streams.cli.common import bootstrap_or_local, console, settings_with
from streams.settings import get_settings
from streams.topics import TopicNames

app = typer.Typer(
    help="newsalerts: scraped news posts in, event alerts out (faust on Apache Kafka).",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,  # locals may hold webhook URLs
)
broker_app = typer.Typer(help="The embedded local Apache Kafka broker (KRaft, single node).")
eval_app = typer.Typer(help="Measure extraction against labelled data.")
schemas_app = typer.Typer(help="JSON Schema files of the messages.")
deadletters_app = typer.Typer(help="Dead-lettered posts: list them, replay them once fixed.")
app.add_typer(broker_app, name="broker")
app.add_typer(deadletters_app, name="deadletters")
app.add_typer(eval_app, name="eval")
app.add_typer(schemas_app, name="schemas")

Bootstrap = Annotated[
    str | None,
    typer.Option("--bootstrap", "-b", help="Kafka host:port; default: settings, else local broker"),
]


@app.callback()
def _setup(verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False) -> None:
    from streams.logs import configure_logging

    configure_logging("DEBUG" if verbose else get_settings().log_level)


# --- the worker ---------------------------------------------------------------------------


@app.command()
def run(bootstrap: Bootstrap = None) -> None:
    """Run the stream worker (starts the local broker when no Kafka is configured)."""
    from streams.worker import run_worker

    settings = settings_with(bootstrap)
    run_worker(settings, bootstrap_or_local(bootstrap))


@app.command()
def demo(
    seconds: Annotated[
        float | None, typer.Option(help="stop after N seconds (default: Ctrl-C)")
    ] = None,
) -> None:
    """Local broker + worker, feed the bundled posts, print alerts, keep /metrics up."""
    from streams.cli.demo import run_demo

    settings = get_settings()
    run_demo(settings, bootstrap_or_local(None), console, seconds)


# --- feeding and watching ------------------------------------------------------------------


@app.command()
def produce(
    files: Annotated[list[Path], typer.Argument(exists=True, dir_okay=False, help="JSONL or text")],
    bootstrap: Bootstrap = None,
) -> None:
    """Send posts (JSON Lines, or text pages as scraped) to the posts topic."""
    from streams.cli.produce import send_all, total_of, values_from

    settings = get_settings()
    servers = bootstrap_or_local(bootstrap)
    topic = TopicNames(settings.topic_prefix).posts
    with Progress(console=console, transient=False) as progress:
        task = progress.add_task(f"producing to {topic}", total=total_of(files))
        sent = asyncio.run(
            send_all(
                servers,
                topic,
                values_from(files, settings.default_timezone),
                on_sent=lambda: progress.advance(task),
            )
        )
    console.print(f"sent {sent} post(s) to {topic}")


@app.command()
def tail(
    bootstrap: Bootstrap = None,
    event_type: Annotated[
        list[EventType] | None, typer.Option("--type", "-t", help="only these alert topics")
    ] = None,
    from_beginning: Annotated[bool, typer.Option(help="replay the compacted alert topics")] = False,
    max_alerts: Annotated[int | None, typer.Option("--max", help="stop after N alerts")] = None,
    timeout: Annotated[float | None, typer.Option(help="stop after N seconds")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON line per alert")] = False,
) -> None:
    """Subscribe to alert topics and print alerts as they arrive."""
    from streams.cli.tail import printer
    from streams.cli.tail import tail as tail_alerts

    names = TopicNames(get_settings().topic_prefix)
    topics = [names.alerts_of(t) for t in event_type] if event_type else [names.alerts]
    servers = bootstrap_or_local(bootstrap)
    console.print(f"[dim]watching {', '.join(topics)} on {servers} (Ctrl-C to stop)[/dim]")
    show = printer(console, as_json)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(tail_alerts(servers, topics, show, from_beginning, max_alerts, timeout))


# --- dead letters ----------------------------------------------------------------------------

Reasons = Annotated[
    list[str] | None, typer.Option("--reason", "-r", help="only these reasons (repeatable)")
]
Stages = Annotated[
    list[str] | None, typer.Option("--stage", help="only these stages: intake, extract, alert")
]


@deadletters_app.command("list")
def deadletters_list(
    bootstrap: Bootstrap = None,
    reason: Reasons = None,
    stage: Stages = None,
    max_letters: Annotated[int | None, typer.Option("--max", help="show at most N")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON line per letter")] = False,
) -> None:
    """Show the dead letters (reason, where from, size, detail) and counts by reason."""
    from streams.cli.deadletters import Selection, by_reason, read_snapshot, table

    topic = TopicNames(get_settings().topic_prefix).dead_letters
    select = Selection(frozenset(reason or ()), frozenset(stage or ()))
    letters, unreadable = asyncio.run(
        read_snapshot(bootstrap_or_local(bootstrap), topic, select, max_letters)
    )
    if as_json:
        for letter in letters:
            sys.stdout.write(letter.model_dump_json() + "\n")
        return
    console.print(table(letters))
    for what, n in by_reason(letters).most_common():
        console.print(f"{n:6d}  {what}")
    if unreadable:
        console.print(f"[yellow]{unreadable} record(s) in {topic} are not dead letters[/yellow]")


@deadletters_app.command("replay")
def deadletters_replay(
    bootstrap: Bootstrap = None,
    reason: Reasons = None,
    stage: Stages = None,
    to_topic: Annotated[
        str | None, typer.Option("--to", help="send here instead of each letter's source topic")
    ] = None,
    dry_run: Annotated[bool, typer.Option(help="count what would be sent, send nothing")] = False,
) -> None:
    """Send dead-lettered messages back to their topic (original bytes and key)."""
    from streams.cli.deadletters import Selection, by_reason, read_snapshot, replay

    servers = bootstrap_or_local(bootstrap)
    topic = TopicNames(get_settings().topic_prefix).dead_letters
    select = Selection(frozenset(reason or ()), frozenset(stage or ()))
    letters, _ = asyncio.run(read_snapshot(servers, topic, select))
    for what, n in by_reason(letters).most_common():
        console.print(f"{n:6d}  {what}")
    if dry_run or not letters:
        console.print(f"{len(letters)} letter(s) selected; nothing sent")
        return
    with Progress(console=console) as progress:
        task = progress.add_task("replaying", total=len(letters))
        sent = asyncio.run(
            replay(servers, letters, to_topic, on_sent=lambda: progress.advance(task))
        )
    console.print(f"replayed {sent} message(s)")


# --- offline extraction and its measurement --------------------------------------------------


@app.command()
def extract(
    path: Annotated[
        str,
        typer.Argument(help="JSON Lines of posts, a saved .txt/.html page, or - for stdin"),
    ] = "-",
    timeout: Annotated[
        float | None,
        typer.Option(
            min=0.001,
            help="seconds per post: extract in a child process and give a post that takes "
            "longer (or crashes it) an error line, as the worker does",
        ),
    ] = None,
) -> None:
    """Extract entities and events from posts offline: one JSON line out per post in."""
    from streams.cli.offline import extract_lines

    source = None if path == "-" else Path(path)
    settings = get_settings()
    failures = extract_lines(source, sys.stdout, console, settings.default_timezone, timeout)
    if failures:
        console.print(f"[yellow]{failures} post(s) not extracted: see the error lines[/yellow]")


@eval_app.command("events")
def eval_events(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False)],
    as_json: Annotated[bool, typer.Option("--json")] = False,
    show: Annotated[
        int,
        typer.Option(
            min=0,
            help="also list this many errors of each kind (false and missed events, wrong"
            " magnitudes, slots) of the tuning split",
        ),
    ] = 0,
    show_held_out: Annotated[
        bool,
        typer.Option(
            help="with --show, list the held-out split's errors too (for files other than the"
            " dev set: its held-out part is never tuned on)"
        ),
    ] = False,
    predicted: Annotated[
        Path | None,
        typer.Option(
            exists=True,
            dir_okay=False,
            help="score this output of newsalerts extract instead of extracting now (blind"
            " rounds: predictions saved before the labels existed)",
        ),
    ] = None,
) -> None:
    """Precision, recall and F1 per event type and language; magnitude exact match."""
    from streams.cli.offline import run_eval_events

    run_eval_events(file, as_json, console, show, show_held_out, predicted)


@eval_app.command("alerts")
def eval_alerts(
    extracted: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help="output of newsalerts extract")
    ],
    labels: Annotated[
        Path,
        typer.Option(exists=True, dir_okay=False, help='JSONL: {"id", "type", "happening"}'),
    ],
    as_json: Annotated[bool, typer.Option("--json")] = False,
    show: Annotated[
        int,
        typer.Option(
            min=0, help="also list this many of the worst split happenings and merged alerts"
        ),
    ] = 0,
) -> None:
    """How well reports of one happening become one alert: B-cubed and pairwise P/R/F1."""
    from streams.cli.offline import run_eval_alerts

    run_eval_alerts(extracted, labels, as_json, console, show)


@eval_app.command("entities")
def eval_entities(
    file: Annotated[Path, typer.Argument(exists=True, help="a JSONL file, or a folder of them")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
    show: Annotated[
        int,
        typer.Option(
            min=0,
            help="also list this many errors of each kind (wrong label, wrong boundary, both,"
            " false and missed names) per label of the tuning split",
        ),
    ] = 0,
    show_held_out: Annotated[
        bool, typer.Option(help="with --show, list the held-out split's errors too")
    ] = False,
) -> None:
    """Entity precision, recall and F1 per label and language (exact span and label)."""
    from streams.cli.offline import run_eval_entities

    run_eval_entities(file, as_json, console, show, show_held_out)


@schemas_app.command("export")
def schemas_export(
    check: Annotated[bool, typer.Option(help="fail if the files differ from the models")] = False,
) -> None:
    """Write schemas/json/*.schema.json from the pydantic models."""
    from schemas.export import drift, write

    if check:
        stale = drift()
        if stale:
            console.print(f"[red]out of date: {', '.join(stale)}[/red] (newsalerts schemas export)")
            raise typer.Exit(1)
        console.print("schemas are up to date")
        return
    for path in write():
        console.print(f"wrote {path}")


@app.command()
def bench(
    posts: Annotated[int, typer.Option("--posts", "-n", help="posts per run")] = 600,
    rate: Annotated[float, typer.Option(help="posts/s of the paced (latency) runs")] = 20.0,
    bootstrap: Bootstrap = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Throughput and ingest→alert latency of the worker next to a raw aiokafka passthrough."""
    import json as _json
    import platform

    from streams.cli.bench import as_rows, run_all
    from streams.cli.offline import print_rows

    servers = bootstrap_or_local(bootstrap)
    results = asyncio.run(run_all(servers, posts, rate))
    machine = f"{platform.machine()} {os.cpu_count()} cpu, Python {platform.python_version()}"
    if as_json:
        print(_json.dumps({"machine": machine, "results": as_rows(results)}))
        return
    header = ["run", "posts", "seconds", "posts/s", "p50 ms", "p99 ms"]
    rows = [
        [
            r.name,
            str(r.posts),
            f"{r.seconds:.2f}",
            f"{r.posts_per_s:.1f}",
            f"{r.p50_ms:.1f}",
            f"{r.p99_ms:.1f}",
        ]
        for r in results
    ]
    print_rows(console, f"newsalerts bench on {servers} ({machine})", header, rows)


# --- the local broker ---------------------------------------------------------------------


@broker_app.command("up")
def broker_up() -> None:
    """Start the local broker (idempotent); prints its bootstrap address."""
    from streams.kafka.connect import local_broker
    from streams.kafka.local_broker import BrokerError

    try:
        print(local_broker(get_settings()).start())
    except BrokerError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None


@broker_app.command("down")
def broker_down() -> None:
    """Stop the local broker."""
    from streams.kafka.connect import local_broker

    stopped = local_broker(get_settings()).stop()
    console.print("stopped" if stopped else "not running")


@broker_app.command("status")
def broker_status() -> None:
    """Is the local broker running and answering metadata requests?"""
    from streams.kafka.connect import local_broker

    st = local_broker(get_settings()).status()
    state = "ready" if st.ready else ("running, not answering" if st.running else "stopped")
    console.print(f"{state}: bootstrap={st.bootstrap} pid={st.pid} data={st.data_dir}")
    if not st.ready:
        raise typer.Exit(1)


def main() -> None:
    logging.captureWarnings(True)
    app()


if __name__ == "__main__":
    main()
