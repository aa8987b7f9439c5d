"""Session-wide fixtures. Feature-specific fixtures live in the conftest.py of their test folder."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import settings as hypothesis_settings

from streams.kafka.local_broker import LocalBroker, free_port, wait_ready_sync

EXTERNAL_BOOTSTRAP_ENV = "NEWSALERTS_TEST_BOOTSTRAP"


@pytest.fixture(scope="session")
def kafka_bootstrap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Bootstrap address of a real Kafka broker for tests marked ``kafka``.

    One broker per session (a start costs seconds), on free ports so it runs beside a dev broker
    on 9092. Set NEWSALERTS_TEST_BOOTSTRAP to use an already running cluster instead.
    """
    external = os.environ.get(EXTERNAL_BOOTSTRAP_ENV)
    if external:
        wait_ready_sync(external, timeout=30.0)
        yield external
        return
    broker = LocalBroker(
        tmp_path_factory.mktemp("kafka"), port=free_port(), controller_port=free_port()
    )
    try:
        yield broker.start(timeout=120.0)
    finally:
        # Also after a failed start or an aborted session: never leave a JVM behind.
        broker.stop()


# Property tests explore new random examples on developers' machines, and a fixed sequence in
# CI (CI=true), so a landing is never decided by which examples one run happened to draw.
hypothesis_settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")
