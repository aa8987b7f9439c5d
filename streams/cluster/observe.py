"""From an extracted post to its observations: one per cluster key the post reports.

The events topic is keyed by post id; observations are keyed by cluster key, so every report
of a happening meets its cluster state on one partition. A post seen before that no longer
reports a key (its article was corrected) yields a withdrawal (``event=None``) for that key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from schemas.models import Event, ExtractedPost, Observation
from streams.cluster.dedup import encode, signature
from streams.cluster.key import cluster_key
from streams.cluster.tracker import outlet_of


def best_events(post: ExtractedPost) -> dict[str, Event]:
    """The most confident event per cluster key (a post may repeat one happening)."""
    best: dict[str, Event] = {}
    for event in sorted(post.events, key=lambda e: -e.confidence):
        best.setdefault(cluster_key(event), event)
    return best


def reported_at(post: ExtractedPost, fallback: dt.datetime) -> dt.datetime:
    when = post.published_at or post.ingested_at or fallback
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


def body_text(post: ExtractedPost) -> str:
    """The article text without page furniture: what reprints of one story share."""
    if not post.segments:
        return post.text
    return "\n".join(post.text[s.start : s.end] for s in post.segments)


def observations(
    post: ExtractedPost, previous: Iterable[str], fallback: dt.datetime
) -> list[Observation]:
    """This post's observations, then withdrawals for keys it reported before but not now."""
    events = best_events(post)
    sig = signature(body_text(post)) if events else None
    base = {
        "post_id": post.id,
        "outlet": outlet_of(post.url, post.source, post.id),
        "source": post.source,
        "url": post.url,
        "lang": post.lang,
        "reported_at": reported_at(post, fallback),
        "ingested_at": post.ingested_at,
    }
    out = [
        Observation(key=key, event=event, signature=encode(sig) if sig else None, **base)
        for key, event in sorted(events.items())
    ]
    out += [Observation(key=key, **base) for key in sorted(set(previous) - set(events))]
    return out
