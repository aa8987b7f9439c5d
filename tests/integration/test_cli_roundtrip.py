"""The user commands against a running worker: ``produce`` posts in, ``tail`` alerts out."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from schemas.models import Alert, EventType
from tests.integration.conftest import REPO, Worker

pytestmark = pytest.mark.kafka

DEMO = REPO / "deploy" / "demo"


def _cli(worker: Worker, *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **worker.env, "NEWSALERTS_KAFKA_BOOTSTRAP": worker.bootstrap}
    return subprocess.run(
        [sys.executable, "-m", "streams.cli.main", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_produce_then_tail_prints_alerts(worker: Worker, tmp_path: Path) -> None:
    files = [str(DEMO / "posts.jsonl"), str(DEMO / "bad-posts.jsonl")]
    produced = _cli(worker, "produce", *files)
    assert produced.returncode == 0, produced.stderr
    assert "sent 8 post(s)" in produced.stderr

    tailed = _cli(worker, "tail", "--from-beginning", "--json", "--max", "4", "--timeout", "150")
    assert tailed.returncode == 0, tailed.stderr
    alerts = [Alert.model_validate_json(line) for line in tailed.stdout.splitlines()]
    assert len(alerts) == 4
    assert all(a.sources and a.alert_id for a in alerts)


def test_tail_of_one_type_sees_only_that_type(worker: Worker) -> None:
    assert _cli(worker, "produce", str(DEMO / "posts.jsonl")).returncode == 0
    tailed = _cli(
        worker, "tail", "--type", "tariff_change", "--from-beginning", "--json", "--max", "1",
        "--timeout", "150",
    )  # fmt: skip
    alerts = [Alert.model_validate_json(line) for line in tailed.stdout.splitlines()]
    assert [a.type for a in alerts] == [EventType.TARIFF_CHANGE]
