"""Topic names and their settings, versioned in the name (``<prefix>.<what>.v1``).

A breaking schema change gets a new ``.v2`` topic rather than a new meaning for an old one.
"""

from __future__ import annotations

from dataclasses import dataclass

from schemas.models import EventType

# Alerts are updated in place (a new version per change, keyed by alert_id): compaction
# keeps the latest version of every alert for subscribers that start late.
COMPACTED = {"cleanup.policy": "compact", "min.compaction.lag.ms": "60000"}
# Dead letters are kept long enough for a human to look at them and replay them.
DEAD_LETTER_RETENTION = {"retention.ms": str(30 * 24 * 3600 * 1000)}


@dataclass(frozen=True)
class TopicSpec:
    name: str
    partitions: int
    config: dict[str, str]


@dataclass(frozen=True)
class TopicNames:
    prefix: str = "newsalerts"

    @property
    def posts(self) -> str:
        return f"{self.prefix}.posts.v1"

    @property
    def dead_letters(self) -> str:
        return f"{self.prefix}.posts.deadletter.v1"

    @property
    def events(self) -> str:
        return f"{self.prefix}.events.v1"

    @property
    def observations(self) -> str:
        """Repartition topic: one post's report of a happening, keyed by cluster key."""
        return f"{self.prefix}.observations.v1"

    @property
    def alerts(self) -> str:
        return f"{self.prefix}.alerts.v1"

    def alerts_of(self, event_type: EventType | str) -> str:
        return f"{self.prefix}.alerts.{EventType(event_type).value}.v1"

    @property
    def delivery_dead_letters(self) -> str:
        return f"{self.prefix}.deliveries.deadletter.v1"

    @property
    def all_alert_topics(self) -> list[str]:
        return [self.alerts, *(self.alerts_of(t) for t in EventType)]

    def specs(self, partitions: int) -> list[TopicSpec]:
        return [
            TopicSpec(self.posts, partitions, {}),
            TopicSpec(self.dead_letters, partitions, DEAD_LETTER_RETENTION),
            TopicSpec(self.events, partitions, {}),
            TopicSpec(self.observations, partitions, {}),
            TopicSpec(self.delivery_dead_letters, partitions, DEAD_LETTER_RETENTION),
            *(TopicSpec(name, partitions, COMPACTED) for name in self.all_alert_topics),
        ]
