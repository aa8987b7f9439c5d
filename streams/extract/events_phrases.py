"""Noun phrases marked as subject, agent or object in one evidence sentence.

Languages whose data names a morphological parser (Korean: ``kiwi``) get phrases from it:
a run of noun tokens followed by a particle whose tag the data lists (``JKS`` 이/가 subject,
``JKB`` 에서 agent, ``JKO`` 을/를 object …). This is the one place where analysing pays: the
particle decides who acts and what is affected, and only the one chosen sentence per event is
analysed. Languages without a parser get capitalised phrases and the roles their edges imply
(``by X`` agent, ``X said``/``X has`` subject).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from streams.extract.events_lexicon import ParserSpec, SlotCues

Span = tuple[int, int]

_CAPITALISED = re.compile(
    r"(?:[A-Z][\w&.'’-]*|\d+[A-Z][\w-]*)(?:\s+(?:of|for|and|de|&)?\s*(?:[A-Z][\w&.'’-]*))*"
)
# The longest bracketed tag read as a ticker or party label ("<HWHH.HK>", "(R-Texas)").
_TAG_MAX = 12
_SKIP_FIRST = frozenset({"The", "A", "An", "On", "In", "At", "But", "And", "However", "After"})


@dataclass(frozen=True)
class Phrase:
    start: int
    end: int
    role: str  # "subject" | "agent" | "object" | "dative" | "direct" | "none"


# Middle dots that join the items of a list written without spaces ("한·미", "중국·대만산").
LIST_JOINERS = frozenset({"·", "ㆍ", "・"})


def _role(spec: ParserSpec, tag: str, form: str) -> str | None:
    for rtag, form_re, role in spec.roles:
        if tag == rtag and form_re.fullmatch(form):
            return role
    return None


def parsed_phrases(text: str, sent: Span, spec: ParserSpec) -> list[Phrase]:
    """Noun runs closed by a role particle, via the process-wide Kiwi."""
    from streams.extract.korean import kiwi  # imported late: loading the model takes ~1 s

    base = sent[0]
    out: list[Phrase] = []
    run: tuple[int, int] | None = None
    # A parenthetical glued to a noun run ("공정거래위원회(위원장 X)는") is skipped: the
    # particle after it marks the run. ``edge`` is where the run (or its gloss) ends.
    edge = 0
    depth = 0
    for tok in kiwi().tokenize(text[sent[0] : sent[1]]):
        start, end = base + tok.start, base + tok.start + tok.len
        if depth:
            depth += (tok.tag == "SSO") - (tok.tag == "SSC")
            edge = end
            continue
        if tok.tag == "SSO" and run is not None and not text[edge:start].strip():
            depth = 1
            continue
        if tok.form in LIST_JOINERS and run is not None and edge == run[1] == start:
            # "중국·대만산 석유수지": a middle dot written between two nouns joins them into one
            # list; the run goes on past it
            run, edge = (run[0], end), end
            continue
        if tok.tag in spec.noun_tags:
            joined = run is not None and edge == run[1] and not text[run[1] : start].strip()
            run = (run[0], end) if joined and run is not None else (start, end)
            edge = end
            continue
        role = _role(spec, tok.tag, tok.form)
        if run is not None and role is not None and not text[edge:start].strip():
            out.append(Phrase(_word_start(text, sent[0], run[0]), run[1], role))
        run = None
    return out


def _word_start(text: str, lo: int, start: int) -> int:
    """The start of the written word a noun run begins inside: the parser may leave the first
    syllables of a compound out of the run ("이전 대화를" → "화", "수발신이" → "발신"), and a
    fragment names nothing."""
    while start > lo and text[start - 1].isalnum():
        start -= 1
    return start


def surface_phrases(text: str, sent: Span, cues: SlotCues) -> list[Phrase]:
    """Capitalised phrases with a role from what surrounds them (no parser available), and the
    common-noun phrases a preposition marks as affected."""
    out: list[Phrase] = []
    for m in _CAPITALISED.finditer(text, *sent):
        start, end = m.span()
        if text[end - 1] == "." and "." not in text[start : end - 1].split()[-1]:
            end -= 1  # the sentence's full stop ("in Ohio."), not an abbreviation ("U.S.")
        if _bracketed(text, start, end):
            continue  # a ticker or party tag ("<ACME.N>", "(D)"), not a name of its own
        words = text[start:end].split()
        if words and words[0] in _SKIP_FIRST:
            if len(words) == 1:
                continue
            start = text.index(words[1], start)
        head = cues.actor_head_after.match(text, end, sent[1])
        if head:
            end = head.end()  # "the Trump administration", "Ireland's new government": one actor
        out.append(Phrase(start, end, _edge_role(text, start, end, sent, cues)))
    out += [Phrase(*m.span(1), "dative") for m in cues.object_phrase.finditer(text, *sent)]
    for m in cues.body_phrase.finditer(text, *sent):
        out.append(Phrase(m.start(), m.end(), _edge_role(text, m.start(), m.end(), sent, cues)))
    return out


def _bracketed(text: str, start: int, end: int) -> bool:
    """A short phrase that is all of a bracket's content."""
    opened = text[start - 1 : start] in ("<", "(")
    return opened and text[end : end + 1] in (">", ")") and end - start <= _TAG_MAX


def _edge_role(text: str, start: int, end: int, sent: Span, cues: SlotCues) -> str:
    if cues.agent_before.search(text[max(sent[0], start - 12) : start]):
        return "agent"
    if cues.subject_after.match(text, end, sent[1]):
        return "subject"
    return "none"


def subjects_by_gap(phrases: list[Phrase], text: str, trig: Span, cues: SlotCues) -> list[Phrase]:
    """A phrase separated from the trigger only by what ``subject_gap`` allows is its subject
    ("The government cut …", "the council voted to cut …"): English marks no case."""
    return [
        Phrase(p.start, p.end, "subject")
        if p.end <= trig[0] and cues.subject_gap.fullmatch(text, p.end, trig[0])
        else p
        for p in phrases
    ]


def direct_object(text: str, trig: Span, sent: Span, cues: SlotCues) -> Phrase | None:
    """The noun phrase right after the trigger ("fined the bank", "slashed the agency's
    budget"): what the act affects, in a language without case particles, unless a
    preposition marks it more plainly ("suspended tariffs on solar panels")."""
    # From the trigger's last word, which must be a verb that takes the object.
    last = text.rfind(" ", trig[0], trig[1]) + 1 or trig[0]
    m = cues.direct_object.match(text, last, sent[1])
    return Phrase(*m.span(1), "direct") if m is not None and m.group(1) else None
