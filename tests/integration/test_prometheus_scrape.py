"""A real Prometheus scrapes a real worker on the real broker while posts flow; then every
PromQL expression of every dashboard panel is run through Prometheus' HTTP API.

A panel whose metrics were scraped must return data (at least one non-NaN sample). A panel
may come back empty only when a metric it needs has no series because its feature did not run
here — listed, with the reason, in NOT_EXERCISED — and then its query must still be valid
PromQL and the metric must be registered by the worker (so the name is right).

Delivery is exercised for real: the worker's subscriptions route every alert to a Slack
receiver whose webhook is a local fake scripted to rate-limit, fail and succeed, so retries,
dead letters, failures and successes all reach the dashboards.
"""

from __future__ import annotations

import json
import math
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest

from schemas.models import ExtractedPost
from streams.cli.produce import send_all
from streams.observability.catalog import known_metric_names
from streams.observability.dashboards import PanelQuery, load_dashboards, panel_queries
from streams.observability.promql import GRAFANA_BUILTINS, metric_names, substitute
from streams.settings import Settings
from streams.topics import TopicNames
from streams.worker import ensure_topics
from tests.integration.conftest import Worker, consume_until
from tests.integration.prometheus import (
    JOB,
    PrometheusServer,
    running_prometheus,
    running_worker,
)

pytestmark = pytest.mark.kafka

DEMO = Path(__file__).resolve().parents[2] / "deploy" / "demo"
VARIABLES = {**GRAFANA_BUILTINS, "$job": JOB, "$instance": ".+"}
# Labelled metrics get their first series when their feature runs; these features do not here.
NOT_EXERCISED = {
    "newsalerts_alerts_updated_total": "the demo posts update no alert",
    "newsalerts_alerts_retracted_total": "the demo posts retract no alert",
}


LATE_POST = json.dumps(
    {
        "id": "late-tariff",
        "source": "test-wire",
        "published_at": "2026-03-04T10:00:00Z",
        "text": "Japan said on Wednesday it will raise tariffs on imported rice to 30% "
        "from 15% starting next month.",
    }
).encode()

SUBSCRIPTIONS = """
[[receivers]]
kind = "slack"
name = "ops"
url_env = "NEWSALERTS_TEST_SLACK_URL"

[[routes]]
name = "everything"
receivers = ["ops"]
group_wait = "0s"
group_interval = "0s"
"""
# (status, body, headers) of the fake webhook's first answers, 200 "ok" afterwards. With 3
# attempts per delivery: the first alert is retried (500, 429) then dead-lettered (404 is
# permanent); the second fails after 3 server errors; the others are sent.
SLACK_SCRIPT = [
    (500, "oops", {}),
    (429, "rate_limited", {"Retry-After": "0"}),
    (404, "no_service", {}),
    (500, "oops", {}),
    (500, "oops", {}),
    (500, "oops", {}),
]


class _FakeSlack(BaseHTTPRequestHandler):
    answers: ClassVar[list[tuple[int, str, dict[str, str]]]] = []
    lock = threading.Lock()

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with self.lock:
            status, body, headers = self.answers.pop(0) if self.answers else (200, "ok", {})
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def fake_slack() -> Iterator[str]:
    _FakeSlack.answers = list(SLACK_SCRIPT)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeSlack)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/services/T0/B0/x"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def slack_worker(kafka_bootstrap: str, tmp_path: Path, fake_slack: str) -> Iterator[Worker]:
    """A worker whose alerts all go to the fake Slack webhook, without grouping delay."""
    prefix = f"s{uuid.uuid4().hex[:8]}"
    subscriptions = tmp_path / "subscriptions.toml"
    subscriptions.write_text(SUBSCRIPTIONS, encoding="utf-8")
    env = {
        "NEWSALERTS_TOPIC_PREFIX": prefix,
        "NEWSALERTS_APP_ID": f"{prefix}-app",
        "NEWSALERTS_DATA_DIR": str(tmp_path / "worker"),
        "NEWSALERTS_TOPIC_PARTITIONS": "2",
        "NEWSALERTS_SUBSCRIPTIONS_FILE": str(subscriptions),
        "NEWSALERTS_GROUP_WAIT_SECONDS": "0",
        "NEWSALERTS_DELIVERY_BACKOFF_SECONDS": "0.05",
        "NEWSALERTS_DELIVERY_MAX_ATTEMPTS": "3",
        "NEWSALERTS_SLACK_INTERVAL_SECONDS": "0",
        "NEWSALERTS_TEST_SLACK_URL": fake_slack,
    }
    ensure_topics(Settings(topic_prefix=prefix, topic_partitions=2), kafka_bootstrap)
    with running_worker(kafka_bootstrap, env, tmp_path / "worker.log") as proc:
        yield Worker(kafka_bootstrap, TopicNames(prefix), proc.metrics_url, proc.log, env)


def _waves() -> tuple[list[bytes], list[bytes], set[str]]:
    """Two waves of the demo posts (good and bad), the second under new ids.

    rate() needs two samples of a series, and a labelled counter's first sample already holds
    its first increments: the second wave, sent once the first was scraped, is what the rate
    windows see. Its copies are also reprints for the dedup counter.
    """
    good = [line for line in (DEMO / "posts.jsonl").read_bytes().splitlines() if line.strip()]
    bad = [line for line in (DEMO / "bad-posts.jsonl").read_bytes().splitlines() if line.strip()]
    again = []
    for line in good:
        post = json.loads(line)
        post["id"] = f"{post['id']}-again"
        again.append(json.dumps(post).encode())
    ids = {json.loads(line)["id"] for line in good + again}
    return good + bad, again + bad, ids


def _extracted_ids(values: list[bytes]) -> set[str]:
    return {ExtractedPost.model_validate_json(v).id for v in values}


def _has_data(result: list[dict[str, Any]]) -> bool:
    return any(not math.isnan(float(sample["value"][1])) for sample in result)


def _check_panel(prom: PrometheusServer, q: PanelQuery, scraped: set[str]) -> str | None:
    """None when the panel is fine, else why not."""
    expr = substitute(q.expr, VARIABLES)
    where = f"{q.dashboard} / {q.panel} [{q.ref_id}]"
    try:
        result = prom.query(expr)
    except AssertionError as exc:
        return f"{where}: query failed: {exc}"
    missing = metric_names(expr) - scraped
    if missing:
        unexplained = missing - set(NOT_EXERCISED)
        return f"{where}: metrics never scraped: {sorted(unexplained)}" if unexplained else None
    return None if _has_data(result) else f"{where}: no data for {expr}"


async def _feed(worker: Worker, prom: PrometheusServer, wave: list[bytes], ids: set[str]) -> None:
    """Send a wave, wait until its posts are on the events topic and Prometheus counted them."""
    before = prom.query("sum(newsalerts_posts_received_total)")
    counted = int(float(before[0]["value"][1])) if before else 0
    await send_all(worker.bootstrap, worker.topics.posts, wave)
    events = await consume_until(
        worker.bootstrap, [worker.topics.events], lambda v: _extracted_ids(v) >= ids, 150
    )
    assert _extracted_ids(events) >= ids, worker.log.read_text()[-4000:]
    expected = counted + len(wave)
    prom.wait_until(
        f"{expected} posts counted",
        lambda: bool(prom.query(f"sum(newsalerts_posts_received_total) >= {expected}")),
        30,
    )


def _deliveries(prom: PrometheusServer, outcome: str) -> float:
    expr = f'sum(newsalerts_deliveries_total{{receiver="slack", outcome="{outcome}"}})'
    result = prom.query(expr)
    return float(result[0]["value"][1]) if result else 0.0


def _wait_for_delivery(
    prom: PrometheusServer, worker: Worker, outcome: str, more_than: float = 0.0
) -> None:
    expr = (
        f'sum(newsalerts_deliveries_total{{receiver="slack", outcome="{outcome}"}}) > {more_than}'
    )
    try:
        prom.wait_until(f"a Slack delivery {outcome}", lambda: bool(prom.query(expr)), 60)
    except TimeoutError as exc:
        pytest.fail(f"{exc}\n--- worker log ---\n{worker.log.read_text()[-3000:]}")


def _panel_problems(prom: PrometheusServer, queries: list[PanelQuery]) -> list[str]:
    scraped = prom.metric_names()
    return [p for q in queries if (p := _check_panel(prom, q, scraped)) is not None]


async def test_every_dashboard_panel_returns_data_from_a_real_scrape(
    slack_worker: Worker, tmp_path: Path
) -> None:
    worker = slack_worker
    first, second, ids = _waves()
    target = worker.metrics_url.removeprefix("http://").removesuffix("/metrics")
    with running_prometheus(tmp_path / "prometheus", [target]) as prom:
        prom.wait_until("worker scraped", lambda: bool(prom.query(f'up{{job="{JOB}"}} == 1')), 30)
        first_ids = {i for i in ids if not i.endswith("-again")}
        await _feed(worker, prom, first, first_ids)
        await _feed(worker, prom, second, ids)
        for outcome in ("dead_lettered", "failed", "sent"):
            _wait_for_delivery(prom, worker, outcome)
        # One more alert once the latency histogram's series exists, for its rate to see.
        sent = _deliveries(prom, "sent")
        await _feed(worker, prom, [LATE_POST], {"late-tariff"})
        _wait_for_delivery(prom, worker, "sent", more_than=sent)

        queries = [q for board in load_dashboards().values() for q in panel_queries(board)]
        # Lag and commit series follow the offset commit (every second) by a scrape or two.
        try:
            prom.wait_until("every panel has data", lambda: not _panel_problems(prom, queries), 30)
        except TimeoutError:
            problems = "\n".join(_panel_problems(prom, queries))
            pytest.fail(f"{problems}\n--- worker log ---\n{worker.log.read_text()[-3000:]}")

        used = {name for q in queries for name in metric_names(q.expr)}
        assert used - prom.metric_names() <= set(NOT_EXERCISED)
        assert set(NOT_EXERCISED) <= known_metric_names()  # registered: the names are right
        _check_rules(prom)


def _check_rules(prom: PrometheusServer) -> None:
    """The committed rules load and evaluate on real series (no rule in error)."""
    groups = prom.api("rules")["groups"]
    rules = [rule for group in groups for rule in group["rules"]]
    assert rules, "no rule loaded"
    broken = [(r["name"], r.get("lastError")) for r in rules if r.get("health") == "err"]
    assert not broken, broken
    prom.wait_until(
        "consumer lag recorded",
        lambda: bool(prom.query("job_topic:newsalerts_consumer_lag:sum")),
        30,
    )
