"""Which partitions the consumer rewinds when faust seeks back to committed offsets."""

from __future__ import annotations

from faust.types import TP

from streams.kafka.transport import App, ConsumerThread, Transport, uncommitted

POSTS_0, POSTS_1, POSTS_2 = (TP("x.posts.v1", p) for p in range(3))
CHANGELOG = TP("x-app-clusters-changelog", 0)


def _is_changelog(tp: TP) -> bool:
    return tp.topic.endswith("-changelog")


def test_partitions_without_a_commit_are_rewound() -> None:
    committed = {POSTS_0: None, POSTS_1: 0, POSTS_2: 7}
    # aiokafka seeks only offsets above 0: None and 0 stay where the dropped records left them.
    assert uncommitted(committed, _is_changelog) == [POSTS_0, POSTS_1]


def test_changelog_partitions_are_left_to_table_recovery() -> None:
    assert uncommitted({CHANGELOG: None, POSTS_2: 3}, _is_changelog) == []


def test_the_worker_app_consumes_through_the_fixed_thread() -> None:
    app = App("transport-test", broker="kafka://127.0.0.1:1")
    assert isinstance(app.transport, Transport)
    assert isinstance(app.consumer._thread, ConsumerThread)  # type: ignore[attr-defined]
