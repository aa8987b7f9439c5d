"""The stall guard finds assigned stream partitions faust would never fetch again."""

from __future__ import annotations

from streams.kafka.stall import stalled


def _is_changelog(tp: str) -> bool:
    return tp.endswith("-changelog")


def test_assigned_partition_missing_from_the_fetch_set_is_stalled() -> None:
    assigned = {"posts/0", "posts/1", "clusters-changelog"}
    found = stalled(assigned, active={"posts/0"}, buffered=set(), paused=set(),
                    is_changelog=_is_changelog)  # fmt: skip
    assert found == {"posts/1"}


def test_paused_stream_partition_is_stalled_but_changelogs_are_left_alone() -> None:
    assigned = {"posts/0", "clusters-changelog"}
    paused = {"posts/0", "clusters-changelog"}
    found = stalled(assigned, active={"posts/0"}, buffered=set(), paused=paused,
                    is_changelog=_is_changelog)  # fmt: skip
    assert found == {"posts/0"}


def test_active_or_buffered_partitions_are_fine() -> None:
    assigned = {"posts/0", "posts/1"}
    found = stalled(assigned, active={"posts/0"}, buffered={"posts/1"}, paused=set(),
                    is_changelog=_is_changelog)  # fmt: skip
    assert found == set()
