"""Run the stream worker: make sure the topics exist, then hand the loop to faust."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import faust

from streams.app import create_app
from streams.kafka.local_broker import create_topics
from streams.logs import logging_dict
from streams.settings import Settings
from streams.topics import TopicNames


def ensure_topics(settings: Settings, bootstrap: str) -> None:
    specs = TopicNames(settings.topic_prefix).specs(settings.topic_partitions)
    asyncio.run(
        create_topics(
            bootstrap,
            [(s.name, s.partitions, s.config) for s in specs],
            replication_factor=settings.topic_replication,
        )
    )


def run_worker(settings: Settings, bootstrap: str) -> None:
    ensure_topics(settings, bootstrap)
    # faust.Worker drives its own event loop; asyncio.run above closed the previous one.
    asyncio.set_event_loop(asyncio.new_event_loop())
    news = create_app(settings, bootstrap)
    worker = faust.Worker(
        news.app,
        loglevel=settings.log_level.upper(),
        quiet=True,
        logging_config=logging_dict(settings.log_level),
    )
    logging.getLogger("newsalerts").info(
        "worker up: kafka=%s metrics=http://%s:%d/metrics",
        bootstrap,
        settings.web_host,
        settings.web_port,
    )
    worker.execute_from_commandline()


def spawn_worker(
    bootstrap: str, overrides: dict[str, str] | None = None, log_path: Path | None = None
) -> subprocess.Popen[bytes]:
    """Start ``newsalerts run`` in a child process (the demo, the tests and the benchmark)."""
    env = {**os.environ, "NEWSALERTS_KAFKA_BOOTSTRAP": bootstrap, **(overrides or {})}
    out = log_path.open("ab") if log_path else subprocess.DEVNULL
    return subprocess.Popen(
        [sys.executable, "-m", "streams.cli.main", "run"], env=env, stdout=out, stderr=out
    )


def wait_http(url: str, timeout: float, proc: subprocess.Popen[bytes] | None = None) -> None:
    """Wait until ``url`` answers 200 (the worker's web server is up), or fail clearly."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"worker exited with code {proc.returncode} before it was ready")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f}s")


def stop_worker(proc: subprocess.Popen[bytes], timeout: float = 20.0) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
