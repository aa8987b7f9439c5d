"""The receiver protocol and the one retrier every receiver shares.

As in Alertmanager's ``notify``: a receiver makes one attempt and says whether it is worth
another (``NotifyResult.retry``); waiting, backoff and giving up live here, once. A server
that names a wait (HTTP 429 ``Retry-After``) is obeyed exactly; otherwise the wait grows
exponentially with full jitter, capped.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Protocol

from schemas.models import Alert


@dataclass(frozen=True)
class NotifyResult:
    ok: bool
    retry: bool = False
    reason: str = "ok"  # machine-readable: ok, rate_limited, server_error, timeout, no_service…
    status_code: int | None = None
    retry_after: float | None = None  # seconds the receiver asked us to wait


class Notifier(Protocol):
    """One receiver: ``kind`` is a metric label (slack, topic), ``name`` the config name."""

    @property
    def kind(self) -> str: ...

    @property
    def name(self) -> str: ...

    async def notify(self, alert: Alert) -> NotifyResult: ...


@dataclass(frozen=True)
class Backoff:
    base: float = 1.0
    cap: float = 60.0
    max_attempts: int = 5

    def delay(self, retry: int, draw: Callable[[], float] = random.random) -> float:
        """Full jitter: uniform in [0, min(cap, base·2^retry)], never below a tenth of it."""
        ceiling = min(self.cap, self.base * 2.0**retry)
        return max(ceiling * draw(), ceiling / 10)


@dataclass(frozen=True)
class Outcome:
    result: NotifyResult
    attempts: int


@dataclass
class Retrier:
    backoff: Backoff = field(default_factory=Backoff)
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    on_retry: Callable[[str, NotifyResult], None] = lambda kind, result: None

    async def run(self, notifier: Notifier, alert: Alert) -> Outcome:
        """Attempt until success, a permanent error, or ``max_attempts``."""
        attempt = 0
        while True:
            attempt += 1
            result = await notifier.notify(alert)
            if not result.retry or attempt >= self.backoff.max_attempts:
                return Outcome(result, attempt)
            self.on_retry(notifier.kind, result)
            await self.sleep(self.wait(result, attempt - 1))

    def wait(self, result: NotifyResult, retry: int) -> float:
        if result.retry_after is not None:
            return min(result.retry_after, self.backoff.cap * 10)  # obey, within reason
        return self.backoff.delay(retry)
