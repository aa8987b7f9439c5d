"""Message schemas of newsalerts: one pydantic v2 model per Kafka message kind.

The JSON Schema files in ``schemas/json/`` are generated from these models
(``newsalerts schemas export``); a test fails when they drift.
"""

from schemas.models import (
    Alert,
    AlertSource,
    DeadLetter,
    Entity,
    Event,
    EventStatus,
    EventType,
    ExtractedPost,
    Magnitude,
    Post,
    Segment,
)

__all__ = [
    "Alert",
    "AlertSource",
    "DeadLetter",
    "Entity",
    "Event",
    "EventStatus",
    "EventType",
    "ExtractedPost",
    "Magnitude",
    "Post",
    "Segment",
]
