"""Keys of a happening: which events may describe the same news, from any source.

``cluster_key`` (type and who acts) is the partition key of cluster state: every report that
could join an alert lands on the same partition, so one worker decides. It leaves the target
out on purpose: outlets name what a measure hits in many ways ("Chinese imports", "goods from
China", "중국산 수입품"), and a key that included it would split one happening into several
alerts. Which cluster of a key a report joins — time, magnitude, and a target that does not
contradict the cluster's (``targets_agree``) — is decided in ``streams.cluster.tracker``; an
alert's id is the cluster key plus the day its cluster opened, kept in the table so it survives
restarts. Cross-language ids (Wikidata QIDs) make 미국/US and 엔비디아/Nvidia meet, and a
government's bodies and its leader in office carry their state's id (백악관, "President Trump").
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


def actor_key(event: Event) -> str:
    """The actor's token, or "-" when the actor is a common noun ("government", "council",
    "officials"): written all in lower case in a script that has capitals, it names a kind,
    not an organisation, and would join one country's government to another's."""
    if not event.actor_id and event.actor and _common_noun(event.actor):
        return "-"
    return party_key(event.actor_id, event.actor)


def _common_noun(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.islower() for c in letters)


def fold(name: str) -> str:
    folded = unicodedata.normalize("NFKC", name).casefold()
    return _NOISE.sub("", folded)


def cluster_key(event: Event) -> str:
    """``type|actor``; without an actor, ``type|-|target`` (the target is all there is)."""
    actor = actor_key(event)
    if actor != "-":
        return f"{event.type.value}|{actor}"
    return f"{event.type.value}|-|{party_key(event.target_id, event.target)}"


def has_party(event: Event) -> bool:
    """Whether the event names who acts or what it hits: without either, nothing says that two
    reports of its type are one happening (a bond's "subscriptions close" and a strike's "port
    closed" share only their type), so such a report joins no other but its own reprints."""
    return actor_key(event) != "-" or bool(event.target_id or event.target)


def targets_agree(a: Event, b: Event) -> bool:
    """Whether two events of one actor can be about the same target.

    Ids decide when both have one (China is not Canada). Two free-text targets agree when
    they share a word ("steel imports" / "imported steel"), so "steel" and "cars" stay two
    alerts. A missing target, or one id against free text, does not contradict: the same
    target is often named only in one of two reports, or only one of them links it.
    """
    if a.target_id and b.target_id:
        return a.target_id == b.target_id
    if a.target_id or b.target_id or not a.target or not b.target:
        return True
    return bool(_words(a.target) & _words(b.target))


def _words(name: str) -> set[str]:
    folded = unicodedata.normalize("NFKC", name).casefold()
    return {w for w in _NOISE.split(folded) if len(w) > 1}


def alert_id(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def mentions(alert: Alert, watchlist: Iterable[str]) -> bool:
    """Whether the alert's actor or target is on a watchlist of entity ids or names."""
    ids = {i for i in (alert.actor_id, alert.target_id) if i}
    names = {fold(n) for n in (alert.actor, alert.target) if n}
    return any(entry in ids or fold(entry) in names for entry in watchlist)
