"""Money and percent normalisation: every form the extractor promises, in both languages."""

from __future__ import annotations

import pytest

from schemas.models import Event, Magnitude, Segment
from streams.extract.events import _choose_magnitude, find_events
from streams.extract.events_lexicon import Lexicon, TypeLexicon, load_lexicon
from streams.extract.magnitude import (
    find_bare_amounts,
    find_magnitudes,
    parse_money,
    parse_percent,
)
from streams.extract.slots import pick_magnitude

MONEY = [
    ("3억1100만 원", "ko", 311_000_000, "KRW"),
    ("160억 달러", "ko", 16_000_000_000, "USD"),
    ("23조5000억원", "ko", 23_500_000_000_000, "KRW"),
    ("15억 원", "ko", 1_500_000_000, "KRW"),
    ("1조 2000억 원", "ko", 1_200_000_000_000, "KRW"),
    ("5천만원", "ko", 50_000_000, "KRW"),
    ("2.5조원", "ko", 2_500_000_000_000, "KRW"),
    ("3,000만 달러", "ko", 30_000_000, "USD"),
    ("2만1천600원", "ko", 21_600, "KRW"),
    ("1억 2천500만 달러", "ko", 125_000_000, "USD"),
    ("4억여원", "ko", 400_000_000, "KRW"),
    ("$1.2 billion", "ko", 1_200_000_000, "USD"),
    ("1억 유로", "ko", 100_000_000, "EUR"),
    ("160만 엔", "ko", 1_600_000, "JPY"),
    ("50억 위안", "ko", 5_000_000_000, "CNY"),
    ("3억 파운드", "ko", 300_000_000, "GBP"),
    ("$500bn", "en", 500_000_000_000, "USD"),
    ("$1.2 billion", "en", 1_200_000_000, "USD"),
    ("US$3m", "en", 3_000_000, "USD"),
    ("£20 million", "en", 20_000_000, "GBP"),
    ("€3,000", "en", 3_000, "EUR"),
    ("3,000 euros", "en", 3_000, "EUR"),
    ("Rs 500 crore", "en", 5_000_000_000, "INR"),
    ("Rs 2 lakh", "en", 200_000, "INR"),
    ("Rs 840 cr", "en", 8_400_000_000, "INR"),  # Indian English abbreviates crore
    ("Rs 5 Crore", "en", 50_000_000, "INR"),
    ("¥1 trillion", "en", 1_000_000_000_000, "JPY"),
    ("500 million yuan", "en", 500_000_000, "CNY"),
    ("two billion dollars", "en", 2_000_000_000, "USD"),
    ("€3,000", "fr", 3_000, "EUR"),  # symbols work in any language
    # newswire abbreviations and other currencies
    ("140,400 dlrs", "en", 140_400, "USD"),
    ("9.93 mln dlrs", "en", 9_930_000, "USD"),
    ("1.5 billion dlrs", "en", 1_500_000_000, "USD"),
    ("2.3 bln dlrs", "en", 2_300_000_000, "USD"),
    ("eight billion dlrs", "en", 8_000_000_000, "USD"),
    ("500 mln Canadian dlrs", "en", 500_000_000, "CAD"),
    ("40 mln Australian dlrs", "en", 40_000_000, "AUD"),
    ("50 mln stg", "en", 50_000_000, "GBP"),
    ("300 mln guilders", "en", 300_000_000, "NLG"),
    ("1.2 billion yen", "en", 1_200_000_000, "JPY"),
    ("A$200 million", "en", 200_000_000, "AUD"),
    ("C$1.5 billion", "en", 1_500_000_000, "CAD"),
    # A dollar's country written out before the sign, as agencies write it from abroad.
    ("Canadian $16.6 billion", "en", 16_600_000_000, "CAD"),
    ("Australian $450 million", "en", 450_000_000, "AUD"),
    ("New Zealand $30 million", "en", 30_000_000, "NZD"),
    ("Hong Kong $2 billion", "en", 2_000_000_000, "HKD"),
    ("Singapore $75 million", "en", 75_000_000, "SGD"),
    ("HK$3bn", "en", 3_000_000_000, "HKD"),
    # Australian and New Zealand papers put the country after the sign.
    ("$US45 billion", "en", 45_000_000_000, "USD"),
    ("$A1.2 billion", "en", 1_200_000_000, "AUD"),
    ("$NZ30 million", "en", 30_000_000, "NZD"),
    ("₩5 trillion", "en", 5_000_000_000_000, "KRW"),
    ("3 trillion won", "en", 3_000_000_000_000, "KRW"),
    ("5 billion renminbi", "en", 5_000_000_000, "CNY"),
    ("200 million rupees", "en", 200_000_000, "INR"),
    ("1.2 billion ringgit", "en", 1_200_000_000, "MYR"),
    ("$2.5-billion", "en", 2_500_000_000, "USD"),
    ("1.1 billion marks", "en", 1_100_000_000, "DEM"),
    ("Rs 1.2 lakh crore", "en", 1_200_000_000_000, "INR"),  # stacked multipliers
    ("half a billion dollars", "en", 500_000_000, "USD"),
    ("a half million dollars", "en", 500_000, "USD"),
    ("an additional billion dollars", "en", 1_000_000_000, "USD"),
    ("another billion dollars", "en", 1_000_000_000, "USD"),
    ("Dh2 billion", "en", 2_000_000_000, "AED"),
    ("Rmb5bn", "en", 5_000_000_000, "CNY"),
    ("3.3조 원", "ko", 3_300_000_000_000, "KRW"),
    ("5억불", "ko", 500_000_000, "USD"),  # headline shorthand for dollars
    ("20억弗", "ko", 2_000_000_000, "USD"),
    ("1조2천억원", "ko", 1_200_000_000_000, "KRW"),
    ("100억 홍콩 달러", "ko", 10_000_000_000, "HKD"),
    # headline and ticker shorthand: capitalised or one-letter multipliers, "mil"
    ("€4.3B", "en", 4_300_000_000, "EUR"),
    ("$9 Billion", "en", 9_000_000_000, "USD"),
    ("$600 mil", "en", 600_000_000, "USD"),
    ("US$7 bil", "en", 7_000_000_000, "USD"),  # "US$7 bil." in a headline
    ("\ufffd2.6 million", "en", 2_600_000, "GBP"),  # a pound sign lost to a wrong encoding
    ("Tk 23 million", "en", 23_000_000, "BDT"),
    ("$2.5M", "en", 2_500_000, "USD"),
    ("$500K", "en", 500_000, "USD"),
    ("€1.2 BN", "en", 1_200_000_000, "EUR"),
    ("US$3MM", "en", 3_000_000, "USD"),
    # ISO codes of currencies beyond the majors, before or after the amount
    ("NOK 4.5 billion", "en", 4_500_000_000, "NOK"),
    ("SAR 12 billion", "en", 12_000_000_000, "SAR"),
    ("LVL 500 million", "en", 500_000_000, "LVL"),
    ("GHS 2.4 billion", "en", 2_400_000_000, "GHS"),
    # Kenyan papers write shillings as "Sh" before a scaled amount or thousands
    ("Sh35 billion", "en", 35_000_000_000, "KES"),
    ("KSh2.5 million", "en", 2_500_000, "KES"),
    ("Sh300,000", "en", 300_000, "KES"),
    ("2 billion PLN", "en", 2_000_000_000, "PLN"),
    # currencies named by their word in English copy, beyond the majors
    ("5.2 million levs", "en", 5_200_000, "BGN"),
    ("60,000 litas", "en", 60_000, "LTL"),
    ("300 million Czech crowns", "en", 300_000_000, "CZK"),
    ("2.5 billion lei", "en", 2_500_000_000, "RON"),
    ("40 billion hryvnias", "en", 40_000_000_000, "UAH"),
    ("1.5 billion Egyptian pounds", "en", 1_500_000_000, "EGP"),
    ("30억 크로나", "ko", 3_000_000_000, "SEK"),
    # currency words some writers capitalise
    ("476.3 billion Euros", "en", 476_300_000_000, "EUR"),
    ("5 million Pounds", "en", 5_000_000, "GBP"),
    ("10,000 Swiss Francs", "en", 10_000, "CHF"),
    ("1.5 billion Egyptian Pounds", "en", 1_500_000_000, "EGP"),
    ("50억 리얄", "ko", 5_000_000_000, "SAR"),
]


@pytest.mark.parametrize(("text", "lang", "value", "unit"), MONEY)
def test_money_forms(text: str, lang: str, value: int, unit: str) -> None:
    mag = parse_money(text, lang)
    assert mag is not None, text
    assert mag.unit == unit
    assert mag.value == value and float(mag.value).is_integer()
    [span] = find_magnitudes(f"총 {text} 규모", lang)
    assert span.kind == "MONEY" and span.text == text and span.magnitude == mag


PERCENT = [
    ("125%", 125, "%"),
    ("125 %", 125, "%"),
    ("125 percent", 125, "%"),
    ("125 per cent", 125, "%"),
    ("25퍼센트", 25, "%"),
    ("3.5%p", 3.5, "%p"),
    ("3.5%포인트", 3.5, "%p"),
    ("3.5 percentage points", 3.5, "%p"),
    ("25 basis points", 0.25, "%p"),
]


@pytest.mark.parametrize(("text", "value", "unit"), PERCENT)
def test_percent_forms(text: str, value: float, unit: str) -> None:
    mag = parse_percent(text)
    assert mag is not None and mag.unit == unit and mag.value == pytest.approx(value)


def test_an_amount_after_an_ellipsis_is_read_whole() -> None:
    # A headline's "..." is no decimal point: the amount starts at its first digit.
    [span] = find_magnitudes("사업자 5곳 제재...4억2000만원 과징금", "ko")
    assert span.magnitude == Magnitude(value=420_000_000, unit="KRW")
    assert [m.text for m in find_magnitudes("fines of 1.5 billion dollars", "en")] == [
        "1.5 billion dollars"
    ]


def test_parenthesised_conversion_gives_both_amounts() -> None:
    text = "약 160억 달러(23조5000억원) 규모"
    spans = find_magnitudes(text, "ko")
    assert [(s.text, s.magnitude.value, s.magnitude.unit) for s in spans] == [
        ("160억 달러", 16_000_000_000, "USD"),
        ("23조5000억원", 23_500_000_000_000, "KRW"),
    ]
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_range_is_one_span_with_upper_bound() -> None:
    [span] = find_magnitudes("관세율 20∼30% 인상", "ko")
    assert span.text == "20∼30%" and span.magnitude.value == 30
    [money] = find_magnitudes("가격은 20만∼30만 달러", "ko")
    assert money.text == "20만∼30만 달러" and money.magnitude.value == 300_000


def test_offsets_window_and_bounds() -> None:
    text = "A 125% B 3억1100만 원 C"
    assert [s.text for s in find_magnitudes(text, "ko", start=6)] == ["3억1100만 원"]
    assert [s.text for s in find_magnitudes(text, "ko", end=8)] == ["125%"]


@pytest.mark.parametrize(
    "text",
    [
        "3원칙을 세웠다",
        "10만 명이 모였다",
        "H20 칩",
        "$5 million 3 years ago"[:0],
        "3 m long",
        "3불가 원칙",
        "2만불만 해소",
    ],
)
def test_not_money(text: str) -> None:
    assert [s for s in find_magnitudes(text, "ko") if s.kind == "MONEY"] == []


@pytest.mark.parametrize("text", ["PHP 8 was released in November", "COP 28 opened in Dubai"])
def test_codes_that_are_other_words_are_not_money(text: str) -> None:
    assert find_magnitudes(text, "en") == []


@pytest.mark.parametrize("text", ["Google to invest $10G in offices", "$100s of millions"])
def test_sign_glued_to_a_letter_is_not_money(text: str) -> None:
    assert [s for s in find_magnitudes(text, "en") if s.kind == "MONEY"] == []


def test_amount_stops_before_unrelated_number() -> None:
    [span] = find_magnitudes("$5 million 3 years ago", "en")
    assert span.text == "$5 million" and span.magnitude.value == 5_000_000


@pytest.mark.parametrize(
    ("text", "value"),
    [("R&D 예산 3.4조 삭감", 3_400_000_000_000), ("예산 5천억을 깎아", 500_000_000_000)],
)
def test_headline_bare_amounts(text: str, value: int) -> None:
    [span] = find_bare_amounts(text, "ko", "KRW")
    assert span.magnitude.value == value and span.magnitude.unit == "KRW"


@pytest.mark.parametrize(
    "text",
    [
        "1만명 감축",
        "30만 가구",
        "3억1100만원 삭감",
        "2025년 예산",
        "관세 125%",
        # a count whose unit follows the whole number, not a shorter money amount inside it
        "쌀 내년 5만1천t 첫수입",
        "5만1천톤 수입",
    ],
)
def test_bare_amounts_skip_counts_money_and_rates(text: str) -> None:
    assert find_bare_amounts(text, "ko", "KRW") == []


@pytest.mark.parametrize(
    "text",
    [
        "The panel cut 40 mln dlrs from roads and 25 mln dlrs from parks, a total reduction of"
        " 65 mln dlrs, aides said.",
        "The council cut $40m from roads and $25m from parks, cuts amounting to $65m.",
    ],
)
def test_money_total_stated_by_a_longer_phrase(text: str) -> None:
    lex = load_lexicon("en")
    assert lex is not None
    [tlex] = [t for t in lex.types if t.type.value == "budget_cut"]
    trig = (text.index("cut"), text.index("cut") + 3)
    mag, _ = pick_magnitude(text, lex, tlex, (0, len(text)), trig)
    assert mag == Magnitude(value=65_000_000, unit="USD")


def _ko_type(kind: str) -> tuple[Lexicon, TypeLexicon]:
    lex = load_lexicon("ko")
    assert lex is not None
    [tlex] = [t for t in lex.types if t.type.value == kind]
    return lex, tlex


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("정부는 수입 원두의 관세율을 8%에서 0%로 낮춘다고 밝혔다.", 0),
        ("정부는 관세율 0% 품목을 빼고 나머지 관세를 25%로 올린다고 밝혔다.", 25),
    ],
)
def test_rate_set_to_zero_is_the_new_level(text: str, value: int) -> None:
    lex, tlex = _ko_type("tariff_change")
    trig = (text.index("낮춘다" if value == 0 else "올린다"), text.index("다고"))
    mag, _ = pick_magnitude(text, lex, tlex, (0, len(text)), trig)
    assert mag == Magnitude(value=value, unit="%")


def test_level_in_body_beats_points_change_in_headline() -> None:
    _, tlex = _ko_type("tariff_change")
    headline = (Magnitude(value=15, unit="%p"), None)
    body = (Magnitude(value=35, unit="%"), Magnitude(value=20, unit="%"))
    assert _choose_magnitude(tlex, iter([headline, body])) == body
    assert _choose_magnitude(tlex, iter([headline])) == headline


@pytest.mark.parametrize(
    ("cut", "value"),
    [("이 사업 예산을 전액 삭감했다.", 1_200_000_000), ("이 사업 예산 일부를 삭감했다.", None)],
)
def test_whole_item_cut_takes_the_amount_stated_before(cut: str, value: int | None) -> None:
    text = f"가온시는 올해 청년 월세 지원 사업에 12억 원을 편성했다. 그러나 시의회가 28일 {cut}"
    seg = Segment(index=0, start=0, end=len(text))
    [event] = [e for e in find_events(text, "ko", [seg], [], None) if e.type.value == "budget_cut"]
    want = None if value is None else Magnitude(value=value, unit="KRW")
    assert event.magnitude == want


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # A Sydney paper's bare "$" is Australian dollars.
        (
            "Canberra slashed $328 million from research grants, Australian universities said.",
            "AUD",
        ),
        # A story that names the United States as often keeps US dollars.
        ("Washington fined the Australian unit $5 million, U.S. officials said in Sydney.", "USD"),
        ("Ottawa cut $40 million from the program, Canadian officials said.", "CAD"),
        ("The agency fined the bank $40 million.", "USD"),
        # A local story names its state or province once and the United States not at all.
        ("The Queensland transport agency fined the bus operator $12,000 on Friday.", "AUD"),
        ("The Manitoba government cut $8 million from rural clinics.", "CAD"),
        # Named once, but the United States too: US dollars, as before.
        ("The Queensland miner paid $12,000 to U.S. regulators.", "USD"),
        # Wires, and writers who prefix other dollars (A$), keep "$" for US dollars.
        (
            "SYDNEY (Reuters) - The Australian miner approved a $3.4 billion mine in Australia.",
            "USD",
        ),
        ("Australian miners in Perth paid $40 million, or A$60 million.", "USD"),
        # An explicit US$ stays US dollars whatever the country.
        ("Australian miners in Perth paid US$40 million.", "USD"),
        # "dollars" without a country is the local dollar too; "US dollars" is not.
        ("The Canadian government cut one billion dollars from Ontario's grants.", "CAD"),
        ("The Canadian government cut one billion US dollars from Ontario's grants.", "USD"),
        # Kiwis and Wellington name New Zealand as the country's own name does.
        ("Wellington will cut $1.5 billion from the public service, Kiwi officials said.", "NZD"),
        # A paper that marks US dollars with "$US" (and its own with "$A") writes "$" for its own.
        ("Australian miners in Perth paid $40 million, or $US26 million.", "AUD"),
        ("Australian miners in Perth paid $40 million ($A40 million), Australia said.", "AUD"),
    ],
)
def test_bare_dollar_is_the_dollar_of_the_country_the_text_names(text: str, unit: str) -> None:
    money = [m for m in find_magnitudes(text, "en") if m.kind == "MONEY"]
    assert money[0].magnitude.unit == unit


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # The cut's own percent in the lead is its size, not a dollar sum a later sentence gives.
        (
            "The town council voted to cut 15% of its grant to the county museum on Tuesday. "
            "Last month the museum's grant had already been reduced to $310,000, its director "
            "said.",
            Magnitude(value=15, unit="%"),
        ),
        # Where the percent is a level ("to 0.4% of national income from 0.6%"), the sum is.
        (
            "The government will cut its aid budget to 0.4% of national income from 0.6%. "
            "The reduction amounts to about $3 billion a year, officials said.",
            Magnitude(value=3_000_000_000, unit="USD"),
        ),
    ],
)
def test_a_cut_is_sized_by_its_first_amount_of_either_kind(text: str, want: Magnitude) -> None:
    seg = Segment(index=0, start=0, end=len(text))
    events = find_events(text, "en", [seg], [], None)
    [event] = [e for e in events if e.type.value == "budget_cut"]
    assert event.magnitude == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # A share per party gives way to the total another sentence states for the act.
        (
            "en",
            "The regulator fined four banks on Monday. Each of the banks was fined $2 million "
            "for breaking cash rules. The fines totalled $8 million, the regulator said.",
            Magnitude(value=8_000_000, unit="USD"),
        ),
        (
            "ko",
            "공정위는 20일 A사와 B사, C사에 각각 1천만원씩 과징금을 부과했다고 밝혔다. "
            "공정위는 이들 3개사에 모두 3천만원의 과징금을 부과했다.",
            Magnitude(value=30_000_000, unit="KRW"),
        ),
        (
            "ko",
            "공정위는 20일 A사와 B사, C사에 500만원씩 과징금을 부과했다고 밝혔다. "
            "공정위는 이들 3개사에 모두 1500만원의 과징금을 부과했다.",
            Magnitude(value=15_000_000, unit="KRW"),
        ),
        # Without a share per party, the evidence's own amount stands.
        (
            "en",
            "The regulator fined Alpha Bank $2 million on Monday for breaking cash rules. "
            "The fines totalled $8 million this year, the regulator said.",
            Magnitude(value=2_000_000, unit="USD"),
        ),
    ],
)
def test_a_share_per_party_gives_way_to_a_stated_total(
    lang: str, text: str, want: Magnitude
) -> None:
    seg = Segment(index=0, start=0, end=len(text))
    events = find_events(text, lang, [seg], [], None)
    [event] = [e for e in events if e.type.value == "sanction_fine"]
    assert event.magnitude == want


@pytest.mark.parametrize(
    "text",
    [
        "구의회는 22일 총 9억2000만원의 추경예산 가운데 도로 보수비 3억1000만원을 삭감했다.",
        "구의회는 22일 총 9억2000만원의 구청 추경예산 중 도로 보수비 3억1000만원을 삭감했다.",
    ],
)
def test_the_whole_a_cut_is_taken_from_is_no_total_of_the_cut(text: str) -> None:
    seg = Segment(index=0, start=0, end=len(text))
    [event] = [e for e in find_events(text, "ko", [seg], [], None) if e.type.value == "budget_cut"]
    assert event.magnitude == Magnitude(value=310_000_000, unit="KRW")


def test_a_dateline_names_the_country_of_a_bare_dollar() -> None:
    text = "PERTH — The Western Australian government will cut $30 million from the fund."
    money = [m for m in find_magnitudes(text, "en") if m.kind == "MONEY"]
    assert money[0].magnitude.unit == "AUD"


def test_a_range_before_the_new_rate_is_the_old_level() -> None:
    text = "정부는 수입 옥수수에 기본관세 15~20%를 5%로 낮춘 할당관세를 적용한다고 밝혔다."
    lex, tlex = _ko_type("tariff_change")
    trig = (text.index("관세"), text.index("관세") + 2)
    mag, _ = pick_magnitude(text, lex, tlex, (0, len(text)), trig)
    assert mag == Magnitude(value=5, unit="%")


def test_headline_dollar_is_read_with_the_body() -> None:
    body = (
        "The Coalition will slash university research funding next year, Australian "
        "vice-chancellors said in Canberra on Monday."
    )
    title = "Coalition to cut $2 billion from university research"
    seg = Segment(index=0, start=0, end=len(body), title=title)
    [event] = [e for e in find_events(body, "en", [seg], [], None) if e.type.value == "budget_cut"]
    assert event.magnitude == Magnitude(value=2_000_000_000, unit="AUD")


@pytest.mark.parametrize(
    ("lang", "title", "body", "want"),
    [
        (
            "ko",
            "가온전지, 美조지아 공장에 4300억원 추가 투자",
            "가온전지가 미국 조지아주 공장에 3억2500만달러(약 4300억원)를 추가로 투자한다고 "
            "16일 밝혔다.",
            Magnitude(value=325_000_000, unit="USD"),
        ),
        (
            "en",
            "Carmaker to invest $2.7 billion in British plants",
            "The carmaker said on Tuesday it would invest £2 billion ($2.7 billion) in its "
            "British plants over five years.",
            Magnitude(value=2_000_000_000, unit="GBP"),
        ),
    ],
)
def test_headline_conversion_gives_way_to_the_amount_the_body_states(
    lang: str, title: str, body: str, want: Magnitude
) -> None:
    # Headlines give the reader's currency; the act is sized in the currency it was made in.
    seg = Segment(index=0, start=0, end=len(body), title=title)
    events = find_events(body, lang, [seg], [], None)
    [event] = [e for e in events if e.type.value == "investment_pledge"]
    assert event.magnitude == want


@pytest.mark.parametrize(
    ("text", "lang", "rate"),
    [
        # A range of rates gives the act's rate as the first bound stated.
        (
            "The EU on Friday imposed anti-dumping duties ranging from 18.4% to 22.5% on steel.",
            "en",
            18.4,
        ),
        (
            "The EU on Friday imposed anti-dumping duties of between 18.4% and 22.5% on steel.",
            "en",
            18.4,
        ),
        ("무역위원회는 중국산 철선에 5.81~14.17%의 덤핑방지관세를 부과하기로 했다.", "ko", 5.81),
        # A change from one rate to another keeps the new rate.
        ("The United States raised tariffs on Chinese goods from 10% to 25% on Friday.", "en", 25),
    ],
)
def test_a_range_of_rates_gives_its_first_bound(text: str, lang: str, rate: float) -> None:
    seg = Segment(index=0, start=0, end=len(text))
    [event] = [
        e for e in find_events(text, lang, [seg], [], None) if e.type.value == "tariff_change"
    ]
    assert event.magnitude == Magnitude(value=rate, unit="%")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "ISLAMABAD: Pakistan's government cut the development budget by Rs250 billion, the"
            " Pakistani finance ministry said.",
            "PKR",
        ),
        ("COLOMBO: Sri Lanka fined the firm 5 million rupees, Sri Lankan officials said.", "LKR"),
        # a dateline in capitals names the country's city as the body does
        (
            "LAHORE: The anti-terrorism court imposed fines of Rs1.5 million each, Pakistan said.",
            "PKR",
        ),
        ("India cut the budget by Rs 250 billion, officials in New Delhi said.", "INR"),
        # "Rupee" written before the amount, as some wires do
        ("The regulator imposed a fine of Rupee 5.9 billion on the Indian miner.", "INR"),
        # one mention of another country is not enough to leave the Indian rupee
        ("The ministry cut spending by Rs 250 billion after talks with Pakistan.", "INR"),
        # unless the story was filed there, in a dateline of capitals
        ("KARACHI, May 3 - The court fined the trader Rs 2 million, Indian media said.", "PKR"),
    ],
)
def test_rupee_is_the_rupee_of_the_country_the_text_is_about(text: str, unit: str) -> None:
    [span] = [m for m in find_magnitudes(text, "en") if m.kind == "MONEY"]
    assert span.magnitude.unit == unit


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        # the francs of a Belgian or French story (before the euro) are its country's
        (
            "BRUSSELS, May 4 - Belgium will cut public spending by 20 billion francs this year,"
            " the Belgian budget minister said.",
            "BEF",
            20e9,
        ),
        (
            "PARIS, March 2 - The French group said it would invest five billion francs in new"
            " plants in France over three years.",
            "FRF",
            5e9,
        ),
        # the singular, as wire copy writes an amount used as an adjective
        (
            "PARIS - The French state-owned bank plans a 1.5 billion franc share issue, its Paris"
            " office said.",
            "FRF",
            1.5e9,
        ),
        # bare francs anywhere else are Swiss francs
        ("The regulator fined the bank 3 million francs, the Geneva office said.", "CHF", 3e6),
        ("The Swiss drugmaker will invest 2 billion francs, it said in Paris.", "CHF", 2e9),
        # written in full, the currency is what the words say
        ("The Paris court fined the French bank 2 million Swiss francs.", "CHF", 2e6),
        # a wire story's dateline says whose francs it leaves bare, whoever else it names
        (
            "LUXEMBOURG, June 3 - The steelmaker made a net profit of 740 mln francs.",
            "LUF",
            740e6,
        ),
        (
            "ZURICH, June 3 - A Dutch unit of the Belgian oil group is issuing a 150 mln franc"
            " bond; the Belgian parent guarantees it, Belgium's press said.",
            "CHF",
            150e6,
        ),
        # other words several countries share read the same way
        ("MANILA, May 4 - The Philippine regulator fined the bank 50 mln pesos.", "PHP", 50e6),
        ("The central bank fined the lender 20 mln pesos, Mexican officials said.", "MXN", 20e6),
        ("OSLO, May 4 - The group will invest 1.2 billion crowns in a new plant.", "NOK", 1.2e9),
        ("The airline postponed a 10-billion crown order for 12 jets.", "SEK", 10e9),
        (
            "CAIRO - Egypt cut subsidies by 3 billion pounds, the Egyptian finance ministry said.",
            "EGP",
            3e9,
        ),
        ("The regulator fined the bank 3 million pounds, Egypt's press said.", "GBP", 3e6),
        ("DOHA, May 4 - Qatar will invest 5 billion riyals in new ports.", "QAR", 5e9),
        ("NAIROBI, May 4 - Kenya fined the importer 2 mln shillings.", "KES", 2e6),
        ("KAMPALA, May 4 - Uganda cut the road budget by 40 billion shillings.", "UGX", 40e9),
    ],
)
def test_shared_currency_words_are_the_currency_of_the_country_the_text_is_about(
    text: str, unit: str, value: float
) -> None:
    [span] = [m for m in find_magnitudes(text, "en") if m.kind == "MONEY"]
    assert span.magnitude == Magnitude(value=value, unit=unit)


def test_the_fine_an_appeal_court_imposes_beats_the_one_it_quashes() -> None:
    text = (
        "서울고법 형사3부는 9일 횡령 혐의로 기소된 B씨에게 징역 1년에 벌금 1000만원을 선고한"
        " 원심을 파기하고 징역 3년에 벌금 5000만원을 선고했다."
    )
    [event] = [e for e in _ko_events(text) if e.type.value == "sanction_fine"]
    assert event.magnitude == Magnitude(value=50_000_000, unit="KRW")
    confirmed = "대법원은 의사 C씨에게 벌금 300만원을 선고한 원심을 확정했다."
    [event] = [e for e in _ko_events(confirmed) if e.type.value == "sanction_fine"]
    assert event.magnitude == Magnitude(value=3_000_000, unit="KRW")


def _ko_events(text: str) -> list[Event]:
    return find_events(text, "ko", [Segment(index=0, start=0, end=len(text), title=None)], [], None)


def test_a_slash_between_two_currencies_restates_the_amount() -> None:
    text = "The carmaker's new plant is a C$900 million/US$700 million investment in Ontario."
    [event] = [
        e
        for e in find_events(
            text, "en", [Segment(index=0, start=0, end=len(text), title=None)], [], None
        )
        if e.type.value == "investment_pledge"
    ]
    assert event.magnitude == Magnitude(value=900_000_000, unit="CAD")


def _en_events(text: str) -> list[Event]:
    return find_events(text, "en", [Segment(index=0, start=0, end=len(text), title=None)], [], None)


@pytest.mark.parametrize(
    ("text", "lang", "type_", "expected"),
    [
        # A range of money gives the act's size as its first bound, as several amounts do.
        (
            "위원회는 다온마트 등 5개사에 각각 2천만∼5천만원의 과징금을 부과했다.",
            "ko",
            "sanction_fine",
            Magnitude(value=20_000_000, unit="KRW"),
        ),
        (
            "구청은 업소당 하루 100∼150만원의 과징금을 부과했다.",
            "ko",
            "sanction_fine",
            Magnitude(value=1_000_000, unit="KRW"),
        ),
        # A range of rates written with words ("of 5 to 40 per cent") or "에서 최고 …까지".
        (
            "Ardenia on Monday imposed tariffs of 5 to 40 per cent on imported furniture.",
            "en",
            "tariff_change",
            Magnitude(value=5, unit="%"),
        ),
        (
            "무역위원회는 다온산 합판에 4.12%에서 최고 27%까지의 덤핑방지관세를 부과하기로 했다.",
            "ko",
            "tariff_change",
            Magnitude(value=4.12, unit="%"),
        ),
        # ... but a change from one rate to another keeps the new rate.
        (
            "정부는 수입 합판 관세율을 8%에서 20%까지 올리기로 했다.",
            "ko",
            "tariff_change",
            Magnitude(value=20, unit="%"),
        ),
        # The amount a budget shrank by, not the level it shrank to.
        (
            "도의회는 예결위에서 합의한 내년도 예산 12조4,100억원 가운데 316억원이 줄어든"
            " 12조3,784억원 규모의 예산안 수정안을 확정했다.",
            "ko",
            "budget_cut",
            Magnitude(value=31_600_000_000, unit="KRW"),
        ),
    ],
)
def test_ranges_and_changes_give_the_acts_size(
    text: str, lang: str, type_: str, expected: Magnitude
) -> None:
    events = _ko_events(text) if lang == "ko" else _en_events(text)
    [event] = [e for e in events if e.type.value == type_]
    assert event.magnitude == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Investors pledged R42.5 billion at the Durban summit.", (42_500_000_000, "ZAR")),
        ("The commission fined the bank N150m for breaches.", (150_000_000, "NGN")),
        ("The regulator fined the carrier N2.5bn on Friday.", (2_500_000_000, "NGN")),
        # ... or before an amount grouped in thousands
        ("The ministry fined the importer SR300,000 on Monday.", (300_000, "SAR")),
        ("A court fined the trader R15,000 for the breach.", (15_000, "ZAR")),
        ("The authority fined the hotel QR1,200,000 in May.", (1_200_000, "QAR")),
    ],
)
def test_letter_prefixes_before_a_scaled_amount_or_thousands(
    text: str, expected: tuple[float, str]
) -> None:
    [span] = [m for m in find_magnitudes(text, "en") if m.kind == "MONEY"]
    assert (span.magnitude.value, span.magnitude.unit) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Take the R61 past the N95 mask factory and exit at R2.",
        "Traffic on SR520 and the SR-71 museum reopened; N95 masks were handed out.",
        "Route Sh5 closed after the Sh2 junction flooded.",
    ],
)
def test_a_letter_before_a_bare_number_is_no_currency(text: str) -> None:
    assert [m for m in find_magnitudes(text, "en") if m.kind == "MONEY"] == []


def test_a_ticker_before_an_amount_keeps_the_amounts_currency() -> None:
    text = "The regulator fined Acme Holdings ACME.N 4.5 million pounds on Friday."
    [span] = [m for m in find_magnitudes(text, "en") if m.kind == "MONEY"]
    assert (span.magnitude.value, span.magnitude.unit) == (4_500_000, "GBP")


def test_a_dumping_ruling_over_a_range_of_rates_gives_the_lowest() -> None:
    text = "상무부는 다온산 합판에 대해 최저 3.1%에서 최고 45.2%의 덤핑예비판정을 내렸다."
    [event] = [e for e in _ko_events(text) if e.type.value == "tariff_change"]
    assert event.magnitude == Magnitude(value=3.1, unit="%")


def test_two_round_amounts_a_percent_apart_are_two_amounts() -> None:
    """Headlines round a body's figure (2억8000만 for 2억8300만), but 40억 and 41억 are two exact
    fines: the earlier court's does not refine the one imposed now."""
    text = (
        "서울고법은 11일 다온그룹 회장에게 징역 3년에 집행유예 5년과 벌금 40억원을 선고했다."
        " 앞서 1심은 징역 4년에 벌금 41억원을 선고했었다."
    )
    [event] = [e for e in _ko_events(text) if e.type.value == "sanction_fine"]
    assert event.magnitude == Magnitude(value=4_000_000_000, unit="KRW")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("an administrative fine of 6,854,747.87 TL", "en", Magnitude(value=6854748, unit="TRY")),
        ("a penalty of £2,666,690.49", "en", Magnitude(value=2666690, unit="GBP")),
        ("과징금 3억1100만 원", "ko", Magnitude(value=311000000, unit="KRW")),
    ],
)
def test_money_is_an_integer_amount(text: str, lang: str, expected: Magnitude) -> None:
    """The guideline's money: an integer amount and an ISO currency; cents round half up."""
    money = [m.magnitude for m in find_magnitudes(text, lang) if m.kind == "MONEY"]
    assert money == [expected]


@pytest.mark.parametrize(
    ("text", "upper", "first"),
    [
        # A currency before the first bound only: both share the upper bound's multiplier.
        ("The state will cut $1-2 billion from road building.", 2_000_000_000, 1_000_000_000),
        ("The agency fined the lender $3 to 4 million on Tuesday.", 4_000_000, 3_000_000),
        ("Orvane pledged £1.5–2bn for a wind farm.", 2_000_000_000, 1_500_000_000),
    ],
)
def test_a_range_written_after_one_currency_sign_is_one_amount(
    text: str, upper: float, first: float
) -> None:
    [span] = [m for m in find_magnitudes(text, "en") if m.kind == "MONEY"]
    assert span.magnitude.value == upper
    assert span.low is not None and span.low.value == first
    assert text[span.start : span.end] == span.text


def test_a_range_of_small_sums_keeps_its_first_bound_as_written() -> None:
    """No multiplier after the second number: "$20-30 a head" is twenty dollars, as before."""
    [span] = [m for m in find_magnitudes("tickets cost $20-30 a head", "en") if m.kind == "MONEY"]
    assert span.magnitude.value == 20 and span.text == "$20"


def test_a_crore_amount_without_its_rupee_sign_is_rupees() -> None:
    """Scrapers drop the rupee sign ("a penalty of 12.5 crore on …"); a noun after the amount
    makes it a count ("2.1 crore voters")."""
    text = "The regulator imposed a penalty of 12.5 crore and 3 lakh on two firms, respectively."
    money = [m.magnitude for m in find_magnitudes(text, "en") if m.kind == "MONEY"]
    assert money == [
        Magnitude(value=125_000_000, unit="INR"),
        Magnitude(value=300_000, unit="INR"),
    ]
    assert [m for m in find_magnitudes("It reached 2.1 crore voters.", "en")] == []


def test_a_range_needs_a_multiplier_after_its_second_number() -> None:
    [span] = [m for m in find_magnitudes("fees of $5-1,000 a year", "en") if m.kind == "MONEY"]
    assert span.text == "$5"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # The last group of an exact Korean amount written apart from the scaled ones
        ("12개 사업에서 42억 1,205만 3000원을 감액했다.", "ko", (4_212_053_000, "KRW")),
        ("모두 2억 300원이다.", "ko", (200_000_300, "KRW")),
        # ... but an English amount and a number after it are two amounts
        ("cut $5 million 300 dollars", "en", (5_000_000, "USD")),
    ],
)
def test_an_exact_amount_written_in_groups_is_one_amount(
    text: str, lang: str, expected: tuple[float, str]
) -> None:
    first = next(m for m in find_magnitudes(text, lang) if m.kind == "MONEY")
    assert (first.magnitude.value, first.magnitude.unit) == expected


@pytest.mark.parametrize("text", ["a 17.5-percent duty", "a 17.5-per-cent duty"])
def test_a_hyphenated_percent_is_a_rate(text: str) -> None:
    [span] = find_magnitudes(text, "en")
    assert span.magnitude == Magnitude(value=17.5, unit="%")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the unit written once, after the old rate: both numbers are rates
        ("cut the duty to 3.5 from 7 pct", [3.5, 7.0]),
        ("raised the levy to 25 from 10 percent", [25.0, 10.0]),
        # a zero old rate is a rate too
        ("put the duty back to 5 from 0 pct", [5.0, 0.0]),
        # a year before "from" is no rate
        ("fell to 8 pct in 2024 from 12 pct", [8.0, 12.0]),
    ],
)
def test_a_new_rate_before_from_shares_the_old_rate_s_unit(
    text: str, expected: list[float]
) -> None:
    spans = sorted(find_magnitudes(text, "en"), key=lambda s: s.start)
    assert [s.magnitude for s in spans] == [Magnitude(value=v, unit="%") for v in expected]


def test_a_tariff_cut_to_a_rate_from_another_is_the_new_rate() -> None:
    text = "The cabinet cut the import tariff on soybeans to 3.5 from 7 pct on Tuesday."
    segment = Segment(index=0, start=0, end=len(text))
    [event] = find_events(text, "en", [segment], [], None)
    assert event.magnitude == Magnitude(value=3.5, unit="%")
    assert event.old == Magnitude(value=7.0, unit="%")


@pytest.mark.parametrize(
    ("lang", "text", "kind", "value", "unit"),
    [
        # A lead's round figure, then the body's exact one for the same act.
        (
            "ko",
            "가온구는 불법 광고물을 내건 업체들에 1억 원이 넘는 과태료를 부과했다. 구는 3개 "
            "업체에 1억2천만 원의 과태료를 부과했다고 밝혔다.",
            "sanction_fine",
            120_000_000,
            "KRW",
        ),
        (
            "ko",
            "나래시가 10개 기업과 500억 원 규모의 투자협약을 맺었다. 이번 협약으로 식품 공장이 "
            "들어서는 등 모두 537억원의 투자가 이뤄진다.",
            "investment_pledge",
            53_700_000_000,
            "KRW",
        ),
        (
            "en",
            "The council fined three builders more than £20,000 on Monday. The judge ordered "
            "the firm to pay a £23,500 fine.",
            "sanction_fine",
            23_500,
            "GBP",
        ),
        # Not marked as round: two amounts, the first stated for the act.
        (
            "ko",
            "가온구는 불법 광고물을 내건 업체들에 1억 원의 과태료를 부과했다. 구는 다른 업체에 "
            "1억2천만 원의 과태료를 부과했다고 밝혔다.",
            "sanction_fine",
            100_000_000,
            "KRW",
        ),
        # Round, but the body's figure is past the next round figure: another amount.
        (
            "en",
            "The council fined three builders more than £20,000 on Monday. The judge ordered "
            "the firm to pay a £31,500 fine.",
            "sanction_fine",
            20_000,
            "GBP",
        ),
    ],
    ids=["ko-over", "ko-scale", "en-more-than", "ko-not-round", "en-past-next-round-figure"],
)
def test_round_figure_gives_way_to_the_exact_one(
    lang: str, text: str, kind: str, value: int, unit: str
) -> None:
    seg = Segment(index=0, start=0, end=len(text))
    [event] = [e for e in find_events(text, lang, [seg], [], None) if e.type.value == kind]
    assert event.magnitude == Magnitude(value=value, unit=unit)
