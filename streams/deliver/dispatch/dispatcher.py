"""The delivery loop: alert versions in → routed, grouped, silenced, sent once, logged.

Two halves, because faust writes table changes from inside a stream event:

* ``on_alert`` runs in the ``deliver_alerts`` agent for each version read from the alerts
  topic: it routes the version and records it as pending in the group table (a durable
  changelog), so a pending version survives a restart or a rebalance.
* ``tick`` runs on a timer: it finds the groups that are due *on partitions this worker owns*
  and hands each to its receiver's queue; one task per receiver sends them one at a time, so a
  slow or rate-limited webhook never holds up another receiver.

Both tables (groups, nflog) are keyed by ``alert_id`` like the alerts topic, so with two
workers each alert's groups and delivery log live with the worker that reads its partition.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field

from pydantic import BaseModel, ValidationError

from schemas.models import Alert, DeliveryDeadLetter
from streams.deliver.dispatch.group import GroupState, flushed, idle, is_due, on_alert
from streams.deliver.dispatch.route import Subscriptions, Timing, route
from streams.deliver.nflog.log import Decision, NotificationLog, Status
from streams.deliver.notify.base import Notifier, Outcome, Retrier
from streams.deliver.silence.silence import silenced_by
from streams.metrics import Metrics

log = logging.getLogger("newsalerts.dispatch")

NFLOG_KEEP_SECONDS = 30 * 24 * 3600.0  # a replay of an alert older than this posts again


class GroupBook(BaseModel):
    """The group table value of one alert: one group per receiver."""

    groups: dict[str, GroupState] = {}


@dataclass(frozen=True)
class Due:
    alert_id: str
    receiver: str
    alert: Alert


@dataclass
class Dispatcher:
    subs: Subscriptions
    notifiers: dict[str, Notifier]
    groups: MutableMapping[str, bytes]
    nflog: NotificationLog
    retrier: Retrier
    metrics: Metrics
    dead_letter: Callable[[DeliveryDeadLetter], Awaitable[None]]
    owns: Callable[[str], bool]  # does this worker own the alert's partition right now?
    default_timing: Timing
    clock: Callable[[], float] = time.time
    _queues: dict[str, asyncio.Queue[Due]] = field(default_factory=dict)
    _busy: set[tuple[str, str]] = field(default_factory=set)

    # --- in the agent: route and group ---------------------------------------------------

    def on_alert(self, alert: Alert) -> int:
        """Route one version into its groups; returns how many receivers it goes to."""
        targets = route(self.subs, alert, self.default_timing)
        if not targets:
            return 0
        now = self.clock()
        book = self._book(alert.alert_id)
        for t in targets:
            book.groups[t.receiver] = on_alert(book.groups.get(t.receiver), alert, now, t.timing)
        self.groups[alert.alert_id] = book.model_dump_json().encode()
        return len(targets)

    # --- on the timer: what is due, and the receivers' queues ------------------------------

    def tick(self) -> int:
        """Queue every due group this worker owns; forget idle groups. Returns how many."""
        now = self.clock()
        queued = 0
        for alert_id in list(self.groups.keys()):
            if not self.owns(alert_id):
                continue
            book = self._book(alert_id)
            if all(idle(g, now) for g in book.groups.values()):
                del self.groups[alert_id]
                continue
            for receiver, group in book.groups.items():
                if is_due(group, now) and group.pending is not None:
                    queued += self._enqueue(Due(alert_id, receiver, group.pending))
        return queued

    def _enqueue(self, due: Due) -> int:
        slot = (due.receiver, due.alert_id)
        if slot in self._busy:
            return 0
        self._busy.add(slot)
        self._queue(due.receiver).put_nowait(due)
        return 1

    def _queue(self, receiver: str) -> asyncio.Queue[Due]:
        return self._queues.setdefault(receiver, asyncio.Queue())

    async def run_receiver(self, receiver: str) -> None:
        """Deliver one receiver's due groups, one at a time, forever."""
        queue = self._queue(receiver)
        while True:
            due = await queue.get()
            try:
                await self.deliver(due)
            except Exception:
                log.exception("delivery failed unexpectedly", extra={"receiver": receiver})
            finally:
                self._busy.discard((due.receiver, due.alert_id))

    def prune(self) -> int:
        return self.nflog.prune(self.clock(), NFLOG_KEEP_SECONDS)

    # --- one delivery ------------------------------------------------------------------

    async def deliver(self, due: Due) -> str:
        """Send one due version to one receiver (at most once); returns the outcome label."""
        alert, receiver = due.alert, due.receiver
        notifier = self.notifiers[receiver]
        outcome = await self._attempt(notifier, alert)
        self.metrics.deliveries.labels(notifier.kind, outcome).inc()
        self._mark_flushed(due)
        log.info(
            "delivery %s",
            outcome,
            extra={"receiver": receiver, "alert_id": alert.alert_id, "version": alert.version},
        )
        return outcome

    async def _attempt(self, notifier: Notifier, alert: Alert) -> str:
        receiver, now = notifier.name, self.clock()
        wall = dt.datetime.fromtimestamp(now, dt.UTC)
        if silenced_by(self.subs.silences, alert, receiver, wall) is not None:
            self.nflog.finish(alert.alert_id, receiver, alert.version, Status.SKIPPED, now, "")
            return "silenced"
        decision = self.nflog.decide(alert.alert_id, receiver, alert.version)
        if decision is not Decision.SEND:
            return decision.value  # duplicate, or unknown (in flight when a worker died)
        await self.nflog.begin(alert.alert_id, receiver, alert.version, now)
        result = await self.retrier.run(notifier, alert)
        return await self._record(notifier, alert, result)

    async def _record(self, notifier: Notifier, alert: Alert, outcome: Outcome) -> str:
        result, now = outcome.result, self.clock()
        if result.ok:
            self.nflog.finish(alert.alert_id, notifier.name, alert.version, Status.SENT, now, "")
            lag = now - alert.last_updated.timestamp()
            self.metrics.delivery_seconds.labels(notifier.kind).observe(max(lag, 0.0))
            return "sent"
        reason = result.reason if not result.retry else f"retries_exhausted:{result.reason}"
        await self.dead_letter(
            DeliveryDeadLetter(
                receiver=notifier.name,
                receiver_kind=notifier.kind,
                reason=reason,
                status_code=result.status_code,
                attempts=outcome.attempts,
                alert=alert,
                failed_at=dt.datetime.fromtimestamp(now, dt.UTC),
            )
        )
        self.nflog.finish(alert.alert_id, notifier.name, alert.version, Status.FAILED, now, reason)
        return "failed" if result.retry else "dead_lettered"

    def _mark_flushed(self, due: Due) -> None:
        # Re-read: versions that arrived during the POST stay pending for the next interval.
        book = self._book(due.alert_id)
        group = book.groups.get(due.receiver)
        if group is None:
            return
        book.groups[due.receiver] = flushed(group, due.alert.version, self.clock())
        self.groups[due.alert_id] = book.model_dump_json().encode()

    def _book(self, alert_id: str) -> GroupBook:
        raw = self.groups.get(alert_id)
        if raw is None:
            return GroupBook()
        try:
            return GroupBook.model_validate_json(raw)
        except ValidationError:
            return GroupBook()
