"""Routing: the subscriptions file (TOML) and which receivers an alert version goes to.

Every route whose filters all match delivers to its receivers (Alertmanager's ``continue =
true`` everywhere); a receiver named by several matching routes gets the version once, with
the timings of the first such route. Webhook URLs are secrets: ``SecretStr`` in the model,
preferably taken from the environment (``url_env``), never printed by ``repr`` or logs.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    Field,
    SecretStr,
    ValidationError,
    model_validator,
)

from schemas.models import Alert, EventType, Magnitude, Severity, Unit
from streams.alert.severity import RATE_UNITS, at_least, normalise
from streams.cluster.key import mentions
from streams.deliver.silence.silence import Silence

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$")
_UNIT_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, None: 1.0}


class SubscriptionsError(ValueError):
    """The subscriptions file is invalid (the message names receivers, never URLs)."""


def _seconds(value: object) -> object:
    """Durations as seconds, or as "500ms", "30s", "5m", "1h"."""
    if isinstance(value, str):
        match = _DURATION.match(value)
        if not match:
            raise ValueError(f"not a duration: {value!r} (use e.g. 30s, 5m, 1h)")
        return float(match[1]) * _UNIT_SECONDS[match[2]]
    return value


Seconds = Annotated[float, BeforeValidator(_seconds), Field(ge=0)]


class SlackReceiver(BaseModel):
    kind: Literal["slack"]
    name: str = Field(min_length=1)
    url: SecretStr | None = None
    url_env: str | None = Field(default=None, description="environment variable with the URL")

    @model_validator(mode="after")
    def _one_url(self) -> SlackReceiver:
        if (self.url is None) == (self.url_env is None):
            raise ValueError(f"receiver {self.name}: give exactly one of url, url_env")
        return self

    def webhook_url(self, env: Mapping[str, str]) -> SecretStr:
        if self.url is not None:
            return self.url
        value = env.get(self.url_env or "")
        if not value:
            raise SubscriptionsError(
                f"receiver {self.name}: environment variable {self.url_env} is not set"
            )
        return SecretStr(value)


class TopicReceiver(BaseModel):
    kind: Literal["topic"]
    name: str = Field(min_length=1)
    topic: str = Field(min_length=1)


Receiver = Annotated[SlackReceiver | TopicReceiver, Field(discriminator="kind")]


class Threshold(BaseModel):
    """E.g. tariff ≥ 25 %: ``{type = "tariff_change", at_least = 25, unit = "%"}``."""

    type: EventType | None = Field(default=None, description="None: every type")
    at_least: float
    unit: Unit

    def applies(self, alert: Alert) -> bool:
        return self.type is None or self.type == alert.type

    def met(self, alert: Alert) -> bool:
        """Money compares through the FX table; rates compare as they are."""
        m = alert.magnitude
        if m is None:
            return False
        if self.unit in RATE_UNITS or m.unit in RATE_UNITS:
            return m.unit == self.unit and abs(m.value) >= self.at_least
        have, want = normalise(m), normalise(Magnitude(value=self.at_least, unit=self.unit))
        if have is None or want is None:
            return m.unit == self.unit and abs(m.value) >= self.at_least
        return abs(have.value) >= want.value


class Route(BaseModel):
    name: str = Field(min_length=1)
    receivers: list[str] = Field(min_length=1)
    types: list[EventType] = []
    min_severity: Severity = Severity.INFO
    langs: list[str] = []
    entities: list[str] = Field(default=[], description="watchlist: entity ids or names")
    thresholds: list[Threshold] = []
    include_retractions: bool = True
    group_wait: Seconds | None = None
    group_interval: Seconds | None = None

    def matches(self, alert: Alert) -> bool:
        if alert.retracted:
            # A retraction is for whoever got the alert: judged on what it retracts, never
            # dropped because the retracted version's sources are gone.
            return self.include_retractions and self._filters(alert)
        return self._filters(alert)

    def _filters(self, alert: Alert) -> bool:
        return (
            (not self.types or alert.type in self.types)
            and at_least(alert.severity, self.min_severity)
            and (not self.langs or alert.lang in self.langs)
            and (not self.entities or mentions(alert, self.entities))
            and all(t.met(alert) for t in self.thresholds if t.applies(alert))
        )


class Subscriptions(BaseModel):
    receivers: list[Receiver] = []
    routes: list[Route] = []
    silences: list[Silence] = []

    @model_validator(mode="after")
    def _consistent(self) -> Subscriptions:
        names = [r.name for r in self.receivers]
        if len(names) != len(set(names)):
            raise ValueError("receiver names must be unique")
        for route in self.routes:
            unknown = set(route.receivers) - set(names)
            if unknown:
                raise ValueError(f"route {route.name}: unknown receivers {sorted(unknown)}")
        return self

    def receiver(self, name: str) -> SlackReceiver | TopicReceiver:
        return next(r for r in self.receivers if r.name == name)


@dataclass(frozen=True)
class Timing:
    group_wait: float
    group_interval: float


@dataclass(frozen=True)
class Target:
    receiver: str
    timing: Timing


def _problems(exc: ValidationError) -> str:
    """Where and what, without the offending values: an inline webhook URL is a secret, and
    pydantic's own message quotes (a cut of) the input."""
    found = exc.errors(include_url=False, include_input=False, include_context=False)
    return "; ".join(".".join(str(p) for p in e["loc"]) + ": " + e["msg"] for e in found)


def load_subscriptions(path: Path, env: Mapping[str, str] | None = None) -> Subscriptions:
    """Parse and validate the file; resolve ``url_env`` now, so a missing secret fails early."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        subs = Subscriptions.model_validate(data)
    except ValidationError as exc:
        raise SubscriptionsError(f"{path}: {_problems(exc)}") from None
    except (OSError, tomllib.TOMLDecodeError, ValueError) as exc:
        raise SubscriptionsError(f"{path}: {exc}") from exc
    environ = os.environ if env is None else env
    for r in subs.receivers:
        if isinstance(r, SlackReceiver):
            r.url = r.webhook_url(environ)
    return subs


def route(subs: Subscriptions, alert: Alert, default: Timing) -> list[Target]:
    """The receivers of one alert version, each once, in file order."""
    targets: dict[str, Target] = {}
    for r in subs.routes:
        if not r.matches(alert):
            continue
        timing = Timing(
            r.group_wait if r.group_wait is not None else default.group_wait,
            r.group_interval if r.group_interval is not None else default.group_interval,
        )
        for name in r.receivers:
            targets.setdefault(name, Target(name, timing))
    return list(targets.values())
