"""faust plumbing shared by the app and the delivery wiring: raw topics and JSON tables."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, MutableMapping
from typing import Any

import faust
from faust.types import TP

from streams.settings import Settings

log = logging.getLogger(__name__)

# faust falls back to the app's store when a table's store URL is falsy, and yarl's
# URL("memory://") is: a host makes it truthy and names the same in-memory store.
MEMORY_STORE = "memory://local"


def table_store(settings: Settings) -> str:
    """RocksDB (fast restarts: only the changelog tail is replayed) when rocksdict is there."""
    if settings.table_store == "memory":
        return "memory://"
    try:
        import rocksdict  # noqa: F401
    except ImportError:
        if settings.table_store == "rocksdb":
            raise
        log.warning("rocksdict is not installed: tables in memory, rebuilt from changelogs")
        return "memory://"
    return "rocksdb://"


class StrKeys(MutableMapping[str, bytes]):
    """A faust table with raw bytes keys and values, used with ``str`` keys.

    faust picks a table's codecs from its key and value *types*: ``bytes`` is the only type
    it stores raw (``str`` keys would be JSON-quoted in the changelog, and then partitioned
    unlike the same key on our topics). Values are our pydantic JSON, opaque to faust.
    """

    def __init__(self, table: Any) -> None:
        self._table = table

    def __getitem__(self, key: str) -> bytes:
        return bytes(self._table[key.encode()])

    def __setitem__(self, key: str, value: bytes) -> None:
        self._table[key.encode()] = value

    def __delitem__(self, key: str) -> None:
        del self._table[key.encode()]

    def __iter__(self) -> Iterator[str]:
        return (bytes(k).decode() for k in list(self._table.keys()))

    def __len__(self) -> int:
        return len(self._table)


def json_table(app: faust.App, name: str, **kw: Any) -> MutableMapping[str, bytes]:
    return StrKeys(app.Table(name, key_type=bytes, value_type=bytes, **kw))


def raw_topic(app: faust.App, name: str) -> Any:
    # Values stay bytes: we parse them with pydantic ourselves, so an invalid post reaches
    # our validator (and the dead-letter topic) instead of failing inside faust's codec.
    return app.topic(
        name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw"
    )


def hold_stream_partitions_until_queues_cleared(app: faust.App) -> None:
    """Keep faust from discarding stream records at the end of table recovery.

    faust-streaming 0.15.3 (pinned), ``Recovery.on_recovery_completed`` in
    faust/tables/recovery.py: resumes the stream partitions, awaits
    ``consumer.perform_seek()`` (offset fetches from the broker), and only then calls
    ``app.flow_control.resume()``, which empties every channel queue (mode's
    ``FlowControlEvent.resume`` calls ``clear``; faust/channels.py creates the queues with
    ``clear_on_resume=True``). With tables, ``Recovery._restart_recovery`` has already resumed
    the consumer flow to read the changelogs, so the Fetcher is running during that await:
    records of the stream partitions just resumed land in the agents' queues and are cleared.
    The consumer's position and faust's read offset are past them and nothing seeks back, so
    they are not read again before the next rebalance, and a commit after a later record
    skips them for good. Seen in the scale-out test: a diagnostic hook saw
    ``flow_control.clear`` drop 19 posts; a probe saw a worker that had just taken over a
    partition process its offsets 16 and 18 but never 17, and drop a later fetch of 16-25 as
    already read (``DROPPED MESSAGE ROFF``). faust-streaming PR #253
    fixed this ordering for the consumer flow ("resuming the consumer after the flow control
    makes sure that we don't write data to the app which is then discarded"), not for it.

    Here the stream partitions' resume is held back until that ``flow_control.resume()`` has
    cleared the queues: nothing the Fetcher delivers can be dropped, and it reads them from
    the positions ``perform_seek`` set. Recheck on a faust upgrade.
    """
    tables: Any = app.tables  # typed as TableManagerT, which does not declare .recovery
    recovery: Any = tables.recovery
    completed = recovery.on_recovery_completed

    async def on_recovery_completed(generation_id: int = 0) -> None:
        consumer: Any = app.consumer
        flow: Any = app.flow_control
        resume_partitions = consumer.resume_partitions
        resume_flow = flow.resume
        held: set[TP] = set()

        def hold(tps: Iterable[TP]) -> None:
            wanted = set(tps)
            changelogs = {tp for tp in wanted if recovery._is_changelog_tp(tp)}
            held.update(wanted - changelogs)
            if changelogs:
                resume_partitions(changelogs)

        def resume_then_release() -> None:
            resume_flow()  # clears the queues: none of the held partitions' records are there
            if held:
                resume_partitions(held)
                held.clear()

        # Instance attributes shadow the methods for this one call only.
        consumer.resume_partitions = hold
        flow.resume = resume_then_release
        try:
            await completed(generation_id)
        finally:
            consumer.resume_partitions = resume_partitions
            flow.resume = resume_flow
        # Not released (an early return, or RebalanceAgain while seeking): the next
        # recovery pauses and resumes every assigned partition anyway.

    recovery.on_recovery_completed = on_recovery_completed
