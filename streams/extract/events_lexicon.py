"""Language data of the event extractor, loaded from ``lang/<code>/events.json``.

All vocabulary (triggers, frame context, look-alikes, hedging cues, status cues, slot
particles) lives in the JSON files so that adding a language adds data, not code. Patterns are
regular expressions; with ``word_boundaries`` (English) each is wrapped so it cannot match
inside a longer word, while Korean patterns match inside words because particles and verb
endings are glued to the stem (``삭감됐다``, ``관세를``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from schemas.models import EventType

_LANG_DIR = Path(__file__).parent / "lang"
_NEVER = re.compile(r"(?!x)x")


@dataclass(frozen=True)
class Context:
    """Words of which one must occur within ``window`` characters of the trigger."""

    pattern: re.Pattern[str]
    window: int


@dataclass(frozen=True)
class Rule:
    rule_id: str
    weight: float
    trigger: re.Pattern[str]
    context: tuple[Context, ...]
    # Spans matching a look-alike are masked for this rule (집행유예 hides 유예).
    lookalike: re.Pattern[str] | None


@dataclass(frozen=True)
class Cue:
    """A sentence-level signal that the mention is not the article's own news."""

    name: str
    penalty: float
    pattern: re.Pattern[str]
    # what makes the signal no signal in its sentence: a fine "levied by the insurance
    # department" on a company that "admitted a violation of state insurance law" is an act,
    # though the sentence names a law.
    unless: re.Pattern[str] | None = None

    def waived(self, sentence: str) -> bool:
        return self.unless is not None and self.unless.search(sentence) is not None

    def fires(self, sentence: str) -> bool:
        return self.pattern.search(sentence) is not None and not self.waived(sentence)


@dataclass(frozen=True)
class ClauseCue:
    """A signal tied to the trigger's clause: ``before`` patterns end at the trigger ("after
    the ministry …", "urged the council to …"), ``after`` patterns start right after it
    ("삭감한 이후", "부과 여파로", "철회를 요구"): the act is background, cause or a demand."""

    name: str
    penalty: float
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None


@dataclass(frozen=True)
class TypeLexicon:
    type: EventType
    rules: tuple[Rule, ...]
    veto: re.Pattern[str] | None
    cues: tuple[Cue, ...]
    # Cues that count only where they touch the trigger: "삭감 등" (a nominal list item),
    # "spending cuts" as a topic, "수출을 제한하지 못했다" (negated).
    near_cues: tuple[Cue, ...]
    clause_cues: tuple[ClauseCue, ...]
    magnitude_kinds: tuple[str, ...]
    # The statuses the type can take, checked in the lexicon's status order. An investment
    # pledge has no "proposed": a company that "plans to invest" has announced its pledge;
    # nor has a reversal: the plan it undoes is what was proposed ("scrapped plans to …",
    # "추진하던 계획을 철회").
    statuses: frozenset[str]
    # Which marked phrase names what the act affects, in order of preference.
    target_roles: tuple[str, ...]
    # An actor that only hosts the act (a city signing an investment agreement "with" firms):
    # the partner phrase acts instead.
    host_actor: re.Pattern[str] | None = None
    # The act falls on a named party (a fine on a company or person): a phrase that is a name
    # beats a common noun in the target roles ("교촌에프앤비가 … 행위에 대해 과징금을").
    named_target: bool = False
    # The act's size is the change ("cut by 8% to $41 million" is 8%), not the level reached.
    change_is_size: bool = False
    # Matched against the headline, or the first sentence when there is none: a story whose
    # lead says trains "resume" reports the halt as what is over, in every sentence.
    lead_cues: tuple[Cue, ...] = ()
    # Look-alikes shared by the type's rules ("tax cuts" for the budget rules), masked once per
    # sentence for all of them; a rule's own ``lookalike`` adds the ones only it needs.
    lookalike: re.Pattern[str] | None = None
    # The word naming the type's measure on its own ("duties", "관세율", "사업비"): a later
    # sentence that names it again may give the size the evidence leaves out.
    measure: re.Pattern[str] | None = None
    # What the measure covers, named around its trade noun ("banned wheat exports", "the export
    # of onions"; each pattern's group ``goods``): the target when no phrase in a target role
    # names one.
    goods: tuple[re.Pattern[str], ...] = ()
    # Whether a sentence that states the act's size may stand as evidence over a slightly
    # better one. Not for a reversal: its size is that of the act it undoes, stated in
    # sentences about that act (or the day's market), while the evidence must state the U-turn.
    size_picks_evidence: bool = True
    # The type's own penalty for a hit deep in the body (None: the lexicon's). Tariffs and
    # reversals are mostly named there as another story's context ("Washington imposed the
    # tariffs because ..."): alone, with nothing in the headline or lead, such a hit is no news.
    body_penalty: float | None = None
    # The status when no word of the sentence states one. A fine or a halt reported as news
    # has been imposed or has begun ("과징금 맞아", "went offline"); a plan or a rate change
    # reported without such words has been announced.
    default_status: str = "announced"

    @property
    def sized_by_rate(self) -> bool:
        """The act's size is first of all a rate (a tariff's new level), not a sum of money."""
        return self.magnitude_kinds[:1] == ("PERCENT",)


@dataclass(frozen=True)
class SlotCues:
    subject_after: re.Pattern[str]
    object_after: re.Pattern[str]
    agent_before: re.Pattern[str]
    old_before: re.Pattern[str]
    old_after: re.Pattern[str]
    new_before: re.Pattern[str]
    new_after: re.Pattern[str]
    total_near: re.Pattern[str]
    actor_preferred: re.Pattern[str]
    # A percent that is a share of people or things, not a rate ("90 percent of firms").
    share_after: re.Pattern[str]
    share_before: re.Pattern[str]
    # Optional cues (a language without them matches nothing):
    # a word that names a time, never an actor or target ("Wednesday", "이날");
    time_word: re.Pattern[str] = _NEVER
    # a word too general to name what an act affects ("plan", "위기"), as a phrase's head;
    generic_noun: re.Pattern[str] = _NEVER
    # a phrase's head that makes it the government of the place it names ("미국 정부",
    # "Commerce Department"): it acts for that place and shares its id;
    government_head: re.Pattern[str] = _NEVER
    # the speaker of a report, before or after the phrase ("said X", "X said", "X에 따르면");
    speaker_before: re.Pattern[str] = _NEVER
    speaker_after: re.Pattern[str] = _NEVER
    # a governing noun that continues a name as one actor ("US government", "Ireland's new
    # government"), matched at the name's end;
    actor_head_after: re.Pattern[str] = _NEVER
    # what a phrase's display drops at its start (a photo credit) or end (a possessive).
    drop_prefix: re.Pattern[str] = _NEVER
    drop_suffix: re.Pattern[str] = _NEVER
    # a common-noun phrase that a preposition marks as what an act affects ("tariffs on steel
    # imports", "sanctions against four ships"), for languages read without a parser: group 1
    # is the phrase.
    object_phrase: re.Pattern[str] = _NEVER
    # an office that makes a named leader act for their state ("트럼프 대통령", "President Xi",
    # "the Trump administration"): the phrase shares the state's id.
    office_title: re.Pattern[str] = _NEVER
    # the subset of ``office_title`` held by one person ("대통령", "President"): a phrase naming
    # a leader by it is shown as their state, the actor by the guidelines ("the government").
    leader_office: re.Pattern[str] = _NEVER
    # a word that makes an office holder a former one ("former President", "ex-premier"): a
    # former leader speaks for themselves, not for the state.
    former: re.Pattern[str] = _NEVER
    # the head of an agency after its name, to the phrase's end ("기획재정부 장관"): the agency
    # acts, so the slot shows it.
    agency_head: re.Pattern[str] = _NEVER
    # a phrase ending right before an amount that marks it as the total of the act, further off
    # than ``total_near`` looks ("a total reduction of 750 mln dlrs", "cuts totalling $2bn").
    total_before: re.Pattern[str] = _NEVER
    # words right before or after an amount that make it a round figure ("2억 원이 넘는",
    # "700억 원 규모", "more than $20,000"): a lead rounds what the body states exactly.
    approx_before: re.Pattern[str] = _NEVER
    approx_after: re.Pattern[str] = _NEVER
    # Languages read without a parser mark a passive before its verb ("has been fined",
    # "were suspended") or make the party an act falls on the subject of another verb
    # ("agreed to pay a $1.5m fine", "faces a penalty"): the subject is then what the act
    # affects, and who acts is named after it ("by the regulator"), if anywhere. Matched
    # against the words right before the trigger.
    passive_before: re.Pattern[str] = _NEVER
    patient_before: re.Pattern[str] = _NEVER
    # what lists amounts as parts of one sum, between two of them ("$13m in criminal
    # penalties, as well as $15.5m", "2천억달러를 투자하고, 조선업에 1500억달러"): parts that
    # add up to a total stated elsewhere give way to it.
    parts_joiner: re.Pattern[str] = _NEVER
    # words between an act and a rate that make the rate another act's, the one this act
    # answers ("retaliatory tariffs in response to the 25% tariffs that …", "… after he
    # imposed a 25 percent tariff"): matched on the text from the trigger to the rate.
    answered_act: re.Pattern[str] = _NEVER
    # a word that cuts something by half ("halve aid", "cut in half", "절반으로 줄여"): a change
    # of 50 % where the sentence states no figure for it.
    halved: re.Pattern[str] = _NEVER
    # The clause a speaker reports has its own subject, which acts ("Baldrige said the United
    # States would go ahead with sanctions"), unless words before the phrase make it the
    # speaker's own body or a place ("Acme said its board approved …", "the plants at
    # Pontiac"), or words between it and the act make it hold a view of someone else's act
    # ("the ministry supports his plan to build …").
    not_subject_before: re.Pattern[str] = _NEVER
    attitude_between: re.Pattern[str] = _NEVER
    # a verb that makes someone else pay ("ordered Acme to pay a fine"): the one it orders is
    # the object, and the subject acts.
    causer_before: re.Pattern[str] = _NEVER
    # a verb form that can be a passive's participle ("fined", "suspended", "cut"): "were
    # suspended" is a passive, "are no longer" and "is imposing" are not.
    participle: re.Pattern[str] = _NEVER
    # a verb right after a phrase that makes it decide what a clause after it states ("the
    # court ruled that …", "jurors recommended that …").
    decider_after: re.Pattern[str] = _NEVER
    # Languages read without a parser (English) name bodies and affected things with common
    # nouns too ("the city council", "regulators"; "fined the bank", "slashed the agency's
    # budget"):
    # a governing body named by a common noun, a phrase of its own;
    body_phrase: re.Pattern[str] = _NEVER
    # what may stand between a phrase and the trigger for the phrase to be its subject ("the
    # council voted to cut", "Lawmakers on Tuesday slashed"), matched whole;
    subject_gap: re.Pattern[str] = _NEVER
    # the noun phrase right after the trigger, its direct object (group 1).
    direct_object: re.Pattern[str] = _NEVER
    # a phrase ending right before an amount that marks it as the size of a change ("by 8%",
    # "by $2 million"), and one that marks it as the level reached ("to $41 million"): for a
    # type whose size is the change, a level gives way to a stated change.
    change_before: re.Pattern[str] = _NEVER
    # words before a percent that opens a range ("duties ranging from 18.4% to 22.5%", "between
    # 10% and 25%"): the act's rate is the first one stated, as for several amounts.
    range_before: re.Pattern[str] = _NEVER
    # words right after a percent that make it the first bound of a range ("3.28%에서 최고
    # 30%까지"), and words before a percent that hold a range's first bound as a bare number
    # (group ``lo``: "tariffs of 8 to 30 per cent").
    range_after: re.Pattern[str] = _NEVER
    range_low_before: re.Pattern[str] = _NEVER
    # a rate taken away altogether ("관세율을 없애기로", "duty-free", "cut to nil"): the new rate
    # is zero although no "0%" is written.
    zero_rate: re.Pattern[str] = _NEVER
    level_before: re.Pattern[str] = _NEVER
    # the roles of ``change_before`` and ``level_before`` marked right after an amount, as a
    # verb-final language marks them ("3조4000억원 줄인" a change; "21조5000억원으로 책정" the
    # level reached).
    change_after: re.Pattern[str] = _NEVER
    level_after: re.Pattern[str] = _NEVER
    # words right after an amount that make it the yardstick of a comparison ("14억달러보다",
    # "정부안(11조원) 대비") or the gap an act is to close ("a $151 million budget shortfall"):
    # the act's size is another amount of the sentence.
    baseline_after: re.Pattern[str] = _NEVER
    # what joins two amounts of one list, matched whole on the text between them ("4000만원과
    # 새해맞이행사 1000만원 삭감"): a verb-final language names the act after its list, so the
    # amount nearest the trigger is the last item, and the guidelines take the first.
    amount_and: re.Pattern[str] = _NEVER
    # words right after an amount that make it the whole a part is taken from ("총지출 677조
    # 4000억원 중 4조1000억원"): the part is the act's size.
    whole_after: re.Pattern[str] = _NEVER
    # words that make a sentence's amount a share per party ("fined 150 million naira each",
    # "각각 1천만원씩"): the act's size is the total another sentence states, where one does.
    per_party: re.Pattern[str] = _NEVER


@dataclass(frozen=True)
class ParserSpec:
    """Which morphological parser tags make a noun phrase, and which particles give it a role."""

    noun_tags: frozenset[str]
    roles: tuple[tuple[str, re.Pattern[str], str], ...]  # (tag, form pattern, role)


@dataclass(frozen=True)
class Scoring:
    threshold: float
    first_bonus: float
    lead_bonus: float
    lead_sentences: int
    title_bonus: float
    support_bonus: float
    support_cap: float
    body_penalty: float
    past_year_penalty: float
    # A date in the sentence that resolves to the days around the post dates the act as the
    # post's news; one that resolves weeks before it, as background.
    recent_date_bonus: float = 0.0
    past_date_penalty: float = 0.0
    recent_days: int = 10
    # A month named without a day or year that ended weeks before the post ("began requiring
    # licences in July" in an October story) dates the act as background too, unless the
    # sentence states a schedule (``Lexicon.schedule``: a month without year may be next
    # year's); 0 leaves months alone.
    past_month_penalty: float = 0.0
    # Cues that mark a sentence's act as another one (", who was fined £15,000 in December",
    # "upset with Trump after he imposed a 25 percent tariff"): such a sentence supports the
    # type but does not size the post's act.
    other_act_cues: tuple[str, ...] = ()
    # Cues whose penalty is given back when the segment's title names the type (a trigger word
    # of it): under "예산삭감에 반발" the body's "앞서 구의회는 … 삭감했다" is the act the story
    # is about, not background to another one.
    title_topic_waives: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    lang: str
    version: int
    types: tuple[TypeLexicon, ...]
    cues: tuple[Cue, ...]
    clause_cues: tuple[ClauseCue, ...]
    # Matched against a segment's title: opinion pieces report few acts as their own news.
    title_cues: tuple[Cue, ...]
    status: tuple[tuple[str, re.Pattern[str]], ...]
    slots: SlotCues
    year: re.Pattern[str]
    scoring: Scoring
    parser: ParserSpec | None
    # Currency of a large amount a headline writes without one ("3.4조 삭감"), if any.
    headline_currency: str | None
    # Spans that look like a hedge or demand but are not one, blanked before cues are
    # matched: backshifted reported speech ("said it would invest" is "will invest"), a
    # court's order ("취소하라고 판결"), a backlash as the cause of the act ("반발에 부딪혀").
    neutral: re.Pattern[str] | None = None
    # Words that put a sentence's month ahead of the post ("will", "takes effect", "from").
    schedule: re.Pattern[str] | None = None
    # Words that open a condition ("unless", "if"): a rule's context found past them belongs to
    # the condition, not to the act.
    condition: re.Pattern[str] | None = None
    prefilter: dict[EventType, re.Pattern[str]] = field(default_factory=dict)


def _compile(patterns: list[str], flags: dict[str, bool]) -> re.Pattern[str]:
    parts = [f"(?:{p})" for p in patterns]
    body = "|".join(parts)
    if flags.get("word_boundaries"):
        body = rf"(?<![\w-])(?:{body})(?![\w])"
    return re.compile(body, re.IGNORECASE if flags.get("ignore_case") else 0)


def _maybe(patterns: list[str] | None, flags: dict[str, bool]) -> re.Pattern[str] | None:
    return _compile(patterns, flags) if patterns else None


def _cue(raw: dict[str, Any], flags: dict[str, bool]) -> Cue:
    unless = _maybe(raw.get("unless"), flags)
    return Cue(raw["name"], float(raw["penalty"]), _compile(raw["any"], flags), unless)


def _clause_cue(raw: dict[str, Any], flags: dict[str, bool]) -> ClauseCue:
    # Anchored at the trigger, so compiled without word wrapping (the patterns carry \b).
    plain = {"ignore_case": flags.get("ignore_case", False)}
    return ClauseCue(
        raw["name"],
        float(raw["penalty"]),
        _maybe(raw.get("before"), plain),
        _maybe(raw.get("after"), plain),
    )


def _rule(lang: str, type_name: str, raw: dict[str, Any], flags: dict[str, bool]) -> Rule:
    return Rule(
        rule_id=f"{lang}.{type_name}.{raw['id']}@{raw['version']}",
        weight=float(raw["weight"]),
        trigger=_compile(raw["trigger"], flags),
        context=tuple(
            Context(_compile(c["any"], flags), int(c["window"])) for c in raw.get("context", [])
        ),
        lookalike=_maybe(raw.get("lookalike"), flags),
    )


def _shared(rules: list[dict[str, Any]], sets: dict[str, list[str]]) -> list[dict[str, Any]]:
    """A rule may name another rule of its type (``like``) whose context and look-alikes it
    shares: a frame that needs a different weight (a hedged declaration that must outweigh
    its hedging cues) then does not repeat the lists. A look-alike entry ``{"set": name}``
    stands for the type's ``lookalike_sets[name]``, so that rules whose masks differ only
    by a few entries keep the long common part in one place."""
    by_id = {r["id"]: r for r in rules}
    shared = [
        {**{k: by_id[r["like"]][k] for k in ("context", "lookalike") if k in by_id[r["like"]]}, **r}
        if "like" in r
        else r
        for r in rules
    ]
    return [
        {**r, "lookalike": _expand(r["lookalike"], sets)} if "lookalike" in r else r for r in shared
    ]


def _expand(patterns: list[str | dict[str, str]], sets: dict[str, list[str]]) -> list[str]:
    out: list[str] = []
    for p in patterns:
        out.extend(sets[p["set"]] if isinstance(p, dict) else [p])
    return out


def _goods(raw: dict[str, Any] | None, flags: dict[str, bool]) -> tuple[re.Pattern[str], ...]:
    """The goods patterns with ``{word}`` standing for the language's word of goods (``word``,
    in which ``{not_words}`` stands for the words that never are: determiners, trade verbs and
    the trade nouns themselves around "wheat exports")."""
    if not raw:
        return ()
    word = raw["word"].replace("{not_words}", "|".join(raw["not_words"]))
    return tuple(_compile([p.replace("{word}", word)], flags) for p in raw["patterns"])


def _type(lang: str, name: str, raw: dict[str, Any], flags: dict[str, bool]) -> TypeLexicon:
    return TypeLexicon(
        type=EventType(name),
        rules=tuple(
            _rule(lang, name, r, flags)
            for r in _shared(raw["rules"], raw.get("lookalike_sets", {}))
        ),
        veto=_maybe(raw.get("veto"), flags),
        cues=tuple(_cue(c, flags) for c in raw.get("cues", [])),
        near_cues=tuple(_cue(c, flags) for c in raw.get("near_cues", [])),
        clause_cues=tuple(_clause_cue(c, flags) for c in raw.get("clause_cues", [])),
        magnitude_kinds=tuple(raw.get("magnitude", [])),
        statuses=frozenset(raw.get("statuses", [])),
        default_status=raw.get("default_status", "announced"),
        target_roles=tuple(raw.get("target_roles", ["dative", "object"])),
        host_actor=_maybe(raw.get("host_actor"), {"ignore_case": flags.get("ignore_case", False)}),
        named_target=bool(raw.get("named_target", False)),
        change_is_size=bool(raw.get("change_is_size", False)),
        lead_cues=tuple(_cue(c, flags) for c in raw.get("lead_cues", [])),
        lookalike=_maybe(raw.get("lookalike"), flags),
        measure=_maybe(raw.get("measure"), flags),
        goods=_goods(raw.get("goods"), flags),
        size_picks_evidence=bool(raw.get("size_picks_evidence", True)),
        body_penalty=float(raw["body_penalty"]) if "body_penalty" in raw else None,
    )


def _slots(raw: dict[str, list[str]], flags: dict[str, bool]) -> SlotCues:
    # Slot cues are anchored to a slot's edge, so they are compiled without word wrapping.
    plain = {"ignore_case": flags.get("ignore_case", False)}
    return SlotCues(**{key: _compile(value, plain) for key, value in raw.items()})


def _parser(raw: dict[str, Any] | None) -> ParserSpec | None:
    if not raw:
        return None
    roles = tuple((r["tag"], re.compile(r.get("form", ".*")), r["role"]) for r in raw["roles"])
    return ParserSpec(frozenset(raw["noun_tags"]), roles)


def _scoring(raw: dict[str, Any]) -> Scoring:
    """The scoring settings; lists in the data (cue names) become tuples, as the settings are
    frozen."""
    values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()}
    return Scoring(**values)


def _build(raw: dict[str, Any]) -> Lexicon:
    flags: dict[str, bool] = raw.get("flags", {})
    lang = raw["lang"]
    types = tuple(_type(lang, name, t, flags) for name, t in raw["types"].items())
    plain = {"ignore_case": flags.get("ignore_case", False)}
    lexicon = Lexicon(
        lang=lang,
        version=int(raw["version"]),
        types=types,
        cues=tuple(_cue(c, flags) for c in raw["cues"]),
        clause_cues=tuple(_clause_cue(c, flags) for c in raw.get("clause_cues", [])),
        title_cues=tuple(_cue(c, flags) for c in raw.get("title_cues", [])),
        status=tuple((s["status"], _compile(s["any"], flags)) for s in raw["status"]),
        slots=_slots(raw["slots"], flags),
        year=_compile([raw["year"]], plain),
        scoring=_scoring(raw["scoring"]),
        parser=_parser(raw.get("parser")),
        headline_currency=raw.get("headline_currency"),
        neutral=_maybe(raw.get("neutral"), plain),
        schedule=_maybe(raw.get("schedule"), flags),
        condition=_maybe(raw.get("condition"), flags),
    )
    for t, raw_type in zip(types, raw["types"].values(), strict=True):
        # One alternation of every trigger of a type: the cheap pass over whole segments. It
        # is built from the words, not by joining the compiled triggers, so that the word
        # boundaries wrap it once: inside a word the pass fails at the first look-behind
        # instead of at one per rule (the same matches, in a third less time in English).
        words = [p for rule in raw_type["rules"] for p in rule["trigger"]]
        lexicon.prefilter[t.type] = _compile(words, flags)
    return lexicon


@cache
def load_lexicon(lang: str) -> Lexicon | None:
    """The lexicon of ``lang``, or None for a language without event data."""
    path = _LANG_DIR / lang / "events.json"
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as fh:
        return _build(json.load(fh))
