"""One dateline pattern per language (``lang/<lang>/dateline.json``): its groups on invented
datelines of each shape, and what it declines to call a dateline."""

from __future__ import annotations

import time

import pytest

from streams.extract.entities import find_entities
from streams.extract.resources import dateline

_GROUPS = ("place", "region", "date", "agency", "dash")


def _groups(text: str, lang: str = "en") -> dict[str, str | None] | None:
    m = dateline(lang).match(text)
    return None if m is None else {g: m[g] for g in _GROUPS}


@pytest.mark.parametrize(
    ("text", "place", "region", "date", "agency", "dash"),
    [
        # wire copy: place, date, dash
        ("TALLINN, Oct 14 - Port officials said", "TALLINN", None, "Oct 14", None, "-"),
        ("NEW BRAMPTON, FEB 3 - Shares rose", "NEW BRAMPTON", None, "FEB 3", None, "-"),
        ("ELMVALE, Ont., Nov 3 - The mill said", "ELMVALE", "Ont.", "Nov 3", None, "-"),
        ("ASHFORD, Kent, 9 June - Farmers said", "ASHFORD", "Kent", "9 June", None, "-"),
        ("Bergen, Sept 2 - The fleet sailed", "Bergen", None, "Sept 2", None, "-"),
        # an agency, with or without a date
        ("LISBON, Jan 9 (Reuters) - Banks said", "LISBON", None, "Jan 9", "Reuters", "-"),
        ("VALLETTA (AP) \u2014 The ferry left", "VALLETTA", None, None, "AP", "\u2014"),
        ("GDANSK, April 2, Reuter - Dockers met", "GDANSK", None, "April 2", "Reuter", "-"),
        # AP style: a place in capitals and its region, no date
        ("KYOTO, Japan \u2014 Temple guides said", "KYOTO", "Japan", None, None, "\u2014"),
        # a photo credit before it
        ("(Photo/Ann Lee) HANOI, May 3 (Xinhua) -- Rice", "HANOI", None, "May 3", "Xinhua", "--"),
        # CoNLL: a line of its own, tokenised, ending in an ISO date
        ("GRANADA , Spain 1997-01-15", "GRANADA", "Spain", "1997-01-15", None, None),
        ("ST. ALBANS 1997-01-15", "ST. ALBANS", None, "1997-01-15", None, None),
    ],
)
def test_the_groups_of_each_shape_of_dateline(
    text: str,
    place: str,
    region: str | None,
    date: str | None,
    agency: str | None,
    dash: str | None,
) -> None:
    assert _groups(text) == {
        "place": place,
        "region": region,
        "date": date,
        "agency": agency,
        "dash": dash,
    }


@pytest.mark.parametrize(
    "text",
    [
        "Tesco - the grocer - cut prices.",  # a name in title case before a dash
        "On Monday, May 5, the council voted.",  # a date, but no dash after it
        "LONDON",  # capitals alone
        "GRANADA , Spain 1997-01-15 was sunny .",  # an ISO date ends a dateline's line
        "The council met on May 5 - a Monday.",  # a date and a dash mid-sentence
    ],
)
def test_what_is_no_dateline(text: str) -> None:
    assert _groups(text) is None


def test_a_slug_in_capitals_is_a_dateline_without_date_or_agency() -> None:
    # The pattern admits it (no slot is taken from it); entities want a date or an agency.
    assert _groups("CRICKET - Essex win by an innings") == {
        "place": "CRICKET",
        "region": None,
        "date": None,
        "agency": None,
        "dash": "-",
    }
    assert find_entities("CRICKET - Essex win by an innings", "en", None)[0].text == "Essex"


@pytest.mark.parametrize("lang", ["ko", "und", "xx"])
def test_a_language_without_a_dateline_never_matches(lang: str) -> None:
    assert dateline(lang).match("SEOUL, March 3 (Reuters) - Exports rose.") is None


def test_the_place_of_a_wire_dateline_is_a_location() -> None:
    text = "TALLINN, Oct 14 - Port officials said cargo volumes rose."
    first = find_entities(text, "en", None)[0]
    assert (first.text, first.label) == ("TALLINN", "LOC")


def test_a_miscased_month_of_a_dateline_is_no_name() -> None:
    text = "ELMVALE, Ont., NOv 3 - The mill said it would close."
    assert "NOv" not in {e.text for e in find_entities(text, "en", None)}


def test_a_long_line_of_capitals_is_read_quickly() -> None:
    # A wrong repetition in the pattern would make this take exponential time.
    text = "ABC DEF, " * 2000 + "x"
    start = time.monotonic()
    assert dateline("en").match(text) is None
    assert time.monotonic() - start < 2.0
