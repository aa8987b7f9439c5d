"""Grouping: a burst becomes one message; later versions at most every interval."""

from __future__ import annotations

import datetime as dt

from schemas.models import Alert, EventStatus, EventType
from streams.deliver.dispatch.group import flushed, idle, is_due, on_alert
from streams.deliver.dispatch.route import Timing

TIMING = Timing(group_wait=30, group_interval=300)


def alert(version: int) -> Alert:
    t = dt.datetime(2025, 4, 9, tzinfo=dt.UTC)
    return Alert(
        alert_id="a1",
        version=version,
        type=EventType.TARIFF_CHANGE,
        headline="Tariff change",
        status=EventStatus.ANNOUNCED,
        lang="en",
        sources=[],
        first_seen=t,
        last_updated=t,
    )


def test_burst_within_group_wait_flushes_once_with_the_latest_version() -> None:
    g = on_alert(None, alert(1), 1000, TIMING)
    g = on_alert(g, alert(2), 1010, TIMING)
    g = on_alert(g, alert(3), 1020, TIMING)
    assert not is_due(g, 1029.9)
    assert is_due(g, 1030) and g.pending is not None and g.pending.version == 3


def test_updates_after_a_flush_wait_for_the_interval() -> None:
    g = flushed(on_alert(None, alert(1), 1000, TIMING), 1, 1030)
    assert g.pending is None and not is_due(g, 5000)
    g = on_alert(g, alert(2), 1040, TIMING)
    assert not is_due(g, 1329) and is_due(g, 1330)
    g = on_alert(flushed(g, 2, 1330), alert(3), 2000, TIMING)
    assert is_due(g, 2000)  # the interval is long over: no extra wait


def test_old_or_repeated_versions_are_ignored() -> None:
    g = flushed(on_alert(None, alert(2), 1000, TIMING), 2, 1030)
    assert on_alert(g, alert(2), 1040, TIMING) == g
    assert on_alert(g, alert(1), 1040, TIMING) == g


def test_version_arriving_during_a_send_stays_pending() -> None:
    g = on_alert(None, alert(1), 1000, TIMING)
    g = on_alert(g, alert(2), 1031, TIMING)  # while v1 was being posted
    g = flushed(g, 1, 1032)
    assert g.pending is not None and g.pending.version == 2
    assert g.due_at == 1032 + 300


def test_idle_groups_can_be_forgotten_after_the_interval() -> None:
    g = on_alert(None, alert(1), 1000, TIMING)
    assert not idle(g, 99999)
    g = flushed(g, 1, 1030)
    assert not idle(g, 1100) and idle(g, 1330)
