"""Validate raw post bytes; anything invalid becomes a dead letter, never an exception."""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import dataclass
from typing import Literal

from pydantic import ValidationError

from schemas.models import DeadLetter, Post
from streams.topics import POST_MAX_BYTES

# The posts topic refuses larger messages; a producer with a larger limit on a topic
# configured otherwise could still write one, and it is refused here with a clear reason.
MAX_POST_BYTES = POST_MAX_BYTES


class InvalidPostError(ValueError):
    """A post that cannot be processed; ``reason`` is a short label fit for a metric."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def parse_post(raw: bytes | None) -> Post:
    """Parse one Kafka message value into a ``Post`` or raise ``InvalidPostError``."""
    if not raw:
        raise InvalidPostError("empty", "message value is empty")
    if len(raw) > MAX_POST_BYTES:
        raise InvalidPostError("too_large", f"{len(raw)} bytes > {MAX_POST_BYTES}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidPostError("not_utf8", str(exc)) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidPostError(
            "invalid_json", f"{exc.msg} at line {exc.lineno} col {exc.colno}"
        ) from None
    if not isinstance(data, dict):
        raise InvalidPostError(
            "not_an_object", f"expected a JSON object, got {type(data).__name__}"
        )
    try:
        return Post.model_validate(data)
    except ValidationError as exc:
        raise InvalidPostError("schema", _summarise(exc)) from None


def _summarise(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err["loc"]) or "post"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


@dataclass(frozen=True)
class SourceRecord:
    """Where a Kafka message came from, so a dead letter can be traced and replayed."""

    topic: str
    partition: int
    offset: int
    key: bytes | None = None


def dead_letter(
    raw: bytes | None,
    record: SourceRecord,
    reason: str,
    detail: str,
    stage: Literal["intake", "clean", "extract", "alert"] = "intake",
    now: dt.datetime | None = None,
) -> DeadLetter:
    return DeadLetter(
        stage=stage,
        reason=reason,
        detail=detail[:2000],
        original_b64=base64.b64encode(raw or b"").decode("ascii"),
        original_key_b64=base64.b64encode(record.key).decode("ascii") if record.key else None,
        topic=record.topic,
        partition=record.partition,
        offset=record.offset,
        failed_at=now or dt.datetime.now(dt.UTC),
    )
