"""A silence mutes matching alerts for a bounded time (start and end are required).

A version that becomes due while a silence matches it is not delivered later: a silence means
"not now, not for this", as for a known noisy story during a negotiation. The next version
after the silence ends is delivered as usual.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from pydantic import BaseModel, Field, model_validator

from schemas.models import Alert, EventType
from streams.cluster.key import mentions


class Silence(BaseModel):
    """Matches an alert when every given matcher matches (an empty matcher matches all)."""

    id: str = Field(min_length=1)
    comment: str = ""
    created_by: str = ""
    starts_at: dt.datetime
    ends_at: dt.datetime
    types: list[EventType] = []
    entities: list[str] = Field(default=[], description="entity ids or names, actor or target")
    alert_ids: list[str] = []
    receivers: list[str] = []

    @model_validator(mode="after")
    def _bounded(self) -> Silence:
        if self.starts_at.tzinfo is None or self.ends_at.tzinfo is None:
            raise ValueError(f"silence {self.id}: starts_at and ends_at need a UTC offset")
        if self.ends_at <= self.starts_at:
            raise ValueError(f"silence {self.id}: ends_at must be after starts_at")
        return self

    def active(self, now: dt.datetime) -> bool:
        return self.starts_at <= now < self.ends_at

    def matches(self, alert: Alert, receiver: str) -> bool:
        return (
            (not self.types or alert.type in self.types)
            and (not self.entities or mentions(alert, self.entities))
            and (not self.alert_ids or alert.alert_id in self.alert_ids)
            and (not self.receivers or receiver in self.receivers)
        )


def silenced_by(
    silences: Iterable[Silence], alert: Alert, receiver: str, now: dt.datetime
) -> Silence | None:
    return next((s for s in silences if s.active(now) and s.matches(alert, receiver)), None)
