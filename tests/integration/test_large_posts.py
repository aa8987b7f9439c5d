"""Posts near Kafka's message size limit, on the real broker.

A scraped page can be large (a whole portal page, an HTML dump). The posts topic takes up to
about 1 MB per message (the broker default); what the worker writes for such a post — a dead
letter carries the original bytes base64-encoded (4/3 larger), an extracted post carries the
text plus entities — is larger than what it read. Neither may be lost nor stop the worker.
"""

from __future__ import annotations

import base64
import json

import pytest

from schemas.models import DeadLetter, ExtractedPost
from tests.integration.conftest import Worker, consume_until, produce

pytestmark = pytest.mark.kafka

# Just under the broker's default message.max.bytes (1048588) once framed.
NEAR_LIMIT = 1_000_000


def _big_invalid() -> bytes:
    # Valid UTF-8, not JSON: the dead letter must carry all of it back.
    return b"{" + "뉴스 ".encode() * ((NEAR_LIMIT - 1) // 7)


def _big_valid() -> bytes:
    lead = (
        "Japan said on Wednesday it will raise tariffs on imported rice to 30% from 15% "
        "starting next month. "
    )
    filler = "The harbour committee met again on Tuesday to discuss the weather and the ferry. "
    text = lead + filler * ((NEAR_LIMIT - 2000) // len(filler))
    post = {
        "id": "big-valid",
        "source": "test-wire",
        "published_at": "2026-03-04T10:00:00Z",
        "text": text,
    }
    raw = json.dumps(post).encode()
    assert len(raw) < NEAR_LIMIT
    return raw


SMALL_AFTER = json.dumps(
    {
        "id": "small-after-big",
        "source": "test-wire",
        "published_at": "2026-03-04T10:00:00Z",
        "text": "Canada will cut its defence budget by 5% next year, the finance ministry said.",
    }
).encode()


async def test_posts_near_the_size_limit_are_kept_and_the_worker_goes_on(worker: Worker) -> None:
    t = worker.topics
    big_invalid, big_valid = _big_invalid(), _big_valid()
    await produce(worker.bootstrap, t.posts, [big_invalid, big_valid, SMALL_AFTER])

    def ids(values: list[bytes]) -> set[str]:
        return {ExtractedPost.model_validate_json(v).id for v in values}

    def small_seen(values: list[bytes]) -> bool:
        return "small-after-big" in ids(values)

    events = await consume_until(worker.bootstrap, [t.events], small_seen, 180)
    assert small_seen(events), worker.log.read_text()[-4000:]

    letters = [
        DeadLetter.model_validate_json(v)
        for v in await consume_until(worker.bootstrap, [t.dead_letters], lambda v: len(v) >= 1, 30)
    ]
    originals = {base64.b64decode(d.original_b64): d for d in letters}
    # The invalid post is a dead letter with every original byte.
    assert big_invalid in originals, [d.reason for d in letters]
    assert originals[big_invalid].reason == "invalid_json"
    # The valid big post is either extracted or kept as a dead letter that says why: not lost.
    extracted = "big-valid" in ids(events)
    assert extracted or big_valid in originals, worker.log.read_text()[-4000:]
