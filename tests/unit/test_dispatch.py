"""The delivery loop without Kafka: route → group → silence → nflog → notify → dead letter."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

from schemas.models import Alert, DeliveryDeadLetter
from streams.deliver.dispatch.dispatcher import Dispatcher
from streams.deliver.dispatch.route import Subscriptions, Timing, load_subscriptions
from streams.deliver.nflog.log import NotificationLog, Status
from streams.deliver.notify.base import Backoff, Notifier, NotifyResult, Retrier
from streams.metrics import Metrics
from tests.unit.test_route import alert

SUBS = """
[[receivers]]
name = "desk"
kind = "topic"
topic = "x"

[[routes]]
name = "all"
receivers = ["desk"]
group_wait = 10
group_interval = 60

[[silences]]
id = "quiet"
starts_at = 2030-01-01T00:00:00Z
ends_at = 2030-01-02T00:00:00Z
receivers = ["desk"]
"""


OK = NotifyResult(True)


class Fake:
    kind, name = "topic", "desk"

    def __init__(self, answer: NotifyResult = OK) -> None:
        self.sent: list[int] = []
        self.answer = answer

    async def notify(self, a: Alert) -> NotifyResult:
        self.sent.append(a.version)
        return self.answer


class World:
    def __init__(self, tmp_path: Path, notifier: Fake, start: float = 1000.0) -> None:
        f = tmp_path / "subs.toml"
        f.write_text(SUBS)
        self.now = start
        self.groups: dict[str, bytes] = {}
        self.nflog: dict[str, bytes] = {}
        self.letters: list[DeliveryDeadLetter] = []
        self.metrics = Metrics.create(CollectorRegistry())
        self.notifier = notifier
        self.dispatcher = self.make(load_subscriptions(f, {}), notifier)

    def make(self, subs: Subscriptions, notifier: Notifier) -> Dispatcher:
        async def durable() -> None:
            return None

        async def dead(letter: DeliveryDeadLetter) -> None:
            self.letters.append(letter)

        async def no_sleep(_: float) -> None:
            return None

        return Dispatcher(
            subs=subs,
            notifiers={"desk": notifier},
            groups=self.groups,
            nflog=NotificationLog(self.nflog, durable),
            retrier=Retrier(Backoff(max_attempts=3), sleep=no_sleep),
            metrics=self.metrics,
            dead_letter=dead,
            owns=lambda alert_id: True,
            default_timing=Timing(30, 300),
            clock=lambda: self.now,
        )

    def flush(self) -> list[str]:
        """One timer tick, then drain the receiver's queue."""
        self.dispatcher.tick()
        queue = self.dispatcher._queue("desk")
        outcomes = []
        while not queue.empty():
            due = queue.get_nowait()
            outcomes.append(asyncio.run(self.dispatcher.deliver(due)))
            self.dispatcher._busy.discard((due.receiver, due.alert_id))
        return outcomes

    def outcome_count(self, outcome: str) -> float:
        value = self.metrics.registry.get_sample_value(
            "newsalerts_deliveries_total", {"receiver": "topic", "outcome": outcome}
        )
        return value or 0.0


def test_burst_is_grouped_then_updates_wait_for_the_interval(tmp_path: Path) -> None:
    w = World(tmp_path, Fake())
    for v in (1, 2, 3):
        w.dispatcher.on_alert(alert(version=v))
    assert w.flush() == []  # group_wait not over
    w.now += 10
    assert w.flush() == ["sent"] and w.notifier.sent == [3]
    w.dispatcher.on_alert(alert(version=4))
    w.now += 30
    assert w.flush() == []
    w.now += 30
    assert w.flush() == ["sent"] and w.notifier.sent == [3, 4]
    assert w.outcome_count("sent") == 2


def test_restart_after_intent_never_posts_the_version_again(tmp_path: Path) -> None:
    w = World(tmp_path, Fake())
    w.dispatcher.on_alert(alert(version=1))
    # the worker died after "in flight" was durable, maybe mid-POST
    w.dispatcher.nflog.finish("a1", "desk", 1, Status.INFLIGHT, w.now, "")
    w.now += 10
    assert w.flush() == ["unknown"] and w.notifier.sent == []
    w.dispatcher.on_alert(alert(version=2))  # the next version is delivered as usual
    w.now += 60
    assert w.flush() == ["sent"] and w.notifier.sent == [2]


def test_replayed_version_is_a_duplicate(tmp_path: Path) -> None:
    w = World(tmp_path, Fake())
    w.dispatcher.on_alert(alert(version=1))
    w.now += 10
    w.flush()
    w.groups.clear()  # the group was forgotten; the alerts topic is replayed
    w.dispatcher.on_alert(alert(version=1))
    w.now += 10
    assert w.flush() == ["duplicate"] and w.notifier.sent == [1]


@pytest.mark.parametrize(
    ("answer", "outcome", "reason", "calls"),
    [
        (NotifyResult(False, False, "no_service", 404), "dead_lettered", "no_service", 1),
        (
            NotifyResult(False, True, "server_error", 500),
            "failed",
            "retries_exhausted:server_error",
            3,
        ),
    ],
)
def test_refused_versions_are_dead_lettered_with_the_reason(
    tmp_path: Path, answer: NotifyResult, outcome: str, reason: str, calls: int
) -> None:
    w = World(tmp_path, Fake(answer))
    w.dispatcher.on_alert(alert(version=1))
    w.now += 10
    assert w.flush() == [outcome]
    assert len(w.notifier.sent) == calls
    [letter] = w.letters
    assert (letter.receiver, letter.reason, letter.attempts) == ("desk", reason, calls)
    assert letter.alert.version == 1


def test_silenced_versions_are_not_sent(tmp_path: Path) -> None:
    during = dt.datetime(2030, 1, 1, 12, tzinfo=dt.UTC).timestamp()
    w = World(tmp_path, Fake(), start=during)
    w.dispatcher.on_alert(alert(version=1))
    w.now += 10
    assert w.flush() == ["silenced"] and w.notifier.sent == []


def test_groups_of_partitions_owned_elsewhere_are_left_alone(tmp_path: Path) -> None:
    w = World(tmp_path, Fake())
    w.dispatcher.owns = lambda alert_id: False
    w.dispatcher.on_alert(alert(version=1))
    w.now += 100
    assert w.flush() == [] and w.notifier.sent == []


def test_idle_groups_are_forgotten(tmp_path: Path) -> None:
    w = World(tmp_path, Fake())
    w.dispatcher.on_alert(alert(version=1))
    w.now += 10
    w.flush()
    w.now += 61
    w.flush()
    assert w.groups == {}
