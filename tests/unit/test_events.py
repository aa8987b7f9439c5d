"""Event rules on short sentences written for these tests, and the shared sample post.

Each type has a Korean and an English positive, and negatives of the kinds the guideline
names: look-alikes (금리 인하 / interest-rate cut, 집행유예 / suspended sentence, acquisitions),
hypotheticals, opinions/demands and background from earlier years.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from schemas.models import Event, EventStatus, EventType, Magnitude, Post, Segment
from streams.extract.entities import find_entities
from streams.extract.events import events_component, find_events
from streams.extract.events_frames import match_sentence
from streams.extract.events_lexicon import Lexicon, TypeLexicon, _type, load_lexicon
from streams.pipeline import Component, Pipeline

REF = date(2025, 4, 11)
SAMPLE = (
    Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "cocoa-board-2025-04-11.txt"
)


def _events(text: str, lang: str, ref: date | None = REF) -> list[Event]:
    return find_events(text, lang, [Segment(index=0, start=0, end=len(text))], [], ref)


def _found(text: str, lang: str, type_: EventType) -> Event:
    """The event of a type found with the entities the pipeline would give (slots need them)."""
    seg = [Segment(index=0, start=0, end=len(text))]
    events = find_events(text, lang, seg, find_entities(text, lang, REF), REF)
    return next(e for e in events if e.type == type_)


def _types(text: str, lang: str, ref: date | None = REF) -> set[EventType]:
    return {e.type for e in _events(text, lang, ref)}


def _one(text: str, lang: str, type_: EventType) -> Event:
    found = [e for e in _events(text, lang) if e.type == type_]
    assert found, f"no {type_} in {text!r}"
    return found[0]


POSITIVES = [
    ("ko", EventType.BUDGET_CUT, "서울시의회는 청년 지원 사업 예산 50억 원을 전액 삭감했다."),
    (
        "ko",
        EventType.TARIFF_CHANGE,
        "미국 정부가 한국산 철강에 대한 관세를 10%에서 20%로 인상한다고 발표했다.",
    ),
    ("ko", EventType.EXPORT_CONTROL, "일본 정부가 반도체 소재의 한국 수출 규제를 강화하기로 했다."),
    ("ko", EventType.SANCTION_FINE, "공정거래위원회는 담합한 건설사에 과징금 12억 원을 부과했다."),
    (
        "ko",
        EventType.INVESTMENT_PLEDGE,
        "한빛전자는 미국 텍사스에 50억 달러 규모의 투자 계획을 발표했다.",
    ),
    ("ko", EventType.POLICY_REVERSAL, "정부가 전기요금 인상 계획을 전격 철회했다."),
    ("ko", EventType.SERVICE_SUSPENSION, "폭설로 제주공항의 항공기 운항이 전면 중단됐다."),
    (
        "en",
        EventType.BUDGET_CUT,
        "The city council cut funding for public libraries by $2 million.",
    ),
    (
        "en",
        EventType.TARIFF_CHANGE,
        "The United States raised tariffs on Chinese steel from 10% to 25%.",
    ),
    ("en", EventType.EXPORT_CONTROL, "Japan imposed new export controls on chipmaking equipment."),
    ("en", EventType.SANCTION_FINE, "Regulators fined Acme Corp $5 million for safety violations."),
    (
        "en",
        EventType.INVESTMENT_PLEDGE,
        "Globex said it will invest $2 billion to build a battery plant in Ohio.",
    ),
    ("en", EventType.POLICY_REVERSAL, "The government scrapped its plan to raise fuel taxes."),
    (
        "en",
        EventType.SERVICE_SUSPENSION,
        "The airline suspended all flights to the island after the storm.",
    ),
    (
        "en",
        EventType.SERVICE_SUSPENSION,
        "The startup took its chatbot offline in Italy on Friday.",
    ),
    (
        "en",
        EventType.SANCTION_FINE,
        "The court on Wednesday scrapped the 1.06 billion euro penalty imposed on Intel in 2009.",
    ),
]


@pytest.mark.parametrize(("lang", "type_", "text"), POSITIVES)
def test_positive(lang: str, type_: EventType, text: str) -> None:
    event = _one(text, lang, type_)
    assert text[event.evidence_start : event.evidence_end] == event.evidence
    assert event.rule.startswith(f"{lang}.{type_.value}.") and "@" in event.rule
    assert 0.0 < event.confidence <= 1.0


NEGATIVES = [
    # look-alikes
    ("ko", EventType.BUDGET_CUT, "한국은행이 기준금리를 0.25%포인트 인하했다."),
    ("ko", EventType.TARIFF_CHANGE, "한국은행이 기준금리를 0.25%포인트 인하했다."),
    ("ko", EventType.POLICY_REVERSAL, "법원은 피고인에게 징역 1년에 집행유예 2년을 선고했다."),
    (
        "ko",
        EventType.INVESTMENT_PLEDGE,
        "한빛전자가 독일 기업을 인수하기 위해 20억 달러를 투자하기로 했다.",
    ),
    ("ko", EventType.EXPORT_CONTROL, "지난달 반도체 수출액이 10% 증가했다."),
    ("en", EventType.BUDGET_CUT, "The central bank cut interest rates by a quarter point."),
    ("en", EventType.POLICY_REVERSAL, "The former mayor was given a suspended sentence."),
    ("en", EventType.SERVICE_SUSPENSION, "The former mayor was given a suspended sentence."),
    (
        "en",
        EventType.INVESTMENT_PLEDGE,
        "Globex agreed to acquire Initech for $3 billion to invest in growth.",
    ),
    ("en", EventType.BUDGET_CUT, "The team cut two players from its roster."),
    ("en", EventType.SANCTION_FINE, "The weather was fine and the match went ahead."),
    ("en", EventType.SERVICE_SUSPENSION, "The retailer said online and offline sales rose 5%."),
    (
        "en",
        EventType.SERVICE_SUSPENSION,
        "Let us take this conversation offline, she told analysts.",
    ),
    # hypothetical, opinion, demand, background
    ("ko", EventType.TARIFF_CHANGE, "만약 관세가 인상되면 수출이 줄어들 것이다."),
    ("ko", EventType.POLICY_REVERSAL, "시민단체는 정부에 계획 철회를 촉구했다."),
    ("ko", EventType.BUDGET_CUT, "시는 2019년 예산 10억 원을 삭감한 바 있다."),
    ("ko", EventType.SANCTION_FINE, "공원에서 비둘기에게 먹이를 주면 과태료를 부과할 수 있다."),
    ("en", EventType.TARIFF_CHANGE, "If the government raised tariffs, prices could rise."),
    ("en", EventType.BUDGET_CUT, "Analysts say the council should cut funding for the stadium."),
    ("en", EventType.BUDGET_CUT, "In 2015 the city cut funding for libraries."),
    ("en", EventType.POLICY_REVERSAL, "Protesters urged the government to scrap the plan."),
    (
        "en",
        EventType.TARIFF_CHANGE,
        "Officials met on Tuesday, but no agreement was reached on lifting the steel tariffs.",
    ),
    (
        "en",
        EventType.TARIFF_CHANGE,
        "The two leaders agreed to work toward eliminating tariffs on industrial goods.",
    ),
    (
        "en",
        EventType.SANCTION_FINE,
        "Lawyers said appeals against the regulator's penalties had a mixed record.",
    ),
    (
        "en",
        EventType.SANCTION_FINE,
        "One of the other firms fined, Northgate, has said it will not challenge the decision.",
    ),
    (
        "en",
        EventType.SANCTION_FINE,
        "It appealed to the tribunal, which can reduce or overturn the penalty.",
    ),
    ("en", EventType.SANCTION_FINE, "The referee overturned the penalty decision after a review."),
]


@pytest.mark.parametrize(("lang", "type_", "text"), NEGATIVES)
def test_negative(lang: str, type_: EventType, text: str) -> None:
    assert type_ not in _types(text, lang)


def test_tariff_magnitude_new_and_old_rate() -> None:
    ko = _one(
        "미국 정부가 한국산 철강에 대한 관세를 10%에서 20%로 인상한다고 발표했다.",
        "ko",
        EventType.TARIFF_CHANGE,
    )
    en = _one(
        "The United States raised tariffs on Chinese steel from 10% to 25%.",
        "en",
        EventType.TARIFF_CHANGE,
    )
    assert (ko.magnitude and ko.magnitude.value, ko.old and ko.old.value) == (20, 10)
    assert (en.magnitude and en.magnitude.value, en.old and en.old.value) == (25, 10)
    assert en.magnitude is not None and en.magnitude.unit == "%"


ZERO_RATES = [
    # (lang, text, new rate, old rate): a tariff taken away is set to zero, its stated rate is
    # the old one; a rate the act itself states still wins over an exemption beside it.
    ("en", "The ministry said on Tuesday it will remove the 25% duty on imported pork.", 0, 25),
    ("en", "Seoul exempted frozen fish and coffee beans from import duties on Monday.", 0, None),
    ("en", "The government cut the export duty on husked rice from 10 per cent to nil.", 0, 10),
    ("en", "Canberra will scrap tariffs on 400 items from July, the treasurer said.", 0, None),
    ("en", "The US put a 25% tariff on steel but exempted Canada from the duties.", 25, None),
    ("en", "Washington dropped its threat of 200% tariffs on wine after a deal.", 200, None),
    ("en", "The government lifted the steel tariff to 25% from its current 10%.", 25, 10),
    ("ko", "기획재정부는 수입 돼지고기에 현재 25%인 관세율을 없애기로 했다.", 0, 25),
    ("ko", "정부는 냉동 고등어를 다음 달부터 무관세로 수입하기로 했다.", 0, None),
    ("ko", "정부는 수입 밀가루에 대한 관세를 다음 달부터 면제하기로 했다.", 0, None),
    ("ko", "정부는 양모 등 8개 품목에 연말까지 관세를 부과하지 않기로 했다고 발표했다.", 0, None),
    ("ko", "정부는 철강 제품에 현재 10%인 관세율을 25%로 올리기로 했다.", 25, 10),
    ("ko", "정부는 내년부터 수입 원자재 5개 품목에 할당관세 영세율을 새로 적용한다.", 0, None),
]


@pytest.mark.parametrize(("lang", "text", "new", "old"), ZERO_RATES)
def test_tariff_taken_away_is_a_zero_rate(
    lang: str, text: str, new: float, old: float | None
) -> None:
    event = _one(text, lang, EventType.TARIFF_CHANGE)
    assert event.magnitude is not None and event.magnitude.unit == "%"
    assert (event.magnitude.value, event.old and event.old.value) == (new, old)


FOLLOWING_RATES = [
    # (lang, text, rate): the lead states the act, a sentence after it names the measure again
    # with its rate; a percent in a sentence about something else is no rate of the act.
    (
        "en",
        "The European Union on Friday imposed anti-dumping duties on Chinese steel wire. The"
        " duties range from 12.5% to 30.1% and apply for five years.",
        12.5,
    ),
    (
        "en",
        "China said on Monday it will impose anti-dumping duties on some glass fibre from India."
        " The duty rates applicable to the products have been set at between 8.4% and 61.1% on"
        " exporters in India, the ministry said.",
        8.4,
    ),
    (
        "en",
        "The European Union on Friday imposed anti-dumping duties on Chinese steel wire. Imports"
        " of the wire rose 25% last year.",
        None,
    ),
    (
        "ko",
        "정부는 3일 중국산 철강 후판에 반덤핑 관세를 부과하기로 했다. 관세율은 업체별로"
        " 27.91~38.02%다.",
        27.91,
    ),
    (
        "en",
        "The president announced a 90-day pause for some tariffs on Wednesday. Instead, he said,"
        " a universal customs rate of 10% would apply during the break.",
        10,
    ),
]


@pytest.mark.parametrize(("lang", "text", "rate"), FOLLOWING_RATES)
def test_tariff_rate_from_a_following_sentence(lang: str, text: str, rate: float | None) -> None:
    event = _one(text, lang, EventType.TARIFF_CHANGE)
    assert (event.magnitude and event.magnitude.value) == rate


@pytest.mark.parametrize(
    ("lang", "text", "rate"),
    [
        # Several rates, none marked as the new or old one: the first the sentence states, as
        # the guidelines take the first amount attributed to an act.
        (
            "ko",
            "정부는 수입 냉장고에 대해 50만대 이하 물량에는 20%, 이를 초과하는 물량에는 45%의"
            " 관세를 부과하기로 했다.",
            20,
        ),
        (
            "en",
            "Rolled steel will face 12% and steel wire 30% under the new duties imposed on Monday.",
            12,
        ),
    ],
)
def test_several_rates_give_the_first(lang: str, text: str, rate: float) -> None:
    event = _one(text, lang, EventType.TARIFF_CHANGE)
    assert event.magnitude is not None and event.magnitude.value == rate


def test_money_magnitudes() -> None:
    cut = _one(
        "서울시의회는 청년 지원 사업 예산 50억 원을 전액 삭감했다.", "ko", EventType.BUDGET_CUT
    )
    fine = _one(
        "Regulators fined Acme Corp $5 million for safety violations.",
        "en",
        EventType.SANCTION_FINE,
    )
    assert cut.magnitude is not None and (cut.magnitude.value, cut.magnitude.unit) == (5e9, "KRW")
    assert fine.magnitude is not None and (fine.magnitude.value, fine.magnitude.unit) == (
        5e6,
        "USD",
    )


def test_the_part_taken_from_a_whole_is_the_size() -> None:
    """ "A원 중 B원": A is the whole the cut is taken from, B the cut."""
    event = _one("국회는 총지출 600조원 가운데 4조원을 감액했다.", "ko", EventType.BUDGET_CUT)
    assert event.magnitude is not None and event.magnitude.value == 4e12


LISTED_AMOUNTS = [
    # the amounts of one list, the act named after it: the first amount
    ("시의회는 청년센터 운영비 3000만원과 축제 지원금 2000만원 등을 삭감했다.", 3e7),
    ("도의회는 다목적강당 증축 예산 62억원과 급식시설 보급 33억원을 삭감했다.", 6.2e9),
    # two acts, each with its own amount: the one the trigger acts on
    ("시의회는 청년센터 운영비 3000만원을 증액하고 축제 지원금 2000만원을 삭감했다.", 2e7),
]


@pytest.mark.parametrize(("text", "value"), LISTED_AMOUNTS)
def test_a_list_of_amounts_gives_its_first(text: str, value: float) -> None:
    mag = _one(text, "ko", EventType.BUDGET_CUT).magnitude
    assert mag is not None and (mag.value, mag.unit) == (value, "KRW")


REVERSAL_SIZES = [
    (
        "en",
        "The transit board scrapped its plan to raise bus fares by 15% after a week of protests.",
        (15.0, "%"),
    ),
    (
        "en",
        "The county council cancelled its $12 million plan to widen Route 9 on Tuesday.",
        (12e6, "USD"),
    ),
    ("ko", "한빛물산은 300억원 규모의 물류센터 건립 계획을 철회했다고 10일 밝혔다.", (3e10, "KRW")),
    ("ko", "시는 내년 1월로 예정됐던 상수도 요금 8% 인상을 백지화하기로 했다.", (8.0, "%")),
    ("en", "The ministry reversed its decision to close the clinic.", None),
]


@pytest.mark.parametrize(("lang", "text", "size"), REVERSAL_SIZES)
def test_a_reversal_has_the_size_of_the_act_it_undoes(
    lang: str, text: str, size: tuple[float, str] | None
) -> None:
    mag = _one(text, lang, EventType.POLICY_REVERSAL).magnitude
    assert (mag.value, mag.unit) == size if mag is not None else size is None


def test_a_reversal_keeps_its_own_sentence_as_evidence() -> None:
    # The figure of the day's market is no reason to take its sentence as the U-turn's evidence.
    text = (
        "Fuel prices were in focus on Monday. "
        "The government postponed the planned fuel duty rise. "
        "Airline shares rose 4% as the government postponed the fuel duty rise."
    )
    event = _one(text, "en", EventType.POLICY_REVERSAL)
    assert event.evidence.startswith("The government postponed")


def test_status_from_cue_words() -> None:
    considered = _one(
        "미국은 한 반도체 기업에 벌금 부과를 검토하고 있다.", "ko", EventType.SANCTION_FINE
    )
    threatened = _one(
        "The president threatened to impose tariffs of 50% on imported cars.",
        "en",
        EventType.TARIFF_CHANGE,
    )
    implemented = _one(
        "정부가 전기요금 인상 계획을 전격 철회했다.", "ko", EventType.POLICY_REVERSAL
    )
    assert considered.status == EventStatus.CONSIDERED
    assert threatened.status == EventStatus.THREATENED
    assert implemented.status == EventStatus.IMPLEMENTED


def test_an_act_on_a_condition_is_a_threat_and_the_condition_is_not_the_act() -> None:
    """ "Unless" makes the act a threat, and the words of the condition frame nothing: an
    import tariff on a condition that Mexico curbs migration controls no exports or imports."""
    text = (
        "President Harlan said on Friday he would impose a 25% tariff on all Mexican imports"
        " unless Mexico curbs migration."
    )
    tariff = _one(text, "en", EventType.TARIFF_CHANGE)
    assert tariff.status == EventStatus.THREATENED
    assert EventType.EXPORT_CONTROL not in {e.type for e in _events(text, "en")}
    # The same word before the condition still frames the act.
    banned = "The ministry will curb imports of steel unless prices fall."
    assert _one(banned, "en", EventType.EXPORT_CONTROL).status == EventStatus.THREATENED


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Acme Corp said it plans to invest $2 billion in a battery plant in Ohio.", "en"),
        ("한빛전자는 베트남에 3000억 원을 투자할 계획이라고 밝혔다.", "ko"),
    ],
)
def test_a_planned_investment_is_an_announced_pledge(text: str, lang: str) -> None:
    assert _one(text, lang, EventType.INVESTMENT_PLEDGE).status == EventStatus.ANNOUNCED


def test_slots_actor_and_target() -> None:
    cut = _one(
        "서울시의회는 청년 지원 사업 예산 50억 원을 전액 삭감했다.", "ko", EventType.BUDGET_CUT
    )
    passive = _one(
        "도의회 예산결산특별위원회에서 해당 예산이 전액 삭감됐다.", "ko", EventType.BUDGET_CUT
    )
    fine = _one(
        "공정거래위원회는 담합한 건설사에 과징금 12억 원을 부과했다.", "ko", EventType.SANCTION_FINE
    )
    en = _one(
        "Regulators fined Acme Corp $5 million for safety violations.",
        "en",
        EventType.SANCTION_FINE,
    )
    assert cut.actor == "서울시의회"
    assert passive.actor is not None and "예산결산특별위원회" in passive.actor
    assert (fine.actor, fine.target) == ("공정거래위원회", "건설사")
    assert en.target == "Acme Corp"


@pytest.mark.parametrize(
    ("text", "lang", "kind", "actor"),
    [
        # A leader named by their office acts for their state (GUIDELINES: "the government").
        (
            "도널드 트럼프 미국 대통령이 중국산 제품에 대한 관세를 25%로 인상했다.",
            "ko",
            EventType.TARIFF_CHANGE,
            "미국",
        ),
        (
            "US President Donald Trump imposed a 25% tariff on steel imports on Thursday.",
            "en",
            EventType.TARIFF_CHANGE,
            "United States",
        ),
        # Another name of the place is shown as its first name.
        (
            "The U.S. imposed a 25% tariff on steel imports on Thursday.",
            "en",
            EventType.TARIFF_CHANGE,
            "United States",
        ),
        # An agency's head is shown as the agency.
        (
            "기획재정부 장관이 전기요금 인상 계획을 전격 철회했다.",
            "ko",
            EventType.POLICY_REVERSAL,
            "기획재정부",
        ),
        # A leader without an office title, or a government, stays as written.
        (
            "트럼프 행정부는 중국산 제품에 대한 관세를 25%로 인상했다.",
            "ko",
            EventType.TARIFF_CHANGE,
            "트럼프 행정부",
        ),
    ],
)
def test_an_actor_is_shown_as_the_body_that_acts(
    text: str, lang: str, kind: EventType, actor: str
) -> None:
    assert _found(text, lang, kind).actor == actor


@pytest.mark.parametrize(
    ("text", "lang", "target"),
    [
        # A fine falls on a named party: the offender named as the subject of the clause of
        # the offence, not the thing the offence was about.
        (
            "공정거래위원회는 한빛제약이 납품업체의 판매 장려금을 부당하게 깎은 행위에 대해 "
            "과징금 3억 원을 부과했다.",
            "ko",
            "한빛제약",
        ),
        # A nationality before a name only describes it.
        (
            "The club has fined its Welsh striker Gareth Lloyd two weeks' wages.",
            "en",
            "Gareth Lloyd",
        ),
        # A person named with an honorific (씨) keeps the particle's role after it.
        (
            "서울중앙지법은 음주운전 혐의로 기소된 회사원 A 씨에게 벌금 700만 원을 선고했다.",
            "ko",
            "A",
        ),
        # A named party in the dative stays the target.
        (
            "공정거래위원회가 한빛건설에 과징금 12억 원을 부과했다.",
            "ko",
            "한빛건설",
        ),
    ],
)
def test_a_fine_falls_on_a_named_party(text: str, lang: str, target: str) -> None:
    assert _found(text, lang, EventType.SANCTION_FINE).target == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The regulator fined the lender more than $20 million on Monday.", "lender"),
        ("The watchdog fined Northwind a record $5 billion on Monday.", "Northwind"),
        ("The commission fined the three lenders a total of $40 million.", "three lenders"),
        ("The agency fined the carrier an additional $2 million.", "carrier"),
        ("The commission fined the firm nearly £2m for the breach.", "firm"),
    ],
)
def test_words_sizing_a_fine_are_not_its_target(text: str, target: str) -> None:
    # The object ends where the amount begins; the words that size it ("more than", "a
    # record") stand between the two and belong to the amount.
    assert _found(text, "en", EventType.SANCTION_FINE).target == target


def test_an_agent_after_a_passive_trigger_acts_and_the_subject_is_the_target() -> None:
    fine = _found(
        "Coach Luis Moreno is angry after being fined by the Royal Football Federation.",
        "en",
        EventType.SANCTION_FINE,
    )
    assert (fine.actor, fine.target) == ("Royal Football Federation", "Luis Moreno")


def test_event_date_from_evidence_sentence() -> None:
    event = _one(
        "정부는 9일(현지시간) 전기요금 인상 계획을 철회했다.", "ko", EventType.POLICY_REVERSAL
    )
    assert event.date == date(2025, 4, 9)


def test_parties_from_the_lead_when_the_evidence_names_none() -> None:
    cut = _found(
        "서울시의회는 15일 본회의에서 내년도 예산안을 수정 의결하며 청년 지원 사업 예산을 "
        "삭감했다. 이 가운데 청년 월세 지원 사업 예산 50억 원은 전액 삭감됐다.",
        "ko",
        EventType.BUDGET_CUT,
    )
    assert cut.evidence.startswith("이 가운데")  # the sentence stating the amount
    assert cut.actor == "서울시의회"
    assert cut.magnitude is not None and cut.magnitude.value == 5e9


@pytest.mark.parametrize(
    ("text", "lang", "when"),
    [
        (
            "정부가 전기요금 인상 계획을 철회했다. 물가 부담이 컸다는 분석이다. "
            "산업부는 9일 요금 인상 계획을 철회한다고 발표했다.",
            "ko",
            date(2025, 4, 9),
        ),
        (
            "The city scrapped its plan to close two libraries. Residents had protested for "
            "weeks. The council scrapped the plan on April 8, officials said.",
            "en",
            date(2025, 4, 8),
        ),
        # A day far from the post's, on a restated act of the kind, is an earlier act.
        (
            "정부가 전기요금 인상 계획을 철회했다. 정부는 2023년 5월 2일에도 가스요금 인상 "
            "계획을 철회한 바 있다.",
            "ko",
            None,
        ),
    ],
)
def test_event_date_from_a_restatement_of_the_act(text: str, lang: str, when: date | None) -> None:
    assert _found(text, lang, EventType.POLICY_REVERSAL).date == when


@pytest.mark.parametrize(
    ("text", "lang", "type_"),
    [
        ("정부는 {}전기요금 인상 계획을 철회했다.", "ko", EventType.POLICY_REVERSAL),
        ("Regulators fined Acme Corp $5 million {}for safety violations.", "en", None),
    ],
)
def test_a_month_or_year_is_no_event_date_nor_date_cue(
    text: str, lang: str, type_: EventType | None
) -> None:
    """Months, halves, weeks and years resolve for entities (``date_precision``), but an
    event's date is a day, and the day-based cues (a recent date, weeks before the post) do
    not read a period's first day as a day."""
    type_ = type_ or EventType.SANCTION_FINE
    plain = _one(text.format(""), lang, type_)
    periods = ["올해 상반기 ", "지난주 ", "1월 "] if lang == "ko" else ["in March ", "this year "]
    for when in periods:
        event = _one(text.format(when), lang, type_)
        assert (event.date, event.confidence) == (None, plain.confidence), when


def test_a_bare_month_weeks_back_is_background() -> None:
    """A month without day or year that ended weeks before the post dates the act as
    background ("banned exports in January" in an April story); a month that just ended or
    one ahead does not."""
    text = "Regulators fined Acme Corp $5 million {}for safety violations."
    plain = _one(text.format(""), "en", EventType.SANCTION_FINE).confidence
    assert _one(text.format("in January "), "en", EventType.SANCTION_FINE).confidence < plain
    for when in ["in March ", "in May "]:
        assert _one(text.format(when), "en", EventType.SANCTION_FINE).confidence == plain, when


@pytest.mark.parametrize(
    ("text", "lowered"),
    [
        # Months before the post's month (April): an earlier act told as background.
        ("Regulators fined Acme Corp $5 million in January for safety violations.", True),
        ("The company halted withdrawals in November, citing market turmoil.", True),
        # Last month, or a month a schedule may put ahead ("takes effect in January").
        ("Regulators fined Acme Corp $5 million in March for safety violations.", False),
        ("The tariffs on steel imports take effect in January.", False),
        ("Regulators said they would fine Acme Corp $5 million in January.", False),
        # The month of what the act undoes, in a relative clause, does not date the act.
        ("The ministry scrapped the fuel levy it introduced in January.", False),
        ("Regulators withdrew the fine that they imposed in January on Acme Corp.", False),
        # ... but a main clause after an opening phrase still dates it.
        ("In its ruling the court imposed in January a fine of $5 million on Acme.", True),
    ],
)
def test_a_month_long_before_the_post_is_background(text: str, lowered: bool) -> None:
    """English names an earlier act's month without a day ("fined in June" in an October
    post): a month that ended weeks before the post lowers the score like a day weeks before
    it, unless the sentence states a schedule or the month only dates what the act undoes."""
    lex = load_lexicon("en")
    assert lex is not None
    hits = [match_sentence(lex, t, text, (0, len(text)), REF) for t in lex.types]
    cues = {c for h in hits if h is not None for c in h.cues}
    assert ("past_month" in cues) is lowered, cues


def test_title_and_lead_weigh_more_than_body() -> None:
    body = "오늘 날씨는 맑았다. 시장은 붐볐다. 사람들이 많았다. 시는 예산 일부를 삭감했다고 한다."
    lead = "시는 예산 일부를 삭감했다. 오늘 날씨는 맑았다."
    seg = [Segment(index=0, start=0, end=len(body))]
    body_conf = [e.confidence for e in find_events(body, "ko", seg, [], REF)]
    lead_conf = [e.confidence for e in _events(lead, "ko")]
    assert lead_conf and (not body_conf or body_conf[0] < lead_conf[0])


def test_unknown_language_and_component() -> None:
    assert (
        find_events("Der Zoll wurde erhöht.", "de", [Segment(index=0, start=0, end=21)], [], REF)
        == []
    )
    assert load_lexicon("und") is None

    def clean(doc: object) -> None:
        assert hasattr(doc, "post")
        doc.text = doc.post.text or ""  # type: ignore[attr-defined]
        doc.lang = "en"  # type: ignore[attr-defined]

    pipe = Pipeline(
        [
            Component("clean", clean, provides=("text", "segments", "lang", "entities")),
            Component(
                "events", events_component, requires=("text", "segments", "lang", "entities")
            ),
        ]
    )
    post = Post(
        id="t", text="Regulators fined Acme Corp $5 million.", published_at=datetime(2025, 4, 11)
    )
    assert [e.type for e in pipe.run(post).events] == [EventType.SANCTION_FINE]


def _sample_events() -> list[Event]:
    text = SAMPLE.read_text(encoding="utf-8")
    post = Post(id="sample", text=text, published_at=datetime(2025, 4, 11, 0, 11))
    try:
        from streams.pipeline import default_pipeline

        return default_pipeline().run(post).events
    except ImportError:  # a component not written yet: clean only, no entities
        from streams.clean.component import clean

        pipe = Pipeline(
            [
                Component("clean", clean, provides=("text", "segments", "lang", "entities")),
                Component("events", events_component),
            ]
        )
        return pipe.run(post).events


@pytest.mark.skipif(not SAMPLE.is_file(), reason="shared sample post absent (../shared/samples)")
def test_sample_post() -> None:
    events = {e.type: e for e in _sample_events()}
    reversal = events[EventType.POLICY_REVERSAL]
    assert reversal.actor is not None and "트럼프" in reversal.actor
    assert reversal.target is not None and "H20" in reversal.target
    tariff = events[EventType.TARIFF_CHANGE]
    assert tariff.magnitude is not None and (tariff.magnitude.value, tariff.magnitude.unit) == (
        125,
        "%",
    )
    assert tariff.target == "중국"
    budget = events[EventType.BUDGET_CUT]
    assert budget.magnitude is not None
    assert (budget.magnitude.value, budget.magnitude.unit) == (311_000_000, "KRW")
    assert budget.actor is not None and "예산결산특별위원회" in budget.actor
    assert budget.segment != reversal.segment  # the glued local article is its own segment
    assert len(events) >= 5


def test_a_compound_that_runs_into_the_trigger_gives_its_head_as_the_target() -> None:
    # "반도체 소재 수출 규제 조치": the words before the trigger name what is restricted.
    text = "일본 정부가 한국에 대한 반도체 소재 수출 규제 조치를 해제했다."
    events = find_events(
        text, "ko", [Segment(index=0, start=0, end=len(text))], find_entities(text, "ko", REF), REF
    )
    control = next(e for e in events if e.type is EventType.EXPORT_CONTROL)
    assert control.target == "반도체 소재"


def _english_type(name: str, raw: dict[str, object]) -> tuple[Lexicon, TypeLexicon]:
    """A type built from ``raw`` as the English lexicon builds its own, with that lexicon."""
    lex = load_lexicon("en")
    assert lex is not None
    return lex, _type("en", name, raw, {"ignore_case": True, "word_boundaries": True})


def test_a_type_level_lookalike_masks_every_rule_of_the_type() -> None:
    ctx = {"any": ["budget", "funding"], "window": 40}
    raw = {
        "rules": [
            {"id": "cut", "version": 1, "weight": 0.9, "trigger": ["cut"], "context": [ctx]},
            {"id": "slash", "version": 1, "weight": 0.8, "trigger": ["slashed"], "context": [ctx]},
        ],
        # Shared by both rules, as "tax cut" is by every budget rule in the shipped lexicon.
        "lookalike": ["price\\s+cut", "slashed\\s+prices"],
    }
    lex, tlex = _english_type("budget_cut", raw)
    plain = "The council cut the library budget."
    cut_price = "The shop made a price cut despite its budget."
    slashed_price = "The shop slashed prices to meet its budget."
    hit = match_sentence(lex, tlex, plain, (0, len(plain)), None)
    assert hit is not None and hit.rule_id == "en.budget_cut.cut@1"
    for text in (cut_price, slashed_price):
        assert match_sentence(lex, tlex, text, (0, len(text)), None) is None


def test_a_named_lookalike_set_masks_for_each_rule_that_names_it() -> None:
    ctx = {"any": ["service", "trains"], "window": 40}
    raw = {
        "rules": [
            # the long common part named once, plus one rule's own entry
            {
                "id": "halt",
                "version": 1,
                "weight": 0.9,
                "trigger": ["halted"],
                "context": [ctx],
                "lookalike": [{"set": "markets"}, "halted\\s+the\\s+talks"],
            },
            {
                "id": "stop",
                "version": 1,
                "weight": 0.9,
                "trigger": ["stopped"],
                "context": [ctx],
                "lookalike": [{"set": "markets"}],
            },
        ],
        "lookalike_sets": {"markets": ["(?:halted|stopped)\\s+trading"]},
    }
    lex, tlex = _english_type("service_suspension", raw)
    for text in (
        "The exchange halted trading in the service firm.",
        "The exchange stopped trading in the service firm.",
        "The union halted the talks on the trains.",
    ):
        assert match_sentence(lex, tlex, text, (0, len(text)), None) is None, text
    for text in ("The operator halted all trains.", "The operator stopped all trains."):
        assert match_sentence(lex, tlex, text, (0, len(text)), None) is not None, text


def _lists(node: object) -> list[list[object]]:
    if isinstance(node, dict):
        return [x for v in node.values() for x in _lists(v)]
    if isinstance(node, list):
        return [node, *(x for v in node for x in _lists(v))]
    return []


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_no_lexicon_list_repeats_an_entry(lang: str) -> None:
    # A repeated alternative changes nothing but the next reader's trust in the list.
    path = Path(__file__).resolve().parents[2] / "streams/extract/lang" / lang / "events.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    repeated = [
        s
        for lst in _lists(data)
        for s in {x for x in lst if isinstance(x, str) and lst.count(x) > 1}
    ]
    assert repeated == []


@pytest.mark.parametrize(
    ("text", "lang", "type_", "status"),
    [
        # A fine or a halt reported with no word of status has been imposed or has begun.
        (
            "방송통신위원회가 이동통신 3사에 과징금 500억 원을 물렸다.",
            "ko",
            "sanction_fine",
            "implemented",
        ),
        (
            "카카오톡 서비스에 장애가 발생해 메시지가 전송되지 않았다.",
            "ko",
            "service_suspension",
            "implemented",
        ),
        (
            "The app went offline for six hours on Monday, the company said.",
            "en",
            "service_suspension",
            "implemented",
        ),
        (
            "Northwind was hit with a $2 million penalty by the regulator on Monday.",
            "en",
            "sanction_fine",
            "implemented",
        ),
        # A perfect or past tense of the act says it is done.
        (
            "Northland has banned wheat exports to control rising prices, officials said.",
            "en",
            "export_control",
            "implemented",
        ),
        (
            "The European Union today formally adopted an oil embargo against Northland.",
            "en",
            "export_control",
            "implemented",
        ),
        # The plan a reversal undoes was proposed; the reversal was not.
        (
            "The government scrapped plans to raise the fuel tax, the minister said on Monday.",
            "en",
            "policy_reversal",
            "announced",
        ),
        (
            "The council reversed its plan to close the library, which would have saved $2m.",
            "en",
            "policy_reversal",
            "announced",
        ),
        (
            "정부는 내년부터 추진할 계획이던 유류세 인상안을 전격 철회했다.",
            "ko",
            "policy_reversal",
            "implemented",
        ),
    ],
)
def test_status_when_no_word_states_it(text: str, lang: str, type_: str, status: str) -> None:
    assert _found(text, lang, EventType(type_)).status.value == status


@pytest.mark.parametrize(
    ("text", "type_", "actor", "target"),
    [
        # A passive's subject is what the act falls on; who acts follows "by", if anyone.
        (
            "Acme Bank was fined $3 million by regulators on Monday.",
            "sanction_fine",
            "regulators",
            "Acme Bank",
        ),
        (
            "Coach Dan Reed has been fined £2,000 and banned for six weeks.",
            "sanction_fine",
            None,
            "Dan Reed",
        ),
        (
            "The chemicals maker Acme has agreed to pay a $1.5m fine for bribing an official.",
            "sanction_fine",
            None,
            "Acme",
        ),
        ("Acme faces a $5 million penalty over the leak.", "sanction_fine", None, "Acme"),
        # ... or reports the passive clause.
        (
            "The Northwind Exchange said trading was halted for an hour.",
            "service_suspension",
            "Northwind Exchange",
            None,
        ),
        # A general word as the passive's subject gives way to a named thing after the verb.
        (
            "Trading was suspended today in shares of Northwind Holdings.",
            "service_suspension",
            None,
            "Northwind Holdings",
        ),
        # A verb that makes another pay keeps its subject acting.
        (
            "A court has ordered Acme Water to pay £25,000 in fines.",
            "sanction_fine",
            "court",
            "Acme Water",
        ),
        # A progressive is no passive.
        (
            "The Treasury is imposing sanctions on four officials.",
            "sanction_fine",
            "Treasury",
            "four officials",
        ),
    ],
)
def test_passive_subject_is_affected(
    text: str, type_: str, actor: str | None, target: str | None
) -> None:
    event = _found(text, "en", EventType(type_))
    assert (event.actor, event.target) == (actor, target)


def test_korean_phrases_are_whole_words() -> None:
    # The parser may leave a compound's first syllables out of a noun run ("대화" → "화");
    # a phrase starts where its written word does.
    from streams.extract.events_lexicon import load_lexicon
    from streams.extract.events_phrases import parsed_phrases

    lex = load_lexicon("ko")
    assert lex is not None and lex.parser is not None
    text = "가온톡에서 수발신이 지연되고 이전 대화를 불러오지 못하는 장애가 발생했다."
    phrases = [text[p.start : p.end] for p in parsed_phrases(text, (0, len(text)), lex.parser)]
    assert "수발신" in phrases and "대화" in phrases
    assert all(
        text[p.start - 1].isspace()
        for p in parsed_phrases(text, (0, len(text)), lex.parser)
        if p.start
    )


def test_a_counted_partner_does_not_act_for_its_host() -> None:
    # "2개사와" counts the partners; it names none of them, so the host keeps the actor slot.
    text = "경남 나래시는 7일 시청 접견실에서 가온산업, 다온정밀 2개사와 투자협약을 가졌다."
    assert _found(text, "ko", EventType.INVESTMENT_PLEDGE).actor == "경남 나래시"


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        # A company named with no particle before a fine is the party fined ...
        ('방통위 "인앱결제로 갑질 구글·애플 과징금 680억"', "방송통신위원회", "애플"),
        ("SKT, KT, LG유플러스...'불법 보조금' 1,064억원 과징금 맞아", None, "LG유플러스"),
        # ... a regulator so named fines (its abbreviation is a body's word) ...
        ("공정위 과징금 475억원 부과", "공정거래위원회", None),
        # ... and a name in brackets is neither.
        (
            "공정거래위원회(위원장 홍길동)는 구글이 협력사의 유통마진을 일방적으로 인하한 행위에 "
            "대해 2억 8300만 원의 과징금을 부과했다.",
            "공정거래위원회",
            "구글",
        ),
    ],
)
def test_korean_fined_party_named_before_the_fine(
    text: str, actor: str | None, target: str | None
) -> None:
    event = _found(text, "ko", EventType.SANCTION_FINE)
    assert (event.actor, event.target) == (actor, target)


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        # An organisation's abbreviation is shown as the name it abbreviates.
        ("금감원은 가온은행에 과태료 5억 원을 부과했다.", "ko", "금융감독원"),
        ("방통위는 가온텔레콤에 과징금 3억 원을 부과했다.", "ko", "방송통신위원회"),
        ("The SEC fined Northwind Capital $2 million.", "en", "Securities and Exchange Commission"),
    ],
)
def test_an_abbreviated_actor_is_shown_in_full(text: str, lang: str, actor: str) -> None:
    assert _found(text, lang, EventType.SANCTION_FINE).actor == actor


@pytest.mark.parametrize(
    ("text", "target", "value"),
    [
        # A bracketed conversion after an amount is no word between it and the rest of the
        # phrase: the settlement is read, and its total is the size.
        (
            "Northwind Capital has agreed to pay a total of $240m (£130m) to settle an "
            "investigation into improper fund trading. The sum is made up of $150m to repay "
            "gains and $90m in penalties.",
            "Northwind Capital",
            240_000_000,
        ),
        (
            "Acme Bank agreed to pay $12m (€11m) to settle charges of rigging bond auctions.",
            "Acme Bank",
            12_000_000,
        ),
    ],
)
def test_a_bracketed_conversion_does_not_break_the_frame(
    text: str, target: str, value: int
) -> None:
    event = _found(text, "en", EventType.SANCTION_FINE)
    assert event.magnitude == Magnitude(value=value, unit="USD")
    # The payer is what the act falls on, not who acts; the evidence keeps the conversion.
    assert (event.actor, event.target) == (None, target)
    assert "(" in event.evidence


def test_an_amount_in_trillions_is_money_beside_a_fine() -> None:
    text = (
        "Shares of Gaon Motors fell after the regulator's decision to fine the carmaker 1.2 "
        "trillion won for collusion."
    )
    event = _found(text, "en", EventType.SANCTION_FINE)
    assert event.magnitude == Magnitude(value=1_200_000_000_000, unit="KRW")


@pytest.mark.parametrize(
    ("text", "lang", "type_", "value", "unit"),
    [
        # Parts listed in one sentence add up to the sum the lead states: the total.
        (
            "Northwind Systems has agreed to pay $31.5m after admitting it bribed officials. "
            "It agreed to pay $12m in criminal penalties, as well as $19.5m to settle a civil "
            "case brought by the securities regulator.",
            "en",
            "sanction_fine",
            31_500_000,
            "USD",
        ),
        # Amounts far apart in a sentence are no list of parts, even when they add up.
        (
            "The court ordered Acme to pay a fine of $2m. The $2m fine follows a long dispute "
            "over a land deal in the north of the state, on which the company had earned $3m. "
            "Acme had sought $5m in damages from its partner.",
            "en",
            "sanction_fine",
            2_000_000,
            "USD",
        ),
    ],
    ids=["parts", "not-listed"],
)
def test_parts_that_add_up_to_a_stated_total_give_way_to_it(
    text: str, lang: str, type_: str, value: int, unit: str
) -> None:
    assert _found(text, lang, EventType(type_)).magnitude == Magnitude(value=value, unit=unit)


@pytest.mark.parametrize(
    ("text", "type_", "value", "unit"),
    [
        # A share of trade ("account for 60 percent of") is no tariff rate.
        (
            "The government said on Monday it plans to impose tariffs on $20 billion worth of "
            "goods from Northland. Farm goods on the list of goods subject to the tariffs "
            "account for 60 percent of Northland's farm exports to the country.",
            "tariff_change",
            20_000_000_000,
            "USD",
        ),
    ],
    ids=["share-is-no-rate"],
)
def test_a_share_is_no_rate(text: str, type_: str, value: int, unit: str) -> None:
    assert _found(text, "en", EventType(type_)).magnitude == Magnitude(value=value, unit=unit)


@pytest.mark.parametrize(
    "text",
    [
        # The rate after "in response to" is the answered act's; the answer is sized in money.
        "OTTAWA (AP) - Canada will put Canadian $4.2 billion in retaliatory tariffs on "
        "Northland goods in response to the 20% cement tariffs that Northland imposed last "
        "week, officials said on Tuesday.",
        # Another sentence's rate belongs to the act its clause looks back on ("after he
        # imposed …"), not to this one; nor does the rate of a measure the answer responds to.
        "Canada announced Canadian $4.2 billion in retaliatory tariffs against Northland on "
        "Tuesday. Exporters are angry with Northland's president after he imposed a 20 percent "
        "tariff on Canadian cement. Mexico also unveiled new duties on Northland goods on "
        "Tuesday, responding within hours to Northland's increase in cement tariffs to 20%.",
    ],
    ids=["same-sentence", "other-sentences"],
)
def test_the_rate_of_an_answered_act_is_not_the_answers_size(text: str) -> None:
    event = _found(text, "en", EventType.TARIFF_CHANGE)
    assert event.magnitude == Magnitude(value=4_200_000_000, unit="CAD")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "LONDON, May 6 - The city council voted on Tuesday to halve funding for the Riverside "
            "youth service.",
            "en",
        ),
        (
            "The regional assembly cut the museum grant in half on Friday, its finance chief said.",
            "en",
        ),
        ("시의회는 23일 내년도 청년수당 예산을 절반으로 삭감했다.", "ko"),
        # The lead states the cut, a later sentence its size in words.
        (
            "WASHINGTON, May 6 - The Senate voted on Tuesday to slash aid to Northland because "
            "of corruption. In what opponents called a surprise, the Senate voted 58 to 31 to "
            "halve the aid.",
            "en",
        ),
    ],
    ids=["halve", "in-half", "ko-half", "later-sentence"],
)
def test_a_cut_by_half_is_a_cut_of_fifty_percent(text: str, lang: str) -> None:
    event = _found(text, lang, EventType.BUDGET_CUT)
    assert event.magnitude == Magnitude(value=50, unit="%")


def test_a_stated_figure_beats_the_half() -> None:
    text = "The council voted on Tuesday to halve the arts grant, cutting $2 million from it."
    assert _found(text, "en", EventType.BUDGET_CUT).magnitude == Magnitude(
        value=2_000_000, unit="USD"
    )


@pytest.mark.parametrize(
    ("text", "type_", "found"),
    [
        # A fine a named party paid is an act, though the sentence names the law it broke ...
        (
            "Acme Insurance admitted a violation of state insurance law and paid a fine of "
            "250,000 dlrs levied by the state insurance department, the company said.",
            "sanction_fine",
            True,
        ),
        # ... while a law that sets fines for anyone stays no act.
        (
            "Under the new law, companies that break the rules would pay a fine of up to "
            "250,000 dlrs.",
            "sanction_fine",
            False,
        ),
        # Wire copy writes an amount as "390 mln dlr" before the thing it pays for.
        (
            "TORONTO, March 3 - Northwood Paper Ltd said it plans a 390 mln dlr modernization "
            "and expansion of its newsprint operations in northern Ontario.",
            "investment_pledge",
            True,
        ),
        # A market report's close is no halt.
        (
            "Frozen pork bellies fell sharply on the outlook for greater production and closed "
            "with limit losses.",
            "service_suspension",
            False,
        ),
    ],
    ids=["fine-paid-under-a-law", "law-sets-fines", "mln-dlr-expansion", "closed-with-losses"],
)
def test_wire_phrasings(text: str, type_: str, found: bool) -> None:
    assert (EventType(type_) in _types(text, "en")) == found


@pytest.mark.parametrize(
    ("text", "type_", "actor"),
    [
        # The speaker tells of the act; the subject of the clause it reports acts.
        (
            "Trade Secretary Anna Holm said the Netherlands would go ahead with planned 200 mln "
            "dlr sanctions against Northland steel makers next month.",
            "sanction_fine",
            "Netherlands",
        ),
        (
            "Northwind Energy said Gaon Steel Co will build a 90 mln dlr plant in Ohio next year.",
            "investment_pledge",
            "Gaon Steel Co",
        ),
        # ... unless that subject is the speaker's own body: the company acts through it.
        (
            "Northwind Energy said its board approved a 90 mln dlr expansion of its mill in Ohio.",
            "investment_pledge",
            "Northwind Energy",
        ),
        # ... or a place, or a body holding a view of someone else's act.
        (
            "Acme Motors spokesman John Reed said the three plants at Pontiac stopped working "
            "on Tuesday because of the strike, halting production.",
            "service_suspension",
            "John Reed",
        ),
        (
            "A.B. Okoro said on Sunday that Ghana's Ministry of Industry supports his plan to "
            "invest 5 mln dlrs in a factory to roast and pack local coffee for export.",
            "investment_pledge",
            "A.B. Okoro",
        ),
    ],
    ids=["official", "company", "own-board", "place", "supporter"],
)
def test_the_subject_of_a_reported_clause_acts(text: str, type_: str, actor: str) -> None:
    assert _found(text, "en", EventType(type_)).actor == actor


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # What a trade measure covers is named around its trade noun, not in a target role.
        (
            "NEW DELHI, May 2 - Northland has banned wheat exports to control the rising price "
            "of flour at home, the trade directorate said on Friday.",
            "wheat exports",
        ),
        (
            "NEW DELHI, Dec 8 - Northland has banned the export of onions until March next year "
            "to contain consumer prices, the government said.",
            "onions",
        ),
        # The words around the trade noun that name no goods are left out.
        (
            "QUITO, March 9 - The quake ruptured the main oil pipeline, and Northland suspended "
            "crude exports for five months until the line is repaired, the ministry said.",
            "crude exports",
        ),
    ],
    ids=["before", "of", "verb-left-out"],
)
def test_the_goods_of_a_trade_measure_are_its_target(text: str, target: str) -> None:
    assert _found(text, "en", EventType.EXPORT_CONTROL).target == target
