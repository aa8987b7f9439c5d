"""Positive / look-alike pairs written for these tests, one group per weakness the engine had:
background clauses, demands and refusals, who acts, Korean service suspensions, hedged English,
and magnitudes (headline figures, far-off marked rates, shares that are not rates)."""

from __future__ import annotations

from datetime import date

import pytest

from schemas.models import Event, EventType, Magnitude, Segment
from streams.extract.events import find_events

REF = date(2025, 6, 1)
T = EventType


def _events(text: str, lang: str, title: str | None = None) -> list[Event]:
    return find_events(text, lang, [Segment(index=0, start=0, end=len(text), title=title)], [], REF)


def _types(text: str, lang: str) -> set[EventType]:
    return {e.type for e in _events(text, lang)}


POSITIVES = [
    ("ko", T.SERVICE_SUSPENSION, "폭설로 제주공항 항공편 200여 편이 결항됐다."),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        "서울교통공사는 16일부터 지하철 1~8호선 운행을 중단한다고 밝혔다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        "카카오톡 서비스가 5시간 넘게 먹통이 되면서 이용자들이 불편을 겪었다.",
    ),
    ("ko", T.SERVICE_SUSPENSION, "시립도서관은 리모델링 공사로 다음 달부터 석 달간 휴관한다."),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        "식약처는 이물질이 검출된 과자 제품의 판매를 중단하도록 조치했다.",
    ),
    ("ko", T.SERVICE_SUSPENSION, "강풍으로 인천과 백령도를 잇는 여객선 운항이 전면 통제됐다."),
    ("ko", T.SERVICE_SUSPENSION, "정부24 홈페이지 전산 장애로 민원서류 발급이 중단됐다."),
    ("ko", T.SERVICE_SUSPENSION, "지방 산부인과가 의료진 부족으로 분만실 운영 중단 위기에 놓였다."),
    ("ko", T.SERVICE_SUSPENSION, "수도관이 동파되면서 아파트 1200세대에 단수 조치가 내려졌다."),
    ("en", T.SERVICE_SUSPENSION, "The city's bus service will be suspended from Monday."),
    ("en", T.SERVICE_SUSPENSION, "Trading in the company's shares was halted in Hong Kong."),
    ("ko", T.BUDGET_CUT, "시의회가 교육청 지원 예산 120억원을 감액 의결했다."),
    ("en", T.BUDGET_CUT, "The legislature slashed funding for universities by $300 million."),
    ("en", T.POLICY_REVERSAL, "The ministry reversed its decision to close rural post offices."),
    ("en", T.POLICY_REVERSAL, "The agency has decided not to raise its fees this year."),
    ("ko", T.POLICY_REVERSAL, "정부가 발표 사흘 만에 해외직구 금지 방침을 백지화했다."),
    (
        "en",
        T.TARIFF_CHANGE,
        "Trump threatened to impose a 25 percent tariff on all goods from Mexico.",
    ),
]

NEGATIVES = [
    # military, investigations and talks are not services; particles may sit in between
    ("ko", T.SERVICE_SUSPENSION, "군은 북한의 도발에 대비해 해상 훈련을 일시 중단했다."),
    ("ko", T.SERVICE_SUSPENSION, "양국은 무역 협상을 중단한 상태다."),
    ("ko", T.SERVICE_SUSPENSION, "연간 3만 건의 분쟁을 해결하는 조정전문기관의 실무를 소개한다."),
    ("ko", T.SERVICE_SUSPENSION, "노조는 지하철 운행 중단을 철회하라고 요구했다."),
    ("en", T.SERVICE_SUSPENSION, "The army suspended military operations in the region."),
    ("en", T.SERVICE_SUSPENSION, "He was suspended for three games after the fight."),
    # who acts: unions, parties out of power, critics
    ("ko", T.BUDGET_CUT, "노조는 연구개발 예산 삭감을 철회하라고 촉구했다."),
    ("en", T.BUDGET_CUT, "Unions urged the government to cut spending on defence."),
    ("en", T.BUDGET_CUT, "Opposition leaders said they would slash the aid budget if elected."),
    # background clauses, causes, refusals
    ("ko", T.BUDGET_CUT, "지난해 연구개발 예산이 삭감된 이후 연구 현장의 어려움이 커졌다."),
    ("ko", T.TARIFF_CHANGE, "관세 부과 여파로 수출 기업들의 실적이 악화됐다."),
    ("ko", T.POLICY_REVERSAL, "정부는 정책을 철회할 계획이 없다고 밝혔다."),
    ("en", T.POLICY_REVERSAL, "The minister refused to withdraw the bill."),
    ("en", T.POLICY_REVERSAL, "The committee postponed the vote until next week."),
    ("en", T.SANCTION_FINE, "The team was fined last season for a similar breach, in 2021."),
    # hedged or analysis
    ("ko", T.TARIFF_CHANGE, "미국이 관세를 인상하면 국내 자동차 업계의 피해가 불가피하다."),
    ("en", T.TARIFF_CHANGE, "If Washington raises tariffs again, Beijing would retaliate."),
    ("en", T.TARIFF_CHANGE, "China's exports rose 5 percent last month despite U.S. tariffs."),
]


@pytest.mark.parametrize(("lang", "type_", "text"), POSITIVES)
def test_positive(lang: str, type_: EventType, text: str) -> None:
    assert type_ in _types(text, lang), text


@pytest.mark.parametrize(("lang", "type_", "text"), NEGATIVES)
def test_negative(lang: str, type_: EventType, text: str) -> None:
    assert type_ not in _types(text, lang), text


def _magnitude(text: str, lang: str, type_: EventType, title: str | None = None) -> Magnitude:
    found = [e for e in _events(text, lang, title) if e.type == type_]
    assert found and found[0].magnitude is not None, text
    return found[0].magnitude


def test_headline_amount_without_currency_is_the_total() -> None:
    text = "정부가 연구개발 예산을 삭감했다. 사업별로 2조1000억원과 1조3000억원이 삭감됐다."
    mag = _magnitude(text, "ko", T.BUDGET_CUT, title="정부, R&D 예산 3.4조 삭감")
    assert (mag.value, mag.unit) == (3_400_000_000_000, "KRW")


def test_rounded_headline_yields_to_the_precise_body_figure() -> None:
    text = "공정위는 가맹본부에 과징금 2억 8300만 원을 부과했다."
    mag = _magnitude(text, "ko", T.SANCTION_FINE, title="공정위, 가맹본부에 과징금 2억8000만 원")
    assert mag.value == 283_000_000


def test_reuters_style_dollars() -> None:
    text = "The Federal Aviation Administration fined Acme Airlines 140,400 dlrs for violations."
    assert _magnitude(text, "en", T.SANCTION_FINE).value == 140_400


def test_marked_rate_far_from_the_trigger() -> None:
    text = (
        "Washington threatened to raise tariffs to be imposed on 200 billion dollars worth of "
        "goods from dozens of countries from 10 percent to 25 percent."
    )
    ev = next(e for e in _events(text, "en") if e.type == T.TARIFF_CHANGE)
    assert ev.magnitude is not None and (ev.magnitude.value, ev.magnitude.unit) == (25, "%")
    assert ev.old is not None and ev.old.value == 10


def test_a_share_of_people_is_not_a_rate() -> None:
    text = "The ministry proposed tariffs on $16 billion of goods; 90 percent opposed the tariffs."
    mag = _magnitude(text, "en", T.TARIFF_CHANGE)
    assert (mag.value, mag.unit) == (16_000_000_000, "USD")


# One pair per rule added for unseen news: the positive the rule lets through and the
# look-alike it must still reject (each positive or negative failed before its rule).
RULE_PAIRS = [
    # reported speech backshifts "will" to "would": not a hedge
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "The carmaker said it would invest $3 billion in a new battery plant in Ohio.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "The carmaker could invest $3 billion in a plant if subsidies are approved.",
    ),
    # "will cut" by the body that holds the purse is an announcement
    (
        "en",
        T.BUDGET_CUT,
        True,
        "The education ministry will slash grants to rural schools next year.",
    ),
    # import surcharges are tariffs; a fuel surcharge is not
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "Canada will impose a 25% surcharge on imports of American steel.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "The airline added a fuel surcharge of 5 percent on long-haul tickets.",
    ),
    # export blacklists
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "The Commerce Department added 30 Chinese firms to its entity list.",
    ),
    ("en", T.EXPORT_CONTROL, False, "The entity list has grown over the years."),
    # capital committed to build, without the word "invest"
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "The chipmaker pledged to spend $20 billion building two factories in Arizona.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "The pension fund committed $5 billion to a new infrastructure fund for Africa.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "The company will spend $2 billion on share buybacks this year.",
    ),
    # a court blocking a government rule
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "A federal judge blocked the administration's rule limiting asylum claims.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "Protesters blocked the road outside the court to oppose the new rule.",
    ),
    # postponing the introduction of a rule
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The ministry delayed the introduction of the new road toll until 2027.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The ministry faced delays in the introduction of the new road toll.",
    ),
    # platform outages
    ("en", T.SERVICE_SUSPENSION, True, "The messaging app went down for six hours on Monday."),
    ("en", T.SERVICE_SUSPENSION, False, "Shares of the app maker went down 4 percent on Monday."),
    # an act dated earlier by its modifier, an embedded question, a dateline before "After"
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "The tariffs imposed last year have done little to reduce the deficit.",
    ),
    ("en", T.SANCTION_FINE, False, "The appeal against last year's fine will be heard in March."),
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "The government imposed tariffs of 20 percent on steel imports on Monday.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "It is not clear why the government decided to raise tariffs on steel.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "The government decided to raise tariffs on steel to 25 percent.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "LONDON, May 30 -- After Washington threatened to slap additional tariffs on goods from "
        "its partners, grievances have been aired at home.",
    ),
    # a court's order is a ruling, not a demand; a backlash that caused the act is not a demand
    ("ko", T.POLICY_REVERSAL, True, "서울행정법원은 복지부의 면허정지 처분을 취소하라고 판결했다."),
    ("ko", T.POLICY_REVERSAL, False, "시민단체는 정부에 처분을 취소하라고 요구했다."),
    ("ko", T.POLICY_REVERSAL, True, "시는 주민 반발에 부딪혀 소각장 건립 계획을 전면 백지화했다."),
    ("ko", T.POLICY_REVERSAL, False, "주민들은 소각장 건립 계획의 백지화를 요구하며 반발했다."),
    # past-tense change verbs of a tariff
    ("ko", T.TARIFF_CHANGE, True, "중국은 미국산 농산물에 대한 보복관세를 10%에서 15%로 올렸다."),
    # money spent to build a plant is an investment; a park from state funds is not
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        True,
        "한 배터리 업체가 충북 청주에 2조 원을 들여 새 공장을 짓기로 했다.",
    ),
    ("ko", T.INVESTMENT_PLEDGE, False, "시는 국비 30억 원을 들여 공원을 조성한다."),
    # postponing when a measure resumes; a rescheduled sitting is routine
    ("ko", T.POLICY_REVERSAL, True, "금융위원회는 공매도 재개 시점을 내년 3월로 연기했다."),
    ("ko", T.POLICY_REVERSAL, False, "국회 본회의 일정이 다음 주로 연기됐다."),
    # the military halting something is not a service
    ("ko", T.SERVICE_SUSPENSION, False, "군은 대북 확성기 방송을 중단했다."),
    ("ko", T.SERVICE_SUSPENSION, True, "방송사는 송출 장비 고장으로 방송을 중단했다."),
    # "…ㄹ 수 있다", presumptive "…었을 것", "철회할 가능성"
    ("ko", T.TARIFF_CHANGE, False, "내년에는 관세 인상이 이어지면서 수입 물가가 더 오를 수 있다."),
    ("ko", T.BUDGET_CUT, False, "그는 연구비 삭감이 인력 유출을 불렀을 것이라고 말했다."),
    ("ko", T.POLICY_REVERSAL, False, "정부가 관세 인상 계획을 철회할 가능성을 내비쳤다."),
    ("ko", T.POLICY_REVERSAL, True, "정부가 관세 인상 계획을 철회했다."),
    # deciding not to go ahead; an individual's decision is not a reversal
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "구청은 주민 의견을 받아들여 체육관을 짓지 않기로 최종 결정했다.",
    ),
    ("ko", T.POLICY_REVERSAL, False, "그는 이번 선거에 출마하지 않기로 했다."),
    ("ko", T.BUDGET_CUT, False, "회사는 광고비 10억원을 삭감했다."),
]


@pytest.mark.parametrize(("lang", "type_", "expected", "text"), RULE_PAIRS)
def test_rule_pairs(lang: str, type_: EventType, expected: bool, text: str) -> None:
    assert (type_ in _types(text, lang)) is expected, text


def _body(lead: str, sentence: str) -> str:
    """``sentence`` deep in an article about something else."""
    filler = "날씨가 맑았다. 시장이 붐볐다. 사람들이 많았다. "
    return f"{lead} {filler}{sentence}"


def test_amount_cut_stated_as_a_finite_act_counts_in_the_body() -> None:
    text = _body("도의회가 내년도 예산안을 의결했다.", "청년 창업 사업은 5억원이 감액됐다.")
    assert T.BUDGET_CUT in _types(text, "ko")
    other = _body("회사가 새 제품을 내놓았다.", "회사는 광고비 5억원을 감액했다.")
    assert T.BUDGET_CUT not in _types(other, "ko")


def _confidence(text: str, lang: str, type_: EventType) -> float:
    return max(e.confidence for e in _events(text, lang) if e.type == type_)


def test_a_date_weeks_before_the_post_marks_background() -> None:
    undated = "The city council cut funding for public libraries by $2 million."
    earlier = "On March 3 the city council cut funding for public libraries by $2 million."
    assert _confidence(earlier, "en", T.BUDGET_CUT) < _confidence(undated, "en", T.BUDGET_CUT)


def test_a_dateline_does_not_date_the_act() -> None:
    undated = "The city council cut funding for public libraries by $2 million."
    dateline = "BOSTON, March 3 -- The city council cut funding for public libraries by $2 million."
    assert _confidence(dateline, "en", T.BUDGET_CUT) == _confidence(undated, "en", T.BUDGET_CUT)


def test_target_at_the_sentence_end_drops_the_full_stop() -> None:
    text = "The carmaker said it would invest $3 billion in a new battery plant in Ohio."
    event = next(e for e in _events(text, "en") if e.type == T.INVESTMENT_PLEDGE)
    assert event.target == "Ohio"
