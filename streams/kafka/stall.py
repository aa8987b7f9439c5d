"""A guard against faust leaving assigned stream partitions out of its fetch set.

Seen here with two workers and tables (RocksDB changelogs): after a rebalance, a worker is
"ready" but never fetches some of its assigned stream partitions again (faust-streaming issues
#471 and #629 describe the same symptom). faust fetches only its *active* partitions: an
assigned, non-changelog partition that is neither active nor buffered while no rebalance or
recovery is running will never be read. The guard finds those and resumes them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

log = logging.getLogger(__name__)


def stalled(assigned: Iterable[Any], active: set[Any], buffered: set[Any], paused: set[Any],
            is_changelog: Any) -> set[Any]:  # fmt: skip
    """Assigned stream partitions that faust will not fetch."""
    return {
        tp
        for tp in assigned
        if not is_changelog(tp) and (tp in paused or (tp not in active and tp not in buffered))
    }


def resume_stalled(app: Any) -> set[Any]:
    """Resume what ``stalled`` finds; a no-op while a rebalance or recovery runs."""
    if app.rebalancing or getattr(app, "in_recovery", False):
        return set()
    recovery = app.tables.recovery
    if not recovery.completed.is_set():
        return set()
    consumer = app.consumer
    found = stalled(
        consumer.assignment(),
        set(consumer._active_partitions or ()),
        set(consumer._buffered_partitions),
        set(consumer._paused_partitions),
        recovery._is_changelog_tp,
    )
    if found:
        log.warning("resuming %d stalled partition(s): %s", len(found), sorted(map(str, found)))
        consumer.resume_partitions(found)
    return found
