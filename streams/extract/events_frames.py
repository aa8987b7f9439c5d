"""Frame matching: does a sentence state an event of a type, and how much do we believe it?

A rule fires when its trigger occurs with every context group close enough (a cut verb near a
budget noun, ``관세`` near a rate or a change verb), after masking the rule's look-alikes
(``집행유예`` is not a postponement, ``interest rate cut`` is not a budget cut). A type's veto
drops the sentence; cues (hypothetical, opinion, background, question, topic list, a year
before the post's) lower the score instead, because such markers also occur in real news
sentences and a hard veto would cost recall.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from schemas.models import EventType
from streams.extract.dates import DateSpan, find_dates
from streams.extract.events_lexicon import ClauseCue, Context, Lexicon, Rule, TypeLexicon
from streams.extract.resources import dateline

Span = tuple[int, int]
# How far after the post a date still reads as the news ("takes effect on Friday"), and how far
# before it a date of the same year reads as background.
_AHEAD = timedelta(days=62)
_PAST = timedelta(days=45)


@dataclass(frozen=True)
class Hit:
    """A sentence in which a rule of ``type`` fired."""

    type: EventType
    rule_id: str
    sentence: Span
    trigger: Span
    score: float
    cues: tuple[str, ...]


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _masked(pattern: re.Pattern[str] | None, text: str, sent: Span) -> list[Span]:
    if pattern is None:
        return []
    return [m.span() for m in pattern.finditer(text, *sent)]


def _context_ok(
    ctx: Context,
    text: str,
    sent: Span,
    trig: Span,
    masked: list[Span],
    condition: re.Pattern[str] | None = None,
) -> bool:
    lo, hi = max(sent[0], trig[0] - ctx.window), min(sent[1], trig[1] + ctx.window)
    for m in ctx.pattern.finditer(text, lo, hi):
        span = m.span()
        inside = trig[0] <= span[0] and span[1] <= trig[1]
        if inside or any(_overlaps(span, k) for k in masked):
            continue
        # A word past "unless"/"if" is the condition's, not the act's ("tariffs on imports
        # unless Mexico curbs migration" controls no imports).
        past = span[0] >= trig[1]
        if past and condition is not None and condition.search(text, trig[1], span[0]):
            continue
        return True
    return False


def match_rule(
    rule: Rule,
    text: str,
    sent: Span,
    shared: Sequence[Span] = (),
    condition: re.Pattern[str] | None = None,
) -> Span | None:
    """The first trigger span of ``rule`` in the sentence whose frame is complete; ``shared``
    are the spans of the type's own look-alikes, found once for all its rules, and
    ``condition`` the words that open a condition, past which context does not count."""
    masked = [*shared, *_masked(rule.lookalike, text, sent)]
    for m in rule.trigger.finditer(text, *sent):
        trig = m.span()
        if any(_overlaps(trig, k) for k in masked):
            continue
        if all(_context_ok(c, text, sent, trig, masked, condition) for c in rule.context):
            return trig
    return None


def _date_cue(
    lex: Lexicon, text: str, plain: str, sent: Span, ref: date, dates: list[DateSpan]
) -> tuple[str, float] | None:
    """``recent_date`` (a bonus) when the sentence dates itself to the days around the post,
    ``past_date`` when its dates all fall weeks before it (a stated earlier year is
    ``past_year``), ``past_month`` when it names no day but only months that ended weeks
    before it. Dates after the post (schedules, deadlines) say neither."""
    sc = lex.scoring
    if not (sc.recent_date_bonus or sc.past_date_penalty):
        return None
    resolved = [d.date for d in dates if d.date is not None]
    if not resolved:
        past = _past_month(lex, text, plain, sent, ref)
        return ("past_month", sc.past_month_penalty) if past else None
    if any(_recent(lex, d, ref) for d in resolved):
        return ("recent_date", -sc.recent_date_bonus)
    # A date of an earlier year counts here only when the sentence names no year: an explicit
    # one is ``past_year``; "on 30 September" in a January post is last autumn's act.
    if max(resolved) < ref - _PAST and (
        max(resolved).year == ref.year or not lex.year.search(text, *sent)
    ):
        return ("past_date", sc.past_date_penalty)
    return None


def _past_year(
    lex: Lexicon, text: str, sent: Span, trig: Span, ref: date, dates: list[DateSpan]
) -> bool:
    """The sentence dates itself before the post's year (background), and not to the present.

    A date of these days nearer the trigger than every earlier year dates the act; the year is
    then a reason or a reference ("imposed the duties on Friday, saying Tokyo had broken a
    1986 pact"), unlike "began hearing on Monday a challenge to a fine imposed in 2021"."""
    years = [(int(m.group(1)), m.start(1)) for m in lex.year.finditer(text, *sent)]
    if not years or max(y for y, _ in years) >= ref.year:
        return False
    recent = [d.start for d in dates if d.date is not None and _recent(lex, d.date, ref)]
    if not recent:
        return True
    return min(_distance(p, trig) for _, p in years) < min(_distance(p, trig) for p in recent)


def _recent(lex: Lexicon, day: date, ref: date) -> bool:
    """A date of the days around the post (a little before it, or a schedule ahead)."""
    return ref - timedelta(days=lex.scoring.recent_days) <= day <= ref + _AHEAD


def _distance(pos: int, span: Span) -> int:
    return 0 if span[0] <= pos < span[1] else min(abs(pos - span[0]), abs(pos - span[1]))


def _past_month(lex: Lexicon, text: str, plain: str, sent: Span, ref: date) -> bool:
    """The sentence names only months without day or year that all ended weeks before the
    post ("when India banned exports in July" in a September story, "fined in June" in an
    October one), and states no schedule that could put them ahead ("takes effect in
    January"). A month inside a neutral span (blanked in ``plain``) dates what the act undoes
    ("lifted the ban it imposed in March"), so it is not counted; the year and schedule
    checks still read ``text``, because neutral spans also blank schedule words ("would")."""
    if not lex.scoring.past_month_penalty or lex.year.search(text, *sent):
        return False
    if lex.schedule is not None and lex.schedule.search(text, *sent):
        return False
    months = [
        d.date
        for d in find_dates(text, lex.lang, ref, *sent)
        if d.precision == "month"
        and d.date is not None
        and plain[d.start : d.end] == text[d.start : d.end]
    ]
    return bool(months) and all(_month_end(m) < ref - _PAST for m in months)


def _month_end(first: date) -> date:
    nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def _resolved_dates(lex: Lexicon, text: str, sent: Span, ref: date) -> list[DateSpan]:
    """The sentence's dates that resolve to a day, without a dateline's (``SEOUL, April 9
    (Reuters) -``): it dates the report, not the act. A month or year (``지난달``, ``last
    year``) is not "a date of these days" nor weeks before the post; an earlier year is
    ``past_year``'s, from the year digits."""
    filed = dateline(lex.lang).match(text, *sent)
    report = filed.span("date") if filed else (-1, -1)
    return [
        d
        for d in find_dates(text, lex.lang, ref, *sent)
        if d.precision == "day" and not _overlaps((d.start, d.end), report)
    ]


def _neutralised(lex: Lexicon, text: str, sent: Span, trig: Span) -> str:
    """``text`` with the sentence's neutral spans (not hedges, see ``Lexicon.neutral``)
    blanked, keeping offsets; the trigger itself is never blanked."""
    if lex.neutral is None:
        return text
    spans = [m.span() for m in lex.neutral.finditer(text, *sent) if not _overlaps(m.span(), trig)]
    if not spans:
        return text
    chars = list(text[sent[0] : sent[1]])
    for a, b in spans:
        chars[a - sent[0] : b - sent[0]] = "_" * (b - a)
    return text[: sent[0]] + "".join(chars) + text[sent[1] :]


def cue_names(
    lex: Lexicon, tlex: TypeLexicon, text: str, sent: Span, trig: Span
) -> list[tuple[str, float]]:
    """Sentence cues, and the type's near cues whose match touches the trigger. ``text`` is
    the post with the sentence's neutral spans already blanked (``_neutralised``)."""
    # Searched in a slice so that ^ and $ anchor at the sentence's own edges.
    sentence = text[sent[0] : sent[1]]
    found = [(c.name, c.penalty) for c in (*lex.cues, *tlex.cues) if c.fires(sentence)]
    touch = (trig[0] - sent[0] - 1, trig[1] - sent[0] + 1)
    for c in tlex.near_cues:
        near = any(_overlaps(m.span(), touch) for m in c.pattern.finditer(sentence))
        if near and not c.waived(sentence):
            found.append((c.name, c.penalty))
    found += clause_cue_names((*lex.clause_cues, *tlex.clause_cues), text, sent, trig)
    return found


def clause_cue_names(
    cues: tuple[ClauseCue, ...], text: str, sent: Span, trig: Span
) -> list[tuple[str, float]]:
    """Cues anchored at the trigger: the clause that ends at it or the words that follow it."""
    found = []
    for c in cues:
        before = c.before is not None and c.before.search(text, sent[0], trig[0])
        after = c.after is not None and c.after.match(text, trig[1], sent[1])
        if before or after:
            found.append((c.name, c.penalty))
    return found


def match_sentence(
    lex: Lexicon, tlex: TypeLexicon, text: str, sent: Span, ref: date | None
) -> Hit | None:
    """The strongest rule of the type that fires in the sentence, scored after cues."""
    if tlex.veto is not None and tlex.veto.search(text, *sent):
        return None
    best: tuple[Rule, Span] | None = None
    shared = _masked(tlex.lookalike, text, sent)
    for rule in tlex.rules:
        trig = match_rule(rule, text, sent, shared, lex.condition)
        if trig is not None and (best is None or rule.weight > best[0].weight):
            best = (rule, trig)
    if best is None:
        return None
    # Blanked once: the cues and the past-year check read the sentence without its neutral
    # spans (a year inside one names the earlier measure the act undoes, "2019년 … 조치를
    # 해제", not the act's own time).
    plain = _neutralised(lex, text, sent, best[1])
    cues = cue_names(lex, tlex, plain, sent, best[1])
    if ref is not None:
        # Resolved once: both date cues read the sentence's dates, but not those inside its
        # neutral spans ("지난 6월7일부터 발동한 … 조치를 풀기로": the date of what the act undoes).
        dates = [
            d
            for d in _resolved_dates(lex, text, sent, ref)
            if plain[d.start : d.end] == text[d.start : d.end]
        ]
        if _past_year(lex, plain, sent, best[1], ref, dates):
            cues.append(("past_year", lex.scoring.past_year_penalty))
        dated = _date_cue(lex, text, plain, sent, ref, dates)
        if dated is not None:
            cues.append(dated)
    score = best[0].weight - sum(p for _, p in cues)
    return Hit(tlex.type, best[0].rule_id, sent, best[1], score, tuple(n for n, p in cues if p > 0))


def title_states(lex: Lexicon, tlex: TypeLexicon, title: str, ref: date | None) -> bool:
    """The title states the type's frame plainly (no hedge, list or background cue)."""
    hit = match_sentence(lex, tlex, title, (0, len(title)), ref)
    return hit is not None and not hit.cues
