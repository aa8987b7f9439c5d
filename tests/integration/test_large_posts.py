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
from pydantic import ValidationError

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


def _outcomes(values: list[bytes]) -> tuple[set[str], dict[bytes, DeadLetter]]:
    """Split what the worker wrote into extracted post ids and dead letters by original bytes."""
    ids: set[str] = set()
    letters: dict[bytes, DeadLetter] = {}
    for value in values:
        try:
            letter = DeadLetter.model_validate_json(value)
        except ValidationError:
            ids.add(ExtractedPost.model_validate_json(value).id)
        else:
            letters[base64.b64decode(letter.original_b64)] = letter
    return ids, letters


async def test_posts_near_the_size_limit_are_kept_and_the_worker_goes_on(worker: Worker) -> None:
    t = worker.topics
    big_invalid, big_valid = _big_invalid(), _big_valid()
    await produce(worker.bootstrap, t.posts, [big_invalid, big_valid, SMALL_AFTER])

    def settled(values: list[bytes]) -> bool:
        # Unkeyed records land on any partition, so the small post may be done long before the
        # big valid one: wait for all three outcomes, not for the last one produced.
        ids, letters = _outcomes(values)
        return (
            "small-after-big" in ids
            and big_invalid in letters
            and ("big-valid" in ids or big_valid in letters)
        )

    values = await consume_until(worker.bootstrap, [t.events, t.dead_letters], settled, 240)
    ids, letters = _outcomes(values)
    # The worker went on after both big posts.
    assert "small-after-big" in ids, worker.log.read_text()[-4000:]
    # The invalid post is a dead letter with every original byte.
    assert big_invalid in letters, [d.reason for d in letters.values()]
    assert letters[big_invalid].reason == "invalid_json"
    # The valid big post is either extracted or kept as a dead letter that says why: not lost.
    assert "big-valid" in ids or big_valid in letters, worker.log.read_text()[-4000:]
