"""Money and percentage expressions, normalised to a ``Magnitude``.

Money is an amount with a currency, either before it (``$``, ``US$``, ``Rs``) or after it
(``원``, ``달러``, ``euros``). An amount is a number followed by any number of multiplier words
(``2억3500만``, ``1.2 billion``, ``500 crore``): multipliers of 10^4 and more close a group, smaller
ones scale inside it, which is how both Korean (조/억/만 over 천/백/십) and English read. All words
come from ``lang/<lang>/numbers.json`` merged over ``lang/und/numbers.json``.

Values are computed with ``Decimal`` so that ``2.5조`` is exactly 2,500,000,000,000; they are
stored as ``float`` (exact for integers below 2^53, i.e. any realistic amount).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache, lru_cache
from typing import Any, Literal

from schemas.models import Magnitude
from streams.extract import resources

Kind = Literal["MONEY", "PERCENT"]

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SP = r"[ \u00a0]?"
# Between a number and its multiplier some outlets write a hyphen ("$2.5-billion").
_MULT_SP = r"[ \u00a0-]?"
# A group closes at 10^4: below that a multiplier scales within the current group (5천만 =
# (5 × 천) × 만), at or above it the group is added to the total (2억3500만 = 2억 + 3500만).
_GROUP_CLOSER = Decimal(10_000)
_WINDOW = 48  # how far back a range's lower bound ("20만~") may start
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)")


@dataclass(frozen=True)
class MagnitudeSpan:
    start: int
    end: int
    text: str
    magnitude: Magnitude
    kind: Kind
    # The first bound of a range ("8~13%", "100만∼150만원"): the amount the act states first.
    low: Magnitude | None = None


def _alternation(words: Iterable[str]) -> str:
    """Longest-first regex alternation; words ending in a Latin letter get a word boundary."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        pat = re.escape(word)
        if word[-1:].isascii() and word[-1:].isalpha():
            pat += r"(?![A-Za-z])"
        if word[:1].isascii() and word[:1].isalpha():
            pat = r"(?<![A-Za-z])" + pat
        parts.append(pat)
    return "|".join(parts) if parts else r"(?!x)x"


@dataclass(frozen=True)
class _Local:
    """A currency word several countries share: its words, the currency it is by default (of its
    ``home`` country, named by ``home_places``), and the other countries' currencies, named by
    ``places`` (``names``: the plain names behind each pattern, for a cheap test first)."""

    words: frozenset[str]
    home: str
    home_places: re.Pattern[str] | None
    places: Mapping[str, re.Pattern[str]]
    names: Mapping[str, tuple[str, ...]]
    datelines: Mapping[str, str]  # a place as a dateline writes it (PARIS) -> its currency


@dataclass(frozen=True)
class _Grammar:
    multipliers: Mapping[str, Decimal]
    number_words: Mapping[str, Decimal]
    prefix: Mapping[str, str]
    suffix: Mapping[str, str]
    percent: Mapping[str, Decimal]
    points: Mapping[str, Decimal]
    money: re.Pattern[str]
    pct: re.Pattern[str]
    range_left: re.Pattern[str]
    # The rest of a range whose currency stands only before its first bound ("$1-2 billion",
    # "$3 to 4 million"): the upper bound carries the multiplier both share.
    range_right: re.Pattern[str]
    token: re.Pattern[str]
    bare: re.Pattern[str]
    # A bare "$" is the dollar of the country the text is about ("the Coalition slashed $328m"
    # in a Sydney paper is Australian dollars): currency -> place names, and the United States'.
    dollar_places: Mapping[str, re.Pattern[str]]
    us_places: re.Pattern[str] | None
    # Wire services write other dollars with a prefix (A$, C$) and keep "$" for US dollars.
    us_writers: re.Pattern[str] | None
    # Currency words several countries share ("rupees", "francs"): each is the currency of the
    # country the text is about, its home country's unless another is named more.
    shared_currencies: tuple[_Local, ...] = ()
    # Words that stand for the local dollar as "$" does ("cut one billion dollars" in a Canadian
    # paper): a dollar named without its country.
    dollar_words: frozenset[str] = frozenset({"$"})
    # Prefixes that name a currency only before a scaled amount ("R109.6 billion" rand, "N74m"
    # naira): a bare "R5" or "N95" is a road, a mask or a model, not money.
    scaled_prefixes: frozenset[str] = frozenset()
    # An amount scaled by a South Asian multiplier and left without its currency ("a penalty of
    # 171.55 crore on …": scrapers drop the ₹ sign) is the local rupee, unless a noun follows
    # ("1.3 crore farmers" counts people).
    rupee_bare: re.Pattern[str] | None = None
    # Its multiplier words: most texts have none, and a substring test is far cheaper than the
    # pattern's scan.
    rupee_bare_words: tuple[str, ...] = ()
    rupee_bare_as: str = "rupees"  # the currency word whose local currency it is
    # The scaled part of an exact amount whose last group is written apart ("65억 4,883만
    # 6000원"): the regex reads "6000원" alone, since a number after a space joins an amount only
    # before a multiplier ("$5 million 3 years" stays five million).
    head: re.Pattern[str] | None = None
    # The names behind ``dollar_places``: a currency whose names do not occur in a text at all
    # needs no regex pass over it (most texts name none of them).
    dollar_names: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # A bare number that shares the unit of the percentage after it ("cut to 3.5 from 7 pct"):
    # matched against the text just before that percentage's number.
    shared_left: re.Pattern[str] | None = None


def _decimal_map(raw: Mapping[str, object]) -> dict[str, Decimal]:
    return {k: Decimal(str(v)) for k, v in raw.items() if not k.startswith("_")}


def _suffix_alternation(suffix: Mapping[str, str], not_before: Mapping[str, str]) -> str:
    """Currency words after an amount, each barred before the syllables that make it a different
    word (``3원칙`` is three principles, not 3 won)."""
    parts = []
    for word in sorted(suffix, key=len, reverse=True):
        pat = _alternation([word])
        blocked = not_before.get(word, "")
        if blocked:
            pat += f"(?![{re.escape(blocked)}])"
        parts.append(f"(?:{pat})")
    return "|".join(parts)


def _with_capitalised(suffix: dict[str, str]) -> dict[str, str]:
    """Currency words as some writers capitalise them ("476.3 billion Euros", "5 million
    Pounds", "10,000 Swiss Francs"): the data's words with each lower-case one capitalised
    name the same currency."""
    capitalised = {
        " ".join(p.capitalize() if p.islower() else p for p in w.split(" ")): cur
        for w, cur in suffix.items()
        if w.isascii() and any(p.islower() for p in w.split(" "))
    }
    return {**capitalised, **suffix}


def _amount_regex(mult: str, words: str, infix: str) -> str:
    num = f"(?:{_NUM})"
    if words:
        # A number word counts only before a multiplier: "two billion", never a bare "one".
        num = f"(?:{_NUM}|(?:{words})(?={_SP}(?:{mult})))"
    inf = f"(?:{infix})?" if infix else ""
    # After a multiplier a further number belongs to the amount only if attached (2억3500만)
    # or itself followed by a multiplier (1조 2000억): "$5 million 3 years" stays "$5 million".
    cont = f"(?:{num}{inf}|[ \u00a0]{num}{inf}(?={_SP}(?:{mult})))"
    return f"{num}{inf}(?:{_MULT_SP}(?:{mult}){inf}{cont}?)*"


@cache
def _grammar(lang: str) -> _Grammar:
    data = resources.load(lang, "numbers")
    mults = _decimal_map(data.get("multipliers", {}))
    words = _decimal_map(data.get("number_words", {}))
    scaled = {k: str(v) for k, v in data.get("currency_prefix_scaled", {}).items()}
    prefix = {**scaled, **{k: str(v) for k, v in data.get("currency_prefix", {}).items()}}
    suffix = _with_capitalised({k: str(v) for k, v in data.get("currency_suffix", {}).items()})
    percent = _decimal_map(data.get("percent", {}))
    points = _decimal_map(data.get("points", {}))
    mult_alt, word_alt = _alternation(mults), _alternation(words) if words else ""
    amount = _amount_regex(mult_alt, word_alt, _alternation(data.get("approx_infix", [])))
    suf_alt = _suffix_alternation(suffix, data.get("currency_suffix_not_before", {}))
    pre_alt = _alternation(prefix)
    # Not inside a number ("1.5", "1,000"), but after an ellipsis ("제재...4억2000만원").
    lead = r"(?<!\d)(?<!\d[.,])"
    # A sign's amount glued to a letter that is no multiplier ("$10G", "$100s") is slang or a
    # count, not a sum the text states.
    glued = r"(?![\d.,]*[A-Za-z])"
    money = re.compile(
        rf"{lead}(?:(?P<pre>{pre_alt}){_SP}(?P<a1>{amount}){glued}(?:{_SP}(?P<s1>{suf_alt}))?"
        rf"|(?P<a2>{amount}){_SP}(?P<s2>{suf_alt}))"
    )
    pct = re.compile(
        rf"{lead}(?P<num>{_NUM}){_MULT_SP}(?:(?P<pt>{_alternation(points)})|(?P<pc>{_alternation(percent)}))"
    )
    seps = "".join(re.escape(s) for s in data.get("range_separators", []))
    range_left = re.compile(
        rf"{lead}(?:(?:{pre_alt}){_SP})?(?P<lo>{amount}){_SP}(?:{suf_alt}|{_alternation(percent)})?"
        rf"{_SP}[{seps}]{_SP}$"
    )
    range_words = _alternation(data.get("range_words", []))
    range_right = re.compile(
        rf"{_SP}(?:[{seps}]|{range_words}){_SP}(?P<hi>(?:{_NUM}){_MULT_SP}(?:{mult_alt}))"
        rf"(?!{_SP}(?:{suf_alt}))"
    )
    token = re.compile(rf"(?P<n>{_NUM})|(?P<m>{mult_alt})|(?P<w>{word_alt or '(?!x)x'})")
    # Counters make a bare amount a count of things, not money ("1만 명").
    counters = _alternation(data.get("counters", []))
    # Atomic: "5만1천톤" must not fall back to "5만1" to dodge the counter after the whole.
    bare = re.compile(rf"{lead}(?P<a2>(?>{amount}))(?![\d.,])(?!{_SP}(?:{counters}))")
    places = {cur: _with_datelines(names) for cur, names in data.get("dollar_places", {}).items()}
    dollar_places = {
        cur: re.compile(_alternation(names)) for cur, names in places.items() if cur != "USD"
    }
    us = places.get("USD")
    # "A$" marks a writer whose bare "$" is US dollars; "$A" (Australian papers) one whose
    # bare "$" is their own.
    local_prefixes = [p for p, cur in prefix.items() if cur in dollar_places and "$" in p[1:]]
    writers = [*data.get("dollar_wires", []), *local_prefixes]
    bare_rupee = data.get("rupee_bare", {})
    rupee_bare = None
    if bare_rupee:
        rupee_bare = re.compile(
            rf"{lead}(?P<a2>(?:{_NUM}){_MULT_SP}(?:{_alternation(bare_rupee['multipliers'])}))"
            rf"(?=\s*(?:[,.;:)]|$)|\s+(?:{_alternation(bare_rupee['before'])}))"
        )
    shared = data.get("shared_unit")
    shared_left = None
    if shared:
        shared_left = re.compile(
            rf"\b(?:{_alternation(shared['before'])})\s+{lead}(?P<lo>{_NUM})"
            rf"\s+(?:{_alternation(shared['between'])})\s+$"
        )
    return _Grammar(
        mults,
        words,
        prefix,
        suffix,
        percent,
        points,
        money,
        pct,
        range_left,
        range_right,
        token,
        bare,
        dollar_places,
        re.compile(_alternation(us)) if us else None,
        re.compile(_alternation(writers)) if writers else None,
        tuple(_local(family) for family in data.get("local_currencies", {}).values()),
        frozenset(data.get("dollar_words", ["$"])),
        frozenset(scaled),
        rupee_bare,
        tuple(bare_rupee.get("multipliers", [])),
        str(bare_rupee.get("as", "rupees")),
        head=re.compile(rf"{lead}(?P<h>{amount})[ \u00a0]$"),
        dollar_names={cur: tuple(n) for cur, n in places.items() if cur != "USD"},
        shared_left=shared_left,
    )


def _local(family: Mapping[str, Any]) -> _Local:
    home = str(family["home"])
    places = {cur: _with_datelines(names) for cur, names in family["places"].items()}
    own = places.get(home)
    return _Local(
        words=frozenset(family["words"]),
        home=home,
        home_places=re.compile(_alternation(own)) if own else None,
        places={cur: re.compile(_alternation(n)) for cur, n in places.items() if cur != home},
        names={cur: tuple(n) for cur, n in places.items() if cur != home},
        datelines={n.upper(): cur for cur, names in places.items() for n in names},
    )


def _with_datelines(names: list[str]) -> list[str]:
    """The places and their capitals as a dateline writes them (MELBOURNE —, WASHINGTON, Feb 3)."""
    return [*names, *(n.upper() for n in names if n.upper() != n)]


@lru_cache(maxsize=32)
def local_dollar(text: str, lang: str) -> str:
    """The currency a bare ``$`` stands for in ``text``: the dollar of the one country the text
    names at least twice and more often than the United States, or the one country it names
    once when it never names the United States (a local story names its state once: "the NSW
    Environmental Protection Agency has fined"), else US dollars. A wire story, or a text that
    writes some dollar with its prefix (``A$``), keeps ``$`` for US dollars."""
    g = _grammar(lang)
    if g.us_writers is not None and g.us_writers.search(text):
        return "USD"
    return _named_most(text, g.dollar_places, g.dollar_names, g.us_places, "USD", once=True)


@lru_cache(maxsize=32)
def local_currencies(text: str, lang: str) -> Mapping[str, str]:
    """The currency each shared currency word stands for in ``text``. A story filed from one of
    its countries (its dateline: "BRUSSELS, March 5 -") uses that country's: wire copy names
    other countries' francs in full and leaves its own bare. Else "Rs" or "rupees" is the rupee
    of the one country the text names at least twice and more often than India (Pakistan, Sri
    Lanka, Nepal), else India's; "francs" France's, Belgium's or Luxembourg's so, else
    Switzerland's. One mention is not enough: news names its neighbours in passing."""
    out: dict[str, str] = {}
    line = resources.dateline(lang).match(text)
    for family in _grammar(lang).shared_currencies:
        cur = family.datelines.get(line["place"]) if line else None
        if cur is None:
            cur = _named_most(text, family.places, family.names, family.home_places, family.home)
        out.update(dict.fromkeys(family.words, cur))
    return out


def _named_most(
    text: str,
    places: Mapping[str, re.Pattern[str]],
    names: Mapping[str, tuple[str, ...]],
    home: re.Pattern[str] | None,
    default: str,
    *,
    once: bool = False,
) -> str:
    """The currency whose country ``text`` names most, at least twice and more often than the
    ``default`` currency's own country (``once``: or the only one named, once, that country
    not at all); else ``default``."""
    counts = {
        cur: len(p.findall(text))
        for cur, p in places.items()
        if cur not in names or any(name in text for name in names[cur])
    }
    if not counts:
        return default
    cur, n = max(counts.items(), key=lambda kv: kv[1])
    own = len(home.findall(text)) if home is not None else 0
    if n >= 2 and n > own:
        return cur
    alone = sum(counts.values()) == 1
    return cur if once and alone and own == 0 else default


def _to_float(value: Decimal) -> float:
    return float(int(value)) if value == value.to_integral_value() else float(value)


def _money_float(value: Decimal) -> float:
    """Money is an integer amount of its currency (6,854,747.87 TL is 6854748 TRY)."""
    return float(int(value.to_integral_value(rounding=ROUND_HALF_UP)))


def _amount_value(s: str, g: _Grammar) -> Decimal | None:
    """Read a number-and-multipliers amount: 2억3500만 → 311000000, 1.2 billion → 1.2e9."""
    total, group = Decimal(0), Decimal(0)
    pending: Decimal | None = None
    closed = Decimal(0)  # what the last group added, while no number has followed it
    found = False
    for m in g.token.finditer(s):
        if m.group("m") is not None:
            factor = g.multipliers[m.group("m")]
            if factor >= _GROUP_CLOSER and closed and not group and pending is None:
                # Stacked multipliers scale the group before them: 1.2 lakh crore = 1.2e12.
                total += closed * (factor - 1)
                closed *= factor
            elif factor >= _GROUP_CLOSER:
                base = group + (pending or 0)
                closed = (base or Decimal(1)) * factor
                total += closed
                group = Decimal(0)
            else:
                group += (Decimal(1) if pending is None else pending) * factor
            pending = None
            continue
        if pending is not None:
            group += pending
        closed = Decimal(0)
        pending = _number(m.group("n")) if m.group("n") else g.number_words[m.group("w")]
        found = True
    if not found:
        return None
    return total + group + (pending or 0)


def _number(s: str) -> Decimal:
    try:
        return Decimal(s.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the regex only lets digits through
        return Decimal(0)


def _scaled_amount(m: re.Match[str], amount: str, g: _Grammar) -> bool:
    """A letter prefix's amount: written right after it, scaled by a multiplier or grouped in
    thousands ("SR300,000"; a road or a model is numbered "SR520"), and with no currency word of
    its own ("C.N 12.5 million pounds" is a ticker before pounds)."""
    return (
        m.end("pre") == m.start("a1")
        and m.group("s1") is None
        and (
            any(t.group("m") for t in g.token.finditer(amount))
            or _THOUSANDS.match(amount) is not None
        )
    )


def _money_at(
    m: re.Match[str], g: _Grammar, dollar: str = "USD", local: Mapping[str, str] | None = None
) -> Magnitude | None:
    amount = m.group("a1") or m.group("a2")
    value = _amount_value(amount, g) if amount else None
    if value is None:
        return None
    pre = m.group("pre")
    if pre in g.scaled_prefixes and not _scaled_amount(m, amount, g):
        return None
    unit = g.prefix[pre] if pre is not None else g.suffix[m.group("s2")]
    word = pre if pre is not None else m.group("s2")
    named = m.group("s1")
    if named is not None and named not in g.dollar_words:
        # The currency named after the amount is the more specific word: writers put a dollar
        # sign before other currencies too ("$1.17 billion naira").
        unit = g.suffix[named]
    if word in g.dollar_words and named is None:
        unit = dollar
    if local and word in local and named is None:
        unit = local[word]
    return Magnitude(value=_money_float(value), unit=unit)


def _percent_at(m: re.Match[str], g: _Grammar) -> Magnitude:
    return _percent(m.group("num"), m.group("pt"), m.group("pc"), g)


def _percent(num: str, pt: str | None, pc: str, g: _Grammar) -> Magnitude:
    value = _number(num)
    if pt is not None:
        return Magnitude(value=_to_float(value * g.points[pt]), unit="%p")
    return Magnitude(value=_to_float(value * g.percent[pc]), unit="%")


def _with_range(text: str, lo: int, span: MagnitudeSpan, g: _Grammar) -> MagnitudeSpan:
    """Widen ``20만~30만 달러`` / ``8~13%`` to one span; its magnitude stays the upper bound,
    the figure a headline ("up to") is about, and the lower bound is kept as ``low``."""
    window = text[max(lo, span.start - _WINDOW) : span.start]
    m = g.range_left.search(window)
    if m is None:
        return span
    start = span.start - len(window) + m.start()
    low = None
    if span.kind == "PERCENT" and re.fullmatch(_NUM, m.group("lo")):
        low = Magnitude(value=_to_float(_number(m.group("lo"))), unit=span.magnitude.unit)
    elif span.kind == "MONEY":
        low = _money_low(m.group("lo"), span, g)
    return MagnitudeSpan(start, span.end, text[start : span.end], span.magnitude, span.kind, low)


def _money_low(lo: str, high: MagnitudeSpan, g: _Grammar) -> Magnitude | None:
    """The lower bound of a money range, in the upper bound's currency. A bare number takes the
    upper bound's multiplier when that keeps it below the upper bound ("100∼150만원" is
    100만원); one that would pass it stays as written."""
    value = _amount_value(lo, g)
    top = Decimal(str(high.magnitude.value))
    written = re.search(_NUM, high.text)
    if value is None or value <= 0 or written is None:
        return None
    if re.fullmatch(_NUM, lo):
        scaled = value * top / _number(written.group())
        value = scaled if scaled <= top else value
    return Magnitude(value=_money_float(value), unit=high.magnitude.unit) if value <= top else None


def _spans(
    text: str, lo: int, hi: int, g: _Grammar, dollar: str, local: Mapping[str, str]
) -> list[MagnitudeSpan]:
    found: list[MagnitudeSpan] = []
    for m in g.money.finditer(text, lo, hi):
        mag = _money_at(m, g, dollar, local)
        if mag is None and m.group("pre") in g.scaled_prefixes:
            # Not the letter's money ("C.N 12.5 million pounds"): the amount may still be.
            inner = g.money.match(text, m.start("a1"), hi)
            m, mag = (inner, _money_at(inner, g, dollar, local)) if inner else (m, None)
        if mag is not None:
            found.append(_with_head(text, lo, m, _prefixed_range(text, m, mag, g), g))
    if g.rupee_bare is not None and any(w in text[lo:hi] for w in g.rupee_bare_words):
        for m in g.rupee_bare.finditer(text, lo, hi):
            value = _amount_value(m.group("a2"), g)
            if value is not None:
                unit = local.get(g.rupee_bare_as, "INR")
                bare = Magnitude(value=_money_float(value), unit=unit)
                found.append(MagnitudeSpan(m.start(), m.end(), m.group(), bare, "MONEY"))
    for m in g.pct.finditer(text, lo, hi):
        mag = _percent_at(m, g)
        found.append(MagnitudeSpan(m.start(), m.end(), m.group(), mag, "PERCENT"))
        shared = _shared_unit(text, lo, m, g)
        if shared is not None:
            found.append(shared)
    return [_with_range(text, lo, s, g) for s in found]


def _shared_unit(text: str, lo: int, m: re.Match[str], g: _Grammar) -> MagnitudeSpan | None:
    """The bare first number of "to 3.5 from 7 pct", in the unit written once after the second:
    wire copy states the new rate before the old one and the unit only at the end."""
    if g.shared_left is None:
        return None
    left = g.shared_left.search(text, max(lo, m.start() - _WINDOW), m.start())
    if left is None:
        return None
    # The shared unit read as if written after the first number too ("3.5 pct").
    value = _percent(left.group("lo"), m.group("pt"), m.group("pc"), g)
    return MagnitudeSpan(left.start("lo"), left.end("lo"), left.group("lo"), value, "PERCENT")


def _prefixed_range(text: str, m: re.Match[str], mag: Magnitude, g: _Grammar) -> MagnitudeSpan:
    """The money span of ``m``, widened to a range whose currency stands only before its first
    bound: "$1-2 billion" is 1 to 2 billion dollars, not one dollar."""
    span = MagnitudeSpan(m.start(), m.end(), m.group(), mag, "MONEY")
    amount = m.group("a1")
    if m.group("pre") is None or m.group("s1") is not None or not re.fullmatch(_NUM, amount):
        return span
    right = g.range_right.match(text, m.end())
    value = _amount_value(right.group("hi"), g) if right else None
    if right is None or value is None:
        return span
    top = Magnitude(value=_money_float(value), unit=mag.unit)
    high = MagnitudeSpan(m.start(), right.end(), text[m.start() : right.end()], top, "MONEY")
    # The first bound's text is measured against the upper bound's written number.
    upper = MagnitudeSpan(right.start("hi"), right.end(), right.group("hi"), top, "MONEY")
    return replace(high, low=_money_low(amount, upper, g))


def _with_head(
    text: str, lo: int, m: re.Match[str], span: MagnitudeSpan, g: _Grammar
) -> MagnitudeSpan:
    """``span`` widened over the scaled groups written before it, a space apart: "65억 4,883만
    6000원" is 6548836000 won. Only a plain number below the first group closer (10^4) written
    with its currency after it takes a head, and only a head that ends in a group closer."""
    amount = m.group("a2")
    if g.head is None or amount is None or not re.fullmatch(_NUM, amount):
        return span
    value = _number(amount)
    if value >= _GROUP_CLOSER:
        return span
    # Searched in place, not in a slice: the head's look-behind must see the digit before the
    # window ("65억" cut to "5억").
    hit = g.head.search(text, max(lo, span.start - _WINDOW), span.start)
    if hit is None:
        return span
    written = hit.group("h")
    tokens = list(g.token.finditer(written))
    last = tokens[-1].group("m") if tokens else None
    head = _amount_value(written, g)
    # Korean writes a multiplier on its number ("4,883만"); "5 million 300 dollars" is no one
    # amount.
    attached = last is not None and written[tokens[-1].start() - 1 : tokens[-1].start()].isdigit()
    if last is None or not attached or g.multipliers[last] < _GROUP_CLOSER or head is None:
        return span
    start = hit.start()
    total = Magnitude(value=_money_float(head + value), unit=span.magnitude.unit)
    return MagnitudeSpan(start, span.end, text[start : span.end], total, "MONEY", span.low)


def _non_overlapping(spans: list[MagnitudeSpan]) -> list[MagnitudeSpan]:
    """Keep the longest of overlapping spans (a range beats its parts)."""
    out: list[MagnitudeSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if out and span.start < out[-1].end:
            if span.end - span.start > out[-1].end - out[-1].start:
                out[-1] = span
            continue
        out.append(span)
    return out


def find_magnitudes(
    text: str, lang: str, start: int = 0, end: int | None = None, home: str | None = None
) -> list[MagnitudeSpan]:
    """All money and percent expressions in ``text[start:end]``, offsets into ``text``. A bare
    ``$``, "Rs", "rupees" or "francs" is read in the light of ``home`` (the whole post; ``text``
    itself by default)."""
    hi = len(text) if end is None else min(end, len(text))
    home = text if home is None else home
    dollar, local = local_dollar(home, lang), local_currencies(home, lang)
    return _non_overlapping(_spans(text, max(0, start), hi, _grammar(lang), dollar, local))


def currency_codes(lang: str) -> frozenset[str]:
    """Every currency an amount of ``lang`` can be read in (what an FX table must know)."""
    g = _grammar(lang)
    codes = {*g.prefix.values(), *g.suffix.values(), *g.dollar_places, "USD"}
    for family in g.shared_currencies:
        codes |= {family.home, *family.places}
    return frozenset(codes)


def parse_money(s: str, lang: str) -> Magnitude | None:
    """The money value of ``s`` if the whole (stripped) string is one money expression."""
    s = s.strip()
    g = _grammar(lang)
    m = g.money.fullmatch(s)
    return _money_at(m, g) if m else None


def parse_percent(s: str) -> Magnitude | None:
    """``125%`` → 125 %, ``3.5%p`` → 3.5 %p, in any language that has data."""
    s = s.strip()
    for lang in sorted(resources.languages()):
        g = _grammar(lang)
        m = g.pct.fullmatch(s)
        if m is not None:
            return _percent_at(m, g)
    return None


def find_bare_amounts(text: str, lang: str, currency: str) -> list[MagnitudeSpan]:
    """Amounts written without a currency but with a large multiplier, read as ``currency``:
    headlines drop the unit ("R&D 예산 3.4조 삭감"). Money and percent spans are left out."""
    g = _grammar(lang)
    taken = find_magnitudes(text, lang)
    out = []
    for m in g.bare.finditer(text):
        big = any(
            g.multipliers.get(t.group("m") or "", Decimal(0)) >= _GROUP_CLOSER
            for t in g.token.finditer(m.group())
        )
        value = _amount_value(m.group(), g)
        if not big or value is None or any(s.start < m.end() and m.start() < s.end for s in taken):
            continue
        mag = Magnitude(value=_money_float(value), unit=currency)
        out.append(MagnitudeSpan(m.start(), m.end(), m.group(), mag, "MONEY"))
    return out
