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

# Message size limits. A post is at most POST_MAX_BYTES (Kafka's default 1 MiB, stated so it
# does not depend on the broker's default). What the worker writes about a post is larger than
# the post: a dead letter carries its bytes base64-encoded (x4/3) plus the reason, an extracted
# post carries the text plus entities and segments. Output topics therefore accept
# OUTPUT_MAX_BYTES, and the worker's producer may send that much (streams/app.py); an extracted
# post larger still is dead-lettered with its original bytes (streams/process.py).
POST_MAX_BYTES = 1024 * 1024
OUTPUT_MAX_BYTES = 8 * 1024 * 1024
POST_LIMIT = {"max.message.bytes": str(POST_MAX_BYTES)}
OUTPUT_LIMIT = {"max.message.bytes": str(OUTPUT_MAX_BYTES)}


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
            TopicSpec(self.posts, partitions, POST_LIMIT),
            TopicSpec(self.dead_letters, partitions, DEAD_LETTER_RETENTION | OUTPUT_LIMIT),
            TopicSpec(self.events, partitions, OUTPUT_LIMIT),
            TopicSpec(self.observations, partitions, OUTPUT_LIMIT),
            TopicSpec(self.delivery_dead_letters, partitions, DEAD_LETTER_RETENTION | OUTPUT_LIMIT),
            *(
                TopicSpec(name, partitions, COMPACTED | OUTPUT_LIMIT)
                for name in self.all_alert_topics
            ),
        ]
