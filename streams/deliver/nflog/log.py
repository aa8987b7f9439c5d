"""The notification log: per alert, per receiver, the last version handled and how.

Slack webhooks have no idempotency key, so whether a version was posted can only be known
from our own records. The order of writes decides what a crash costs:

1. ``begin`` records the version *in flight* and waits until that record is durable in the
   table's changelog topic (acks=all);
2. only then the message is posted;
3. ``finish`` records *sent* (or *failed*).

A crash between 1 and 3 leaves an in-flight record without a result. On restart that version
counts as **sent or unknown** and is never posted again: this is at-most-once per (receiver,
alert, version), the choice the issue asks for ("never post the same alert version twice").
What it costs: a crash in the second between 1 and 3 can lose that one version for that
receiver (``deliveries_total{outcome="unknown"}`` counts them); the next version of the alert
is delivered as usual. A crash before 1 is durable loses nothing: the version is still
pending in the group table and is posted after the restart.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from enum import StrEnum

from pydantic import BaseModel, ValidationError


class Status(StrEnum):
    INFLIGHT = "inflight"
    SENT = "sent"
    FAILED = "failed"  # refused for good, or retries exhausted: dead-lettered
    SKIPPED = "skipped"  # silenced


class Record(BaseModel):
    version: int
    status: Status
    at: float
    reason: str = ""


class AlertLog(BaseModel):
    receivers: dict[str, Record] = {}
    touched_at: float = 0.0


class Decision(StrEnum):
    SEND = "send"
    DUPLICATE = "duplicate"  # this version (or a newer one) was handled already
    UNKNOWN = "unknown"  # in flight when a worker died: maybe posted, never post again


def decide(log: AlertLog | None, receiver: str, version: int) -> Decision:
    record = log.receivers.get(receiver) if log else None
    if record is None or record.version < version:
        return Decision.SEND
    if record.version == version and record.status == Status.INFLIGHT:
        return Decision.UNKNOWN
    return Decision.DUPLICATE


def with_record(
    log: AlertLog | None, receiver: str, version: int, status: Status, now: float, reason: str = ""
) -> AlertLog:
    base = log or AlertLog()
    receivers = {
        **base.receivers,
        receiver: Record(version=version, status=status, at=now, reason=reason),
    }
    return AlertLog(receivers=receivers, touched_at=now)


class NotificationLog:
    """The log over a ``str → bytes`` mapping (a faust table) and a durable-write barrier."""

    def __init__(
        self, table: MutableMapping[str, bytes], durable: Callable[[], Awaitable[None]]
    ) -> None:
        self._table = table
        self._durable = durable

    def get(self, alert_id: str) -> AlertLog | None:
        raw = self._table.get(alert_id)
        if raw is None:
            return None
        try:
            return AlertLog.model_validate_json(raw)
        except ValidationError:
            return None  # an unreadable record is no record: at worst one more message

    def decide(self, alert_id: str, receiver: str, version: int) -> Decision:
        return decide(self.get(alert_id), receiver, version)

    async def begin(self, alert_id: str, receiver: str, version: int, now: float) -> None:
        """Record the intent and wait until it is durable: only then may the POST start."""
        self._put(alert_id, receiver, version, Status.INFLIGHT, now)
        await self._durable()

    def finish(
        self, alert_id: str, receiver: str, version: int, status: Status, now: float, reason: str
    ) -> None:
        self._put(alert_id, receiver, version, status, now, reason)

    def _put(
        self,
        alert_id: str,
        receiver: str,
        version: int,
        status: Status,
        now: float,
        reason: str = "",
    ) -> None:
        log = with_record(self.get(alert_id), receiver, version, status, now, reason)
        self._table[alert_id] = log.model_dump_json().encode()

    def prune(self, now: float, keep_seconds: float) -> int:
        """Forget alerts untouched for ``keep_seconds`` (a replay older than that re-sends)."""
        stale = []
        for key in list(self._table.keys()):
            log = self.get(key)
            if log is None or now - log.touched_at > keep_seconds:
                stale.append(key)
        for key in stale:
            del self._table[key]
        return len(stale)
