"""A real Prometheus server (Debian's ``prometheus`` binary) for tests, on a free loopback port,
and the worker processes it scrapes.

``running_prometheus`` starts it with a generated config that scrapes the given targets every
second and loads the committed alert rules; ``running_worker`` starts ``newsalerts run``. Both
always stop what they started, also when the test fails.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from streams.kafka.local_broker import free_port
from streams.observability.promtool import INSTALL_HINT, RULES_DIR, in_ci
from streams.worker import spawn_worker, stop_worker, wait_http

JOB = "newsalerts"


def prometheus_binary() -> str:
    """The ``prometheus`` binary, or skip (outside CI) / fail (in CI) with how to install it."""
    binary = shutil.which("prometheus")
    if binary is None:
        message = f"prometheus server not found: {INSTALL_HINT}"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    return binary


def scrape_config(targets: list[str], rule_files: list[Path]) -> dict[str, Any]:
    return {
        "global": {"scrape_interval": "1s", "evaluation_interval": "1s", "scrape_timeout": "1s"},
        "rule_files": [str(p) for p in rule_files],
        "scrape_configs": [{"job_name": JOB, "static_configs": [{"targets": targets}]}],
    }


@dataclass
class PrometheusServer:
    url: str
    proc: subprocess.Popen[bytes]
    log: Path

    def api(self, path: str, **params: str) -> Any:
        query = urllib.parse.urlencode(params)
        with urllib.request.urlopen(f"{self.url}/api/v1/{path}?{query}", timeout=10) as resp:
            body = json.load(resp)
        if body.get("status") != "success":
            raise AssertionError(f"{path} {params}: {body}")
        return body["data"]

    def query(self, expr: str) -> list[dict[str, Any]]:
        """Instant query: the result vector (a PromQL error raises with Prometheus' message)."""
        try:
            data = self.api("query", query=expr)
        except urllib.error.HTTPError as exc:
            raise AssertionError(f"{expr!r}: {exc.read().decode(errors='replace')}") from exc
        result = data["result"]
        return result if isinstance(result, list) else [{"value": result}]

    def metric_names(self) -> set[str]:
        return set(self.api("label/__name__/values"))

    def wait_until(self, what: str, check: Callable[[], bool], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not check():
            if self.proc.poll() is not None:
                raise RuntimeError(f"prometheus exited: {self.log_tail()}")
            if time.monotonic() > deadline:
                raise TimeoutError(f"prometheus: {what} not true after {timeout:.0f}s")
            time.sleep(0.5)

    def log_tail(self, chars: int = 3000) -> str:
        return self.log.read_text(errors="replace")[-chars:] if self.log.exists() else ""


def _ready(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/-/ready", timeout=2) as resp:
            return bool(resp.status == 200)
    except OSError:
        return False


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def running_prometheus(
    workdir: Path, targets: list[str], rule_files: list[Path] | None = None
) -> Iterator[PrometheusServer]:
    """Prometheus scraping ``targets`` (host:port) every second, with the committed rules."""
    binary = prometheus_binary()
    workdir.mkdir(parents=True, exist_ok=True)
    config = workdir / "prometheus.yml"
    rules = sorted(RULES_DIR.glob("*.yml")) if rule_files is None else rule_files
    config.write_text(yaml.safe_dump(scrape_config(targets, rules)), encoding="utf-8")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = workdir / "prometheus.log"
    args = [
        binary,
        f"--config.file={config}",
        f"--storage.tsdb.path={workdir / 'data'}",
        f"--web.listen-address=127.0.0.1:{port}",
        "--log.level=warn",
    ]
    with log.open("ab") as out:
        proc = subprocess.Popen(args, stdout=out, stderr=out, env=dict(os.environ))
    server = PrometheusServer(url, proc, log)
    try:
        server.wait_until("ready", lambda: _ready(url), timeout=60)
        yield server
    finally:
        _stop(proc)


@dataclass
class WorkerProcess:
    proc: subprocess.Popen[bytes]
    port: int
    log: Path

    @property
    def metrics_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/metrics"

    @property
    def target(self) -> str:
        return f"127.0.0.1:{self.port}"

    def log_tail(self, chars: int = 3000) -> str:
        return self.log.read_text(errors="replace")[-chars:] if self.log.exists() else ""


@contextmanager
def running_worker(bootstrap: str, env: dict[str, str], log: Path) -> Iterator[WorkerProcess]:
    """``newsalerts run`` with ``env`` (plus a free NEWSALERTS_WEB_PORT), up and serving."""
    port = free_port()
    proc = spawn_worker(bootstrap, {**env, "NEWSALERTS_WEB_PORT": str(port)}, log_path=log)
    worker = WorkerProcess(proc, port, log)
    try:
        try:
            wait_http(worker.metrics_url, timeout=120, proc=proc)
        except (RuntimeError, TimeoutError) as exc:
            raise RuntimeError(f"{exc}\n--- worker log ---\n{worker.log_tail()}") from exc
        yield worker
    finally:
        stop_worker(proc)
