"""The notification log: intent before the POST, so a crash never posts a version twice."""

from __future__ import annotations

import asyncio

from streams.deliver.nflog.log import (
    AlertLog,
    Decision,
    NotificationLog,
    Status,
    decide,
    with_record,
)


def test_decisions() -> None:
    assert decide(None, "desk", 1) is Decision.SEND
    sent = with_record(None, "desk", 2, Status.SENT, 10)
    assert decide(sent, "desk", 2) is Decision.DUPLICATE
    assert decide(sent, "desk", 1) is Decision.DUPLICATE
    assert decide(sent, "desk", 3) is Decision.SEND
    assert decide(sent, "other", 1) is Decision.SEND
    inflight = with_record(sent, "desk", 3, Status.INFLIGHT, 11)
    assert decide(inflight, "desk", 3) is Decision.UNKNOWN  # maybe posted: never again
    assert decide(inflight, "desk", 4) is Decision.SEND
    assert decide(inflight, "other", 1) is Decision.SEND


def test_begin_is_durable_before_it_returns_and_survives_a_new_process() -> None:
    table: dict[str, bytes] = {}
    events: list[str] = []

    async def durable() -> None:
        events.append(
            f"durable:{AlertLog.model_validate_json(table['a']).receivers['desk'].status}"
        )

    log = NotificationLog(table, durable)
    asyncio.run(log.begin("a", "desk", 1, 5.0))
    assert events == ["durable:inflight"]
    # "kill": a new process recovers the same table from the changelog
    reborn = NotificationLog(dict(table), durable)
    assert reborn.decide("a", "desk", 1) is Decision.UNKNOWN
    reborn.finish("a", "desk", 1, Status.SENT, 6.0, "")
    assert reborn.decide("a", "desk", 1) is Decision.DUPLICATE


def test_prune_forgets_only_old_alerts() -> None:
    table: dict[str, bytes] = {}

    async def durable() -> None:
        return None

    log = NotificationLog(table, durable)
    log.finish("old", "desk", 1, Status.SENT, 0.0, "")
    log.finish("new", "desk", 1, Status.SENT, 1000.0, "")
    table["junk"] = b"not json"
    assert log.prune(now=1001.0, keep_seconds=100.0) == 2
    assert set(table) == {"new"}
