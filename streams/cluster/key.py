"""The key of a happening: events with the same key are the same news, from any source.

Version 1 is a deterministic key — type, who acts, whom it affects, and the month — so the
same alert id comes back from any worker, after any restart, without shared state. Cross-
language ids (Wikidata QIDs) make 미국/US and 엔비디아/Nvidia meet.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata

from schemas.models import Event

_NOISE = re.compile(r"[\W_]+", re.UNICODE)


def party_key(entity_id: str | None, name: str | None) -> str:
    """A stable token for an actor or target: its knowledge-base id, else its folded name."""
    if entity_id:
        return entity_id
    if not name:
        return "-"
    folded = unicodedata.normalize("NFKC", name).casefold()
    return _NOISE.sub("", folded) or "-"


def happening_key(event: Event, fallback_date: dt.date | None) -> str:
    when = event.date or fallback_date
    month = when.strftime("%Y-%m") if when else "undated"
    actor = party_key(event.actor_id, event.actor)
    target = party_key(event.target_id, event.target)
    return f"{event.type.value}|{actor}|{target}|{month}"


def alert_id(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]
