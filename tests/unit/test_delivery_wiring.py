"""The delivery wiring waits for its tables' changelog metadata before writing them."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

from streams.deliver.wiring import DELIVERY_TABLES, changelogs_ready


class _Producer:
    def __init__(self) -> None:
        self.asked: list[str] = []

    async def partitions_for(self, topic: str) -> set[int]:
        self.asked.append(topic)
        return {0}


def _app(producer: _Producer) -> Any:
    tables = {
        name: SimpleNamespace(
            changelog_topic=SimpleNamespace(get_topic_name=lambda n=name: f"app-{n}-changelog")
        )
        for name in DELIVERY_TABLES
    }
    return SimpleNamespace(
        producer=SimpleNamespace(_ensure_producer=lambda: producer), tables=tables
    )


def test_every_delivery_table_changelog_is_known_to_the_producer_first() -> None:
    # faust's partitioner reads the producer's cached metadata synchronously: a changelog it
    # has never fetched makes every table write raise, so the wiring asks for each one.
    producer = _Producer()
    asyncio.run(changelogs_ready(_app(producer)))
    assert producer.asked == ["app-groups-changelog", "app-nflog-changelog"]
