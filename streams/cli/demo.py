"""``newsalerts demo``: broker, worker, bundled posts in, alerts printed as they arrive."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

from rich.console import Console

from schemas.models import Alert
from streams.cli.produce import send_all, values_from
from streams.cli.tail import render, tail
from streams.settings import Settings
from streams.topics import TopicNames
from streams.worker import spawn_worker, stop_worker, wait_http

REPO = Path(__file__).resolve().parents[2]
DEMO_DIR = REPO / "deploy" / "demo"
# The real scraped sample lives beside the repo (shared/), not in it: used when present.
SHARED_SAMPLES = REPO.parent / "shared" / "samples"


def demo_files() -> list[Path]:
    files = sorted(DEMO_DIR.glob("*.jsonl"))
    files += sorted(SHARED_SAMPLES.glob("*.txt")) if SHARED_SAMPLES.is_dir() else []
    return files


def run_demo(settings: Settings, bootstrap: str, console: Console, seconds: float | None) -> None:
    names = TopicNames(settings.topic_prefix)
    metrics_url = f"http://{settings.web_host}:{settings.web_port}/metrics"
    log_path = settings.data_dir.parent / "demo-worker.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    console.print(f"[bold]1/3[/bold] starting the worker (log: {log_path})")
    worker = spawn_worker(bootstrap, log_path=log_path)
    try:
        wait_http(metrics_url, timeout=120, proc=worker)
        console.print(f"[bold]2/3[/bold] worker up; metrics at {metrics_url}")
        started = dt.datetime.now(dt.UTC)
        files = demo_files()
        sent = asyncio.run(
            send_all(bootstrap, names.posts, values_from(files, settings.default_timezone))
        )
        console.print(f"[bold]3/3[/bold] sent {sent} posts from {len(files)} files; alerts:")

        noted = False

        def show(alert: Alert) -> None:
            # A second demo re-sends the same posts: they make no new version (the worker
            # knows them), so the alerts on the compacted topic are shown too, marked.
            nonlocal noted
            if alert.last_updated < started and not noted:
                console.print("[dim]alerts kept from an earlier run (same posts, no new version):")
                noted = True
            console.print(render(alert))

        asyncio.run(tail(bootstrap, [names.alerts], show, from_beginning=True, seconds=seconds))
    except KeyboardInterrupt:
        pass
    finally:
        stop_worker(worker)
        console.print("worker stopped; the broker keeps running (newsalerts broker down)")
