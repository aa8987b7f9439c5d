"""A Kafka topic as a receiver: the alert version as JSON, keyed by ``alert_id``."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from schemas.models import Alert
from streams.deliver.notify.base import NotifyResult

log = logging.getLogger("newsalerts.notify.topic")

Send = Callable[[bytes, bytes], Awaitable[None]]


@dataclass
class TopicNotifier:
    name: str
    send: Send  # (key, value) → awaited until the producer accepted it
    kind: str = "topic"

    async def notify(self, alert: Alert) -> NotifyResult:
        body = alert.model_dump_json(exclude_none=True).encode()
        try:
            await self.send(alert.alert_id.encode(), body)
        except Exception as exc:  # any broker error is worth another try
            log.warning("topic send failed: %s", type(exc).__name__, extra={"receiver": self.name})
            return NotifyResult(False, True, "kafka_error")
        return NotifyResult(ok=True)
