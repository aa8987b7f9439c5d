"""Keys of a happening: which events may describe the same news, from any source.

``cluster_key`` (type, who acts, whom it affects) is the partition key of cluster state: every
report that could join an alert lands on the same partition, so one worker decides. Which
cluster of that key a report joins depends on time and magnitude (``streams.cluster.tracker``);
an alert's id is the cluster key plus the day its cluster opened, kept in the table so it
survives restarts. Cross-language ids (Wikidata QIDs) make 미국/US and 엔비디아/Nvidia meet.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

from schemas.models import Alert, Event

_NOISE = re.compile(r"[\W_]+", re.UNICODE)


def party_key(entity_id: str | None, name: str | None) -> str:
    """A stable token for an actor or target: its knowledge-base id, else its folded name."""
    if entity_id:
        return entity_id
    if not name:
        return "-"
    return fold(name) or "-"


def fold(name: str) -> str:
    folded = unicodedata.normalize("NFKC", name).casefold()
    return _NOISE.sub("", folded)


def cluster_key(event: Event) -> str:
    actor = party_key(event.actor_id, event.actor)
    target = party_key(event.target_id, event.target)
    return f"{event.type.value}|{actor}|{target}"


def alert_id(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def mentions(alert: Alert, watchlist: Iterable[str]) -> bool:
    """Whether the alert's actor or target is on a watchlist of entity ids or names."""
    ids = {i for i in (alert.actor_id, alert.target_id) if i}
    names = {fold(n) for n in (alert.actor, alert.target) if n}
    return any(entry in ids or fold(entry) in names for entry in watchlist)
