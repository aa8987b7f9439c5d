"""Slots of one event from its evidence sentence: actor, target, magnitude, status, date.

Actor: the phrase marked as agent (``X에서 삭감됐다``, ``fined by X``) or else as subject nearest
before the trigger; its id comes from an entity overlapping it. Target: the object/dative phrase
nearest the trigger that is not the actor. Magnitude follows the guideline: only money, ``%``
and ``%p``; for rates the new one (``to 25%``/``25%로``) with ``old`` the previous
(``from 10%``/``10%에서``); for money the stated total, else the amount nearest the trigger.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from schemas.models import Entity, EventStatus, Magnitude
from streams.clean.resources import rules as cleaning_rules
from streams.extract.dates import find_dates
from streams.extract.events_frames import Hit
from streams.extract.events_lexicon import Lexicon, SlotCues, TypeLexicon
from streams.extract.events_phrases import (
    LIST_JOINERS,
    Phrase,
    direct_object,
    parsed_phrases,
    subjects_by_gap,
    surface_phrases,
)
from streams.extract.gazetteer import (
    GazetteerHit,
    demonym_state,
    find_known,
    full_name,
    leader_alone,
    leader_state,
    lookup,
    place_name,
)
from streams.extract.magnitude import MagnitudeSpan, find_bare_amounts, find_magnitudes
from streams.extract.resources import dateline

Span = tuple[int, int]
_ACTOR_LABELS = frozenset({"ORG", "LOC", "PERSON"})
_AGENT_LABELS = frozenset({"ORG", "PERSON"})
_NOT_SLOT_LABELS = frozenset({"DATE", "MONEY", "PERCENT"})
_WORD = re.compile(r"\S+")
_PUNCT = " \"'“”‘’()[]{}<>,.;:!?·「」『』《》〈〉"
# Korean passives put the patient in subject position: "예산이 삭감됐다".
_PASSIVE = re.compile(r"\S{0,3}?(?:됐|되었|되어|된|돼|당했|당한|받았|받은|ed\b)")
_MAX_PHRASE = 40
_OPENING = "【[(<「『〈《"
_CLOSING = "】])>」』〉》"
# A number with a counter word ("2개사", "3곳"): how many, not who.
_COUNTER = re.compile(r"\d+\s?(?:개|곳|명|社)")
# Characters between a trigger and the agent phrase it governs ("fined by the X").
_AGENT_GAP = 8
# ... and after a verb marked passive before it, which may take its amount first ("was fined
# $3 million by regulators").
_MAX_AGENT_GAP = 40
# How far before the trigger a passive or a subject-taking verb may begin ("has agreed to
# pay a $1.5m").
_PASSIVE_WINDOW = 60
# A rate further than this from the trigger is rarely the rate of the act ("90 percent of
# comments opposed the tariffs").
_RATE_WINDOW = 60
# How far from the trigger the goods a trade measure covers may be named ("has banned the
# export of onions").
_GOODS_WINDOW = 40
# Amounts within this fraction of each other are one amount, rounded differently.
_SAME_AMOUNT = 0.05
# Wire copy's exchange-rate note: "($1 = 0.8179 pounds)", "($1 = 1,380 won)".
_RATE_NOTE = re.compile(r"\(\s*\$\s?1\s*=\s*([\d][\d,]*(?:\.\d+)?)\s+[A-Za-z][A-Za-z .]{0,30}\)")
# What closes a bracketed restatement right after its amount.
_CONVERSION_CLOSE = re.compile(r"\s?\)")
# A bracket holding a figure ("(£277m)", "(약 4조5천억원)", "(US$865 million)"), and how far
# before it the amount it may restate is looked for.
_BRACKETED_FIGURE = re.compile(r"\([^()\n]{0,12}?\d[^()\n]{0,30}?\)")
_CONVERSION_REACH = 60
# What opens a restatement of the amount before it in another currency: "(", "(약", "(about".
_CONVERSION_OPENERS = frozenset(
    {"(", "(약", "( 약", "(about", "(approx.", "(approximately", "(around", "(roughly", "(some"}
)
# What joins a foreign amount to its value in won: the won figure is a conversion.
_WON_CONVERSION = re.compile(r"[,(]?\s?(?:우리\s?돈으로|한화(?:로)?|원화(?:로)?)\s?(?:약|대략)?")
# A conversion whose figure was typed with a stray space ("(약 2조6 500억원)"): the number
# reader gives only its tail, and the head is left in the gap.
_SPLIT_CONVERSION = re.compile(r"\(\s?약?\s?[\d.,]+\s?(?:조|억|만|천)\s?[\d.,]*")
# A rate marked as the new or old one ("to 25 percent", "25%로") may sit further off, after a
# long object ("tariffs on $200 billion of goods from 10 percent to 25 percent").
_MARKED_RATE_WINDOW = 160
# Characters between the bounds of a range written as two amounts ("18.4% to 22.5%").
_RANGE_GAP = 6
# A change in points stands right by its verb ("2.5%포인트 낮추기로", "by 3 percentage points").
_POINTS_WINDOW = 25
# A total marked by a longer phrase ("a total reduction of") ends within this of the amount.
_TOTAL_WINDOW = 40
# How far before an amount the words that mark its role are looked for.
_ROLE_WINDOW = 25


@dataclass(frozen=True)
class Slots:
    actor: str | None
    actor_id: str | None
    target: str | None
    target_id: str | None
    magnitude: Magnitude | None
    old: Magnitude | None
    status: EventStatus
    date: date | None


def _entities_in(entities: list[Entity], span: Span) -> list[Entity]:
    return [
        e for e in entities if e.label in _ACTOR_LABELS and span[0] <= e.start and e.end <= span[1]
    ]


def _entity_phrases(text: str, ents: list[Entity], cues: SlotCues, sent: Span) -> list[Phrase]:
    """Entities as phrases, with the role their right edge shows (particle or verb)."""
    out = []
    for e in ents:
        before = text[max(sent[0], e.start - 12) : e.start]
        if text[e.end : e.end + 1] in LIST_JOINERS:
            # "중국·대만산 석유수지에": a name that is not the list's last item has no particle
            # of its own; the list (a parsed phrase) carries the role
            continue
        if cues.agent_before.search(before):
            role = "agent"
        elif cues.subject_after.match(text, e.end, sent[1]):
            role = "subject"
        elif cues.object_after.match(text, e.end, sent[1]):
            role = "dative"
        else:
            role = "none"
        out.append(Phrase(e.start, e.end, role))
    return out


def _phrases(
    text: str, lex: Lexicon, sent: Span, ents: list[Entity], blocked: list[Span]
) -> list[Phrase]:
    found = _entity_phrases(text, ents, lex.slots, sent)
    if lex.parser is not None:
        found += parsed_phrases(text, sent, lex.parser)
    else:
        found += surface_phrases(text, sent, lex.slots)
    trimmed = [_trimmed(text, p, lex.slots, blocked) for p in found]
    return [
        _checked_agent(text, p, lex.slots, ents)
        for p in trimmed
        if p is not None and 0 < p.end - p.start <= _MAX_PHRASE
    ]


def _blocked_spans(text: str, entities: list[Entity], sent: Span) -> list[Span]:
    """Dates, amounts and rates, and a reporter's byline: never who acts nor what is affected.
    A byline ("[보험매일=홍길동 기자]", "김민수 기자 =") names who wrote the story; the cleaner
    trims one that opens the body, and one left inside a sentence (after page clutter, or glued
    to the lead) is read with the cleaner's own pattern, so the two stages agree on it."""
    spans = [
        (e.start, e.end)
        for e in entities
        if e.label in _NOT_SLOT_LABELS and e.start < sent[1] and sent[0] < e.end
    ]
    byline = cleaning_rules().lead_prefix
    if byline is not None:
        spans += [m.span() for m in byline.finditer(text, *sent) if m.end() > m.start()]
    return spans


def _words(text: str, p: Phrase) -> list[tuple[int, int, str]]:
    """Words of a phrase as (start, end, core) with the core stripped of punctuation."""
    out = []
    for m in _WORD.finditer(text, p.start, p.end):
        core = m.group().strip(_PUNCT)
        out.append((m.start(), m.end(), core))
    return out


def _trimmed(text: str, p: Phrase, cues: SlotCues, blocked: list[Span]) -> Phrase | None:
    """The phrase without a leading credit, edge words that name a time, date or amount
    ("이날 오후 전체회의" → "전체회의"), or a trailing possessive; None when nothing is left."""
    start, end = p.start, p.end
    credit = cues.drop_prefix.match(text, start, end)
    if credit:
        start = credit.end()
    words = [w for w in _words(text, Phrase(start, end, p.role)) if not _is_time(w, cues, blocked)]
    if not words:
        return None
    start, end = words[0][0], words[-1][1]
    # Again once amounts are off the edge: "$50 billion worth of imports" → "imports".
    lead = cues.drop_prefix.match(text, start, end)
    if lead and lead.end() < end:
        start = lead.end()
    suffix = cues.drop_suffix.search(text, start, end)
    if suffix and suffix.end() == end and suffix.start() > start:
        end = suffix.start()
    return Phrase(start, end, p.role)


def _is_time(w: tuple[int, int, str], cues: SlotCues, blocked: list[Span]) -> bool:
    return (
        not w[2]
        or bool(cues.time_word.fullmatch(w[2]))
        or any(b[0] < w[1] and w[0] < b[1] for b in blocked)
    )


def _checked_agent(text: str, p: Phrase, cues: SlotCues, ents: list[Entity]) -> Phrase:
    """A locative marker also marks places ("이 자리에서"): an agent must look like a body,
    or be the name of an organisation or a person."""
    if p.role != "agent" or cues.actor_preferred.search(text[p.start : p.end]):
        return p
    if any(e.label in _AGENT_LABELS and e.start <= p.start and p.end <= e.end for e in ents):
        return p
    return Phrase(p.start, p.end, "none")


def _head(text: str, p: Phrase) -> tuple[int, int, str]:
    """The last word of a phrase, where both languages put a noun phrase's head."""
    words = _words(text, p)
    return words[-1] if words else (p.start, p.end, "")


def _can_act(text: str, p: Phrase, ents: list[Entity], cues: SlotCues) -> bool:
    """An actor is a named entity or a governing body ("정부", "the council"): its head word
    is (part of) an entity or the phrase names a body; a bare common noun ("Airline", "예산")
    or a word that only sits in subject position ("Earlier") does not act."""
    head = _head(text, p)
    if not head[2] or cues.generic_noun.fullmatch(head[2]):
        return False
    if cues.actor_preferred.search(text[p.start : p.end]):
        return True
    return any(e.start < head[1] and head[0] < e.end for e in ents)


def _is_speaker(text: str, p: Phrase, sent: Span, cues: SlotCues) -> bool:
    """The source of a report ("said Gao Feng", "X 관계자는"), not what the act affects."""
    before = text[max(sent[0], p.start - 25) : p.start]
    return bool(
        cues.speaker_before.search(before) or cues.speaker_after.match(text, p.end, sent[1])
    )


def _target_rank(text: str, p: Phrase, cues: SlotCues) -> int:
    """0 for a phrase that names a thing, 1 for one headed by a general word ("수출 계획"),
    2 for a general word alone ("위기", "plan")."""
    words = _words(text, p)
    if not words or all(cues.generic_noun.fullmatch(w[2]) for w in words):
        return 2
    return 1 if cues.generic_noun.fullmatch(words[-1][2]) else 0


def _target_candidates(
    text: str, phrases: list[Phrase], sent: Span, cues: SlotCues
) -> list[tuple[int, Phrase]]:
    """Phrases that may be a target with their rank (``_target_rank``); general words alone
    and the sources of a report are left out."""
    free = [p for p in phrases if not _is_speaker(text, p, sent, cues)]
    ranked = [(_target_rank(text, p, cues), p) for p in free]
    return [(r, p) for r, p in ranked if r < 2]


def _names_first(ranked: list[tuple[int, Phrase]], ents: list[Entity]) -> list[tuple[int, Phrase]]:
    """Ranks lowered by one for phrases that are a name, so they win over common nouns."""
    return [(r - 1 if _is_name(p, ents) else r, p) for r, p in ranked]


def _is_name(p: Phrase, ents: list[Entity]) -> bool:
    return any(e.label in _ACTOR_LABELS and p.start <= e.start and e.end <= p.end for e in ents)


def _government_id(
    text: str,
    lang: str,
    ents: list[Entity],
    p: Phrase,
    known: list[GazetteerHit],
    cues: SlotCues,
) -> str | None:
    """The id of the place whose government the phrase names ("미국 정부", "China's commerce
    ministry", "the Ministry of Finance of Japan", "the French government"): the government
    acts for its country."""
    if not cues.government_head.search(text[p.start : p.end]):
        return None
    for e in ents:
        if e.label == "LOC" and e.kb_id and p.start <= e.start and e.end <= p.end:
            return e.kb_id
    for hit in known:
        if hit.entry.label == "LOC" and hit.entry.kb_id:
            return hit.entry.kb_id
    return demonym_state(text, lang, p.start, p.end)


def _pick_actor(phrases: list[Phrase], trig: Span, passive: bool) -> Phrase | None:
    before = [p for p in phrases if p.end <= trig[0]]
    for roles in (("agent",), ("subject",) if not passive else (), ("none",)):
        ranked = [p for p in before if p.role in roles]
        if ranked:
            # Subjects come first in both languages; the first one heads the clause, and of
            # phrases starting there the longest ("US President Donald Trump", not its name).
            if roles == ("subject",):
                return min(ranked, key=lambda p: (p.start, p.start - p.end))
            return ranked[-1]
    # Korean embeds the trigger in a clause before its subject ("…유예하는 등, X가 …").
    after = [p for p in phrases if p.start >= trig[1] and p.role in ("agent", "subject")]
    return after[0] if after else None


def _agent_after(phrases: list[Phrase], trig: Span, far: bool = False) -> Phrase | None:
    """An agent marked right after the trigger ("fined by X"): the clause is passive and X,
    not its subject, acts. After a verb marked passive before it ("was fined $3 million by
    regulators"), the agent may stand further on."""
    gap = _AGENT_GAP if not far else _MAX_AGENT_GAP
    after = [p for p in phrases if p.role == "agent" and 0 <= p.start - trig[1] <= gap]
    return min(after, key=lambda p: p.start) if after else None


def _reporter(
    text: str, actors: list[Phrase], before: int, sent: Span, cues: SlotCues
) -> Phrase | None:
    """The last phrase before ``before`` that reports or decides what follows ("X said …",
    "jurors recommended that …")."""
    heads = (cues.speaker_after, cues.decider_after)
    said = [
        p for p in actors if p.end <= before and any(h.match(text, p.end, sent[1]) for h in heads)
    ]
    return said[-1] if said else None


def _goods(text: str, tlex: TypeLexicon, hit: Hit) -> Phrase | None:
    """What a trade measure covers, named around its trade noun ("banned wheat exports", "the
    export of onions"), nearest the trigger (the first in the text where two are as near)."""
    near = sorted(
        m.span("goods")
        for pattern in tlex.goods
        for m in pattern.finditer(text, *hit.sentence)
        if _distance(m.span(), hit.trigger) <= _GOODS_WINDOW
    )
    if not near:
        return None
    start, end = min(near, key=lambda span: _distance(span, hit.trigger))
    return Phrase(start, end, "object")


def _reported_subject(
    text: str, actors: list[Phrase], actor: Phrase | None, trig: Span, cues: SlotCues
) -> Phrase | None:
    """The subject of the clause a speaker reports ("Commerce Secretary Malcolm Baldrige said
    the United States would go ahead with sanctions"): the speaker tells of the act, the
    clause's own subject acts."""
    if actor is None or actor.role != "subject" or not cues.speaker_after.match(text, actor.end):
        return actor
    reported = [
        p
        for p in actors
        if p.role == "subject"
        and p.start > actor.end
        and p.end <= trig[0]
        # "Acme said its board approved …": the speaker's own body acts for the speaker; "the
        # plants at Pontiac stopped" names a place, not a subject.
        and not cues.not_subject_before.search(text, max(actor.end, p.start - 30), p.start)
        # "X said the ministry supports his plan to build …": the subject holds a view of the
        # act, the speaker's.
        and not cues.attitude_between.search(text, p.end, trig[0])
    ]
    return min(reported, key=lambda p: (p.start, p.start - p.end)) if reported else actor


def _fined_party(text: str, p: Phrase, trig: Span, cues: SlotCues, ents: list[Entity]) -> Phrase:
    """A company or person named with no particle before a fine ("구글·애플 과징금 680억",
    "LG유플러스 … 과징금 맞아"): headlines put the party fined there, and a regulator
    ("공정위 과징금") names itself by a body's word. Such a name takes the dative's role."""
    if p.role != "none" or p.end > trig[0] or cues.actor_preferred.search(text[p.start : p.end]):
        return p
    # A whole written word ("교촌" in "교촌에프앤비가" is not), outside brackets ("【 청년일보 】"
    # names the outlet, "(위원장 X)" the regulator's head).
    if p.end < len(text) and text[p.end].isalnum():
        return p
    before = text[max(0, p.start - _ROLE_WINDOW) : p.start]
    opened = max(before.rfind(c) for c in _OPENING)
    if opened >= 0 and opened > max(before.rfind(c) for c in _CLOSING):
        return p
    named = any(e.label in _AGENT_LABELS and p.start <= e.start and e.end <= p.end for e in ents)
    return Phrase(p.start, p.end, "dative") if named else p


def _passive_start(text: str, trig: Span, sent: Span, cues: SlotCues) -> int | None:
    """Where a passive ("has been fined") or a construction making the affected party the
    subject ("agreed to pay a $1.5m fine") begins, right before the trigger."""
    lo = max(sent[0], trig[0] - _PASSIVE_WINDOW)
    window = text[lo : trig[0]]
    match = _WORD.match(text, trig[0], trig[1])
    verb = match.group() if match is not None else ""
    patients = []
    payment = cues.patient_before.search(window)
    if payment is not None:
        patients.append(lo + payment.start())
    # A trigger that is itself the payment ("agreed to pay a total of $14.5m to settle")
    # makes its subject the payer, as a payment before the trigger does.
    if verb and cues.patient_before.fullmatch(verb + " "):
        patients.append(trig[0])
    # "ordered Acme to pay a fine": the subject acts.
    starts = [p for p in patients if not cues.causer_before.search(text, lo, p)]
    # "has been fined", "were suspended" are passives; "is imposing", "are no longer" are not.
    passive = cues.passive_before.search(window) if cues.participle.fullmatch(verb) else None
    if passive is not None:
        starts.append(lo + passive.start())
    return min(starts, default=None)


def _host_partner(
    text: str, tlex: TypeLexicon, phrases: list[Phrase], actor: Phrase | None, hit: Hit
) -> Phrase | None:
    """A host that signs with a partner ("창원시는 … 2개사와 투자협약을"): the partner acts."""
    if actor is None or tlex.host_actor is None:
        return actor
    if not tlex.host_actor.search(text, actor.start, actor.end):
        return actor
    partners = [
        p
        for p in phrases
        if p.role == "partner"
        and actor.end <= p.start
        and p.end <= hit.trigger[0]
        and p.end - p.start > 1
        and not _COUNTER.match(text, p.start, p.end)  # "2개사와": a counter, not a name
    ]
    return partners[-1] if partners else actor


def _cut_at_trigger(text: str, p: Phrase, trig: Span) -> Phrase:
    """A phrase that runs into the trigger keeps only what precedes it: in a compound like
    "H20 칩 중국 수출 제한 계획" the words before "수출 제한" name what is restricted."""
    if not (p.start < trig[0] < p.end):
        return p
    end = p.start + len(text[p.start : trig[0]].rstrip())
    return Phrase(p.start, end, p.role) if end > p.start else p


def _pick_target(
    ranked: list[tuple[int, Phrase]],
    trig: Span,
    actor: Phrase | None,
    passive: bool,
    roles: tuple[str, ...],
) -> Phrase | None:
    """The phrase in a target role nearest before the trigger, else the first after it, else
    (languages without case particles) the trigger's direct object, else the first unmarked
    phrase after the verb; within each of these, a phrase that names a thing wins over one
    headed by a general word."""
    # A passive's subject is what the act affects ("예산이 삭감됐다").
    roles = (*roles, "subject") if passive else roles
    free = [
        (r, p)
        for r, p in ranked
        if (actor is None or not _overlap(p, actor)) and not (p.start < trig[1] and trig[0] < p.end)
    ]
    marked = [(r, p) for r, p in free if p.role in roles]
    before = [(r, p) for r, p in marked if p.end <= trig[0]]
    after = [(r, p) for r, p in marked if p.start >= trig[1]]
    near = min(
        before, key=lambda rp: (rp[0], roles.index(rp[1].role), trig[0] - rp[1].end), default=None
    )
    far = min(after, key=lambda rp: (rp[0], roles.index(rp[1].role), rp[1].start), default=None)
    # A passive's subject may be a general word ("Trading was suspended in shares of X"):
    # a named thing after the verb says more.
    if near is not None and (far is None or not passive or near[0] <= far[0]):
        return near[1]
    if far is not None:
        return far[1]
    direct = [(r, p) for r, p in free if p.role == "direct"]
    if direct:
        return min(direct, key=lambda rp: rp[0])[1]
    unmarked = [(r, p) for r, p in free if p.start >= trig[1] and p.role == "none"]
    return min(unmarked, key=lambda rp: (rp[0], rp[1].start))[1] if unmarked else None


def _overlap(a: Phrase, b: Phrase) -> bool:
    return a.start < b.end and b.start < a.end


def _entity_id(ents: list[Entity], phrase: Phrase | None) -> str | None:
    if phrase is None:
        return None
    for e in ents:
        if e.kb_id and e.start < phrase.end and phrase.start < e.end:
            return e.kb_id
    return None


def _slot_id(
    text: str,
    lang: str,
    ents: list[Entity],
    phrase: Phrase | None,
    cues: SlotCues,
    on: date | None = None,
) -> str | None:
    """The id of the state the phrase acts for, else of an entity overlapping it, else of the
    country it is the government of."""
    if phrase is None:
        return None
    known = find_known(text, lang, phrase.start, phrase.end)  # read once for both ids
    return (
        _state_id(text, lang, phrase, known, cues, on)
        or _entity_id(ents, phrase)
        or _government_id(text, lang, ents, phrase, known, cues)
    )


def _state_id(
    text: str,
    lang: str,
    p: Phrase,
    known: list[GazetteerHit],
    cues: SlotCues,
    on: date | None = None,
) -> str | None:
    """A national government body ("백악관", "Commerce Department") or a leader in office
    ("트럼프 대통령", "the Trump administration", or a name that needs no title while its bearer
    holds the office on ``on``, the post's date: "Donald Trump" in 2025) acts for a state: they
    share its id, so one happening reported through any of them keeps one actor (and one alert).
    """
    for hit in known:
        if hit.entry.acts_for:
            return hit.entry.acts_for
    if cues.office_title.search(text, p.start, p.end):
        if cues.former.search(text, p.start, p.end):
            return None  # "former President Bush", "ex-premier X": no longer the state's voice
        # "Belgian Prime Minister Wilfried Martens": a leader the gazetteer does not list is
        # named by the state's adjective
        return leader_state(text, lang, p.start, p.end) or demonym_state(text, lang, p.start, p.end)
    name = _clean(text, p)
    return leader_alone(name, lang, on) if name else None


def _clean(text: str, phrase: Phrase | None) -> str | None:
    if phrase is None:
        return None
    value = text[phrase.start : phrase.end].strip(" \"'“”‘’()[]")
    return value or None


def _shown(
    text: str, lang: str, phrase: Phrase | None, state: str | None, cues: SlotCues
) -> str | None:
    """A slot as a reader of alerts wants it: a leader named by their office ("도널드 트럼프
    미국 대통령", "President Reagan") is shown as the state they act for, and an agency's head
    ("기획재정부 장관") as the agency, the actors by the guidelines; another name of a place
    ("U.S.", "美") as its first name; else the phrase."""
    value = _clean(text, phrase)
    if value is None:
        return None
    head = cues.agency_head.search(value)
    if head is not None and lookup(value[: head.start()], lang) is not None:
        return value[: head.start()]
    if state and cues.leader_office.search(value) and leader_state(value, lang, 0, len(value)):
        return place_name(state, lang) or value
    entry = lookup(value, lang)
    if entry is not None and entry.label == "LOC" and entry.kb_id:
        return place_name(entry.kb_id, lang) or value
    return full_name(value, lang) or value


def _drop_conversions(text: str, mags: list[MagnitudeSpan]) -> list[MagnitudeSpan]:
    """Drop amounts in parentheses right after another (``160억 달러(23조5000억원)``), and
    amounts a Korean report gives in won right after a foreign one (``128억 달러, 우리 돈으로
    약 14조 원``, ``5억 달러(한화 약 6500억 원)``)."""
    out: list[MagnitudeSpan] = []
    for m in mags:
        if out and _converts(text, out[-1], m):
            continue
        out.append(m)
    return out


def _converts(text: str, first: MagnitudeSpan, then: MagnitudeSpan) -> bool:
    """``then`` restates ``first`` in another currency (in parentheses, or "우리 돈으로").
    An amount of another kind is no restatement: "13.9%(3조4000억원)" gives the share's sum."""
    if first.kind != then.kind:
        return False
    gap = text[first.end : then.start].strip()
    # "C$800 million/US$650 million": a slash between two currencies restates the amount.
    if gap == "/" and first.magnitude.unit != then.magnitude.unit:
        return True
    return (
        gap in _CONVERSION_OPENERS
        or bool(_WON_CONVERSION.fullmatch(gap))
        or bool(_SPLIT_CONVERSION.fullmatch(gap))
    )


def conversions_masked(text: str, lang: str) -> str:
    """``text`` with each bracketed restatement of an amount in another currency blanked out,
    length kept (offsets stay valid): "agreed to pay a total of $515m (£277m) to settle" reads
    as one phrase to the rules, as it does to a reader, while entities and the evidence keep
    the original text. A bracket a particle is glued to stays: it carries the amount's case."""
    blanks: list[Span] = []
    # Only brackets holding a figure are read, each with the words before it, where the
    # amount it restates ends (the post's other amounts need no reading).
    for bracket in _BRACKETED_FIGURE.finditer(text):
        lo = max(0, bracket.start() - _CONVERSION_REACH)
        found = find_magnitudes(text, lang, lo, bracket.end() + 1)
        blanks += _conversion_blanks(text, [m for m in found if m.kind == "MONEY"])
    if not blanks:
        return text
    chars = list(text)
    for start, end in blanks:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _conversion_blanks(text: str, money: list[MagnitudeSpan]) -> list[Span]:
    blanks: list[Span] = []
    for first, then in pairwise(money):
        gap = text[first.end : then.start]
        opened = gap.find("(")
        closing = _CONVERSION_CLOSE.match(text, then.end)
        if opened < 0 or closing is None or not _converts(text, first, then):
            continue
        # A particle glued to the bracket ("달러(약 4조5천억원)를") is the amount's: keep it.
        if closing.end() < len(text) and text[closing.end()].isalnum():
            continue
        blanks.append((first.end + opened, closing.end()))
    return blanks


def unconverted(text: str, lang: str, mag: Magnitude) -> Magnitude:
    """The amount as the act states it when ``mag`` is only its conversion: a Korean headline
    gives "3600억원" where the body says "2억7500만달러(약 3600억원)"."""
    money = [m for m in find_magnitudes(text, lang) if m.kind == "MONEY"]
    for first, then in pairwise(money):
        same = then.magnitude.unit == mag.unit and same_amount(then.magnitude.value, mag.value)
        if same and first.magnitude.unit != mag.unit and _converts(text, first, then):
            return first.magnitude
    return _by_rate_note(text, money, mag)


def _by_rate_note(text: str, money: list[MagnitudeSpan], mag: Magnitude) -> Magnitude:
    """Wire copy that converts a local amount to dollars says so at its end ("($1 = 0.8179
    pounds)"): a dollar figure that is a local amount at that rate is the conversion, even
    where the parentheses around it were lost in scraping or the headline gives only dollars."""
    note = _RATE_NOTE.search(text) if mag.unit == "USD" else None
    if note is None:
        return mag
    local = mag.value * float(note.group(1).replace(",", ""))
    for m in money:
        if m.magnitude.unit != "USD" and same_amount(m.magnitude.value, local):
            return m.magnitude
    return mag


def same_amount(a: float, b: float) -> bool:
    """Two figures for one amount, rounded differently (2억8000만 and 2억8300만)."""
    return abs(a - b) <= _SAME_AMOUNT * max(abs(a), abs(b))


def _before(text: str, m: MagnitudeSpan) -> str:
    """The words right before an amount, where its role is marked ("to", "from", "by")."""
    return text[max(0, m.start - _ROLE_WINDOW) : m.start]


def _rate(
    text: str, mags: list[MagnitudeSpan], cues: SlotCues
) -> tuple[Magnitude, Magnitude | None]:
    # A range of rates ("ranging from 18.4% to 22.5%", "5.81~14.17%") gives the act's rate as
    # its first bound, as the guidelines take the first of several amounts.
    mags = [_with_worded_low(text, m, cues) for m in mags]
    ranged = [m for m in mags if _opens_range(text, m, cues)]
    new = [m for m in mags if _marked_new(text, m, cues) and not _closes(m, ranged)]
    # ... unless a rate after the range is marked as the new one: the range was the level
    # before ("기본관세 25~30%를 10%로 낮춘").
    if ranged and not any(m.start >= ranged[0].end for m in new):
        first = ranged[0]
        return (first.low or first.magnitude), None
    old = [m for m in mags if _marked_old(text, m, cues) and m not in new]
    if new:
        return new[0].magnitude, (old[0].magnitude if old else None)
    # No rate marked as the new one: the first the sentence states, as for several amounts
    # ("20% up to the quota, 50% above it"); the nearest to the trigger was often the second.
    first = min(mags, key=lambda m: m.start)
    return first.magnitude, None


def _closes(m: MagnitudeSpan, ranged: list[MagnitudeSpan]) -> bool:
    """The second bound of a range written as two amounts ("from 18.4% to 22.5%")."""
    return any(r.low is None and 0 <= m.start - r.end <= _RANGE_GAP for r in ranged)


def _zero_rate(
    text: str, sent: Span, rates: list[MagnitudeSpan], cues: SlotCues
) -> tuple[Magnitude, Magnitude | None] | None:
    """A rate the sentence says is taken away ("현재 25%인 관세율을 없애기로", "exempted from
    export duty", "reduced from 10 per cent to nil") is set to zero; the rate it had, where
    stated, is the old one. A rate the sentence gives without marking it as the old one is the
    act's own ("a 25% tariff on steel, with Canada exempted"), so it wins."""
    removed = [m.span() for m in cues.zero_rate.finditer(text, *sent)]
    if not removed:
        return None
    # A rate inside the words that take it away ("removed the 25% duty") is the one it had.
    old = [
        m
        for m in rates
        if _marked_old(text, m, cues) or any(a <= m.start and m.end <= b for a, b in removed)
    ]
    if len(old) < len(rates):
        return None
    return Magnitude(value=0, unit="%"), (old[0].magnitude if old else None)


def _with_worded_low(text: str, m: MagnitudeSpan, cues: SlotCues) -> MagnitudeSpan:
    """``m`` with the first bound of a range written in words before it ("tariffs of 8 to 30
    per cent": 8 %), when it has none."""
    hit = None if m.low is not None else cues.range_low_before.search(_before(text, m))
    if hit is None:
        return m
    low = Magnitude(value=float(hit.group("lo")), unit=m.magnitude.unit)
    return dataclasses.replace(m, low=low) if low.value < m.magnitude.value else m


def _opens_range(text: str, m: MagnitudeSpan, cues: SlotCues) -> bool:
    """A percent that is the first bound of a range ("8~13%", "between 18.1% and 103.1%",
    "3.28%에서 최고 30%까지")."""
    return (
        m.low is not None
        or cues.range_before.search(_before(text, m)) is not None
        or cues.range_after.match(text, m.end) is not None
    )


def _marked_old(text: str, m: MagnitudeSpan, cues: SlotCues) -> bool:
    """An amount marked as the level before the act ("from 10%", "10%에서", "현재 25%인")."""
    return bool(cues.old_after.match(text, m.end) or cues.old_before.search(_before(text, m)))


def _marked_new(text: str, m: MagnitudeSpan, cues: SlotCues) -> bool:
    """An amount marked as the level the act sets ("to 25%", "25%로")."""
    return bool(cues.new_after.match(text, m.end) or cues.new_before.search(_before(text, m)))


def _is_new_rate(text: str, m: MagnitudeSpan, cues: SlotCues) -> bool:
    """A percent marked as the level a rate is set to ("0%로", "to 0%")."""
    return m.kind == "PERCENT" and _marked_new(text, m, cues)


def _is_rate_of_act(text: str, m: MagnitudeSpan, trig: Span, cues: SlotCues) -> bool:
    """A percent near the trigger, or further off but marked as the new/old rate ("from 10
    percent to 25 percent") or opening a range ("set at between 18.1% and 103.1%"), and not a
    share of people or things ("90 percent of firms", "90 percent opposed", "응답자의 90%")."""
    before = _before(text, m)
    if cues.share_after.match(text, m.end) or cues.share_before.search(before):
        return False
    dist = _distance((m.start, m.end), trig)
    if dist <= _RATE_WINDOW:
        return True
    marked = _marked_new(text, m, cues) or _marked_old(text, m, cues) or _opens_range(text, m, cues)
    return marked and dist <= _MARKED_RATE_WINDOW


def _answered_rate(
    text: str, m: MagnitudeSpan, sent: Span, tlex: TypeLexicon, cues: SlotCues
) -> bool:
    """A rate of the act that the sentence's own measure answers ("C$16.6 billion in
    retaliatory tariffs in response to the 25% tariffs that …", "new duties …, responding to
    the increase in tariffs to 25%"): the measure is named before the words that answer,
    and the rate after them."""
    if tlex.measure is None:
        return False
    answer = cues.answered_act.search(text, sent[0], m.start)
    return answer is not None and tlex.measure.search(text, sent[0], answer.start()) is not None


def _without_levels(
    text: str, money: list[MagnitudeSpan], mags: list[MagnitudeSpan], cues: SlotCues
) -> list[MagnitudeSpan]:
    """Amounts without the levels reached ("to $41 million") or left ("6626억원에서 77.7%
    삭감") when the sentence states the size of the change ("by 8%"): the change is the act's
    size, a level only where none is given."""
    if not any(_marked(text, m, cues.change_before, cues.change_after) for m in mags):
        return money
    return [m for m in money if not _is_level(text, m, cues)]


def _without_old(text: str, money: list[MagnitudeSpan], cues: SlotCues) -> list[MagnitudeSpan]:
    """A fine or a pledge changed ("4600만원에서 6000만원으로 올렸다", "raised the penalty from
    $2 million to $5 million") is the amount it now is, not the one it was. The new amount is
    a level reached ("으로", "to"): "3000만원에서 1억5000만원까지" is a range of fines."""
    current = [m for m in money if not _marked_old(text, m, cues)]
    reached = any(_marked(text, m, cues.level_before, cues.level_after) for m in current)
    return current if reached else money


def _is_level(text: str, m: MagnitudeSpan, cues: SlotCues) -> bool:
    """A percent stating where a share stands, before or after the act ("cut aid to 0.3% of
    national income from 0.5%"), not by how much the act changes it."""
    return _marked(text, m, cues.level_before, cues.level_after) or _marked_old(text, m, cues)


def _marked(text: str, m: MagnitudeSpan, before: re.Pattern[str], after: re.Pattern[str]) -> bool:
    """The amount's role is marked by the words right before it or right after it."""
    return bool(before.search(_before(text, m))) or _followed(text, m, after)


def _followed(text: str, m: MagnitudeSpan, after: re.Pattern[str]) -> bool:
    """The words right after an amount match ``after`` (a verb-final language's role marks)."""
    return bool(after.match(text, m.end, m.end + _ROLE_WINDOW))


def _distance(a: Span, b: Span) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def _totals(text: str, mags: list[MagnitudeSpan], cues: SlotCues) -> list[MagnitudeSpan]:
    """Amounts marked as a sum ("모두 6천258억원", "fines totaling $1.5 million")."""
    return [
        m
        for m in mags
        if cues.total_near.search(text[max(0, m.start - 12) : m.start])
        or cues.total_before.search(text[max(0, m.start - _TOTAL_WINDOW) : m.start])
    ]


def stated_total(text: str, lex: Lexicon, tlex: TypeLexicon, sent: Span) -> Magnitude | None:
    """The sum of money ``sent`` marks as the act's total, if it states one (not the whole a
    part is taken from: "총지출 600조원 가운데 4조원")."""
    if "MONEY" not in tlex.magnitude_kinds:
        return None
    money = [m for m in _candidates(text, lex, sent) if m.kind == "MONEY"]
    total = _totals(text, money, lex.slots)
    return (total[0].low or total[0].magnitude) if total else None


def _candidates(
    text: str, lex: Lexicon, sent: Span, home: str | None = None
) -> list[MagnitudeSpan]:
    """The amounts of ``sent`` that can be an act's size: conversions, wholes a part is taken
    from and baselines dropped where anything else is left."""
    found = find_magnitudes(text, lex.lang, sent[0], sent[1], home)
    # A zero ("'0원'으로 인하") is a quoted figure, never the size of an act, unless it is a rate
    # marked as the new level ("관세율을 8%에서 0%로", "cut to 0%").
    mags = [
        m
        for m in _drop_conversions(text, found)
        if m.magnitude.value > 0 or _is_new_rate(text, m, lex.slots)
    ]
    parts = [m for m in mags if not _followed(text, m, lex.slots.whole_after)]
    mags = parts or mags
    measured = [m for m in mags if not _followed(text, m, lex.slots.baseline_after)]
    return measured or mags


def _money(text: str, mags: list[MagnitudeSpan], trig: Span, cues: SlotCues) -> Magnitude:
    total = _totals(text, mags, cues)
    # A range of money ("100만∼150만원의 과징금") gives its first bound, as several amounts do.
    if total:
        return total[0].low or total[0].magnitude
    nearest = min(mags, key=lambda m: (_distance((m.start, m.end), trig), m.start))
    head = _list_head(text, mags, nearest, cues)
    return head.low or head.magnitude


def _list_head(
    text: str, mags: list[MagnitudeSpan], m: MagnitudeSpan, cues: SlotCues
) -> MagnitudeSpan:
    """The first amount of the list ``m`` ends ("A원과 B원을 삭감" gives A), going back
    through amounts joined to the next one by ``amount_and``."""
    ordered = sorted(mags, key=lambda x: x.start)
    i = ordered.index(m)
    while i > 0 and cues.amount_and.fullmatch(text, ordered[i - 1].end, ordered[i].start):
        i -= 1
    return ordered[i]


def pick_magnitude(
    text: str, lex: Lexicon, tlex: TypeLexicon, sent: Span, trig: Span, home: str | None = None
) -> tuple[Magnitude | None, Magnitude | None]:
    """The event's magnitude and, for rates, the previous value (``home``: the text whose
    places tell what a bare ``$`` is, ``text`` by default)."""
    mags = _candidates(text, lex, sent, home)
    for kind in tlex.magnitude_kinds:
        of_kind = [m for m in mags if m.kind == kind]
        if kind == "PERCENT":
            rates = [
                m
                for m in of_kind
                if _is_rate_of_act(text, m, trig, lex.slots)
                and not _answered_rate(text, m, sent, tlex, lex.slots)
            ]
            # A rate is the new level ("to 25%"); a change in points (2.5%p) only where the
            # sentence states no level at all.
            levels = [m for m in rates if m.magnitude.unit != "%p"]
            of_kind = levels or [
                m for m in rates if _distance((m.start, m.end), trig) <= _POINTS_WINDOW
            ]
        if kind == "MONEY" and tlex.change_is_size:
            of_kind = _without_levels(text, of_kind, mags, lex.slots)
        elif kind == "MONEY":
            of_kind = _without_old(text, of_kind, lex.slots)
        if kind == "PERCENT" and tlex.change_is_size:
            of_kind = [m for m in of_kind if not _is_level(text, m, lex.slots)]
        if kind == "PERCENT" and tlex.sized_by_rate:
            # A tariff's rate taken away is set to zero.
            zero = _zero_rate(text, sent, of_kind, lex.slots)
            if zero is not None:
                return zero
        if not of_kind:
            continue
        if kind == "PERCENT":
            return _rate(text, of_kind, lex.slots)
        return _money(text, of_kind, trig, lex.slots), None
    return None, None


def pick_half(text: str, lex: Lexicon, sent: Span, trig: Span) -> Magnitude | None:
    """A cut by half stated in words near the trigger ("voted to halve aid to Panama",
    "절반으로 깎았다"): 50 %, for a post that states no figure for the act."""
    near = (
        m
        for m in lex.slots.halved.finditer(text, *sent)
        if _distance(m.span(), trig) <= _RATE_WINDOW
    )
    return Magnitude(value=50, unit="%") if next(near, None) is not None else None


def _money_levels(text: str, lex: Lexicon) -> bool:
    """The text states a sum of money before and after a change ("117억→58억", "from $9m to
    $5m"): a previous level followed by a new one."""
    money = [m for m in find_magnitudes(text, lex.lang, 0, len(text)) if m.kind == "MONEY"]
    if lex.headline_currency is not None:
        money += find_bare_amounts(text, lex.lang, lex.headline_currency)
    cues = lex.slots
    olds = [m for m in money if cues.old_after.match(text, m.end)]
    return any(
        n.start > o.end and cues.new_before.search(_before(text, n)) for o in olds for n in money
    )


def pick_title_magnitude(
    title: str, lex: Lexicon, tlex: TypeLexicon, trig: Span, body: str | None = None
) -> tuple[Magnitude | None, Magnitude | None]:
    """The headline's magnitude; headlines may drop the currency of a large amount, which the
    language data then supplies ("R&D 예산 3.4조 삭감"). A bare ``$`` is read with the ``body``."""
    if tlex.change_is_size and _money_levels(title, lex):
        # "117억→58억": the headline gives the amounts before and after the cut, not its size.
        return None, None
    mag, old = pick_magnitude(title, lex, tlex, (0, len(title)), trig, body)
    if mag is not None or lex.headline_currency is None or "MONEY" not in tlex.magnitude_kinds:
        return mag, old
    bare = find_bare_amounts(title, lex.lang, lex.headline_currency)
    if not bare:
        return None, None
    return min(bare, key=lambda m: _distance((m.start, m.end), trig)).magnitude, None


def pick_status(text: str, lex: Lexicon, tlex: TypeLexicon, sent: Span) -> EventStatus:
    for status, pattern in lex.status:
        if status in tlex.statuses and pattern.search(text, *sent):
            return EventStatus(status)
    return EventStatus(tlex.default_status)


def pick_date(text: str, lang: str, sent: Span, ref: date | None) -> date | None:
    for span in find_dates(text, lang, ref, sent[0], sent[1]):
        if span.date is not None and span.precision == "day":  # an event's date is a day
            return span.date
    return None


def fill_slots(
    text: str, lex: Lexicon, tlex: TypeLexicon, hit: Hit, entities: list[Entity], ref: date | None
) -> Slots:
    ents = _entities_in(entities, hit.sentence)
    cues = lex.slots
    blocked = _blocked_spans(text, entities, hit.sentence)
    phrases = _phrases(text, lex, hit.sentence, ents, blocked)
    if lex.parser is None:
        phrases = subjects_by_gap(phrases, text, hit.trigger, cues)
        obj = direct_object(text, hit.trigger, hit.sentence, cues)
        obj = _trimmed(text, obj, cues, blocked) if obj is not None else None
        if obj is not None and 0 < obj.end - obj.start <= _MAX_PHRASE:
            phrases.append(obj)
    # A wire story's dateline ("BRUSSELS, March 2 -") names where it was filed: never a slot.
    filed_from = dateline(lex.lang).match(text, *hit.sentence)
    if filed_from is not None:
        phrases = [p for p in phrases if p.start >= filed_from.end()]
    if tlex.named_target and lex.parser is not None:
        phrases = [_fined_party(text, p, hit.trigger, cues, ents) for p in phrases]
    passive = bool(_PASSIVE.match(text, hit.trigger[1], hit.sentence[1]))
    marked = _passive_start(text, hit.trigger, hit.sentence, cues)
    if marked is not None:
        # "Acme has been fined", "Acme has agreed to pay a $1.5m fine": the phrase the
        # construction follows is its subject, the party the act falls on.
        phrases = subjects_by_gap(phrases, text, (marked, marked), cues)
    actors = [p for p in phrases if _can_act(text, p, ents, cues)]
    by = _agent_after(actors, hit.trigger, far=marked is not None)
    passive = passive or marked is not None or by is not None
    if marked is not None:
        # Before a passive marked so stands what the act falls on; who acts is named after
        # the verb ("by the regulator") or reports it ("the exchange said trading was halted").
        actor = by or _reporter(text, actors, marked, hit.sentence, cues)
    else:
        actor = by or _reported_subject(
            text, actors, _pick_actor(actors, hit.trigger, passive), hit.trigger, cues
        )
    actor = _host_partner(text, tlex, phrases, actor, hit)
    cut = [_cut_at_trigger(text, p, hit.trigger) for p in phrases]
    targets = _target_candidates(text, cut, hit.sentence, cues)
    if tlex.named_target:
        targets = _names_first(targets, ents)
    target = _pick_target(targets, hit.trigger, actor, passive, tlex.target_roles)
    if target is None:
        target = _goods(text, tlex, hit)
    magnitude, old = pick_magnitude(text, lex, tlex, hit.sentence, hit.trigger)
    actor_id = _slot_id(text, lex.lang, ents, actor, cues, ref)
    target_id = _slot_id(text, lex.lang, ents, target, cues, ref)
    return Slots(
        actor=_shown(text, lex.lang, actor, actor_id, cues),
        actor_id=actor_id,
        target=_shown(text, lex.lang, target, target_id, cues),
        target_id=target_id,
        magnitude=magnitude,
        old=old,
        status=pick_status(text, lex, tlex, hit.sentence),
        date=pick_date(text, lex.lang, hit.sentence, ref),
    )
