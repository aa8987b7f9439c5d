"""PERSON/ORG/LOC from capitalisation (``recognizer: capitalised``; English and other languages
written with letter case): runs of capitalised words, classified by org/location suffixes and
prefixes, titles and given names, location prepositions and the frames of wire copy (sports
results, standings, datelines). A capital that only starts a sentence, or a headline in title
case, does not make a name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Any

from schemas.models import EntityLabel
from streams.extract import resources
from streams.extract.spans import STRONG, WEAK, Span, Tok, covered, ends_with, load_cues

_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Z]\.(?=\s[A-Z])|[A-Za-z0-9](?:[\w&'\-]*[\w])?|\S")


def cased_names(text: str, lang: str, lo: int, hi: int, known: Sequence[Span]) -> list[Span]:
    cues = load_cues(lang)
    abbreviations = _abbreviations(lang)
    common = cues["common_words"]
    out: list[Span] = []
    lone: list[Tok] = []  # single capitalised words no cue labelled
    first: set[int] = set()  # where one of them starts a sentence
    for slo, shi in _lines(text, lo, hi):
        out += _dateline(text, lang, slo, shi, known)
        toks = _words(text, slo, shi, abbreviations)
        out += _town_marked_clubs(toks)
        headline = _headline(toks, common) and not _table_row(toks)
        sporty = _sports_line(toks, cues)
        caps = [_capital(t, headline, common) for t in toks]
        runs = _of_split(
            toks, _org_joins(toks, _cap_runs(toks, caps, cues), cues, known), cues, known
        )
        for i, j, title_before in _title_split(toks, runs, cues):
            if _compass_place(toks, i, j, cues, known):
                out.append(Span(toks[i].start, toks[j - 1].end, "LOC", STRONG))
                continue
            i, j, titled = _trim_run(toks, i, j, cues)
            titled = titled or title_before
            if i >= j:
                continue
            found: tuple[EntityLabel, int] | None = ("PERSON", WEAK)
            subject = _headline_subject(toks, i, j, cues, known) if headline and sporty else 0
            if subject:
                j, titled = i + subject, True
            if not titled and _misc_name(toks, i, j, cues, known):
                # UEFA Cup, PGA Tour, Hong Kong Open: an event's name, not its organiser's
                out.append(Span(toks[i].start, toks[j - 1].end, "ORG", STRONG, entity=False))
                continue
            if not titled:
                found = _en_label(toks, i, j, cues, known, headline)
                if _team(toks, i, j, cues, sporty, found):
                    found = ("ORG", STRONG)
                if _gazetteer_knows_better(toks, i, j, cues, known, found):
                    continue
            if found is not None:
                out.append(Span(toks[i].start, toks[j - 1].end, found[0], found[1]))
            elif j - i == 1 and not headline:
                lone.append(toks[i])
                if _sentence_start(toks, i):
                    first.add(toks[i].start)
    return out + _lone_people(lone, out, text, cues, known, first)


def _compass_place(
    toks: Sequence[Tok], i: int, j: int, cues: dict[str, Any], known: Sequence[Span]
) -> bool:
    """``East Jerusalem``, ``South China``: a capitalised compass point before a known place
    names a part of it, one place (CoNLL keeps the point in the name)."""
    if j - i < 2 or toks[i].form not in cues.get("compass_points", ()):
        return False
    hit = covered(known, toks[i + 1].start, toks[j - 1].end)
    return (
        hit is not None
        and hit.label == "LOC"
        and (hit.start, hit.end) == (toks[i + 1].start, toks[j - 1].end)
    )


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    """Titles and suffixes written with a full stop (``Dr.``, ``Corp.``): one word with it."""
    cues = load_cues(lang)
    return frozenset(
        w for key in ("person_titles", "org_suffixes") for w in cues[key] if w.endswith(".")
    )


def _gazetteer_knows_better(
    toks: Sequence[Tok],
    i: int,
    j: int,
    cues: dict[str, Any],
    known: Sequence[Span],
    found: tuple[EntityLabel, int] | None,
) -> bool:
    """A name the gazetteer knows as a whole keeps the gazetteer's label over a guess from its
    last word (the West Bank is no bank) or from sports copy (England's side stays the
    country, as CoNLL labels national teams); only a place listed as a club's home
    (``team_places``) turns into the club."""
    if found is None:
        return False
    hit = covered(known, toks[i].start, toks[j - 1].end)
    if hit is None or (hit.start, hit.end) != (toks[i].start, toks[j - 1].end):
        return False
    name = " ".join(t.form for t in toks[i:j])
    places = cues.get("team_places", frozenset())
    return hit.label != found[0] and name not in places and name.title() not in places


def _words(text: str, lo: int, hi: int, abbreviations: frozenset[str]) -> list[Tok]:
    out = []
    for m in _WORD.finditer(text, lo, hi):
        end = m.end()
        if end < hi and text[end] == "." and m.group() + "." in abbreviations:
            end += 1
        out.append(Tok(text[m.start() : end], "", m.start(), end))
    return out


def _headline_subject(
    toks: Sequence[Tok], i: int, j: int, cues: dict[str, Any], known: Sequence[Span]
) -> int:
    """``SOCCER - HALVORSEN TO RETIRE``, ``BASEBALL - DAN MERCER LOWERS ERA``: the name that
    starts a sports headline after its slug is mostly a player's, and the words glued to it
    in capitals are the headline's verb. The number of words of that name (0: none)."""
    if i < 2 or toks[i - 1].form != "-":
        return 0
    if not all(t.form.isalpha() and t.form.isupper() for t in toks[: i - 1]):
        return 0
    first = toks[i].form.title()
    if first in cues["given_names"]:
        return 2 if j - i >= 2 else 0
    places = cues.get("team_places", frozenset())
    if (
        covered(known, toks[i].start, toks[i].end) is not None
        or first in places
        or first in cues["not_names"]
        or first in cues.get("team_prefixes", ())
        or not toks[i].form.isalpha()
    ):
        return 0
    return 1


def _misc_name(
    toks: Sequence[Tok], i: int, j: int, cues: dict[str, Any], known: Sequence[Span]
) -> bool:
    """A run of two words or more ending in an event's, a law's or an award's word
    (``misc_suffixes``) over a known name, which is then no entity of its own."""
    return (
        j - i >= 2
        and (
            toks[j - 1].form in cues["misc_suffixes"]
            or f"{toks[j - 2].form} {toks[j - 1].form}" in cues["misc_suffixes"]
        )
        and _over_known(toks[i].start, toks[j - 1].end, known)
    )


def _table_row(toks: Sequence[Tok]) -> bool:
    """``NEW YORK 74 59 .556 -``, ``CALIFORNIA 14 New York 3``: a results or standings row in
    capitals is no headline; its capitalised words are the teams."""
    numbers = sum(1 for t in toks if t.form.isdigit())
    return numbers >= 2 and numbers * 10 >= len(toks) * 3


def _sentence_start(toks: Sequence[Tok], i: int) -> bool:
    if i == 0:
        return True
    prev = toks[i - 1].form
    return prev in {".", "!", "?", ":", '"', "'", "(", "-", "--", "“", "‘", "*", ";"}


def _headline(toks: Sequence[Tok], common: frozenset[str]) -> bool:
    """Title case or all caps: there a capital says nothing about names. Told by the common
    words (a list of names has few), not by the share of capitals."""
    words = [t.form for t in toks if t.form[:1].isalpha() and t.form.lower() in common]
    if len(words) < 2:
        letters = [c for t in toks for c in t.form if c.isalpha()]
        return len(letters) > 8 and sum(c.isupper() for c in letters) / len(letters) > 0.8
    return sum(1 for w in words[1:] if w[:1].isupper()) / max(1, len(words) - 1) > 0.6


def _capital(tok: Tok, headline: bool, common: frozenset[str]) -> bool:
    """A word that may be part of a name: capitalised, and in a headline also not a common
    word (whose capital is the headline's)."""
    word = tok.form
    if not (word[:1].isupper() or (word[:1].isdigit() and any(c.isupper() for c in word))):
        return False
    return not headline or (word.lower() not in common and len(word) > 1)


def _cap_runs(
    toks: Sequence[Tok], caps: Sequence[bool], cues: dict[str, Any]
) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        if not caps[i]:
            i += 1
            continue
        j = i + 1
        while j < len(toks):
            if caps[j] and toks[j].start - toks[j - 1].end <= 1:
                j += 1
            elif toks[j].form in cues["connectors"] and j + 1 < len(toks) and caps[j + 1]:
                j += 2
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _org_joins(
    toks: Sequence[Tok],
    runs: Sequence[tuple[int, int]],
    cues: dict[str, Any],
    known: Sequence[Span],
) -> list[tuple[int, int]]:
    """One organisation's name across a small word: ``and`` or a possessive before a run
    that ends in an organisation's suffix (``Post and Telecommunications Administration``,
    ``Harlow 's Bancshares Inc``), ``for``/``on`` after an organisation's head word
    (``Commission on Public Debates``, ``League for Democracy``)."""
    out: list[tuple[int, int]] = []
    for i, j in runs:
        if out and _joins_org(toks, out[-1], (i, j), cues, known):
            out[-1] = (out[-1][0], j)
        else:
            out.append((i, j))
    return out


def _joins_org(
    toks: Sequence[Tok],
    left: tuple[int, int],
    right: tuple[int, int],
    cues: dict[str, Any],
    known: Sequence[Span],
) -> bool:
    (a, b), (c, d) = left, right
    gap = [t.form for t in toks[b:c]]
    heads = cues["org_words"] | cues["org_suffixes"]
    if any(t.form in cues["not_names"] for t in toks[c:d]):
        return False  # ... Council on Friday
    if gap in (["for"], ["on"]):
        return toks[b - 1].form in heads
    if gap == ["'"] and toks[b - 1].form.endswith("s") and toks[d - 1].form in cues["org_suffixes"]:
        # Ottawa Grain Dealers ' Association: a plural's possessive inside the name
        hit = covered(known, toks[a].start, toks[b - 1].end)
        return hit is None or _over_known(toks[a].start, toks[b - 1].end, known)
    if gap not in (["and"], ["'", "s"], ["'s"]) or toks[d - 1].form not in cues["org_suffixes"]:
        return False
    if gap != ["and"] and b - a > 1:
        return False  # Jane Doe 's Acme Holdings: a person's, not part of the name
    if gap == ["and"] and d - c == 1 and toks[b - 1].form in cues["org_suffixes"]:
        return False  # the Braves and Cubs: two names
    hit = covered(known, toks[a].start, toks[b - 1].end)
    return (
        hit is None
        and toks[a].form not in cues["given_names"]
        and toks[b - 1].form not in cues.get("legal_forms", ())
    )


def _of_split(
    toks: Sequence[Tok],
    runs: Sequence[tuple[int, int]],
    cues: dict[str, Any],
    known: Sequence[Span],
) -> list[tuple[int, int]]:
    """Two names joined by ``of`` where the first is not a name of the second: a person's
    (``John Smith of Acme Corp``), a company's legal form (``Acme Inc of Ohio``), or a club
    or firm before a known place (``Karlsruhe of Germany``). ``Bank of England``,
    ``Gulf of Mexico`` and ``Ministry of Finance`` stay one name."""
    out: list[tuple[int, int]] = []
    for i, j in runs:
        k = next((k for k in range(i + 1, j - 1) if toks[k].form == "of"), None)
        if k is None or not _of_splits(toks, i, k, j, cues, known):
            out.append((i, j))
        else:
            out += [(i, k), (k + 1, j)]
    return out


def _of_splits(
    toks: Sequence[Tok], i: int, k: int, j: int, cues: dict[str, Any], known: Sequence[Span]
) -> bool:
    last = toks[k - 1].form
    start = i
    while i < k and _title_at(toks, i, i + 1, cues):
        i += 1  # Economist Ruth Calder of Harbor Trust: a titled person's name ends at "of"
    if (toks[i].form in cues["given_names"] or i > start) and k - i >= 2:
        return True
    if last in cues.get("legal_forms", ()):
        return True
    hit = covered(known, toks[k + 1].start, toks[j - 1].end)
    if hit is None or (hit.start, hit.end) != (toks[k + 1].start, toks[j - 1].end):
        return False
    keeps = ("org_words", "org_suffixes", "loc_suffixes", "person_titles", "not_names")
    return (
        hit.label == "LOC"
        and not any(last in cues.get(key, ()) for key in keeps)
        and f"{last} of" not in cues["org_prefixes"]
    )


def _title_split(
    toks: Sequence[Tok], runs: Sequence[tuple[int, int]], cues: dict[str, Any]
) -> list[tuple[int, int, bool]]:
    """``Hong Kong Financial Secretary Donald Tsang``, ``Bank of England Governor Eddie
    George``: a title inside a run of capitals ends the organisation or place before it (less
    the words of the title, ``Financial``) and makes the rest a person; the flag says so."""
    titles, modifiers = cues.get("inner_titles", ()), cues.get("title_modifiers", ())
    out: list[tuple[int, int, bool]] = []
    for i, j in runs:
        k = next((k for k in range(i + 1, j - 1) if toks[k].form in titles), None)
        if k is None:
            out.append((i, j, False))
            continue
        left = k
        while left > i and toks[left - 1].form in modifiers:
            left -= 1
        if left > i:
            out.append((i, left, False))
        out.append((k + 1, j, True))
    return out


def _trim_run(toks: Sequence[Tok], i: int, j: int, cues: dict[str, Any]) -> tuple[int, int, bool]:
    """Drop a sentence-initial common word (``The``, ``Shares``), non-name words at the edges
    (``Monday``, demonyms) and leading titles (``President``): the last says PERSON."""
    titled = False
    while i < j:
        if _title_at(toks, i, j, cues):
            titled = True
            i += 1 if _title_at(toks, i, i + 1, cues) else 2
        elif _not_name_start(toks, i, cues) and not _org_adjective(toks, i, j, cues):
            i += 1
        else:
            break
    while j > i and (
        toks[j - 1].form in cues["not_names"] or toks[j - 1].form in cues["connectors"]
    ):
        if j - 1 > i and _ROMAN.match(toks[j - 1].form) and toks[j - 2].form in cues["given_names"]:
            break  # Elizabeth I: a regnal number, not the pronoun
        j -= 1
    return i, j, titled


_ROMAN = re.compile(r"^[IVX]{1,4}$")


def _title_at(toks: Sequence[Tok], i: int, j: int, cues: dict[str, Any]) -> bool:
    """A person's title (one or two words) at ``i``, within ``j``; at a sentence's start a
    lower-case one capitalised (``Economist Ruth Calder``)."""
    titles = cues["person_titles"]
    word = toks[i].form
    if word in titles or (_sentence_start(toks, i) and word.lower() in titles):
        return True
    return j - i > 1 and f"{word} {toks[i + 1].form}" in titles


def _org_adjective(toks: Sequence[Tok], i: int, j: int, cues: dict[str, Any]) -> bool:
    """``Scottish National Party``, ``Labour Department``: a demonym or a party's adjective
    before a name that ends in an organisation's suffix is part of that name; so is a demonym
    before a place's (``Slovak Republic``, ``Indian Ocean``)."""
    return (
        j - i >= 2
        and toks[i].form in cues.get("org_name_adjectives", ())
        and (toks[j - 1].form in cues["org_suffixes"] or toks[j - 1].form in cues["loc_suffixes"])
    )


def _not_name_start(toks: Sequence[Tok], i: int, cues: dict[str, Any]) -> bool:
    word = toks[i].form
    if word in cues["not_names"] or word in cues["connectors"]:
        return True
    if "-" in word and word.lower().endswith(tuple(cues.get("not_name_hyphen_endings", ()))):
        return True  # Ontario-based, family-controlled: where or whose, not part of the name
    return (
        _sentence_start(toks, i)
        and word.lower() in cues["common_words"]
        and word not in cues["given_names"]
        and not _starts_team_place(toks, i, cues)
    )


def _starts_team_place(toks: Sequence[Tok], i: int, cues: dict[str, Any]) -> bool:
    """``NEW YORK 74 59``, ``New England beat``: a common word that starts a club's home
    (``team_places``) is no mere sentence-initial capital."""
    if i + 1 >= len(toks):
        return False
    pair = f"{toks[i].form} {toks[i + 1].form}"
    places = cues.get("team_places", frozenset())
    return pair in places or pair.title() in places


def _en_label(
    toks: Sequence[Tok],
    i: int,
    j: int,
    cues: dict[str, Any],
    known: Sequence[Span],
    headline: bool = False,
) -> tuple[EntityLabel, int] | None:
    words = [t.form for t in toks[i:j]]
    if (
        words[-1] in cues["misc_suffixes"]
        or " ".join(words[-2:]) in cues["misc_suffixes"]
        or " ".join(words[:2]) in cues.get("misc_prefixes", ())
    ):
        return None  # events, laws, awards: capitalised, but no PERSON/ORG/LOC
    personal = _personal_shape(toks, i, j, cues)
    if (
        not personal
        and not _country_after(toks, j, known)
        and _after_country_bracket(toks, i, known)
    ):
        # Tom Brack ( Canada ) Hollis: a rider's or driver's team, over the engine maker's
        # name it may end in (Hollis Honda).
        return "ORG", STRONG if _over_known(toks[i].start, toks[j - 1].end, known) else WEAK
    if i == 0 and (_fixture_line(toks) or _standings_row(toks[j:])):
        return "ORG", STRONG  # BALTIMORE AT SEATTLE (the visitors); NEW YORK 74 59 .556
    if personal and (_score_line(toks, i, j) or _after_country_bracket(toks, i, known)):
        return "PERSON", WEAK  # 287 Ann Kerr 70 76 71 70; a list of athletes and their countries
    if _score_line(toks, i, j):
        hit = covered(known, toks[i].start, toks[j - 1].end)
        name = " ".join(words)
        exact = hit is not None and (hit.start, hit.end) == (toks[i].start, toks[j - 1].end)
        if (
            hit is not None
            and exact
            and hit.label == "LOC"
            and name.title() not in cues["team_places"]
        ):
            return "LOC", STRONG  # a national side (England 326): CoNLL keeps countries LOC
        return "ORG", STRONG
    if words[-1] in cues["org_suffixes"] or " ".join(words[:2]) in cues["org_prefixes"]:
        return "ORG", STRONG if j - i > 1 else WEAK
    if words[-1] in cues["loc_suffixes"] and j - i > 1:
        if j - i == 2 and words[0] in cues["given_names"]:
            return "PERSON", WEAK  # Grace Hill, Sam Wood: a surname, not a hill or a wood
        return "LOC", STRONG
    if (words[0] in cues["loc_prefixes"] or " ".join(words[:2]) in cues["loc_prefixes"]) and (
        j - i > 1
    ):
        # Mount Kenya; the Republic of Ireland over the known Ireland
        return "LOC", STRONG if _over_known(toks[i].start, toks[j - 1].end, known) else WEAK
    if (
        j - i >= 2
        and not headline
        and words[0] not in cues["given_names"]
        and any(w in cues["org_words"] for w in words)
    ):
        # National Highway Traffic Safety Administration (said); over a place it names
        # (National Bank of Poland, Air France) when it is longer than the place.
        return "ORG", STRONG if _over_known(toks[i].start, toks[j - 1].end, known) else WEAK
    if j - i >= 2 and not headline and _place_led(toks, i, j, cues, known):
        return "ORG", STRONG  # Lisbon Textiles, Denver Grain Dealers
    if "&" in words[1:-1] or _org_after(toks, j, cues) or _camel_case(words, cues):
        return "ORG", WEAK  # Hale & Dorsey; Corvani shares, a Veltra spokesman; TrustCorp
    if _org_context(toks, i, j, cues):
        return "ORG", WEAK
    if _person_context(toks, i, j, cues, known):
        if words[0] in cues["given_names"] and _over_known(toks[i].start, toks[j - 1].end, known):
            return "PERSON", STRONG  # Milan Petrak, Georgia Lane: a given name, not the place
        return "PERSON", WEAK
    if _place_frame(toks, i, j, cues):
        return "LOC", WEAK
    prev = toks[i - 1].form if i > 0 else ""
    if (
        prev.lower() in cues["loc_before"]
        and j - i == 1
        and (not headline or _fixture_line(toks))
        and not _possessive_after(toks, j)
    ):
        # not in a headline (``HALVORSEN TO RETIRE``), save a fixture's host (``X AT DENVER``);
        # ``loyal to Qadri 's sons``: a place not known to the gazetteer has rarely a possessive
        return "LOC", WEAK
    if j - i >= 2 and not headline:
        if any(w in cues["org_words"] or w in cues["org_suffixes"] for w in words):
            return "ORG", WEAK  # National Highway Traffic Safety Administration
        if all(w.isupper() for w in words) or any(c.isdigit() for w in words for c in w):
            return None  # CRUDE OIL, SR MGR, Series 2001-B: a notice's words, no one's name
        return "PERSON", WEAK  # a run of capitalised words with no other cue is mostly a name
    if _ACRONYM.match(words[0]) and not headline and not _field_label(toks, j):
        return "ORG", WEAK  # a lone acronym in running text is nearly always an organisation
    default = cues.get("default_label")
    return (default, WEAK) if default else None


_INITIAL = re.compile(r"^[A-Z]\.$")


def _country_after(toks: Sequence[Tok], j: int, known: Sequence[Span]) -> bool:
    """``Ann Kerr ( Britain )``: a known place in brackets right after the name."""
    if j + 2 >= len(toks) or toks[j].form != "(" or toks[j + 2].form != ")":
        return False
    hit = covered(known, toks[j + 1].start, toks[j + 1].end)
    return hit is not None and hit.label == "LOC"


def _personal_shape(toks: Sequence[Tok], i: int, j: int, cues: dict[str, Any]) -> bool:
    """Two words or more led by a known given name or an initial (``Ann Kerr``, ``R. Kerr``):
    in a results line, a player rather than a team."""
    first, last = toks[i].form, toks[j - 1].form
    name = " ".join(t.form for t in toks[i:j])
    if last in cues["loc_suffixes"] or last in cues["org_suffixes"] or name in cues["team_places"]:
        return False  # Ross County, Aston Villa
    return j - i >= 2 and (
        first in cues["given_names"]
        or first.title() in cues["given_names"]
        or bool(_INITIAL.match(first))
    )


def _after_country_bracket(toks: Sequence[Tok], i: int, known: Sequence[Span]) -> bool:
    """A name right after ``Person ( Country )`` (maybe past a comma) in a results list."""
    k = i - 1 if i > 0 and toks[i - 1].form != "," else i - 2
    if k < 3 or toks[k].form != ")" or toks[k - 2].form != "(":
        return False
    hit = covered(known, toks[k - 1].start, toks[k - 1].end)
    return hit is not None and hit.label == "LOC" and toks[k - 3].form[:1].isupper()


def _place_frame(toks: Sequence[Tok], i: int, j: int, cues: dict[str, Any]) -> bool:
    """``the town of Tavildara``, ``east of Paramaribo``; a one-word name in brackets after
    a name (``Michelle Freeman ( Jamaica )``): where someone is from."""
    forms = [t.form for t in toks]
    if i > 1 and forms[i - 1] == "of" and forms[i - 2].lower() in cues.get("place_of", ()):
        return True
    return (
        j - i == 1
        and i > 1
        and j < len(forms)
        and forms[i - 1] == "("
        and forms[j] == ")"
        and forms[i - 2][:1].isupper()
        and not _ACRONYM.match(forms[i])
    )


def _place_led(
    toks: Sequence[Tok], i: int, j: int, cues: dict[str, Any], known: Sequence[Span]
) -> bool:
    """A known place followed by capitalised words that name no place or person: an
    organisation named after its home (``Lisbon Textiles``, ``Utah Mining``)."""
    hit = covered(known, toks[i].start, toks[i].end)
    if hit is None or hit.label != "LOC" or hit.start != toks[i].start:
        return False
    if toks[i].form in cues["given_names"]:
        return False  # Milan Petrak
    rest = [t for t in toks[i:j] if t.start >= hit.end]
    if not rest or hit.end > toks[j - 1].end:
        return False
    return not any(
        covered(known, t.start, t.end) is not None
        or t.form.isupper()
        or _CAMEL.match(t.form)
        or t.form in cues["not_names"]
        or t.form in cues["loc_suffixes"]
        or t.form in cues["given_names"]
        or t.form in cues["person_titles"]
        for t in rest
    )


def _org_context(toks: Sequence[Tok], i: int, j: int, cues: dict[str, Any]) -> bool:
    """What only an organisation does or is called in news copy: a kind of company right
    before the name (``tyre giant Corvani``, ``the daily Voz Libre``: ``org_before``), or ``it``
    after its reporting verb (``Corvani said it``, a person says he or she)."""
    if toks[i].form in cues["given_names"]:
        return False
    prev = toks[i - 1].form if i > 0 else ""
    if prev in cues.get("org_before", ()):
        return True
    nxt = [t.form for t in toks[j : j + 2]]
    return len(nxt) == 2 and nxt[0] in cues["person_verbs"] and nxt[1] in ("it", "its")


def _field_label(toks: Sequence[Tok], j: int) -> bool:
    """``CUSIP : 123456``, ``AMT : 5,000,000``: a word before a colon in a notice's fields."""
    return j < len(toks) and toks[j].form == ":"


def _possessive_after(toks: Sequence[Tok], j: int) -> bool:
    forms = [t.form for t in toks[j : j + 2]]
    return forms == ["'", "s"] or forms[:1] == ["'s"]


def _org_after(toks: Sequence[Tok], j: int, cues: dict[str, Any]) -> bool:
    """A word after the name (past a possessive ``'s``) that only a company has."""
    forms = [t.form for t in toks[j : j + 2]]
    k = j + (2 if forms == ["'", "s"] else 1 if forms[:1] == ["'s"] else 0)
    return k < len(toks) and toks[k].form in cues.get("org_after", ())


_CAMEL = re.compile(r"^([A-Z][a-z]+)[A-Z][a-z]+[A-Za-z]*$")


def _camel_case(words: Sequence[str], cues: dict[str, Any]) -> bool:
    """``TrustCorp``, ``MetroBank``: one word with a capital inside is a brand, unless its
    first part is a surname's particle (``McGrath``, ``DeFreitas``, ``MacLeod``)."""
    m = _CAMEL.match(words[0]) if len(words) == 1 else None
    if m is None:
        return False
    particles = {p.lower().rstrip("'.") for p in cues["name_particles"]}
    return m.group(1).lower() not in particles


def _over_known(start: int, end: int, known: Sequence[Span]) -> bool:
    return any(
        start <= k.start and k.end <= end and (k.start, k.end) != (start, end) for k in known
    )


_ACRONYM = re.compile(r"^[A-Z]{2,5}$|^(?:[A-Z]\.){2,4}$")
_INT = re.compile(r"^\d+$")


def _score_line(toks: Sequence[Tok], i: int, j: int) -> bool:
    """``Leicestershire 345 Somerset 83``, ``BALTIMORE 4 Seattle 3``: in a results line, the
    names scored against each other are teams (organisations), not places or people."""
    if j >= len(toks) or not _INT.match(toks[j].form):
        return False
    if j + 1 < len(toks) and toks[j + 1].form in ("points", "and", "for"):
        return True  # Middlesex 20 points ; Glamorgan 259 and 207 ; Kent 301 for 6
    if i > 0 and _INT.match(toks[i - 1].form):
        return True
    rest = toks[j + 1 :]
    if i == 0 and len(rest) >= 3 and all(_INT.match(t.form) for t in rest):
        # A standings row (``Wexham 10 6 2 2 18 9 20``: played, won, drawn, lost...); golf
        # rounds (``Tom Brack 71 69 70 210``) are scores in the sixties and seventies.
        return int(toks[j].form) < 60 and min(int(t.form) for t in rest[:3]) < 60
    if i == 0 and len(rest) >= 2 and rest[0].form[:1].isupper():
        # ``Hartlepool 2 Wexham 1 ( after extra time )``: the other side's score may be
        # followed by a note in brackets.
        return any(_INT.match(t.form) for t in rest[1:5])
    # ``Tewkesbury 18 points , Pembury 6 .``: the second side of a points line ends it.
    return (
        i > 2
        and toks[i - 1].form == ","
        and _INT.match(toks[i - 2].form) is None
        and all(not t.form[:1].isalnum() for t in rest)
        and any(_INT.match(t.form) for t in toks[: i - 1])
    )


_TOWN_MARK = re.compile(r"^[A-Z]{1,2}$")


def _town_marked_clubs(toks: Sequence[Tok]) -> list[Span]:
    """``Jedinstvo ( P ) 3``: in results and standings, clubs of the same name are told apart
    by their town's initials in brackets, and the club is the whole ``Name ( X )``."""
    out = []
    for k in range(1, len(toks) - 3):
        if (
            toks[k].form == "("
            and _TOWN_MARK.match(toks[k + 1].form)
            and toks[k + 2].form == ")"
            and _INT.match(toks[k + 3].form)
            and toks[k - 1].form[:1].isupper()
            and toks[k - 1].form.isalpha()
        ):
            out.append(Span(toks[k - 1].start, toks[k + 2].end, "ORG", STRONG))
    return out


def _standings_row(rest: Sequence[Tok]) -> bool:
    """``NEW YORK 74 59 .556 -``: wins, losses and a winning percentage after a team."""
    forms = [t.form for t in rest]
    if (
        not forms
        or not _INT.match(forms[0])
        or not all(_INT.match(f) or f in (".", "-", "/") for f in forms)
    ):
        return False
    return any(forms[k] == "." and len(forms[k + 1]) == 3 for k in range(len(forms) - 1))


def _fixture_line(toks: Sequence[Tok]) -> bool:
    """``BALTIMORE AT SEATTLE``: a line that is only two names around ``AT``."""
    forms = [t.form for t in toks]
    if forms.count("AT") != 1 or forms[0] == "AT" or forms[-1] == "AT":
        return False
    return all(f == "AT" or (f[:1].isupper() and f.isupper()) for f in forms)


def _person_context(
    toks: Sequence[Tok], i: int, j: int, cues: dict[str, Any], known: Sequence[Span]
) -> bool:
    """A title or role before (``striker Phil Simmons``), a given name first, a reporting verb
    after (``Geraghty said``), or a country in brackets after (``Tanja Damaske ( Germany )``)."""
    prev = toks[i - 1].form if i > 0 else ""
    prev2 = f"{toks[i - 2].form} {prev}" if i > 1 else ""
    if prev in cues["person_titles"] or prev2 in cues["person_titles"]:
        return True
    if toks[i].form in cues["given_names"] or toks[i].form.title() in cues["given_names"]:
        return True
    nxt = toks[j].form if j < len(toks) else ""
    if nxt in cues["person_verbs"]:
        return True
    if nxt == "(" and j + 2 < len(toks) and toks[j + 2].form == ")":
        hit = covered(known, toks[j + 1].start, toks[j + 1].end)
        return hit is not None and hit.label == "LOC"
    return _person_frame(toks, i, j, cues)


_FIGURES = re.compile(r"^\d+(?:\.\d)?-\d+-\d+-\d+$")
_AGE_WORD = re.compile(r"^[1-9]\d?$")


def _person_frame(toks: Sequence[Tok], i: int, j: int, cues: dict[str, Any]) -> bool:
    """What only a person does in news copy: an age between commas (``Duran , 45 ,``), a
    relative ``who``/``whose`` after a comma, being quoted after ``said`` (``said Rios .``),
    and the scorecard frames of a bowler or fielder (``c Healy b Fleming 44``, ``McGrath
    9.5-0-44-1``)."""
    forms = [t.form for t in toks]
    nxt = forms[j : j + 3]
    prev = forms[i - 1] if i > 0 else ""
    if nxt[:1] == [","] and len(nxt) > 1 and nxt[1] in cues.get("person_relatives", ()):
        return True
    if len(nxt) == 3 and nxt[0] == "," and _AGE_WORD.match(nxt[1]) and nxt[2] in (",", "("):
        return True
    if prev in cues.get("person_verbs", ()) and (not nxt or nxt[0] in (".", ",", '"')):
        return True
    if prev in cues.get("scorecard_marks", ()) and i > 1 and toks[i - 2].form[:1].isalpha():
        return True
    return bool(nxt) and bool(_FIGURES.match(nxt[0]))


def _dateline(text: str, lang: str, lo: int, hi: int, known: Sequence[Span]) -> list[Span]:
    """``MILWAUKEE , Wisconsin 1996-08-29``, ``SEOUL (Reuters) -``: a wire story's dateline
    names the place it was filed from. A date or an agency vouches for the place: capitals
    before a dash alone are as often a slug (``CRICKET -``, a sports or commodity page). A
    place the gazetteer knows keeps its entry (``kb_id``, ``norm``); the date is no name, even
    miscased (``MArch 2``), which the place would otherwise lend its label along a list."""
    m = resources.dateline(lang).match(text, lo, hi)
    if m is None or not (m["date"] or m["agency"]):
        return []
    places = {(k.start, k.end): k for k in known if k.label == "LOC"}
    spans = [m.span(g) for g in ("place", "region") if m[g]]
    out = [
        replace(places[s], priority=STRONG) if s in places else Span(*s, "LOC", STRONG)
        for s in spans
    ]
    if m["date"]:
        out.append(Span(*m.span("date"), "DATE", STRONG, entity=False))
    return out


_SCORE = re.compile(r"^\d{1,3}-\d{1,3}$")
_LOCATIVE = frozenset({"in", "from", "near", "outside", "into", "across", "of", "at"})


def _sports_line(toks: Sequence[Tok], cues: dict[str, Any]) -> bool:
    """Sports news: a sports word (``beat``, ``innings``, ``league``) or a score (``2-1``)."""
    sports = cues.get("sports_cues", frozenset())
    return any(t.form.lower() in sports or _SCORE.match(t.form) for t in toks)


def _team(
    toks: Sequence[Tok],
    i: int,
    j: int,
    cues: dict[str, Any],
    sporty: bool,
    found: tuple[EntityLabel, int] | None,
) -> bool:
    """In sports news a place that fields a club names the club (``Essex beat Kent``,
    ``Dynamo Moscow``, ``Manchester United``), unless a preposition makes it a place."""
    words = [t.form for t in toks[i:j]]
    if j - i > 1 and words[-1] == "United" and words[0] != "United":
        return True
    if not sporty or (found is not None and found[0] == "ORG"):
        return False
    places = cues.get("team_places", frozenset())
    name = " ".join(words)
    prefixes = cues.get("team_prefixes", ())
    home = name in places or name.title() in places
    if j - i == 1 and (name in prefixes or name.title() in prefixes):
        home = True  # Real, Sporting: a club's first word alone names the club
    given = toks[i].form in cues["given_names"] or toks[i].form.title() in cues["given_names"]
    if given and not (j - i == 1 and home):
        return False  # Milan Petrak; but a lone Milan in sports copy is the club
    if j - i > 1 and _INITIAL.match(toks[i].form):
        return False  # J. Corbett: a player
    if j - i > 1 and (
        words[-1] in cues.get("team_suffixes", ()) or words[0] in cues.get("team_prefixes", ())
    ):
        return True  # at Dynamo Moscow: the club, not where it plays
    if _venue(toks, i, j):
        return False
    if home:
        return True
    if j - i < 2:
        return False
    return any(w in places or w.title() in places for w in words)


def _venue(toks: Sequence[Tok], i: int, j: int) -> bool:
    """Where a match is played: after a location preposition (``at Hove``), after the
    ground it names in brackets (``( at Fenner Park , Oldbury )``), or a line's first name
    before a colon (``Oldbury : Wexham beat Pembury``)."""
    if i == 0:
        return j < len(toks) and toks[j].form == ":"
    k = i - 1
    if toks[k].form == "," and j < len(toks) and toks[j].form == ")":
        k -= 1
        while k > 0 and toks[k].form[:1].isupper():
            k -= 1
    return toks[k].form.lower() in _LOCATIVE


def _lone_people(
    lone: Sequence[Tok],
    found: Sequence[Span],
    text: str,
    cues: dict[str, Any],
    known: Sequence[Span],
    first: frozenset[int] | set[int] = frozenset(),
) -> list[Span]:
    """A lone capitalised word is a person when it is the surname of a name found in the same
    text (``Maria Ferreira`` ... ``Ferreira``), ends like one (``-enko``) or has a person's
    context (``Talbot 's``); mid-sentence also when listed with a person. A word that starts
    a sentence (its offset in ``first``) is listed with nothing: its capital may be only the
    sentence's."""
    surnames = {
        text[s.start : s.end].split()[-1].lower()
        for s in found
        if s.label == "PERSON" and " " in text[s.start : s.end]
    }
    endings = cues.get("person_endings_by_length", ())
    out = _listed([t for t in lone if t.start not in first], found, text, known)
    for t in lone:
        low = t.form.lower()
        if covered(known, t.start, t.end) is not None or covered(out, t.start, t.end):
            continue
        if t.form in cues.get("team_places", ()) and low not in surnames:
            continue  # Denver 's lead: a club's home, a place or the club, no one's name
        if (
            low in surnames
            or (len(low) > 4 and ends_with(low, endings))
            or _lone_person_context(text, t, cues)
        ):
            out.append(Span(t.start, t.end, "PERSON", WEAK))
    return out


def _listed(
    lone: Sequence[Tok], found: Sequence[Span], text: str, known: Sequence[Span]
) -> list[Span]:
    """Lone words listed with a name take its kind, along the list (``Harbor ,
    Summit and Keystone`` after one of them is known)."""
    named, out = [*found, *known], []
    todo = [t for t in lone if covered(named, t.start, t.end) is None]
    while todo:
        more = []
        for t in todo:
            label = _listed_with(text, t, named)
            if label is not None:
                more.append(Span(t.start, t.end, label, WEAK))
        if not more:
            break
        named += more
        out += more
        todo = [t for t in todo if covered(more, t.start, t.end) is None]
    return out


_LIST_GAP = re.compile(r"^\s*(?:,|and|or|, and)\s*$")


def _listed_with(text: str, t: Tok, named: Sequence[Span]) -> EntityLabel | None:
    """``Harbor , Summit and Keystone``: a word listed right next to a name (past a
    comma, ``and`` or ``or``) is the same kind of name."""
    labels = {
        s.label
        for s in named
        if s.label in ("PERSON", "ORG", "LOC")
        and (
            (s.end <= t.start and _LIST_GAP.match(text[s.end : t.start]))
            or (s.start >= t.end and _LIST_GAP.match(text[t.end : s.start]))
        )
    }
    return labels.pop() if len(labels) == 1 else None


def _verb_after(word: str, cues: dict[str, Any]) -> bool:
    """``Varga stood``, ``Ostrander retired``: a lower-case word with a past tense's ending
    (``lone_person_verb_endings``) after the name: someone did something."""
    endings = cues.get("lone_person_verb_endings_by_length", ())
    return word.islower() and len(word) > 4 and ends_with(word, endings) is not None


_NEXT_WORD = re.compile(r"\s*('s\b|'|[\w\-]+)")
_LAST_WORD = re.compile(r"([\w\-]+)\s*$")


def _lone_person_context(text: str, t: Tok, cues: dict[str, Any]) -> bool:
    """``Talbot 's``, ``Morrow was``, ``that Ferreira``: a possessive or an auxiliary after an
    unknown capitalised word, or a conjunction before it (``lone_person_after``/``_before``),
    makes a person of it: a place would be known, a company comes with a company's word."""
    nxt = _NEXT_WORD.match(text, t.end)
    if nxt is not None and nxt.group(1) in cues.get("lone_person_after", ()):
        return True
    if nxt is not None and _verb_after(nxt.group(1), cues):
        return True
    prev = _LAST_WORD.search(text, max(0, t.start - 40), t.start)
    return prev is not None and prev.group(1).lower() in cues.get("lone_person_before", ())


def _lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out, pos = [], lo
    for m in re.finditer(r"\n", text[lo:hi]):
        out.append((pos, lo + m.start()))
        pos = lo + m.end()
    out.append((pos, hi))
    return [(a, b) for a, b in out if b > a]
