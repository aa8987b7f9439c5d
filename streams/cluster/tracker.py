"""Cluster tracking: the state of one cluster key, one report at a time (pure).

Every report of a happening (an ``Observation``: one post's event, keyed by
type|actor) goes through ``observe``, which returns the new state of that key and the
alert version to publish, or None when the report adds no evidence.

* **Window.** A report joins a cluster when its report time lies within ``window`` of the
  cluster's reports (a session window over report times: coverage that keeps coming keeps the
  alert open) and no later than ``max_span`` after its first report (tariffs on China are news
  again next month). Report time is the post's ``published_at``, else its broker timestamp:
  both are replayable, so a restart rebuilds the same clusters.
* **Targets.** A cluster key holds one actor's events of one type; a report joins a cluster
  only when its target agrees with a member's (``targets_agree``): US tariffs on China and US
  tariffs on Canada are two alerts, "Chinese imports" and "goods from China" one. A report
  that names neither actor nor target (``has_party``) joins no cluster but its reprint's: its
  key is only its type.
* **Magnitudes.** Same-scale magnitudes (percent, or money converted through the FX table)
  are compatible within a factor of ``max_ratio`` — 104% and 125% are one story being
  corrected; 10% and 125% are two moves. Different scales (a rate and an amount), or a report
  without a magnitude, are compatible: they describe the same move differently.
* **Sources.** A post whose text is a near-duplicate (MinHash) of an earlier post of the same
  key is a *reprint*: it joins its original's cluster and is counted apart, never as new
  evidence, so it publishes no version. Independent sources are the distinct outlets
  (registrable domain of the url, else the source name) among the non-reprints.
* **Versions.** The alert is derived from the members; a new version is published when what
  a reader sees changes (sources, magnitude, status, severity, retraction), and ``version``
  counts them. The latest report with a magnitude sets the magnitude; the one it replaces is
  kept as ``corrected_from``.
* **Retraction.** A post seen before that no longer reports the happening (``event`` None)
  leaves the cluster; a cluster left without members publishes a retracted version.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel

from schemas.models import Alert, AlertSource, Event, Magnitude, Observation
from streams.alert.build import headline
from streams.alert.severity import RATE_UNITS, normalise, severity
from streams.cluster.dedup import DedupIndex, DedupState, decode
from streams.cluster.key import alert_id, fold, has_party, targets_agree

if TYPE_CHECKING:
    from streams.settings import Settings

Change = Literal["opened", "updated", "retracted"]

MAX_EVIDENCE = 600  # chars kept per member: a quote, not the article
MAX_SOURCES = 20  # sources listed on an alert (the count is exact)
# Second-level labels under which registrars sell names (news.example.co.kr → example.co.kr).
_SECOND_LEVEL = frozenset({"co", "com", "or", "ne", "go", "ac", "net", "org", "gov", "edu", "re"})


@dataclass(frozen=True)
class TrackerConfig:
    window: dt.timedelta = dt.timedelta(hours=72)
    max_span: dt.timedelta = dt.timedelta(days=14)
    max_ratio: float = 2.0
    max_members: int = 200
    # One actor's open happenings of one type (a key no longer splits by target).
    max_clusters: int = 24
    keep: dt.timedelta = dt.timedelta(days=30)

    @classmethod
    def from_settings(cls, settings: Settings) -> TrackerConfig:
        """The windows the worker and ``newsalerts eval alerts`` use."""
        return cls(
            window=dt.timedelta(hours=settings.cluster_window_hours),
            max_span=dt.timedelta(days=settings.cluster_max_span_days),
            keep=dt.timedelta(days=settings.cluster_keep_days),
        )


class Member(BaseModel):
    """One post's evidence in a cluster."""

    post_id: str
    outlet: str
    source: str | None = None
    url: str | None = None
    lang: str
    reported_at: dt.datetime
    ingested_at: dt.datetime | None = None
    event: Event
    reprint_of: str | None = None


class Cluster(BaseModel):
    alert_id: str
    members: list[Member] = []
    first_report: dt.datetime
    last_report: dt.datetime
    digest: str = ""
    last: Alert | None = None  # the version last published


class KeyState(BaseModel):
    """The faust table value of one cluster key."""

    key: str
    clusters: list[Cluster] = []
    dedup: DedupState = DedupState()


@dataclass(frozen=True)
class Step:
    state: KeyState
    alert: Alert | None = None
    change: Change | None = None
    reprint: bool = False


def outlet_of(url: str | None, source: str | None, post_id: str) -> str:
    """Who published a post: the registrable domain of its url, else its source name."""
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [label for label in host.lower().split(".") if label]
    if len(labels) >= 2:
        keep = 3 if len(labels) >= 3 and _is_country_second_level(labels) else 2
        return ".".join(labels[-keep:])
    if source and fold(source):
        return fold(source)
    return f"post:{post_id}"  # nothing known: the post is its own outlet


def _is_country_second_level(labels: list[str]) -> bool:
    return len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL


def observe(
    state: KeyState | None, obs: Observation, now: dt.datetime, config: TrackerConfig
) -> Step:
    state = state.model_copy(deep=True) if state else KeyState(key=obs.key)
    index = DedupIndex.from_state(state.dedup)
    index.expire(obs.reported_at)
    if obs.event is None:
        step = _withdraw(state, obs.post_id, now)
        index.remove(obs.post_id)
    else:
        step = _report(state, index, obs, obs.event, now, config)
    step.state.dedup = index.to_state()
    _prune(step.state, config)
    kept = {c.alert_id for c in step.state.clusters}
    if step.alert is not None and step.alert.alert_id not in kept:
        # A report older than every cluster its key keeps (posts read out of order, a
        # backlog) is history, not news: its cluster is pruned as soon as it opens, so an
        # alert now would open it again, as version 1, each time the report is read again.
        return Step(step.state, reprint=step.reprint)
    return step


def _report(
    state: KeyState,
    index: DedupIndex,
    obs: Observation,
    event: Event,
    now: dt.datetime,
    config: TrackerConfig,
) -> Step:
    sig = decode(obs.signature) if obs.signature else None
    member = _member(obs, event)
    cluster = _cluster_with(state, obs.post_id)
    if cluster is not None:  # the same post again (replay or corrected article): replace it
        member.reprint_of = _member_of(cluster, obs.post_id).reprint_of
        cluster.members = [m if m.post_id != obs.post_id else member for m in cluster.members]
    else:
        match = index.query(sig, exclude={obs.post_id}) if sig else None
        original = _cluster_with(state, match.post_id) if match else None
        if match and original:
            _join_reprints(original, member, _root(original, match.post_id))
            cluster = original
        else:
            cluster = _joinable(state, obs, event, config) or _open(state, obs)
        if len(cluster.members) >= config.max_members:
            return Step(state)  # bounded state: a story this big needs no more evidence
        cluster.members.append(member)
    if sig is not None:
        index.add(obs.post_id, sig, obs.reported_at)
    cluster.first_report = min(cluster.first_report, obs.reported_at)
    cluster.last_report = max(cluster.last_report, obs.reported_at)
    alert, change = _publish(cluster, now)
    return Step(state, alert, change, reprint=member.reprint_of is not None)


def _join_reprints(cluster: Cluster, member: Member, root_id: str) -> None:
    """``member`` reprints the text of ``root_id`` (or is reprinted by it): the earlier
    published of the two is the original. Posts can be read out of order (partitions, a
    record re-read after a rebalance), and the outlet that published first must count as the
    source whichever copy the worker happened to read first."""
    root = _member_of(cluster, root_id)
    if member.reported_at >= root.reported_at:
        member.reprint_of = root_id
        return
    member.reprint_of = None
    for m in cluster.members:
        if m.post_id == root_id or m.reprint_of == root_id:
            m.reprint_of = member.post_id


def _member(obs: Observation, event: Event) -> Member:
    short = event.model_copy(update={"evidence": event.evidence[:MAX_EVIDENCE]})
    return Member(
        post_id=obs.post_id,
        outlet=obs.outlet,
        source=obs.source,
        url=obs.url,
        lang=obs.lang,
        reported_at=obs.reported_at,
        ingested_at=obs.ingested_at,
        event=short,
    )


def _withdraw(state: KeyState, post_id: str, now: dt.datetime) -> Step:
    cluster = _cluster_with(state, post_id)
    if cluster is None:
        return Step(state)
    cluster.members = _without(cluster.members, post_id)
    alert, change = _publish(cluster, now)
    return Step(state, alert, change)


def _without(members: list[Member], post_id: str) -> list[Member]:
    """Drop a post; the earliest of its reprints stands in for it as the original."""
    rest = [m for m in members if m.post_id != post_id]
    heirs = [m for m in rest if m.reprint_of == post_id]
    if heirs:
        heir = heirs[0].post_id
        for m in heirs:
            m.reprint_of = None if m.post_id == heir else heir
    return rest


def _cluster_with(state: KeyState, post_id: str) -> Cluster | None:
    return next((c for c in state.clusters if any(m.post_id == post_id for m in c.members)), None)


def _member_of(cluster: Cluster, post_id: str) -> Member:
    return next(m for m in cluster.members if m.post_id == post_id)


def _root(cluster: Cluster, post_id: str) -> str:
    return _member_of(cluster, post_id).reprint_of or post_id


def _joinable(
    state: KeyState, obs: Observation, event: Event, config: TrackerConfig
) -> Cluster | None:
    if not has_party(event):
        return None
    fits = [
        c
        for c in state.clusters
        if _in_window(c, obs.reported_at, config)
        and compatible(_current_magnitude(c), event.magnitude, config.max_ratio)
        and any(targets_agree(m.event, event) for m in c.members)
    ]
    return max(fits, key=lambda c: c.last_report, default=None)


def _in_window(cluster: Cluster, t: dt.datetime, config: TrackerConfig) -> bool:
    near = cluster.first_report - config.window <= t <= cluster.last_report + config.window
    return near and t - cluster.first_report <= config.max_span


def compatible(a: Magnitude | None, b: Magnitude | None, max_ratio: float) -> bool:
    """Whether two magnitudes can describe one happening (see the module doc)."""
    if a is None or b is None:
        return True
    if a.unit in RATE_UNITS and b.unit in RATE_UNITS and a.unit != b.unit:
        return True  # "to 25%" and "by 10%p" are different measures of one move
    na, nb = normalise(a), normalise(b)
    if na is None or nb is None:
        return a.unit != b.unit or _within(a.value, b.value, max_ratio)
    return na.scale != nb.scale or _within(na.value, nb.value, max_ratio)


def _within(x: float, y: float, max_ratio: float) -> bool:
    lo, hi = sorted((abs(x), abs(y)))
    if hi == 0:
        return True
    return lo > 0 and hi / lo <= max_ratio and (x >= 0) == (y >= 0)


def _open(state: KeyState, obs: Observation) -> Cluster:
    day = obs.reported_at.astimezone(dt.UTC).date().isoformat()
    taken = {c.alert_id for c in state.clusters}
    new_id, n = alert_id(f"{state.key}|{day}"), 1
    while new_id in taken:  # two happenings of one key opened the same day
        n += 1
        new_id = alert_id(f"{state.key}|{day}|{n}")
    cluster = Cluster(alert_id=new_id, first_report=obs.reported_at, last_report=obs.reported_at)
    state.clusters.append(cluster)
    return cluster


def _latest(members: Sequence[Member], with_magnitude: bool = False) -> Member | None:
    ranked = [
        (m.reported_at, i, m)
        for i, m in enumerate(members)
        if m.reprint_of is None and (m.event.magnitude is not None or not with_magnitude)
    ]
    return max(ranked, key=lambda r: (r[0], r[1]))[2] if ranked else None


def _current_magnitude(cluster: Cluster) -> Magnitude | None:
    sized = _latest(cluster.members, with_magnitude=True)
    if sized is not None:
        return sized.event.magnitude
    return cluster.last.magnitude if cluster.last else None


def _publish(cluster: Cluster, now: dt.datetime) -> tuple[Alert | None, Change | None]:
    """The next version when what a reader sees changed; else nothing."""
    draft = _render(cluster, now) if cluster.members else _retracted(cluster, now)
    if draft is None:
        return None, None
    digest = _digest(draft)
    if digest == cluster.digest:
        if cluster.last is not None:  # quiet bookkeeping, e.g. the reprint count
            cluster.last = cluster.last.model_copy(update={"reprint_count": draft.reprint_count})
        return None, None
    previous = cluster.last
    alert = draft.model_copy(update={"version": (previous.version + 1) if previous else 1})
    cluster.digest, cluster.last = digest, alert
    if previous is None:
        return alert, "opened"
    return alert, "retracted" if alert.retracted and not previous.retracted else "updated"


def _retracted(cluster: Cluster, now: dt.datetime) -> Alert | None:
    if cluster.last is None or cluster.last.retracted:
        return None
    return cluster.last.model_copy(update={"retracted": True, "last_updated": now})


def _render(cluster: Cluster, now: dt.datetime) -> Alert:
    members = cluster.members
    opening = min(members, key=lambda m: m.reported_at)
    latest = _latest(members) or opening
    sized = _latest(members, with_magnitude=True)
    magnitude = sized.event.magnitude if sized else None
    originals = [m for m in members if m.reprint_of is None]
    outlets = sorted({m.outlet for m in originals})
    shown = opening.event.model_copy(
        update={
            "magnitude": magnitude,
            "old": sized.event.old if sized else None,
            "status": latest.event.status,
            "date": next((m.event.date for m in _by_time(members, True) if m.event.date), None),
        }
    )
    return Alert(
        alert_id=cluster.alert_id,
        type=shown.type,
        headline=headline(shown),
        actor=shown.actor,
        actor_id=shown.actor_id,
        target=shown.target,
        target_id=shown.target_id,
        magnitude=magnitude,
        old=shown.old,
        status=shown.status,
        date=shown.date,
        lang=opening.lang,
        severity=severity(shown.type, magnitude, len(outlets)),
        sources=_sources(originals),
        source_count=len(outlets),
        reprint_count=len(members) - len(originals),
        corrected_from=_corrected_from(cluster.last, magnitude),
        first_seen=cluster.first_report,
        last_updated=now,
        ingested_at=latest.ingested_at,
    )


def _by_time(members: Sequence[Member], newest_first: bool = False) -> list[Member]:
    return sorted(members, key=lambda m: m.reported_at, reverse=newest_first)


def _sources(originals: Sequence[Member]) -> list[AlertSource]:
    """One source per outlet (its first report), oldest first."""
    seen: dict[str, Member] = {}
    for m in _by_time(originals):
        seen.setdefault(m.outlet, m)
    return [
        AlertSource(post_id=m.post_id, source=m.source, url=m.url, evidence=m.event.evidence)
        for m in list(seen.values())[:MAX_SOURCES]
    ]


def _corrected_from(last: Alert | None, magnitude: Magnitude | None) -> Magnitude | None:
    if last is None:
        return None
    if last.magnitude is not None and magnitude is not None and last.magnitude != magnitude:
        return last.magnitude
    return last.corrected_from


def _digest(alert: Alert) -> str:
    """What a reader sees; reprints and timestamps alone never make a new version."""
    seen = alert.model_dump(
        mode="json",
        exclude={"version", "last_updated", "ingested_at", "reprint_count", "first_seen"},
    )
    return hashlib.sha1(json.dumps(seen, sort_keys=True).encode()).hexdigest()


def _prune(state: KeyState, config: TrackerConfig) -> None:
    """Bound the state: forget clusters long closed, and all but the newest few."""
    if not state.clusters:
        return
    newest = max(c.last_report for c in state.clusters)
    alive = [c for c in state.clusters if newest - c.last_report <= config.keep]
    alive.sort(key=lambda c: c.last_report, reverse=True)
    state.clusters = alive[: config.max_clusters]
