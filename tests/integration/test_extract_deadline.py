"""A post whose extraction outlasts the deadline, on the real broker: the worker dead-letters it
with its original bytes, replaces its extraction process and goes on with the next posts.

The long post is real work, not a trap: about 900 kB of Korean prose, which takes seconds to
analyse, against a deadline of 2 s set for this worker (the default is 300 s).
"""

from __future__ import annotations

import asyncio
import base64
import json
import urllib.request

import pytest

from schemas.models import DeadLetter, ExtractedPost
from tests.integration.conftest import Worker, consume_until, produce

pytestmark = pytest.mark.kafka

_PARAGRAPH = (
    "시의회는 9일 오후 본회의를 열어 내년도 예산안을 두고 토론을 이어갔다. 위원들은 도서관 운영 "
    "시간과 버스 노선 조정 문제를 놓고 의견을 나눴으며, 결론은 다음 회의로 미뤘다. "
)


@pytest.fixture
def worker_env() -> dict[str, str]:
    return {"NEWSALERTS_EXTRACT_TIMEOUT_SECONDS": "2"}


def _post(post_id: str, text: str) -> bytes:
    return json.dumps(
        {
            "id": post_id,
            "source": "test-wire",
            "published_at": "2026-03-04T10:00:00Z",
            "text": text,
        },
        ensure_ascii=False,
    ).encode()


LONG = _post("long", _PARAGRAPH * (900_000 // len(_PARAGRAPH.encode())))
SHORT = "Canada will cut its defence budget by 5% next year, the finance ministry said."


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as resp:
        return str(resp.read().decode())


def _split(values: list[bytes]) -> tuple[set[str], dict[bytes, DeadLetter]]:
    ids: set[str] = set()
    letters: dict[bytes, DeadLetter] = {}
    for value in values:
        if b'"original_b64"' in value:
            letter = DeadLetter.model_validate_json(value)
            letters[base64.b64decode(letter.original_b64)] = letter
        else:
            ids.add(ExtractedPost.model_validate_json(value).id)
    return ids, letters


async def test_a_post_past_the_deadline_is_kept_and_the_worker_goes_on(worker: Worker) -> None:
    t = worker.topics
    assert len(LONG) < 1_000_000
    await produce(worker.bootstrap, t.posts, [LONG, _post("short-1", SHORT)])

    def first_two(values: list[bytes]) -> bool:
        ids, letters = _split(values)
        return LONG in letters and "short-1" in ids

    values = await consume_until(worker.bootstrap, [t.events, t.dead_letters], first_two, 180)
    ids, letters = _split(values)
    assert LONG in letters, worker.log.read_text()[-4000:]
    letter = letters[LONG]
    assert (letter.stage, letter.reason) == ("extract", "extract_timeout")
    assert "long" not in ids
    assert "short-1" in ids

    # A post sent after the replacement is extracted too: the worker kept running.
    await produce(worker.bootstrap, t.posts, [_post("short-2", SHORT)])
    values = await consume_until(
        worker.bootstrap, [t.events], lambda v: "short-2" in _split(v)[0], 120
    )
    assert "short-2" in _split(values)[0], worker.log.read_text()[-4000:]

    metrics = await asyncio.to_thread(_get, worker.metrics_url)
    assert 'newsalerts_posts_rejected_total{reason="extract_timeout"} 1.0' in metrics
