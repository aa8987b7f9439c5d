"""Event extraction: which event types a post reports as its own news, with their slots.

Per segment (one article of a post): split sentences; a cheap pass of each type's trigger
alternation picks the candidate sentences; the frame rules of ``events_frames`` score them;
the article's own weighting is added (title and lead sentences count more, a type the segment
mentions repeatedly is more likely its news); the best sentence per type becomes the event if
its confidence reaches the language's threshold. The scoring is per post and type, so at most
one event per (type, segment) is emitted: precision matters more than many events.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property, partial
from itertools import pairwise

from schemas.models import Entity, Event, Magnitude, Segment
from streams.doc import Doc
from streams.extract.events_frames import Hit, match_sentence, title_states
from streams.extract.events_lexicon import Lexicon, TypeLexicon, load_lexicon
from streams.extract.magnitude import MagnitudeSpan, find_magnitudes
from streams.extract.sentences import split_sentences
from streams.extract.slots import (
    Slots,
    conversions_masked,
    fill_slots,
    pick_half,
    pick_magnitude,
    pick_title_magnitude,
    same_amount,
    stated_total,
    unconverted,
)

Span = tuple[int, int]
# How much confidence the evidence sentence may give up for one that states a magnitude.
_EVIDENCE_MARGIN = 0.1
# How far from the post's date a day stated by another sentence of the frame may lie.
_RESTATED_DATE_DAYS = 31
# How far before its verb a word marking an act on the whole of an item ("전액") may stand.
_WHOLE_WINDOW = 6
# How far before an amount a word marking it as round ("more than", "약") may start.
_ROUND_WINDOW = 24
# Parts added up match a stated total to within rounding (28.5 = 13 + 15.5).
_SUM_TOLERANCE = 0.005
# Characters between two amounts listed as parts of one sum.
_PARTS_GAP = 60
# How many sentences after the evidence may still give the size it leaves out.
_SIZE_FOLLOW = 3


@dataclass(frozen=True)
class _Scored:
    hit: Hit
    index: int  # sentence index within the segment
    confidence: float


def _candidate_sentences(
    lex: Lexicon, tlex: TypeLexicon, text: str, seg: Segment, sents: list[Span]
) -> list[int]:
    """Indexes of sentences containing a trigger of the type (the cheap pre-filter)."""
    starts = [s for s, _ in sents]
    found: set[int] = set()
    for m in lex.prefilter[tlex.type].finditer(text, seg.start, seg.end):
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < sents[i][1]:
            found.add(i)
    return sorted(found)


def _position_bonus(lex: Lexicon, tlex: TypeLexicon, index: int) -> float:
    """News leads with its own news; a mention deep in the body is more often context."""
    if index == 0:
        return lex.scoring.first_bonus
    if index < lex.scoring.lead_sentences:
        return lex.scoring.lead_bonus
    return -(lex.scoring.body_penalty if tlex.body_penalty is None else tlex.body_penalty)


def _title_adjustment(
    lex: Lexicon, tlex: TypeLexicon, text: str, seg: Segment, sents: list[Span], ref: date | None
) -> float:
    lead = seg.title or (text[sents[0][0] : sents[0][1]] if sents else "")
    penalty = sum(c.penalty for c in tlex.lead_cues if c.fires(lead))
    if not seg.title:
        return -penalty
    bonus = lex.scoring.title_bonus if title_states(lex, tlex, seg.title, ref) else 0.0
    return bonus - penalty - sum(c.penalty for c in lex.title_cues if c.fires(seg.title))


def _waived(lex: Lexicon, tlex: TypeLexicon, seg: Segment) -> dict[str, float]:
    """Penalties given back to sentences whose only cues these are: the title names the type,
    so the act they state is the story's topic (``Scoring.title_topic_waives``). Not under a
    title that carries a cue itself (a denial, an anniversary: the act is not the news)."""
    names = lex.scoring.title_topic_waives
    title = seg.title
    if not names or not title or lex.prefilter[tlex.type].search(title) is None:
        return {}
    if any(c.fires(title) for c in lex.cues):
        return {}
    return {c.name: c.penalty for c in lex.cues if c.name in names}


def _score_type(
    lex: Lexicon, tlex: TypeLexicon, text: str, seg: Segment, sents: list[Span], ref: date | None
) -> list[_Scored]:
    hits: list[tuple[int, Hit]] = []
    for i in _candidate_sentences(lex, tlex, text, seg, sents):
        hit = match_sentence(lex, tlex, text, sents[i], ref)
        if hit is not None:
            hits.append((i, hit))
    if not hits:
        return []
    sc = lex.scoring
    # Other sentences that state the same frame plainly: the segment is about this type. A
    # mention under a cue (a demand, background, a hedge) says the topic, not the act.
    plain = sum(h.score > 0 and not h.cues for _, h in hits)
    title = _title_adjustment(lex, tlex, text, seg, sents, ref)
    scored = []
    waived = _waived(lex, tlex, seg)
    for i, hit in hits:
        others = plain - (hit.score > 0 and not hit.cues)
        support = min(sc.support_cap, sc.support_bonus * others)
        conf = hit.score + _position_bonus(lex, tlex, i) + title + max(0.0, support)
        if hit.cues and all(n in waived for n in hit.cues):
            conf += sum(waived[n] for n in hit.cues)
        scored.append(_Scored(hit, i, min(1.0, max(0.0, conf))))
    return sorted(scored, key=lambda s: (-s.confidence, s.index))


def _evidence(text: str, lex: Lexicon, tlex: TypeLexicon, scored: list[_Scored]) -> _Scored:
    """The best sentence, or a nearly as good one that states the size of the act; of those,
    the earliest (a lead's overall figure before a body's detail for one product group)."""
    best = scored[0]
    if not tlex.magnitude_kinds or not tlex.size_picks_evidence:
        return best
    close = [c for c in scored if c.confidence >= best.confidence - _EVIDENCE_MARGIN]
    for cand in sorted(close, key=lambda c: c.index):
        if pick_magnitude(text, lex, tlex, cand.hit.sentence, cand.hit.trigger)[0] is not None:
            return cand
    return best


Sized = tuple[Magnitude | None, Magnitude | None]
# The exact statement of a figure the text marks as round ("2억 원이 넘는" → "2억5천만 원"),
# or None.
ExactOf = Callable[[Magnitude], Magnitude | None]


def _not_round(_: Magnitude) -> Magnitude | None:
    return None


@dataclass
class _Amounts:
    """A segment's amounts and its title's, read once (and only when an event needs them) for
    every type's size checks: the round figure's exact statement and the parts' total."""

    text: str
    lang: str
    seg: Segment

    @cached_property
    def body(self) -> list[MagnitudeSpan]:
        return find_magnitudes(self.text, self.lang, self.seg.start, self.seg.end)

    @cached_property
    def title(self) -> list[MagnitudeSpan]:
        title = self.seg.title or ""
        return find_magnitudes(title, self.lang, 0, len(title), self.text)


def _magnitudes(
    text: str,
    lex: Lexicon,
    tlex: TypeLexicon,
    seg: Segment,
    scored: list[_Scored],
    first: Sized,
    evidence: Span,
) -> Iterator[Sized]:
    """Candidate sizes in order of trust: the headline (it states the figure the story is
    about, often the total), the evidence sentence, then the other sentences of the frame.
    A total stated for the act comes first, by the evidence sentence ("모두 6천258억원을
    삭감") or the lead ("fines totaling $1.5 million"): a headline, or a more certain sentence
    naming one party, may give only a part of it."""
    totals: dict[Span, Magnitude | None] = {}

    def total_of(sent: Span) -> Magnitude | None:
        # Each sentence's stated total is read once: the evidence is often the lead, and a
        # share per party looks through the lead too.
        if sent not in totals:
            totals[sent] = stated_total(text, lex, tlex, sent)
        return totals[sent]

    evidence_total = total_of(evidence)
    if first[0] is not None and first[0] == evidence_total:
        yield first
    if evidence_total is None and lex.slots.per_party.search(text, *evidence):
        # "Each of the banks was fined 150 million naira" gives a share; the total for the
        # act is stated elsewhere ("fines totalled 1.35 billion naira"), if anywhere.
        shared = (total_of(sc.hit.sentence) for sc in scored)
        total = next((t for t in shared if t is not None), None)
        if total is not None:
            yield total, None
    for lead in _leads(text, seg, scored):
        total = total_of(lead.hit.sentence)
        if total is not None:
            yield total, None
    title_hit = _title_hit(lex, tlex, seg)
    if title_hit is not None and seg.title:
        yield pick_title_magnitude(seg.title, lex, tlex, title_hit.trigger, text)
    yield first
    for other in _sizing(lex, scored[1:]):
        yield pick_magnitude(text, lex, tlex, other.hit.sentence, other.hit.trigger)


def _sizing(lex: Lexicon, scored: list[_Scored]) -> Iterator[_Scored]:
    """The sentences of the frame that may size the act: not those whose cues make their act
    another one (", who was fined £15,000 in December")."""
    other_act = set(lex.scoring.other_act_cues)
    return (sc for sc in scored if sc.hit.score > 0 and not set(sc.hit.cues) & other_act)


def _leads(text: str, seg: Segment, scored: list[_Scored]) -> Iterator[_Scored]:
    """The lead sentence's frame; when the page repeats its headline as the first sentence,
    the sentence after it is the lead (a headline's "최대 33만원" names one voter's share, the
    lead's "모두 321만원" the act's total)."""
    first = sorted(
        (sc for sc in scored if sc.hit.score > 0 and sc.index <= 1), key=lambda sc: sc.index
    )
    title = (seg.title or "").strip()
    repeated = bool(title) and text[seg.start : seg.end].lstrip().startswith(title)
    yield from (sc for sc in first if sc.index == 0 or repeated)


def _title_hit(lex: Lexicon, tlex: TypeLexicon, seg: Segment) -> Hit | None:
    if not seg.title:
        return None
    hit = match_sentence(lex, tlex, seg.title, (0, len(seg.title)), None)
    return hit if hit is not None and not hit.cues else None


def _choose_magnitude(
    tlex: TypeLexicon, candidates: Iterator[Sized], exact_of: ExactOf = _not_round
) -> Sized:
    """The first candidate of the type's preferred kind (a tariff's rate before its money
    scope), else the first candidate at all. A cut's size is the first amount of either kind
    stated for it: a lead's "cut nearly 20%" over a sum a later sentence names."""
    found: list[Sized] = [c for c in candidates if c[0] is not None]
    if tlex.change_is_size and found:
        return _more_precise(found[0], found, exact_of)
    preferred = [c for c in found if c[0] is not None and _kind(c[0]) == tlex.magnitude_kinds[0]]
    # A level ("20%에서 35%로") stated anywhere beats a change in points ("15%포인트") the
    # headline gives, as within one sentence.
    levels = [c for c in preferred if c[0] is not None and c[0].unit != "%p"]
    preferred = levels or preferred
    chosen = preferred[0] if preferred else (found[0] if found else (None, None))
    return _more_precise(chosen, found, exact_of)


def _exact_statement(lex: Lexicon, amounts: _Amounts, shown: Magnitude) -> Magnitude | None:
    """The segment's first money figure that states ``shown`` exactly ("2억5천만 원", "777억원"),
    when the segment or its title marks ``shown`` as round ("2억 원이 넘는 과태료", "700억 원
    규모의 투자협약", "fined more than $20,000"): reporters round in the lead and give the
    exact sum in the body. Read only for the size an event is given, and only for money."""
    if shown.unit in ("%", "%p"):
        return None
    cues = lex.slots
    body = [m for m in amounts.body if m.kind == "MONEY"]
    heads = [m for m in amounts.title if m.kind == "MONEY"]
    title, text = amounts.seg.title or "", amounts.text
    marked = any(
        (m.magnitude.value, m.magnitude.unit) == (shown.value, shown.unit)
        and (
            cues.approx_before.search(source[max(0, m.start - _ROUND_WINDOW) : m.start])
            or cues.approx_after.match(source, m.end)
        )
        for source, spans in ((title, heads), (text, body))
        for m in spans
    )
    if not marked:
        return None
    return next((b.magnitude for b in body if _states_exactly(shown, b.magnitude)), None)


def _states_exactly(shown: Magnitude, other: Magnitude) -> bool:
    """``other`` is the round figure ``shown`` stated to more digits: the same unit, at least
    the figure, and under the next round figure (2억5000만 for 2억, 777억 for 700억)."""
    if other.unit != shown.unit or shown.value <= 0 or _digits(other.value) <= _digits(shown.value):
        return False
    return math.isclose(_truncated(other.value, _digits(shown.value)), shown.value)


def _more_precise(chosen: Sized, found: list[Sized], exact_of: ExactOf) -> Sized:
    """Headlines round ("2억8000만 원" for 2억8300만) or cut off ("10억유로" for 10억6천만):
    a body figure of the same unit within a few percent, or one the headline's figure begins,
    is the same amount, stated precisely; so is one the headline gives without its scale word
    ("$8.6 expansion"). A figure of two significant digits is no such detail: 50억 and 51억
    are two amounts (a fine and the one it replaced), each exact, unless the text marks the
    first as round (``exact_of``: "2억 원이 넘는" before "2억5천만 원")."""
    mag = chosen[0]
    if mag is None or mag.value == 0:
        return chosen
    exact = exact_of(mag)
    if exact is not None:
        return exact, chosen[1]
    for other in found:
        o = other[0]
        if o is None or o.unit != mag.unit:
            continue
        if _scale_dropped(mag, o):
            return other
        if _digits(o.value) <= max(2, _digits(mag.value)):
            continue
        if same_amount(o.value, mag.value) or _cut_off(mag, o.value):
            return other
    return chosen


def _summed_total(
    lex: Lexicon, amounts: _Amounts, sents: list[Span], shown: Magnitude
) -> Magnitude | None:
    """The total the text states for amounts of which ``shown`` is one part, found by adding
    them up: "agreed to pay $28.5m" in the lead, "$13m in criminal penalties, as well as
    $15.5m to settle a civil lawsuit" in the body. The guidelines ask for the total the post
    states for the act, and listed parts whose sum comes out exactly are no coincidence."""
    text = amounts.text
    money = [m for m in amounts.body if m.magnitude.unit == shown.unit]
    headline = [m.magnitude.value for m in amounts.title if m.magnitude.unit == shown.unit]
    for sent in sents:
        parts = [m for m in money if sent[0] <= m.start and m.end <= sent[1]]
        values = [m.magnitude.value for m in parts]
        if len(values) < 2 or not any(math.isclose(v, shown.value) for v in values):
            continue
        gaps = [text[a.end : b.start] for a, b in pairwise(parts)]
        if not all(len(g) <= _PARTS_GAP and lex.slots.parts_joiner.search(g) for g in gaps):
            continue
        # The parts in one sentence, the total in another or the headline; a figure that is
        # only one part restated (134억 beside "134억원과 과태료 1500만원") is no total.
        whole = sum(values)
        elsewhere = [m.magnitude.value for m in money if m not in parts] + headline
        totals = [v for v in elsewhere if not any(_same_sum(p, v) for p in values)]
        if any(_same_sum(whole, v) for v in totals):
            return Magnitude(value=whole, unit=shown.unit)
    return None


def _same_sum(added: float, stated: float) -> bool:
    return abs(added - stated) <= _SUM_TOLERANCE * stated


def _scale_dropped(shown: Magnitude, other: Magnitude) -> bool:
    """A headline may drop the scale word ("$11.4 expansion" for $11.4 million). Money is read
    as whole units, so such a headline sum is the body's leading figure rounded: 11 for 11.4
    million. Only a figure with a fraction counts: "£50" beside "£50,000" is a fixed penalty
    beside the most a court may impose, two amounts."""
    if shown.unit in {"%", "%p"} or not 0 < shown.value < 1000:
        return False
    for k in (3, 6, 9, 12):
        lead = other.value / 10.0**k
        # Half up, as the money parser rounds ("$8.5" is 9 dollars).
        whole = math.floor(lead + 0.5)
        if whole == shown.value and lead != whole:
            return True
    return False


def _cut_off(shown: Magnitude, value: float) -> bool:
    """``value`` cut to the shown figure's first (at least two) digits is that figure; rates
    are rounded, not cut, so only money counts."""
    if shown.unit in {"%", "%p"} or value <= 0:
        return False
    return math.isclose(_truncated(value, max(2, _digits(shown.value))), shown.value)


def _truncated(value: float, digits: int) -> float:
    """A positive ``value`` cut to its first ``digits`` significant digits (2억8300만 to two:
    2억8000만)."""
    scale = 10.0 ** (math.floor(math.log10(value)) - digits + 1)
    return math.floor(value / scale + 1e-9) * scale


def _digits(value: float) -> int:
    """Significant digits of an amount: 283000000 has 3, 280000000 has 2."""
    return len(f"{value:.15g}".replace(".", "").strip("0"))


def _whole_item_amount(
    text: str, lex: Lexicon, tlex: TypeLexicon, sents: list[Span], best: _Scored
) -> Magnitude | None:
    """An act on the whole of an item that names no amount ("이 사업 예산을 전액 삭감했다") has
    the amount the sentence before gives the item ("사업에 12억 원을 편성했다")."""
    trig = best.hit.trigger
    whole = lex.slots.total_near.search(text[max(0, trig[0] - _WHOLE_WINDOW) : trig[1]])
    if whole is None or best.index == 0 or "MONEY" not in tlex.magnitude_kinds:
        return None
    mag, _ = pick_magnitude(text, lex, tlex, sents[best.index - 1], trig)
    return mag if mag is not None and _kind(mag) == "MONEY" else None


def _following_size(
    text: str, lex: Lexicon, tlex: TypeLexicon, sents: list[Span], best: _Scored
) -> Sized:
    """A size the lead leaves out, from one of the next few sentences that names the type's
    measure again ("… imposed anti-dumping duties on steel. The duties range from 18.4% to
    22.5% …"; "… 투자협약을 체결했다. … 1조5000억원의 사업비가 투입되며"): reporters state the
    act first and its size after it. Only for types that name their measure; its word stands
    in for the trigger, and the size must be of the type's first kind."""
    if tlex.measure is None:
        return None, None
    kind = tlex.magnitude_kinds[0]
    for start, end in sents[best.index + 1 : best.index + 1 + _SIZE_FOLLOW]:
        word = tlex.measure.search(text, start, end)
        if word is None:
            continue
        mag, old = pick_magnitude(text, lex, tlex, (start, end), word.span())
        if mag is not None and _kind(mag) == kind:
            return mag, old
    return None, None


def _with_restatements(
    text: str,
    lex: Lexicon,
    tlex: TypeLexicon,
    scored: list[_Scored],
    best: _Scored,
    slots: Slots,
    entities: list[Entity],
    ref: date | None,
) -> Slots:
    """Slots the evidence sentence leaves empty, from other sentences stating the frame
    (earliest first): reporters name the parties once, in the lead, and give the figure or the
    day later ("시의회는 … 예산안을 의결했다. … 50개 사업 55억원 예산은 삭감"; "9일(현지시간)
    … 계획을 철회했다" after an undated lead). A day far from the post's is an earlier act of
    the same kind told as background, not this one."""
    for other in sorted(scored, key=lambda s: s.index):
        if None not in (slots.actor, slots.target, slots.date):
            break
        if other is best or other.hit.score <= 0:
            continue
        more = fill_slots(text, lex, tlex, other.hit, entities, ref)
        if slots.actor is None and more.actor is not None:
            slots = replace(slots, actor=more.actor, actor_id=more.actor_id)
        if slots.target is None and more.target is not None:
            slots = replace(slots, target=more.target, target_id=more.target_id)
        if slots.date is None and more.date is not None and _near(more.date, ref):
            slots = replace(slots, date=more.date)
    return slots


def _half(text: str, lex: Lexicon, scored: list[_Scored], best: _Scored) -> Magnitude | None:
    """A cut "by half" in words, in the evidence or another sentence of the frame, when no
    sentence states a figure for it."""
    frame = (best, *_sizing(lex, scored))
    halves = (pick_half(text, lex, sc.hit.sentence, sc.hit.trigger) for sc in frame)
    return next((h for h in halves if h is not None), None)


def _near(day: date, ref: date | None) -> bool:
    return ref is None or abs((day - ref).days) <= _RESTATED_DATE_DAYS


def _kind(mag: Magnitude) -> str:
    return "PERCENT" if mag.unit in ("%", "%p") else "MONEY"


def _event(
    text: str,
    lex: Lexicon,
    tlex: TypeLexicon,
    seg: Segment,
    scored: list[_Scored],
    entities: list[Entity],
    ref: date | None,
    sents: list[Span],
    original: str,
    amounts: _Amounts,
) -> Event:
    """The event ``scored`` found, read from ``text`` (the post with bracketed conversions
    blanked); its evidence and any conversion back to the stated currency from ``original``."""
    best = _evidence(text, lex, tlex, scored)
    slots = fill_slots(text, lex, tlex, best.hit, entities, ref)
    slots = _with_restatements(text, lex, tlex, scored, best, slots, entities, ref)
    magnitude, old = slots.magnitude, slots.old
    if tlex.magnitude_kinds:
        candidates = _magnitudes(text, lex, tlex, seg, scored, (magnitude, old), best.hit.sentence)
        exact_of = partial(_exact_statement, lex, amounts)
        magnitude, old = _choose_magnitude(tlex, candidates, exact_of)
        if magnitude is not None and _kind(magnitude) == "MONEY":
            magnitude = _summed_total(lex, amounts, sents, magnitude) or magnitude
            magnitude = unconverted(original, lex.lang, magnitude)
        if magnitude is None:
            magnitude = _whole_item_amount(text, lex, tlex, sents, best)
        if magnitude is None:
            magnitude, old = _following_size(text, lex, tlex, sents, best)
        if magnitude is None and tlex.change_is_size:
            magnitude = _half(text, lex, scored, best)
    start, end = best.hit.sentence
    return Event(
        type=tlex.type,
        actor=slots.actor,
        actor_id=slots.actor_id,
        target=slots.target,
        target_id=slots.target_id,
        magnitude=magnitude,
        old=old,
        status=slots.status,
        date=slots.date,
        evidence=original[start:end],
        evidence_start=start,
        evidence_end=end,
        segment=seg.index,
        confidence=round(scored[0].confidence, 3),
        rule=best.hit.rule_id,
    )


def find_events(
    text: str,
    lang: str,
    segments: list[Segment],
    entities: list[Entity],
    ref: date | None,
    skip: Sequence[Span] = (),
) -> list[Event]:
    """Events the post reports as news, at most one per (type, segment), in text order.
    Sentences inside ``skip`` (page furniture in the body, such as related headlines) are not
    read."""
    lex = load_lexicon(lang)
    if lex is None:
        return []
    events: list[Event] = []
    view = conversions_masked(text, lang)
    for seg in segments:
        sents = [
            s
            for s in split_sentences(text, seg.start, seg.end)
            if not any(a <= s[0] and s[1] <= b for a, b in skip)
        ]
        amounts = _Amounts(view, lang, seg)
        for tlex in lex.types:
            scored = _score_type(lex, tlex, view, seg, sents, ref)
            if scored and scored[0].confidence >= lex.scoring.threshold:
                found = _event(view, lex, tlex, seg, scored, entities, ref, sents, text, amounts)
                events.append(found)
    return sorted(events, key=lambda e: (e.evidence_start, e.type.value))


def events_component(doc: Doc) -> None:
    """Pipeline component: fills ``doc.events`` (empty for languages without event data)."""
    segments = doc.segments or [Segment(index=0, start=0, end=len(doc.text))]
    doc.events = find_events(
        doc.text, doc.lang, segments, doc.entities, doc.ref_date, doc.furniture
    )
