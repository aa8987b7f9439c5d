"""Build alert messages from the events of one extracted post."""

from __future__ import annotations

import datetime as dt

from schemas.models import Alert, AlertSource, Event, ExtractedPost, Magnitude
from streams.cluster.key import alert_id, happening_key

_TYPE_WORDS = {
    "policy_reversal": "Policy reversal",
    "budget_cut": "Budget cut",
    "tariff_change": "Tariff change",
    "export_control": "Export control",
    "sanction_fine": "Sanction / fine",
    "investment_pledge": "Investment pledge",
    "service_suspension": "Service suspension",
}


def format_magnitude(m: Magnitude | None) -> str:
    if m is None:
        return ""
    value = int(m.value) if float(m.value).is_integer() else m.value
    if m.unit in {"%", "%p"}:
        return f"{value}{m.unit}"
    return f"{value:,} {m.unit}"


def headline(event: Event) -> str:
    parties = " → ".join(p for p in (event.actor, event.target) if p)
    parts = [_TYPE_WORDS[event.type.value]]
    if parties:
        parts.append(parties)
    text = ": ".join(parts)
    amount = format_magnitude(event.magnitude)
    return f"{text} ({amount})" if amount else text


def build_alert(event: Event, post: ExtractedPost, now: dt.datetime) -> Alert:
    fallback = post.published_at.date() if post.published_at else None
    return Alert(
        alert_id=alert_id(happening_key(event, fallback)),
        type=event.type,
        headline=headline(event),
        actor=event.actor,
        actor_id=event.actor_id,
        target=event.target,
        target_id=event.target_id,
        magnitude=event.magnitude,
        old=event.old,
        status=event.status,
        date=event.date,
        lang=post.lang,
        sources=[
            AlertSource(post_id=post.id, source=post.source, url=post.url, evidence=event.evidence)
        ],
        first_seen=now,
        last_updated=now,
        ingested_at=post.ingested_at,
    )


def alerts_for(post: ExtractedPost, now: dt.datetime | None = None) -> list[Alert]:
    """One alert per event; events of one post that share a happening merge into one."""
    stamp = now or dt.datetime.now(dt.UTC)
    by_id: dict[str, Alert] = {}
    for event in sorted(post.events, key=lambda e: -e.confidence):
        alert = build_alert(event, post, stamp)
        if alert.alert_id in by_id:
            continue
        by_id[alert.alert_id] = alert
    return list(by_id.values())
