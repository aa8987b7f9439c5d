"""End to end on the real broker: sample post in → alerts out; bad posts → dead letters."""

from __future__ import annotations

import asyncio
import base64
import json
import urllib.request
from pathlib import Path

import pytest

from schemas.models import Alert, DeadLetter, ExtractedPost
from streams.intake.files import raw_posts_from_file
from tests.integration.conftest import SAMPLES, Worker, consume_until, produce

pytestmark = pytest.mark.kafka

SAMPLE = SAMPLES / "cocoa-board-2025-04-11.txt"
NOT_JSON = b"{this is not json"
NO_BODY = json.dumps({"id": "no-body", "source": "test", "title": "nothing"}).encode()
LATER_VALID = json.dumps(
    {
        "id": "valid-after-bad",
        "source": "test-wire",
        "published_at": "2026-03-04T10:00:00Z",
        "text": "Japan said on Wednesday it will raise tariffs on imported rice to 30% "
        "from 15% starting next month.",
    }
).encode()


def _alerts(values: list[bytes]) -> list[Alert]:
    return [Alert.model_validate_json(v) for v in values]


def _alerts_of_post(values: list[bytes], post_id: str) -> dict[str, Alert]:
    """The latest alert per type that the post is a source of. The later valid post reports a
    tariff change too, and posts on different partitions reach the alerts topic in either
    order."""
    return {
        a.type.value: a for a in _alerts(values) if any(s.post_id == post_id for s in a.sources)
    }


async def test_sample_post_becomes_alerts_and_bad_posts_dead_letters(worker: Worker) -> None:
    if not SAMPLE.exists():
        pytest.skip(f"sample post not found at {SAMPLE}")
    sample = next(raw_posts_from_file(SAMPLE))
    t = worker.topics
    await produce(worker.bootstrap, t.posts, [NOT_JSON, sample, NO_BODY, LATER_VALID])

    sample_id = json.loads(sample)["id"]
    wanted = {"policy_reversal", "tariff_change", "budget_cut"}

    def has_sample_alerts(vs: list[bytes]) -> bool:
        return wanted <= set(_alerts_of_post(vs, sample_id))

    values = await consume_until(worker.bootstrap, [t.alerts], has_sample_alerts, 180)
    alerts = _alerts_of_post(values, sample_id)
    assert wanted <= set(alerts), worker.log.read_text()

    tariff, budget = alerts["tariff_change"], alerts["budget_cut"]
    assert tariff.magnitude is not None
    assert (tariff.magnitude.value, tariff.magnitude.unit) == (125, "%")
    assert budget.magnitude is not None
    assert (budget.magnitude.value, budget.magnitude.unit) == (311000000, "KRW")
    for alert in alerts.values():
        assert alert.sources and alert.sources[0].evidence

    # each per-type topic carries its own alerts
    typed = await consume_until(
        worker.bootstrap, [t.alerts_of("budget_cut")], lambda v: len(v) >= 1, 30
    )
    assert {a.type.value for a in _alerts(typed)} == {"budget_cut"}

    letters = await consume_until(worker.bootstrap, [t.dead_letters], lambda v: len(v) >= 2, 60)
    dead = [DeadLetter.model_validate_json(v) for v in letters]
    assert sorted(d.reason for d in dead) == ["invalid_json", "schema"]
    assert {base64.b64decode(d.original_b64) for d in dead} == {NOT_JSON, NO_BODY}
    assert all(d.topic == t.posts and d.detail for d in dead)

    # the worker kept going: the valid post produced after the bad ones was extracted
    def has_valid(vs: list[bytes]) -> bool:
        return any(ExtractedPost.model_validate_json(v).id == "valid-after-bad" for v in vs)

    events = await consume_until(worker.bootstrap, [t.events], has_valid, 60)
    assert has_valid(events)


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as resp:
        return str(resp.read().decode())


async def test_metrics_endpoint_counts_posts(worker: Worker) -> None:
    await produce(worker.bootstrap, worker.topics.posts, [LATER_VALID, NOT_JSON])
    await consume_until(worker.bootstrap, [worker.topics.dead_letters], lambda v: len(v) >= 1, 60)
    await consume_until(worker.bootstrap, [worker.topics.events], lambda v: len(v) >= 1, 60)
    body = await asyncio.to_thread(_get, worker.metrics_url)
    assert 'newsalerts_posts_rejected_total{reason="invalid_json"} 1.0' in body
    assert "newsalerts_posts_received_total 2.0" in body
    assert "newsalerts_stage_duration_seconds_bucket" in body
    assert "faust_messages_received" in body  # faust's own sensor on the same registry


def test_sample_file_is_read_with_its_furniture_date() -> None:
    if not SAMPLE.exists():
        pytest.skip(f"sample post not found at {SAMPLE}")
    post = json.loads(next(raw_posts_from_file(Path(SAMPLE))))
    assert post["published_at"].startswith("2025-04-11T00:11")
