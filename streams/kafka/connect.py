"""Where is Kafka? The configured cluster, or the embedded local broker started on demand."""

from __future__ import annotations

import logging

from streams.kafka.local_broker import LocalBroker
from streams.settings import Settings

log = logging.getLogger(__name__)


def local_broker(settings: Settings) -> LocalBroker:
    return LocalBroker(
        data_dir=settings.local_broker_dir.resolve(),
        port=settings.local_broker_port,
        controller_port=settings.local_broker_controller_port,
    )


def resolve_bootstrap(settings: Settings) -> str:
    """The configured bootstrap servers; when none are configured, start the local broker."""
    if settings.kafka_bootstrap:
        return settings.kafka_bootstrap
    broker = local_broker(settings)
    log.info("no NEWSALERTS_KAFKA_BOOTSTRAP set: using the local broker in %s", broker.data_dir)
    return broker.start()
