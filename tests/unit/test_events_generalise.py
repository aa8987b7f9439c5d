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
