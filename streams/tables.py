"""faust plumbing shared by the app and the delivery wiring: raw topics and JSON tables."""

from __future__ import annotations

import logging
from collections.abc import Iterator, MutableMapping
from typing import Any

import faust

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
