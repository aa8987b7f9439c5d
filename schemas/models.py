"""Pydantic v2 models of every message that crosses a Kafka topic.

Offsets (``start``/``end``) are always character offsets into ``ExtractedPost.text``,
which is the post's own ``text`` verbatim, or the main text extracted from its ``html``.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_validator,
)

SCHEMA_VERSION = 1


class EventType(StrEnum):
    """The seven event types of the labelling guideline."""

    POLICY_REVERSAL = "policy_reversal"
    BUDGET_CUT = "budget_cut"
    TARIFF_CHANGE = "tariff_change"
    EXPORT_CONTROL = "export_control"
    SANCTION_FINE = "sanction_fine"
    INVESTMENT_PLEDGE = "investment_pledge"
    SERVICE_SUSPENSION = "service_suspension"


class EventStatus(StrEnum):
    ANNOUNCED = "announced"
    IMPLEMENTED = "implemented"
    PROPOSED = "proposed"
    CONSIDERED = "considered"
    THREATENED = "threatened"
    WITHDRAWN = "withdrawn"


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"


EntityLabel = Literal["PERSON", "ORG", "LOC", "DATE", "MONEY", "PERCENT", "PRODUCT"]
# How much of a resolved date the text states: "지난달" names a month, its date is the month's
# first day; "올해 상반기" a half year (Jan 1 or Jul 1); "지난주" a week (its Monday).
DatePrecision = Literal["day", "week", "month", "quarter", "half", "year"]
# A magnitude unit: "%" (a rate), "%p" (percentage points) or an ISO 4217 currency code.
Unit = Annotated[str, Field(pattern=r"^(%|%p|[A-Z]{3})$")]


_DATETIME = TypeAdapter(dt.datetime)
# The years a post's publication date may fall in; outside them it is a placeholder.
_FIRST_YEAR, _LAST_YEAR = 1800, 2200


class Post(BaseModel):
    """A raw post as scrapers write it to ``newsalerts.posts.v1``."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)

    id: Annotated[str, Field(min_length=1, max_length=512)]
    source: str | None = None
    url: str | None = None
    published_at: dt.datetime | None = None
    fetched_at: dt.datetime | None = None
    title: str | None = None
    text: str | None = None
    html: str | None = None
    lang: str | None = Field(default=None, description="ISO 639-1 code if the scraper knows it")

    @model_validator(mode="before")
    @classmethod
    def _date_as_published_at(cls, data: Any) -> Any:
        # "date" is what the labelled sets of ../shared/eval/ and many scrapers call the
        # publication date: read it, so that "9일" and "on Wednesday" resolve against it, when
        # there is no "published_at". Unknown fields are ignored, so an unreadable "date"
        # ("2025.04.11 오후 2:22") stays ignored rather than sending the post to dead letters.
        if not isinstance(data, dict) or data.get("published_at") is not None:
            return data
        if data.get("date") is None:
            return data
        try:
            when = _DATETIME.validate_python(data["date"])
        except ValidationError:
            return data
        return {**data, "published_at": when}

    @model_validator(mode="after")
    def _needs_body(self) -> Post:
        if not (self.text and self.text.strip()) and not (self.html and self.html.strip()):
            raise ValueError("post has neither 'text' nor 'html' with content")
        return self

    @field_validator("published_at")
    @classmethod
    def _no_placeholder_date(cls, value: dt.datetime | None) -> dt.datetime | None:
        # Pages whose CMS has no date say "0001-01-01": that is no publication date, and
        # resolving "last Monday" against it would leave the calendar.
        if value is not None and not _FIRST_YEAR <= value.year <= _LAST_YEAR:
            return None
        return value


class DeadLetter(BaseModel):
    """A message that could not be processed, kept whole so nothing is lost."""

    stage: Literal["intake", "clean", "extract", "alert"]
    reason: str = Field(description="short machine-readable reason, e.g. 'invalid_json'")
    detail: str = Field(description="human-readable explanation")
    original_b64: str = Field(description="the original Kafka message value, base64")
    original_key_b64: str | None = None
    topic: str
    partition: int
    offset: int
    failed_at: dt.datetime


class Segment(BaseModel):
    """One article inside a post (posts may glue several articles together)."""

    index: int
    start: int
    end: int
    title: str | None = None
    truncated: bool = Field(default=False, description="the text seems cut off at the end")


class Magnitude(BaseModel):
    value: float
    unit: Unit


class Entity(BaseModel):
    label: EntityLabel
    start: int
    end: int
    text: str
    kb_id: str | None = Field(default=None, description="stable cross-language id (Wikidata QID)")
    norm: str | None = Field(default=None, description="canonical name, e.g. 'Nvidia'")
    magnitude: Magnitude | None = Field(default=None, description="for MONEY and PERCENT")
    date: dt.date | None = Field(
        default=None, description="for DATE, resolved against the post date"
    )
    date_precision: DatePrecision | None = Field(
        default=None,
        description="what `date` stands for: 'day' that day; 'week', 'month', 'quarter', 'half' "
        "or 'year' the period starting on it (e.g. 'last month' is the first of that month)",
    )


class Event(BaseModel):
    type: EventType
    actor: str | None = None
    actor_id: str | None = None
    target: str | None = None
    target_id: str | None = None
    magnitude: Magnitude | None = None
    old: Magnitude | None = None
    status: EventStatus = EventStatus.ANNOUNCED
    date: dt.date | None = None
    evidence: str
    evidence_start: int
    evidence_end: int
    segment: int = 0
    confidence: float = Field(ge=0.0, le=1.0)
    rule: str = Field(description="id and version of the rule or model that fired")


class ExtractedPost(BaseModel):
    """What ``newsalerts extract`` prints and the extract agent publishes to the events topic."""

    id: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published_at: dt.datetime | None = None
    lang: str
    text: str = Field(description="the text all offsets point into")
    segments: list[Segment]
    entities: list[Entity]
    events: list[Event]
    ingested_at: dt.datetime | None = Field(
        default=None, description="broker timestamp of the raw post, for ingest→alert latency"
    )


class AlertSource(BaseModel):
    post_id: str
    source: str | None = None
    url: str | None = None
    evidence: str


class Alert(BaseModel):
    """One happening, updated in place: keyed by ``alert_id``, a new ``version`` per change."""

    alert_id: str
    version: int = 1
    type: EventType
    headline: str
    actor: str | None = None
    actor_id: str | None = None
    target: str | None = None
    target_id: str | None = None
    magnitude: Magnitude | None = None
    old: Magnitude | None = None
    status: EventStatus
    date: dt.date | None = None
    lang: str
    severity: Severity = Severity.INFO
    retracted: bool = Field(default=False, description="a retraction is a version too")
    sources: list[AlertSource]
    source_count: int = Field(default=1, description="independent outlets (reprints excluded)")
    reprint_count: int = Field(default=0, description="near-duplicate reprints seen")
    corrected_from: Magnitude | None = Field(
        default=None, description="the magnitude an earlier version carried, when it changed"
    )
    first_seen: dt.datetime
    last_updated: dt.datetime
    ingested_at: dt.datetime | None = None


class Observation(BaseModel):
    """One happening as one post reports it: the repartition topic, keyed by ``key``.

    ``event`` is None when a post seen before no longer reports the happening (its article
    was corrected or taken down): the cluster drops that post, and may retract the alert.
    """

    key: str = Field(description="cluster key: type|actor (type|-|target without an actor)")
    post_id: str
    outlet: str = Field(description="registrable domain of the url, else the source name")
    source: str | None = None
    url: str | None = None
    lang: str
    reported_at: dt.datetime = Field(description="published_at, else the broker timestamp")
    ingested_at: dt.datetime | None = None
    event: Event | None = None
    signature: str | None = Field(default=None, description="MinHash of the cleaned text, b64")


class DeliveryDeadLetter(BaseModel):
    """An alert version a receiver refused for good (or after every retry): kept for a human."""

    receiver: str = Field(
        description="the receiver's name from the subscriptions file, never a URL"
    )
    receiver_kind: str
    reason: str = Field(description="e.g. 'no_service', 'invalid_blocks', 'retries_exhausted'")
    status_code: int | None = None
    attempts: int
    alert: Alert
    failed_at: dt.datetime
