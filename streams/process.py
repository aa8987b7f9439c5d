"""One raw post through intake → clean → extract: the pure function the agent calls.

It never raises for bad input: an invalid post or a failing extractor yields a ``Rejected``
with the dead letter to publish, so the worker keeps running and nothing is lost.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from schemas.models import DeadLetter, ExtractedPost
from streams.intake import InvalidPostError, SourceRecord, dead_letter, parse_post
from streams.pipeline import Pipeline
from streams.topics import OUTPUT_MAX_BYTES

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Extracted:
    post: ExtractedPost
    body: bytes  # the post serialised for the events topic, within OUTPUT_MAX_BYTES
    stage_seconds: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Rejected:
    letter: DeadLetter


def process_post(
    raw: bytes | None,
    record: SourceRecord,
    pipeline: Pipeline,
    ingested_at: dt.datetime | None = None,
    max_output_bytes: int = OUTPUT_MAX_BYTES,
) -> Extracted | Rejected:
    try:
        post = parse_post(raw)
    except InvalidPostError as exc:
        return Rejected(dead_letter(raw, record, exc.reason, exc.detail, stage="intake"))
    timings: dict[str, float] = {}
    try:
        extracted = pipeline.extract(post, on_stage=timings.__setitem__)
    except Exception as exc:  # a bug on one odd post must not stop the stream
        log.exception("extraction failed", extra={"post_id": post.id})
        detail = f"{type(exc).__name__}: {exc}"
        return Rejected(dead_letter(raw, record, "extract_error", detail, stage="extract"))
    extracted.ingested_at = ingested_at
    body = extracted.model_dump_json(exclude_none=True).encode()
    if len(body) > max_output_bytes:
        # The broker would refuse it and the producer error would stop the agent: kept here
        # with its original bytes instead, like any post the worker cannot pass on.
        detail = f"extracted post is {len(body)} bytes > {max_output_bytes}"
        return Rejected(dead_letter(raw, record, "output_too_large", detail, stage="extract"))
    return Extracted(extracted, body, timings)
