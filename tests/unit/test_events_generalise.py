"""Positive / look-alike pairs written for these tests, one group per weakness the engine had:
background clauses, demands and refusals, who acts, Korean service suspensions, hedged English,
and magnitudes (headline figures, far-off marked rates, shares that are not rates).

``PHRASINGS`` adds common newswire phrasings of each type (Reuters/Yonhap/Korean-daily style)
with the look-alike each must still reject: causes, reactions, forecasts, habits, permissions,
relative clauses about the subject, earnings and market moves, sports bodies and individuals.
``ARTICLES`` and ``HEADLINES`` check the article level: an act named only as another story's
cause, and telegraphic headlines that state the act without a verb."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from schemas.models import Event, EventStatus, EventType, Magnitude, Post, Segment
from streams.cluster.key import cluster_key
from streams.extract.events import find_events
from streams.extract.events_frames import match_sentence, title_states
from streams.extract.events_lexicon import load_lexicon
from streams.extract.gazetteer import leader_alone
from streams.pipeline import default_pipeline

REF = date(2025, 6, 1)
T = EventType


def _events(text: str, lang: str, title: str | None = None) -> list[Event]:
    return find_events(text, lang, [Segment(index=0, start=0, end=len(text), title=title)], [], REF)


def _types(text: str, lang: str) -> set[EventType]:
    return {e.type for e in _events(text, lang)}


POSITIVES = [
    # a failed attempt to persuade leaves the act that stands as news
    (
        "en",
        T.TARIFF_CHANGE,
        "Japan failed to convince Washington to call off the 100 percent tariffs it imposed"
        " on Friday.",
    ),
    # a ban announced by when it takes effect
    (
        "en",
        T.EXPORT_CONTROL,
        "The minister said a ban on rice exports would take effect from July 1.",
    ),
    ("en", T.EXPORT_CONTROL, "A ban on scrap metal exports came into force on Monday."),
    # a halt written with a gerund, and a ban on all trade with a country
    (
        "en",
        T.EXPORT_CONTROL,
        "Namibia has stopped importing poultry from Brazil after a bird flu case.",
    ),
    ("en", T.EXPORT_CONTROL, "The parliament approved a trade ban against the junta on Friday."),
    ("en", T.EXPORT_CONTROL, "The government banned all trade with the breakaway region."),
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
    # a partner's initial investment in a venture is its pledge
    (
        "en",
        T.INVESTMENT_PLEDGE,
        "Kanto Steel said it will contribute an initial investment of 100 mln dlrs to the "
        "joint venture's new mill in Ohio.",
    ),
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
    # a budget office's name gives no budget to a cut of something else
    (
        "en",
        T.BUDGET_CUT,
        "The Congressional Budget Office projects the law will reduce output by 0.3 percent.",
    ),
    # trying to persuade another to act is no act of either
    ("en", T.POLICY_REVERSAL, "Japan has little chance of persuading the U.S. to drop the plan."),
    (
        "en",
        T.EXPORT_CONTROL,
        "Tokyo is trying to convince Washington to lift the sanctions on chips.",
    ),
    # a stop as a place on a route is no stoppage
    ("en", T.SERVICE_SUSPENSION, "Police boarded the train at the next stop and arrested a man."),
    # the penalty a charge carries, beside a prison term, is no fine imposed
    ("en", T.SANCTION_FINE, "The trader faces up to 20 years in prison and a $5 million fine."),
    ("en", T.SANCTION_FINE, "The two men face jail terms of up to ten years and a $100,000 fine."),
    # a factory, mill, mine or lab that stops producing halts no service people use
    (
        "en",
        T.SERVICE_SUSPENSION,
        "Brandt Motors said it will shut down its U.S. car assembly plant for two weeks and "
        "idle 900 workers.",
    ),
    ("en", T.SERVICE_SUSPENSION, "The smelter will stop smelting in May because of power costs."),
    ("en", T.SERVICE_SUSPENSION, "Dorell said it will discontinue production of nylon yarn."),
    # buying into a company's shares is a stake (M&A), not a pledge to build or expand
    (
        "en",
        T.INVESTMENT_PLEDGE,
        "Marlow Capital said it will increase its interest in Tessa Inc to 60 pct by investing "
        "40 mln dlrs in Tessa common stock.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        "The group plans to invest 12 mln dlrs in a private placement of Tessa shares.",
    ),
    # savers putting money into a fund, or a share issue raising working capital, pledge no
    # investment of an organisation
    (
        "en",
        T.INVESTMENT_PLEDGE,
        "The fund will allow initial investments as low as 500 dlrs, Corvan Trust said.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        "The regulator said 2,000 customers who invested 30 mln dlrs in the scheme lost money.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        "Corvan said its rights issue will raise 90 mln dlrs for general working capital and "
        "investment.",
    ),
    # fine paper and fine grain are products, a rugby side's penalties are points, and a rule
    # that makes offenders liable to fines fines no one (GUIDELINES: a law setting fines)
    (
        "en",
        T.SANCTION_FINE,
        "Norland Paper said it will spend 90 mln dlrs to expand its fine paper operations.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        "Keane kicked all of Ireland's points, with two dropped goals and four penalties, to "
        "give the side a 100% record.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        "Violators would be subject to fines of as much as 40,000 dlrs, the exchange said in "
        "a letter to its members.",
    ),
    # dividends, debt payments to banks, a sinking fund's rating and underwriters' shares of a
    # loan are money, but no funding body's budget
    (
        "en",
        T.BUDGET_CUT,
        "Debt has risen to 80 pct and the company has suspended dividend payments to conserve "
        "cash and funds, the agency noted.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        "Peru said it would suspend debt payments to private foreign banks to protect its budget.",
    ),
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


def test_a_misdecoded_pound_sign_still_marks_a_conversion() -> None:
    # UTF-8 read as Windows-1252 turns "£" into "Â£": the bracketed pounds are still a
    # conversion of the dollars the fine was set in.
    mag = _magnitude("The court ordered him to pay a $1,000 (Â£535) fine.", "en", T.SANCTION_FINE)
    assert (mag.value, mag.unit) == (1000, "USD")


def test_another_partys_earlier_fine_does_not_size_the_act() -> None:
    text = (
        "The league fined the club's coach on Monday for his remarks. "
        "A rival coach, who was fined $15,000 in December, said the punishment was too lenient."
    )
    found = [e for e in _events(text, "en") if e.type == T.SANCTION_FINE]
    assert found and found[0].magnitude is None


def test_headline_amount_without_currency_is_the_total() -> None:
    text = "정부가 연구개발 예산을 삭감했다. 사업별로 2조1000억원과 1조3000억원이 삭감됐다."
    mag = _magnitude(text, "ko", T.BUDGET_CUT, title="정부, R&D 예산 3.4조 삭감")
    assert (mag.value, mag.unit) == (3_400_000_000_000, "KRW")


def test_headline_levels_before_and_after_a_cut_are_not_its_size() -> None:
    """ "117억→58억" gives the budget before and after; the body states the cut (59억)."""
    text = "도의회는 꿈의학교 운영비 117억원 중 59억원을 삭감했다."
    mag = _magnitude(text, "ko", T.BUDGET_CUT, title="도의회, 꿈의학교 예산 절반 삭감…117억→58억")
    assert mag.value == 5_900_000_000
    mag = _magnitude(text, "ko", T.BUDGET_CUT, title="도의회, 꿈의학교 예산 59억 삭감")
    assert mag.value == 5_900_000_000


def test_the_lead_after_a_repeated_headline_gives_the_total() -> None:
    """A page that repeats its headline as its first sentence: the headline's "최대 33만원" is
    one voter's share, the next sentence's "모두 321만원" the act's total."""
    title = "식사 대접받은 유권자들 과태료 폭탄…최대 33만원"
    text = (
        f"{title}\n한 도 선거관리위원회는 후보자 측에게서 식사를 대접받은 유권자 10명에게 모두"
        " 321만원의 과태료를 부과했다고 5일 밝혔다. 이들에게는 음식값의 30배에 해당하는"
        " 과태료가 부과됐다."
    )
    mag = _magnitude(text, "ko", T.SANCTION_FINE, title=title)
    assert (mag.value, mag.unit) == (3_210_000, "KRW")


def test_rounded_headline_yields_to_the_precise_body_figure() -> None:
    text = "공정위는 가맹본부에 과징금 2억 8300만 원을 부과했다."
    mag = _magnitude(text, "ko", T.SANCTION_FINE, title="공정위, 가맹본부에 과징금 2억8000만 원")
    assert mag.value == 283_000_000


def test_reuters_style_dollars() -> None:
    text = "The Federal Aviation Administration fined Acme Airlines 140,400 dlrs for violations."
    assert _magnitude(text, "en", T.SANCTION_FINE).value == 140_400


def test_a_wire_rate_note_marks_the_dollar_figure_as_a_conversion() -> None:
    """ "($1 = 0.80 pounds)" at a story's end: its dollar figures restate local amounts, even
    where the parentheses around one were lost in scraping."""
    text = (
        "The regulator said on Monday it has fined Acme Bank 8 million pounds $10 million)"
        " for misleading investors.\n($1 = 0.80 pounds)"
    )
    mag = _magnitude(text, "en", T.SANCTION_FINE, title="Regulator fines Acme Bank $10 mln")
    assert (mag.value, mag.unit) == (8_000_000, "GBP")
    plain = (
        "The regulator said on Monday it has fined Acme Bank $10 million for misleading investors."
    )
    assert _magnitude(plain, "en", T.SANCTION_FINE).unit == "USD"


def test_a_conversion_marked_approximately_is_not_the_size() -> None:
    text = (
        "Regulators fined Acme Bank $60 million. The watchdog said it had fined the bank"
        " \u20ac50 million (approximately $60 million) for breaching privacy rules."
    )
    mag = _magnitude(text, "en", T.SANCTION_FINE)
    assert (mag.value, mag.unit) == (50_000_000, "EUR")


def test_a_won_conversion_after_a_foreign_amount_is_not_the_size() -> None:
    text = "K사는 3년 동안 20억 달러, 우리 돈으로 약 2조 7천억 원을 베트남에 투자하겠다고 밝혔다."
    mag = _magnitude(text, "ko", T.INVESTMENT_PLEDGE)
    assert (mag.value, mag.unit) == (2_000_000_000, "USD")
    # Won named for a part of its own, not as a conversion, stays (nearest the verb here).
    text = "K사는 미국에 20억 달러, 한국에 3000억 원을 각각 투자하겠다고 밝혔다."
    mag = _magnitude(text, "ko", T.INVESTMENT_PLEDGE)
    assert (mag.value, mag.unit) == (300_000_000_000, "KRW")


def test_a_cut_stated_as_a_change_is_sized_by_the_change_not_the_level() -> None:
    # "by 8% to $41 million": the cut is 8%; the $41 million is what the budget falls to.
    text = "The city cut its parks budget by 8% to $41 million on Tuesday."
    mag = _magnitude(text, "en", T.BUDGET_CUT)
    assert (mag.value, mag.unit) == (8, "%")
    # a level alone is still the first amount the post gives the act
    text = "The city cut its parks budget to $41 million on Tuesday."
    assert _magnitude(text, "en", T.BUDGET_CUT).value == 41_000_000
    # a money change beats the level
    text = "The city cut its parks budget by $3.6 million to $41 million on Tuesday."
    assert _magnitude(text, "en", T.BUDGET_CUT).value == 3_600_000
    # the amount a cut starts from is a level too ("A원에서 B% 삭감", "from $12 million by 15%")
    text = (
        "정부가 발표한 내년도 항만 예산은 980억원으로, 부처가 요청한 4200억원에서 76.7% 삭감됐다."
    )
    assert _magnitude(text, "ko", T.BUDGET_CUT) == Magnitude(value=76.7, unit="%")
    text = "The council cut the library budget from $12 million by 15%."
    assert _magnitude(text, "en", T.BUDGET_CUT) == Magnitude(value=15, unit="%")
    # ... and with no change stated, the level reached is still the first amount of the act
    text = "시는 청소년 지원 예산을 120억원에서 80억원으로 삭감했다."
    assert _magnitude(text, "ko", T.BUDGET_CUT).value == 8_000_000_000


def test_marked_rate_far_from_the_trigger() -> None:
    text = (
        "Washington threatened to raise tariffs to be imposed on 200 billion dollars worth of "
        "goods from dozens of countries from 10 percent to 25 percent."
    )
    ev = next(e for e in _events(text, "en") if e.type == T.TARIFF_CHANGE)
    assert ev.magnitude is not None and (ev.magnitude.value, ev.magnitude.unit) == (25, "%")
    assert ev.old is not None and ev.old.value == 10


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Korean marks an amount's role after it: "40억원 줄인" the cut, "310억원으로" the level
        (
            "다온시는 내년 문화 예산을 올해보다 40억원 줄인 310억원으로 편성했다고 밝혔다.",
            4_000_000_000,
        ),
        # a sum in parentheses after a percent is that share's amount, not a conversion
        (
            "다온시는 내년 예산을 올해보다 13.9%(4,300억 원) 줄인 2조6,600억 원으로 책정했다.",
            430_000_000_000,
        ),
        # "정부안(…)보다" is the yardstick, "… 규모로" the level reached; the cut is the amount
        # marked by 감액 even with 가량 between them
        (
            "예결특위는 정부안(11조 1869억원)보다 136억원 가량 감액된 11조 333억원 규모로"
            " 추경안을 확정했다.",
            13_600_000_000,
        ),
    ],
)
def test_a_korean_cut_is_sized_by_the_amount_marked_as_the_change(text: str, value: int) -> None:
    assert _magnitude(text, "ko", T.BUDGET_CUT).value == value


def test_a_korean_headline_writes_big_units_in_chinese_characters() -> None:
    body = "다온케미칼은 새만금 산업단지에 전구체 공장을 짓는다고 12일 밝혔다."
    mag = _magnitude(body, "ko", T.INVESTMENT_PLEDGE, "새만금에 1.2兆 전구체 공장 짓는다")
    assert (mag.value, mag.unit) == (1_200_000_000_000, "KRW")


def test_a_share_of_people_is_not_a_rate() -> None:
    text = "The ministry proposed tariffs on $16 billion of goods; 90 percent opposed the tariffs."
    mag = _magnitude(text, "en", T.TARIFF_CHANGE)
    assert (mag.value, mag.unit) == (16_000_000_000, "USD")


# One pair per rule added for unseen news: the positive the rule lets through and the
# look-alike it must still reject (each positive or negative failed before its rule).
RULE_PAIRS = [
    # en: the travel season is no sports season; halting a closure reverses it; rules that
    # fine "up to" and risks of being fined
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "Skyline Air said it will suspend all flights after its pilots walked out at the height"
        " of the summer travel season.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The health minister has halted the planned closure of the maternity unit at Ashford"
        " hospital.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "Any shop that sells vapes to minors will be fined up to 5,000 euros under the new rules.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "Why risk being fined when the bins are right there, the council asked.",
    ),
    # ko: a plant idle for years is background, a halt escaped is none, an inquiry not opened
    # reverses nothing
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "회사는 2005년부터 가동이 중지된 옛 공장을 리모델링해 물류센터로 쓸 계획이다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "지역 방송사 두 곳이 조건부 재허가를 받아 방송 중단 위기를 모면했다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "위원회는 반덤핑 조치를 연장해 달라는 신청에 대해 조사에 들어가지 않기로 결정했다.",
    ),
    # en: a transit stop is a place; a broadcaster axing a language service halts it; a budget
    # bill boosting an agency's funding is public spending; "concerns that" a cut will come;
    # "public opinion" is no opinion piece; a court's "must pay" is an order; "previously
    # allocated" describes the money a rescission cuts, and a rescission of funds is a cut
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Police said the robbery happened near the Orange line Maple stop on Friday.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The broadcaster has decided to axe its Swahili service to save money.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "The spending bill boosts funding for cancer research by $2 billion, an investment"
        " praised by both parties.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        False,
        "The school board met on Monday to approve the new calendar. Members also reviewed bids"
        " for new buses. The superintendent presented enrolment figures. Trustees voiced"
        " concerns that the state will be cutting school funding by $200 million.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The city said its plan to redesign the square would be put on hold to gather public"
        " opinion.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        True,
        "In its ruling Tuesday, the court said the two commissioners must be responsible for"
        " paying $500 in fines.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        True,
        "Parliament voted on Tuesday to rescind $3 billion in previously allocated funds for the"
        " rail project.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "Parliament voted on Tuesday to rescind $3 billion in previously allocated funds for the"
        " rail project.",
    ),
    # ko: a proposed cut rejected, an investment not to go ahead, "up to" fines in a rule, a
    # business suspension as a penalty, a lawsuit not filed
    ("ko", T.BUDGET_CUT, False, "시의회는 시장이 제안한 복지 예산 삭감안을 거부했다."),
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        False,
        "A사는 B사와의 합작 투자를 진행하지 않기로 결정했다고 밝혔다.",
    ),
    ("ko", T.SANCTION_FINE, False, "내년부터 실내 흡연 업소에는 최고 500만원의 과태료가 부과된다."),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "시는 위반 업체 3곳에 대해 경고와 영업정지 등 행정처분을 내렸다고 밝혔다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "통신 3사는 정부 고시에 대한 소송 제기를 하지 않기로 결정했다.",
    ),
    # ko: money invested into a plant in the passive (…달러가 투자되며); a halt stated as an
    # intention (추진 중단 의사를 밝혔다) or a building project stopped outright; 당초 before
    # the level a cut starts from is no background; whitelist removal written with 빼다
    ("ko", T.INVESTMENT_PLEDGE, True, "새 공장에는 모두 500만달러가 투자되며 가동은 내년이다."),
    ("ko", T.POLICY_REVERSAL, True, "김 시장은 이날 쓰레기 소각장 추진 중단 의사를 밝혔다."),
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "군수는 “추모공원 건립 사업을 전면 중단하고 예산을 반납하겠다”고 말했다.",
    ),
    (
        "ko",
        T.BUDGET_CUT,
        True,
        "도는 올해 예산을 당초 8조2천억원에서 7조9천억원으로 삭감하는 추경안을 확정했다.",
    ),
    (
        "ko",
        T.EXPORT_CONTROL,
        True,
        "A국 정부는 B국을 화이트리스트에서 빼는 수출관리령 개정안을 의결했다.",
    ),
    # ko look-alikes: a rule for whoever breaks it, a schedule graded by offence, a customs hold
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "어선 위치발신기 작동이 의무화되고 위반자에 대해서는 과태료가 부과된다.",
    ),
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "업주에게는 1차 150만 원, 2차 300만 원, 3차 450만 원의 과태료를 부과한다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "당국은 수입 냉동 새우에 대해 검사를 마칠 때까지 통관보류 조치를 취했다.",
    ),
    # en look-alikes: a police traffic stop, a school kept open, the reverse repo rate, rugby
    # penalties; a government scrapping "the" tariffs it has is also a reversal
    ("en", T.SERVICE_SUSPENSION, False, "Officers made a traffic stop on the van near Elm Road."),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The board voted to keep the village school open despite advice that it be closed.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The central bank reduced its reverse repo rate by 25 basis points on Monday.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "Two early penalties gave the hosts the lead before a tap penalty set up a try.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The prime minister's decision to scrap the lumber tariffs drew mixed reaction.",
    ),
    # a company that will build a new plant commits the capital for it, amount or not; a
    # plant it "would never" build is no plan
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "Dorvane Foods will build a new cheese plant at the port of Waterford.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "Glenmore are to build Ireland's first whey mill at Belview.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "Analysts said the dairy group would never build a new plant at the port.",
    ),
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
    # a delay of an import rule for a stated time: a reversal and an export control; the
    # European Union is no trade union, and acting "after pressure from" is no demand
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The European Union on Wednesday postponed for 12 months its rules banning imports of "
        "products linked to deforestation, after pressure from trading partners.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "The European Union on Wednesday postponed for 12 months its rules banning imports of "
        "products linked to deforestation, after pressure from trading partners.",
    ),
    ("en", T.POLICY_REVERSAL, False, "The union postponed its plan to strike after talks resumed."),
    ("en", T.POLICY_REVERSAL, False, "The flight to Paris was delayed for two hours by fog."),
    # production halted at a plant is internal operations, not a service
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Production at the plant in Ulsan was halted on Wednesday as workers walked out.",
    ),
    # an industry's petition asking for duties is a demand, even with a rate
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "Domestic solar makers on Tuesday petitioned the Commerce Department to impose duties "
        "of up to 250% on panels from four countries.",
    ),
    # parks shuttered are a service halted, a plant shuttered is not; "next year after" is no
    # earlier year
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "California will shutter 48 state parks next year after lawmakers cut the parks budget.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        True,
        "California will shutter 48 state parks next year after lawmakers cut the parks budget "
        "by $22 million.",
    ),
    ("en", T.SERVICE_SUSPENSION, False, "The company will shutter its assembly plant in Ohio."),
    # a company's own marketing budget is no public funding
    (
        "en",
        T.BUDGET_CUT,
        False,
        "The company said it would cut 10,000 jobs and reduce its budget for marketing by "
        "$200 million.",
    ),
    # a programme's money left out of next year's budget whole, or left to expire, is a cut;
    # an increase not granted, a budget "not enough reflected" and a tax break expiring are not
    ("ko", T.BUDGET_CUT, True, "정부 내년 예산안에서 농촌 돌봄 사업 예산이 통째로 빠졌다."),
    ("ko", T.BUDGET_CUT, False, "상임위가 요구한 증액분은 정부 예산안에서 통째로 빠졌다."),
    ("ko", T.BUDGET_CUT, True, "내년도 예산안에 청년 창업 지원 예산이 반영되지 않았다."),
    (
        "ko",
        T.BUDGET_CUT,
        False,
        "내년도 예산안에 청년 창업 지원 예산이 충분히 반영되지 않았다는 지적이 나왔다.",
    ),
    (
        "ko",
        T.BUDGET_CUT,
        True,
        "올해 500억원이 배정됐던 청년 구직 지원 사업은 올해를 끝으로 일몰된다.",
    ),
    ("ko", T.BUDGET_CUT, False, "예산 부수법안에 담긴 연구개발 세액공제가 올해 말 일몰된다."),
    # a budget that "turned to an increase" tells the earlier cut as background
    ("ko", T.BUDGET_CUT, False, "올해 문화 예산이 12% 깎이며 감소한 뒤 내년에는 증가로 돌아섰다."),
    ("ko", T.BUDGET_CUT, True, "올해 문화 예산이 12% 깎이며 3년 연속 감소했다."),
    # "차질은 없을 것": a halt denied for the future
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "정부는 재고가 충분해 단기적인 공급 차질은 없을 것이라고 밝혔다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        True,
        "한파로 가스관이 얼면서 주택 300가구에 가스 공급이 중단됐다.",
    ),
    # a plan others report the firm is weighing is no pledge
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        False,
        "대한전자가 미국에 4조원 규모의 공장 건설을 검토하고 있다는 보도가 나왔다.",
    ),
    ("ko", T.INVESTMENT_PLEDGE, True, "대한전자가 미국에 4조원 규모의 공장을 짓기로 했다."),
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


def test_a_dateline_that_opens_with_its_date_names_no_actor() -> None:
    """ "June 2 (UPI) —" is where the story was filed from, as "SEOUL (Reuters) -" is: the
    agency does not act."""
    text = (
        "June 2 (UPI) — The newly imposed tariffs President Donald Trump has placed on Brazil"
        " and Vietnam will raise building costs, economists say."
    )
    post = Post(id="d", title="Tariffs will raise building costs", text=text)
    found = [e for e in default_pipeline().run(post).events if e.type == T.TARIFF_CHANGE]
    assert found and found[0].actor == "Donald Trump"


def test_a_reporters_byline_inside_the_body_names_no_actor() -> None:
    """A byline the cleaner could not trim (it follows page clutter, or is glued to the lead)
    names who wrote the story: the reporter neither acts nor is hit (sentences invented)."""
    lead = "[보험일보=박영수 기자] 다라생명에 대한 징계가 오는 12월 결정된다."
    body = "금융감독원은 제재심의위원회를 열어 다라생명에 대한 과징금 부과안을 심의했다."
    post = Post(id="b", text=f"뉴스 홈 | 전체기사 {lead} {body}")
    [fine] = [e for e in default_pipeline().run(post).events if e.type == T.SANCTION_FINE]
    assert fine.actor == "금융감독원"
    glued = Post(
        id="g", text="홈 | 경제 김민수 기자 = 공정거래위원회가 가나전자에 과징금 10억원을 부과했다."
    )
    [fine] = [e for e in default_pipeline().run(glued).events if e.type == T.SANCTION_FINE]
    assert fine.actor == "공정거래위원회" and fine.target == "가나전자"


def test_a_list_of_origins_joined_by_a_middle_dot_is_one_target() -> None:
    """중국·베트남산 합판: the first country of the list has no particle of its own; it is
    part of what the duty hits, not who imposes it (sentences invented)."""
    passive = "중국·베트남산 합판에 대해 향후 5년간 최대 27%의 반덤핑 관세가 부과된다."
    [duty] = [e for e in _events(passive, "ko") if e.type == T.TARIFF_CHANGE]
    assert duty.actor is None and duty.target == "중국·베트남산 합판"
    active = "정부는 중국·베트남산 합판에 최대 27%의 반덤핑 관세를 부과하기로 했다."
    [duty] = [e for e in _events(active, "ko") if e.type == T.TARIFF_CHANGE]
    assert (duty.actor, duty.target) == ("정부", "중국·베트남산 합판")


def test_target_at_the_sentence_end_drops_the_full_stop() -> None:
    text = "The carmaker said it would invest $3 billion in a new battery plant in Ohio."
    event = next(e for e in _events(text, "en") if e.type == T.INVESTMENT_PLEDGE)
    assert event.target == "Ohio"


# Common newswire phrasings the lexicons missed, and the look-alikes each new phrasing must
# still reject (all sentences written for these tests).
PHRASINGS = [
    # ko: an earlier measure named by its date (지난해 도입한, 2021년 … 발동한) as the object of
    # the act that lifts or amends it; the adverb 이미 is a word of its own (not in 이미지)
    ("ko", T.EXPORT_CONTROL, True, "정부는 이미지 센서의 대중국 수출 통제를 강화하기로 했다."),
    ("ko", T.EXPORT_CONTROL, False, "정부는 이미 지난달 반도체 장비 수출 통제를 강화한 바 있다."),
    (
        "ko",
        T.EXPORT_CONTROL,
        True,
        "정부는 지난해 도입한 반도체 장비 수출 규제를 즉시 해제하기로 했다.",
    ),
    ("ko", T.EXPORT_CONTROL, False, "정부는 지난해 반도체 장비 수출 규제를 도입했다."),
    (
        "ko",
        T.EXPORT_CONTROL,
        True,
        "A국은 2021년 3월 발동한 희토류 수출 규제를 해제한다고 발표했다.",
    ),
    ("ko", T.EXPORT_CONTROL, False, "A국은 2021년 3월 희토류 수출 규제를 발동했다."),
    # ko: postponing a measure's implementation (시행을 보류하기로), scrapping outright (전면
    # 백지화), a withdrawn trade complaint, whole-item and review-stage cuts; look-alikes: an
    # exam's date, a quoted screening verdict, a request for relief, revenue estimates, a cut
    # as a compound noun, 'even if' and 'not knowing whether' clauses, tariff talks as a topic,
    # what could be done, an investment plan called off, a line of topics ending in 등
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "지난달 10일부터 주차요금을 올렸던 구청은 민원이 빗발치자 새 요금 시행을 보류하기로 했다.",
    ),
    ("ko", T.POLICY_REVERSAL, False, "구청은 지난달 주차요금 인상을 연기했다."),
    ("ko", T.POLICY_REVERSAL, True, "교육청은 새 평가 제도의 시행을 전격 보류하기로 했다."),
    ("ko", T.POLICY_REVERSAL, False, "공단은 올해 자격시험 시행을 연기하기로 했다."),
    ("ko", T.POLICY_REVERSAL, True, "정부는 도심 신공항 건설을 전면 백지화했다."),
    ("ko", T.POLICY_REVERSAL, False, "야당은 신공항 건설의 전면 백지화를 요구했다."),
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "시는 주민 반발에 밀려 버스 노선 개편 계획을 원점 재검토하기로 했다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "중앙 심사위원회는 군청이 낸 체육관 건립안에 '재검토' 판정을 내렸다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "F국은 G국의 철강 보조금 문제로 낸 WTO 제소를 철회하기로 했다.",
    ),
    ("ko", T.POLICY_REVERSAL, False, "F국은 G국의 철강 보조금 문제를 WTO에 제소하기로 했다."),
    ("ko", T.POLICY_REVERSAL, False, "협상단은 상대국에 전기차 관세 부과의 유예 연장을 요청했다."),
    ("ko", T.BUDGET_CUT, True, "구의회는 구청장 업무추진비 3억 원을 전액 삭감했다."),
    ("ko", T.BUDGET_CUT, False, "야당은 구청장 업무추진비를 전액 삭감해야 한다고 주장했다."),
    (
        "ko",
        T.BUDGET_CUT,
        True,
        "도의회 예결위는 심사를 거쳐 도로 사업비 90억 원을 감액한 수정안을 의결했다.",
    ),
    ("ko", T.BUDGET_CUT, False, "세입 추계는 심사를 거쳐 90억 원 감액됐다."),
    ("ko", T.BUDGET_CUT, True, "시의회는 청년 창업 지원 예산 5억 원을 삭감했다."),
    ("ko", T.BUDGET_CUT, False, "학부모 모임은 교육 예산삭감 반대 서명을 받기 시작했다."),
    ("ko", T.BUDGET_CUT, True, "정부는 내년 국방 예산을 삭감하기로 했다."),
    (
        "ko",
        T.BUDGET_CUT,
        False,
        "국방 예산이 다소 깎이더라도 전력에는 문제가 없다는 게 정부 설명이다.",
    ),
    ("ko", T.TARIFF_CHANGE, True, "미국은 한국산 자동차 관세를 25%에서 15%로 인하했다."),
    ("ko", T.TARIFF_CHANGE, False, "협상단은 H국에 철강 관세 면제를 요청했다."),
    ("ko", T.TARIFF_CHANGE, True, "정부는 수입 철강에 25% 관세를 부과했다."),
    ("ko", T.TARIFF_CHANGE, False, "두 나라 장관은 다음 주 만나 관세 문제를 논의한다."),
    (
        "ko",
        T.TARIFF_CHANGE,
        True,
        "대통령은 모든 수입품에 10% 관세를 부과하는 행정명령에 서명했다.",
    ),
    ("ko", T.TARIFF_CHANGE, False, "E국 총리는 수입 농산물 관세를 낮출 수 있다고 시사했다."),
    ("ko", T.INVESTMENT_PLEDGE, True, "D사는 1500억 원을 투입해 평택에 물류센터를 짓기로 했다."),
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        False,
        "D사는 1500억 원을 투입해 평택에 물류센터를 짓기로 했던 투자 계획을 철회했다.",
    ),
    ("ko", T.SERVICE_SUSPENSION, True, "회사는 다음 달 말 클라우드 서비스를 종료한다고 공지했다."),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "가입자들은 앱 운영이 언제 중단될지 몰라 자료를 옮기고 있다.",
    ),
    ("ko", T.SERVICE_SUSPENSION, True, "금융당국은 부실 저축은행 두 곳에 영업정지 조치를 내렸다."),
    ("ko", T.SERVICE_SUSPENSION, False, "공항 운영 중단…요금 인상 등"),
    # ko: a past act of last year is still background; tariff talks masked, not penalised, so
    # the act stated after them counts; a pledge after halting another business; a restored cut
    ("ko", T.EXPORT_CONTROL, False, "A국은 지난해 희토류 수출 규제를 해제했다."),
    (
        "ko",
        T.TARIFF_CHANGE,
        True,
        "양국은 관세 문제를 매듭짓고 자동차 관세율을 25%에서 15%로 낮추기로 했다.",
    ),
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        True,
        "D사는 기존 사업을 중단하고 평택에 1500억 원을 투자해 물류센터를 짓기로 했다.",
    ),
    ("ko", T.BUDGET_CUT, False, "지난해 전액 삭감된 청년 예산이 올해 복원됐다."),
    # ko: postponing a measure's introduction for a stated period (도입을 1년 유예하기로);
    # a central bank holding off a rate rise is monetary policy, not a reversal
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "교육부는 내년으로 예정했던 디지털 교과서 도입을 1년 유예하기로 했다.",
    ),
    ("ko", T.POLICY_REVERSAL, False, "중앙은행은 물가 둔화에 기준금리 인상을 보류했다."),
    # budget: defunding, money taken from programs, grants cancelled, contributions slashed
    ("en", T.BUDGET_CUT, True, "The city council voted to defund the police oversight board."),
    ("en", T.BUDGET_CUT, True, "Lawmakers trimmed 500 mln dlrs from farm support programs."),
    (
        "en",
        T.BUDGET_CUT,
        True,
        "The administration canceled $400 million in grants and contracts to a university.",
    ),
    ("en", T.BUDGET_CUT, True, "The province announced cuts of C$150 million to school boards."),
    (
        "en",
        T.BUDGET_CUT,
        True,
        "Washington slashed its contribution to the World Health Organization.",
    ),
    ("en", T.BUDGET_CUT, True, "The regional government scrapped funding for the tram extension."),
    ("en", T.BUDGET_CUT, False, "Ford slashed its profit forecast by $2 billion."),
    ("en", T.BUDGET_CUT, False, "Investors withdrew $3 billion from the fund in May."),
    ("en", T.BUDGET_CUT, False, "From a fiscal standpoint, the cuts are pointless and too small."),
    ("en", T.BUDGET_CUT, False, "Reducing domestic spending is no answer to a deficit this large."),
    # tariffs: counter-tariffs, duties of a rate, exemptions, final rulings
    ("en", T.TARIFF_CHANGE, True, "Canada imposed 25 percent counter-tariffs on U.S. steel."),
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "The EU slapped provisional duties of up to 38 percent on Chinese electric vehicles.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "Washington will exempt smartphones and computers from the reciprocal tariffs.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "The Commerce Department set anti-dumping duties of 93.5 percent on graphite from China.",
    ),
    ("en", T.TARIFF_CHANGE, False, "Economists argue that tariffs raise prices for consumers."),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "The company said the tariffs would reduce its operating profit by $1 billion.",
    ),
    ("en", T.TARIFF_CHANGE, False, "Markets rallied on hopes that tariffs could be lowered."),
    ("ko", T.TARIFF_CHANGE, True, "미국은 스마트폰과 컴퓨터를 상호관세 대상에서 제외했다."),
    ("ko", T.TARIFF_CHANGE, True, "유럽연합은 중국산 전기차에 최고 35.3%의 상계관세를 확정했다."),
    ("ko", T.TARIFF_CHANGE, False, "전문가들은 관세 인상이 물가를 끌어올릴 것이라고 분석했다."),
    ("ko", T.TARIFF_CHANGE, False, "관세 부과로 수출 기업의 부담이 커질 전망이다."),
    # export controls: halting exports, blacklists; a licence granted to one firm is routine
    ("en", T.EXPORT_CONTROL, True, "Indonesia halted exports of nickel ore."),
    ("en", T.EXPORT_CONTROL, False, "The company was granted an export licence for its new drone."),
    ("ko", T.EXPORT_CONTROL, True, "미국 상무부는 중국 기업 80곳을 수출 블랙리스트에 올렸다."),
    ("ko", T.EXPORT_CONTROL, True, "일본은 한국을 화이트리스트에서 제외했다."),
    ("ko", T.EXPORT_CONTROL, True, "정부는 요소수 수출을 막기로 했다."),
    # sanctions as a verb, blacklisting
    ("en", T.SANCTION_FINE, True, "Britain sanctioned five Russian oligarchs on Tuesday."),
    (
        "en",
        T.SANCTION_FINE,
        True,
        "The U.S. blacklisted a Chinese refinery for buying Iranian oil.",
    ),
    # investment: building with a stated sum, capital put into plants
    ("en", T.INVESTMENT_PLEDGE, True, "Samsung will build a $17 billion chip plant in Texas."),
    ("en", T.INVESTMENT_PLEDGE, True, "The chipmaker will put another $100 billion into plants."),
    ("en", T.INVESTMENT_PLEDGE, False, "Analysts put the value of the deal at $2 billion."),
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        True,
        "한 반도체 회사가 용인 클러스터에 120조원을 투입하기로 했다.",
    ),
    ("ko", T.INVESTMENT_PLEDGE, True, "한 자동차 회사는 울산에 2조원을 투자해 새 공장을 짓는다."),
    ("ko", T.INVESTMENT_PLEDGE, True, "그룹은 향후 5년간 450조원을 투자하겠다고 밝혔다."),
    # reversals: abandoned taxes, withdrawn drafts, rules put on hold, U-turns, court halts
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The Treasury abandoned its proposed tax on bank deposits after a backlash.",
    ),
    ("en", T.POLICY_REVERSAL, True, "The ministry withdrew the controversial draft regulation."),
    ("en", T.POLICY_REVERSAL, True, "Officials put the new licensing rules on hold."),
    ("en", T.POLICY_REVERSAL, True, "The government U-turned on its plan to means-test benefits."),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "A judge halted the administration's plan to close the agency.",
    ),
    ("en", T.POLICY_REVERSAL, False, "The president said he would not back down on tariffs."),
    ("en", T.POLICY_REVERSAL, False, "The vote on the bill was postponed until Tuesday."),
    ("en", T.POLICY_REVERSAL, False, "The company withdrew its earnings guidance for the year."),
    ("ko", T.POLICY_REVERSAL, True, "서울시는 지하철 요금 인상 계획을 하반기로 미뤘다."),
    ("ko", T.POLICY_REVERSAL, True, "정부는 주식 양도세 강화 제도를 폐지하기로 했다."),
    ("ko", T.POLICY_REVERSAL, False, "배우 A씨가 드라마 출연 결정을 번복했다."),
    # a court cancelling a fine is about the fine, not a policy reversal
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "행정법원은 한 증권사가 낸 과징금 부과처분 취소 소송에서 원고 승소 판결을 내렸다.",
    ),
    # service: passive subjects, fleets, sales stopped, outages without a service noun
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "Train services between London and Edinburgh were suspended.",
    ),
    ("en", T.SERVICE_SUSPENSION, True, "The pharmacy chain stopped selling the drug."),
    ("en", T.SERVICE_SUSPENSION, True, "Power was cut to 200,000 homes after the storm."),
    ("en", T.SERVICE_SUSPENSION, True, "The airline grounded its entire fleet."),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The bulk carrier Ocean Star was grounded off the coast on Sunday.",
    ),
    ("en", T.SERVICE_SUSPENSION, False, "The talks were suspended after a row over the agenda."),
    ("ko", T.SERVICE_SUSPENSION, True, "메신저 앱이 3시간 동안 먹통이 됐다."),
    ("ko", T.SERVICE_SUSPENSION, True, "한국거래소는 해당 종목의 거래를 정지했다."),
    ("ko", T.SERVICE_SUSPENSION, False, "북한은 대남 확성기 방송을 중단했다."),
    ("ko", T.SERVICE_SUSPENSION, False, "두 회사는 지난해 거래를 중단했다."),
    # budget: criticising or claiming about a cut is a reaction; talking about it is a topic
    ("ko", T.BUDGET_CUT, True, "교육청이 학교 운영비를 10% 감축하기로 했다."),
    ("ko", T.BUDGET_CUT, False, "야당 대표는 정부의 R&D 예산 삭감을 비판했다."),
    ("ko", T.BUDGET_CUT, False, "여당은 야당의 예산 삭감이 민생을 외면한 것이라고 주장했다."),
    ("ko", T.BUDGET_CUT, False, "대변인은 특활비 삭감에 대해서도 언급했다."),
    ("ko", T.BUDGET_CUT, False, "회사는 인력 감축을 통해 비용을 줄이기로 했다."),
    # Korean: bridges and sales closed by order, permit regimes, spending cut in the draft,
    # sanction packages, business suspensions, plants of a stated size
    ("ko", T.SERVICE_SUSPENSION, True, "시는 안전 점검을 위해 다리 통행을 전면 금지했다."),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "학교는 학생들의 전동킥보드 이용을 금지한다는 안내문을 보냈다.",
    ),
    ("ko", T.EXPORT_CONTROL, True, "미국이 반도체 장비의 중국 수출을 허가제로 바꿨다."),
    ("ko", T.BUDGET_CUT, True, "정부는 내년 연구개발 예산을 올해보다 4조6000억원 적게 편성했다."),
    ("ko", T.BUDGET_CUT, True, "기재부는 각 부처 재량지출을 10% 일괄 삭감하기로 했다."),
    ("ko", T.BUDGET_CUT, True, "시는 지역 방송사에 대한 출연금 지원을 중단했다."),
    ("ko", T.SANCTION_FINE, True, "EU가 러시아에 대한 17차 제재안을 채택했다."),
    ("ko", T.SANCTION_FINE, True, "식약처는 해당 업체에 영업정지 1개월의 행정처분을 내렸다."),
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        True,
        "한 배터리 회사가 헝가리에 1조원 규모의 공장을 세우기로 했다.",
    ),
    ("ko", T.TARIFF_CHANGE, False, "관세 인상 효과로 세수가 늘었다."),
    ("ko", T.POLICY_REVERSAL, False, "그는 은퇴 계획을 철회했다."),
    ("ko", T.SERVICE_SUSPENSION, False, "그는 운영 중단 위기에 처한 회사를 살려냈다고 회고했다."),
    # English: spending plans of companies count, a government's ordinary spending does not
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "The company plans to spend more than $500 billion in the United States over four years.",
    ),
    ("en", T.INVESTMENT_PLEDGE, False, "The government plans to spend $10 billion on welfare."),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The president backed off his threat to impose tariffs, extending the deadline to July.",
    ),
    ("en", T.POLICY_REVERSAL, False, "Stocks backed off their record highs on Friday."),
    ("en", T.TARIFF_CHANGE, False, "Trade ministers discussed tariff reductions at the meeting."),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "Net loss was 12 mln dlrs, including a penalty charge of 2 mln.",
    ),
    ("en", T.BUDGET_CUT, False, "The company trimmed its capital budget by 100 mln dlrs."),
    ("en", T.POLICY_REVERSAL, False, "The court upheld the agency's decision to repeal the rule."),
    # background "back in", obligations, "it is time to", inverted conditionals
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "Back in 2018, Washington slapped tariffs of 25 percent on Chinese goods.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The government should scrap the tax, the newspaper said in an editorial.",
    ),
    ("en", T.BUDGET_CUT, False, "It is time for Congress to cut funding for the program."),
    ("en", T.BUDGET_CUT, False, "Were the council to cut funding, the library would close."),
    # a signed order "that could impose" tariffs is the act; investment curbs are not trade
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "The chancellor signed a decree that could impose tariffs on $8 billion of farm goods.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "The order targets imports from the region and restrictions on foreign investment.",
    ),
    # predictions, habits, reactions to a tariff, and what trade rules permit are not acts
    (
        "en",
        T.BUDGET_CUT,
        False,
        "The senator said it seems likely that lawmakers will cut funding for the agency.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "As Washington keeps imposing more tariffs on imports, firms are moving production.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "Carmakers plan to shift output abroad to avoid the retaliatory tariffs imposed by Ottawa.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "Under the pact, signatories are allowed to raise duties only as far as the agreed cap.",
    ),
    # amounts spelled out in words
    (
        "en",
        T.BUDGET_CUT,
        True,
        "The House committee trimmed two billion dlrs from farm support programs.",
    ),
    # more phrasings: loosened licence procedures, backing away from a plan, roads cut off,
    # exports of a named good suspended, transport at a standstill
    ("ko", T.EXPORT_CONTROL, True, "산업부는 전략물자 수출 허가 절차를 간소화했다."),
    ("ko", T.POLICY_REVERSAL, True, "정부는 의대 정원 2000명 증원 방침에서 물러섰다."),
    ("ko", T.POLICY_REVERSAL, True, "정부는 당정협의를 거쳐 종부세 개편안을 보류하기로 했다."),
    ("ko", T.POLICY_REVERSAL, False, "그 의원은 당 대표직에서 물러섰다."),
    ("ko", T.SERVICE_SUSPENSION, True, "대형 산불로 고속도로 일부 구간 통행이 차단됐다."),
    ("ko", T.SERVICE_SUSPENSION, False, "중단됐던 운항이 재개됐다."),
    ("ko", T.SANCTION_FINE, False, "과징금 부과 처분의 적법성을 다투는 재판이 시작됐다."),
    ("en", T.EXPORT_CONTROL, True, "Russia suspended grain exports to neighbouring countries."),
    ("en", T.SERVICE_SUSPENSION, True, "Public transport ground to a halt as workers walked out."),
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The subway system shut down for the night as the storm approached.",
    ),
    ("en", T.SERVICE_SUSPENSION, False, "Services resumed on Monday after a two-day halt."),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "The tariff, introduced two years ago, has raised 3 billion dollars.",
    ),
    ("en", T.SANCTION_FINE, False, "He paid the fine and was released."),
    ("en", T.POLICY_REVERSAL, False, "The company's shares reversed course in afternoon trading."),
    # who acts: sports bodies, clubs, individuals and parties do not reverse policy or cut
    # budgets; councils and companies do
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The football league reversed its decision on kick-off times.",
    ),
    ("en", T.POLICY_REVERSAL, False, "The singer cancelled her plans to retire."),
    ("en", T.BUDGET_CUT, False, "The club slashed its wage budget after relegation."),
    ("en", T.POLICY_REVERSAL, True, "The airline scrapped plans to charge for carry-on bags."),
    ("ko", T.POLICY_REVERSAL, False, "한 정당은 당론으로 정했던 법안 추진 방침을 철회했다."),
    ("ko", T.BUDGET_CUT, False, "구단은 선수단 연봉 예산을 대폭 삭감했다."),
    ("ko", T.POLICY_REVERSAL, True, "한 플랫폼 기업은 논란이 된 요금 인상 방침을 철회했다."),
    # tariff levels that already apply, forecasts of their effect, and rates that change
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "Many of the goods are subject to tariffs of 25 percent imposed during the first "
        "Trump administration.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "A 10 percent tariff would add about $1,000 to the price of a new car.",
    ),
    ("en", T.TARIFF_CHANGE, True, "Tariffs on Chinese steel will rise to 50 percent from June 4."),
    ("ko", T.TARIFF_CHANGE, False, "한국은 미국산 공산품 대부분에 무관세를 적용하고 있다."),
    ("ko", T.TARIFF_CHANGE, True, "미국의 자동차 관세 25%가 3일부터 발효됐다."),
    # "$20 billion" is money even with several digits after the sign; control lists;
    # a company pausing its own shipments is not an export control
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "The chipmaker announced plans to build two factories in Ohio at a cost of $20 billion.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "Beijing placed 15 U.S. defence firms on its export control list.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "The company halted shipments of the phone to fix a battery fault.",
    ),
    ("en", T.INVESTMENT_PLEDGE, False, "Consumers spend $50 billion a year on coffee."),
    # look-alikes of the Korean phrasings added above: figurative outages, sport, private
    # postponements, waste paper (폐지), a plant built years ago
    ("ko", T.SERVICE_SUSPENSION, False, "두 사람의 대화는 한동안 먹통이었다는 후문이다."),
    ("ko", T.SERVICE_SUSPENSION, False, "경찰은 사고 현장 주변의 통행을 통제하고 있다고 밝혔다."),
    ("ko", T.SERVICE_SUSPENSION, False, "그는 불통 리더십이라는 비판을 받았다."),
    ("ko", T.POLICY_REVERSAL, False, "경기 막판 역전으로 승부를 뒤집었다."),
    ("ko", T.POLICY_REVERSAL, False, "회사는 신제품 출시를 다음 달로 미뤘다."),
    ("ko", T.POLICY_REVERSAL, False, "폐지 줍는 노인들이 늘고 있다."),
    ("ko", T.SANCTION_FINE, False, "행정처분 기준이 강화된다."),
    ("ko", T.INVESTMENT_PLEDGE, False, "그 회사는 2019년 1조원 규모의 공장을 세웠다."),
    # the act as the object of worries, a time reference or a cause of hardship
    ("en", T.TARIFF_CHANGE, False, "Stocks slid amid worries about additional tariffs."),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "Farmers hit by retaliatory tariffs will receive $12 billion in aid.",
    ),
    ("ko", T.TARIFF_CHANGE, False, "새 관세 부과를 앞두고 수입업체들이 재고를 늘리고 있다."),
    (
        "ko",
        T.EXPORT_CONTROL,
        False,
        "반도체 업계는 수출 규제 강화 가능성에 촉각을 곤두세우고 있다.",
    ),
    # Korean reported-speech endings ("…한 것으로 알려졌다") and more budget lines and ports
    ("ko", T.EXPORT_CONTROL, True, "중국이 희토류 가공 기술의 수출을 금지한 것으로 알려졌다."),
    ("ko", T.BUDGET_CUT, True, "국회가 대통령실 업무추진비를 전액 삭감한 것으로 알려졌다."),
    ("ko", T.SERVICE_SUSPENSION, True, "태풍 영향으로 부산항의 선박 입출항이 전면 통제됐다."),
    ("ko", T.SANCTION_FINE, True, "금융당국이 해당 은행에 대한 중징계를 확정했다."),
    # a delayed or cut investment is not a pledge; delaying a planned one is a reversal
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "The carmaker delayed a planned $2 billion investment in a Mexican plant.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The carmaker delayed a planned $2 billion investment in a Mexican plant.",
    ),
    ("en", T.INVESTMENT_PLEDGE, False, "The company announced investment cuts of $500 million."),
    # embargoes agreed, imports suspended, quotas scrapped, sanctions packages, aid paused;
    # a recommendation to restrict is not the act
    ("en", T.EXPORT_CONTROL, True, "The EU agreed an embargo on Russian oil imports."),
    ("en", T.EXPORT_CONTROL, True, "China suspended imports of Japanese seafood."),
    ("en", T.EXPORT_CONTROL, True, "Argentina scrapped export quotas on beef."),
    (
        "en",
        T.SANCTION_FINE,
        True,
        "The EU's 16th sanctions package targets Russia's shadow fleet.",
    ),
    ("en", T.BUDGET_CUT, True, "Washington paused $3 billion in military aid to Ukraine."),
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "The department sent recommendations for the president to restrict imports of steel.",
    ),
    ("en", T.BUDGET_CUT, False, "Military aid to Ukraine rose to $60 billion."),
    # a cut price, forecast or volume in the passive is not a halted service
    ("en", T.SERVICE_SUSPENSION, False, "Power prices were cut by 5 percent."),
    ("en", T.SERVICE_SUSPENSION, False, "Sales forecasts were cut by analysts."),
    ("en", T.SERVICE_SUSPENSION, False, "Trading volumes were cut in half as investors waited."),
    ("en", T.SERVICE_SUSPENSION, True, "Water supplies were cut off to 10,000 homes."),
    # funding rounds, investment funds and stock grants are not budgets; suspended funding
    # is a budget act rather than a policy reversal
    ("en", T.BUDGET_CUT, False, "The startup paused its funding round amid weak demand."),
    (
        "en",
        T.BUDGET_CUT,
        False,
        "The property fund suspended redemptions after a rush of withdrawals.",
    ),
    ("en", T.BUDGET_CUT, False, "The company cancelled its grant of stock options."),
    ("en", T.BUDGET_CUT, True, "The World Bank suspended funding for the dam project."),
    ("en", T.POLICY_REVERSAL, False, "The World Bank suspended funding for the dam project."),
    ("en", T.POLICY_REVERSAL, True, "The government scrapped the dam project."),
    # halting something for lack of money is not cutting the money; a court cancelling a
    # fine is about the fine
    ("ko", T.BUDGET_CUT, False, "회사는 예산 부족으로 신규 채용을 중단했다."),
    ("ko", T.BUDGET_CUT, False, "보조금 부정수급 조사가 중단됐다."),
    ("ko", T.BUDGET_CUT, True, "정부는 해당 단체에 대한 보조금 지원을 전면 중단했다."),
    ("ko", T.POLICY_REVERSAL, False, "법원은 과태료 부과를 취소했다."),
    ("ko", T.SANCTION_FINE, True, "법원은 과태료 부과를 취소했다."),
    # a minority's push, an exporter's hope, a court turning down a bid: nobody with the power
    # acted
    (
        "en",
        T.BUDGET_CUT,
        False,
        "Republicans in the minority said they would push to cut spending on ministries.",
    ),
    ("en", T.BUDGET_CUT, True, "The council said it would cut spending on ministries."),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "Farm groups hope the government will lower tariffs on fertiliser, the group said.",
    ),
    ("en", T.TARIFF_CHANGE, True, "The government will lower tariffs on fertiliser, it said."),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The court on Friday rejected a bid by landlords to overturn the rent freeze.",
    ),
    ("en", T.POLICY_REVERSAL, True, "The court on Friday overturned the rent freeze."),
    ("ko", T.TARIFF_CHANGE, False, "업계에서는 원자재 관세를 낮춰야 한다는 목소리가 커지고 있다."),
    ("ko", T.TARIFF_CHANGE, True, "정부는 원자재 관세를 낮추기로 했다고 밝혔다."),
    # a licence requirement is an export control even without the word 허가제
    (
        "ko",
        T.EXPORT_CONTROL,
        True,
        "정부는 드론 부품을 수출할 때 사전 허가를 받도록 하는 제도를 도입했다.",
    ),
    # a halt that is over is not news of a halt
    ("ko", T.SERVICE_SUSPENSION, False, "폭설로 멈췄던 경전철 운행이 이틀 만에 재개됐다."),
    ("ko", T.SERVICE_SUSPENSION, True, "폭설로 경전철 운행이 이틀째 멈췄다."),
    # explaining what tariffs are for is not an act
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "Countries use tariffs to shield farmers, raise revenue or win leverage in talks.",
    ),
    # a context word inside another word: 무역(trade) is not 역(station)
    ("ko", T.SERVICE_SUSPENSION, False, "무역위원회는 반덤핑 조사를 종료한다고 발표했다."),
    ("ko", T.SERVICE_SUSPENSION, True, "코레일은 폭우로 서울역 발 열차 운행을 중지했다."),
    # an outage stated as what users could not do
    ("ko", T.SERVICE_SUSPENSION, True, "배달 앱이 주문 폭주로 한때 접속이 되지 않았다."),
    ("ko", T.SERVICE_SUSPENSION, True, "예매 사이트 서버가 한때 다운됐다."),
    # deciding not to run a service is a halt, not a reversal
    ("ko", T.POLICY_REVERSAL, False, "선사는 점검을 마칠 때까지 운항을 하지 않기로 했다."),
    # a cut stated as the smaller total, or as "the first time it was cut"
    (
        "ko",
        T.BUDGET_CUT,
        True,
        "내년 연구개발 예산이 올해보다 10% 줄어든 20조원으로 편성됐다.",
    ),
    ("ko", T.EXPORT_CONTROL, True, "미국 상무부는 중국 기업 10곳을 수출 제한 명단에 올렸다."),
    # "X said <Name> would …" reports a decision as "X said it would …" does
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "The premier said Beijing would impose export controls on rare earths.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "Analysts said Beijing would impose export controls on rare earths if talks fail.",
    ),
    # the offence a fine is for is no act of its own
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The regulator fined the bank for colluding with rivals to delay the rollout of rules.",
    ),
    (
        "ko",
        T.TARIFF_CHANGE,
        False,
        "법원은 정부의 관세 부과를 방해한 혐의로 기소된 A씨에게 벌금형을 선고했다.",
    ),
    (
        "ko",
        T.SANCTION_FINE,
        True,
        "법원은 관세 부과를 방해한 혐의로 기소된 A씨에게 벌금형을 선고했다.",
    ),
    # round 8 (ko-r8k): pausing an export restriction; earlier acts named as reference,
    # as a topic, as contested, as not yet in force, or defined in an explainer
    ("ko", T.POLICY_REVERSAL, True, "중국은 희토류 수출 제한을 1년간 유예하기로 했다."),
    ("ko", T.SANCTION_FINE, False, "공정위는 올해 초 A사에 과징금 30억원을 부과한 바 있다."),
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "A사가 공정위의 과징금 처분에 불복해 제기한 소송의 첫 재판이 열렸다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "B사가 지난달 빚어진 서비스 장애와 관련한 보상안을 내놨다.",
    ),
    ("ko", T.TARIFF_CHANGE, False, "조사가 시작되더라도 실제 관세가 부과되기까지는 1년이 걸린다."),
    ("ko", T.TARIFF_CHANGE, False, "상대국이 매기는 관세만큼 미국도 관세를 매기겠다는 개념이다."),
    # a sanction stated by its verb alone; a fund committed by its size (not a support fund)
    ("ko", T.SANCTION_FINE, True, "미 재무부는 러시아 석유 기업 2곳을 제재했다."),
    ("ko", T.SANCTION_FINE, False, "미국이 이란을 제재한다면 유가가 오를 것이다."),
    ("ko", T.INVESTMENT_PLEDGE, True, "정부는 150조원 규모의 국민성장펀드를 조성하기로 했다."),
    ("ko", T.INVESTMENT_PLEDGE, False, "소상공인을 위한 1000억원 규모의 지원 펀드를 조성한다."),
    # deposits/withdrawals and new subscriptions halted: a service people use
    (
        "ko",
        T.SERVICE_SUSPENSION,
        True,
        "업비트는 지갑 점검을 이유로 이더리움 입출금을 일시 중단했다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        True,
        "SK텔레콤은 유심 해킹 사고 이후 신규 가입자 모집을 중단했다.",
    ),
    ("ko", T.SERVICE_SUSPENSION, False, "정부는 가입 협상을 중단했다."),
    # a goal (~를 위해), an announcement still to come, prevention of a repeat, a fine already
    # received, a service end the story is ahead of
    ("ko", T.TARIFF_CHANGE, False, "정부는 관세 인하를 위해 미국과 협상을 벌이고 있다."),
    ("ko", T.TARIFF_CHANGE, True, "미국은 관세 부과를 위한 행정명령에 서명했다."),
    ("ko", T.INVESTMENT_PLEDGE, False, "현대차는 다음 주 미국 투자 계획을 발표할 예정이다."),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "카카오는 서비스 중단 사태가 재발하지 않도록 센터를 이중화했다.",
    ),
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "공정위로부터 과징금 100억원을 받은 A사가 또다시 조사를 받고 있다.",
    ),
    ("ko", T.SERVICE_SUSPENSION, False, "서비스 종료를 앞둔 게임에 이용자들의 발길이 이어졌다."),
    # round 8 (Korean politics, courts, regional services): a cut stated as a move between
    # two amounts, services that will not run, routes abolished; the review stage, a pluperfect
    # verb, a candidate's pledge, a hearing with no ruling and a fine decided against are not acts
    (
        "ko",
        T.BUDGET_CUT,
        True,
        "교육청은 혁신학교 운영 예산을 올해 120억원에서 40억원으로 대폭 축소했다고 밝혔다.",
    ),
    (
        "ko",
        T.BUDGET_CUT,
        False,
        "예결위는 오는 11일부터 소위를 가동해 본격적인 감액 심사에 들어간다.",
    ),
    ("ko", T.SERVICE_SUSPENSION, True, "병원은 이달부터 소아응급실 주말 진료를 하지 않기로 했다."),
    ("ko", T.SERVICE_SUSPENSION, True, "시내버스 3개 노선이 다음 달 1일부터 폐선된다."),
    ("ko", T.SERVICE_SUSPENSION, False, "의료원은 지난여름 응급실 야간 운영을 중단했었다."),
    ("ko", T.SERVICE_SUSPENSION, False, "국비 지원이 끊기면서 지역화폐 발행 규모가 줄었다."),
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        '후보는 기자회견에서 "취임 즉시 관광단지 사업을 원점에서 재검토하겠다"고 말했다.',
    ),
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "서울고법은 A사가 낸 과징금 납부명령 취소 소송의 두 번째 변론기일을 열었다.",
    ),
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "환경부는 비닐봉지 사용에 대해서도 과태료를 부과하지 않기로 했다.",
    ),
    # a court that stops a rule's effect or holds an ordinance void (and one that holds it is
    # not), a cut of a reserve stated as a move between two amounts
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "법원은 전공의들의 신청을 받아들여 면허정지 처분의 효력을 본안 판결 때까지 멈추도록 했다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "대법원은 시의회가 의결한 조례가 상위법에 어긋나 무효라고 판결했다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "대법원은 시 조례가 상위법에 어긋나 무효라고 보기 어렵다며 시의 손을 들어줬다.",
    ),
    (
        "ko",
        T.BUDGET_CUT,
        True,
        "국회는 본회의에서 정부 예비비를 4조8000억원에서 2조4000억원으로 줄인 예산안을 의결했다.",
    ),
    # a denial that a deferral is being considered, the end of a deferral, a halt called off, a
    # halt that did not happen
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        '금융위원회는 "대출 규제 시행 유예는 검토하고 있지 않다"고 밝혔다.',
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "지난 3월부터 시행된 전세대출 규제 유예 조치가 이달 말 종료된다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "지난 3월부터 시행된 전세대출 규제 유예 조치가 이달 말 종료된다.",
    ),
    ("ko", T.SERVICE_SUSPENSION, False, "대한의사협회는 예고했던 집단 휴진을 철회한다고 밝혔다."),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "제주에 눈이 내렸지만 항공편 결항은 없었다고 공항공사가 밝혔다.",
    ),
    # A freeze stated as an amount "of … spending"; a company's capital spending is not one.
    (
        "en",
        T.BUDGET_CUT,
        True,
        "The finance ministry froze 12 billion rupees of planned spending on Tuesday.",
    ),
    ("en", T.BUDGET_CUT, False, "The miner froze $2 billion of capital spending as prices fell."),
    # A cause of something else, a party's confidence, a hedged option: no act.
    (
        "en",
        T.BUDGET_CUT,
        False,
        "Protests grew over the hardship caused by the abrupt end of fuel subsidies.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The company said it was confident the decision would be overturned on appeal.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "The minister said the country could consider halting rice exports to Europe.",
    ),
    # An outage stated in the main clause, with a record year after it.
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The bank's mobile payments app went down for six hours on Monday, the longest outage "
        "since it was launched in 2019.",
    ),
    # round 8: infrastructure scrapped; look-alikes from long public-affairs articles
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The government scrapped the northern leg of the high-speed rail line on Wednesday.",
    ),
    ("en", T.POLICY_REVERSAL, True, "Ministers axed the planned bypass after its costs doubled."),
    ("en", T.SERVICE_SUSPENSION, True, "The council closed the town's only library on Monday."),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The regional government scrapped funding for the tram extension.",
    ),
    ("en", T.POLICY_REVERSAL, False, "The yard sold the old railway bridge for scrap metal."),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The Fed will end the shrinking of its balance sheet two months earlier than planned.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The court heard a challenge to the agency's attempt to suspend the methane rule.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "Lawyers for the states argued the agency lacked the authority to suspend the rule.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The Department of Health and Human Services said the cancellations were a first step.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "GM has already suspended its dividend and cut shifts at several plants.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Chrysler said it will close all of its plants for a month.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        '"At that point, suppliers stop shipping and the lines stop moving."',
    ),
    ("en", T.SERVICE_SUSPENSION, False, "Shuttle buses ran every ten minutes during the closure."),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        '"Chapter 11 does not mean the plants close," one economist said.',
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Twenty years ago this week, the government shut down and closed national parks.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "Qualcomm asked the court on Monday to overturn a €997 million fine imposed by Brussels.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "Google is appealing a €2.4 billion fine over its shopping service.",
    ),
    # round 8, recall: a service paused by its object; a memo rescinded. A cut that is the
    # object of a reversal (a memo freezing grants rescinded, a freeze blocked) is no new cut.
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The hospital has paused births at its maternity unit because of a midwife shortage.",
    ),
    ("en", T.SERVICE_SUSPENSION, True, "The airline paused flights to Tel Aviv on Monday."),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The company paused hiring at its plants after sales slowed.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Investors paused after a rally in power and utility shares.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The White House rescinded a memo freezing federal grants, two days after issuing it.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        False,
        "The White House rescinded a memo freezing federal grants, two days after issuing it.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        False,
        "The council reversed its decision to cut funding for the youth centre.",
    ),
    ("en", T.BUDGET_CUT, False, "A judge blocked the administration's freeze on federal grants."),
    (
        "en",
        T.BUDGET_CUT,
        False,
        "The budget office withdrew an order that froze billions of dollars in federal grants.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        True,
        "The government scrapped the tax credit and cut funding for housing by $1 billion.",
    ),
    ("en", T.BUDGET_CUT, True, "The donor withdrew its funding for the project."),
    # round 8: a market story's sanctions are its cause; a consultation's proposals are no cut
    (
        "en",
        T.SANCTION_FINE,
        False,
        "Oil prices fell for a third day as traders weighed how much crude would be kept off"
        " the market by Western sanctions imposed after the invasion.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        False,
        "The proposals include closing two leisure centres and cutting the grant to the arts"
        " trust by half.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        True,
        "The council approved proposals including cutting the grant to the arts trust by half.",
    ),
    # round 8: a counterfactual ('would have closed') and a strike called off are no halt
    ("en", T.SERVICE_SUSPENSION, False, "The scheme would have closed two rural hospitals."),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "A strike that would have halted most train services on Thursday has been called off.",
    ),
    # round 8: a company's forecast or guidance for the year withdrawn is no policy reversal
    ("en", T.POLICY_REVERSAL, False, "The company withdrew its guidance for the year."),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The airline withdrew its profit forecast, citing the pandemic.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The ministry withdrew its guidance on school masks after a backlash.",
    ),
    # round 8: a probe closed without a penalty, a sanctions waiver, a rule for all who break it
    (
        "en",
        T.SANCTION_FINE,
        False,
        "The regulator said it had closed its investigation without imposing a penalty.",
    ),
    ("en", T.SANCTION_FINE, False, "The company is seeking a waiver from U.S. sanctions."),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "The council approved sanctions on landlords who fail to register.",
    ),
    ("en", T.SANCTION_FINE, True, "The Treasury sanctioned three Iranian oil tankers on Thursday."),
    # round 8: an agency's power to impose penalties is no penalty; a suspended surcharge is a
    # reversed measure, not a halted service; levies 'dropping to 10%' are a rate, no reversal
    (
        "en",
        T.SANCTION_FINE,
        False,
        "The case could limit the ability of federal agencies to impose civil penalties through"
        " in-house judges.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The premier suspended a 25% surcharge on electricity exported to three U.S. states.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The premier suspended a 25% surcharge on electricity exported to three U.S. states.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "U.S. duties on Chinese goods will fall to 30%, with Chinese levies dropping to 10%.",
    ),
    # round 8: a page's related-headline line and a region block are no news of the post
    ("en", T.POLICY_REVERSAL, False, "Related: Government reverses decision on pension age"),
    ("en", T.SANCTION_FINE, False, "Most read: EU fines tech giant €500m over app store rules"),
    ("en", T.SERVICE_SUSPENSION, False, "This service is temporarily unavailable in your region."),
    # round 8: a pending decision or ruling put off is procedure, not a reversed plan
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The regulator delayed its decision on the merger until March.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The ministry postponed the introduction of the new tax until 2027.",
    ),
    # round 8: a committee striking an item from a budget bill and funding zeroed out are cuts;
    # households' or a company's spending on advertising or dining is no funding body's cut
    (
        "en",
        T.BUDGET_CUT,
        True,
        "The finance committee struck the $10 million item for the stadium from the budget bill.",
    ),
    ("en", T.BUDGET_CUT, True, "Lawmakers zeroed out funding for the agency."),
    ("en", T.BUDGET_CUT, False, "Households cut spending on restaurants as prices rose."),
    ("en", T.BUDGET_CUT, False, "The company cut its spending on advertising by 20%."),
    (
        "en",
        T.BUDGET_CUT,
        False,
        "The committee removed a provision on abortion funding from the spending bill.",
    ),
    # round 8: a utility or internet cut off and a channel taken off air are halted services;
    # road access cut off by fighting is not a service
    ("en", T.SERVICE_SUSPENSION, True, "The government cut off internet access in the region."),
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The utility cut off power to 200,000 customers to prevent wildfires.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The broadcaster took the channel off air after the regulator revoked its licence.",
    ),
    ("en", T.SERVICE_SUSPENSION, False, "Fighting cut off road access to about 40,000 people."),
    # round 8: an act as the time frame of another statement ("When X paused …, Y thought")
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "When the president paused most of his tariffs in April, importers thought the worst"
        " was over.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "Importers cheered when the president paused most of his tariffs on Wednesday.",
    ),
    # round 8: a country's withdrawal from a body is no halted (bank) withdrawal
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The order stopped the country's withdrawal from the World Health Organization.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The bank halted withdrawals from customer accounts on Friday.",
    ),
    # round 8: a reprieve granted from tariffs is a pause; the pause named as a state or a time
    # ("the tariff pause expires", "after the tariff pause") is no new reversal
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The administration granted a one-month reprieve from auto tariffs.",
    ),
    ("en", T.POLICY_REVERSAL, False, "The tariff pause expires on July 9."),
    ("en", T.POLICY_REVERSAL, False, "Markets rallied after the tariff pause."),
    ("en", T.POLICY_REVERSAL, False, "Officials said the pause on tariffs could be extended."),
    # an appeals court is a court, not an appeal against the act it rules on
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "A federal appeals court on Thursday struck down the agency's water rules.",
    ),
    ("en", T.POLICY_REVERSAL, False, "The company is appealing the agency's water rules."),
    # round 10 (en-r10 blind failures): a government banning or blocking apps halts the service
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "India banned 59 mostly Chinese mobile apps, including TikTok.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The regulator banned apps from collecting location data without consent.",
    ),
    # a line kept shut until further notice, gas flows as a supply
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "Gazprom said the pipeline will remain shut until the turbine is repaired.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The union demanded that the pipeline stay shut until safety checks are done.",
    ),
    # a permit revoked is a decision reversed; fulfilling a campaign promise is the act done
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The president revoked the permit for the oil pipeline, fulfilling a campaign promise.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "Environmental groups urged the president to revoke the permit.",
    ),
    # a quote opening with imperatives demands the act
    ("en", T.POLICY_REVERSAL, True, '"We have decided to reverse the cuts," the minister said.'),
    ("en", T.POLICY_REVERSAL, False, '"Restore the grants, reverse the cuts," the lecturer said.'),
    # an act followed by a later one in the same sentence ("a few weeks later") is history
    ("en", T.EXPORT_CONTROL, True, "Russia restricted exports of gasoline and diesel on Thursday."),
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "Russia restricted exports of diesel in January, before lifting them a few weeks later.",
    ),
    # round 10: "폐기" (scrap) is no trigger inside "폐기물" (waste)
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "정부는 전 정부가 추진하던 석탄발전 감축 계획을 폐기하기로 했다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "고준위 방사성폐기물 특별법 시행을 앞두고 정치권 공방이 달아올랐다.",
    ),
    # round 10: a tariff rate that "falls" to a new level ("12%로 낮아진다") is a change; a
    # burden or cost that falls is not
    ("ko", T.TARIFF_CHANGE, True, "냉동 오징어의 관세율은 다음 달부터 22%에서 12%로 낮아진다."),
    ("ko", T.TARIFF_CHANGE, False, "관세 부담이 줄면서 수입 원가는 3% 낮아진다."),
    # round 10: a tariff announced earlier that "is due to take effect" restates it in a body
    (
        "ko",
        T.TARIFF_CHANGE,
        True,
        "미국은 다음 달 1일부터 한국산 철강에 25% 관세를 부과한다고 발표했다.",
    ),
    (
        "ko",
        T.TARIFF_CHANGE,
        False,
        "한미 양국은 이날 워싱턴에서 통상 협의를 이어갔다. "
        "미국이 예고한 25% 상호관세는 다음 달 1일 발효될 예정이다.",
    ),
    # round 11: production that halts (shows, films, models) is not a service people use
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The airline has halted all flights to Tel Aviv until further notice.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Production on dozens of films has halted as actors picket the studios.",
    ),
    # round 11: a factory that stops making a product halts production, not sales
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The retailer stopped selling the heaters on Monday after reports of fires.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The assembly plant stopped building the Chevrolet Cruze on Wednesday.",
    ),
    # round 11: closing plants named by a count or a place, without a determiner
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The hospital closed its maternity ward on Monday because of staff shortages.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The carmaker said it would close three European plants and cut 9,000 jobs.",
    ),
    # round 11: an election promise made "if his party wins" is not an act
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The government scrapped the carbon tax on Monday, the finance minister said.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The Conservative leader vowed on Friday to scrap the carbon tax "
        "if his party wins the next election.",
    ),
    # round 11: a law that does or does not "allow the president to impose tariffs" is a power
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "The United States imposed 25% tariffs on Canadian steel on Tuesday.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "The firms argue that the emergency law does not allow the president to impose tariffs.",
    ),
    # round 11: a delay of a programme running behind schedule is a slip, not a decision
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The government delayed the plan to raise fuel taxes by a year.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The launch was called off on Saturday, the latest delay "
        "for a programme years behind schedule.",
    ),
    # round 11: a studio's production spending is its own cost, not a funding body's budget
    (
        "en",
        T.BUDGET_CUT,
        True,
        "Congress cut funding for the arts agency by $50 million on Thursday.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        False,
        "Studios have axed several series as they cut back on production spending.",
    ),
    # ko-r11: a safeguard ("긴급수입제한 관세") is a tariff, not an import restriction.
    (
        "ko",
        T.EXPORT_CONTROL,
        True,
        "산업부는 다음 달부터 반도체 장비의 대중국 수출을 허가제로 바꾼다고 밝혔다.",
    ),
    ("ko", T.EXPORT_CONTROL, False, "정부는 수입 태양광 모듈에 긴급수입제한 관세를 매기기로 했다."),
    # ko-r11: halting a project the actor has been pursuing reverses its own plan.
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "도는 10년 동안 추진해 온 해상 케이블카 조성사업을 중단하기로 했다.",
    ),
    ("ko", T.POLICY_REVERSAL, False, "시공사는 자금난으로 아파트 건설 사업을 중단했다."),
    # ko-r11: an "investment contribution" describes past investment, not a pledge.
    ("ko", T.INVESTMENT_PLEDGE, True, "현대차는 미국 조지아 공장에 10조원을 투자하기로 했다."),
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        False,
        '장관은 "기업들의 대미 투자 기여를 설명했다"며 "협의를 계속하기로 했다"고 말했다.',
    ),
    # ko-r11: "…부 심리로 열린 변론에서" is a hearing, not a ruling on the fine.
    ("ko", T.SANCTION_FINE, True, "공정위는 온라인 플랫폼 업체에 과징금 600억원을 부과했다."),
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "서울고법 행정7부 심리로 열린 이날 변론에서 회사 측은 과징금 처분이 부당하다고 밝혔다.",
    ),
    # ko-r11: trading that "had been halted" or whose halt "was lifted" has resumed.
    ("ko", T.SERVICE_SUSPENSION, True, "한국거래소는 C사 주식의 매매거래를 정지했다."),
    ("ko", T.SERVICE_SUSPENSION, False, "거래가 정지됐던 C사 주식의 거래가 11개월 만에 재개됐다."),
    # ko-r11: a tally of halted firms is a statistic, not a halt.
    ("ko", T.SERVICE_SUSPENSION, True, "감사의견 거절로 코스닥 상장사 5곳의 주식 거래가 정지됐다."),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "올해 들어 감사의견 문제로 거래가 정지된 곳이 14곳이라고 거래소는 밝혔다.",
    ),
    # ko-r11: "거래 정지 기간 중에도" speaks of the period of an earlier halt.
    ("ko", T.SERVICE_SUSPENSION, True, "폭설로 제주공항 항공기 운항이 전면 중단됐다."),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "C사는 신약 임상을 진행하고 있다. 연구진은 새 후보물질을 찾고 있다. "
        "회사는 거래 정지 기간 중에도 연구개발을 이어 왔다.",
    ),
    # Real-news probe, English round 1: requests, waiting, "already", estimated sizes, strikes
    # called off, lifted sanctions, "put back", "had its funding cut", "for X to" (own sentences)
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "Washington delayed the tariff increase on Chinese furniture by a month.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "Washington turned down a Chinese request to delay the tariff increase on furniture.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        True,
        "The Treasury imposed sanctions on the junta's leaders on Tuesday.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "Two senators encouraged the president to impose sanctions on the junta's leaders.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "The United States lowered tariffs on European cars to 15% on Monday.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "Brussels is still waiting for the United States to lower tariffs on European cars.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "The European Union imposed duties of up to 35% on Chinese electric cars on Tuesday.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "The European Union has already imposed duties on Chinese electric cars, officials noted.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "Work began on the battery plant, which carries an estimated investment of $2 billion.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "Analysts estimated that the carmaker could invest $2 billion in a battery plant.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "Train services across the network were suspended on Monday because of flooding.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "A tribunal order suspended industrial action on the railways until July.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The printer blamed weak profits on strike problems at its French plants.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Ferry services that were disrupted by the storm resumed on Friday morning.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The ministry revoked its decision to raise fuel taxes after a week of protests.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The revocation of sanctions on the country takes effect next week.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The central bank put back the deadline for the new cheque rules after complaints.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The central bank put the new cheque rules into force on Monday.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        True,
        "Five youth charities had their state funding completely cut for next year.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        False,
        "Five youth charities had their state funding restored for next year.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The court overturned the order that barred the strike on Monday.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        '"The last thing we need is for the court to overturn these orders," the premier said.',
    ),
    # "will not go ahead": a plan dropped is a reversal; a closure or strike called off halts none
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The council's planned library closures will not go ahead, the leader said.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The council's planned library closures will go ahead in April, the leader said.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The council's planned library closures will not go ahead, the leader said.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The rail strike will not go ahead after a last-minute pay deal.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "Rail services were halted on Monday as drivers went on strike.",
    ),
    # Real-news probe, English round 2 (own sentences): sentences in the plural, talks halted or
    # paused, a policy rate with its abbreviation, sanctions lifted (export_control, not a new
    # sanction), penalties set for anyone who fails, trade allowed, import taxes, expansions
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "A court gave suspended sentences to two former officials for bribery.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "A court gave suspended sentences to two former officials for bribery.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "World trade talks came to a halt on Thursday after an all-night session failed.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The two sides agreed to pause the talks to brief their leaders.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The High Court rejected a hearing delay requested by the government.",
    ),
    ("en", T.BUDGET_CUT, False, "The Fed cut the federal funds (FF) rate to 5 percent."),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "President Clinton lifted trade sanctions against Yugoslavia on Friday.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "President Clinton lifted trade sanctions against Yugoslavia on Friday.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "The ministry set out rules laying down penalties for firms which fail to build smelters.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        True,
        "The ministry fined two mining companies for failing to build smelters.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "Belarus banned imports from countries applying sanctions against Minsk.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "The government has allowed export of 50,000 tonnes of onion to Bangladesh.",
    ),
    ("en", T.EXPORT_CONTROL, False, "Weak demand allowed exports to fall in March."),
    ("en", T.EXPORT_CONTROL, True, "Washington decided to permit food and medicine sales to Iran."),
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "India raised the import tax on crude palm oil to 30 per cent on Friday.",
    ),
    ("en", T.TARIFF_CHANGE, False, "Economists say import taxes are paid by consumers."),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "The company announced a £78 million expansion of its plant in Derry.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "Analysts said a £78 million expansion of the plant would be needed.",
    ),
    # A bare negation before the act, a concessive clause, a potential act, a refusal naming the
    # size (own sentences)
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Library bosses reiterated a commitment to not closing any of the county's libraries.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The county council closed three branch libraries on Monday.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "Even though rich nations have reduced tariffs on imports, subsidies still distort trade.",
    ),
    ("en", T.TARIFF_CHANGE, True, "Most rich nations reduced tariffs on imports on Monday."),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The operator's restructuring plan envisages potential library closures.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        False,
        '"We reject the entire £700,000 cuts package to the arts," the campaigner said.',
    ),
    ("en", T.BUDGET_CUT, True, "The council approved a £700,000 cut to the arts budget on Monday."),
    # India's Union ministries act as a government, a labour union does not; a plan scrapped in
    # the passive; a long object between the cut and the spending; a tax axed is not a budget cut
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The Union Environment Ministry on Saturday withdrew rules on the sale of cattle.",
    ),
    ("en", T.POLICY_REVERSAL, False, "The rail union on Saturday withdrew its threat of a strike."),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "Plans for a one-way system in the town centre have been scrapped after protests.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "Plans for a one-way system in the town centre have been drawn up by the council.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        True,
        "The plan cut the state's current fiscal year spending by nearly $13 billion.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        False,
        "The plan cut the state's current fiscal year deficit by nearly $13 billion.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        False,
        '"We will axe the tax, build the homes and fix the budget," the candidate said.',
    ),
    # Utility "tariffs" are prices, "close to" closes nothing, a plant "will be built" with its cost
    # is a pledge (own sentences)
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "The regulator approved a 12 per cent hike in the power tariff on Tuesday.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The hearing drew a close-to-capacity crowd to the appeals court.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "A new battery plant will be built in the county at a cost of $4.3 billion, the firm said.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "The battery plant, which cost $4.3 billion, was built in the county in 1995.",
    ),
    # A long object between "adding" and the entity list; a postponed effective date (own sentences)
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "The department said it was adding several Chinese companies involved in supercomputing "
        "to its national security entity list.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "The department said several Chinese companies involved in supercomputing were already "
        "on its entity list.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The agency postponed the effective date of the new licensing rule to May 22.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The agency announced the effective date of the new licensing rule, May 22.",
    ),
    # Korean, from real news (probe, tuning part; own sentences): a control postponed, an act
    # named as the occasion or the news of another story, a single first licence, import
    # health conditions, a water outage, bus routes abolished in a conjunctive clause,
    # construction halted by decision, tariffs removed by a trade agreement, a review said to
    # be needed, unions and ceremonies that will not act, an extended grace period, a sum
    # passively to be invested, an investment-attraction tally, sanctions imposed or received,
    # a definition of a fine, a fine disposition, an unavoidable cut, the original plan
    # contrasted with the cut, a year-on-year comparison, a commission's recommendation, a
    # notice withheld, quarantine inspections halted
    (
        "ko",
        T.EXPORT_CONTROL,
        True,
        "중국 정부가 희귀금속의 대미 수출 통제 조치를 6개월간 유예하기로 했다.",
    ),
    ("ko", T.EXPORT_CONTROL, False, "업계는 수출 통제 유예 여부에 촉각을 곤두세우고 있다."),
    (
        "ko",
        T.EXPORT_CONTROL,
        False,
        "정부의 반도체 소재 수출 규제 조치가 시작된 것을 계기로 불매 운동이 번졌다.",
    ),
    ("ko", T.EXPORT_CONTROL, True, "정부는 반도체 소재 수출 규제 조치를 시작했다."),
    ("ko", T.EXPORT_CONTROL, False, "수출 규제가 강화된 지 한 달 만에 첫 수출허가가 나왔다."),
    (
        "ko",
        T.EXPORT_CONTROL,
        True,
        "정부는 반도체 소재 3개 품목에 대한 수출 규제를 강화했다.",
    ),
    (
        "ko",
        T.EXPORT_CONTROL,
        False,
        "희토류 수출 제한 강화 소식에 관련 종목 주가가 일제히 급등했다.",
    ),
    ("ko", T.EXPORT_CONTROL, True, "중국은 희토류 수출 제한을 강화한다고 발표했다."),
    ("ko", T.EXPORT_CONTROL, True, "농식품부는 캐나다산 쇠고기 수입위생조건을 개정해 고시했다."),
    (
        "ko",
        T.EXPORT_CONTROL,
        False,
        "소비자 단체는 쇠고기 수입위생조건 개정을 요구하는 목소리를 높였다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        True,
        "이번 단수는 새 밸브가 제대로 작동하는지 확인하기 위해 상수도사업본부가 시행한다.",
    ),
    ("ko", T.SERVICE_SUSPENSION, False, "상수도 요금에서 10원 미만 단수는 버린다."),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        True,
        "시는 이용객이 적은 시내버스 3개 노선을 폐지하고 2개 노선은 단축하기로 했다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "버스 업체들이 적자 노선 폐지를 신청했지만 시는 받아들이지 않았다.",
    ),
    ("ko", T.POLICY_REVERSAL, False, "시는 이용객이 적은 시내버스 3개 노선을 폐지하기로 결정했다."),
    ("ko", T.POLICY_REVERSAL, True, "시장은 주민간담회에서 LNG 발전소 건설 중단을 선언했다."),
    ("ko", T.SERVICE_SUSPENSION, False, "시장은 주민간담회에서 LNG 발전소 건설 중단을 선언했다."),
    ("ko", T.POLICY_REVERSAL, False, "자재 수급 문제로 발전소 건설이 한때 중단됐다."),
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "호주와 자유무역협정(FTA)을 체결함에 따라 자동차 부품에 부과되던 관세가 철폐된다.",
    ),
    ("ko", T.POLICY_REVERSAL, True, "정부는 지난주 발표한 수입 철강 관세 부과 방침을 철회했다."),
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "영상물 심의 제도에 대한 전면적인 재검토가 필요하다는 지적이 나왔다.",
    ),
    ("ko", T.POLICY_REVERSAL, True, "정부는 교육 개편안을 원점에서 재검토하기로 했다."),
    ("ko", T.POLICY_REVERSAL, False, "노조는 집중 교섭 기간에는 쟁의행위를 하지 않기로 했다."),
    ("ko", T.POLICY_REVERSAL, False, "시는 안전사고를 우려해 기공식 행사를 열지 않기로 했다."),
    ("ko", T.POLICY_REVERSAL, True, "정부는 내년 시행하려던 새 규제를 도입하지 않기로 했다."),
    ("ko", T.POLICY_REVERSAL, True, "환경부는 일회용 컵 사용 금지 계도기간을 무기한 연장했다."),
    ("ko", T.POLICY_REVERSAL, False, "계도기간이 끝나는 다음 달부터는 과태료가 부과된다."),
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        True,
        "이 공장에는 모두 20억 달러(약 2조7000억원)가 투자될 예정이다.",
    ),
    ("ko", T.INVESTMENT_PLEDGE, False, "이 공장에는 지금까지 20억 달러가 투자됐다."),
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        False,
        '도지사는 "50조원 투자유치는 다른 시도와 비교해 높은 실적"이라고 말했다.',
    ),
    ("ko", T.INVESTMENT_PLEDGE, True, "한 전자업체는 평택에 50조원을 투자하기로 했다."),
    (
        "ko",
        T.SANCTION_FINE,
        True,
        "공정위는 하도급법을 반복해 어긴 12개 업체에 시정명령 등 제재를 가했다.",
    ),
    ("ko", T.SANCTION_FINE, False, "업체들은 공정위의 제재가 과하다고 반발했다."),
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "과태료는 행정 질서를 어긴 사람에게 국가가 일정 금액을 부과하는 제재다.",
    ),
    ("ko", T.SANCTION_FINE, True, "구청은 폐기물을 무단 투기한 업체에 과태료 300만원을 부과했다."),
    ("ko", T.SANCTION_FINE, True, "위원회는 원산지를 속인 수입업체에 과징금 부과 처분을 내렸다."),
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "위원회가 과징금 부과 처분을 내렸는지 여부는 확인되지 않았다.",
    ),
    (
        "ko",
        T.BUDGET_CUT,
        False,
        "정부가 예산을 14% 늘려 편성할 방침이어서 국회 심의에서 대폭 삭감이 불가피하게 됐다.",
    ),
    ("ko", T.BUDGET_CUT, True, "국회는 정부 예산안에서 3000억원을 삭감했다."),
    (
        "ko",
        T.BUDGET_CUT,
        True,
        "당초 구청은 500억원을 편성해 제출했으나 구의회 심사에서 예산 3억원이 삭감됐다.",
    ),
    (
        "ko",
        T.BUDGET_CUT,
        False,
        "당초 구청은 예산 3억원을 삭감하려 했으나 구의회 심사에서 그대로 통과됐다.",
    ),
    ("ko", T.BUDGET_CUT, True, "구의회는 지난해보다 5% 늘어난 예산안에서 10억원을 삭감했다."),
    ("ko", T.BUDGET_CUT, False, "지난해 구의회는 예산안에서 10억원을 삭감한 바 있다."),
    (
        "ko",
        T.TARIFF_CHANGE,
        True,
        "무역위원회는 중국산 철선에 5년간 8%의 덤핑방지관세를 부과할 것을 기획재정부 장관에게 "
        "건의하기로 했다.",
    ),
    ("ko", T.TARIFF_CHANGE, False, "업계는 수입 철강에 관세를 부과할 것을 정부에 요구했다."),
    ("ko", T.POLICY_REVERSAL, True, "정부는 수입 쇠고기 위생조건 고시를 유보하기로 했다."),
    ("ko", T.POLICY_REVERSAL, False, "정부는 수입 쇠고기 위생조건 고시를 예정대로 발표했다."),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "정부는 답신이 올 때까지 수입 쇠고기에 대한 검역을 중단하기로 했다.",
    ),
    ("ko", T.SERVICE_SUSPENSION, True, "공항 출입국 심사 서비스가 전산 장애로 중단됐다."),
    # Korean, from real news (probe, tuning part; own sentences): a fine stated with its amount
    # after a fine not imposed, a rule's notice withheld, a control named as the premise of
    # another act, a comparison with the original budget, cuts as the means of a passed budget
    (
        "ko",
        T.SANCTION_FINE,
        True,
        "위원회는 위반이 경미한 업체들에 과징금을 부과하지 않고 총 2000만원의 과태료를 부과했다.",
    ),
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "위원회는 위반이 경미한 업체들에 과징금을 부과하지 않기로 했다.",
    ),
    ("ko", T.POLICY_REVERSAL, True, "정부는 새 원산지 표시 기준 고시를 잠정 보류하기로 했다."),
    ("ko", T.POLICY_REVERSAL, False, "정부는 새 원산지 표시 기준을 다음 달 고시하기로 했다."),
    (
        "ko",
        T.EXPORT_CONTROL,
        False,
        "국제 사회의 전략물자 수출 통제가 강화됨에 따라 정부는 무역업체에 주의를 당부했다.",
    ),
    ("ko", T.EXPORT_CONTROL, True, "정부는 전략물자 수출 통제를 강화했다."),
    (
        "ko",
        T.BUDGET_CUT,
        True,
        "시의회는 행사비 1000만원을 삭감해 당초 예산보다 10억원 늘어난 예산안을 의결했다.",
    ),
    ("ko", T.BUDGET_CUT, False, "당초 예산은 지난해 이미 삭감된 바 있다."),
    ("ko", T.BUDGET_CUT, True, "시의회는 홍보비 2000만원 삭감 등을 통해 예산안을 수정 의결했다."),
    ("ko", T.BUDGET_CUT, False, "시의회는 홍보비 삭감 등 여러 방안을 논의했다."),
    # The original plan contrasted with the act is no background, but a cut told as the original
    # act still is; an industry's recommendation stays a demand (own sentences)
    (
        "ko",
        T.BUDGET_CUT,
        False,
        "당초 구의회는 예산 3억원을 삭감했으나 추경에서 다시 살렸다.",
    ),
    (
        "ko",
        T.TARIFF_CHANGE,
        False,
        "철강 업계는 수입 철강에 관세를 부과할 것을 산업부 장관에게 건의했다.",
    ),
    # A cut told as undone later ('삭감했다가'), and a yearly tally of fines, are not the act
    # (own sentences)
    (
        "ko",
        T.BUDGET_CUT,
        False,
        "의회는 야당 시절 이 예산을 2000억원 삭감했다가 여당이 되자 다시 편성했다.",
    ),
    ("ko", T.BUDGET_CUT, True, "의회는 이 예산을 2000억원 삭감했다."),
    ("ko", T.SANCTION_FINE, False, "지난해 과징금 부과액은 전년보다 크게 증가한 것으로 집계됐다."),
    ("ko", T.SANCTION_FINE, True, "공정위는 담합한 업체들에 과징금 300억원을 부과했다."),
    # A grace period not extended is no reversal; construction halted by a company's decision is
    # (own sentences)
    ("ko", T.POLICY_REVERSAL, False, "정부는 일회용품 규제 계도기간을 연장하지 않기로 했다."),
    ("ko", T.POLICY_REVERSAL, True, "회사는 미국 공장 건설을 잠정 중단한다고 발표했다."),
    ("ko", T.POLICY_REVERSAL, False, "폭우로 공장 건설 현장의 작업이 잠시 중단됐다."),
    # A trade commission's recommendation in the nominal form is a proposed duty; an industry
    # association's is a demand (own sentences)
    (
        "ko",
        T.TARIFF_CHANGE,
        True,
        "무역위원회는 일본산 스테인리스 후판에 대해 13.17%의 덤핑방지관세 부과를 기획재정부 "
        "장관에게 건의하기로 했다.",
    ),
    (
        "ko",
        T.TARIFF_CHANGE,
        False,
        "철강협회는 중국산 후판에 대한 덤핑방지관세 부과를 기획재정부 장관에게 건의하기로 했다.",
    ),
    # Water supply halted (급수 중단), a route abolished after a time phrase, a recommendation
    # to a ministry named by its short form (own sentences)
    (
        "ko",
        T.SERVICE_SUSPENSION,
        True,
        "시는 상수도 공사로 인해 3개 동 주민들에게 급수를 일시 중단한다고 안내했다.",
    ),
    ("ko", T.SERVICE_SUSPENSION, False, "급수 중단 여부는 아직 정해지지 않았다."),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        True,
        "도는 이용객이 적은 광역버스 2개 노선을 다음 달부터 폐지한다.",
    ),
    ("ko", T.SERVICE_SUSPENSION, False, "시는 버스 요금 할인 제도를 내년부터 폐지한다."),
    (
        "ko",
        T.TARIFF_CHANGE,
        True,
        "무역위원회는 중국산 판재에 24.37%의 덤핑방지관세를 부과할 것을 기재부에 건의했다.",
    ),
    ("ko", T.TARIFF_CHANGE, False, "업계는 중국산 판재에 관세를 부과할 것을 산업부에 건의했다."),
    # A grace period of a rule that ends, and a target for attracting investment (own sentences)
    ("ko", T.EXPORT_CONTROL, False, "수입 규제 유예 기간이 끝나면서 업계의 부담이 커지고 있다."),
    ("ko", T.INVESTMENT_PLEDGE, False, "시는 올해 50조원 투자유치를 목표로 잡았다."),
    # ko: not the article's act: a denial that a step means the act (의미하는 것은 아니라고),
    # a committee's usual power (증액 또는 감액하게 된다), a cut under an earlier government
    # now being restored, a trade dispute over a measure, an office's duties (등의 업무를
    # 맡는다), an aim (것이 목표였다), a facility described as built with an investment
    # (투자해 건설 중인 시설이다); a list of named targets counted after 등 (A, B, C, D 등
    # 5곳을) is not a list of topics
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "국토부는 노선 조정에 따라 도심 경전철 사업을 전면 백지화하기로 했다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "국토부는 노선 조정이 '경전철 사업 백지화'를 의미하는 것은 아니라고 설명했다.",
    ),
    ("ko", T.BUDGET_CUT, True, "상임위원회는 심사를 거쳐 교육청 예산 30억원을 감액했다."),
    (
        "ko",
        T.BUDGET_CUT,
        False,
        "각 상임위원회는 심사를 거쳐 교육청 예산안을 증액 또는 감액하게 된다.",
    ),
    ("ko", T.BUDGET_CUT, True, "시의회는 청년 창업 지원 예산을 전액 삭감했다."),
    ("ko", T.BUDGET_CUT, False, "여당, 전 정부 때 전액 삭감한 청년 창업 지원 예산 복원 추진"),
    ("ko", T.EXPORT_CONTROL, True, "A국은 반도체 소재의 수출 제한 조치를 강화했다."),
    (
        "ko",
        T.EXPORT_CONTROL,
        False,
        "WTO는 A국의 반도체 소재 수출제한조치 분쟁을 다룰 패널을 설치했다.",
    ),
    ("ko", T.TARIFF_CHANGE, True, "기재부는 중국산 철강에 30% 덤핑방지관세를 부과하기로 했다."),
    (
        "ko",
        T.TARIFF_CHANGE,
        False,
        "신설된 조사팀은 덤핑방지관세 부과의 적정성 검토와 사후 점검 등의 업무를 맡는다.",
    ),
    ("ko", T.TARIFF_CHANGE, True, "미국은 철강에 부과하던 25% 관세를 15%로 낮췄다."),
    (
        "ko",
        T.TARIFF_CHANGE,
        False,
        "철강에 부과된 25% 관세를 최대한 낮추는 것이 이번 협상의 1차 목표였다.",
    ),
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        True,
        "두 회사는 3조 원을 투자해 새 배터리 공장을 건설하기로 했다.",
    ),
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        False,
        "화재가 난 공장은 두 회사가 3조 원을 투자해 건설 중인 시설이다.",
    ),
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        False,
        "두 회사가 3조 원을 함께 투자해 연간 20만 대를 만들 수 있는 규모의 공장이다.",
    ),
    (
        "ko",
        T.SANCTION_FINE,
        True,
        "외교부는 가나무역, 다라상사, 마바해운, 사아물산, 자차기술 등 5곳을 "
        "독자제재 대상으로 추가 지정했다.",
    ),
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "회의에서는 관세, 환율, 공급망, 에너지, 추가 제재 문제가 다뤄졌다.",
    ),
    # ko: acts told in constructions of real news: the connective -하자 (when X did, Y …)
    # is not the hortative (삭감하자고, 하자는); a strike begins at an operator of a public
    # service (시내버스 노조가 총파업에 돌입); postponing a tariff-rate rise (관세율 인상을
    # 연기); import quarantine measures on a product lifted or tightened (검역 강화 조치를
    # 해제); a committee votes a cut with its amount (N원을 삭감하는 것으로 의결).
    # Look-alikes: a quoted proposal, a strike at a factory, a rise scheduled, quarantine
    # of travellers, a revenue estimate lowered
    (
        "ko",
        T.BUDGET_CUT,
        True,
        "예결위가 시 추경예산안에서 35억원을 삭감하는 것으로 의결하자 시청이 반발했다.",
    ),
    ("ko", T.BUDGET_CUT, False, '한 위원은 "추경예산안에서 홍보비 35억원을 삭감하자"고 말했다.'),
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "대법원이 정부의 수입 관세 부과가 위법하다고 판단하자, 업계는 환영했다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        '업계는 "정부의 수입 관세 부과가 위법하다고 판단하자"는 의견을 냈다.',
    ),
    ("ko", T.SERVICE_SUSPENSION, True, "시내버스 노조가 15일 첫차부터 총파업에 돌입했다."),
    ("ko", T.SERVICE_SUSPENSION, False, "자동차 부품 공장 노조가 15일부터 총파업에 돌입했다."),
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "미국은 중국산 제품에 대한 관세율 인상을 3월까지 연기한다고 밝혔다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "미국은 중국산 제품에 대한 관세율 인상을 3월부터 시행한다고 밝혔다.",
    ),
    ("ko", T.EXPORT_CONTROL, True, "농식품부는 미국산 쇠고기에 대한 검역 강화 조치를 해제했다."),
    ("ko", T.EXPORT_CONTROL, False, "방역당국은 해외 입국자에 대한 검역 강화 조치를 해제했다."),
    ("ko", T.BUDGET_CUT, True, "예결위는 시 추경예산안에서 35억원을 삭감하는 것으로 의결했다."),
    ("ko", T.BUDGET_CUT, False, "예결위는 세입 추계를 35억원 감액하는 것으로 의결했다."),
    # ko: a tariff change told in the future attributive (25%로 올릴 방침, 높일, 낮출, 매길,
    # 물릴); a look-alike: the same verb in a hedge
    ("ko", T.TARIFF_CHANGE, True, "미국은 중국산 철강에 대한 관세를 25%로 올릴 방침이라고 밝혔다."),
    ("ko", T.TARIFF_CHANGE, False, "업계는 정부가 철강 관세를 25%로 올릴 가능성을 우려했다."),
    # ko: a committee's cut of an amount told with a connective (N원을 삭감하여 … 수정가결); a
    # look-alike: a revenue estimate lowered
    (
        "ko",
        T.BUDGET_CUT,
        True,
        "위원회는 심사를 거쳐 문화관광과 등 5개 부서의 9개 사업 8억원을 삭감하여 "
        "다른 재원으로 돌리는 것으로 수정가결했다.",
    ),
    (
        "ko",
        T.BUDGET_CUT,
        False,
        "위원회는 심사를 거쳐 세입 추계 가운데 8억원을 감액하여 수정 의결했다.",
    ),
    # ko: a legislature's budget smaller than the government's proposal by an amount (정부안
    # 대비 N원 줄어든/삭감된/순감); a look-alike: a revenue estimate below the proposal
    (
        "ko",
        T.BUDGET_CUT,
        True,
        "국회를 통과한 내년도 예산안은 정부안 대비 2조 1천억 원 줄어든 것으로 확정됐다.",
    ),
    (
        "ko",
        T.BUDGET_CUT,
        False,
        "내년 국세 수입 전망치는 정부안 대비 2조 1천억 원 줄어든 것으로 나타났다고 "
        "국회 산하 기관인 예산정책처가 밝혔다.",
    ),
    # ko: an aim is the clause that ends in it (관세를 낮추는 것이 목표라고), not an act the
    # sentence reports before naming an aim (부과하기로 했으며, … 줄이는 것이 목표)
    (
        "ko",
        T.TARIFF_CHANGE,
        True,
        "미국은 중국산 제품에 25% 관세를 부과하기로 했으며, "
        "무역적자를 줄이는 것이 목표라고 설명했다.",
    ),
    (
        "ko",
        T.TARIFF_CHANGE,
        False,
        "정부는 대미 협상에서 자동차 관세 25%를 15%로 낮추는 것이 목표라고 밝혔다.",
    ),
    # A look back at earlier acts, a strike notice withdrawn, domestic duties (taxes, not customs
    # duties), a court ordering a rule vacated (own sentences)
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "A look back at government climbdowns as the energy plan begins to unravel.",
    ),
    ("en", T.POLICY_REVERSAL, True, "The government climbed down on its energy plan on Monday."),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The transit union announced a temporary withdrawal of its strike notice on Monday.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "Bus services were halted on Monday as drivers went on strike.",
    ),
    ("en", T.TARIFF_CHANGE, False, "The chancellor cut fuel duty by 5p a litre on Wednesday."),
    ("en", T.BUDGET_CUT, False, "The chancellor cut fuel duty by 5p a litre on Wednesday."),
    ("en", T.TARIFF_CHANGE, True, "India raised import duties on cooking oil to 30% on Friday."),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "A federal judge on Monday ordered the administration to vacate the public charge rule.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "A federal judge on Monday heard arguments over the public charge rule.",
    ),
    # ko: an approximate amount (N억여원, N천여억 원) is an amount of the cut; a look-alike:
    # pay cut by a company, no budget or programme named
    (
        "ko",
        T.BUDGET_CUT,
        True,
        "군의회는 내년도 본예산 가운데 복지·안전·교통 등 여러 분야에 걸쳐 "
        "모두 45억여원을 삭감했다.",
    ),
    ("ko", T.BUDGET_CUT, False, "공사는 경영난으로 임직원 급여 45억여원을 삭감했다."),
    # ko: a legislature cuts an amount from the government's proposal (정부 원안 N원에서 M원을
    # 줄였다); a look-alike: a revenue estimate lowered from the proposal
    ("ko", T.BUDGET_CUT, True, "국회는 정부 원안 3조 2천억 원에서 4천여억 원을 줄였다."),
    ("ko", T.BUDGET_CUT, False, "기재부는 세수 추계를 정부안 3조 원에서 4천억 원을 줄였다."),
    # ko: an import quarantine measure lifted, in the polite broadcast ending (해제됩니다); a
    # look-alike: quarantine of travellers
    (
        "ko",
        T.EXPORT_CONTROL,
        True,
        "수입 돼지고기에 대한 검역 강화 조치가 내일부터 해제됩니다.",
    ),
    ("ko", T.EXPORT_CONTROL, False, "해외 입국자에 대한 검역 강화 조치가 내일부터 해제됩니다."),
    # ko: a regulator lifts its own halt on imports, sales or approvals (수입 중단 조치를
    # 해제): a reversal; a look-alike: a weather halt of sailings lifted
    ("ko", T.POLICY_REVERSAL, True, "당국은 수입 중단 조치를 해제하기로 했다고 밝혔다."),
    ("ko", T.POLICY_REVERSAL, False, "폭설로 내려진 운항 중단 조치가 오늘 오후 해제됐다."),
    # ko: yesterday's act followed by today's step (…한 데 이어, 오늘은 …) is news, not
    # background; a look-alike: last year's act followed by this year's
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "정부는 어제 전기차 보조금 축소 방침을 철회한 데 이어, 오늘은 장관이 공식 사과했다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "정부는 지난해 전기차 보조금 축소 방침을 철회한 데 이어 올해도 지원을 늘렸다.",
    ),
    # ko: an investment plan put out (투자 계획을 내놨다); a look-alike: a plan criticised
    ("ko", T.INVESTMENT_PLEDGE, True, "A그룹이 앞으로 5년간 100조 원의 국내 투자 계획을 내놨다."),
    ("ko", T.INVESTMENT_PLEDGE, False, "야당은 정부가 내놓은 투자 계획이 부실하다고 비판했다."),
    # ko: a worry that a cut may come ('감액예산'을 우려하는 목소리) is not the cut
    (
        "ko",
        T.BUDGET_CUT,
        True,
        "시의회는 내년도 예산 가운데 청년 지원 사업비 10억 원을 삭감했다.",
    ),
    (
        "ko",
        T.BUDGET_CUT,
        False,
        "시와 의회의 갈등이 이어지면서 '감액예산'을 우려하는 목소리가 높다.",
    ),
    # ko: a definition of a policy (X는 … 부과하는 정책이다) reports no act
    ("ko", T.TARIFF_CHANGE, True, "미국은 모든 수입품에 10% 관세를 부과한다고 발표했다."),
    ("ko", T.TARIFF_CHANGE, False, "보편관세는 모든 수입품에 10% 관세를 부과하는 정책이다."),
    # ko: an anti-dumping duty named 반덤핑세; a look-alike: the duty named as a topic
    (
        "ko",
        T.TARIFF_CHANGE,
        True,
        "무역위원회는 중국산 합판에 반덤핑세를 계속 부과한다고 판정했다.",
    ),
    ("ko", T.TARIFF_CHANGE, False, "반덤핑세 제도의 운영 현황을 다룬 보고서가 나왔다."),
    # ko: the act's effective date as a time reference (관세 발효 전, 발효 시한을 앞두고)
    (
        "ko",
        T.TARIFF_CHANGE,
        True,
        "미국은 한국산 자동차에 대한 관세를 다음 달부터 25%로 올린다고 발표했다.",
    ),
    ("ko", T.TARIFF_CHANGE, False, "정부는 관세 발효 전 협상 타결을 위해 총력을 기울였다."),
    # ko: a lead about the number of sanctions rising (제재가 증가세다) tells a tally, not a fine
    ("ko", T.SANCTION_FINE, True, "금융위는 A증권에 과태료 8억 원을 부과했다."),
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "올 들어 증권사 제재가 증가세다. 과태료는 모두 9개 증권사에 8억 원이 부과됐다.",
    ),
    # ko: a plan decided before and now changed (애초 …하기로 했다가 …하겠다고 발표): a
    # reversal; a look-alike: the earlier plan told without a new decision
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "시는 애초 도심에 박물관을 짓기로 했다가 외곽으로 옮기겠다고 발표했다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "시는 애초 도심에 박물관을 짓기로 했다가 주민 의견을 더 듣는 중이다.",
    ),
    # ko: a service declared at risk of halting (발행이 중단될 처지에 놓였다); a look-alike:
    # building works at risk of halting
    ("ko", T.SERVICE_SUSPENSION, True, "구청 소식지 발행이 다음 달부터 중단될 처지에 놓였다."),
    ("ko", T.SERVICE_SUSPENSION, False, "예산 부족으로 도로 공사가 중단될 처지에 놓였다."),
    # ko: an act named as the yardstick of a comparison (…깎은 점에 비추어보면, …한 것에
    # 비하면) is not the news
    ("ko", T.BUDGET_CUT, True, "시의회는 내년도 예산안 심의에서 사업비 5억 원을 깎았다."),
    (
        "ko",
        T.BUDGET_CUT,
        False,
        "시의회가 예년 예산안 심의에서 5억 원을 깎은 점에 비추어보면 이번 결정은 이례적이다.",
    ),
    # ko: a government's plan to promote investment (투자 활성화 계획을 내놨다) is no pledge
    ("ko", T.INVESTMENT_PLEDGE, False, "정부는 민간 투자 활성화 계획을 내놨다."),
    # en-audit: past-tense 'rolled back' a rule or standard; market roll-backs are no act
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The department rolled back fuel-efficiency standards set by the previous administration.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "Shares rolled back some of their gains after the rate decision.",
    ),
    # en-audit: 'backpedalled on' a plan; an opposition party backpedalling is no government act
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The government backpedalled on its plan to raise the retirement age.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The opposition backpedalled on its plan to raise the retirement age.",
    ),
    # en-audit: 'pulled the plug on' a plan; investors pulling the plug on funding are no act
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The ministry pulled the plug on its plan for a new airport levy.",
    ),
    ("en", T.POLICY_REVERSAL, False, "Investors pulled the plug on the startup's funding round."),
    # en-audit: 'canned' a plan; canned goods under tariffs are no act
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The government has canned its controversial plan to sell public forests.",
    ),
    ("en", T.POLICY_REVERSAL, False, "Tariffs on canned tuna rose to 25% this year."),
    # en-audit: 'deferred' a rule; deferred compensation or tax is accounting
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The ministry has deferred the new import inspection requirement to next year.",
    ),
    ("en", T.POLICY_REVERSAL, False, "Employees can join a deferred compensation plan."),
    # en-audit: 'called off' a plan; a union calling off a strike is no act
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The government called off its plan to privatise the postal service.",
    ),
    ("en", T.POLICY_REVERSAL, False, "The union called off the strike after the pay offer."),
    # en-audit: nominal 'withdrawal of' / 'suspension of' a bill or rule, not troops or a player
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The government announced the withdrawal of the controversial pension bill.",
    ),
    ("en", T.POLICY_REVERSAL, False, "The withdrawal of troops from the border began on Monday."),
    ("en", T.POLICY_REVERSAL, True, "The ministry announced the suspension of the new fee rules."),
    ("en", T.POLICY_REVERSAL, False, "The suspension of the player was confirmed by the league."),
    # en-audit: 'pulled the proposed rule'
    ("en", T.POLICY_REVERSAL, True, "The regulator pulled the proposed rule on Thursday."),
    # en-audit: 'dropped its target'; shares dropping to a target are a market move
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The government has quietly dropped its target to plant 30 million trees.",
    ),
    ("en", T.POLICY_REVERSAL, False, "Shares dropped to the analysts' price target."),
    # en-audit: 'put its plans for X on hold', passive 'was put on hold'; not personal plans
    ("en", T.POLICY_REVERSAL, True, "The government has put its plans for a digital ID on hold."),
    ("en", T.POLICY_REVERSAL, True, "The tax increase was put on hold by the cabinet on Tuesday."),
    ("en", T.POLICY_REVERSAL, False, "He put his retirement plans on hold."),
    # en-audit: 'put the brakes on' a planned increase
    ("en", T.POLICY_REVERSAL, True, "The ministry put the brakes on the planned fare increase."),
    ("en", T.POLICY_REVERSAL, False, "The central bank put the brakes on growth."),
    # en-audit: 'about-turn' (British for U-turn); a drill about-turn is not
    ("en", T.POLICY_REVERSAL, True, "The government performed an about-turn on the housing plan."),
    ("en", T.POLICY_REVERSAL, False, "The soldiers performed an about-turn on the parade ground."),
    # en-audit: halting a planned increase; police stopping a planned march is not
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "Washington halted the planned tariff increase on Chinese goods.",
    ),
    ("en", T.POLICY_REVERSAL, False, "Police stopped the planned protest march."),
    # en-audit: a threat to scrap is no reversal yet
    ("en", T.POLICY_REVERSAL, True, "The president scrapped the trade deal on Friday."),
    ("en", T.POLICY_REVERSAL, False, "The president threatened to scrap the trade deal."),
    # en-audit: the restricting verb on exports ('prohibited onion exports', 'capped … at')
    ("en", T.EXPORT_CONTROL, True, "India has prohibited onion exports with immediate effect."),
    ("en", T.EXPORT_CONTROL, True, "The government capped wheat exports at 2 million tonnes."),
    ("en", T.EXPORT_CONTROL, False, "High prices limited imports of coffee."),
    ("en", T.EXPORT_CONTROL, False, "The tariffs curbed imports of steel from China."),
    # en-audit: 'barred'/'outlawed' exports or imports; a drought limiting exports is no act
    ("en", T.EXPORT_CONTROL, True, "Kazakhstan temporarily barred wheat imports from Russia."),
    ("en", T.EXPORT_CONTROL, True, "The government has outlawed the export of raw nickel ore."),
    ("en", T.EXPORT_CONTROL, False, "Drought limited exports of wheat from the region."),
    # en-audit: 'blocked shipments of X to Y'; a strike halting exports is no government act
    ("en", T.EXPORT_CONTROL, True, "The US government blocked shipments of chips to Huawei."),
    ("en", T.EXPORT_CONTROL, False, "The dockworkers' strike halted exports of grain."),
    # en-audit: 'barred X from selling/exporting to <country>'; a sales ban to consumers is not
    ("en", T.EXPORT_CONTROL, True, "The US barred Nvidia from selling its H20 chips to China."),
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "The FDA barred the company from selling the drug to Americans.",
    ),
    # en-audit: an order to stop shipping to a country
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "Washington ordered Nvidia to stop shipping H20 chips to China.",
    ),
    # en-audit: 'placed'/'slapped'/'unveiled' export controls
    ("en", T.EXPORT_CONTROL, True, "Beijing placed export controls on drone parts."),
    ("en", T.EXPORT_CONTROL, True, "China slapped export controls on tungsten and bismuth."),
    ("en", T.EXPORT_CONTROL, True, "The White House unveiled export restrictions on AI chips."),
    ("en", T.EXPORT_CONTROL, False, "Analysts say export controls have slowed the industry."),
    # en-audit: 'stopped issuing export licences'
    ("en", T.EXPORT_CONTROL, True, "China has stopped issuing export licences for rare earths."),
    # en-audit: passive 'exports of X were suspended'; not halted by a strike or explosion
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "Exports of uranium to the United States were suspended, the ministry said.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "Imports of poultry from Brazil were suspended after an outbreak of bird flu.",
    ),
    ("en", T.EXPORT_CONTROL, False, "Shipments of grain from the port were halted by a strike."),
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "Exports of oil from the terminal were halted after an explosion.",
    ),
    # en-audit: 'imposed an embargo on' a country or goods; a news embargo is not
    ("en", T.EXPORT_CONTROL, True, "China imposed an embargo on Lithuanian goods."),
    ("en", T.EXPORT_CONTROL, False, "Newspapers imposed an embargo on the story until Friday."),
    # en-audit: 'resumed imports of X' after a ban; a factory resuming exports after a strike is not
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "Beijing resumed imports of Japanese seafood after a two-year halt.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "The factory resumed exports of cars to Europe after the strike.",
    ),
    # en-audit: 'must now obtain a licence to ship'
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "Exporters must now obtain a licence to ship the chips to China.",
    ),
    # en-audit: exports hit by new rules are an effect, not an act
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "The company said its exports to China had been hit by the new rules.",
    ),
    # en-audit: 'put off' a rule, passive 'has been put off until'; not customers put off
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The ministry has put off the introduction of the new tax until 2027.",
    ),
    ("en", T.POLICY_REVERSAL, True, "The new fee has been put off until next year."),
    ("en", T.POLICY_REVERSAL, False, "Customers were put off by the price increases."),
    # en-audit: headline 'halts X exports as …'; exports dropping after controls is a market move
    ("en", T.EXPORT_CONTROL, True, "China halts rare earth exports as trade war escalates"),
    ("en", T.EXPORT_CONTROL, False, "Exports to China dropped after the controls were introduced."),
    # en-audit: restrictions on 'the sale of X to <country>'; the sale of a company is M&A
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "The US imposed sweeping restrictions on the sale of AI chips to China.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "The United States restricted the sale of advanced chips to China's military.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "China halted sales of the metals to the United States on Friday.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "Regulators imposed new restrictions on the sale of the company to Tencent.",
    ),
    # en-audit: 'require X to apply for licences to export'; a local trading licence is not
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "The Netherlands will require chipmakers to apply for licences to export their machines.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "The city will require vendors to obtain licences to sell food in parks.",
    ),
    # en-audit: 'allow X to sell … to <country>'; a local sales permission is not
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "Washington will allow Nvidia to sell H20 chips to China again.",
    ),
    ("en", T.EXPORT_CONTROL, False, "The city will allow vendors to sell food in parks."),
    # en-audit: a firm halting its own sales to comply with the rules reacts, it does not act
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "The firm halted its own sales to China to comply with the rules.",
    ),
    # en-audit: scrapping old cars or warships is disposal, not a reversal
    ("en", T.POLICY_REVERSAL, True, "The regulator has scrapped the cap on energy prices."),
    ("en", T.POLICY_REVERSAL, False, "The government launched a scheme to scrap old diesel cars."),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The navy decided to scrap two ageing frigates under a new plan.",
    ),
    # en-audit: reversing a decline or trend is an aim, not a reversal
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "Beijing reversed its ban on Japanese seafood imports on Friday.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The ministry unveiled new policies to reverse the decline in birth rates.",
    ),
    # en-audit: withdrawing support for a bill is no reversal of a policy
    ("en", T.POLICY_REVERSAL, True, "The government withdrew the bill on Tuesday."),
    ("en", T.POLICY_REVERSAL, False, "The party withdrew its support for the bill on Tuesday."),
    # en-audit: exporting data from an app is not trade
    ("en", T.EXPORT_CONTROL, True, "The government slapped a ban on onion exports."),
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "The new app lets users export their data, but bans third-party plugins.",
    ),
    # ko-audit: contributions and public funds as the money a cut acts on (분담금, 연방 자금)
    ("ko", T.BUDGET_CUT, True, "미국 정부가 유엔 분담금을 대폭 삭감하기로 했다."),
    ("ko", T.BUDGET_CUT, True, "미 행정부가 국립공영라디오에 대한 연방 자금 지원을 끊었다."),
    ("ko", T.BUDGET_CUT, False, "유엔 회원국들은 분담금 삭감 여부를 두고 논의를 이어갔다."),
    # ko-audit: 잘라내다 with a budget or an amount as its object
    ("ko", T.BUDGET_CUT, True, "경기도의회가 도지사 역점 사업 예산 120억원을 잘라냈다."),
    ("ko", T.BUDGET_CUT, False, "회사는 예산 문제로 인원을 잘라냈다."),
    # ko-audit: a budget cut from one share to another (0.5%에서 0.3%로 축소)
    (
        "ko",
        T.BUDGET_CUT,
        True,
        "영국 정부가 해외원조 예산을 국민총소득의 0.5%에서 0.3%로 축소했다.",
    ),
    ("ko", T.BUDGET_CUT, False, "예산 대비 인건비 비중이 30%에서 25%로 줄었다."),
    # ko-audit: grants cancelled, withdrawn, withheld, halted (지급을 철회·보류, 지원금 취소)
    ("ko", T.BUDGET_CUT, True, "정부가 대학 연구지원금 4억 달러를 취소했다."),
    ("ko", T.BUDGET_CUT, True, "연방정부가 캘리포니아주 고속철도 보조금 40억달러 지급을 철회했다."),
    ("ko", T.BUDGET_CUT, True, "정부는 유엔 분담금 지급을 보류했다."),
    ("ko", T.BUDGET_CUT, False, "정부는 보조금 지급을 중단했던 대학 3곳에 지원을 재개했다."),
    ("ko", T.BUDGET_CUT, False, "정부는 부정 수급이 적발된 업체의 보조금 지급을 중단했다."),
    # ko-audit: an item struck from a budget bill (항목을 삭제한 예산안)
    ("ko", T.BUDGET_CUT, True, "미 하원은 우크라이나 지원 항목을 삭제한 국방 예산안을 통과시켰다."),
    ("ko", T.BUDGET_CUT, False, "위원회는 예산 관련 법안에서 벌칙 조항을 삭제했다."),
    # ko-audit: a cut plan withdrawn (삭감 방침을 철회) is a reversal, not a cut
    ("ko", T.BUDGET_CUT, True, "정부가 내년 R&D 예산을 16.6% 삭감했다."),
    ("ko", T.BUDGET_CUT, False, "정부가 R&D 예산 삭감 방침을 철회했다."),
    # ko-audit: a threat to cut (끊겠다고 위협) and a worry that money may be cut (깎일까 봐)
    ("ko", T.BUDGET_CUT, True, "트럼프 행정부가 하버드대에 대한 연방 지원금 22억달러를 동결했다."),
    ("ko", T.BUDGET_CUT, False, "트럼프 대통령은 하버드대 지원금을 끊겠다고 위협했다."),
    ("ko", T.BUDGET_CUT, False, "장관은 예산이 깎일까 봐 걱정된다고 말했다."),
    # ko-audit: revenue revised down (세입 예산 감액) is no spending cut; a cut it causes is
    ("ko", T.BUDGET_CUT, True, "세수 결손에 따라 지방교부세 6조원이 감액됐다."),
    ("ko", T.BUDGET_CUT, False, "정부는 올해 세입 예산을 감액 경정했다."),
    # ko-audit: 내리다 (낮춘다, 높인다) as a tariff change verb; 내려가다 (goes down) is no act
    ("ko", T.TARIFF_CHANGE, True, "미국은 중국에 대한 펜타닐 관세를 20%에서 10%로 내렸다."),
    ("ko", T.TARIFF_CHANGE, True, "정부가 수입 소고기 관세를 내렸다."),
    ("ko", T.TARIFF_CHANGE, True, "정부는 수입 설탕에 대한 관세를 다음 달부터 5%로 낮춘다."),
    (
        "ko",
        T.TARIFF_CHANGE,
        False,
        "트럼프 대통령은 중국산 제품에 대한 관세가 상당히 내려갈 것이라고 말했다.",
    ),
    ("ko", T.TARIFF_CHANGE, False, "법원은 관세 소송에 대한 판결을 내렸다."),
    # ko-audit: 때렸다, 매겼다, 물렸다: past forms of the imposing verbs
    ("ko", T.TARIFF_CHANGE, True, "트럼프 대통령이 브라질산 제품에 50% 관세를 때렸다."),
    ("ko", T.TARIFF_CHANGE, False, "관세 부담에 업체들이 가격을 내렸다."),
    # ko-audit: a tariff extended, ended, lifted (연장·종료·해제) or applied (적용한다)
    (
        "ko",
        T.TARIFF_CHANGE,
        True,
        "미국은 중국산 태양광 패널에 대한 세이프가드 관세를 4년 연장했다.",
    ),
    ("ko", T.TARIFF_CHANGE, True, "미국이 한국산 세탁기에 대한 세이프가드 관세를 종료했다."),
    (
        "ko",
        T.TARIFF_CHANGE,
        True,
        "기획재정부는 커피 원두 등 20개 품목에 할당관세를 적용한다고 밝혔다.",
    ),
    (
        "ko",
        T.TARIFF_CHANGE,
        False,
        "15% 관세를 적용받는 일본 자동차에 비해 한국차는 가격 경쟁력이 떨어진다.",
    ),
    ("ko", T.TARIFF_CHANGE, False, "정부는 관세 유예를 연장해 달라고 요청했다."),
    # ko-audit: a kind of tariff announced (맞불·보복·추가 관세를 발표)
    ("ko", T.TARIFF_CHANGE, True, "캐나다는 미국산 철강·알루미늄에 대한 맞불 관세를 발표했다."),
    ("ko", T.TARIFF_CHANGE, False, "중국은 보복 관세를 발표할 예정이다."),
    # ko-audit: an effect estimated, a tariff in force now, before a change, a remark
    ("ko", T.TARIFF_CHANGE, True, "미국은 스위스산 제품에 39% 관세를 부과했다."),
    (
        "ko",
        T.TARIFF_CHANGE,
        False,
        "국회 예산정책처는 관세 인상이 성장률을 0.3%p 낮출 것으로 추산했다.",
    ),
    ("ko", T.TARIFF_CHANGE, False, "중국산 제품에는 현재 30%의 관세가 부과되고 있다."),
    ("ko", T.TARIFF_CHANGE, False, "관세 인상 전 재고를 쌓으려는 수입이 급증했다."),
    ("ko", T.TARIFF_CHANGE, False, "그는 관세를 올리겠다는 트럼프의 발언에 대해 우려를 표했다."),
    # ko-audit: a headquarters, campus or hub built (본사를 세운다, AI 허브); a plant begun (착공)
    ("ko", T.INVESTMENT_PLEDGE, True, "엔비디아는 대만에 새 본사를 세운다고 발표했다."),
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        True,
        "구글은 인도에 150억 달러 규모의 AI 허브를 세우겠다고 약속했다.",
    ),
    ("ko", T.INVESTMENT_PLEDGE, True, "CJ제일제당은 헝가리에 식품 공장을 착공했다."),
    ("ko", T.INVESTMENT_PLEDGE, False, "삼성전자는 본사를 서울에서 수원으로 옮겼다."),
    ("ko", T.INVESTMENT_PLEDGE, False, "그 공장은 2019년 착공했던 곳이다."),
    # ko-audit: a plant's construction confirmed (기가팩토리 건설을 확정)
    ("ko", T.INVESTMENT_PLEDGE, True, "테슬라가 인도네시아에 기가팩토리 건설을 확정했다."),
    ("ko", T.INVESTMENT_PLEDGE, False, "주민들은 공장 건설에 반대했다."),
    # ko-audit: money put into a theme park, resort or new headquarters (테마파크 조성에 투입)
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        True,
        "신세계는 화성 국제테마파크 조성에 4조5700억원을 투입할 예정이다.",
    ),
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        True,
        "엔씨소프트가 판교 신사옥 건립에 5800억원을 투입하기로 했다.",
    ),
    ("ko", T.INVESTMENT_PLEDGE, False, "구청은 신사옥 건립에 구비 500억원을 투입한다."),
    # ko-audit: investment expanded (투자를 확대한다); a plan to expand called off is no pledge
    ("ko", T.INVESTMENT_PLEDGE, True, "일본 기업들이 한국 반도체 소재 분야에 투자를 확대한다."),
    ("ko", T.INVESTMENT_PLEDGE, False, "기업들은 투자를 늘리기로 한 계획을 보류했다."),
    ("ko", T.INVESTMENT_PLEDGE, False, "정부는 재정 투자를 확대하기로 했다."),
    # ko-audit: a headline that invests and builds (7조 투자해 캠퍼스 조성)
    ("ko", T.INVESTMENT_PLEDGE, True, "삼성바이오로직스, 송도에 7조 투자해 바이오 캠퍼스 조성"),
    ("ko", T.INVESTMENT_PLEDGE, False, "송도에 7조 투자해 조성한 바이오 캠퍼스가 문을 열었다."),
    # ko-audit: buying shares or bonds (주식에 투자, 순매수) is no pledge
    ("ko", T.INVESTMENT_PLEDGE, True, "애플은 향후 4년간 미국에 5000억 달러를 투자한다고 밝혔다."),
    ("ko", T.INVESTMENT_PLEDGE, False, "개미들이 미국 주식에 20조원을 투자했다."),
    # ko-audit: aid by kind as the money a cut acts on (군사지원을 절반 축소)
    (
        "ko",
        T.BUDGET_CUT,
        True,
        "독일 연립정부는 내년 예산에서 우크라이나 군사지원을 40억유로로 절반 축소했다.",
    ),
    ("ko", T.BUDGET_CUT, False, "삼성전자는 올해 시설투자 예산을 축소했다."),
    # ko-audit: a rescission bill passed (지원금 환수안 가결); its fate unclear is no act
    ("ko", T.BUDGET_CUT, True, "미 하원은 공영방송 지원금 11억달러 환수안을 통과시켰다."),
    ("ko", T.BUDGET_CUT, False, "공영방송 지원금 환수안 처리가 불투명하다."),
    # ko-audit: a budget drawn up smaller than this year's (올해보다 N원 적은 M원으로 편성)
    (
        "ko",
        T.BUDGET_CUT,
        True,
        "정부는 내년 R&D 예산을 올해보다 5조2천억원 적은 25조9천억원으로 편성했다.",
    ),
    ("ko", T.BUDGET_CUT, False, "정부는 세입 예산을 올해보다 3조원 적은 390조원으로 편성했다."),
    # ko-audit: a headline naming a grant and its cancellation (지원금 26억달러 취소)
    ("ko", T.BUDGET_CUT, True, "트럼프 행정부, 하버드대 연방 지원금 26억달러 취소"),
    ("ko", T.BUDGET_CUT, False, "하버드대, 연방 지원금 취소 소송 제기"),
    # ko-audit: a forecast that money will shrink (줄어들 것이라는 전망)
    ("ko", T.BUDGET_CUT, True, "정부 지원금이 올해부터 절반으로 줄어든다."),
    ("ko", T.BUDGET_CUT, False, "정부 지원금이 줄어들 것이라는 전망이 나온다."),
    # ko-audit: tariffs withdrawn (추가 관세를 철회)
    ("ko", T.TARIFF_CHANGE, True, "중국은 미국산 대두에 대한 추가 관세를 철회했다."),
    ("ko", T.TARIFF_CHANGE, False, "정부는 관세 인하 요구를 철회했다."),
    # ko-audit: talks for, responses to, costs of and time since a tariff act
    (
        "ko",
        T.TARIFF_CHANGE,
        True,
        "멕시코 정부는 중국산 자동차에 대한 관세를 50%로 인상하는 방안을 확정했다.",
    ),
    ("ko", T.TARIFF_CHANGE, False, "관세율 인하를 위한 협의가 이어지고 있다."),
    ("ko", T.TARIFF_CHANGE, False, "관세 인하 협상이 진전을 보이지 못했다."),
    ("ko", T.TARIFF_CHANGE, False, "미국의 관세 부과에 대응해 정부는 긴급 대책회의를 열었다."),
    ("ko", T.TARIFF_CHANGE, False, "관세 인상에 따른 비용을 소비자가 떠안게 됐다."),
    ("ko", T.TARIFF_CHANGE, False, "미국이 관세를 부과한 지 석 달이 지났다."),
    # ko-audit: a headline that spends to build (2조 들여 … 신설)
    ("ko", T.INVESTMENT_PLEDGE, True, "현대차, 울산에 2조 들여 전기차 전용공장 신설"),
    ("ko", T.INVESTMENT_PLEDGE, False, "울산에 2조 들여 지은 공장이 문을 닫았다."),
    # ko-audit: a plant start decided (착공을 결정), a headline setting one up (AI 캠퍼스 설립)
    ("ko", T.BUDGET_CUT, True, "미 국방부는 우크라이나에 대한 무기 지원 예산 집행을 보류했다."),
    ("ko", T.BUDGET_CUT, True, "EU는 헝가리에 배정된 기금 10억유로 지급을 동결했다."),
    ("ko", T.BUDGET_CUT, False, "미 행정부는 하버드대 연구비 동결을 해제했다."),
    # ko-audit: the effect of a tariff change (관세 인하 효과) is no act
    ("ko", T.TARIFF_CHANGE, True, "인도 정부는 미국산 오토바이 관세를 50%에서 30%로 내렸다."),
    ("ko", T.TARIFF_CHANGE, False, "정부는 관세 인하 효과가 제한적이라고 평가했다."),
    # ko-audit: a plant's start decided (착공을 결정), a headline that sets one up (AI 캠퍼스 설립)
    ("ko", T.INVESTMENT_PLEDGE, True, "삼성전자는 평택 4공장 착공을 결정했다."),
    ("ko", T.INVESTMENT_PLEDGE, True, "구글, 한국에 AI 캠퍼스 설립"),
    ("ko", T.INVESTMENT_PLEDGE, False, "정부는 국립대 캠퍼스를 새로 짓기로 했다."),
    ("ko", T.INVESTMENT_PLEDGE, False, "인텔, 독일 공장 건설 중단"),
    # ko-audit: a promise not kept (약속은 지켜지지 않았다)
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        True,
        "HD현대중공업은 필리핀 수빅 조선소에 투자를 확대하기로 했다.",
    ),
    ("ko", T.INVESTMENT_PLEDGE, False, "투자를 확대하겠다는 약속은 지켜지지 않았다."),
    # en-audit: tariffs came into force with a rate; look-alike: after tariffs took effect
    ("en", T.TARIFF_CHANGE, True, "Tariffs of 50% on Indian goods came into force on Wednesday."),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "The trade war escalated after tariffs of 145% took effect in April.",
    ),
    # en-audit: a tariff kicked in; look-alike: 'tariffs of X% would cut growth'
    ("en", T.TARIFF_CHANGE, True, "A 15% tariff on EU cars kicked in on Friday."),
    ("en", T.TARIFF_CHANGE, False, "Some economists say tariffs of 25% would cut growth by 0.5%."),
    # en-audit: put / placed / ordered a X% tariff; look-alike: 'we should put a X% tariff'
    ("en", T.TARIFF_CHANGE, True, "Trump placed a 10% tariff on all Chinese imports."),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        '"We should put a 50% tariff on these panels," the senator said.',
    ),
    # en-audit: halve / trim tariffs; look-alike: firms raising prices to offset tariffs
    ("en", T.TARIFF_CHANGE, True, "Japan agreed to trim tariffs on US rice."),
    ("en", T.TARIFF_CHANGE, False, "Retailers raised prices by 5% to offset the tariffs."),
    # en-audit: suspension / removal of tariffs; look-alike: 'facing calls to cut tariffs'
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "The EU will extend the suspension of tariffs on Ukrainian imports.",
    ),
    ("en", T.TARIFF_CHANGE, False, "The government is facing calls to cut tariffs on food."),
    # en-audit: anti-dumping / safeguard measures; look-alike: analysts expect a tariff rate
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "Beijing imposed anti-dumping measures on Japanese and EU chemicals.",
    ),
    ("en", T.TARIFF_CHANGE, False, "Analysts expect the tariff rate to reach 25% next year."),
    # en-audit: duties ranging from X% to Y%; look-alike: a market move after a tariff pause
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "The US imposed duties ranging from 18% to 45% on Asian solar cells.",
    ),
    ("en", T.TARIFF_CHANGE, False, "Wall Street rallied after the tariff pause."),
    # en-audit: granted X a reprieve from tariffs; look-alike: firms sought a reprieve
    ("en", T.TARIFF_CHANGE, True, "The US granted Mexico a 90-day reprieve from higher tariffs."),
    ("en", T.TARIFF_CHANGE, False, "Automakers sought a reprieve from the 25% tariffs."),
    # en-audit: 'placed sanctions on'; look-alike: a suspected breach of sanctions
    ("en", T.SANCTION_FINE, True, "The US placed sanctions on Sudan's army chief."),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "Finnish customs said on Tuesday it seized chips in a suspected breach of sanctions.",
    ),
    # en-audit: froze the assets of; look-alike: ways around sanctions
    ("en", T.SANCTION_FINE, True, "The UK froze the assets of five oligarchs."),
    ("en", T.SANCTION_FINE, False, "Oil traders found ways around sanctions."),
    # en-audit: OFAC / Treasury designated firms; look-alike: designated as a heritage site
    (
        "en",
        T.SANCTION_FINE,
        True,
        "OFAC designated three Hong Kong-based firms for supplying drone parts to Iran.",
    ),
    ("en", T.SANCTION_FINE, False, "The city designated the old mill as a heritage site."),
    # en-audit: penalized + an amount; look-alike: rules that penalize savers
    ("en", T.SANCTION_FINE, True, "The watchdog penalized the broker 5 million dollars."),
    ("en", T.SANCTION_FINE, False, "The new pension rules penalize savers who retire early."),
    # en-audit: added firms to its sanctions list; look-alike: 'could be fined up to'
    ("en", T.SANCTION_FINE, True, "The Treasury added 10 firms to its sanctions list."),
    ("en", T.SANCTION_FINE, False, "The company could be fined up to 10% of global turnover."),
    # en-audit: fined by regulators; look-alike: 'had not been fined'
    ("en", T.SANCTION_FINE, True, "Tesla was fined $1.5 million by California regulators."),
    ("en", T.SANCTION_FINE, False, "The firm said it had not been fined."),
    # en-audit: sanctions against officials; look-alike: sanctions that have hurt an economy
    ("en", T.SANCTION_FINE, True, "Canada imposed sanctions against 15 Iranian officials."),
    ("en", T.SANCTION_FINE, False, "Sanctions against Russia have hurt European industry."),
    # en-audit: broke ground on a $X plant; look-alike: wrote down an investment
    ("en", T.INVESTMENT_PLEDGE, True, "Intel broke ground on a $20 billion chip campus in Ohio."),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "The company wrote down its $2 billion investment in the venture.",
    ),
    # en-audit: inject / channel $X into a terminal; look-alike: capex spent in the quarter
    ("en", T.INVESTMENT_PLEDGE, True, "Mitsubishi will inject $1 billion into a new LNG terminal."),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "Microsoft spent $19 billion on capital expenditures in the quarter.",
    ),
    # en-audit: set up a $X fund; look-alike: an investment arm bought a stake
    ("en", T.INVESTMENT_PLEDGE, True, "The sovereign fund set up a $40 billion AI fund."),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "The company's investment arm bought a 10% stake for $500 million.",
    ),
    # en-audit: channel $X into research; look-alike: a country 'needs $X' of investment
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "Pfizer will channel $70 billion into US research and manufacturing.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "Experts say India needs $1 trillion of infrastructure investment.",
    ),
    # en-audit: pledged to invest; look-alike: investment in a sector fell to $X
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "Samsung pledged to invest $17 billion in a chip plant in Texas.",
    ),
    ("en", T.INVESTMENT_PLEDGE, False, "Investment in the sector fell to $30 billion."),
    # en-audit: stop levying tariffs; look-alike: exporters want the US to stop levying them
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "China will stop levying tariffs on imports from 53 African countries.",
    ),
    ("en", T.TARIFF_CHANGE, False, "Exporters want the US to stop levying tariffs on their goods."),
    # en-audit: agreed to zero tariffs; look-alike: a zero-tariff deal signed years ago
    ("en", T.TARIFF_CHANGE, True, "The EU agreed to zero tariffs on US industrial goods."),
    ("en", T.TARIFF_CHANGE, False, "The zero-tariff deal was signed in 2019."),
    # en-audit: a X% surtax on imported goods; look-alike: a surtax on sugary drinks
    ("en", T.TARIFF_CHANGE, True, "Canada imposed a 25% surtax on American steel."),
    ("en", T.TARIFF_CHANGE, False, "The surtax on sugary drinks was raised to 20%."),
    # en-audit: unveiled tariffs with a rate; look-alike: firms coping with tariffs
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "Trump unveiled sweeping tariffs on Wednesday, with a 34% rate on China.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "Carmakers unveiled cheaper models to cope with the 25% tariffs.",
    ),
    # en-audit: visa bans on officials; look-alike: a visa ban on travellers
    ("en", T.SANCTION_FINE, True, "The US imposed visa bans on 20 Thai officials."),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "The visa ban on travellers from 12 countries took effect on Monday.",
    ),
    # en-audit: a penalty levied against a firm; look-alike: penalty fares
    ("en", T.SANCTION_FINE, True, "Regulators levied a $100 million penalty against the exchange."),
    ("en", T.SANCTION_FINE, False, "Penalty fares on trains will rise to 100 pounds."),
    # en-audit: spend $X to boost production at plants; look-alike: a capex plan cut
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "GM will spend $4 billion to boost production at three US plants.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "The company's capital expenditure plan was cut to $5 billion.",
    ),
    # en-audit: build supercomputers worth $X; look-alike: an old expansion's cost
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "Nvidia to build AI supercomputers in the US worth $500 billion",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "The plant expansion was completed in 2019 at a cost of $2 billion.",
    ),
    # en-audit: reinstated / restored tariffs; look-alike: restored a dividend after tariffs eased
    ("en", T.TARIFF_CHANGE, True, "Washington restored tariffs on Argentine steel."),
    ("en", T.TARIFF_CHANGE, False, "The company restored its dividend after tariffs eased."),
    # en-audit: countermeasures on goods; look-alike: countermeasures against cyberattacks
    ("en", T.TARIFF_CHANGE, True, "The EU suspended its countermeasures on US goods."),
    ("en", T.TARIFF_CHANGE, False, "Countermeasures against cyberattacks were discussed."),
    # en-audit: countersanctions; look-alike: a firm 'sanctioned' (approved) a project
    ("en", T.SANCTION_FINE, True, "Beijing imposed countersanctions on 10 US defence firms."),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "Chevron sanctioned the $5 billion offshore project on Tuesday.",
    ),
    # en-audit: sanctioned a judge; look-alike: a board sanctioned a buyback
    ("en", T.SANCTION_FINE, True, "Washington sanctioned Brazil's top judge."),
    ("en", T.SANCTION_FINE, False, "The board sanctioned a $2 billion share buyback."),
    # en-audit: sanctioned (final investment decision) a $X project; look-alike: a buyback
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "Chevron sanctioned the $5 billion offshore project on Tuesday.",
    ),
    ("en", T.INVESTMENT_PLEDGE, False, "The board sanctioned a $2 billion share buyback."),
    # en-audit: build a $X mill / shipyard; look-alike: a mill built decades ago
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "Hyundai Steel will build a $5.8 billion steel mill in Louisiana.",
    ),
    ("en", T.INVESTMENT_PLEDGE, False, "The mill was built in 1975 for $5 million."),
    # en-audit: gave the green light to a $X project; look-alike: an FID was delayed
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "Rio Tinto gave the green light to a $2.5 billion lithium project in Argentina.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "Shell's final investment decision on the $5 billion project was delayed to 2026.",
    ),
    # en-audit: develop a $X project; look-alike: a project's cost rose
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "ExxonMobil will develop a $10 billion LNG project in Mozambique.",
    ),
    ("en", T.INVESTMENT_PLEDGE, False, "The project's cost rose to $10 billion from $7 billion."),
    # en-audit: tariffs raised in response to tariffs; look-alike: prices raised in response
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "China raised tariffs on US goods to 125% in response to the US tariffs.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "The shoemaker raised its prices 10% in response to the tariffs.",
    ),
    # en-audit: a rate lowered from X%; look-alike: trade data that fell X% after a tariff
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "The US lowered its tariff on Swiss goods to 15% from 39% on Friday.",
    ),
    ("en", T.TARIFF_CHANGE, False, "India's exports to the US fell 20% after the 50% tariff."),
    # en-audit: a court upheld a fine now; look-alike: a court upheld a law setting fines
    (
        "en",
        T.SANCTION_FINE,
        True,
        "An EU court on Wednesday upheld the 2.4 billion euro fine on Google.",
    ),
    ("en", T.SANCTION_FINE, False, "A court upheld the law that sets fines for littering."),
    # en-audit: will spend $X a year over years; look-alike: spends $X a year (habit)
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "Amazon will spend $20 billion a year on data centres over the next five years.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "Amazon Web Services spends $20 billion a year on data centres.",
    ),
    # en-audit: sanctions against a network; look-alike: screening against sanctions lists
    (
        "en",
        T.SANCTION_FINE,
        True,
        "The Treasury's sanctions against the network were announced on Thursday.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "The bank's compliance team screens clients against sanctions lists.",
    ),
    # en-audit: halted *by* a strike: the strike is the cause, not the act suspended
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "Postal services in the capital have been halted by a strike.",
    ),
    ("en", T.SERVICE_SUSPENSION, False, "Rail workers halted their strike on Monday."),
    # en-audit: suspended for N hours (a service), not for N matches (a player)
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "Airport operations were suspended for six hours after a drone sighting.",
    ),
    ("en", T.SERVICE_SUSPENSION, False, "The player was suspended for six matches."),
    # en-audit: adjective close (close proximity, close ties) is not a closure
    ("en", T.SERVICE_SUSPENSION, True, "The station was closed after the flood."),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The station's close proximity to the river makes it popular.",
    ),
    # en-audit: shut + determiner (shut its runways/doors)
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The airport shut its runways on Thursday as fog rolled in.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The company shut its office in London as part of cost cuts.",
    ),
    # en-audit: non-urgent/elective operations are a hospital service, not military operations
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The NHS trust has suspended non-urgent operations due to the cyberattack.",
    ),
    ("en", T.SERVICE_SUSPENSION, False, "The army suspended operations in the north."),
    # en-audit: axed/scrapped + flights/trains/services/routes
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "Lufthansa axed all flights to Tel Aviv until the end of the month.",
    ),
    ("en", T.SERVICE_SUSPENSION, False, "The government scrapped the flights tax."),
    # en-audit: passive services/flights/routes withdrawn/axed; a project scrapped is not a service
    ("en", T.SERVICE_SUSPENSION, True, "Bus services were withdrawn from the route on Monday."),
    ("en", T.SERVICE_SUSPENSION, False, "The rail line will be scrapped, the prime minister said."),
    # en-audit: at risk: face being axed/scrapped/closed
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "Several rural bus routes face being axed under council plans.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Several rural bus routes face delays during the roadworks.",
    ),
    # en-audit: cut off (gas/water) supply to
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The water company cut off supply to 10,000 homes in the city.",
    ),
    ("en", T.SERVICE_SUSPENSION, True, "Russia cut off gas supplies to Poland and Bulgaria."),
    ("en", T.SERVICE_SUSPENSION, False, "The bank cut off credit to the company."),
    # en-audit: grid collapse / places plunged into darkness or a blackout
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The power grid collapsed, plunging the country into darkness.",
    ),
    ("en", T.SERVICE_SUSPENSION, False, "The theatre was plunged into darkness as the show began."),
    # en-audit: ran/operated no trains/services
    ("en", T.SERVICE_SUSPENSION, True, "Operators ran no trains on the line on Sunday."),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The company, which runs no trains of its own, leases its fleet.",
    ),
    # en-audit: froze withdrawals/trading/transfers (not trading accounts)
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The crypto exchange froze withdrawals, citing extreme market conditions.",
    ),
    ("en", T.SERVICE_SUSPENSION, False, "Regulators froze trading accounts linked to the fraud."),
    # en-audit: named platforms banned or blocked (not on government devices, not single accounts)
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The government blocked access to TikTok nationwide on Tuesday.",
    ),
    ("en", T.SERVICE_SUSPENSION, True, "Telegram was banned in the country on Friday."),
    ("en", T.SERVICE_SUSPENSION, False, "The state banned TikTok on government devices."),
    ("en", T.SERVICE_SUSPENSION, False, "Meta blocked the X accounts of two politicians."),
    # en-audit: headline participle shut after/amid/until
    ("en", T.SERVICE_SUSPENSION, True, "Heathrow airport shut after substation fire"),
    ("en", T.SERVICE_SUSPENSION, False, "The case was shut after the plaintiff withdrew."),
    # en-audit: halve a contribution/budget/funding
    ("en", T.BUDGET_CUT, True, "The government halved its contribution to the UN refugee agency."),
    ("en", T.BUDGET_CUT, False, "The firm halved its marketing budget."),
    # en-audit: lower/decrease an allocation or budget (not a forecast)
    (
        "en",
        T.BUDGET_CUT,
        True,
        "The ministry lowered its allocation for rural roads by 12 percent.",
    ),
    ("en", T.BUDGET_CUT, False, "The agency lowered its forecast for public spending growth."),
    # en-audit: capital spending budget of a company is not a funding body's budget
    ("en", T.BUDGET_CUT, True, "The state cut its health spending budget by 10%."),
    ("en", T.BUDGET_CUT, False, "The oil major cut its capital spending budget by 10%."),
    # en-audit: a film's/tour's/campaign's budget is entertainment, not public money
    ("en", T.BUDGET_CUT, True, "The arts council's budget was cut by $20 million."),
    ("en", T.BUDGET_CUT, False, "The film's budget was cut by $20 million during production."),
    # en-audit: restore the grants it had frozen: the cut is being undone
    (
        "en",
        T.BUDGET_CUT,
        True,
        "The administration froze $2 billion in grants to the university on Monday.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        False,
        "A judge ordered the administration to restore the $2 billion in grants it had frozen.",
    ),
    # en-audit: a decision to cut that was overturned
    (
        "en",
        T.BUDGET_CUT,
        True,
        "The council decided to cut funding for the youth service on Monday.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        False,
        "The council's decision to cut funding was overturned by the High Court on Monday.",
    ),
    # en-audit: close + a non-service object (the gap, the investigation) is no closure
    ("en", T.SERVICE_SUSPENSION, True, "The school closed on Monday after a burst pipe."),
    ("en", T.SERVICE_SUSPENSION, False, "The school closed the gap with its rivals."),
    ("en", T.SERVICE_SUSPENSION, False, "Police closed the investigation into the airport theft."),
    # en-audit: closes at 6 p.m. is opening hours
    ("en", T.SERVICE_SUSPENSION, True, "The museum closed indefinitely on Friday."),
    ("en", T.SERVICE_SUSPENSION, False, "The museum closes at 6 p.m."),
    # en-audit: cancelling a hearing, summit or vote is no service halt
    ("en", T.SERVICE_SUSPENSION, True, "Courts across the country closed for the day."),
    ("en", T.SERVICE_SUSPENSION, False, "The court cancelled the hearing."),
    # en-audit: suspending one user's account is no service halt
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The bank suspended online banking for all customers on Saturday.",
    ),
    ("en", T.SERVICE_SUSPENSION, False, "The platform suspended the account of the influencer."),
    # en-audit: a strike named as the cause (because of a strike) is not itself the act
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The London Underground will not run on Thursday because of a strike.",
    ),
    ("en", T.SERVICE_SUSPENSION, False, "Commuters faced long queues because of a strike."),
    # en-audit: a closure plan that was rejected
    ("en", T.SERVICE_SUSPENSION, True, "The council closed the road on Tuesday."),
    ("en", T.SERVICE_SUSPENSION, False, "The road closure plan was rejected by councillors."),
    # en-audit: closed to visitors/traffic/the public
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The Eiffel Tower was closed to visitors on Monday as staff went on strike.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The tower, which was closed to visitors during the war, reopened in 1946.",
    ),
    # en-audit: trains/services will not run
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "Trains will not run between Glasgow and Edinburgh this weekend.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The minister said trains would not run on time unless funding improved.",
    ),
    # en-audit: stopped taking orders/bookings/patients (not orders from someone)
    ("en", T.SERVICE_SUSPENSION, True, "The carmaker stopped taking orders for the model."),
    ("en", T.SERVICE_SUSPENSION, False, "The chef stopped taking orders from the owner."),
    # en-audit: suffered an outage/blackout
    ("en", T.SERVICE_SUSPENSION, True, "Microsoft's Outlook suffered a global outage on Tuesday."),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The region suffered a blackout in 2003, the report recalled.",
    ),
    # en-audit: stop operating in a place (not in the red)
    ("en", T.SERVICE_SUSPENSION, True, "Uber was forced to stop operating in the city."),
    ("en", T.SERVICE_SUSPENSION, False, "The firm stopped operating in the red last year."),
    # en-audit: customers/homes lost power/water
    ("en", T.SERVICE_SUSPENSION, True, "Nearly 2 million customers lost power after the storm."),
    ("en", T.SERVICE_SUSPENSION, False, "The ruling party lost power in the election."),
    # en-audit: cut service/power to N customers
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The broadband provider cut service to 20,000 customers over unpaid bills.",
    ),
    ("en", T.SERVICE_SUSPENSION, False, "The airline cut services to twice a week."),
    # en-audit: end service to a place
    ("en", T.SERVICE_SUSPENSION, True, "Greyhound will end bus service to 30 towns."),
    ("en", T.SERVICE_SUSPENSION, False, "The firm ended its service agreement with the council."),
    # en-audit: ceased trading/operations (not a cease-fire)
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The ferry company ceased trading on Friday, stranding passengers.",
    ),
    ("en", T.SERVICE_SUSPENSION, False, "The two sides agreed to a cease-fire near the airport."),
    # en-audit: shut + object without a determiner; plants are production, not a service
    ("en", T.SERVICE_SUSPENSION, True, "The government shut schools nationwide for two weeks."),
    ("en", T.SERVICE_SUSPENSION, False, "Several automakers have temporarily shut plants."),
    # en-audit: more service nouns: Tube/Underground, A&E, nursery, motorway
    ("en", T.SERVICE_SUSPENSION, True, "Tube strike shuts down London Underground"),
    ("en", T.SERVICE_SUSPENSION, True, "The A&E department will close overnight from next month."),
    ("en", T.SERVICE_SUSPENSION, True, "Nursery closes after losing funding"),
    ("en", T.SERVICE_SUSPENSION, True, "Heavy snow forced the closure of the M62 motorway."),
    # en-audit: halted a slide (markets), suspended a pilot (a person)
    ("en", T.SERVICE_SUSPENSION, False, "Shares of the airline halted their slide."),
    ("en", T.SERVICE_SUSPENSION, False, "The airline suspended the pilot pending an inquiry."),
    # en-audit: ending a shutdown reports its end
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Trains began running again on Monday, ending a two-week shutdown of the line.",
    ),
    # en-audit: claw back and rescissions
    ("en", T.BUDGET_CUT, True, "Congress passed a rescissions package clawing back $9 billion."),
    ("en", T.BUDGET_CUT, False, "The bank clawed back bonuses from former executives."),
    # en-audit: a haircut to budgets (not bondholders' haircut)
    (
        "en",
        T.BUDGET_CUT,
        True,
        "The government announced a 10% haircut to all departmental budgets.",
    ),
    ("en", T.BUDGET_CUT, False, "Bondholders took a 30% haircut on their holdings."),
    # en-audit: stopped paying contributions/dues
    ("en", T.BUDGET_CUT, True, "The US stopped paying its contributions to the WHO."),
    ("en", T.BUDGET_CUT, False, "Tenants stopped paying rent in protest."),
    # en-audit: budget gap/shortfall/surplus is not a budget
    ("en", T.BUDGET_CUT, True, "The council reduced its budget for road repairs by $1 million."),
    ("en", T.BUDGET_CUT, False, "The budget gap was reduced to $1 billion after the tax rise."),
    # en-audit: a fund cutting its stake is no funding cut
    ("en", T.BUDGET_CUT, True, "The foundation cut its grants to local charities by 20%."),
    ("en", T.BUDGET_CUT, False, "The fund cut its stake in the company to 4%."),
    # en-audit: X will lose its funding (not lose a budget vote)
    (
        "en",
        T.BUDGET_CUT,
        True,
        "NASA will lose nearly half its science funding under the budget passed by Congress.",
    ),
    ("en", T.BUDGET_CUT, False, "The government lost the budget vote on Tuesday."),
    # en-audit: released/unfrozen funds, a ruling against a freeze: the cut is undone
    ("en", T.BUDGET_CUT, True, "The EU froze 6.3 billion euros in funds for Hungary on Monday."),
    ("en", T.BUDGET_CUT, False, "Hungary's frozen EU funds were partly released on Wednesday."),
    (
        "en",
        T.BUDGET_CUT,
        False,
        "The court ruled the funding freeze unlawful and ordered the money released.",
    ),
    # en-audit: a threat to cut funding
    ("en", T.BUDGET_CUT, True, "The governor cut funding to cities that defy the order."),
    (
        "en",
        T.BUDGET_CUT,
        False,
        "The governor threatened to cut funding to cities that defy the order.",
    ),
    # en-audit: a cut verb whose object is not money (waiting lists, crime) beside a funding word
    (
        "en",
        T.BUDGET_CUT,
        True,
        "The government cut funding for waiting-list initiatives by $50 million.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        False,
        "Hospitals cut waiting lists using extra funding from the government.",
    ),
    ("en", T.BUDGET_CUT, False, "The city cut crime by 20% after funding more police."),
    ("en", T.BUDGET_CUT, False, "Parliament cut short its debate on the budget."),
    ("en", T.BUDGET_CUT, False, "The subsidy helped cut the cost of solar panels by 40%."),
    (
        "en",
        T.BUDGET_CUT,
        False,
        "The government froze the price of electricity, funded by a $10bn subsidy.",
    ),
    # en-audit: grounding all flights; a strike vote is not yet a halt
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The airline's flight attendants walked out, grounding all flights.",
    ),
    ("en", T.SERVICE_SUSPENSION, False, "The airline's flight attendants voted to strike."),
    # en-audit: schools closing for the summer holidays is routine
    ("en", T.SERVICE_SUSPENSION, True, "Schools will close on Friday because of the heatwave."),
    ("en", T.SERVICE_SUSPENSION, False, "Schools will close for the summer holidays on Friday."),
    # en-audit: suspended its forecast, shut a bank account, cancelled a contract, shut the door on
    ("en", T.SERVICE_SUSPENSION, False, "The airline suspended its forecast for the year."),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The internet giant shut down its Russian subsidiary's bank account.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The train operator cancelled its contract with the caterer.",
    ),
    ("en", T.SERVICE_SUSPENSION, False, "The ferry operator shut the door on a merger."),
    # en-audit: close to traffic is a closure, not close to
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The bridge will close to traffic in 2027 for a two-year rebuild.",
    ),
    # en-audit: cut internet access/mobile services (not network costs)
    ("en", T.SERVICE_SUSPENSION, True, "Iran cut internet access nationwide on Saturday."),
    ("en", T.SERVICE_SUSPENSION, False, "The operator cut its mobile network costs by a fifth."),
    # en-audit: services/apps were down (not sales were down)
    ("en", T.SERVICE_SUSPENSION, True, "The bank's online services were down for much of the day."),
    ("en", T.SERVICE_SUSPENSION, False, "The bank's online sales were down 5% in the quarter."),
    # en-audit: leaving a city without public transport
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "Bus drivers walked out, leaving the city without public transport.",
    ),
    # en-audit: chop/pare/shave money off a budget (not seconds off a record)
    ("en", T.BUDGET_CUT, True, "Lawmakers shaved $200 million off the transportation budget."),
    ("en", T.BUDGET_CUT, True, "The city council chopped $3 million from the parks budget."),
    ("en", T.BUDGET_CUT, False, "The runner shaved two seconds off the record."),
    # en-audit: wipe money from a budget (not off a fund value)
    ("en", T.BUDGET_CUT, True, "The cabinet wiped $2 billion from the foreign aid budget."),
    ("en", T.BUDGET_CUT, False, "The crash wiped $2 billion off the fund's value."),
    # en-audit: cutbacks to services
    (
        "en",
        T.BUDGET_CUT,
        True,
        "The council approved cutbacks of $12 million to local services on Wednesday.",
    ),
    ("en", T.BUDGET_CUT, False, "Cutbacks at the carmaker hit suppliers."),
    # en-audit: funding discontinued (not funds discontinued)
    ("en", T.BUDGET_CUT, True, "Funding for the library was discontinued on July 1."),
    ("en", T.BUDGET_CUT, False, "The asset manager discontinued two funds."),
    # en-audit: pull the plug on funding
    ("en", T.BUDGET_CUT, True, "The government pulled the plug on funding for the observatory."),
    ("en", T.BUDGET_CUT, False, "The company pulled the plug on the merger."),
    # en-audit: will no longer fund
    (
        "en",
        T.BUDGET_CUT,
        True,
        "The ministry will no longer fund the programme, officials said on Tuesday.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        False,
        "Donors said they would no longer fund the charity if it did not reform.",
    ),
    # en-audit: moratorium on grants; de-funding
    ("en", T.BUDGET_CUT, True, "The government announced a moratorium on research grants."),
    ("en", T.BUDGET_CUT, True, "The federal government is de-funding the programme."),
    # en-audit: stopped its financial support
    ("en", T.BUDGET_CUT, True, "Washington stopped its financial support for the UN agency."),
    ("en", T.BUDGET_CUT, False, "Washington stopped its support for the UN resolution."),
    # en-audit: discontinue a service (not discontinued operations)
    ("en", T.SERVICE_SUSPENSION, True, "The company will discontinue the service in March."),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The company reported a loss from discontinued operations at its unit.",
    ),
    # en-audit: pull the plug on a service
    ("en", T.SERVICE_SUSPENSION, True, "The company pulled the plug on its streaming service."),
    ("en", T.SERVICE_SUSPENSION, False, "The company pulled the plug on the merger."),
    # en-audit: a clinic mothballed (not a power station)
    ("en", T.SERVICE_SUSPENSION, True, "The hospital's birth centre has been mothballed."),
    ("en", T.SERVICE_SUSPENSION, False, "The gas-fired power station was mothballed."),
    # en-audit: an app no longer available (not a discount)
    ("en", T.SERVICE_SUSPENSION, True, "The app is no longer available in the UK."),
    ("en", T.SERVICE_SUSPENSION, False, "The discount is no longer available to new customers."),
    # en-audit: gyms/leisure centres; a reversed decision or refused plan to close
    ("en", T.SERVICE_SUSPENSION, True, "The gym chain shut all of its clubs on Tuesday."),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Councillors on Wednesday reversed a decision to close the leisure centre.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Members refused to back his plan to close two leisure centres.",
    ),
    # en-audit: a national carrier suspending operations
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The national carrier suspended operations after running out of fuel.",
    ),
    # en-audit: turning away ambulances/patients
    ("en", T.SERVICE_SUSPENSION, True, "The hospital is turning away ambulances."),
    ("en", T.SERVICE_SUSPENSION, False, "The club turned away fans without tickets."),
    # en-audit: cuts forced gyms to close; could force is a feared consequence
    ("en", T.SERVICE_SUSPENSION, True, "The cuts forced two gyms to close on Monday."),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Campaigners said the cuts could force some small gyms to close.",
    ),
    # en-audit: an allocation to equities is a portfolio, not a budget
    ("en", T.BUDGET_CUT, True, "The province reduced its allocation to school boards by 5%."),
    ("en", T.BUDGET_CUT, False, "The pension fund reduced its allocation to equities to 40%."),
    # en-audit: cutting N jobs beside a funding word is no funding cut
    ("en", T.BUDGET_CUT, True, "The charity's government funding was cut by $3 million."),
    ("en", T.BUDGET_CUT, False, "Oxfam cut 1,500 jobs after its funding fell."),
    # en-audit: under pressure to cut is not a cut
    ("en", T.BUDGET_CUT, True, "Ministers cut spending on consultants by $2 billion on Tuesday."),
    (
        "en",
        T.BUDGET_CUT,
        False,
        "Ministers are under pressure to cut spending after the borrowing figures.",
    ),
    # en-audit: vowed not to cut
    ("en", T.BUDGET_CUT, True, "The mayor cut funding for libraries on Monday."),
    ("en", T.BUDGET_CUT, False, "The mayor vowed not to cut funding for libraries."),
    # en-audit: cuts that were reversed
    ("en", T.BUDGET_CUT, True, "The new government cut the arts budget on Monday."),
    (
        "en",
        T.BUDGET_CUT,
        False,
        "Cuts to the arts budget were reversed by the new government on Monday.",
    ),
    # en-audit: grounding a pilot is not grounding flights
    ("en", T.SERVICE_SUSPENSION, True, "The airline grounded its fleet after a software glitch."),
    ("en", T.SERVICE_SUSPENSION, False, "The airline grounded a pilot after he failed a test."),
    # en-audit: closed out the year
    ("en", T.SERVICE_SUSPENSION, True, "The station closed on Monday after a fire."),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The station closed out the year with record passenger numbers.",
    ),
    # en-audit: visa-free travel suspended is a travel policy, not a service
    ("en", T.SERVICE_SUSPENSION, True, "The consulate suspended visa services on Friday."),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The EU suspended visa-free travel for the country's diplomats.",
    ),
    # en-audit: a named platform went dark/down (not went down the route, went dark on an issue)
    ("en", T.SERVICE_SUSPENSION, True, "TikTok went dark in the US on Sunday."),
    ("en", T.SERVICE_SUSPENSION, False, "Twitter went down the route of paid subscriptions."),
    ("en", T.SERVICE_SUSPENSION, False, "X went dark on the issue, declining to comment."),
    # en-audit: headline loses $2.2bn in grants (amount with a glued unit)
    ("en", T.BUDGET_CUT, True, "Harvard loses $2.2bn in federal grants"),
    ("en", T.BUDGET_CUT, False, "Harvard loses $2.2bn bid to block the merger"),
    # en-audit: an airline is the operator, not what halts (ceased operations yes, halted hiring no)
    ("en", T.SERVICE_SUSPENSION, True, "The airline ceased operations on Friday."),
    ("en", T.SERVICE_SUSPENSION, False, "The airline halted hiring."),
    ("en", T.SERVICE_SUSPENSION, False, "Airlines halted their expansion plans."),
    ("en", T.SERVICE_SUSPENSION, False, "Shares in the airline stopped falling on Tuesday."),
    # en-audit: Underground/Tube only as the capitalised network names
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The rebels went underground after the army suspended its patrols.",
    ),
    # en-audit: halve/lower/decrease only with the money as object or subject, not beside it
    ("en", T.BUDGET_CUT, True, "The ministry halved the subsidy for rooftop solar on Tuesday."),
    ("en", T.BUDGET_CUT, True, "Funding for the museum was halved in the new budget."),
    ("en", T.BUDGET_CUT, False, "The company halved its losses after receiving state subsidies."),
    ("en", T.BUDGET_CUT, False, "The central bank lowered rates as government spending slowed."),
    ("en", T.BUDGET_CUT, False, "Unemployment decreased after the state funding programme began."),
    # en-audit: claw back money (not bonuses)
    ("en", T.BUDGET_CUT, True, "The province is clawing back $100 million from school boards."),
    ("en", T.BUDGET_CUT, False, "Banks clawed back bonuses tied to the bailout funds."),
    # en-audit: stopped flying to a place; went dark on Friday
    ("en", T.SERVICE_SUSPENSION, True, "The airline stopped flying to Moscow."),
    ("en", T.SERVICE_SUSPENSION, True, "The website went dark on Friday."),
    # en-audit: lower a cap/rate, inflation decreased: not a budget lowered
    (
        "en",
        T.BUDGET_CUT,
        False,
        "The regulator lowered the cap on energy bills, funded by a subsidy.",
    ),
    ("en", T.BUDGET_CUT, False, "Inflation decreased as government spending slowed."),
    ("en", T.BUDGET_CUT, True, "The government decreased its grants to regional airports by 8%."),
    # ko-audit: a plan given up (계획을 포기했다); a person giving up studies is no reversal
    ("ko", T.POLICY_REVERSAL, True, "정부는 해외 직구 규제 도입 계획을 사실상 포기했다."),
    ("ko", T.POLICY_REVERSAL, False, "그는 끝내 학업을 포기했다."),
    # ko-audit: a past-tense undoing (되돌렸다); a game turned around is no reversal
    ("ko", T.POLICY_REVERSAL, True, "교육부가 의대 정원 증원 규모를 원점으로 되돌렸다."),
    ("ko", T.POLICY_REVERSAL, False, "팀은 후반에 경기 흐름을 되돌렸다."),
    # ko-audit: a mandate or its application deferred (의무화를 유예); the grace period ending is
    # not
    ("ko", T.POLICY_REVERSAL, True, "환경부는 전기차 충전기 설치 의무화를 1년 유예했다."),
    ("ko", T.POLICY_REVERSAL, False, "전기차 충전기 설치 의무화 유예 기간이 끝났다."),
    # ko-audit: a measure paused (관세 부과를 일시 중단); a demand to halt it is not
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "중국 정부는 미국산 대두에 대한 관세 부과를 일시 중단하기로 했다.",
    ),
    ("ko", T.POLICY_REVERSAL, False, "업계는 관세 부과를 일시 중단해야 한다고 주장했다."),
    # ko-audit: a court blocking an act (법원이 … 조치에 제동); a regulator braking a bank is not
    ("ko", T.POLICY_REVERSAL, True, "미국 연방법원이 트럼프 행정부의 관세 조치에 제동을 걸었다."),
    ("ko", T.POLICY_REVERSAL, False, "금융당국이 은행들의 배당 확대 결정에 제동을 걸었다."),
    # ko-audit: a court suspending an order's effect (효력을 일시 중단시켰다)
    ("ko", T.POLICY_REVERSAL, True, "법원이 교육부 처분의 효력을 일시 중단시켰다."),
    ("ko", T.POLICY_REVERSAL, False, "법원은 교육부 처분의 효력을 정지해 달라는 신청을 기각했다."),
    # ko-audit: a policy changed (개편 방침을 바꿨다); a singer changing plans is not
    ("ko", T.POLICY_REVERSAL, True, "교육부는 고교학점제 개편 방침을 바꿨다."),
    ("ko", T.POLICY_REVERSAL, False, "가수 김모씨는 은퇴 입장을 바꿨다."),
    # ko-audit: a project reconsidered from scratch (전면 재검토하기로); a demand for it is not
    ("ko", T.POLICY_REVERSAL, True, "서울시는 남산 곤돌라 사업을 전면 재검토하기로 했다."),
    ("ko", T.POLICY_REVERSAL, False, "시민단체는 곤돌라 사업의 전면 재검토를 요구했다."),
    # ko-audit: a withdrawal under backlash (이용자 반발에 … 철회); the backlash alone is not
    ("ko", T.POLICY_REVERSAL, True, "카카오는 이용자 반발에 유료화 정책을 철회했다."),
    ("ko", T.POLICY_REVERSAL, False, "카카오의 유료화 정책에 이용자 반발이 거세다."),
    # ko-audit: an export licence revoked or its criteria tightened; a first licence is not
    ("ko", T.EXPORT_CONTROL, True, "미국 상무부는 엔비디아의 대중 수출 라이선스를 취소했다."),
    ("ko", T.EXPORT_CONTROL, True, "정부는 반도체 장비의 대중 수출 허가 기준을 까다롭게 바꿨다."),
    ("ko", T.EXPORT_CONTROL, False, "회사는 수출 라이선스를 처음 받았다."),
    # ko-audit: export rules amended (수출 규정을 개정); breaking them is not
    ("ko", T.EXPORT_CONTROL, True, "미 상무부 산업안보국(BIS)은 반도체 장비 수출 규정을 개정했다."),
    ("ko", T.EXPORT_CONTROL, False, "회사는 수출 규정을 위반해 조사를 받았다."),
    # ko-audit: an embargo (금수 조치); a golden-spoon debate is not
    ("ko", T.EXPORT_CONTROL, True, "정부는 러시아에 대한 금수 조치를 확대했다."),
    ("ko", T.EXPORT_CONTROL, False, "금수저 논란이 일었다."),
    # ko-audit: imports reopened by a government (수입을 재개·허용하기로); a retailer resuming
    # imports is not
    ("ko", T.EXPORT_CONTROL, True, "중국 세관은 호주산 와인 수입을 재개하기로 했다."),
    ("ko", T.EXPORT_CONTROL, True, "일본 정부는 한국산 수산물 수입을 다시 허용하기로 했다."),
    ("ko", T.EXPORT_CONTROL, False, "대형마트가 호주산 와인 수입을 재개하기로 했다."),
    # ko-audit: a halt order on exports lifted (수출 중단 조치를 풀었다)
    ("ko", T.EXPORT_CONTROL, True, "인도네시아는 팜유 수출 중단 조치를 3주 만에 풀었다."),
    ("ko", T.EXPORT_CONTROL, False, "인도네시아의 팜유 수출이 3주 만에 늘었다."),
    # ko-audit: a restriction negated or denied (통제를 하지 않겠다, 제한 조치가 없다)
    ("ko", T.EXPORT_CONTROL, True, "중국은 미국산 반도체 장비의 수출 통제를 강화하겠다고 밝혔다."),
    ("ko", T.EXPORT_CONTROL, False, "중국은 수출 통제를 하지 않겠다고 밝혔다."),
    ("ko", T.EXPORT_CONTROL, False, "정부는 수출 제한 조치가 없다고 밝혔다."),
    # ko-audit: a control named as a cause (통제 강화 여파로, 때문에)
    ("ko", T.EXPORT_CONTROL, True, "미국 상무부가 반도체 수출 통제를 강화했다."),
    ("ko", T.EXPORT_CONTROL, False, "수출 통제 강화 여파로 삼성전자 주가가 하락했다."),
    ("ko", T.EXPORT_CONTROL, False, "수출 통제 때문에 매출이 줄었다고 회사는 밝혔다."),
    # ko-audit: flights or ferries that could not leave (뜨지 못했다, 출항하지 못했다)
    ("ko", T.SERVICE_SUSPENSION, True, "태풍으로 제주를 오가는 항공기가 뜨지 못했다."),
    ("ko", T.SERVICE_SUSPENSION, True, "풍랑주의보로 여객선이 출항하지 못했다."),
    ("ko", T.SERVICE_SUSPENSION, False, "그는 비행기가 뜨지 못할까 봐 걱정했다."),
    # ko-audit: take-offs and landings banned (이착륙이 전면 금지됐다)
    ("ko", T.SERVICE_SUSPENSION, True, "폭설로 김포공항 항공기 이착륙이 전면 금지됐다."),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "김포공항은 야간 이착륙 금지 시간을 조정하는 방안을 검토한다.",
    ),
    # ko-audit: a website that went down (홈페이지가 … 다운됐다); a download is not
    ("ko", T.SERVICE_SUSPENSION, True, "국세청 홈택스 홈페이지가 접속자 폭주로 다운됐다."),
    ("ko", T.SERVICE_SUSPENSION, False, "국세청 홈택스 홈페이지에서 서식을 다운로드할 수 있다."),
    # ko-audit: no new patients or subscribers taken (신규 환자를 받지 않기로)
    ("ko", T.SERVICE_SUSPENSION, True, "대학병원이 신규 환자를 받지 않기로 했다."),
    ("ko", T.SERVICE_SUSPENSION, False, "그는 신규 환자를 받지 않는 이유를 설명했다."),
    # ko-audit: production disrupted is no service halt (생산 차질); experts' worry that it could
    # stop is a forecast
    ("ko", T.SERVICE_SUSPENSION, False, "공장 가동이 중단돼 생산 차질이 빚어졌다."),
    ("ko", T.SERVICE_SUSPENSION, False, "전문가들은 서비스가 중단될 수 있다고 우려했다."),
    ("ko", T.SERVICE_SUSPENSION, True, "카카오페이 결제 서비스가 오류로 30분간 중단됐다."),
    # ko-audit: a fine as a hammer or bomb (과징금 철퇴, 벌금 폭탄); one that could be imposed is
    # not
    ("ko", T.SANCTION_FINE, True, "삼성전자가 EU로부터 과징금 철퇴를 맞았다."),
    ("ko", T.SANCTION_FINE, False, "최대 매출의 6%까지 과징금을 부과받을 수 있다."),
    # ko-audit: a corrective order or a heavy reprimand (시정명령, 문책경고); the rules for them are
    # not
    ("ko", T.SANCTION_FINE, True, "공정위는 납품업체에 갑질을 한 대형마트에 시정명령을 내렸다."),
    ("ko", T.SANCTION_FINE, True, "금감원은 ○○은행장에게 문책경고를 내렸다."),
    ("ko", T.SANCTION_FINE, False, "시정명령 제도의 실효성에 대한 논의가 이어졌다."),
    # ko-audit: assets frozen by a government (자산을 동결했다); a crypto exchange freezing coins is
    # not
    ("ko", T.SANCTION_FINE, True, "미 재무부는 러시아 개인 5명의 미국 내 자산을 동결했다."),
    ("ko", T.SANCTION_FINE, False, "거래소는 해킹된 가상자산을 동결했다고 밝혔다."),
    # ko-audit: an entry into force postponed (발효를 1년 연기); a flight's departure put off is not
    ("ko", T.POLICY_REVERSAL, True, "EU는 산림전용방지법 발효를 1년 연기했다."),
    ("ko", T.POLICY_REVERSAL, False, "비행기 출발이 기상 악화로 늦춰졌다."),
    # ko-audit: a start date pushed back in the passive (부과 시점이 … 늦춰졌다); a show put off is
    # not
    ("ko", T.POLICY_REVERSAL, True, "미국의 상호관세 부과 시점이 8월 1일로 늦춰졌다."),
    ("ko", T.POLICY_REVERSAL, False, "개막 공연 일정이 다음 주로 늦춰졌다."),
    # ko-audit: a directive or a bill withdrawn (동결 지시를 철회, 개정안을 철회); a resignation
    # withdrawn is not
    ("ko", T.POLICY_REVERSAL, True, "백악관은 연방 보조금 동결 지시를 이틀 만에 철회했다."),
    ("ko", T.POLICY_REVERSAL, True, "정부는 개정안을 국회에서 철회했다."),
    ("ko", T.POLICY_REVERSAL, False, "그는 사직서를 철회했다."),
    # ko-audit: export idioms: items taken off a list (품목에서 뺐다), the bolt locked or opened
    # (빗장), a ban decreed (금지령을 내렸다), the card played (카드를 꺼내 들었다), exports made to
    # stop (중단시켰다); a card that could be played is not
    ("ko", T.EXPORT_CONTROL, True, "정부는 수출 규제 품목에서 반도체 소재 3종을 뺐다."),
    ("ko", T.EXPORT_CONTROL, True, "중국이 희토류 수출 빗장을 걸어 잠갔다."),
    ("ko", T.EXPORT_CONTROL, True, "인도는 쌀 수출 빗장을 풀었다."),
    ("ko", T.EXPORT_CONTROL, True, "인도 정부는 밀 수출 금지령을 내렸다."),
    ("ko", T.EXPORT_CONTROL, True, "중국은 일본에 대한 희토류 수출 규제 카드를 꺼내 들었다."),
    ("ko", T.EXPORT_CONTROL, True, "러시아는 비우호국에 대한 곡물 수출을 전면 중단시켰다."),
    ("ko", T.EXPORT_CONTROL, False, "그는 수출 규제 카드를 꺼낼 수도 있다고 말했다."),
    ("ko", T.EXPORT_CONTROL, False, "업계는 정부가 수출 빗장을 풀어야 한다고 주장했다."),
    # ko-audit: a report of the act denied (보도를 부인했다)
    ("ko", T.EXPORT_CONTROL, False, "회사는 러시아 수출을 중단시켰다는 보도를 부인했다."),
    ("ko", T.SANCTION_FINE, False, "공정위는 구글에 과징금을 부과한다는 보도를 부인했다."),
    # ko-audit: a cancellation rate is a statistic (결항률); a plan prepared against a halt is not
    # the halt (운행 중단에 대비해)
    ("ko", T.SERVICE_SUSPENSION, False, "올해 제주공항의 결항률은 5%였다."),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "정부는 파업 시 운행 중단에 대비해 비상수송대책을 마련했다.",
    ),
    ("ko", T.SERVICE_SUSPENSION, True, "철도노조 파업으로 KTX 운행이 중단됐다."),
    # ko-audit: a partial suspension of business (영업 일부 정지 처분)
    ("ko", T.SANCTION_FINE, True, "금융위원회는 ○○증권에 영업 일부 정지 6개월 처분을 내렸다."),
    ("ko", T.SANCTION_FINE, False, "영업 일부 정지 기간에는 신규 고객을 받을 수 없다."),
    # ko-audit: sanctions extended (제재를 6개월 연장); a waiver extended is not
    ("ko", T.SANCTION_FINE, True, "EU는 대러시아 경제 제재를 6개월 연장했다."),
    ("ko", T.SANCTION_FINE, False, "미국은 인도에 대한 제재 면제를 연장했다."),
    # ko-audit: a rule that fines whoever breaks it (… 시 과태료, 부과 대상이 된다) and a collection
    # rate are no fine on a target
    ("ko", T.SANCTION_FINE, False, "내년부터 전동킥보드 헬멧 미착용 시 과태료 부과 대상이 된다."),
    ("ko", T.SANCTION_FINE, False, "쓰레기 무단 투기 시 과태료 50만원을 물린다."),
    ("ko", T.SANCTION_FINE, False, "과태료 징수율이 낮다는 지적이 나왔다."),
    ("ko", T.SANCTION_FINE, True, "구청은 쓰레기를 무단 투기한 업체 3곳에 과태료 50만원을 물렸다."),
    # ko-audit: a pause named as the news that moved markets (관세 유예 소식에 급등)
    ("ko", T.POLICY_REVERSAL, True, "미국 정부는 중국산 제품에 대한 관세 부과를 90일간 유예했다."),
    ("ko", T.POLICY_REVERSAL, False, "주식시장이 관세 유예 소식에 급등했다."),
    # ko-audit: criticism that reversals are frequent or fines excessive (…다는 비판이 나온다) is no
    # act
    ("ko", T.POLICY_REVERSAL, False, "정부의 정책 번복이 잦다는 비판이 나온다."),
    ("ko", T.SANCTION_FINE, False, "공정위의 과징금 부과가 지나치다는 지적이 나왔다."),
    ("ko", T.SANCTION_FINE, True, "공정위는 구글에 과징금 421억원을 부과했다."),
    # ko-audit: a halt the operator says it never considered (검토한 적이 없다)
    ("ko", T.SERVICE_SUSPENSION, False, "운영 중단을 검토한 적이 없다고 회사는 밝혔다."),
    ("ko", T.SERVICE_SUSPENSION, True, "회사는 다음 달부터 매장 운영을 중단한다고 밝혔다."),
    # ko-audit: export controls as what firms prepare for, a standing licence duty, talks on
    # cooperation, or smuggled goods
    ("ko", T.EXPORT_CONTROL, False, "수출 통제 강화에 대비해 기업들이 재고를 쌓고 있다."),
    ("ko", T.EXPORT_CONTROL, False, "이 장비는 수출 통제 대상이어서 허가를 받아야 한다."),
    ("ko", T.EXPORT_CONTROL, False, "미국은 수출 통제 협력을 논의하기 위해 한국을 방문했다."),
    ("ko", T.EXPORT_CONTROL, False, "수입 금지 품목을 몰래 들여오다 적발됐다."),
    ("ko", T.EXPORT_CONTROL, True, "필리핀 정부는 쌀 수입을 60일간 금지한다고 발표했다."),
    # ko-audit: headlines: a quoted scrapping ('백지화') of a subsidy, a plan folded (계획 접어); a
    # demand or a possibility is not
    ("ko", T.POLICY_REVERSAL, True, "정부, 반도체 보조금 '백지화'"),
    ("ko", T.POLICY_REVERSAL, True, "○○시, 소각장 건립 계획 접어"),
    ("ko", T.POLICY_REVERSAL, False, "전기료 인상 철회 가능성"),
    # ko-audit: headlines ending in a fear or a demand (… 강화 우려, … 부과 요구) state no act
    ("ko", T.EXPORT_CONTROL, False, "수출 통제 강화 우려"),
    ("ko", T.EXPORT_CONTROL, True, "美, 대중 AI칩 수출 금지 확대"),
    ("ko", T.SANCTION_FINE, False, "과징금 부과 요구"),
    # ko-audit: headlines: a heavy reprimand (○○은행 중징계), a fine on a named party without amount
    # (통신3사에 과징금)
    ("ko", T.SANCTION_FINE, True, "금감원, ○○은행 중징계"),
    ("ko", T.SANCTION_FINE, True, "방통위, 통신3사에 과징금"),
    ("ko", T.SANCTION_FINE, False, "과징금 제도 개선 방안"),
    # ko-audit: a guide to preparing for a halt (결항 대비 요령) is no halt
    ("ko", T.SERVICE_SUSPENSION, False, "결항 대비 요령"),
    ("ko", T.SERVICE_SUSPENSION, True, "제주공항 항공편 무더기 결항"),
    # ko-audit: a reform bill withdrawn (개혁안을 철회키로); a union's own withdrawal of a strike is
    # not
    ("ko", T.POLICY_REVERSAL, True, "영국 정부는 연금 개혁안을 철회키로 했다."),
    ("ko", T.POLICY_REVERSAL, False, "노조는 예고했던 파업을 철회키로 했다."),
    # ko-audit: a rollout schedule pushed back (도입 일정을 1년 늦춘다); an exam rescheduled is not
    ("ko", T.POLICY_REVERSAL, True, "교육부는 9일 디지털교과서 도입 일정을 1년 늦춘다고 밝혔다."),
    ("ko", T.POLICY_REVERSAL, False, "교육청은 기말고사 일정을 1주일 늦춘다고 밝혔다."),
    # ko-audit: an option floated or an outcome awaited (방안이 거론되고, …할지 주목된다, …할
    # 것이라는 기대)
    ("ko", T.POLICY_REVERSAL, False, "관세 부과를 연기하는 방안이 거론되고 있다."),
    ("ko", T.POLICY_REVERSAL, False, "미국이 관세 부과를 철회할 것이라는 기대가 커지고 있다."),
    ("ko", T.EXPORT_CONTROL, False, "미국이 수출 통제를 확대할지 주목된다."),
    ("ko", T.EXPORT_CONTROL, False, "수출 제한이 확대될 것이라는 관측이 나온다."),
    ("ko", T.SERVICE_SUSPENSION, False, "서비스가 중단될지 주목된다."),
    ("ko", T.SANCTION_FINE, False, "과징금이 부과될지 주목된다."),
    ("ko", T.SANCTION_FINE, False, "과징금 규모가 1조원에 달할 것이라는 관측이 나온다."),
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "미국 정부가 유럽산 제품에 대한 관세 부과를 연기한 것으로 알려졌다.",
    ),
    # ko-audit: sanctions being pursued, as a wire reports (제재를 추진하고 있다고 … 보도했다)
    (
        "ko",
        T.SANCTION_FINE,
        True,
        "미국 정부가 중국 기업들에 대한 제재를 추진하고 있다고 로이터통신이 보도했다.",
    ),
    ("ko", T.SANCTION_FINE, False, "야당은 정부에 중국 기업 제재 추진을 촉구했다."),
    # ko-audit: other acts with reversal verbs: a licence revoked as a penalty, a pending approval
    # deferred, a payment deferred as relief, support withdrawn, smoke (연기)
    ("ko", T.POLICY_REVERSAL, False, "정부는 ○○사의 사업 허가를 취소하는 처분을 내렸다."),
    ("ko", T.POLICY_REVERSAL, False, "위원회는 합병 승인 결정을 보류했다."),
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "정부는 코로나 피해 기업의 부가세 징수를 유예하기로 결정했다.",
    ),
    ("ko", T.POLICY_REVERSAL, False, "금융위는 대출 원금 상환 유예 조치를 연장하기로 했다."),
    ("ko", T.POLICY_REVERSAL, False, "신문사는 후보 지지 입장을 철회했다."),
    ("ko", T.POLICY_REVERSAL, False, "국민의힘은 당론으로 정했던 증원 계획을 철회했다."),
    ("ko", T.POLICY_REVERSAL, False, "화재 현장에서 검은 연기가 치솟아 대피 계획이 시행됐다."),
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "정부는 내년부터 시행할 예정이던 통행료 징수 계획을 유예하기로 했다.",
    ),
    # ko-audit: items barred from a stadium, a cabin or a landfill (반입 금지) and income (겸직
    # 수입) are not trade controls
    ("ko", T.EXPORT_CONTROL, False, "경기장에는 음식물 반입이 금지된다."),
    ("ko", T.EXPORT_CONTROL, False, "항공사들이 보조배터리의 기내 반입을 금지했다."),
    ("ko", T.EXPORT_CONTROL, False, "수도권매립지는 종량제 봉투 쓰레기의 직매립 반입을 금지했다."),
    ("ko", T.EXPORT_CONTROL, False, "정부는 공무원의 겸직 수입을 제한하기로 했다."),
    ("ko", T.EXPORT_CONTROL, True, "정부는 일본산 수산물의 국내 반입을 금지했다."),
    # ko-audit: medical and personal senses: life support withdrawn, disabilities (발달장애),
    # paralysis (마비), a call dropped
    ("ko", T.SERVICE_SUSPENSION, False, "병원에서 연명치료 중단을 결정했다."),
    ("ko", T.SERVICE_SUSPENSION, False, "발달장애 학생을 위한 돌봄 센터가 문을 열었다."),
    ("ko", T.SERVICE_SUSPENSION, False, "그는 하반신 마비로 병원 치료를 받고 있다."),
    ("ko", T.SERVICE_SUSPENSION, False, "그와의 통화가 갑자기 끊겼다."),
    ("ko", T.SERVICE_SUSPENSION, True, "전산 장애로 병원 진료 예약 시스템이 마비됐다."),
    # ko-audit: a committee deferring its review (심의를 보류), an admission cancelled, a referee's
    # call reversed are no policy reversal
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "서울시 도시계획위원회는 ○○ 재건축 정비계획안 심의를 보류했다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "대학은 부정 입학이 드러난 학생의 합격을 취소하는 결정을 내렸다.",
    ),
    ("ko", T.POLICY_REVERSAL, False, "심판은 비디오 판독 끝에 페널티킥 결정을 번복했다."),
    ("ko", T.POLICY_REVERSAL, True, "서울시는 ○○ 재건축 정비계획 변경안을 철회했다."),
    # ko-audit: routine closures (매주 월요일 휴관, 연휴 증시 휴장) and closed-circuit TV (폐쇄회로)
    # are no halt
    ("ko", T.SERVICE_SUSPENSION, False, "설 연휴로 증시가 사흘간 휴장한다."),
    ("ko", T.SERVICE_SUSPENSION, False, "박물관은 매주 월요일 휴관한다."),
    ("ko", T.SERVICE_SUSPENSION, False, "경찰은 시설 주변 폐쇄회로TV를 분석했다."),
    ("ko", T.SERVICE_SUSPENSION, True, "국립중앙박물관이 폭염으로 임시 휴관에 들어갔다."),
    # ko-audit: a sanctions committee (대북제재위원회) publishing a report imposes nothing
    ("ko", T.SANCTION_FINE, False, "유엔 안보리 대북제재위원회 전문가 패널은 보고서를 발표했다."),
    ("ko", T.SANCTION_FINE, True, "유엔 안보리는 북한 선박 4척을 제재 대상으로 지정했다."),
    # ko-audit: a draft notice withdrawn (입법예고안을 철회) and a rule restored (규제를 원상 복구);
    # land restored after works is not
    ("ko", T.POLICY_REVERSAL, True, "법무부는 논란이 된 입법예고안을 철회했다."),
    ("ko", T.POLICY_REVERSAL, True, "정부가 한 달 만에 대출 규제를 원상 복구했다."),
    ("ko", T.POLICY_REVERSAL, False, "시공사는 공사가 끝난 뒤 도로를 원상 복구했다."),
    # ko-audit: an app or machine that did not work (앱이 작동하지 않아); one that might not is not
    ("ko", T.SERVICE_SUSPENSION, True, "○○은행 모바일 앱이 작동하지 않아 고객들이 불편을 겪었다."),
    ("ko", T.SERVICE_SUSPENSION, False, "앱이 작동하지 않으면 고객센터로 문의하면 된다."),
    # ko-audit: a water bus (수상버스) is no award: the meta-topic cue must not read it
    ("ko", T.SERVICE_SUSPENSION, True, "서울시는 한강 수상버스 운항을 잠정 중단한다고 밝혔다."),
    ("ko", T.SERVICE_SUSPENSION, False, "서울시는 한강 수상버스 운항 중단 여부를 검토하고 있다."),
    # ko-audit: sanctions lifted or eased on a country are export_control (loosening), not a new
    # sanction; a sports ban lifted is neither
    ("ko", T.EXPORT_CONTROL, True, "미국은 시리아에 대한 경제 제재를 해제했다."),
    ("ko", T.EXPORT_CONTROL, True, "EU는 벨라루스산 칼륨 비료에 대한 제재를 완화했다."),
    ("ko", T.SANCTION_FINE, False, "트럼프 대통령은 시리아 제재를 전면 해제한다고 발표했다."),
    ("ko", T.EXPORT_CONTROL, False, "연맹은 선수에 대한 출전 정지 제재를 해제했다."),
    ("ko", T.EXPORT_CONTROL, False, "제재 해제 가능성이 거론된다."),
    # ko-audit: a licence revoked or a bidding ban as a penalty (허가 취소 처분, 입찰 참가 제한
    # 처분); the standard for them is not
    ("ko", T.SANCTION_FINE, True, "정부는 ○○사의 사업 허가를 취소하는 처분을 내렸다."),
    (
        "ko",
        T.SANCTION_FINE,
        True,
        "금감원은 불법 추심을 한 대부업체 5곳에 등록 취소 처분을 내렸다.",
    ),
    ("ko", T.SANCTION_FINE, True, "조달청은 담합한 업체들에 입찰 참가 자격 제한 처분을 내렸다."),
    ("ko", T.SANCTION_FINE, False, "등록 취소 처분 기준을 강화하는 개정안이 국회에 제출됐다."),
    # ko-audit: the cause cue reads only a noun phrase before 여파/때문 (관세 유예 여파로), not a
    # reason given for the act
    ("ko", T.POLICY_REVERSAL, False, "관세 유예 여파로 환율이 급락했다."),
    ("ko", T.EXPORT_CONTROL, True, "정부는 수출 규제를 강화했는데 안보 때문이다."),
    # en-r6: an economy "grinding to a halt" is a metaphor, not a halted service
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The central bank cut rates again amid signs that the region's economy is grinding to a"
        " halt.",
    ),
    ("en", T.SERVICE_SUSPENSION, True, "Rail traffic ground to a halt after the signal failure."),
    # en-r6: Indian English "sanctioned Rs X crore" approves money; it is no penalty
    (
        "en",
        T.SANCTION_FINE,
        False,
        "The state minister thanked the centre for sanctioning Rs 420 crore for nine bridge"
        " projects.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "Road projects worth Rs 96 crore have been sanctioned by the board.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        True,
        "The regulator fined the lender Rs 2 crore for lapses in its loans.",
    ),
    # en-r6: a government's extra money for schools is ordinary public spending, not a pledge
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "Ministers said they will invest an extra 900 million into schools to raise spending on"
        " pupils.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "The carmaker will invest $900 million in a new plant in Ohio.",
    ),
    # ko-r6: an option "검토되고 있다는 보도" is hearsay about a plan, not the act
    (
        "ko",
        T.TARIFF_CHANGE,
        False,
        "백악관은 아직 대상국을 정하지 않았다. 수입 철강에 최고 30%의 관세를 물리는 방안도"
        " 검토되고 있다는 보도가 나왔다.",
    ),
    (
        "ko",
        T.TARIFF_CHANGE,
        True,
        "백악관은 아직 대상국을 정하지 않았다. 수입 철강에 최고 30%의 관세를 물리기로"
        " 했다고 밝혔다.",
    ),
    # ko-r6: a reaction to another outlet's report (…라고 보도한 데 대해) does not make it news
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        False,
        "외신이 '국내 한 전자업체가 베트남에 5억달러를 투자한다'고 보도한 데 대해 업계는"
        " 말을 아꼈다.",
    ),
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        True,
        "국내 한 전자업체가 베트남 공장에 5억달러를 투자하기로 했다.",
    ),
    # ko-r6: an outlet's name (시사저널 …) is not the speculation cue 시사 ("hinted")
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        True,
        "[시사저널e=김민수 기자] 한 장비업체가 1000억원 규모의 연구소 투자를 결정했다고 공시했다.",
    ),
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        False,
        "한 장비업체가 1000억원 규모의 연구소 투자 가능성을 시사했다.",
    ),
    # s13: a headline that asks for a tariff change (noun-final 요청/건의) is a request
    ("ko", T.TARIFF_CHANGE, False, "업계, 정부에 수입 알루미늄 관세 인하 요청"),
    ("ko", T.TARIFF_CHANGE, False, "섬유업계, 수입 면직물 관세율 조정건의"),
    ("ko", T.TARIFF_CHANGE, True, "정부가 수입 알루미늄 관세를 다음 달부터 5%로 인하한다."),
    # s13: "V-어 줄 것을" asks someone else to act, however far from the trigger
    (
        "ko",
        T.TARIFF_CHANGE,
        False,
        "협회장은 미국이 부과한 상호관세와 부품 제품에 대한 품목관세를"
        " 면제해 줄 것을 다시 요청했다.",
    ),
    # s13: a tally of cases over a period is a statistic, not an act
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "금융위원회는 2019년부터 올해 3월까지 총 512건에 3천억원의 과태료를"
        " 부과한 것으로 나타났다.",
    ),
    (
        "ko",
        T.EXPORT_CONTROL,
        False,
        "인도를 겨냥한 각국의 수입규제 건수가 30건에 달하는 것으로 집계됐다.",
    ),
    ("ko", T.SANCTION_FINE, True, "공정위는 담합한 3개 업체에 과징금 50억원을 부과했다."),
    # s13: a fine "if one has broken the law" (했을 경우) is a rule for anyone
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "다음 달부터 보험사가 설명 의무를 위반했을 경우에 지금보다 두 배 높은"
        " 과태료를 부과받게 된다.",
    ),
    # s13: an outage named as the affair a statement is about ('먹통' 사태와 관련해)
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "통신사는 '먹통' 사태와 관련해 모든 가입자에게 요금을 감면하겠다고 밝혔다.",
    ),
    # s13: money allocated in a budget (편성, 배분) is public spending, not a pledge
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        False,
        "올해보다 6% 늘어난 300조원이 편성됐는데, 사회투자 확대와 성장동력 확충에 중점을 뒀다.",
    ),
    # s13: private money that "투입된다" into a project is a pledge
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        True,
        "원주시에 조성되는 대형 물류센터에는 민간 자본 8천억원이 투입된다.",
    ),
    # s13: a scheduled water cut (단수 예정) halts a utility
    (
        "ko",
        T.SERVICE_SUSPENSION,
        True,
        "수원시 영통동 일대가 3일 밤 10시부터 4일 오전 5시까지 단수 예정이다.",
    ),
    # s13: talks held to avoid a strike, and a strike that "was also suspended"
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Further talks between the bus company and union representatives will take place today in"
        " a bid to avoid a repeat of a bus strike in the city.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The bus strike in Leeds has now been suspended, the union said.",
    ),
    # s13: approaching a regulator "for imposition of" a duty is a request
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "The producers' association last month approached the trade ministry for imposition of a 20"
        " per cent safeguard duty on flat steel imports.",
    ),
    # s13: a decision deferred on a proposed duty is no act
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "The government on Tuesday deferred a decision on a proposal to impose anti-dumping duty on"
        " solar glass by three months.",
    ),
    # s13: definitions of a duty or a trade war
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "Anti-dumping duty is imposed to protect domestic producers from unfairly cheap imports.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "In customs parlance, an anti-dumping duty refers to an extra levy on imports sold below"
        " cost.",
    ),
    # s13: a spending plan that "takes a big chunk out of" a programme's money cuts it
    (
        "en",
        T.BUDGET_CUT,
        True,
        "The city's final spending plan takes a big chunk out of library funding.",
    ),
    # s13 round 8: a probe opened to review a duty, a vote postponed, another's act expected
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "The trade ministry's investigation arm has initiated a probe to review the need for"
        " continuing imposition of anti-dumping duty on certain steel wheels.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The library board voted on Monday to postpone a vote on closing three branch libraries"
        " until next month.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "The treasury secretary said he expects Beijing to delay the new export controls on rare"
        " earths.",
    ),
    # s13 round 8: a promise made on the campaign trail
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "The candidate promised throughout his campaign to slap more duties on imports from China.",
    ),
    # s13 round 8: acts stated as not considered or not imposed
    (
        "en",
        T.BUDGET_CUT,
        False,
        "The finance minister says the government is not considering cutting baseline funding to"
        " the social development ministry.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "India has not imposed any country-specific ban on imports, the commerce minister told"
        " parliament.",
    ),
    # s13 round 8: a motion to dismiss is a procedural step of a case
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "A federal judge on Friday denied the government's motion to dismiss a lawsuit filed by"
        " consumer groups over the order to repeal two safety rules.",
    ),
    # s13 round 8: a figure that drops is a statistic; a cancelled plant or expo is no service
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "Foreign direct investment in Vietnam dropped 21.4 percent in May from a year earlier,"
        " the planning ministry said.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Under pressure from the White House, the carmaker in March cancelled a $1.2-billion plant"
        " in northern Mexico.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The virus outbreak has seen the cancellation of the Global Mobile Expo, which was"
        " scheduled for later this month.",
    ),
    # s13 round 8: public spending that rises is no investment pledge
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "Government spending will rise by £9 billion next year, with more cash for schools and"
        " hospitals.",
    ),
    # s13 round 8: a fine ranked in a roundup of the year's penalties
    (
        "en",
        T.SANCTION_FINE,
        False,
        "The third largest penalty was imposed by the Spanish regulator on a telecoms operator for"
        " EUR 8m.",
    ),
    # s13 round 8: 당초 before a comparison is the baseline, not background
    (
        "ko",
        T.BUDGET_CUT,
        True,
        "확정된 교육 예산은 당초 정부가 제출한 12조원에 비해 3000억원 감액된 규모다.",
    ),
    # s13 round 8: an amount cut from the government's bill, beside the amount added
    ("ko", T.BUDGET_CUT, True, "정부안에서 2조1500억원이 삭감됐고 증액은 1조3000억원이다."),
    # s13 round 8: a meeting about a measure, a review started
    (
        "ko",
        T.EXPORT_CONTROL,
        False,
        "산업통상자원부는 3일 대이란 수출통제 관련 간담회를 열고 업계의 애로를 점검했다.",
    ),
    ("ko", T.EXPORT_CONTROL, False, "정부는 3일 반도체 수출 규제에 대한 재검토에 착수했다."),
    # s13 round 8: a safeguard is a tariff measure, invoked by a government
    (
        "ko",
        T.TARIFF_CHANGE,
        True,
        "미국 대통령은 외국산 냉장고에 대해 긴급수입제한조치인 '세이프가드' 발동을 최종 승인했다.",
    ),
    (
        "ko",
        T.EXPORT_CONTROL,
        False,
        "미국 대통령은 외국산 냉장고에 대해 긴급수입제한조치인 '세이프가드' 발동을 최종 승인했다.",
    ),
    (
        "ko",
        T.TARIFF_CHANGE,
        False,
        "양국은 같은 제품에 대해서는 10년에 한 번만 세이프가드를 발동하기로 합의했다.",
    ),
    # s13 round 8: an application filed for a review of a duty; a company answering a report
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "Two pipe makers have filed an application before the trade remedies authority for sunset"
        " review of anti-dumping duty imposed on seamless tubes from China.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "The recycling group responded to a local media report of its plan to invest $200 million"
        " in a new plant in Fujian.",
    ),
    # s13 round 9: routine fines, investment returns, a closing price, acts days ago
    ("en", T.SANCTION_FINE, False, "Parking fines pulling in £3.2m for the borough council"),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "The state pension board said the return resulted in a net investment gain of $9.4"
        " billion for the fiscal year.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "ACME closed Tuesday's regular trading at $24.10 down $0.85 or 3.4%.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The health board met on Monday to discuss staffing. The hospital's maternity unit was"
        " shut several days ago because of staff shortages.",
    ),
    # s13 round 9: a complaint lodged over another's act; talks that will discuss an act
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "Seoul on Wednesday filed a complaint with the World Trade Organization over Tokyo's"
        " tightening of export controls.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "The talks ended with an agreement to start with a discussion of lifting sanctions on"
        " Tuesday.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "The ministers said some issues, including tariff removal, remain unresolved after four"
        " days of talks.",
    ),
    # s13 round 9: a government withdrawing the budget bill it submitted reverses itself
    ("ko", T.POLICY_REVERSAL, True, "양평군이 군의회에 제출한 2회 추가경정예산안을 철회했다."),
    # s13 round 9: "even if" it is enforced (더라도), further from the trigger
    (
        "ko",
        T.TARIFF_CHANGE,
        False,
        "캐나다에 대한 25% 관세 부과가 다음 달 시행되더라도 수출 감소폭은 0.03%에 그친다.",
    ),
    # s13 round 9: a subway back to normal; a car plant's production halted
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "파업에 들어갔던 대구지하철이 노사 합의로 3시간 만에 정상을 되찾았다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "기아 광주공장은 부품을 받지 못하면서 이날 오전 현재까지 가동이 중단된 상태다.",
    ),
    # s13 round 9: fines totalled over years or against last year; a notice of a rule
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "수입차 업체들이 배출가스 인증 위반으로 5년간 납부한 과징금이 900억에 달한다.",
    ),
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "공정위가 올해 담합 사건에 부과한 과징금이 3천억원으로 전년의 두 배를 넘었다.",
    ),
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "공정거래위원회는 3일 대리점법 위반에 과징금을 부과하는 고시 제정안을 20일간 행정예고한다고"
        " 밝혔다.",
    ),
    # s14 round 10: fines owed from before; a statement that follows an earlier act
    (
        "en",
        T.SANCTION_FINE,
        False,
        "County officials are suing to recover $48,000 in unpaid fines from the waste hauler.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "Bicycle importers wrote to lawmakers on Tuesday. Their letter follows the government"
        " imposing a 15 percent tariff on imported bicycles.",
    ),
    # s14 round 10: a market closing at a level, a project on hold, a meeting called off
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "이날 코스닥 지수는 12.5포인트 내린 845.20에 거래를 종료했다.",
    ),
    ("ko", T.SERVICE_SUSPENSION, False, "시가 추진하던 관광 케이블카 사업이 잠정 중단된 상태다."),
    ("ko", T.POLICY_REVERSAL, False, "다음 달 3일로 예정됐던 한중 관세 협상 일정이 취소됐다."),
    # s14 round 10: a correction notice; export rules changed by a ministry's notice
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "구청이 과태료 2억원을 부과했다는 지난 3일자 보도는 사실과 달라 이를 바로잡습니다.",
    ),
    (
        "ko",
        T.EXPORT_CONTROL,
        True,
        "산업통상자원부는 중소 수출기업의 부담을 덜기 위해 전략물자 수출입고시를"
        " 일부 개정했다고 12일 밝혔다.",
    ),
    (
        "ko",
        T.EXPORT_CONTROL,
        True,
        "정부는 일반 공산품에 대한 전략물자 판정 의무를 폐지하고 고위험 품목만 심사하기로 했다.",
    ),
    # s14 round 10: a hospital's named unit closed; a U-turn on a closure is no closure
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "A shortage of nurses forced the temporary closure of the obstetrics unit at St Brendan's"
        " General Hospital on Sunday.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The borough council has made a U-turn on its decision to close the town's only public"
        " library.",
    ),
    ("en", T.SERVICE_SUSPENSION, False, "Councillors announce U-turn on swimming pool closure"),
    # s14 round 10: power tariffs by consumer category; a duty raised to curb imports
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "For the domestic consumer category, the tariff rise is kept at 4 to 6 per cent.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "Customs duty on gold was raised to 12.5 per cent today in a bid to curb rising imports.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "Customs duty on gold was raised to 12.5 per cent today in a bid to curb rising imports.",
    ),
    # s14 round 10: talks and remarks about a tariff; a programme named in quotes; a dock
    ("ko", T.TARIFF_CHANGE, False, "한일 '관세 인하' 첫날 협의 종료…이번 주 다시 만난다"),
    (
        "ko",
        T.TARIFF_CHANGE,
        False,
        "산업부 장관은 미국 대통령의 관세 재인상 발언에 대응하기 위해 워싱턴을 찾았다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "정부는 중소기업을 위한 '한시적 인허가 유예' 제도를 다음 달부터 시행하기로 했다.",
    ),
    ("ko", T.SERVICE_SUSPENSION, False, "조선소 일부 도크의 가동이 중단되면서 생산이 줄었다."),
    # s14 round 10: a price that drops by pence; votes too few to stop a bill
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "Income tax is to drop two pence to 20p in the pound, the chancellor announced today.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "But the four votes were not enough to stop the proposed budget bill from being sent to"
        " the full council.",
    ),
    # s14 round 10: a tax band abolished is a tax change; a planned rise scrapped is a U-turn
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The chancellor said the top rate of income tax is going to be completely abolished.",
    ),
    ("en", T.POLICY_REVERSAL, False, "Ministers will scrap the 40p tax band for pensioners."),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The chancellor scrapped the planned fuel duty rise after a backlash from drivers.",
    ),
    # s14 round 10: a lane nearly at a standstill; a leader defending tariffs in place
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Traffic through the canal has nearly come to a standstill as fighting spreads.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "The president doubled down on his steel tariffs on Tuesday, calling them the greatest"
        " tool the country has.",
    ),
    # s14 round 10: tariffs as the cause of another story; a pause still in force
    (
        "ko",
        T.TARIFF_CHANGE,
        False,
        "미국의 관세 인상 정책으로 수출 의존도가 높은 지역 경제에 불확실성이 커졌다.",
    ),
    (
        "ko",
        T.TARIFF_CHANGE,
        False,
        "시는 90일간 상호관세 유예 조치가 유지되고 있는 지금이 대응의 적기라고 본다.",
    ),
    # s14 rounds 11-12: an act decided against
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "Three days later the ministry decided not to scrap the fuel subsidy after all.",
    ),
    # s14 rounds 11-12: the most a regulator may fine; yearly tallies of fines
    (
        "en",
        T.SANCTION_FINE,
        False,
        "The regulator can now fine broadband providers up to £2m for failing to share data.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "Regulators published their annual report on Tuesday. The watchdog fined fewer firms this"
        " year than last, but the average size of penalties grew.",
    ),
    # s14 rounds 11-12: a person's suspension; power prices per unit; one licence granted
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Chief Brandt told the Ledger by phone that his suspension was unjust and was motivated"
        " by a rivalry between the mayor and other council members.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "The average increase in tariff per unit for households is 35 paise, a 4.3 per cent rise.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "The Japanese government allowed the export of one item to South Korea for the first time"
        " in 34 days.",
    ),
    # s14 rounds 11-12 (ko): agreements reviewed; investment sought; a statement about a tariff
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        False,
        "시와 투자 협약을 맺은 기업 가운데 실제 공장을 지은 곳은 절반에 그쳤다.",
    ),
    ("ko", T.INVESTMENT_PLEDGE, False, "도는 코트라와 손잡고 외국인 투자 유치에 나선다."),
    (
        "ko",
        T.TARIFF_CHANGE,
        False,
        "산업부는 18일 멕시코 정부의 관세 부과와 관련한 성명을 발표했다.",
    ),
    ("ko", T.EXPORT_CONTROL, True, "정부는 드론 부품의 중국 수출을 허가제로 바꾸기로 했다."),
    # s14 rounds 11-12 (ko): a company's disclosure that it withdraws an investment or gives up
    # entering a business; an approximate amount cut; an authority's administrative penalty
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "한빛화학은 2015년부터 진행한 전지소재 제2·3공장에 대한 투자를 철회한다고 4일 공시했다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "대성소재는 29일 이사회를 열어 바이오사업 진출 중단을 결정했다고 공시했다.",
    ),
    (
        "ko",
        T.BUDGET_CUT,
        True,
        "예산결산특별위원회는 재정 건전성을 확보하기 위해 8억 2000여 만원을 감액하고, 안전 관련 5개"
        " 사업에는 2억 원을 증액했다.",
    ),
    (
        "ko",
        T.SANCTION_FINE,
        True,
        "남구청은 역 주변에서 불법 영업을 한 업소 12곳을 적발해 행정처분키로 했다고 8일 밝혔다.",
    ),
    # s15 rounds 13-14: a service that returns; a withdrawal ruled out; rules on how fines are set
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Full service returns to four subway lines suspended last week.",
    ),
    ("ko", T.POLICY_REVERSAL, False, "조합 측은 주민 동의서의 철회 불가 방침을 고수했다."),
    ("ko", T.SANCTION_FINE, False, "금융위원회는 불공정거래 과징금 부과기준을 개선한다고 밝혔다."),
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "방통위는 과징금 부과상한액을 매출액의 1%에서 2%로 올리기로 했다.",
    ),
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "공정위 조사를 거부한 사업자에 대한 과태료 부과한도(1억원)가 다른 법률과 달라 문제가 됐다.",
    ),
    # s15 rounds 13-14: lawmakers pressing for a sanction
    (
        "en",
        T.SANCTION_FINE,
        False,
        "Senior senators press the White House to sanction Chinese officials over the crackdown",
    ),
    (
        "en",
        T.SANCTION_FINE,
        True,
        "The agency said in a press release to investors that it fined Acme $5 million.",
    ),
    # s15 rounds 13-14: an export halt extended is no reversal; "instead of" fines; flow data;
    # a cut foreseen by an industry
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "Brazil on Monday extended its suspension of exports of some pork cuts until March.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "Instead of being jailed or fined outright, first offenders are placed on a diversion"
        " program.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "Foreign direct investment flows to Africa fell by 9 per cent this year to $48 billion, the"
        " World Investment Report said.",
    ),
    (
        "ko",
        T.BUDGET_CUT,
        False,
        "해수부는 내년 예산안을 이번 주 발표한다. 업계는 특히 연근해 어업 지원 예산 삭감이"
        " 클 것으로 보여 어민들이 걱정하고 있다.",
    ),
    # s15 rounds 13-14 (ko): a ferry laid up (휴항); tariffs that vanish under a trade pact; a
    # safeguard decided
    (
        "ko",
        T.SERVICE_SUSPENSION,
        True,
        "여수와 거문도를 오가던 누리2호가 21일부터 무기한 휴항한다.",
    ),
    ("ko", T.TARIFF_CHANGE, True, "이에 따라 가전제품 120개 품목의 관세가 즉시 사라진다."),
    (
        "ko",
        T.TARIFF_CHANGE,
        True,
        "미국이 수입 냉장고에 세이프가드(긴급수입제한조치) 발동을 결정하자 정부가 회의를 열었다.",
    ),
    # s15 round 14 (ko): inspections of imported meat halted or tightened restrict imports;
    # checks on travellers do not
    ("ko", T.EXPORT_CONTROL, True, "정부는 가온국산 쇠고기에 대한 검역을 중단한다고 밝혔다."),
    (
        "ko",
        T.EXPORT_CONTROL,
        True,
        "농식품부는 나래국산 돼지고기에 대한 검역절차를 강화하기로 했다.",
    ),
    ("ko", T.EXPORT_CONTROL, False, "방역당국은 해외 입국자에 대한 검역을 강화하기로 했다."),
    # s15 rounds 13-14: licence requirements lifted; duties collected at stated rates; a bus
    # route abolished; a city that changes its stated position (입장을 바꿔)
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "The Commerce Department said it will lift licensing requirements for hundreds of low-end"
        " computer parts.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "From Monday, duties will be collected at rates ranging from 12.5 per cent to 40.1 per cent"
        " for five years.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        True,
        "일산~서울역 구간을 운행하던 기존 8800번은 다음 달 폐지된다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "시는 추경에서 예산을 편성하겠다는 기존 입장을 바꿔 예비비로 사업비를 집행하기로 했다.",
    ),
    # s15 round 13: a government that decides to implement tariffs
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "Chile has decided to implement import tariffs on a range of products, among them, wire.",
    ),
    # s15 round 13: bank customers locked out of online banking; an import resumption confirmed
    # (수입 재개가 확정); an embargo that is lifted (거래금지 조치가 풀린다)
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "Millions of Acme Bank customers were locked out of online and mobile banking on Friday.",
    ),
    ("ko", T.EXPORT_CONTROL, True, "가온국산 돼지고기 수입 재개가 확정됐습니다."),
    ("ko", T.EXPORT_CONTROL, True, "나래국과의 원유 거래금지 조치는 다음 달 모두 풀리게 된다."),
    # s15 round 14: a plan "scrubbed" is dropped; a launch scrubbed is not a policy
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The agency has scrubbed its plan to simplify airline safety rules.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "NASA scrubbed the launch of the rocket because of high winds, officials said of the plan.",
    ),
    # s15 tuning parts (en reversals no rule read): "will not be proceeding with" changes;
    # initiatives put on hold; a tribunal that stays an order; a plan abandoned after a long
    # subject; a trial stayed is procedure
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The premier announced that the government will not be proceeding with the changes it had"
        " proposed to farm taxes.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The government is putting a new raft of policy initiatives on hold before the election.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The appellate tribunal has stayed the order of the competition regulator imposing a"
        " penalty on the cement maker.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "Proposals to build paid car parks at the seafront, the old market square, the station and"
        " the two retail parks north of the river have been abandoned after a public backlash.",
    ),
    ("en", T.POLICY_REVERSAL, False, "The judge stayed the trial until next week."),
    # s15 tuning parts (ko reversals no rule read): a business entry halted by decision; a
    # tariff's enforcement paused; a company's contract to sell a plant cancelled
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "가온케미칼이 29일 탄소섬유사업 진출 중단 결정했다고 공시했다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "미 행정부가 22일 동맹국에 대한 철강 관세부과 이행을 잠정 중지(pause)했다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "가온화학은 공장을 나래산업에 매각키로 한 계약을 취소한다고 12일 공시했다.",
    ),
    # s15 tuning parts (service halts no rule read): admissions suspended at a ward; a trading
    # curb (사이드카) invoked; imported goods banned from sale (판매금지)
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "Staff shortages led health bosses to suspend admissions at the flagship children's ward.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        True,
        "한국거래소는 이날 오전 코스닥 시장에 매도 사이드카를 발동했다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        True,
        "식약처는 제조번호가 지워진 수입 맥주 2종을 판매금지하고 회수 처분을 내렸다고 4일 밝혔다.",
    ),
    # s15 tuning parts (en pledges no rule read): a first manufacturing plant planned without a
    # sum; a plant's expansion in a named place
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "A Swedish bearing maker plans to open its first North American manufacturing facility in"
        " Dalton.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "Acme Foods has confirmed plans to expand its flavors plant in Polk County.",
    ),
    ("en", T.INVESTMENT_PLEDGE, False, "The city plans to open its new public library in March."),
    # s16: a service declared at risk of halting by the one who runs it, hedged as the warning
    # is ("could halt ... unless", "may have to stop"), is the guideline's at-risk declaration;
    # someone else's forecast, a plant's output or talks are not
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The regional rail operator warned on Tuesday that it could halt weekend trains next"
        " month unless the county pays its share of the subsidy.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The clinic said it may have to stop taking new patients unless it hires two doctors.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The water board warned it may be unable to supply homes in the valley if the drought"
        " continues.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Analysts said ferry services could be halted if the dispute drags on.",
    ),
    ("en", T.SERVICE_SUSPENSION, False, "The brewer warned it may have to close a plant in Leeds."),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        True,
        "다온교통은 보조금이 끊기면 내달부터 심야버스 운행을 중단할 수밖에 없다고 밝혔다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        True,
        "다온병원은 의사가 충원되지 않으면 응급실 진료를 중단할 수 있다고 경고했다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "전문가들은 파업이 길어지면 지하철 운행이 중단될 수 있다고 내다봤다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "업계에서는 적자가 쌓이면 노선 운행을 중단할 수밖에 없다는 지적이 나온다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "정부는 도발이 이어지면 대화를 중단할 수밖에 없다고 밝혔다.",
    ),
    # s16: a government's own threat of tariffs with a rate or a scope counts (status
    # threatened) even when it is conditional ("would ... if"); someone else's forecast, a
    # company's prices and a threat with neither rate nor scope do not
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "Norway warned it would slap 20% duties on imported salmon feed if the levy stays.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "Brazil said it would impose retaliatory tariffs on $2 billion of US goods if the duties"
        " remain in place.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "Analysts said Ottawa could impose tariffs of up to 25% if the talks collapse.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "The grocer said it would raise prices by 8% if the new tariffs take effect.",
    ),
    ("en", T.TARIFF_CHANGE, False, "The bloc warned it would respond with tariffs if Oslo acts."),
    (
        "ko",
        T.TARIFF_CHANGE,
        True,
        "다온국 대통령은 협상이 타결되지 않으면 관세율을 30%로 올리겠다고 경고했다.",
    ),
    (
        "ko",
        T.TARIFF_CHANGE,
        False,
        "전문가들은 협상이 결렬되면 다온국이 관세를 30%로 올릴 수 있다고 내다봤다.",
    ),
    (
        "ko",
        T.TARIFF_CHANGE,
        False,
        "정부는 관세 협상이 결렬되면 20% 수준의 세금을 올리겠다고 밝혔다.",
    ),
    ("ko", T.TARIFF_CHANGE, False, "다온국 대통령은 협상이 실패하면 관세를 올리겠다고 경고했다."),
    # s16: "by a year after complaints" is how long a delay is, not a time long after the act
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The agency postponed its new packaging rule by a year after objections from farmers.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "A year after the agency postponed its packaging rule, farmers still face higher costs.",
    ),
    # s16: "the talks follow ...", "the move follows ...": what came before the news
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "Negotiators met in Oslo on Tuesday to discuss fish trade. The talks follow the 25%"
        " tariffs Ottawa imposed on lumber in March. No agreement was expected this week.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "Officials met in Oslo on Monday. Ottawa imposed 15% duties on Norwegian lumber.",
    ),
    # s16: a plant named by two words after its kind (a chip packaging plant), announced with
    # "would", is a pledge without a sum
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "Kestrel Micro said it would build a chip testing plant in Idaho, its first in the"
        " country.",
    ),
    # s16: a scheme named by its suffix 제 is what a delay puts off
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "국토부는 9월 시행 예정이던 전세 보증 한도 총량제를 1년 유예한다고 3일 밝혔다.",
    ),
    # s16 (invented round 16): a licence needed "before exporting"; a sentence ranking a fine
    # the story already named restates it; letting a long-standing embargo lapse by not
    # renewing it is a lifting, not a reversal
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "Chile will require miners to obtain a licence before exporting lithium brine, the"
        " ministry said on Friday.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "The penalty was among the largest imposed by the watchdog.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "Ministers agreed not to renew the embargo, which bars the sale of weapons to the country.",
    ),
    # s16: a backlash that made the government give up is the reason for the act (반발에
    # 부딪힌), not a demand that it do so (철회를 요구하며 반발했다)
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "다온군은 주민 반발에 부딪힌 하수처리장 이전 계획을 원점에서 재검토하기로 했다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "주민들은 하수처리장 이전 계획 철회를 요구하며 반발했다.",
    ),
    # s16 (invented round 17): a time that dates the measure the act undoes ("the levy it
    # announced just two weeks ago") or the incident it answers ("last year's data breach")
    # is not background to the act
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The province is putting off the second stage of the levy it announced just two weeks"
        " ago, as talks with Ottawa make progress.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        True,
        "The government has imposed financial sanctions on three men it says were behind last"
        " year's cyberattack on the port authority.",
    ),
    # ... nor is "hours after": the act is that recent
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "Hours after the rule was announced, Orvale Foods said it will invest $80 million in a"
        " new packing plant in Fresno.",
    ),
    # an officer on duty is no customs duty; customers withdrawing their money cut no budget
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "Exemptions apply to paramedics and to police officers on duty.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        False,
        "Customers will still be able to withdraw funds from their accounts, the bank said.",
    ),
    # a fight over a fine in court is a challenge to it; a buyer calling its purchase an
    # investment is M&A
    (
        "en",
        T.SANCTION_FINE,
        False,
        "Harbour Rail takes fight over £4m safety fine to the Court of Appeal",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        'Its chief executive described the purchase as "a $300 million investment in our future".',
    ),
    # ko: a plan to cut that a party vows to push through is an intention, not a cut
    (
        "ko",
        T.BUDGET_CUT,
        False,
        '다온당 원내대표는 "예산 심사에서 홍보비를 전액 삭감하는 방안을 관철하겠다"고 말했다.',
    ),
    # s16 (invented round 18): deferring a decision is procedure; one company's own export
    # permit is a routine licence; the return of flights is a resumption; babies no longer
    # delivered is a service halted; money taken "out of the budget" is a cut; a regulator not
    # referring a case to prosecutors reverses nothing; a reform halted is no service halted;
    # a court named by its short form (다온지법 행정1부) rules
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The committee also put off a decision on rice import targets until its next meeting.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "The ministry has issued Kelso Minerals with an export permit for its nickel ore.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Resort owners welcomed the return of flights after the service was unavailable for a"
        " week.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "Ridgeview Hospital said it will stop delivering babies from March because of a shortage"
        " of midwives.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        True,
        "The county council voted on Tuesday to take £2 million out of the budget for rural"
        " libraries.",
    ),
    ("ko", T.POLICY_REVERSAL, False, "공정위는 다만 법인에 대한 검찰 고발은 하지 않기로 했다."),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "다온시가 추진하던 마을버스 노선 개편이 주민 반대로 멈춰 섰다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "다온지법 행정1부는 주민들이 낸 폐기물 처리장 허가 처분 집행정지 신청을 받아들였다.",
    ),
    ("ko", T.BUDGET_CUT, False, '야당 원내대표는 "홍보 예산의 전액 삭감을 관철하겠다"고 말했다.'),
    # session 18, from real-news probe round 17 (read half): each an invented sentence
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "다온지법 행정2부는 주민들이 낸 조례 집행정지 신청을 재판부 전원 일치 의견으로 인용했다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        True,
        "다온시 시내버스 노조가 8일 첫차부터 파업에 돌입하면서 출근길 혼잡이 빚어졌다.",
    ),
    (
        "ko",
        T.BUDGET_CUT,
        True,
        "다온시는 내년 문화 예산을 올해보다 40억원 줄인 310억원으로 편성했다고 밝혔다.",
    ),
    (
        "ko",
        T.BUDGET_CUT,
        False,
        "예결위는 상임위가 올린 각 부처 예산안의 증감액을 두고 밤늦게까지 심사를 이어갔다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "올해 적발된 밀수는 해상밀수 9억원, 항공밀수 2억원, 시중단속분 2억원이었다.",
    ),
    ("ko", T.POLICY_REVERSAL, False, "청와대는 '위안부 합의 재협상' 발언을 50분 만에 취소했다."),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "다온화학은 울산공장 생산라인(3호기)이 화재로 생산 중단됐다고 9일 공시했다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "다온전자 구미공장에서 작업자가 전선을 잘못 건드려 공장 전체가 정전되는 사고가 났다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        True,
        "폭우로 다온시 아파트 단지 3000세대가 정전돼 주민들이 밤을 새웠다.",
    ),
    ("ko", T.TARIFF_CHANGE, False, "수입 마늘에 300% 관세 부과하자"),
    (
        "ko",
        T.TARIFF_CHANGE,
        False,
        "이 조항은 불공정 무역국에 최고 100%의 관세를 물릴 수 있도록 한 통상법 규정이다.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "The statutory maximum civil monetary penalty for the violations was $37.8 million,"
        " OFAC said.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        True,
        "A Dallas firm agreed to pay $2.1 million to settle its potential civil liability for"
        " apparent violations of export rules, the Treasury said on Tuesday.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "The package includes a ban on investments worth more than 10 million euros in Russian"
        " energy companies.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "Existing backer Norvale Capital invested a further £20 million, bringing the total"
        " raised to £60 million.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "Payments startup Quillo said it will invest the $40 million from its Series B round in"
        " hiring.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "The sanctions, which take effect on Friday, include an export ban on luxury goods and"
        " an import ban on steel.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "The president announced tariffs on $30 billion of imported steel on Tuesday.",
    ),
    # session 18, from real-news probe round 18: invented sentences
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Kestrel Motors said it will suspend operations at its three assembly plants for ten"
        " days because of a parts shortage.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "Uruguay suspended foreign sales of beef for 30 days to curb rising domestic prices.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Uruguay suspended foreign sales of beef for 30 days to curb rising domestic prices.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "Skyline Air announced the suspension of its scheduled flight services from Thursday.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "Skyline Air announced the suspension of its scheduled flight services from Thursday.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "Stocks slipped amid reports Washington was about to announce a new round of tariffs on"
        " imported cars.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "Taiwan's Hexa Electronics is in talks to invest $500 million in a new plant in Gujarat.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        '의장국은 "마지막까지 반대해 온 회원국이 입장을 철회하면서 만장일치로 합의했다"고 밝혔다.',
    ),
    (
        "ko",
        T.EXPORT_CONTROL,
        False,
        "다온국 정부가 쌀 수출 금지 조치를 유지하며 당분간 해제할 계획이 없다고 밝혔다.",
    ),
    (
        "ko",
        T.EXPORT_CONTROL,
        False,
        "정부가 다온국의 수출규제 강화 조치와 관련 WTO 제소를 준비하고 있다고 밝혔다.",
    ),
    # session 18, from real-news probe round 17 (second half): invented sentences
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "A 48-hour strike on the tram network was last night called off after talks.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The production halts at the Ohio plant will start next week and run to mid-April.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        True,
        "The governor vetoed about $45 million worth of spending, his office said.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "In the six months to June the regulator imposed 12 fines worth a total of £210m,"
        " a record.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "Beijing approves first licences for graphite shipments since export controls were"
        " introduced",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "The partners plan to invest a total of $1.8 billion in the plant, which is expected to"
        " create 900 new jobs.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        False,
        "No decisions have been made, but council members have talked of a potential $90,000 cut"
        " to the library budget.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "Officials remain unwilling to unilaterally stop exports of the chemicals to their"
        " neighbour.",
    ),
    (
        "ko",
        T.BUDGET_CUT,
        False,
        "정부는 올해 큰 폭으로 삭감했던 연구개발 예산을 다시 10% 늘린 28조원으로"
        " 편성했다고 밝혔다.",
    ),
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        False,
        "유예 대상으로는 창업과 투자 초기에 부과되는 각종 부담금과 공장 증설 규모 제한 등이"
        " 거론된다.",
    ),
    # session 18, from real-news probe round 20 (read after it was scored blind)
    (
        "en",
        T.SANCTION_FINE,
        False,
        "Under the new bylaw littering fines have now been set at $250 across the borough.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "The telecom regulator failed to recover more than Rs. 40 million in fines from operators.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "The watchdog said it handed down a total of 12 financial penalties totaling £150 million"
        " in the year.",
    ),
    ("en", T.BUDGET_CUT, False, "Council votes against cutting public art funding"),
    ("ko", T.BUDGET_CUT, False, "내년예산 축소 불가피…대형 국책사업 연기될듯"),
    # session 18, from real-news probe round 19: invented sentences
    ("en", T.SERVICE_SUSPENSION, True, "Popular payments app Zento is down."),
    ("en", T.SERVICE_SUSPENSION, False, "Quarterly revenue was down 4% on the year."),
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "A computer failure forced Coastal Air to ground its entire fleet on Friday morning.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The government has performed a sudden backflip on its plan to introduce a levy on"
        " imported fuel.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "A high court has suspended a government directive barring unvaccinated people from"
        " in-person services at state offices.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The opposition party has abandoned its plan to end remote working for public servants"
        " and cut 30,000 jobs, in a major policy reversal.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        False,
        "The premier said on Monday he will cancel a series of retroactive funding cuts that hit"
        " municipalities this year.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "The group is preparing to invest $80 billion in a data centre, according to a report by"
        " a technology news site citing people familiar with the matter.",
    ),
    (
        "ko",
        T.EXPORT_CONTROL,
        True,
        "다온국이 이웃 나라에 수산물 수입을 전면 중단하겠다는 입장을 공식 전달했다.",
    ),
    (
        "ko",
        T.EXPORT_CONTROL,
        True,
        "다온국 정부가 현지 통신장비업체에 대한 거래제한 조치를 일부 완화했다.",
    ),
    ("ko", T.SERVICE_SUSPENSION, True, "7일 새벽 한때 다온텔레콤 통신이 완전 두절됐다."),
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "다온제약은 식약처로부터 전제조업무정지(3개월), 주사제 전제품 수거 폐기명령 등"
        " 행정처분에 관한 공문을 접수했다고 밝혔다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "다온제약은 제조 기록을 허위로 적은 것이 적발돼 3개월 15일간 제조업무가 정지됐다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "보건부는 방학 기간 동안 어린이집이 부모 사전 동의 없이 휴원하거나 운영시간 단축을"
        " 강요하지 말라고 통보했다.",
    ),
    (
        "ko",
        T.BUDGET_CUT,
        False,
        "다온구는 본예산 심의에서 삭감된 사업예산을 반영해 추가경정예산안 50억원을 편성했다.",
    ),
    (
        "ko",
        T.TARIFF_CHANGE,
        False,
        "다온국 상무부는 반도체 장비 수입에 대한 조사를 시작했다. 다온국은 수입 자동차에"
        " 기존에 예고된 25% 관세를 부과했다.",
    ),
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "현재 1000만∼5000만원인 카드사와 보험사에 대한 과태료는 최대 1억원까지 오른다.",
    ),
    # session 19, from real-news probe round 21 (a general news feed): invented sentences
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The new Harlow-Dunmore line, 240 km with 14 stops, links the port with the capital.",
    ),
    ("en", T.SERVICE_SUSPENSION, True, "The operator said all trains on the line stop running."),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The ministry said it would be scrapping the import duty on crude palm oil to ease prices.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The president scrapped the new duties he had announced last week on Ardenian cheese.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The airline's chief said the decision to suspend its Dunmore-Harlow route was not easy.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "Bars opened late on Friday. The penalty for a first offense is $150, and bars that"
        " allow smoking can lose their licence.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "The row began in March when Ardenia imposed import restrictions on three kinds of"
        " vegetables.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "The government said on Monday it was re-imposing quotas on three more categories of"
        " Ardenian steel imports.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "OPEC agreed to impose new production quotas on its members from January.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "Ardenia has restored imports of Dunmore pork, ending a three-year ban over swine fever.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "A federal judge issued an injunction on Friday to stop the state from enforcing its new"
        " voter-ID rules.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "다온시의회는 24일 임시회 본회의를 열고 안건 12건을 처리했다. 조례정비특위는 정비 대상"
        " 조례 30건 중 24건은 개정, 6건은 폐지하기로 결정했다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        True,
        "업계에 따르면 현재 다온몰에서는 카드 결제로 상품 구매가 불가능하다.",
    ),
    (
        "ko",
        T.TARIFF_CHANGE,
        True,
        "다온국 상무부는 한국산 강관에 대해 4.5%에서 최고 25%까지의 덤핑마진율을 예비판정했다.",
    ),
    ("ko", T.TARIFF_CHANGE, False, "한편 다온국산에 부과된 반덤핑 마진율은 31%다."),
    # session 19, from real-news probe round 22: invented sentences
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "In some cases, though the rider was stopped by the traffic police for a minor offence,"
        " the resulting penalty was large since he could not show the papers of the vehicle.",
    ),
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "The trade minister said he would keep up negotiations to remove tariffs on Ardenian wine.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The minister said the government had expected Ardenia to withdraw the steel tariff, but it"
        " did not.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "Ranchers have sued the farm department in federal court to stop the resumed cattle"
        " imports.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "Residents are celebrating after it emerged that plans to pedestrianise the high street are"
        " to be shelved.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The school board decided on Monday that the new library will not open in January as"
        " planned.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The province said the tuition freeze was also cancelled, letting colleges charge students"
        " more.",
    ),
    (
        "ko",
        T.TARIFF_CHANGE,
        False,
        "그런데도 다온국이 예고대로 관세를 30% 부과한다면, 현지 가격은 크게 오를 것으로"
        " 추산됩니다.",
    ),
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "재판부는 원심의 선고유예가 검사가 구형한 벌금형보다 가볍다고 볼 수 없다며"
        " 항소를 기각했다.",
    ),
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "위원회는 위반 횟수를 셀 때 과태료 부과 대신 경고한 건은 빼기로 했다.",
    ),
    # session 19, from the English reversals missed in rounds 18-20: invented sentences
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The trade directorate today withdrew its earlier notification.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "A federal judge on Monday vacated the Temporary Protected Status Termination final rule"
        " nationwide.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "Proposal to end maternity care at the county hospital is dropped, but other units will"
        " close.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The minister said plans to drill in the marine reserve have been scrapped.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "Storm: Harbour Line ferries suspended until further notice",
    ),
    # session 19, from real-news probe round 23: invented sentences
    (
        "en",
        T.SANCTION_FINE,
        False,
        "A ban on eating while driving took effect today, with offenders facing fixed-penalty"
        " fines of £50 or up to £900 in court.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "For a first offence cyclists will get a warning, while fines double to 80 pounds.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        True,
        "조리 노동자들의 파업이 시작된 20일, 다온시 초등학교 140곳에서 급식이 운영되지 않았다.",
    ),
    # session 19: a planned project or act put on hold or cancelled (Korean reversals missed in
    # rounds 17-23), and routine procedure that is not
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "다온시장은 16일 재원 문제로 추진해 온 시청사 리모델링 사업을 일단 보류한다고 밝혔다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "다온군이 추진하고 있는 수영장 건립공사가 주민들의 반발에 부딪혀 잠정 중단됐다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "다온군은 8월 예정됐던 여름축제와 10월 계획됐던 단풍축제를 모두 취소한다고 밝혔다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "다온시는 이달로 예정됐던 시의회 본회의를 다음 달로 연기했다.",
    ),
    ("ko", T.POLICY_REVERSAL, False, "다온구는 예정됐던 주민 설명회를 태풍 때문에 취소했다."),
    # session 19: the date of what an act undoes is not the act's date
    (
        "ko",
        T.EXPORT_CONTROL,
        True,
        "다온국은 지난 6월7일부터 발동한 한국산 냉장고 수입금지조치를 풀기로 했다.",
    ),
    ("ko", T.TARIFF_CHANGE, True, "다온국은 지난해 부과한 한국산 와인 관세를 철폐하기로 했다."),
    ("ko", T.EXPORT_CONTROL, False, "다온국은 지난 6월7일부터 한국산 냉장고 수입을 금지했다."),
    # a duty the actor imposed itself lately, or a domestic levy, scrapped is a reversal
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The ministry on Monday scrapped the 15% import duty it imposed in March.",
    ),
    ("en", T.POLICY_REVERSAL, True, "The treasury on Monday scrapped the sugar levy."),
    # a row that erupted on Tuesday is the news itself, not its origin
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "A diplomatic row erupted on Tuesday when Ardenia banned imports of Dunmore beef.",
    ),
    # payments made impossible now halt a service; a product's standing terms do not
    ("ko", T.SERVICE_SUSPENSION, True, "다온페이 서버 장애로 결제가 모두 불가능해졌다."),
    ("ko", T.SERVICE_SUSPENSION, False, "이 상품은 특가 상품이라 환불이 불가능하다."),
    # session 20, from real-news probe round 24: invented sentences
    # a prison sentence suspended by judges is no halted service; a suspended route still is
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Their prison sentences were suspended by the court and both returned to the board.",
    ),
    ("en", T.SERVICE_SUSPENSION, True, "Harbor Ferries suspended its island route on Monday."),
    # a fine ordered after a conviction is imposed now, whatever the offence
    (
        "en",
        T.SANCTION_FINE,
        True,
        "The tycoon was convicted of defrauding investors and was ordered to pay a fine of"
        " 3 billion won.",
    ),
    # an appeal about an earlier fine is no new fine
    (
        "en",
        T.SANCTION_FINE,
        False,
        "The high court will hear an appeal from a gas retailer that was fined $2.4 million by"
        " the utilities board.",
    ),
    ("en", T.SANCTION_FINE, True, "The utilities board fined a gas retailer $2.4 million."),
    # a penalty anyone faces if caught is a rule, not a fine on a named target
    (
        "en",
        T.SANCTION_FINE,
        False,
        "Cyclists face three penalty points and a $150 fine if they are caught riding on the"
        " pavement.",
    ),
    # a mobile price plan is no customs tariff
    (
        "en",
        T.TARIFF_CHANGE,
        False,
        "The regulator directed carriers to offer a plan voucher, a special tariff voucher and a"
        " combo voucher.",
    ),
    # ... but a plan of tariffs is a tariff act
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "Ardenia unveiled a tariff plan on Monday that raises duties on steel to 25 percent.",
    ),
    # fewer opening hours are no halt
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The cuts will see the town's nine museums shut for an extra 20 hours every week.",
    ),
    # cutting spending is no investment
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "The opposition vowed to balance the books by reducing spending by $12 billion on"
        " infrastructure.",
    ),
    # a prosecutor's demand (구형) is no fine; the court's sentence is
    ("ko", T.SANCTION_FINE, False, "검찰은 다온그룹 회장에게 벌금 700만원을 구형했다."),
    ("ko", T.SANCTION_FINE, False, "검찰, 다온그룹 회장에 벌금 700만원 구형"),
    ("ko", T.SANCTION_FINE, True, "법원은 다온그룹 회장에게 벌금 700만원을 선고했다."),
    # the rates and standards of fines are rules for anyone
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "위원회는 개정 기준에 따르면 과징금 부과율이 종전보다 2%포인트 가량 높아진다고 밝혔다.",
    ),
    ("ko", T.SANCTION_FINE, True, "위원회는 다온제약에 과징금 12억원을 부과했다."),
    # a tariff in a comparison is no act
    (
        "ko",
        T.TARIFF_CHANGE,
        False,
        "여기에 유예된 관세 부과가 시행되더라도 감소폭은 대중국 관세 부과보다 적은 0.1% 수준이다.",
    ),
    # session 20, from real-news probe round 25: invented sentences
    # crossings cancelled, however long the places between them are written
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "Evening ferry crossings between Port Hawkesbury Landing, N.L., and Gull Harbour East,"
        " N.S., have been cancelled until further notice.",
    ),
    # a carrier pausing its shipments or sailings halts a service; a paused game does not
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "Ardenia Line will pause all container shipments through the Straits until further notice.",
    ),
    ("en", T.SERVICE_SUSPENSION, False, "The referee paused the match for ten minutes."),
    # a cancellation lifted is a service resumed
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Riders can relax: the week-long cancellation of some tram services has been lifted.",
    ),
    # a tour programme halted
    (
        "ko",
        T.SERVICE_SUSPENSION,
        True,
        "정부는 관광객 사망 사건의 진상이 밝혀질 때까지 다온산관광을 잠정 중단토록 현지 사업자에"
        " 통보했다.",
    ),
    # a preliminary dumping ruling with rates is a tariff act; a reduced-rate quota ended too
    (
        "ko",
        T.TARIFF_CHANGE,
        True,
        "상무부는 다온산 합판에 대해 12.5%의 덤핑예비판정을 내렸다.",
    ),
    (
        "ko",
        T.TARIFF_CHANGE,
        True,
        "정부는 가공용 보리 등 3개 품목의 할당관세 적용을 다음달부터 중단하기로 했다.",
    ),
    ("ko", T.TARIFF_CHANGE, False, "양국은 관세 협상을 중단했다."),
    # session 20, from real-news probe round 26: invented sentences
    # export restrictions relaxed are an export control loosened
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "The administration on Tuesday relaxed export restrictions on laptop computers.",
    ),
    # a plan that "will go no further" is dropped
    ("en", T.POLICY_REVERSAL, True, "The council said the bypass plan will go no further."),
    # a court rejecting challenges to a repeal upholds it; it reverses nothing
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "A federal judge on Friday rejected challenges by Oregon and several conservation groups"
        " to the administration’s repeal of restrictions on fracking, a drilling method, on"
        " federal lands.",
    ),
    # people cut off from services, and a strike that ended, halt nothing now
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The parish council said 9,000 villagers will be cut off from services.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "A five-day strike by tram drivers ended today after a deal was accepted.",
    ),
    # a prosecutor's demand listing several penalties is still no fine
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "한편 김군수 결심공판에서 검사는 징역4년 벌금 1억200만원 추징금 7천만원을 구형했다.",
    ),
    ("ko", T.SANCTION_FINE, True, "법원은 벌금 500만원을 선고했고, 검찰은 항소를 검토하고 있다."),
    # a meeting called off is routine procedure
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "[정책]물가정책 조정회의 돌연 취소\n정부는 이날 오전 열기로 했던 물가정책 조정회의를 돌연"
        " 취소했다. 기획원은 일정상의 이유라고 설명했다.",
    ),
    # a research contract for a project halted, with the project team disbanded
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "국토부는 다온운하 건설을 위한 연구용역을 중단하고 사업준비단도 해체하기로 했다.",
    ),
    # a complaint once filed, withdrawn
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "이에 따라 정부도 세계무역기구에 다온국을 제소했던 건을 취하하기로 했다.",
    ),
    # session 20, from real-news probe round 27: invented sentences
    # a project already built "with an investment of" is no pledge
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "The 480-km highway was built with an investment of 62 billion yuan, the official added.",
    ),
    # closed places are indoor places; arms sales and imports halted are trade, not services
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The city will let only vaccinated people enter closed places like cinemas and gyms.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Ardenia is to halt all arms sales to Dunmore in protest, the ministry says.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Ardenia announced suspension of the import of Dunmore mobile phones on June 7.",
    ),
    # a service terminated is a service halted
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The portal announced its trending search service will be terminated in mid-February.",
    ),
    # a dumping margin raised on review is a tariff act
    (
        "ko",
        T.TARIFF_CHANGE,
        True,
        "상무부는 다온전자 합판에 대한 덤핑마진율을 당초 3.1%에서 6.4%로 상향 조정했다.",
    ),
    # an appeal court overturning the first ruling and fining the defendant rules on the fine
    # now: the first instance and an acquittal received before are its contrast, not background
    (
        "ko",
        T.SANCTION_FINE,
        True,
        "광주지방법원 형사2부는 1심에서 무죄를 선고받은 박 이사장의 항소심에서 원심을 파기하고"
        " 벌금 700만원을 선고했다.",
    ),
    (
        "ko",
        T.SANCTION_FINE,
        True,
        "대전지법 형사항소1부는 업무방해 혐의로 1심에서 무죄를 선고 받은 정 원장에 대한"
        " 항소심에서 원심을 깨고 벌금 200만원을 선고했다고 밝혔다.",
    ),
    (
        "ko",
        T.SANCTION_FINE,
        True,
        "1심에서 벌금 1000만원을 선고받은 이 대표에 대해 항소심 재판부는 원심을 파기하고"
        " 벌금 500만원을 선고했다.",
    ),
    # ... while a fine of the first instance stays background when nothing overturns it
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "1심에서 벌금 500만원을 선고받은 최씨는 판결에 불복해 항소했다.",
    ),
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "1심에서 벌금 300만원을 선고받은 김 의원은 항소심에서 무죄를 선고받았다.",
    ),
    # a court cancelling a sanction (a corrective order, a reprimand, a business suspension)
    # withdraws the sanction: it is no reversal of a policy, unlike a cancelled plan approval
    *[
        (lang, type_, expected, text)
        for text in (
            "서울행정법원 행정5부는 18일 한 택배업체가 공정위를 상대로 낸"
            " 시정명령 취소 청구 소송에서 원고 승소로 판결했다.",
            "서울고법 행정2부는 김 전 행장이 금융위원회를 상대로 낸"
            " 문책경고 처분 취소 소송 항소심에서 원고 승소 판결을 내렸다.",
            "부산지법 행정1부는 노래방 업주 이모씨가 구청장을 상대로 낸 영업정지 처분 취소 소송에서"
            " 원고 승소 판결했다.",
        )
        for lang, type_, expected in (
            ("ko", T.SANCTION_FINE, True),
            ("ko", T.POLICY_REVERSAL, False),
        )
    ],
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "서울행정법원은 시민단체가 환경부를 상대로 낸 개발계획 승인 처분 취소 소송에서 원고 승소"
        " 판결했다.",
    ),
    # a licence revoked for breaking a business suspension is a sanction: neither a reversal
    # nor a new halt
    *[
        (
            "ko",
            type_,
            False,
            "구청이 영업정지 기간을 두 차례 어긴 노래방의 영업허가를 취소한 조치는"
            " 지나치다는 판결이 나왔다.",
        )
        for type_ in (T.POLICY_REVERSAL, T.SERVICE_SUSPENSION)
    ],
    # a suspension imposed in a sentence that goes on ("처분을 내리고 … 공고했다"), and
    # disciplinary action a regulator takes against staff, are sanctions
    (
        "ko",
        T.SANCTION_FINE,
        True,
        "시는 전날 한 건설사에 대해 영업정지 1개월 처분을 내리고 이날 공고했다.",
    ),
    (
        "ko",
        T.SANCTION_FINE,
        True,
        "금융감독원은 저축은행 임직원 12명에 대해 견책 등의 징계를 내렸다.",
    ),
    ("ko", T.SANCTION_FINE, False, "징계위원회는 다음 주 회의를 열 예정이다."),
    # water rationed in a drought is a utility partly halted; rationing only planned for a
    # condition is not
    (
        "ko",
        T.SERVICE_SUSPENSION,
        True,
        "가뭄이 길어지면서 남부 지역 6개 시·군에서 제한급수가 실시되고 있다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        True,
        "섬 주민 2천여명은 이틀에 한 번 물을 받는 격일제 급수를 받고 있다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "시는 저수율이 20% 아래로 떨어지면 제한급수에 들어갈 계획이다.",
    ),
    # "수입규제" counted in cases, investigated or said to be tightening as a trend are trade
    # statistics, not an act controlling imports; lifting one is
    ("ko", T.EXPORT_CONTROL, False, "브라질, 한국산 철강 수입규제 강화 추세"),
    (
        "ko",
        T.EXPORT_CONTROL,
        False,
        "베트남이 한국산 제품에 대한 수입규제를 강화하고 있는 것으로 나타났다.",
    ),
    (
        "ko",
        T.EXPORT_CONTROL,
        False,
        "인도는 올해 들어 한국산 제품 4건에 대해 수입규제 조사를 개시했다.",
    ),
    ("ko", T.EXPORT_CONTROL, True, "중국은 한국산 조제분유에 대한 수입 규제를 해제했다고 밝혔다."),
    # a tax threshold or a tax policy restored to what it was reverses the predecessor's change;
    # profits given back to society or shareholders, or land restored, reverse nothing
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "정부는 전 정부가 50억원으로 올린 대주주 양도세 기준을 10억원으로 환원하기로 했다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "정부는 감세 기조를 원상복구하고 법인세율을 모든 구간에서 1%포인트씩 올리기로 했다.",
    ),
    ("ko", T.POLICY_REVERSAL, False, "회사는 이익의 일부를 사회에 환원하기로 했다."),
    ("ko", T.POLICY_REVERSAL, False, "이 회사는 주주 환원 정책을 강화한다."),
    ("ko", T.POLICY_REVERSAL, False, "구청은 불법으로 훼손한 산림을 원상복구하라고 명령했다."),
    # "당초 … 계획이었으나" states the plan a reversal departs from: the contrast, not background
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "금융당국은 당초 오는 21일 대출 이동 서비스를 시작할 계획이었으나, 출시일을 내년 1월로"
        " 미루기로 했다.",
    ),
    # a plant opened or broken ground on is capital committed to it (the labellers' reading of
    # manufacturing round-ups); cooling centres and investigations opened are not
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "Acme Foods has officially opened a new $250 million poultry processing facility in"
        " Macon, Georgia.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "The carmaker broke ground on a new battery plant in Ohio on Tuesday.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "The governor attended the groundbreaking of a new steel mill near the port.",
    ),
    ("en", T.INVESTMENT_PLEDGE, False, "The city opened cooling centers as temperatures soared."),
    ("en", T.INVESTMENT_PLEDGE, False, "Police opened an investigation into the plant fire."),
    # capital put into minority stakes buys into companies (M&A), it builds nothing
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "Buyout groups are adapting to tight credit by continuing to invest through minority stakes"
        " in companies in emerging markets.",
    ),
    # a party changing its opinion on a nominee reverses no policy
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "국회 인사청문특위 간사들은 이날 회의를 열었다. 자유한국당은 후보자 채택에 부정적 입장을"
        " 보였지만 이날 간사회의에서 '부적격' 의견으로 입장을 선회했다.",
    ),
    # people and bodies designated for sanctions are sanctioned; charging for parking put off is
    # a plan postponed
    (
        "ko",
        T.SANCTION_FINE,
        True,
        "정부는 국제사회의 대북 제재에 동참하기로 했다. 기획재정부는 북한 인사 3명과 단체 2곳을"
        " 금융제재 대상자로 지정한다고 밝혔다.",
    ),
    ("ko", T.POLICY_REVERSAL, True, "시는 공영주차장 유료화를 잠정 연기하기로 했다."),
    # a disciplinary decision put off disciplines no one yet; a business suspended or an outlet
    # closed for breaking the hygiene law is a sanction, no service halted; a player "no longer
    # a lock" reverses nothing
    ("ko", T.SANCTION_FINE, False, "교육청 징계위원회의 징계 결정이 다음주로 연기됐습니다."),
    ("ko", T.SERVICE_SUSPENSION, False, "식품위생법 위반 3곳 영업정지"),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "기한이 지난 식품을 보관한 업소 5곳은 영업정지 처분, 시설을 임의로 없앤 2곳은 영업소"
        " 폐쇄조치가 내려졌다.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The top pick in this year's draft is no longer a lock to start for the team.",
    ),
    # "would" reported after "confirmed (the news) that the chipmaker" is the plan's tense, no
    # hedge (a condition still hedges it); a hypermarket's mandatory closing day moved halts
    # nothing
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "The governor's office confirmed that the chipmaker would invest $20 billion to build two"
        " factories in the state.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "The governor's office confirmed the news that the chipmaker would be investing $20"
        " billion to build two factories in the state.",
    ),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "The chipmaker would be investing $20 billion to build two factories if subsidies are"
        " approved.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "대구의 대형마트 의무 휴업일이 다음 달부터 일요일에서 월요일로 바뀝니다.",
    ),
    # A government lifting its own export ban or duty is a reversal (GUIDELINES: such bans and
    # duties are recent decisions); a long-standing embargo, an arms ban or calls to lift one
    # are not. A suspension disposition for a stated term (N개월 정지 처분) and a sanction
    # notified (제재 … 통지) are sanctions; a plant a company decides to set up (설립하기로) is
    # an investment.
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The government will lift its temporary rice export ban from Friday, the trade minister"
        " said.",
    ),
    ("en", T.POLICY_REVERSAL, True, "Vietnam Lifts Duty On Imported Steel Wire"),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The provisional duties that had been imposed on the wire will be lifted on Monday.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The bloc said it would lift its decades-old arms embargo on the country next year.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "Farm groups called on the ministry to lift the export ban on onions.",
    ),
    (
        "ko",
        T.SANCTION_FINE,
        True,
        "금융당국은 한 증권사에 신규 계좌 개설 2개월 정지 처분을 사전 통지했다.",
    ),
    ("ko", T.SANCTION_FINE, True, "금융당국, 한 증권사에 제재 통지"),
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        True,
        "한 식품기업이 미국 남부에 냉동식품 공장을 설립하기로 결정했다고 밝혔다.",
    ),
    # Countermeasures taken against named companies and a legislature banning named companies
    # from selling are sanctions; a threat of countermeasures is not
    (
        "en",
        T.SANCTION_FINE,
        True,
        "China has decided to take countermeasures against 12 US defence companies and six"
        " executives.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        True,
        "The Senate voted to ban Acme Corp and Zeta Industries from selling products in the"
        " country for three years.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "Beijing has repeatedly threatened countermeasures against countries that join the"
        " blockade.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        False,
        "The committee may then ban us from exporting beef for a year, the trader said.",
    ),
    # A football side handed a penalty is fined nothing; an investment forum is the venue, not
    # a pledge; "as prices are likely to ease" is the act's reason, no hedge on it; a bill's
    # title naming a repeal among others reverses nothing; legislation to end the export of a
    # good is an export ban; a tally of inspections over months (폐쇄 5·영업정지 12 …, 총 N개
    # 업소에 대해) is a statistic
    ("en", T.SANCTION_FINE, False, "France were handed a penalty after a handball in the box."),
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "Speaking at an investment forum in the capital, the president announced a ban on nickel"
        " ore exports starting in June.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The bills include the Ports Authority Bill and the Public Officers (Allowances) Act"
        " (Repeal) Bill.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "Legislation to end the export of live cattle by sea by 2030 has passed both houses of"
        " parliament.",
    ),
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "시는 올 1월부터 4월까지 음식점 등을 단속해 총 25개 업소에 대해 행정처분을 확정했다.",
    ),
    ("ko", T.SERVICE_SUSPENSION, False, "단속 결과 폐쇄 5·영업정지 12·과징금 8건 등"),
    # From k18's read half: a ferry service on hold or gone out of service, and bus routes cut,
    # are halts; a moratorium on one's own rules pauses them; backtracking on plans to shut a
    # centre halts nothing, and a merger's "closing" closes no service; a drug maker's
    # manufacturing suspended (제조업무 중지) is a sanction on production, and 불통 행보 a way
    # of governing
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "Ferry service between the two island towns is on hold after an engine failure, the port"
        " authority said.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The passenger ferry suffered an engine fault before its morning run and has gone out of"
        " service.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "Transit officials are considering cutting three bus routes next year to close a budget"
        " gap.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The chancellor put a moratorium on the new campus speech rules on Wednesday.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Council leaders have backtracked on plans to shut the town's leisure centre until spring.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "As we move closer to completing this merger, we will keep delivering our services to"
        " customers until closing.",
    ),
    ("ko", T.SERVICE_SUSPENSION, False, "해당 제약사는 3개 품목의 제조업무가 중지된다."),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "장관은 현장 의견에는 귀를 닫고 일부 의견만 쫓는 불통 행보를 이어가고 있다.",
    ),
    # From k19's read half: a post office's closure put on hold (폐국 … 보류) is a plan
    # postponed; a business end date (업무종료일) changed, a museum that had been closed (휴관
    # 중이던) reopening, a government's target for foreign investment and a crew trying to stop
    # a train are none of the acts
    ("ko", T.POLICY_REVERSAL, True, "문을 닫을 예정이었던 두 우체국의 폐국이 잠정 보류됐다."),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "공고문은 우체국 이용 고객의 불편을 줄이기 위해 업무종료일을 변경한다고 밝혔다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "코로나19로 휴관 중이던 박물관이 재개관하면서 시작된 전시라 관람객의 호응이 이어졌다.",
    ),
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        False,
        "정부가 올해 목표로 잡은 외국인 직접투자 200억달러 달성을 위해 적극 유치에 나섰다.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The crew attempted to stop the train but it derailed near the bridge, the report said.",
    ),
    # "the grounding of all <maker> <model> aircraft": the model's name may run to several words
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The president on Wednesday ordered the grounding of all Skyline Co 310 Jet 8 and Jet 9"
        " aircraft.",
    ),
    # a tally of closures (shut N times, closed on N occasions, how often units closed) is a
    # statistic, not a halt; a unit shut on a day still is one
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Figures released by the trust show how often its maternity units closed temporarily"
        " last year. Riverside hospital shut 41 times, while its partner unit in Elmbridge"
        " closed on 12 occasions.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "Riverside hospital shut its maternity unit on Monday after a flood, the trust said.",
    ),
    # a retailer closing a number of its stores or locations halts a service people use
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The discount chain said it intends to close 35-40 locations in the coming year.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The furniture retailer is planning to close nearly half of its 900 stores in the US.",
    ),
    # a carrier that confirmed this week it would end a service announced it (reported speech)
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The regional carrier confirmed this week that it would discontinue service to "
        "two cities in the state from January 3.",
    ),
    # plans to suspend a service are the halt itself, not a reversal of plans
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The airline announced plans to suspend its Denver-Osaka service because of weak demand.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The airline announced plans to suspend its Denver-Osaka service because of weak demand.",
    ),
    # a company withdrawing its application to develop a site backs down from its plan
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The developer said it was withdrawing its application to develop a gravel quarry"
        " north of the town.",
    ),
    # work stopped on a construction project, lane closures, a room closed from time to time:
    # no halted service
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The developer said it will stop work on building a rail corridor in the area.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Bridge repairs will cause lane closures in each direction for the next few weeks.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The reptile house will be closed to the public from time to time to let the "
        "hatchlings rest.",
    ),
    # customs refusing clearance of goods that fail a test is enforcement, not a reversal
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "관세청은 바이러스 검사에서 불합격한 돼지고기는 통관을 허가하지 않기로 했다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "정부는 내년부터 시행하려던 수수료 인상안을 추진하지 않기로 했다.",
    ),
    # a mandatory closing day, business suspension named as a sanction, a resort closed before it
    # reopens: no halt; a city pool closed next month is one
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "의무 휴업 제도로 올해는 추석 전날 대형마트 절반 이상이 문을 닫는다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "금융당국은 중대한 위법행위에는 영업 정지 등 중징계를 우선 적용하기로 했다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "이 리조트는 경영난으로 문을 닫았다가 새 주인을 만나 6년 만에 다시 문을 연다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        True,
        "시는 다음 달부터 시립 수영장 운영을 중단한다.",
    ),
    # the fines a bank received this year, ranked: a yearly total
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "한 은행은 올해 과태료만 120억3000만 원이 부과돼 가장 많았다.",
    ),
    # a safeguard written with a space; a rate stated after a long time phrase
    (
        "ko",
        T.TARIFF_CHANGE,
        True,
        "일본 정부가 다음 달부터 미국산 냉동 쇠고기에 세이프 가드(긴급 수입 제한)를 발동한다.",
    ),
    (
        "ko",
        T.TARIFF_CHANGE,
        True,
        "수입 쇠고기 관세율이 내년 3월 말까지 현행 38.5%에서 50%로 인상된다.",
    ),
    # places "in danger of losing" a service are declared at risk of its halt; a team losing a
    # player, a city losing funding for a service are not
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "Many small cities are in danger of losing air service as the carrier seeks to exit"
        " 15 markets.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The team is in danger of losing its star striker to a rival club.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The city faces losing millions in federal funding for its bus service.",
    ),
    # a halt of imports notified (수입을 중지한다고 통보) restricts imports
    (
        "ko",
        T.EXPORT_CONTROL,
        True,
        "중국이 일본에 일본산 수산물 수입을 또 중지한다고 통보했다.",
    ),
    # an amount invested (투자, / 투자해 after a bracketed conversion / 투자된 이 공장) in a plant
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        True,
        "현대차는 이 공장에 10억달러(1조3천억원)를 투자해 연간 30만대의 생산능력을 갖출 계획이다.",
    ),
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        True,
        "3억 300만달러가 투자된 이 공장은 2027년 완공 예정이며 연간"
        " 20만대 분량의 배터리 셀을 생산한다.",
    ),
    (
        "ko",
        T.INVESTMENT_PLEDGE,
        True,
        "한 식품회사는 200억 원을 투자, 오는 2027년 준공을 목표로"
        " 6,994㎡ 규모의 공장을 건립할 계획이다.",
    ),
    # a school closing for good after its last graduation is no service halt (the labellers'
    # reading)
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "이 학교는 다음달 마지막 졸업식을 열고 문을 닫는다.",
    ),
    # duties on a good that have been reinstated; a licence a transport authority refuses to renew
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "Anti-dumping duties on frozen chicken portions imported from Brazil and Spain"
        " have been reinstated after the lapse of the 12-month suspension.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The city's transport authority on Monday refused to renew an operating"
        " licence for the ride-hailing company because of safety concerns.",
    ),
    # relief from sanctions is no sanction; paying a record sum to settle charges is one
    (
        "en",
        T.SANCTION_FINE,
        False,
        "The decision opens the door to further relief from $20 billion in"
        " trade sanctions as officials target tariffs on wine.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        True,
        "The engineering group agreed Monday to pay a record $800 million to"
        " settle U.S. criminal charges of bribing officials.",
    ),
    # an import quota's over-quota rate is a tariff, not an import control
    (
        "ko",
        T.EXPORT_CONTROL,
        False,
        "할당량(쿼터)을 초과하는 수입 물량에 대해선 첫해 10.3%의 관세를 추가로 부과하기로 했다.",
    ),
    # a regulator's order suspending sales or teaching (판매정지, 교습정지 처분) is a sanction,
    # not a service halt
    (
        "ko",
        T.SANCTION_FINE,
        True,
        "식약처는 리베이트를 제공한 제약사에 대해 1개월간 20품목의 판매정지 처분을 내렸다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "식약처는 리베이트를 제공한 제약사에 대해 1개월간 20품목의 판매정지 처분을 내렸다.",
    ),
    (
        "ko",
        T.SANCTION_FINE,
        True,
        "교육청은 적발된 학원 가운데 6곳에 대해 교습정지 처분을 내렸다.",
    ),
    # weapons export controls dropped loosen exports (a years-old control: no reversal); a sanitary
    # import suspension on products from a place, lifted, is no reversal; halted bomb sales are no
    # service halt
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "Canada on Monday said it had dropped weapons export controls to"
        " the country, including drone optical technology.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "Canada on Monday said it had dropped weapons export controls to"
        " the country, including drone optical technology.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The department has lifted the import suspension on"
        " birds and poultry products from Michigan.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Spain walks back on decision to halt bomb sales to Saudis",
    ),
    # ko: a plant stopping its own production is an output cut, not a service people use
    ("ko", T.SERVICE_SUSPENSION, False, "울산 석유화학업체들 줄줄이 가동중단"),
    ("ko", T.SERVICE_SUSPENSION, True, "한빛에어는 김포-제주 노선 운항을 중단하기로 했다."),
    # en: a call on a list of companies to invest is a demand, not a pledge
    (
        "en",
        T.INVESTMENT_PLEDGE,
        False,
        "The minister has called on global firms like Acme, Globex and Initech"
        " to invest more in the country.",
    ),
    # en: a site's error notice is page furniture
    ("en", T.SERVICE_SUSPENSION, False, "We’re sorry, this service is currently unavailable."),
    # ko: the bond a seized fishing boat's owner pays for its release; a loan's collateral is none
    (
        "ko",
        T.SANCTION_FINE,
        True,
        "해경은 불법조업 혐의로 나포한 외국 어선 선주에게 담보금 5000만원을 부과했다.",
    ),
    ("ko", T.SANCTION_FINE, False, "한빛은행은 고객에게 담보금 3000만원을 받고 대출을 내줬다."),
    # en: routine visa services are the service suspended, not a routine closure
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The embassy is temporarily suspending routine visa services amid the outbreak.",
    ),
    # ko: a year's total of penalties collected is a statistic
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "한빛거래소는 올 들어 총 3억 2000만 원의 공시 위반 제재금을 징수했다.",
    ),
    # ko: an ordinance repealed (passive); a company withdrawing its listing
    ("ko", T.POLICY_REVERSAL, True, "한빛도 학생인권조례가 24일 도의회 본회의에서 폐지됐다."),
    ("ko", T.POLICY_REVERSAL, True, "상장을 추진하던 한빛테크가 결국 증권신고서를 철회했다."),
    ("ko", T.POLICY_REVERSAL, True, "한빛바이오는 금융위원회에 상장 철회 신고서를 제출했다."),
    # en: a government's laws that will be withdrawn; a company rolling back its restrictions
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "Three disputed farm laws that caused months of protests across the country"
        " will be withdrawn, the prime minister said today.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The airline caved to customer complaints on Wednesday, rolling back some of the"
        " restrictions it had placed on lounge access.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "The president's reluctance to roll back tariffs weighed on the talks.",
    ),
    # en: a product pulled from menus or shelves halts its sales
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The chain is temporarily pulling its double cheeseburger from menus in several"
        " states after an outbreak.",
    ),
    # en: a rate's move told of "the tariff rate on <goods> imported from <country>"
    (
        "en",
        T.TARIFF_CHANGE,
        True,
        "The tariff rate on solar panels imported from Vietnam will rise from 10% to 40%"
        " next month.",
    ),
    # en: a court that strikes down a rule halts no service
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Appeals Court Strikes Down State's Ride-Hailing Rules",
    ),
    # en: Congress passing a rescission package cancels funds already granted
    (
        "en",
        T.BUDGET_CUT,
        True,
        "The Senate voted 51-48 to pass the $4 billion rescissions package, clearing the way"
        " for the government to claw back money for overseas programmes.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        False,
        "The White House sent lawmakers a rescission package that would cancel $4 billion.",
    ),
    # ko: a council that changes its earlier line (당초 방침을 변경) reverses it
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "군의회는 당초 방침을 변경해 도서관 운영비를 줄이지 않기로 했다.",
    ),
    # ko: counts of people who have not paid their fines are a statistic, not a fine
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "300만원 이상 주정차 과태료를 내지 않은 체납자가 4천여명인 것으로 집계됐다.",
    ),
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "주정차 과태료를 300만원 이상 체납한 사람은 4천여명이고 체납액은 180억원이다.",
    ),
    # en: a plan told as revealed ("revealed that X would …") is reported speech, not a hedge
    (
        "en",
        T.INVESTMENT_PLEDGE,
        True,
        "The trade minister revealed that the company would invest $3 billion in a new battery"
        " plant in the state.",
    ),
    # en: a halt "expected to return to normal" tomorrow is still a halt today
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "Services at the town's walk-in clinic are being suspended from 6pm today and are"
        " expected to return to normal on Monday morning.",
    ),
    # en: rejecting someone's plan to cut is no cut
    (
        "en",
        T.BUDGET_CUT,
        False,
        "Senators are celebrating after rejecting the governor's plan to sharply cut the"
        " university's funding.",
    ),
    # en: fines that swelled coffers are revenue figures; closures in a restructuring are no
    # halt of a service people use
    (
        "en",
        T.SANCTION_FINE,
        False,
        "Fines swelled council coffers in England by £120 million over the twelve months.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Workers learned that their assembly plant would be among those closed next year.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "The announcement of the county plant's upcoming closure saddened many in this community.",
    ),
    # ko: a service's own shutdown date put back is a postponed plan, not a halt
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "앱 안정화 작업이 길어지면서 기존 앱 종료와 통합 앱 전환 일정이 미뤄진 셈이다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "앱 안정화 작업이 길어지면서 기존 앱 종료와 통합 앱 전환 일정이 미뤄진 셈이다.",
    ),
    # ko: a penalty regime (과징금 in lieu of a suspension, its size raised for all) is no act
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "개정안에 따르면 해운사에 부과하는 과징금은 운항정지처분에 갈음해 부과한다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        False,
        "현행 규정상 30일 운항정지에는 10억원 과징금으로 대체하지만 앞으로는 20억원으로 오른다.",
    ),
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "해수부가 해운사가 안전규정을 어겼을 때 부과하는 과징금 규모를 두 배로 올린다.",
    ),
    # ko: a year's fines going down, or a breakdown by kind, is a statistic
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "반면 대형 과징금 부과 사건은 줄어들어 과징금은 전년보다 12.5% 감소했다.",
    ),
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "업종별로 보면 건설업 담합에 부과된 과징금이 가장 많았다.",
    ),
    # ko: a committee session put off is routine procedure
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "국회 교육위원회는 다음 주 열려던 법안소위를 연기키로 결정했다.",
    ),
    # en: the law an offender broke sets no fines ("for breaking EU competition law")
    (
        "en",
        T.SANCTION_FINE,
        True,
        "Brussels announced its decision on Thursday. The carmaker was fined 120 million euros"
        " for breaking EU competition law.",
    ),
    # en: a carrier pausing shipping transit halts a service
    (
        "en",
        T.SERVICE_SUSPENSION,
        True,
        "The shipping line will pause all container transit through the strait until further"
        " notice after an attack on one of its vessels.",
    ),
    # en: deciding to reject a proposal to cut, or a decision put off, reverses nothing
    (
        "en",
        T.BUDGET_CUT,
        False,
        "The county board decided to reject a proposal to cut its road budget by 20 percent.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "But a decision was delayed after the state offered a last-minute loan.",
    ),
    # en: the return of services named with a slash is a resumption
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Commuters have welcomed the return of all V/Line services after four months of"
        " disruption.",
    ),
    # ko: exports halted (수출이 중단됐다) or a halt ordered (수출 중단을 지시) are controls
    (
        "ko",
        T.EXPORT_CONTROL,
        True,
        "중국 정부가 자국 업체들에 비료 원료 수출 중단을 지시했다.",
    ),
    (
        "ko",
        T.EXPORT_CONTROL,
        True,
        "정부 발표에 따라 이날부터 보크사이트 수출이 전면 중단됐다.",
    ),
    # ko: the internet cut off, trains that did not run
    ("ko", T.SERVICE_SUSPENSION, True, "시위가 격화하자 당국의 조치로 전국의 인터넷이 차단됐다."),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        True,
        "오전 9시 현재 무궁화호 12편이 운행되지 못했다.",
    ),
    # ko: counts of cases by kind are a tally
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "적발된 업체에 내려진 처분은 영업 정지가 120건, 허가 취소 15건, 과징금 9건이었다.",
    ),
    # ko: asking a court to stop a decision, a quoted phrase, a deadline ahead: no reversal
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "서울고법 행정7부는 교수와 학생 등이 신도시 지정 결정의 효력을 멈춰달라며 정부를 상대로 낸"
        " 집행정지 신청의 항고심에 대해 기각 결정을 내렸다.",
    ),
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "장관이 '교육정책 원점에서 재검토'라는 표현을 쓰자 한때 혼선이 빚어졌다.",
    ),
    ("ko", T.TARIFF_CHANGE, False, "미국 관세 유예 마감 앞두고 수출업계 긴급 점검"),
    # en: a U-turn on proposals to shut, a campaign to save from closure: no halt
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Residents have forced the council to perform a U-turn on controversial proposals to"
        " shut the village library.",
    ),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Families welcomed the decision. He bowed to pressure after a campaign was launched"
        " to save the library from closure.",
    ),
    # en: a rise in the number of fines issued is a statistic; a member suspended from a
    # council is no cut; scrapping a tax as a party's first act in office is a pledge
    (
        "en",
        T.SANCTION_FINE,
        False,
        "The sharp increase in fines issued by the borough comes despite a fall in tickets"
        " nationally.",
    ),
    (
        "en",
        T.BUDGET_CUT,
        False,
        "Questions remain over the mayor's position, after he was suspended from the council"
        " following a £30,000 fine for safety offences.",
    ),
    (
        "en",
        T.POLICY_REVERSAL,
        False,
        "Tories pitch carbon levy scrap as first act of government",
    ),
    # ko: building work halted by a board's decision (공사 일시중단을 결정) reverses a plan
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "발전공기업이 이사회를 열고 화력발전소 3·4호기의 공사 일시중단을 결정했다.",
    ),
    # ko: a scheduled vote called off is procedure
    (
        "ko",
        T.POLICY_REVERSAL,
        False,
        "총리가 다음 주 화요일로 예정된 합의안에 대한 하원 표결을 취소할 것이라고 외신이 보도했다.",
    ),
    # ko: a tariff's forecast effect on prices is analysis, not an act
    (
        "ko",
        T.TARIFF_CHANGE,
        False,
        "한은은 분석 결과, 현재 시행되는 관세조치는 미국 소비자물가 상승률을 0.5%포인트(직접효과"
        " +0.3%포인트) 높일 것으로 예상했다.",
    ),
    # en: a regulatory holiday scrapped is a reversal; a proposed rise trimmed is no cut;
    # plants targeted for closure are no service
    (
        "en",
        T.POLICY_REVERSAL,
        True,
        "The minister has scrapped the regulatory holiday that network builders were to receive.",
    ),
    ("en", T.BUDGET_CUT, False, "Council shaves proposed budget hike"),
    (
        "en",
        T.SERVICE_SUSPENSION,
        False,
        "Several more Ohio plants are targeted for closure or deep cuts.",
    ),
    # ko: a plan given up as a whole (계획 자체를 포기), childcare at risk of halting
    (
        "ko",
        T.POLICY_REVERSAL,
        True,
        "군은 주민 반발이 거세지자 항만 추가 매립 계획 자체를 포기했다.",
    ),
    (
        "ko",
        T.SERVICE_SUSPENSION,
        True,
        "구의 영유아 무상보육이 예산 부족으로 중단될 위기에 놓였다.",
    ),
    # ko: a regulator's sanctions committee deliberating a named firm's case considers a
    # sanction (the guideline's "formally considered"), decided or not; the committee's own
    # rules and a count of its cases are no sanction
    (
        "ko",
        T.SANCTION_FINE,
        True,
        "금융감독원은 3일 제재심의위원회를 열어 라마카드에 대한 검사 결과 조치안을 심의했으나"
        " 결론을 내지 못했다고 밝혔다.",
    ),
    ("ko", T.SANCTION_FINE, True, "금감원 제재심, 바사캐피탈 징계 결론 못내…내달 재심의"),
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "금융위원회는 제재심의위원회 운영 개선안을 3일 발표했다. 외부 위원을 늘리는 것이 골자다.",
    ),
    (
        "ko",
        T.SANCTION_FINE,
        False,
        "지난해 금감원 제재심에서 심의한 안건은 모두 96건으로 집계됐다고 3일 밝혔다.",
    ),
    # en: a bloc adopts or approves an embargo or sanctions (the EU's own verb for its acts),
    # but a resolution that only calls for one, or urges lifting one, is no act
    (
        "en",
        T.EXPORT_CONTROL,
        True,
        "The bloc formally adopted an oil embargo against Syria on Tuesday, diplomats said.",
    ),
    (
        "en",
        T.SANCTION_FINE,
        True,
        "Member states approved fresh sanctions against Belarus on Thursday, officials said.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "The assembly adopted a resolution calling for an arms embargo against the junta.",
    ),
    (
        "en",
        T.EXPORT_CONTROL,
        False,
        "The council adopted a motion urging ministers to lift the embargo on Cuba, members said.",
    ),
]


@pytest.mark.parametrize(("lang", "type_", "expected", "text"), PHRASINGS)
def test_phrasings(lang: str, type_: EventType, expected: bool, text: str) -> None:
    assert (type_ in _types(text, lang)) is expected, text


def test_a_corrective_order_cancelled_by_a_court_is_a_sanction_withdrawn() -> None:
    text = (
        "서울행정법원은 한 택배업체가 공정위를 상대로 낸 시정명령 취소 청구 소송에서"
        " 원고 승소로 판결했다."
    )
    found = [e for e in _events(text, "ko") if e.type == T.SANCTION_FINE]
    assert found and found[0].status == EventStatus.WITHDRAWN


def test_a_date_of_last_year_without_a_year_is_background() -> None:
    """ "On 30 September" in a January post is last autumn: the sentence loses confidence."""
    text = "The retailer stopped sales of the heater on 30 September."
    ref = date(2025, 1, 20)
    seg = [Segment(index=0, start=0, end=len(text))]
    dated = find_events(text, "en", seg, [], ref)
    plain = "The retailer stopped sales of the heater."
    undated = find_events(plain, "en", [Segment(index=0, start=0, end=len(plain))], [], ref)
    assert dated and undated
    assert dated[0].confidence < undated[0].confidence


def _article_types(title: str, text: str, lang: str) -> set[EventType]:
    seg = [Segment(index=0, start=0, end=len(text), title=title)]
    return {e.type for e in find_events(text, lang, seg, [], date(2025, 6, 12))}


# Short articles written for these tests: the act named only as the cause of another story
# (earnings, markets), or negotiations about it, is not the article's news.
ARTICLES = [
    (
        "en",
        "Carmaker profit falls on tariff costs",
        "The carmaker said on Wednesday its quarterly operating profit fell 20 percent. "
        "The company blamed higher costs from U.S. tariffs on imported cars, which took effect "
        "in April. Shares fell 3 percent in Tokyo.",
        T.TARIFF_CHANGE,
        False,
    ),
    (
        "en",
        "Trade ministers meet",
        "Trade ministers discussed tariff reductions on farm goods at the meeting in Geneva. "
        "No agreement was reached.",
        T.TARIFF_CHANGE,
        False,
    ),
    (
        "en",
        "Factory closures",
        "The plant will be closed for the holidays as usual, the company said.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    # round 10: a headline saying talks stalled ("막판 진통", "결론 못 내") tells the acts the
    # body names as background
    (
        "ko",
        "한일 관세 협상 막판 진통…결론 못 내",
        "양국 통상장관은 이날 도쿄에서 만났다. 관세 문제를 논의했지만 합의하지 못했다. "
        "양측은 다음 주 협의를 이어가기로 했다. 앞서 미국은 일본과 무역 합의를 맺었다. "
        "일본은 대미 투자를 약속하는 대가로 상호관세율을 15%로 낮췄다.",
        T.TARIFF_CHANGE,
        False,
    ),
    (
        "ko",
        "한일 관세 협상 타결",
        "정부는 이날 일본산 자동차 부품에 매기던 관세율을 8%에서 0%로 낮췄다.",
        T.TARIFF_CHANGE,
        True,
    ),
    (
        "en",
        "Council axes library funding",
        "The city council on Tuesday cut funding for public libraries by $3 million. "
        "The vote was 7-2. Library staff protested outside the building.",
        T.BUDGET_CUT,
        True,
    ),
    (
        "ko",
        "코스피, 외국인 매도에 하락",
        "코스피가 12일 외국인 매도세에 1% 넘게 하락했다. 원·달러 환율은 소폭 올랐다. "
        "지난 4월 미국이 한국산 자동차에 25% 관세를 부과한 이후 자동차 업종의 약세가 "
        "계속되고 있다.",
        T.TARIFF_CHANGE,
        False,
    ),
    (
        "ko",
        "3분기 실적 부진",
        "한 전자회사의 3분기 영업이익이 30% 감소했다. 회사는 마케팅 비용을 줄이고 투자를 "
        "축소하기로 했다.",
        T.INVESTMENT_PLEDGE,
        False,
    ),
    (
        "en",
        "Rail strike called off after last-minute pay deal",
        "A strike that would have halted most train services on Thursday has been called off"
        " after unions and rail companies reached a deal on pay. Rail companies said trains"
        " would run as normal. Commuters expressed relief at the news. The union will ballot"
        " its members on the offer next week. The dispute has lasted more than nine months,"
        " with repeated strikes that forced operators to cancel thousands of trains.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    (
        "en",
        "Oil falls as traders weigh Russia supply",
        "Oil prices fell for a third day on Tuesday as traders weighed new lockdowns in China."
        " Brent crude settled below $100 a barrel. Analysts said demand could weaken further."
        " Several refiners in the region cut runs. The United States banned imports of Russian"
        " oil last week, and Britain said it would phase out Russian oil by the end of the year.",
        T.EXPORT_CONTROL,
        False,
    ),
    (
        "en",
        "City's budget shortfall: what the council is weighing",
        "The city council began hearings this week on a budget that must close a gap of about"
        " $180 million. Some councillors want to raise the property tax rate. Others have"
        " suggested delaying a planned expansion of the bus network. In 2020, the council cut"
        " $60 million from the budget and closed three pools. Some of those cuts were reversed"
        " the next year.",
        T.POLICY_REVERSAL,
        False,
    ),
    # a company that delayed paying its invoices reversed no plan: the delay is the conduct
    # a regulator charged it for
    (
        "en",
        "Paint Maker Settles Charges over Misleading Debt Statements",
        "A paint maker settled SEC charges for misleading investors about its debt reduction.\n"
        "According to the Order, the SEC found that the company delayed payment of overdue"
        " invoices until after the end of each reporting period. The SEC said that by delaying"
        " the overdue payments to vendors, the firm misled investors about its progress in"
        " cutting debt.",
        T.POLICY_REVERSAL,
        False,
    ),
    # A Korean service halted deep in a weather story's body is still the story's news (flights
    # cancelled, trains passing stations): the body penalty for the type is half the usual
    (
        "ko",
        "밤사이 눈 20㎝ 쌓여…출근길 곳곳 정체",
        "밤사이 눈 20㎝ 쌓여…출근길 곳곳 정체\n"
        "밤사이 중부지방에 많은 눈이 내려 출근길 시민들이 불편을 겪었다. "
        "기상청에 따르면 이날 오전 7시 기준 적설량은 서울 12㎝, 수원 20㎝를 기록했다. "
        "도로 곳곳이 얼어붙으면서 차량들이 거북이 운행을 했다. "
        "시민들은 평소보다 일찍 집을 나섰다. "
        "김포공항에서는 오전 한때 제주행 항공기 35편이 결항됐다. "
        "기상청은 오후까지 눈이 더 내릴 것으로 내다봤다.",
        T.SERVICE_SUSPENSION,
        True,
    ),
    # "as prices are likely to fall" gives the act's reason and hedges nothing (the act is in
    # the third sentence, past the first sentence's bonus)
    (
        "en",
        "",
        "The trade directorate has issued a notification in this regard. The minister said the"
        " decision will help growers. The government has decided to lift the four-month-old ban"
        " on exports of sugar as prices are likely to fall with the new harvest.",
        T.EXPORT_CONTROL,
        True,
    ),
    # An outage reported with its repair in one lead (장애가 발생했다가 1시간 만에 복구됐다) is
    # the halt's news, not a story about service coming back
    (
        "ko",
        "",
        "한 카드사에서 26일 오후 8시부터 결제가 되지 않는 장애가 발생했다가 약 1시간 만에"
        " 복구됐다. 회사 측은 서버 점검 과정에서 오류가 났다고 설명했다.",
        T.SERVICE_SUSPENSION,
        True,
    ),
    # a title that names the cut: the body's "앞서 … 삭감했다" is the act the story is about (a
    # protest against it), not background; under a title about something else it stays one
    (
        "ko",
        "군의회 예산 삭감에 반발…군수 1인 시위",
        "박 군수가 8일 아침 군청 앞에서 피켓을 들고 1인 시위를 벌였다. 박 군수는 주민 생활과 "
        "직결된 사업이 멈춰 선다고 말했다. 앞서 군의회는 내년 예산안을 심사하면서 문화사업 "
        "예산 23억원을 삭감했다.",
        T.BUDGET_CUT,
        True,
    ),
    (
        "ko",
        "군수 1인 시위…“주민 생활 외면 말라”",
        "박 군수가 8일 아침 군청 앞에서 피켓을 들고 1인 시위를 벌였다. 박 군수는 주민 생활과 "
        "직결된 사업이 멈춰 선다고 말했다. 앞서 군의회는 내년 예산안을 심사하면서 문화사업 "
        "예산 23억원을 삭감했다.",
        T.BUDGET_CUT,
        False,
    ),
    # a new bridge that has finally opened ends the disruption the story looks back on
    (
        "en",
        "",
        "AFTER two years of disruption a new £3m footbridge linking the two villages has finally"
        " opened. Walkers had faced long detours while the old crossing was rebuilt. Over the"
        " past two years the village has faced mounting disruption while the bridge was shut.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    # a study that factors in a tariff imposes none
    (
        "en",
        "Tariffs could cost families $1,500 a year, study says",
        "A new study says tariffs could cost the average family $1,500 a year. The estimate"
        " comes from a group of economists at a university. The model covers tariffs already"
        " in place. It also factors in a 20 percent tariff on all imports of furniture.",
        T.TARIFF_CHANGE,
        False,
    ),
]


@pytest.mark.parametrize(("lang", "title", "text", "type_", "expected"), ARTICLES)
def test_articles(lang: str, title: str, text: str, type_: EventType, expected: bool) -> None:
    assert (type_ in _article_types(title, text, lang)) is expected, text


def test_korean_same_day_marker_dates_the_act_as_news() -> None:
    """ "이날" (on the reported day) marks the article's own news, as a recent date would."""
    today = _body(
        "시민들이 역 앞에 모였다.", "공사는 이날 부산역을 지나는 열차를 무정차 통과시켰다."
    )
    assert T.SERVICE_SUSPENSION in _types(today, "ko")
    plain = "공사는 부산역을 지나는 열차를 무정차 통과시켰다."
    dated = "공사는 이날 부산역을 지나는 열차를 무정차 통과시켰다."
    type_ = T.SERVICE_SUSPENSION
    assert _confidence(dated, "ko", type_) > _confidence(plain, "ko", type_)


# Headlines drop verbs and copulas; the title bonus needs them read as stating the act.
HEADLINES = [
    ("en", T.BUDGET_CUT, "Ministers axe school building fund"),
    ("en", T.TARIFF_CHANGE, "Beijing hits back with 34% tariffs on US imports"),
    ("en", T.INVESTMENT_PLEDGE, "Chipmaker pledges $17bn for Texas plant"),
    ("en", T.POLICY_REVERSAL, "Government U-turn on free school meals"),
    ("en", T.SERVICE_SUSPENSION, "Messaging app down for millions"),
    ("ko", T.SANCTION_FINE, "공정위, 플랫폼 기업에 과징금 421억"),
    ("ko", T.INVESTMENT_PLEDGE, "완성차 업체, 美에 210억달러 투자"),
    ("ko", T.POLICY_REVERSAL, "정부, 해외직구 금지 철회"),
    ("ko", T.TARIFF_CHANGE, "미국, 동맹국에 25% 상호관세"),
    ("ko", T.TARIFF_CHANGE, "미국, 중국에 관세 폭탄…145%"),
    ("ko", T.EXPORT_CONTROL, "中, 갈륨·게르마늄 수출 금지"),
    ("ko", T.SANCTION_FINE, "美, 北 해커조직 제재"),
    ("ko", T.INVESTMENT_PLEDGE, "반도체 기업, 용인에 120조 투입"),
    ("ko", T.POLICY_REVERSAL, "금융투자소득세 2년 유예"),
    ("ko", T.BUDGET_CUT, "교육청 예산 200억 싹둑"),
    ("en", T.EXPORT_CONTROL, "US curbs AI chip sales to China"),
    ("en", T.POLICY_REVERSAL, "Government shelves fuel duty rise"),
    ("en", T.BUDGET_CUT, "White House cuts $400m from university"),
]


def test_a_list_of_job_titles_is_not_a_headline() -> None:
    text = "▲외교부▷군축과장 김모▷수출통제·제재과장 이모▷의전과장 박모"
    assert not _types(text, "ko")


@pytest.mark.parametrize(("lang", "type_", "title"), HEADLINES)
def test_headline_states_the_act(lang: str, type_: EventType, title: str) -> None:
    lex = load_lexicon(lang)
    assert lex is not None
    tlex = next(t for t in lex.types if t.type == type_)
    assert title_states(lex, tlex, title, REF), title


def test_a_driving_u_turn_is_not_a_policy_reversal() -> None:
    assert T.POLICY_REVERSAL not in _types("The driver made an illegal U-turn on the road.", "en")


def test_a_relative_clause_about_the_subject_is_background() -> None:
    """ ", which was fined …" describes the subject; the sentence's news is its main verb."""
    lead = "The bank reported quarterly results on Thursday. Revenue rose 3 percent. "
    text = lead + "The bank, which was fined $2 million by regulators, said profits fell."
    assert T.SANCTION_FINE not in _types(text, "en")
    news = lead + "Regulators fined the bank $2 million for reporting failures."
    assert T.SANCTION_FINE in _types(news, "en")


def test_a_broadcast_script_line_break_does_not_end_the_clause() -> None:
    """TV scripts break Korean lines after a particle; wire copy wraps English lines."""
    from streams.extract.sentences import split_sentences

    ko = (
        "시의회 예결위원회는\n오늘 오전 회의를 연 뒤\n예산 30억원을 삭감했습니다.\n"
        "중국, 수출 통제\n"
    )
    assert [ko[a:b] for a, b in split_sentences(ko)] == [
        "시의회 예결위원회는\n오늘 오전 회의를 연 뒤\n예산 30억원을 삭감했습니다.",
        "중국, 수출 통제",
    ]
    en = "The council said it would\ncut funding for libraries.\nLibrary cuts\n\nNext story."
    assert [en[a:b] for a, b in split_sentences(en)] == [
        "The council said it would\ncut funding for libraries.",
        "Library cuts",
        "Next story.",
    ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Washington raised tariffs on Chinese goods to 25%.", "Chinese goods"),
        (
            "The Treasury imposed sanctions on six shipping companies and 12 tankers.",
            "six shipping companies",
        ),
        (
            "The office proposed a 25 percent tariff on $50 billion worth of imports from China.",
            "imports from China",
        ),
        (
            "The bloc agreed new sanctions against Russian oil exporters on Monday.",
            "Russian oil exporters",
        ),
    ],
)
def test_english_targets_are_what_the_preposition_marks(text: str, target: str) -> None:
    """Without a parser, English common-noun targets come from "on/against + noun phrase";
    times and set phrases ("on Monday", "on one hand") are no targets."""
    # Through the whole pipeline: its entities keep amounts and dates out of the phrase.
    post = Post(id="t", text=text, published_at=datetime(2025, 6, 1))
    assert [e.target for e in default_pipeline().run(post).events] == [target]


def test_set_phrases_after_on_are_no_targets() -> None:
    events = _events("The United States, on one hand, raised tariffs to 25% on Tuesday.", "en")
    assert [e.target for e in events] == [None]


ONE_HAPPENING = [
    "미국 상무부는 중국산 제품에 대한 관세를 25%로 인상했다고 밝혔다.",
    "백악관은 중국산 제품에 대한 관세를 25%로 인상했다고 밝혔다.",
    "트럼프 행정부는 중국산 제품에 대한 관세를 25%로 인상했다고 밝혔다.",
    "트럼프 대통령은 중국산 제품에 대한 관세를 25%로 인상했다고 밝혔다.",
    "미국은 중국산 제품에 대한 관세를 25%로 인상했다고 밝혔다.",
    "The White House raised tariffs on Chinese goods to 25%, officials said on Tuesday.",
    "The Trump administration raised tariffs on Chinese goods to 25%, officials said on Tuesday.",
    "USTR raised tariffs on Chinese goods to 25%, officials said on Tuesday.",
    "President Trump raised tariffs on Chinese goods to 25%, officials said on Tuesday.",
    # a leader in office named without a title
    "Donald Trump raised tariffs on Chinese goods to 25%, officials said on Tuesday.",
    "트럼프는 중국산 제품에 대한 관세를 25%로 인상했다고 밝혔다.",
]


@pytest.mark.parametrize("text", ONE_HAPPENING)
def test_a_governments_bodies_and_leader_in_office_act_for_its_state(text: str) -> None:
    """Reports name one act through the White House, a department, the president or the
    country: all act for the United States, so they share its id and one cluster key."""
    post = Post(id="t", text=text, published_at=datetime(2025, 6, 1))
    [event] = default_pipeline().run(post).events
    assert (event.actor_id, cluster_key(event)) == ("Q30", "tariff_change|Q30")


@pytest.mark.parametrize(
    "text",
    [
        # a former leader's bare name speaks for that person, not the state
        "Obama raised tariffs on Chinese goods to 25%, officials said on Tuesday.",
        # a surname many share is no leader without the title
        "Lee raised tariffs on Chinese goods to 25%, officials said on Tuesday.",
    ],
)
def test_a_bare_name_that_is_not_a_leader_in_office_is_not_the_state(text: str) -> None:
    post = Post(id="t", text=text, published_at=datetime(2025, 6, 1))
    assert all(e.actor_id is None for e in default_pipeline().run(post).events)


@pytest.mark.parametrize(
    ("text", "day", "state"),
    [
        # a bare name acts for the state in a post dated within its bearer's term
        ("Reagan raised tariffs on Japanese goods to 100 pct.", datetime(1987, 4, 17), "Q30"),
        ("Reagan raised tariffs on Japanese goods to 100 pct.", datetime(1995, 4, 17), None),
        # one surname, two presidents: in office 1989-93 and 2001-09, not in between
        ("Bush raised tariffs on steel imports to 30 pct.", datetime(1990, 3, 1), "Q30"),
        ("Bush raised tariffs on steel imports to 30 pct.", datetime(1997, 3, 1), None),
        ("Bush raised tariffs on steel imports to 30 pct.", datetime(2002, 3, 5), "Q30"),
        # a prime minister who later became president acted for the state in both offices
        ("Chirac raised tariffs on Japanese cars to 20 pct.", datetime(1987, 5, 1), "Q142"),
        ("Chirac raised tariffs on Japanese cars to 20 pct.", datetime(1990, 5, 1), None),
        # a politician long in the news before taking office: the state only once in it
        ("이재명은 미국산 제품에 대한 관세를 25%로 인상했다.", datetime(2025, 8, 1), "Q884"),
        ("이재명은 미국산 제품에 대한 관세를 25%로 인상했다.", datetime(2024, 8, 1), None),
        ("박근혜는 일본산 수산물에 대한 관세를 25%로 인상했다.", datetime(2014, 8, 1), "Q884"),
    ],
)
def test_a_leaders_bare_name_acts_for_the_state_during_their_term(
    text: str, day: datetime, state: str | None
) -> None:
    post = Post(id="t", text=text, published_at=day)
    [event] = [e for e in default_pipeline().run(post).events if e.type.value == "tariff_change"]
    assert event.actor_id == state


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # a government named by its state's adjective acts for the state
        ("The French government raised tariffs on American cars to 25% on Tuesday.", "Q142"),
        ("Malaysian authorities imposed a ban on exports of raw logs to Japan on Monday.", "Q833"),
        ("South Korean regulators fined Hana Bank 5 billion won for mis-selling funds.", "Q884"),
        # so does a leader the gazetteer does not list, by the adjective before the office
        (
            "Belgian Prime Minister Wilfried Martens cut the defence budget by 5 billion francs.",
            "Q31",
        ),
        # a state the gazetteer gives no id, and an adjective two states share: no id at all
        ("The West German government cut coal subsidies by 10% on Tuesday, officials said.", None),
        ("The Korean government fined the shipping line 3 billion won for the oil spill.", None),
        # a former office holder speaks for themselves
        ("Former French President Nicolas Sarkozy raised tariffs on steel to 25% in 2011.", None),
    ],
)
def test_a_states_adjective_names_its_government(text: str, state: str | None) -> None:
    # one-sentence flashes carry the scraper's language: a few function words cannot tell it
    post = Post(id="t", text=text, lang="en", published_at=datetime(2020, 4, 1))
    [event] = default_pipeline().run(post).events
    assert event.actor_id == state


def test_a_hanja_abbreviation_names_the_state_in_an_event() -> None:
    text = (
        "美 정부는 中 제품에 대한 관세를 25%로 인상한다고 9일 발표했다. "
        "이번 조치는 다음 달부터 시행된다."
    )
    post = Post(id="t", text=text, published_at=datetime(2025, 4, 10))
    [event] = [e for e in default_pipeline().run(post).events if e.type.value == "tariff_change"]
    assert (event.actor_id, event.target_id) == ("Q30", "Q148")


def test_then_dates_the_act_not_the_actor() -> None:
    lex = load_lexicon("en")
    assert lex is not None
    former = lex.slots.former
    assert former.search("former President Bush") and former.search("ex-premier Li")
    # "then-President X" acted for the state when the act was done
    assert former.search("then-President Reagan") is None


def test_a_states_adjective_alone_names_no_actor() -> None:
    # no government's word in the phrase: goods of a country are not its government
    text = "The United States raised tariffs on Japanese goods to 100% on Friday, officials said."
    post = Post(id="t", text=text, published_at=datetime(1987, 4, 17))
    [event] = default_pipeline().run(post).events
    assert (event.actor_id, event.target_id) == ("Q30", None)


def test_an_undated_post_reads_bare_names_as_of_now() -> None:
    """No date to place the post in a term: only the leaders in office now act bare."""
    assert leader_alone("Donald Trump", "en", None) == "Q30"
    assert leader_alone("Reagan", "en", None) is None
    assert leader_alone("Reagan", "en", date(1988, 12, 31)) == "Q30"
    assert leader_alone("Reagan", "en", date(1989, 1, 20)) is None  # the day the term passed


def test_a_leader_without_an_office_named_is_not_the_state() -> None:
    # 이재명 대표 (party leader) is no government: only an office title makes a leader the state.
    text = "이재명 대표는 정부의 특수활동비 예산을 전액 삭감하겠다고 밝혔다."
    post = Post(id="t", text=text, published_at=datetime(2025, 6, 1))
    assert all(e.actor_id != "Q884" for e in default_pipeline().run(post).events)


@pytest.mark.parametrize(
    "text",
    [
        "경기도는 삼성전자와 평택에 30조원 규모의 투자협약을 체결했다.",
        "삼성전자는 경기도와 평택에 30조원 규모의 투자협약을 체결했다.",
    ],
)
def test_the_firm_not_its_host_city_pledges_the_investment(text: str) -> None:
    """Regional news puts the host first ("경기도는 삼성전자와 … 투자협약"): the firm invests,
    so both wordings give one actor (and one alert)."""
    post = Post(id="t", text=text, published_at=datetime(2025, 6, 1))
    assert [e.actor for e in default_pipeline().run(post).events] == ["삼성전자"]


def test_a_government_investing_itself_stays_the_actor() -> None:
    post = Post(id="t", text="정부는 반도체 산업에 10조원을 투자하기로 했다.")
    assert [e.actor for e in default_pipeline().run(post).events] == ["정부"]


@pytest.mark.parametrize(
    ("lang", "text", "magnitude"),
    [
        (
            "ko",
            "정부는 수입 소고기 관세를 2.5%포인트 낮추기로 했다.",
            Magnitude(value=2.5, unit="%p"),
        ),
        (
            "en",
            "India cut import duties on gold by 3 percentage points.",
            Magnitude(value=3, unit="%p"),
        ),
        # a level stated beside the change is the magnitude (the guideline's new rate)
        (
            "en",
            "India cut import duties on gold by 3 percentage points to 6%.",
            Magnitude(value=6, unit="%"),
        ),
        ("ko", "미국은 관세율을 10%p 올려 25%로 인상했다.", Magnitude(value=25, unit="%")),
    ],
)
def test_a_change_in_points_is_the_magnitude_only_without_a_level(
    lang: str, text: str, magnitude: Magnitude
) -> None:
    assert [e.magnitude for e in _events(text, lang)] == [magnitude]


@pytest.mark.parametrize(
    ("text", "background"),
    [
        # the act dated to these days; the earlier year is the reason given
        (
            "The ministry imposed duties on Chinese steel on Friday, citing losses the mills "
            "made in 2024.",
            False,
        ),
        # the earlier year dates the act; "on Tuesday" dates the hearing about it
        ("A court on Tuesday heard an appeal against a $12 million fine imposed in 2019.", True),
        ("The fine was imposed in 2019.", True),
    ],
)
def test_an_earlier_year_is_background_only_when_it_dates_the_act(
    text: str, background: bool
) -> None:
    lex = load_lexicon("en")
    assert lex is not None
    ref = date(2025, 6, 6)
    hits = [match_sentence(lex, t, text, (0, len(text)), ref) for t in lex.types]
    [hit] = [h for h in hits if h is not None]
    assert ("past_year" in hit.cues) is background


@pytest.mark.parametrize(
    "lead",
    ["OTTAWA, March 2 - ", "OTTAWA (Reuters) - ", "OTTAWA, Ontario, March 2 (Reuters) - "],
)
def test_a_wire_dateline_is_where_the_story_was_filed_not_who_acts(lead: str) -> None:
    post = Post(
        id="d1",
        text=lead + "Farm ministers agreed to cut the dairy budget by 1.2 billion ECUs on Monday.",
        published_at=datetime(1987, 3, 2),
    )
    [event] = default_pipeline().run(post).events
    assert event.type == T.BUDGET_CUT
    assert event.actor is None or "OTTAWA" not in event.actor
    assert event.magnitude == Magnitude(value=1_200_000_000, unit="XEU")  # the ECU's ISO code


@pytest.mark.parametrize(
    ("text", "type_", "actor", "target"),
    [
        (
            "The government cut funding for rural hospitals.",
            T.BUDGET_CUT,
            "government",
            "rural hospitals",
        ),
        (
            "The city council voted on Tuesday to cut funding for the public library system.",
            T.BUDGET_CUT,
            "city council",
            "public library system",
        ),
        (
            "Lawmakers slashed the agency's budget by 20%.",
            T.BUDGET_CUT,
            "Lawmakers",
            "agency's budget",
        ),
        (
            "Congress cut $4 million from the library program.",
            T.BUDGET_CUT,
            "Congress",
            "library program",
        ),
        ("Regulators fined the bank on Monday.", T.SANCTION_FINE, "Regulators", "bank"),
        (
            "The transit authority halted subway service after the flood.",
            T.SERVICE_SUSPENSION,
            "transit authority",
            "subway service",
        ),
        # A preposition marks what is affected more plainly than the direct object.
        (
            "The administration suspended tariffs on Chinese solar panels.",
            T.TARIFF_CHANGE,
            "administration",
            "Chinese solar panels",
        ),
        # A ticker or party tag in brackets is no actor of its own.
        (
            "Gov. Ann Lee (D) signed a bill repealing the state's film tax credit.",
            T.POLICY_REVERSAL,
            None,
            "state's film tax credit",
        ),
    ],
)
def test_common_noun_parties_in_english(
    text: str, type_: T, actor: str | None, target: str
) -> None:
    event = next(e for e in _events(text, "en") if e.type == type_)
    assert (event.actor, event.target) == (actor, target)


_FLOOD = (
    "Rail services were suspended on Friday after flooding hit the tracks. "
    "Engineers worked through the weekend."
)


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        # A lead that says the service is back reports the halt as what is over.
        (
            "en",
            "Trains resume on main line after floods",
            _FLOOD,
            False,
        ),
        (
            "en",
            "Floods halt trains on main line",
            _FLOOD,
            True,
        ),
        (
            "en",
            "",
            "Rail services resumed on Monday after floods. Services had been suspended since "
            "Friday when water covered the tracks.",
            False,
        ),
        (
            "ko",
            "지하철 1호선 운행 재개",
            "서울 지하철 1호선 운행이 19일 신호 장애로 중단됐다. 코레일은 복구 작업을 벌였다.",
            False,
        ),
        (
            "ko",
            "지하철 1호선 운행 중단",
            "서울 지하철 1호선 운행이 19일 신호 장애로 중단됐다. 코레일은 복구 작업을 벌였다.",
            True,
        ),
    ],
)
def test_a_resumption_lead_makes_the_halt_background(
    lang: str, title: str, text: str, expected: bool
) -> None:
    seg = [Segment(index=0, start=0, end=len(text), title=title or None)]
    found = {e.type for e in find_events(text, lang, seg, [], date(2025, 6, 12))}
    assert (T.SERVICE_SUSPENSION in found) is expected


def test_an_amount_cut_with_a_connective_gives_the_size() -> None:
    """A lead that names the cut without a figure takes the amount a later sentence cuts 'and
    then' does something else with (N원을 삭감하여 … 수정가결)."""
    text = (
        "시의회가 시장의 역점 사업 예산을 삭감했다. 위원회는 심사를 거쳐 문화관광과 등 5개 "
        "부서의 9개 사업 8억원을 삭감하여 다른 재원으로 돌리는 것으로 수정가결했다."
    )
    event = next(e for e in _events(text, "ko") if e.type == T.BUDGET_CUT)
    assert event.magnitude == Magnitude(value=800000000, unit="KRW")


def test_an_act_named_as_the_topic_of_an_attack_loses_confidence() -> None:
    """ "Spending cut attack": the cut is what the attack is about, not a reported act."""
    topic = _events("The minister rebuffed the spending cut attack on Monday.", "en")
    act = _events("The minister announced the spending cut on Monday.", "en")
    assert act and (not topic or topic[0].confidence < act[0].confidence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A rate the act applies (N%를 적용한다) is the new level, a zero rate too.
        ("정부는 다음 달부터 수입 설탕에 할당관세 0%를 적용한다.", Magnitude(value=0, unit="%")),
        # A rate applied before the change (적용받던) is not the new level.
        (
            "정부는 10%를 적용받던 수입 설탕에 대한 관세를 다음 달부터 5%로 낮춘다.",
            Magnitude(value=5, unit="%"),
        ),
    ],
)
def test_a_rate_the_act_applies_is_the_new_level(text: str, expected: Magnitude) -> None:
    event = next(e for e in _events(text, "ko") if e.type == T.TARIFF_CHANGE)
    assert event.magnitude == expected


def _pledge_score(text: str) -> float:
    """The score of the strongest investment-pledge rule in ``text`` read as one sentence."""
    lex = load_lexicon("en")
    assert lex is not None
    tlex = next(t for t in lex.types if t.type is T.INVESTMENT_PLEDGE)
    hit = match_sentence(lex, tlex, text, (0, len(text)), REF)
    assert hit is not None
    return hit.score


def test_a_market_move_after_an_act_reports_the_act() -> None:
    """ "Shares rose after the company announced …": the act is the day's news, not background,
    while any other clause opened by "after" still marks an earlier act."""
    act = "the company announced plans to invest $5 billion in two chip plants in Ohio."
    plain = _pledge_score("Acme said on Tuesday " + act)
    assert _pledge_score("Acme (NASDAQ:ACME) stock rose 2.1% after " + act) == plain
    assert _pledge_score("Acme shares jumped 4% on Tuesday after " + act) == plain
    assert _pledge_score("Acme hired 300 workers in March after " + act) < plain
    # A market move after a report of an act is a market story.
    rumour = (
        "Acme shares rose 3% after a media report that the company planned to invest $5 billion."
    )
    assert _pledge_score(rumour) < plain


def test_a_record_tally_of_fines_in_the_headline_is_no_fine() -> None:
    body = "금감원은 공시의무 위반에 부과한 과징금이 모두 36억원이라고 8일 밝혔다."
    assert T.SANCTION_FINE not in {
        e.type for e in _events(body, "ko", "공시위반 과징금 10년래 최대")
    }


def test_a_safeguard_invoked_in_the_headline_is_a_tariff() -> None:
    body = "미국이 수입 냉장고에 세이프가드(긴급수입제한조치) 발동을 결정하자 업계가 대책에 나섰다."
    title = "美 냉장고 세이프가드 발동…업계 긴급회의"
    assert T.TARIFF_CHANGE in {e.type for e in _events(body, "ko", title)}


def test_a_study_headline_lowers_the_acts_it_reports() -> None:
    body = "The government imposed 25% tariffs on French cheese, the new report said."

    def confidence(title: str) -> float:
        return next(e.confidence for e in _events(body, "en", title) if e.type is T.TARIFF_CHANGE)

    study = "Study finds tariffs cost consumers more than the government takes in"
    assert confidence(study) < confidence("Cheese prices rise")


def test_an_act_in_an_english_earnings_story_is_its_cause() -> None:
    body = (
        "The company cut its annual profit forecast on Wednesday. The reduction is due to"
        " weak prices, tariffs on imported aluminum and higher energy costs, it said."
    )
    assert T.TARIFF_CHANGE not in {
        e.type for e in _events(body, "en", "Metalco cuts profit forecast on tariff costs")
    }


def test_an_act_in_an_earnings_story_is_its_cause() -> None:
    # the headline reports results: last month's tariff in the body explains them
    body = (
        "다온철강은 1분기 매출이 1.4% 줄었다고 22일 공시했다. 美, 지난달 철강·알루미늄 25%"
        " 관세 부과…쿼터제 폐지. 회사는 수출 물량이 줄었다고 설명했다."
    )
    earnings = "다온철강, 1분기 매출 1.4% 줄고 영업익 5.2% 감소"
    assert T.TARIFF_CHANGE not in {e.type for e in _events(body, "ko", earnings)}
    assert T.TARIFF_CHANGE in {e.type for e in _events(body, "ko", "美, 철강 25% 관세 부과")}


def test_a_record_in_history_is_no_background() -> None:
    """ "The largest investment in U.S. history" ranks the act; it does not date it."""
    act = "Acme said it plans to invest more than $60 billion in seven chip plants"
    plain = _pledge_score(act + ".")
    assert _pledge_score(act + ", the largest investment in U.S. history.") == plain
    assert _pledge_score(act + ", continuing a history of expansion in Texas.") < plain


def _event(text: str, lang: str, kind: EventType) -> Event | None:
    return next((e for e in _events(text, lang) if e.type is kind), None)


def test_a_dateline_month_is_no_modal() -> None:
    """ "WASHINGTON, May 17": the month May, not the modal that makes an act considered."""
    text = (
        "WASHINGTON, May 17 The United States on Tuesday set final anti-dumping duties of"
        " 45 percent on imports of steel pipe from Vietnam."
    )
    event = _event(text, "en", T.TARIFF_CHANGE)
    assert event is not None and event.status != "considered"
    hedged = _event(
        "The United States may set anti-dumping duties on steel pipe.", "en", T.TARIFF_CHANGE
    )
    assert hedged is None or hedged.status == "considered"


def test_options_a_study_could_recommend_are_hypothetical() -> None:
    # The options sit far from "recommend": only the hedge itself can mark them.
    lead = "The minister told lawmakers "
    options = (
        "the study could recommend three kinds of actions: raising duties above the current"
        " anti-dumping rates on some products, or imposing quotas limiting the volume of steel"
        " exports."
    )
    hedged = "the government could impose quotas limiting the volume of steel exports."
    assert _score("en", T.EXPORT_CONTROL, lead + options) < _score(
        "en", T.EXPORT_CONTROL, lead + hedged
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("상무부는 한국산 강관에 대한 반덤핑관세 부과명령을 철회하지 않기로 결정했다.", False),
        ("상무부는 한국산 강관에 대한 반덤핑관세 부과명령을 철회하기로 결정했다.", True),
    ],
)
def test_deciding_not_to_withdraw_a_measure_changes_nothing(text: str, expected: bool) -> None:
    assert (_event(text, "ko", T.TARIFF_CHANGE) is not None) is expected


def test_taxes_on_imports_are_tariffs() -> None:
    text = (
        "Vietnam will cut taxes on imports of machinery to support manufacturers, officials said."
    )
    assert _event(text, "en", T.TARIFF_CHANGE) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # halting exports or a service is its own type's act, not a reversal of a policy
        (
            "The government's decision to suspend all live sheep exports to the Gulf angered"
            " farmers.",
            False,
        ),
        (
            "The ministry said the decision to suspend mobile phone and internet services was"
            " taken for security reasons.",
            False,
        ),
        # a drop in a level is no dropped policy
        (
            "Beijing will lower the duty on canola to 15 per cent, a drop from current tariff"
            " levels of 84 per cent.",
            False,
        ),
        ("The government decided to suspend the ban on rice exports.", True),
    ],
)
def test_suspending_exports_or_services_and_a_drop_in_a_rate_are_no_reversal(
    text: str, expected: bool
) -> None:
    assert (_event(text, "en", T.POLICY_REVERSAL) is not None) is expected


def test_a_login_outage_is_a_halted_service() -> None:
    text = "오후 9시부터 자정까지 일부 사용자들의 PC버전 로그인이 실패하는 장애가 발생했다."
    assert _event(text, "ko", T.SERVICE_SUSPENSION) is not None


def _score(lang: str, kind: EventType, text: str) -> float:
    """The score of the strongest rule of ``kind`` in ``text`` read as one sentence."""
    lex = load_lexicon(lang)
    assert lex is not None
    tlex = next(t for t in lex.types if t.type is kind)
    hit = match_sentence(lex, tlex, text, (0, len(text)), REF)
    return hit.score if hit is not None else 0.0


@pytest.mark.parametrize(
    ("habit", "act"),
    [
        (
            "State regulators routinely reduce pollution penalties assessed against farms.",
            "State regulators imposed pollution penalties against two farms.",
        ),
        (
            "For years, the agency has levied civil penalties against polluting farms.",
            "On Monday, the agency levied civil penalties against two polluting farms.",
        ),
    ],
)
def test_a_habit_of_fining_is_no_fine(habit: str, act: str) -> None:
    assert _score("en", T.SANCTION_FINE, habit) < _score("en", T.SANCTION_FINE, act)


def test_survey_answers_report_no_act() -> None:
    text = "응답기업의 70%는 미국의 상호관세 15% 부과로 수출이 줄었다고 답했다."
    assert _event(text, "ko", T.TARIFF_CHANGE) is None


def test_a_total_the_lead_states_beats_a_part_in_the_headline() -> None:
    """The headline gives one ministry's part; the lead states the total of the act."""
    body = (
        "국회 예산결산특위는 사흘간 새해 예산안을 심사해 모두 7천120억원의 세출예산을"
        " 삭감하기로 합의했다고 2일 밝혔다."
    )
    event = next(e for e in _events(body, "ko", "국방예산 3천800억 깎아") if e.type is T.BUDGET_CUT)
    assert event.magnitude == Magnitude(value=712000000000, unit="KRW")


def test_lifting_an_export_restriction_is_an_export_control() -> None:
    text = "농식품부는 국산 쌀 수출을 자유화 하는 내용의 시행규칙 개정안을 27일 입법예고했다."
    assert _event(text, "ko", T.EXPORT_CONTROL) is not None


@pytest.mark.parametrize(
    ("lang", "text", "kind", "expected"),
    [
        # round 28: regional currencies and a hedged new level
        (
            "en",
            "The Senate slashed P2.3 billion from the agency's budget on Wednesday.",
            T.BUDGET_CUT,
            Magnitude(value=2300000000, unit="PHP"),
        ),
        (
            "en",
            "Two Otago dairy farms were fined $42,000 for effluent discharges near Dunedin.",
            T.SANCTION_FINE,
            Magnitude(value=42000, unit="NZD"),
        ),
        (
            "en",
            "A Decatur furniture maker is planning a $4 million expansion that will add 30 jobs.",
            T.INVESTMENT_PLEDGE,
            Magnitude(value=4000000, unit="USD"),
        ),
        (
            "en",
            "Ottawa expects Beijing to lower the duty on canola to a combined rate of about 15 per"
            " cent, a drop from current combined tariff levels of 84 per cent.",
            T.TARIFF_CHANGE,
            Magnitude(value=15, unit="%"),
        ),
        # "A를 삭감하고 B를 전액 삭감하는 등 … N원을 깎았다": the amount the list sums up
        (
            "ko",
            "군의회는 홍보비 2억원 중 50%를 삭감하고 축제 예산 5억원을 전액 삭감하는 등 일반회계"
            " 예산 중 31억 4천만원을 깎았다.",
            T.BUDGET_CUT,
            Magnitude(value=3140000000, unit="KRW"),
        ),
        # 당초 편성한 예산안 is what the council cut from; "N%를 삭감," goes on to the next clause
        (
            "ko",
            "구의회 예결위가 당초 구청이 편성한 예산안에서 6.5%를 삭감, 예비비로 돌렸다.",
            T.BUDGET_CUT,
            Magnitude(value=6.5, unit="%"),
        ),
        # the lead states the total of the fines; a later sentence, more certain, fines one party
        (
            "en",
            "The agency said Monday it plans to levy fines totaling nearly $2.4 million against 31"
            " companies in nine states for failing to report emissions before a deadline required"
            " by a new law. Acme Corp's proposed fine was set at $812,000. Beta Inc. was fined"
            " $90,000.",
            T.SANCTION_FINE,
            Magnitude(value=2400000, unit="USD"),
        ),
        # "hefty" is no number word: fines totaling an amount are imposed, not tallied
        (
            "en",
            "The regulators have imposed hefty fines totaling N1.2 billion on eight banks for"
            " breaching currency rules.",
            T.SANCTION_FINE,
            Magnitude(value=1200000000, unit="NGN"),
        ),
        # a list of amounts each party pays starts with the first ("10만원씩, … 150만원")
        (
            "ko",
            "시는 이들 공무원에게 10만원씩, 해당 업소에는 200만원의 과태료를 부과했다.",
            T.SANCTION_FINE,
            Magnitude(value=100000, unit="KRW"),
        ),
        # round 31: "TL" after an amount is the Turkish lira
        (
            "en",
            "The authority imposed an administrative fine of 4,120,500 TL on the company.",
            T.SANCTION_FINE,
            Magnitude(value=4120500, unit="TRY"),
        ),
    ],
)
def test_magnitudes_read_in_session_21(
    lang: str, text: str, kind: EventType, expected: Magnitude
) -> None:
    event = _event(text, lang, kind)
    assert event is not None and event.magnitude == expected


def test_a_cut_stated_as_a_percentage_is_as_specific_as_one_in_money() -> None:
    # The amount rule weighs a stated change in percent as it weighs a sum of money.
    lead = "The provincial cabinet imposed a cut of 22% on the universities' operating grants."
    later = "This reduces the grants to 4 billion rupees from 5.1 billion rupees last year."
    event = _event(f"{lead} {later}", "en", T.BUDGET_CUT)
    assert event is not None and event.rule == "en.budget_cut.amount@1"
    assert event.magnitude == Magnitude(value=22, unit="%")
    # A percent is the cut's when it is a change ("of 22%", "by 22%", "a 22% cut"), not a
    # growth figure beside the verb.
    grew = "The council will reduce the grants, which grew 4% last year."
    assert _event(grew, "en", T.BUDGET_CUT) is None


@pytest.mark.parametrize(
    ("text", "is_tariff"),
    [
        # A levy is a tariff when it falls on trade: imports, exports, goods.
        ("China placed a 25 percent levy on imports of U.S. soybeans on Friday.", True),
        ("The government imposed new levies on foreign-made steel products on Monday.", True),
        ("India raised the export levy on iron ore to 30% on Tuesday.", True),
        # "the levies" standing for tariffs named before
        (
            "The court ruled the tariffs illegal on Friday, striking down the levies imposed "
            "under an emergency law.",
            True,
        ),
        # Local and domestic levies are taxes, not tariffs.
        ("The county will raise its waste collection levies by 4% next year.", False),
        ("The assembly approved a 1 percent levy on all hotel bookings to fund tourism.", False),
        ("Voters approved a $400,000 supplemental school levy on Tuesday.", False),
    ],
)
def test_a_levy_is_a_tariff_only_on_trade(text: str, is_tariff: bool) -> None:
    assert (_event(text, "en", T.TARIFF_CHANGE) is not None) is is_tariff


@pytest.mark.parametrize(
    "text",
    [
        "다만 시청은 일부 언론에서 경전철 계획을 전면 재검토하기로 했다고 한데 대해서는 "
        "그렇지 않다고 부인했다.",
        "도는 터미널 이전 계획을 백지화했다는 소문에 대해 사실이 아니라고 일축했다.",
    ],
)
def test_a_denied_report_of_a_reversal_is_no_reversal(text: str) -> None:
    assert _event(text, "ko", T.POLICY_REVERSAL) is None


def test_trading_during_a_suspension_period_is_no_halt() -> None:
    text = "영업정지 기간 중에 영업을 한 음식점 3곳이 시 합동점검에서 무더기로 적발됐다."
    assert _event(text, "ko", T.SERVICE_SUSPENSION) is None


def test_a_dollar_cut_to_a_library_is_a_budget_cut() -> None:
    text = "The county commission approved a 50,000 dollar cut to the public library on Monday."
    assert _event(text, "en", T.BUDGET_CUT) is not None


def test_jobs_a_plant_is_expected_to_result_in_are_no_speculation() -> None:
    plant = "A furniture maker says it will build a $40 million plant in eastern Tennessee"
    assert _score(
        "en", T.INVESTMENT_PLEDGE, plant + " that is expected to result in 120 jobs."
    ) == (_score("en", T.INVESTMENT_PLEDGE, plant + "."))


def test_plans_that_have_been_scrapped_far_from_their_verb() -> None:
    text = "Plans to roll out parking charges at every council car park have also been scrapped."
    assert _event(text, "en", T.POLICY_REVERSAL) is not None
    older = "Plans to roll out parking charges at every council car park had been scrapped in 2019."
    assert _event(older, "en", T.POLICY_REVERSAL) is None


def test_a_cut_gas_or_power_supply_is_a_halted_service() -> None:
    text = "한파 속에 아파트 1200가구의 난방용 도시가스 공급이 끊어져 주민들이 큰 불편을 겪었다."
    assert _event(text, "ko", T.SERVICE_SUSPENSION) is not None


@pytest.mark.parametrize(
    "text",
    [
        # a suspended jail term is no halted service
        "The court suspended Moreno's 28-day jail sentence.",
        # a promise of no disruption
        "Customers were told to keep banking as usual, ensuring no disruption whatsoever to"
        " their accounts.",
    ],
)
def test_no_halted_service_read_in_round_33(text: str) -> None:
    assert _score("en", T.SERVICE_SUSPENSION, text) == 0.0


# Look-alikes read in session 21's unseen rounds (29-33), each an invented sentence of the shape
# that fired there: none may report its type.
@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # round 28: a scheme defined by what it does
        (
            "ko",
            "할당관세는 기본 관세율을 한시적으로 낮춰 해당 품목의 가격을 낮추는 제도다.",
            T.TARIFF_CHANGE,
        ),
        # round 29
        # shorter opening days are no halted service
        ("en", "The branch library is now closed Sundays and Mondays.", T.SERVICE_SUSPENSION),
        # "the same penalty" is the tariff compared with, not a fine
        (
            "en",
            "Some US products face 25 per cent tariffs, the same penalty the United States"
            " slapped on imported steel in May.",
            T.SANCTION_FINE,
        ),
        # halting loans is the sanction itself, not a reversed policy
        (
            "en",
            "Tokyo said it will add the suspension of new yen loans to its list of sanctions.",
            T.POLICY_REVERSAL,
        ),
        # a safeguard kept as it is changes nothing
        (
            "ko",
            "무역위원회가 중국산 마늘에 긴급관세를 부과하는 세이프가드를 현행대로 유지하기로 했다.",
            T.TARIFF_CHANGE,
        ),
        # a demand headline ending in 해야 is an opinion
        ("ko", '양돈농가 "할당관세 방침 즉각 철회하고 농가 지원책 마련해야"', T.POLICY_REVERSAL),
        # lifting an export restriction is an export-control change, not a reversal
        ("ko", "농식품부는 국산 쌀 수출 규제를 폐지하기로 했다.", T.POLICY_REVERSAL),
        # round 30
        # a bylaw raising the fines anyone may face
        (
            "en",
            "The council voted to toughen its dog bylaw, raising the fines for owners of unlicensed"
            " dogs to $800.",
            T.SANCTION_FINE,
        ),
        (
            "en",
            "A fine of AED1,000 will be issued to any shop that breaks the rule.",
            T.SANCTION_FINE,
        ),
        # a tally of penalties, not one imposed
        (
            "en",
            "The regulator said the amount of canceled corporate penalties stood at 412 billion"
            " won.",
            T.SANCTION_FINE,
        ),
        # a court stopping an order's implementation halts no service
        (
            "en",
            "The High Court stopped implementation of the directive pending a challenge.",
            T.SERVICE_SUSPENSION,
        ),
        # what to do in case of an outage
        ("ko", "방통위, 통신장애 시 이용자 행동요령 공개", T.SERVICE_SUSPENSION),
        # a definition of a scheme
        (
            "ko",
            "할당관세는 물자가 부족할 때 수급 안정을 위해 관세를 내려주는 제도다.",
            T.TARIFF_CHANGE,
        ),
        # a forecast of what a tariff would do
        (
            "ko",
            "미국의 보편관세 부과 땐 대미 수출이 최대 9.5% 감소할 수 있다고 연구원이 밝혔다.",
            T.TARIFF_CHANGE,
        ),
        # round 31
        # a penalty the law sets for anyone
        (
            "en",
            "A first offense is punishable by a $50 fine, with a second costing $100.",
            T.SANCTION_FINE,
        ),
        # a list of earlier penalties
        ("en", "Here's a list of the largest penalties imposed by the regulator.", T.SANCTION_FINE),
        # halting air traffic is a service halt, not a reversed policy
        (
            "en",
            "The government's decision to suspend international air traffic from Monday grounded"
            " the national carrier.",
            T.POLICY_REVERSAL,
        ),
        # a scheme described by what it does
        (
            "ko",
            "조정관세는 세율을 100% 상한 범위에서 올려 적용하는 제도로 국내 산업 보호를 위해"
            " 운영된다.",
            T.TARIFF_CHANGE,
        ),
        # turning down a request to extend a measure reverses nothing
        (
            "ko",
            "무역위원회는 세이프가드 조치를 연장해 달라는 농협의 신청을 받아들이지 않기로 했다.",
            T.POLICY_REVERSAL,
        ),
        # round 33
        # a tariff called a penalty is no fine
        (
            "en",
            "The commission made a preliminary decision to impose a tariff penalty on canned"
            " peaches imported from Greece.",
            T.SANCTION_FINE,
        ),
        # a count of cases going up
        (
            "ko",
            "해외여행객이 수산물을 불법으로 반입하려다 적발돼 과태료를 부과하는 사례가 증가해"
            " 검역을 강화했다.",
            T.SANCTION_FINE,
        ),
        # round 32
        # a fine set for anyone who breaks a rule, however far the fine is from "found"
        (
            "en",
            "Persons found violating the measures taken to contain the outbreak in the emirate"
            " will be imposed with a fine of dirham 20,000.",
            T.SANCTION_FINE,
        ),
        # fines raised for everyone under a law
        ("ko", "이에 따라 폐기물관리법 위반 과태료가 상향 부과된다.", T.SANCTION_FINE),
    ],
)
def test_look_alikes_read_in_session_21(lang: str, text: str, kind: EventType) -> None:
    assert _event(text, lang, kind) is None


def test_a_worried_headline_is_no_question() -> None:
    # "…어쩌나" voices worry about a reported act; a headline ending in "…하나" asks.
    text = "다온요양병원은 경영난을 이유로 어제 문을 닫았다."

    def confidence(title: str) -> float:
        [event] = [e for e in _events(text, "ko", title) if e.type is T.SERVICE_SUSPENSION]
        return event.confidence

    assert confidence("요양병원 돌연 폐업…환자들 '어쩌나'") == confidence(
        "요양병원 돌연 폐업…환자들 발 동동"
    )
    assert confidence("요양병원 돌연 폐업하나") < confidence("요양병원 돌연 폐업…환자들 발 동동")


def test_a_headline_figure_cut_off_yields_to_the_body() -> None:
    # "10억유로" heads a fine of 10억6천만유로; cut, not rounded (6 % off).
    text = "집행위원회는 다온칩에 10억6천만유로의 과징금을 부과했다."
    mag = _magnitude(text, "ko", T.SANCTION_FINE, title="EU, 다온칩에 사상 최대 10억유로 과징금")
    assert mag == Magnitude(value=1_060_000_000, unit="EUR")
    # a figure with other leading digits is another amount
    text = "집행위원회는 다온칩에 15억유로의 과징금을 부과했다."
    mag = _magnitude(text, "ko", T.SANCTION_FINE, title="EU, 다온칩에 사상 최대 10억유로 과징금")
    assert mag == Magnitude(value=1_000_000_000, unit="EUR")


def test_an_act_set_as_the_scene_for_other_news_is_background() -> None:
    # "…할 예정인 가운데": the tariffs frame a market report; "…에 따른 영향 점검": a meeting.
    amid = "오는 6일 두 나라가 고율 관세 부과를 발효할 예정인 가운데 투자심리가 얼어붙었다."
    plain = "오는 6일 두 나라가 고율 관세 부과를 발효한다."
    assert _score("ko", T.TARIFF_CHANGE, amid) < _score("ko", T.TARIFF_CHANGE, plain)
    check = "정부는 다온국의 수출통제 강화 조치에 따른 국내 영향 점검을 위해 회의를 열었다."
    act = "다온국은 반도체 소재의 수출통제 강화 조치를 발표했다."
    assert _score("ko", T.EXPORT_CONTROL, check) < _score("ko", T.EXPORT_CONTROL, act)


def test_a_delivery_ward_closing_is_still_a_halted_service() -> None:
    # "분만" (childbirth) names a service; "30분만에" (in 30 minutes) does not.
    text = "의료진 부족으로 다온병원이 이달부터 분만을 중단했다."
    assert _event(text, "ko", T.SERVICE_SUSPENSION) is not None


def test_a_scheduled_step_held_back_far_from_its_verb_is_a_reversal() -> None:
    text = (
        "국토부는 5일로 예정했던 다온·누리·한빛·새봄·가람 등 5개 시범지구에 대한 "
        "지구지정을 보류한다고 4일 발표했다."
    )
    event = _event(text, "ko", T.POLICY_REVERSAL)
    assert event is not None and "planned_halted" in event.rule


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a fine raised: the amount it now is
        (
            "공정위는 다온죽 가맹본부에 부과한 과징금을 4600만원에서 6000만원으로 올렸다.",
            "ko",
            60_000_000,
        ),
        (
            "공정위는 다온죽 가맹본부에 대한 처분을 재심의해 4천 6백만 원이었던 과징금"
            " 부과액을 30% 올려 6천만 원으로 상향 조정했다.",
            "ko",
            60_000_000,
        ),
        (
            "The regulator raised the penalty on Acme Bank from $2 million to $5 million.",
            "en",
            5_000_000,
        ),
        # a range of fines keeps its first bound
        (
            "법원은 다온건설 등 4개사에 벌금 3000만원에서 1억5000만원까지를 선고했다.",
            "ko",
            30_000_000,
        ),
    ],
)
def test_a_fine_changed_is_the_amount_it_now_is(text: str, lang: str, expected: int) -> None:
    assert _magnitude(text, lang, T.SANCTION_FINE).value == expected


def test_a_target_stops_before_from_and_to_an_amount() -> None:
    text = "The regulator raised the penalty on Acme Bank from $2 million to $5 million."
    event = _event(text, "en", T.SANCTION_FINE)
    assert event is not None and event.target == "Acme Bank"


def test_growth_a_tariff_takes_away_is_no_tariff_rate() -> None:
    # the points belong to growth, not to the tariff
    text = "다온국 관세가 높아지면서 내년 성장률을 0.4%포인트 낮출 것으로 추정됐다."
    assert _score("ko", T.TARIFF_CHANGE, text) == 0.0


def test_a_raise_named_as_the_cause_of_a_fall_is_background() -> None:
    cause = "다온국이 철강 관세를 40%로 인상함에 따라 국내 업체들의 대미 수출이 크게 줄었다."
    act = "다온국이 철강 관세를 40%로 인상했다."
    assert _score("ko", T.TARIFF_CHANGE, cause) < _score("ko", T.TARIFF_CHANGE, act)


def test_a_similar_law_elsewhere_is_background() -> None:
    similar = "A similar law passed by a neighbouring legislature was enjoined by a federal court."
    own = "The state's new law was enjoined by a federal court on Monday."
    assert _score("en", T.POLICY_REVERSAL, similar) < _score("en", T.POLICY_REVERSAL, own)


def test_an_appeal_against_a_fine_in_the_headline_makes_the_fine_background() -> None:
    assert _score("ko", T.SANCTION_FINE, "‘900억 과징금’ 다온마트, 공정위 상대 불복소송 제기") < (
        _score("ko", T.SANCTION_FINE, "공정위, 다온마트에 과징금 900억 부과")
    )


def test_a_shortfall_is_no_cut_s_size() -> None:
    text = (
        "The governor has announced 4 percent cuts in the state budget, effective immediately,"
        " to make up two-thirds of the state's $151 million budget shortfall."
    )
    assert _magnitude(text, "en", T.BUDGET_CUT) == Magnitude(value=4, unit="%")


# Session 24 (rounds 44-48): sentences that state an act, and look-alikes that do not. Entries
# keep the case they were written for in their comments.
ACTS_READ_IN_SESSION_24: list[tuple[str, str, EventType, bool]] = [
    (
        "ko",
        "버스 노조 파업으로 시 외곽을 오가는 12개 노선은 운행되지 않는다고 시는 밝혔다.",
        T.SERVICE_SUSPENSION,
        True,
    ),
    (
        "ko",
        "항공사는 다음 달 말까지 이 노선에서 운항하지 않는다고 밝혔다.",
        T.SERVICE_SUSPENSION,
        True,
    ),
    ("ko", "이 항로는 겨울철에는 하루 한 번밖에 운항하지 않는다.", T.SERVICE_SUSPENSION, False),
    (
        "ko",
        "71번 버스는 공사 구간을 운행하지 않도록 노선을 조정했다.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    (
        "en",
        "The judge drew scrutiny for the number of his decisions reversed by the state"
        " Supreme Court.",
        T.POLICY_REVERSAL,
        False,
    ),
    ("en", "State appeals court throws out town's curfew law", T.POLICY_REVERSAL, True),
    (
        "en",
        "Negotiators of the two countries ended talks on Friday without making major progress"
        " on a range of disputes over tariffs and other measures imposed by both sides.",
        T.TARIFF_CHANGE,
        False,
    ),
    ("en", "Amtrak Pulls Plug On Northern Plains Service", T.SERVICE_SUSPENSION, True),
    (
        "ko",
        "상임위는 다온시가 편성한 내년 예산안 1조2,000억원 중 3억4,500만원을 줄이고"
        " 예비비로 넣었다.",
        T.BUDGET_CUT,
        True,
    ),
    (
        "ko",
        "다온배터리는 2027년까지 3조원 이상을 미국 시장에 독자적으로 투자해 50GWh 이상의"
        " 생산능력을 추가 확보한다는 계획을 세웠다고 12일 밝혔다.",
        T.INVESTMENT_PLEDGE,
        True,
    ),
    (
        "ko",
        "새만금에 투자를 약속한 기업 가운데 입주계약을 마친 기업은 절반에 불과한 것으로 나타났다.",
        T.INVESTMENT_PLEDGE,
        False,
    ),
    (
        "en",
        "Those who are caught smoking in a bar will be fined €2,000, the minister said.",
        T.SANCTION_FINE,
        False,
    ),
    (
        "en",
        "Anyone found dumping rubbish in the park will be fined £500 under the new bylaw.",
        T.SANCTION_FINE,
        False,
    ),
    (
        "en",
        "Drivers caught using a phone at the wheel will be penalised with six points.",
        T.SANCTION_FINE,
        False,
    ),
    (
        "ko",
        "29일로 예정됐던 교육부의 대통령 업무보고가 하루 전 돌연 연기됐다.",
        T.POLICY_REVERSAL,
        False,
    ),
    ("ko", "이날 예정됐던 사전 브리핑도 연기됐다.", T.POLICY_REVERSAL, False),
    (
        "ko",
        "주민들이 단상을 점거하는 바람에 공청회는 시작한 지 30분만에 중단됐다.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    (
        "ko",
        "예산안조정소위는 10일부터 세부적인 증액·삭감 작업을 진행할 방침이다.",
        T.BUDGET_CUT,
        False,
    ),
    (
        "en",
        "The lifeboat rescued two people from an overturned speedboat after it struck rocks"
        " and capsized in the bay on Sunday.",
        T.POLICY_REVERSAL,
        False,
    ),
    (
        "en",
        "In a 20-minute meeting, the years-long effort to build a larger library came to a"
        " sudden halt.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    (
        "en",
        "The driver was taken to hospital after the crash forced the highway's northbound"
        " lanes to be shut for hours.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    (
        "en",
        "The commissioner has the power to fine organisations up to £500,000 for breaches of"
        " the act.",
        T.SANCTION_FINE,
        False,
    ),
    (
        "en",
        "The regulator will now weigh total turnover when deciding penalties to impose on"
        " firms which breach its rules.",
        T.SANCTION_FINE,
        False,
    ),
    (
        "en",
        "A trade pact is a kind of agreement under which two partners significantly reduce or"
        " eliminate customs duties on goods.",
        T.TARIFF_CHANGE,
        False,
    ),
    (
        "ko",
        "다음 달부터 문을 연 채 냉방영업을 하는 매장에 최대 3백만원의 과태료가 부과됩니다.",
        T.SANCTION_FINE,
        False,
    ),
    (
        "en",
        "Violators face fines of $250 for a first and second offense.",
        T.SANCTION_FINE,
        False,
    ),
    ("ko", "과태료 체납시 최고 77% 가산금 부과", T.SANCTION_FINE, False),
]


# Session 24: words that make a sentence's act background, a plan or an attempt.
@pytest.mark.parametrize(
    ("lang", "kind", "cued", "plain"),
    [
        (
            "en",
            T.SANCTION_FINE,
            "Police said 77,000 people have been fined for using phones at the wheel.",
            "Police said the driver has been fined for using a phone at the wheel.",
        ),
        (
            "en",
            T.EXPORT_CONTROL,
            "The chairman said India's recent ban on exports of broken rice could help Thai mills.",
            "The chairman said India's ban on exports of broken rice could help Thai mills.",
        ),
        (
            "ko",
            T.EXPORT_CONTROL,
            "다온국이 수출규제를 발표한 지 정확히 일 년이 지났습니다.",
            "다온국이 수출규제를 발표했습니다.",
        ),
        (
            "ko",
            T.POLICY_REVERSAL,
            "두 나라는 협정 종료의 ‘조건부 연기’ 결정에 따른 후속 조치로 정책 대화를 재개했다.",
            "두 나라는 협정 종료를 ‘조건부 연기’하기로 결정했다.",
        ),
        (
            "en",
            T.BUDGET_CUT,
            "The House on Wednesday rejected the president's plan to eliminate the $420 million"
            " subsidy for public broadcasting.",
            "The House on Wednesday voted to eliminate the $420 million subsidy for public"
            " broadcasting.",
        ),
        (
            "en",
            T.POLICY_REVERSAL,
            "The councillor says she will be tabling amendments at a meeting this morning, to"
            " overturn both decisions.",
            "The council voted this morning to overturn both decisions.",
        ),
        (
            "en",
            T.POLICY_REVERSAL,
            "Those options ranged from scrapping the 50c rental fee to raising other fees.",
            "The council is scrapping the 50c rental fee.",
        ),
        (
            "en",
            T.EXPORT_CONTROL,
            "The premier said it is not clear when the import restriction will be removed.",
            "The premier said the import restriction will be removed.",
        ),
        (
            "ko",
            T.BUDGET_CUT,
            "미국 상원이 대통령의 대외원조 예산 삭감안에 제동을 걸었다.",
            "미국 상원이 대외원조 예산을 삭감했다.",
        ),
        (
            "en",
            T.POLICY_REVERSAL,
            "On Monday, both sides were trying to overturn parts of a lower court order.",
            "On Monday, the appeals court overturned parts of a lower court order.",
        ),
        (
            "en",
            T.TARIFF_CHANGE,
            "The US sought the rollback of Indian tariffs imposed on almonds when the two sides"
            " met.",
            "India imposed tariffs on almonds from the United States.",
        ),
        (
            "en",
            T.SANCTION_FINE,
            "A spokesperson said the main aim of imposing a penalty is to deter breaches.",
            "The regulator imposed a penalty on the broadcaster for breaches.",
        ),
        (
            "ko",
            T.TARIFF_CHANGE,
            "외신은 논의에 정통한 관계자를 인용해 행정부가 다음 달 발표할 관세 부과의 범위를"
            " 좁히고 있다고 전했다.",
            "행정부는 다음 달 관세 부과의 범위를 좁히기로 했다.",
        ),
    ],
)
def test_cues_read_in_session_24(lang: str, kind: EventType, cued: str, plain: str) -> None:
    assert _score(lang, kind, cued) < _score(lang, kind, plain)


@pytest.mark.parametrize(
    "text",
    [
        # "지난해" dates the offence, not the ruling: the court's fine is news
        "대법원 2부는 지난해 6·1 지방선거를 앞두고 선거구민들에게 식사를 제공한 혐의로 기소된"
        " 다온군수에게 벌금 700만원을 선고한 원심을 확정했다.",
        # a candidate named inside the offence is no campaign promise
        "대구지법 형사단독 재판부는 지난해 5월 상대 후보가 불법 선거운동을 한다는 전단을 배포한"
        " 혐의로 기소된 박모 씨에게 벌금 300만원을 선고했다.",
    ],
)
def test_an_offence_s_own_time_and_words_are_no_background(text: str) -> None:
    event = _event(text, "ko", T.SANCTION_FINE)
    assert event is not None and event.confidence >= 0.7


# Session 25 (rounds 49-55): sentences that state an act, and look-alikes that do not.
ACTS_READ_IN_SESSION_25: list[tuple[str, str, EventType, bool]] = [
    # an export duty is a tariff (수출세)
    ("ko", "베트남 정부는 쌀 수출세를 10%로 부과한다고 밝혔다.", T.TARIFF_CHANGE, True),
    # a bus route abolished (폐선)
    (
        "ko",
        "시에 따르면 읍내와 역을 오가는 31번 버스 노선이 다음 달 1일 폐선될 예정이다.",
        T.SERVICE_SUSPENSION,
        True,
    ),
    # an import quarantine measure put back as it was (종전 상태로 환원)
    (
        "ko",
        "농식품부는 캐나다산 쇠고기에 대해 취했던 검역강화 조치를 종전 상태로 환원한다고 밝혔다.",
        T.EXPORT_CONTROL,
        True,
    ),
    # a prosecutor asking the court for a fine is no fine
    (
        "ko",
        "검찰은 결심 공판에서 피고인에게 징역 3년과 벌금 5억원을 선고하고 2억원을 추징해"
        " 달라고 요청했다.",
        T.SANCTION_FINE,
        False,
    ),
    # closing statements at a trial close no service
    (
        "en",
        "The hearing of three activists has been adjourned by a district court for further"
        " closing statements by the defence lawyers.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    # a suspended sentence's term (집행유예 2년,) is no act in its n-th year
    (
        "ko",
        "항소심 재판부는 A씨에게 징역 1년에 집행유예 2년, 벌금 1500만 원을 선고했다.",
        T.SANCTION_FINE,
        True,
    ),
    # a government suspends the effect of its own notice (통보의 효력을 정지)
    (
        "ko",
        "정부는 지난달 발표한 협정 종료 통보의 효력을 정지시키기로 했다고 밝혔다.",
        T.POLICY_REVERSAL,
        True,
    ),
    # the game shutdown system (셧다운제) is a policy, not a halted service
    (
        "ko",
        "정부는 청소년 게임 셧다운제를 폐지할 것이라고 밝혔다.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    # whether to withdraw (철회할 지, 유지할 지) is undecided
    (
        "ko",
        "대통령은 수입 제한 조치를 철회할 지, 계속 유지할 지를 다음 달 결정하겠다고 밝혔다.",
        T.POLICY_REVERSAL,
        False,
    ),
    (
        "en",
        "The government decided to curtail 10% of the expenditure allocated to all ministries.",
        T.BUDGET_CUT,
        True,
    ),
    (
        "en",
        "The government withdrew two controversial ordinances after days of protests.",
        T.POLICY_REVERSAL,
        True,
    ),
    # the demands of others met are no demand on the government
    (
        "en",
        "In a caving-in to the demands of the timber industry, the new government on Friday"
        " dropped plans for a 30 per cent levy on log exports.",
        T.POLICY_REVERSAL,
        True,
    ),
    (
        "en",
        "Responding to weak demand, the carrier announced the suspension of its Gulf, Red Sea"
        " and East Africa (GRE) service, westbound from Busan on 3 May.",
        T.SERVICE_SUSPENSION,
        True,
    ),
    # advice to check for closures, and a road closed for an inspection, halt no service
    (
        "en",
        "The weather service advises drivers to plan journeys carefully, allow extra time, and"
        " check for road closures or public transport delays.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    (
        "en",
        "The bridge road was closed for several hours to facilitate a structural inspection.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    # a site chosen for a plant of a stated cost is an investment
    (
        "en",
        "The carmaker said Tuesday it has selected northern Alabama as the site for a $600"
        " million engine plant.",
        T.INVESTMENT_PLEDGE,
        True,
    ),
    (
        "en",
        "The chipmaker announced it will locate its new $2 billion wafer plant on 400 acres"
        " near the river.",
        T.INVESTMENT_PLEDGE,
        True,
    ),
    # a stop on one's way halts nothing
    (
        "en",
        "Afterward, he stopped at the court clerk's office and turned over a certified check"
        " for the $2.5 million, one of the largest criminal fines ever paid by a contractor.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    # the fine a rule sets for whoever violates it
    (
        "en",
        "The new restrictions, approved by the state Legislature, aim to reduce calls by nearly"
        " doubling the fine for telemarketers violating the registry to $15,000 from the"
        " current $8,000 penalty.",
        T.SANCTION_FINE,
        False,
    ),
    # denying that an act will happen
    (
        "en",
        "The Treasury has denied that its digital services levy will be scrapped after"
        " weekend reports that it would be ditched.",
        T.POLICY_REVERSAL,
        False,
    ),
    # a net cut against the budget a body submitted (제출한 안에 비해 … 순감)
    (
        "ko",
        "상임위를 통과한 내년도 예산안은 당초 시가 제출한 안에 비해 52억원이 순감했다.",
        T.BUDGET_CUT,
        True,
    ),
    # spending withheld (예산 집행을 유보)
    (
        "ko",
        "정부는 세수 부족에 따라 3천억원의 예산 집행을 유보하기로 했다.",
        T.BUDGET_CUT,
        True,
    ),
    # deciding not to restrict imports loosens a restriction; it reverses nothing
    (
        "ko",
        "정부는 내년부터 합판과 양모의 수입을 제한하지 않기로 했다.",
        T.EXPORT_CONTROL,
        True,
    ),
    (
        "ko",
        "정부는 내년부터 합판과 양모의 수입을 제한하지 않기로 했다.",
        T.POLICY_REVERSAL,
        False,
    ),
    # a toll booth turned to the closed-ticket system (폐쇄식) closes nothing
    (
        "ko",
        "이에 따라 개방식으로 운영되던 요금소의 경우 오늘부터는 통행카드를 발급받아 요금을"
        " 치르는 폐쇄식으로 전환됩니다.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    # a line-item veto of an amount is a cut
    (
        "en",
        "The governor signed a $12 billion state budget on Friday after vetoing $150 million,"
        " much of it for roads.",
        T.BUDGET_CUT,
        True,
    ),
    # new duties announced
    (
        "en",
        "Washington on Tuesday announced new import duties on more than $2 billion of steel"
        " wire from Vietnam, saying producers there dumped it on the US market.",
        T.TARIFF_CHANGE,
        True,
    ),
    # fines paid over many occasions are a tally (N회에 걸쳐 … 납부)
    (
        "ko",
        "A사가 12회에 걸쳐 가장 많은 900억원의 과징금을 납부했고, B사는 9회에 걸쳐 300억원을"
        " 각각 납부했다.",
        T.SANCTION_FINE,
        False,
    ),
    # tariffs abolished under a trade plan reverse no policy
    ("ko", "이번 양허안에 따라 공산품 80개 품목의 관세가 폐지된다.", T.POLICY_REVERSAL, False),
    # the export bans a country answers sanctions with are no sanction
    (
        "ko",
        "러시아 정부가 서방의 제재에 맞서 발표한 수출 금지 품목이 모두 300가지로 파악됐다.",
        T.SANCTION_FINE,
        False,
    ),
    # trips or ships held by the weather (N편이 … 통제되고)
    (
        "ko",
        "해운조합은 오늘 운항 예정이던 여객선 가운데 12척, 30편이 기상 악화로 통제되고 있다고"
        " 밝혔다.",
        T.SERVICE_SUSPENSION,
        True,
    ),
    # the most a rule lets anyone be fined (과태료를 최대 N원까지)
    (
        "ko",
        "앞으로 금연구역에서 담배에 불만 붙여도 과태료를 최대 10만 원까지 물게 됩니다.",
        T.SANCTION_FINE,
        False,
    ),
]


def test_an_agreement_s_size_may_follow_in_the_project_cost() -> None:
    """Reporters state an investment agreement first and its cost after it (사업비)."""
    text = (
        "도와 시는 2일 도청에서 한빛에너지와 수소 발전소 건립 투자협약을 체결했다. 발전소는 2027년"
        " 가동이 목표다. 총 사업비는 약 8000억원에 이른다."
    )
    event = _event(text, "ko", T.INVESTMENT_PLEDGE)
    assert event is not None and event.magnitude is not None
    assert event.magnitude.value == 800_000_000_000 and event.magnitude.unit == "KRW"


@pytest.mark.parametrize(
    ("lang", "kind", "title"),
    [
        # "X 벌금형": the headline of a court's fine
        ("ko", T.SANCTION_FINE, "무허가 숙박 영업한 펜션 업주 벌금형"),
        # a quarantine tightening announced, as a headline
        ("ko", T.EXPORT_CONTROL, "대만, 다음 달부터 일본산 수산물 수입 검역 강화 발표"),
    ],
)
def test_headlines_read_in_session_25(lang: str, kind: EventType, title: str) -> None:
    lex = load_lexicon(lang)
    assert lex is not None
    tlex = next(t for t in lex.types if t.type is kind)
    assert title_states(lex, tlex, title, REF)


def test_what_one_must_do_to_halt_a_service_halts_none() -> None:
    """ "중단하려면" (to halt it, one must …) states a condition, not a halt."""
    cued = "위원회는 온라인 서비스를 중단하려면 한 달 전 이용자에게 알려야 한다는 약관을 만들었다."
    plain = "업체는 온라인 서비스를 중단했다."
    assert _score("ko", T.SERVICE_SUSPENSION, cued) < _score("ko", T.SERVICE_SUSPENSION, plain)


def test_asking_that_a_tariff_be_imposed_is_a_demand() -> None:
    text = (
        "100여명의 하원의원들이 자국 산업 보호를 위해 수입 철강제품에 대해 40% 이상의 관세를"
        " 부과하도록 21일 대통령에게 촉구했다."
    )
    assert _event(text, "ko", T.TARIFF_CHANGE) is None


@pytest.mark.parametrize(
    ("lang", "kind", "text", "cue"),
    [
        # "이즈하라)를" is a port, not the imperative "-하라"
        (
            "ko",
            T.SERVICE_SUSPENSION,
            "부산∼이즈하라(쓰시마)를 운항하는 여객선이 다음 주부터 모두 운항 중단된다.",
            "opinion",
        ),
        # "the largest … in history" is a superlative, not background
        (
            "en",
            T.TARIFF_CHANGE,
            "The administration threatened Ruritania on Monday with the largest trade sanctions"
            " in history, imposing punitive tariffs on its cars.",
            "background",
        ),
    ],
)
def test_words_that_only_look_like_a_cue(lang: str, kind: EventType, text: str, cue: str) -> None:
    lex = load_lexicon(lang)
    assert lex is not None
    tlex = next(t for t in lex.types if t.type is kind)
    hit = match_sentence(lex, tlex, text, (0, len(text)), REF)
    assert hit is not None and cue not in hit.cues


def test_a_fine_quashed_and_lowered_is_the_lower_amount() -> None:
    text = "대법원은 원심이 선고한 벌금 80만원을 파기하고 벌금을 50만원으로 낮췄다고 밝혔다."
    event = _event(text, "ko", T.SANCTION_FINE)
    assert event is not None and event.magnitude == Magnitude(value=500_000, unit="KRW")


def test_a_vetoed_amount_is_the_cut_s_size() -> None:
    text = (
        "The governor signed a $12 billion state budget on Friday after vetoing $150 million,"
        " much of it for roads."
    )
    event = _event(text, "en", T.BUDGET_CUT)
    assert event is not None and event.magnitude == Magnitude(value=150_000_000, unit="USD")


@pytest.mark.parametrize("figure", ["8.6", "8.5"])
def test_a_headline_that_drops_the_scale_word_yields_to_the_body(figure: str) -> None:
    """ "$8.6 expansion" in a headline is the body's $8.6 million, not nine dollars ("$8.5" is
    read as 9 too: money rounds half up)."""
    title = f"Tool plant's ${figure} expansion to Western Ohio to bring dozens of jobs"
    body = (
        f"The company plans to invest ${figure} million over the next five years to expand its"
        " headquarters and production operations."
    )
    event = next(
        e for e in _events(f"{title}\n{body}", "en", title) if e.type is T.INVESTMENT_PLEDGE
    )
    assert event.magnitude == Magnitude(value=float(figure) * 1_000_000, unit="USD")


def test_what_a_rule_makes_possible_is_no_fine() -> None:
    """ "과태료 부과가 가능합니다": a rule's reach, not a fine imposed; and the headline of the
    most a rule sets ("과태료 최고 10만 원") states no act."""
    cued = "금연구역에서는 불을 붙이기만 해도 과태료 부과가 가능합니다."
    plain = "보건소는 흡연자에게 과태료를 부과했습니다."
    assert _score("ko", T.SANCTION_FINE, cued) < _score("ko", T.SANCTION_FINE, plain)
    lex = load_lexicon("ko")
    assert lex is not None
    tlex = next(t for t in lex.types if t.type is T.SANCTION_FINE)
    assert not title_states(lex, tlex, "금연구역서 담배에 불만 붙여도 과태료 최고 10만 원", REF)


# Session 26 (the wire-and-BBC rounds, docs/probe/): sentences that state an act, and
# look-alikes that do not.
ACTS_READ_IN_SESSION_26: list[tuple[str, str, EventType, bool]] = [
    # a probe into the legality of a restriction is no restriction
    (
        "en",
        "Officials said the trade body will begin a probe on June 20 into the legality of"
        " Ruritanian import restrictions on rice.",
        T.EXPORT_CONTROL,
        False,
    ),
    # revenue from duties is no tariff act
    (
        "en",
        "Tax receipts fell in the first quarter, with lower revenue from import duties and a"
        " weaker property market.",
        T.TARIFF_CHANGE,
        False,
    ),
    # the previous session's close is a price, not a closure
    (
        "en",
        "Tin ended steady, level with yesterday's 20.10 ringgit a kilo close after a brief"
        " trading session.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    # a company named "… Investments Inc" buying shares pledges no investment
    (
        "en",
        "Its unit, Harrow Investments Inc, bought 1.2 mln shares from the founders for 40 mln"
        " dlrs.",
        T.INVESTMENT_PLEDGE,
        False,
    ),
    # freezing a duty is a tax decision, not a budget freeze
    (
        "en",
        "The chancellor will freeze fuel duty increases this year and fund a 1bn pound"
        " package for councils.",
        T.BUDGET_CUT,
        False,
    ),
    # tariffs of a utility
    (
        "en",
        "The province will raise utilities tariffs by 30% this winter, the regulator said.",
        T.TARIFF_CHANGE,
        False,
    ),
    # firms suspended by a regulator reverse no policy
    (
        "en",
        "In its first month the new code has seen a dozen firms suspended while they change"
        " the way they sell.",
        T.POLICY_REVERSAL,
        False,
    ),
    # airline delays are no delayed decision
    (
        "en",
        "The transport department will go ahead at five airports with a plan to reduce airline"
        " delays.",
        T.POLICY_REVERSAL,
        False,
    ),
    # what a company is said to owe in taxes and fines is no new fine
    (
        "en",
        "The government, which says the oil firm owes more than $3bn in back taxes and fines,"
        " seized its main unit.",
        T.SANCTION_FINE,
        False,
    ),
    # "sanctioned a cut": approved it
    (
        "en",
        "The central bank sanctioned a cut in lending rates to slow the currency's rise.",
        T.SANCTION_FINE,
        False,
    ),
    # suspending interest payments is a debt moratorium, not a halted service
    (
        "en",
        "The finance ministry said it would suspend interest payments on its foreign debt for"
        " the rest of the year.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    # a verdict handed down is no network going down
    (
        "en",
        "Two pirates who traded films over swapping networks have been handed down prison terms in"
        " Ruritania.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    # a trade panel set up to examine a complaint about an export ban
    (
        "en",
        "The council set up a dispute panel to examine a complaint that a Ruritanian law"
        " prohibiting export of raw timber breaks the rules.",
        T.EXPORT_CONTROL,
        False,
    ),
    # a trade boycott of a country takes effect
    (
        "en",
        "Ruritania's trade minister said a trade boycott of Freedonia would take effect from"
        " July 1.",
        T.EXPORT_CONTROL,
        True,
    ),
    # "previously announced plans" are what the withdrawal undoes, not background
    (
        "en",
        "Both companies have agreed to withdraw previously announced plans to issue new shares,"
        " the exchange said.",
        T.POLICY_REVERSAL,
        True,
    ),
    # a split year ("2024/25") is the current season, not a past year
    (
        "en",
        "Ruritania's 2024/25 sugar export quota has been raised by 20,000 tonnes to 150,000"
        " tonnes, the trade ministry said.",
        T.EXPORT_CONTROL,
        True,
    ),
    # export licences approved for one sale are single licences, not a licence regime
    (
        "en",
        "The department said it intends to approve export licences for two firms to sell"
        " turbines to Ruritania.",
        T.EXPORT_CONTROL,
        False,
    ),
    # a company that no longer needs tariff relief reverses nothing
    (
        "en",
        "The motorcycle maker said it no longer needed tariff relief to compete with imports.",
        T.POLICY_REVERSAL,
        False,
    ),
    # a model dropped from a sales programme
    (
        "en",
        "A fifth model was dropped from the program after the rebates expired in April.",
        T.POLICY_REVERSAL,
        False,
    ),
    # a survey's planned investment by a sector is no pledge
    (
        "en",
        "Planned investment by retail businesses is set to rise 6 pct next year, a survey found.",
        T.INVESTMENT_PLEDGE,
        False,
    ),
    # a company cutting money from its profit targets cuts no budget
    (
        "en",
        "The developer cut A$41m from profit targets for three arena projects in Leeds.",
        T.BUDGET_CUT,
        False,
    ),
    # stopping a government selling off a unit halts no sales to the public
    (
        "en",
        "The oil firm went to court in an attempt to stop the government selling off its main"
        " production unit.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    # a plan to stop treating patients, suspended, is a reversal, not a halted service
    (
        "en",
        "The clinic has suspended its plan to stop treating out-of-area patients this winter.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    # a company's plan to build a plant is an investment pledge, with or without a sum
    (
        "en",
        "The carmaker has announced that it plans to build a second plant in Ruritania to meet"
        " growing demand.",
        T.INVESTMENT_PLEDGE,
        True,
    ),
]


# Session 27 (extraction over every story of the two wire-and-BBC corpora, read by kind and
# count, never the probe's rounds): look-alikes that recur in financial copy, and acts next
# to them that must still fire.
ACTS_READ_IN_SESSION_27: list[tuple[str, str, EventType, bool]] = [
    # a note issue's subscription period and its closing date
    (
        "en",
        "Subscriptions for the notes close on May 9 and payment is due May 23.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    ("en", "The payment and closing date for the paper is June 2.", T.SERVICE_SUSPENSION, False),
    # a market's daily close
    (
        "en",
        "Ruritanian bond yields eased at the close of trading on Tuesday.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    (
        "en",
        "Deposit rates in Ruritania closed slightly firmer in thin trading, dealers said.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    (
        "en",
        "Wheat futures closed mixed in choppy trading as rain eased crop fears, brokers said.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    (
        "en",
        "The closed end fund approved payment of 6 cts a share, payable June 1.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    # "close" the adjective, and the end of a period
    (
        "en",
        "The mayor said the council vote on the bridge was very close.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    (
        "en",
        "Quarter-end tax payments were drawing to a close, which eased demand for cash.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    ("en", "The June contract ceases trading on June 14.", T.SERVICE_SUSPENSION, False),
    # debt service and dividends are payments, not a service people use
    (
        "en",
        "Ruritania said it was suspending payments on its foreign debt to commercial banks.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    (
        "en",
        "The chemicals maker suspended indefinitely payment of its quarterly dividend.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    # a military strike, and a plant idled for inventory
    (
        "en",
        "The admiral said the U.S. strike on the oil platform was a measured response.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    (
        "en",
        "The carmaker said its truck plant in Ohio will be closed for two weeks to trim stocks.",
        T.SERVICE_SUSPENSION,
        False,
    ),
    # still acts: a power plant shut by its regulator, a port closed, trading halted
    (
        "en",
        "The nuclear plant has been shut down by regulators after a safety lapse.",
        T.SERVICE_SUSPENSION,
        True,
    ),
    (
        "en",
        "The port of Ruritania was closed after a tanker ran aground, officials said.",
        T.SERVICE_SUSPENSION,
        True,
    ),
    (
        "en",
        "The stock exchange halted trading in the bank's shares on Monday.",
        T.SERVICE_SUSPENSION,
        True,
    ),
    # a stake bought "for investment purposes", firms named for investment, credit and accounts
    (
        "en",
        "The investor said he bought the stock for 1.2 mln dlrs solely for investment purposes.",
        T.INVESTMENT_PLEDGE,
        False,
    ),
    (
        "en",
        "The miner sold 12 mln dlrs of shares to a group of investment dealers.",
        T.INVESTMENT_PLEDGE,
        False,
    ),
    (
        "en",
        "The bank is seeking a 40 mln dlr committed credit facility from a syndicate.",
        T.INVESTMENT_PLEDGE,
        False,
    ),
    (
        "en",
        "The insurer reported a loss on other investments of 3 mln dlrs.",
        T.INVESTMENT_PLEDGE,
        False,
    ),
    # still an act: capital to build
    (
        "en",
        "The brewer said it will invest 40 mln dlrs in a new bottling plant in Texas.",
        T.INVESTMENT_PLEDGE,
        True,
    ),
    # accounting reversals, reverse stock splits, a routine tender, courts on lawsuits
    ("en", "Net includes a reversal of tax credits of 300,000 dlrs.", T.POLICY_REVERSAL, False),
    (
        "en",
        "The retailer said it plans a one-for-ten reverse stock split.",
        T.POLICY_REVERSAL,
        False,
    ),
    (
        "en",
        "The monetary authority has postponed its regular weekly bill tender until Thursday.",
        T.POLICY_REVERSAL,
        False,
    ),
    (
        "en",
        "The appeals court overturned a lower court decision that had cut the company's bond.",
        T.POLICY_REVERSAL,
        False,
    ),
    (
        "en",
        "The court threw out Smith's suit challenging the new rules on Monday.",
        T.POLICY_REVERSAL,
        False,
    ),
    # still an act: a government scrapping its own plan
    ("en", "The government scrapped its plan to sell the state railway.", T.POLICY_REVERSAL, True),
    # paying down debt, the Lower House, a deficit cut
    (
        "en",
        "The retailer said the funds raised would be used to cut borrowings.",
        T.BUDGET_CUT,
        False,
    ),
    (
        "en",
        "The minister told the Lower House budget committee that growth would slow.",
        T.BUDGET_CUT,
        False,
    ),
    (
        "en",
        "House budget drafters backed a package to cut the fiscal 1989 deficit by 25 billion dlrs.",
        T.BUDGET_CUT,
        False,
    ),
    # exports stopped by an earthquake or a broken pipeline: no rule changed
    (
        "en",
        "Ruritania halted its copper exports indefinitely due to an earthquake on Sunday.",
        T.EXPORT_CONTROL,
        False,
    ),
    (
        "en",
        "The country had to suspend oil exports for three months as a result of damage to its"
        " main pipeline.",
        T.EXPORT_CONTROL,
        False,
    ),
    # still an act: a government halting exports to support prices
    (
        "en",
        "Ruritania suspended its lemon exports from Thursday to support prices.",
        T.EXPORT_CONTROL,
        True,
    ),
    # still acts: a programme cut, capital put into rail lines, a strike at a carmaker
    (
        "en",
        "Funding for the debt relief programme was cut by 30 pct, the ministry said.",
        T.BUDGET_CUT,
        True,
    ),
    (
        "en",
        "The ministry set aside 5 billion dlrs as investment for new rail lines.",
        T.INVESTMENT_PLEDGE,
        True,
    ),
    (
        "en",
        "The union said the U.S. strike against General Motors plants would continue.",
        T.SERVICE_SUSPENSION,
        True,
    ),
    # still an act: a spending cut, with the deficit as its reason
    (
        "en",
        "The government cut health spending by 2 billion dlrs to reduce the deficit.",
        T.BUDGET_CUT,
        True,
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "word"),
    [
        # wordings that fire only inside an article: the word is masked as a look-alike
        (
            T.SERVICE_SUSPENSION,
            "The call covers balances as of close of business yesterday.",
            "close",
        ),
        (T.SERVICE_SUSPENSION, "The index rose 8 points above Friday's record close.", "close"),
        (T.SERVICE_SUSPENSION, "He expects a close vote on the farm bill today.", "close"),
        (
            T.SERVICE_SUSPENSION,
            "He said the suspension by Ruritania of its foreign debt payments is temporary.",
            "suspension",
        ),
        (T.SERVICE_SUSPENSION, "Stop and Shop Cos Inc said February sales rose.", "Stop"),
        (T.BUDGET_CUT, "Cut to CCC from B-minus were the company's debentures.", "Cut"),
        (T.BUDGET_CUT, "The company's debentures were cut to CCC.", "cut"),
    ],
)
def test_financial_wordings_are_masked_as_look_alikes(
    kind: EventType, text: str, word: str
) -> None:
    lex = load_lexicon("en")
    assert lex is not None
    tlex = next(t for t in lex.types if t.type is kind)
    assert tlex.lookalike is not None
    at = text.index(word)
    assert any(m.start() <= at < m.end() for m in tlex.lookalike.finditer(text))


@pytest.mark.parametrize(
    ("kind", "rule", "text", "word"),
    [
        # a look-alike that ends on a figure reads the whole figure: the wrapper's word
        # boundary after a lone first digit had let "close of 422.60" and "$50" through
        (T.SERVICE_SUSPENSION, "trigger", "up from the overnight close of 422.60 dlrs", "close"),
        (T.POLICY_REVERSAL, "trigger", "Investors withdrew $50 million in March.", "withdrew"),
        (
            T.SERVICE_SUSPENSION,
            "outage",
            "The index went down 12.5 points after the crash.",
            "down",
        ),
    ],
)
def test_a_rule_look_alike_ending_on_a_figure_reads_all_of_it(
    kind: EventType, rule: str, text: str, word: str
) -> None:
    lex = load_lexicon("en")
    assert lex is not None
    tlex = next(t for t in lex.types if t.type is kind)
    found = next(r for r in tlex.rules if r.rule_id == f"en.{kind.value}.{rule}@1")
    assert found.lookalike is not None
    at = text.index(word)
    assert any(m.start() <= at < m.end() for m in found.lookalike.finditer(text))


@pytest.mark.parametrize(
    ("lang", "text", "kind", "fires"),
    [
        *ACTS_READ_IN_SESSION_24,
        *ACTS_READ_IN_SESSION_25,
        *ACTS_READ_IN_SESSION_26,
        *ACTS_READ_IN_SESSION_27,
    ],
)
def test_acts_and_look_alikes_read_from_real_news(
    lang: str, text: str, kind: EventType, fires: bool
) -> None:
    # Session 24's fine for whoever breaks a rule: the veto had matched only the bare word "fine".
    assert (_event(text, lang, kind) is not None) is fires


@pytest.mark.parametrize(
    ("kind", "text", "cue"),
    [
        # "U.S. May be": wire copy capitalises the word after "U.S."; still the modal
        (
            T.EXPORT_CONTROL,
            "Officials say the U.S. May be able to lift trade sanctions against Ruritania by June.",
            "modal",
        ),
        (
            T.SANCTION_FINE,
            "The president is thinking of imposing a penalty on the banks.",
            "speculation",
        ),
        (
            T.POLICY_REVERSAL,
            '"We expect that the high court will reverse this unjust decision," he said.',
            "speculation",
        ),
        (
            T.TARIFF_CHANGE,
            "The minister denied the possibility of any tariff increase on steel.",
            "denial",
        ),
        (
            T.BUDGET_CUT,
            "The institute attributed the drop to stricter tax rules and reduced funding from the"
            " lottery.",
            "cause_clause",
        ),
        (
            T.POLICY_REVERSAL,
            "He opposed efforts by some senators to back away from the deficit targets.",
            "attempt",
        ),
        (
            T.EXPORT_CONTROL,
            "Washington will also press Tokyo to eliminate import quotas on citrus by April.",
            "demand",
        ),
        # what talks are about, or fail to agree on, is no act (commodity-quota talks above all)
        (
            T.EXPORT_CONTROL,
            "Council talks on reintroducing new cocoa export quotas went on late into the night.",
            "negotiation_aim",
        ),
        (
            T.EXPORT_CONTROL,
            "The board could call a special session by May to discuss new export quotas for tea.",
            "negotiation_aim",
        ),
        (
            T.EXPORT_CONTROL,
            "The failure of producing and consuming countries to agree export quotas sent prices"
            " lower.",
            "negotiation_aim",
        ),
        (
            T.EXPORT_CONTROL,
            "The ministry has not yet set a car export quota for the new maker.",
            "undecided",
        ),
        # a party, not the government, saying what it would do
        (
            T.BUDGET_CUT,
            '"The Tories are committed to cutting public spending by 20bn pounds," he said.',
            "party_pledge",
        ),
        (
            T.POLICY_REVERSAL,
            "Plans to abolish 90 agencies have been unveiled by the Liberal Democrats.",
            "party_pledge",
        ),
        # a restriction that stands is no change
        (
            T.EXPORT_CONTROL,
            "Ruritania currently restricts imports of 14 kinds of fruit.",
            "standing_state",
        ),
        (
            T.EXPORT_CONTROL,
            "Import quotas maintained by the U.S. on sugar and peanuts restrict exports from its"
            " neighbours.",
            "standing_state",
        ),
        (
            T.TARIFF_CHANGE,
            "Ruritania has already imposed higher tariffs on chips imported from Freedonia.",
            "already_done",
        ),
    ],
)
def test_cues_read_in_session_26(kind: EventType, text: str, cue: str) -> None:
    lex = load_lexicon("en")
    assert lex is not None
    tlex = next(t for t in lex.types if t.type is kind)
    hit = match_sentence(lex, tlex, text, (0, len(text)), REF)
    assert hit is not None and cue in hit.cues


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a closure decided today is no price "close"
        (
            "Today's decision to close the hospital's emergency ward was taken by the health"
            " board.",
            T.SERVICE_SUSPENSION,
        ),
        # a party reacting to an act does not make the act a party's pledge
        (
            "The government has scrapped the plan, and the Tories said it was a humiliating"
            " U-turn.",
            T.POLICY_REVERSAL,
        ),
        # cuts made in an effort to save are acts, not attempts
        (
            "As part of efforts to cut costs, the council cut the library budget by $2m on Monday.",
            T.BUDGET_CUT,
        ),
        # a halt under way is no standing restriction
        ("Airlines are currently suspending flights to the island.", T.SERVICE_SUSPENSION),
    ],
)
def test_acts_beside_the_session_26_look_alikes_stay_plain(text: str, kind: EventType) -> None:
    event = _event(text, "en", kind)
    assert event is not None and event.confidence >= 0.85


LEAD = (
    "Harlow Steel said quarterly profit rose 12 percent. Sales were strong in Europe. "
    "The company hired 300 workers in Ohio. "
)


@pytest.mark.parametrize(
    ("type_", "act"),
    [
        (T.TARIFF_CHANGE, "The government raised tariffs on imported steel."),
        (T.POLICY_REVERSAL, "The city council scrapped its plan to close the library."),
    ],
)
def test_a_lone_tariff_or_reversal_deep_in_the_body_is_context(type_: EventType, act: str) -> None:
    # Named once, deep in a story about something else, a tariff or a U-turn is mostly
    # another story's context; in the lead it is the news.
    assert type_ not in _types(LEAD + act, "en")
    assert type_ in _types(act + " " + LEAD, "en")


@pytest.mark.parametrize(
    ("lang", "title", "text", "type_"),
    [
        # a regulator's running total over a government's term is a tally, not a fine
        (
            "ko",
            "한빛 정부 2년 6개월간 공정거래법 위반 과징금·과태료 2100억원",
            "한빛 정부 출범 이후 공정거래법 위반 사업자를 대상으로 총 2100억 원의 과징금이"
            " 부과된 것으로 나타났다. 공정위는 지난 2년 6개월간 불공정 행위 근절에 주력했다고"
            " 밝혔다. 특히 대형 플랫폼 기업에 총 900억 원의 과징금을 부과했다.",
            T.SANCTION_FINE,
        ),
        (
            "en",
            "Regulator fines rise",
            "The Fair Trade Commission levied 550.2 billion won in fines in 2024, up 26.5"
            " percent year-on-year. The number of sanctions increased from 111 to 124.",
            T.SANCTION_FINE,
        ),
        # a bank closed because it ran out of cash is halted, not punished
        (
            "ko",
            "",
            "금융위원회는 22일 임시회의를 열고 예금인출 사태에 따른 유동성 위기로 휴업에 들어간"
            " 한빛저축은행을 부실금융기관으로 결정하고, 6개월간 영업정지 조치를 내렸다.",
            T.SANCTION_FINE,
        ),
        # one more licence for a listed material is a routine grant, no change of the regime
        (
            "ko",
            "한빛국 정부, 감광액 두번째 수출 허가",
            "한빛국 정부가 지난달 수출규제 품목으로 발표한 감광액의 수출 신청 1건을 추가로"
            " 허가한 것으로 19일 알려졌다.",
            T.EXPORT_CONTROL,
        ),
        # strikes suspended leave the trains running
        (
            "en",
            "Train strikes suspended out of respect for the late bishop",
            "Strike action on the trains planned for Thursday will not now go ahead. A"
            " spokesperson said the operator welcomed the decision.",
            T.SERVICE_SUSPENSION,
        ),
        # an agency named a Service is no service people use
        (
            "en",
            "",
            "Officials maintained evacuations and a U.S. Forest Service area closure through"
            " Oct. 22 as the fire spread.",
            T.SERVICE_SUSPENSION,
        ),
    ],
)
def test_tallies_insolvency_routine_licences_and_called_off_strikes(
    lang: str, title: str, text: str, type_: EventType
) -> None:
    assert type_ not in _article_types(title, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "type_", "found"),
    [
        # the same words around a real act keep it
        (
            "ko",
            "공정거래위원회는 지난 3년간 가격을 담합한 5개 업체에 과징금 100억원을 부과한다고"
            " 2일 밝혔다.",
            T.SANCTION_FINE,
            True,
        ),
        (
            "ko",
            "금융위원회는 한빛저축은행에 6개월간 영업정지 조치를 내렸다.",
            T.SERVICE_SUSPENSION,
            True,
        ),
        (
            "en",
            "A strike suspended all train services on Monday, the operator said.",
            T.SERVICE_SUSPENSION,
            True,
        ),
        # sanctions put on a regulator's agenda are formally considered
        (
            "ko",
            "한빛정보위원회가 개인정보 유출 사고를 빚은 한빛통신에 대한 제재를 오는 27일 회의"
            " 안건으로 상정했다.",
            T.SANCTION_FINE,
            True,
        ),
        # overseas direct purchases (해외 직구) barred or freed are an import rule
        (
            "ko",
            "정부는 6월부터 안전 인증이 없는 80개 품목의 해외 직구를 금지한다고 16일 밝혔다.",
            T.EXPORT_CONTROL,
            True,
        ),
        (
            "ko",
            "정부가 해외 직접 구매 규제 방침을 발표 사흘 만에 사실상 철회했다.",
            T.EXPORT_CONTROL,
            True,
        ),
        # a budget that shrank from one stated sum to less (지난해 marks the old level there,
        # not background)
        (
            "ko",
            "시민단체 지원 예산이 지난해 120억 원에서 올해 40억 원으로 줄었다.",
            T.BUDGET_CUT,
            True,
        ),
        (
            "ko",
            "정부의 공익활동 지원사업비가 지난해 1백억 원에서 올해는 절반 수준으로 줄어들게"
            " 됐습니다.",
            T.BUDGET_CUT,
            True,
        ),
        # a council's budget committee striking items whole
        ("ko", "시의회는 예결위를 다시 열어 2개 안건을 심사해 전액 삭감했다.", T.BUDGET_CUT, True),
        # a strike that shuts down a city's public transport
        (
            "en",
            "New Yorkers walked to work as the transit workers union shut down the city's public"
            " transportation system.",
            T.SERVICE_SUSPENSION,
            True,
        ),
        # "a rule that would have required" describes what was rescinded; it is no hedge
        (
            "en",
            "Facing eight lawsuits and opposition from hundreds of universities, the"
            " administration on Tuesday rescinded a rule that would have required foreign"
            " students to leave the country if their classes moved online.",
            T.POLICY_REVERSAL,
            True,
        ),
        # a court stopping a government from ending a policy blocks that decision
        (
            "en",
            "A federal judge in Louisiana on Friday temporarily stopped the administration from"
            " ending Title 42, the pandemic-era border management policy that let officials"
            " expel migrants.",
            T.POLICY_REVERSAL,
            True,
        ),
        # spending reported, exports shrinking: no budget cut
        (
            "ko",
            "예산 집행 실적은 지난해 100억 원에서 올해 50억 원으로 줄었다.",
            T.BUDGET_CUT,
            False,
        ),
        (
            "ko",
            "한빛시의 관광 수출액이 지난해 100억 원에서 올해 50억 원으로 줄었다.",
            T.BUDGET_CUT,
            False,
        ),
        # a market-wide short-selling ban halts a kind of trading
        (
            "ko",
            "금융위원회는 13일 임시 회의를 열고 전체 상장종목에 공매도를 금지하기로 의결했다.",
            T.SERVICE_SUSPENSION,
            True,
        ),
        (
            "ko",
            "오는 6일부터 코스피, 코스닥 전 종목 공매도가 내년 6월 30일까지 금지된다.",
            T.SERVICE_SUSPENSION,
            True,
        ),
        # ... naked short selling is banned by law all along
        ("ko", "무차입 공매도는 현행법상 금지돼 있다.", T.SERVICE_SUSPENSION, False),
        # 장애 학생 are disabled students, no outage (a broadcast script's wrapped lines)
        (
            "ko",
            "한빛도의회 예산결산특별위원회에서 \n김다온 교육의원은 \n올해 본예산 심의에서"
            " 내부유보금으로 돌렸던 \n장애 학생들을 위한 \n종합교육지원센터 예산 171억원을"
            " \n교육청이 전액 삭감한 것은 \n도의회의 예산심의권을 무시한 것이라고 \n"
            "주장했습니다.",
            T.SERVICE_SUSPENSION,
            False,
        ),
        # a year's fines in total are a tally
        (
            "en",
            "The Fair Trade Commission has levied fines on enterprises totaling 913.8 billion won"
            " so far this year, an all-time high on a yearly basis.",
            T.SANCTION_FINE,
            False,
        ),
        # ferries and flights "controlled" by a storm warning are halted
        (
            "ko",
            "서해상에 발효된 풍랑주의보로 인해 인천과 도서지역을 잇는 여객선 운항이 일부 통제됐다.",
            T.SERVICE_SUSPENSION,
            True,
        ),
        # a bus route abolished (폐선) ...
        ("ko", "또 9202번은 폐선하고, 300번은 노선을 단축할 계획이다.", T.SERVICE_SUSPENSION, True),
        # ... but the land of a disused railway is no halt
        ("ko", "폐선 부지를 공원으로 만드는 사업이 시작됐다.", T.SERVICE_SUSPENSION, False),
        # sales halted and recalled is one act, no list of nouns
        (
            "ko",
            "식품의약품안전처는 무등록 업체가 제조한 한빛주 제품을 판매 중단 및 회수 조치한다고"
            " 밝혔다.",
            T.SERVICE_SUSPENSION,
            True,
        ),
        # a sum a company decided to invest, stated in the body
        (
            "ko",
            "한빛제철은 철강 경쟁력을 높이기 위해 설비를 늘린다. 업계는 환영했다. 노조도 반겼다."
            " 한빛제철은 이를 위해 2030년까지 향후 5년간 13조5천억원, 연평균 2조7천억원을"
            " 투자키로 했다.",
            T.INVESTMENT_PLEDGE,
            True,
        ),
        # a company putting its redesigned feature back as it was reverses its decision
        (
            "ko",
            "이용자들의 혹평이 잇따르자 한빛톡이 결국 새롭게 내놓은 ‘친구’ 탭을 원상태로"
            " 되돌리기로 했다.",
            T.POLICY_REVERSAL,
            True,
        ),
        # increases "within the range of the cuts" leave the cuts standing
        (
            "ko",
            "수정 예산안은 정부 원안에서 4조 3천억 원이 감액됐고, 감액한 범위 내에서 증액해"
            " 총지출 규모가 정부안을 넘지 않았다.",
            T.BUDGET_CUT,
            True,
        ),
        # a business suspension under consideration is a sanction considered, no halt yet
        (
            "ko",
            "개인정보를 유출해 논란을 일으킨 한빛마켓에 대해 정부가 영업정지를 검토하고 있다.",
            T.SANCTION_FINE,
            True,
        ),
        (
            "ko",
            "개인정보를 유출해 논란을 일으킨 한빛마켓에 대해 정부가 영업정지를 검토하고 있다.",
            T.SERVICE_SUSPENSION,
            False,
        ),
        # a direct-purchase figure is no rule
        (
            "ko",
            "해외 직구 규모가 지난해 6조원을 넘어섰다. 업계는 규제가 필요하다고 주장했다.",
            T.EXPORT_CONTROL,
            False,
        ),
        # "there are no services" on a line is a halt
        (
            "en",
            "Southwest Rail is warning there are no services at all this evening on the Valley and"
            " Harbour lines to or from London Bridge.",
            T.SERVICE_SUSPENSION,
            True,
        ),
        # rounds k6-k9 (session 32)
        # a suit filed against a fine is no new fine
        (
            "ko",
            "한빛페이는 지난달 개인정보위원회의 과징금 부과 처분과 시정명령에 대한 불복 소송을"
            " 제기했다.",
            T.SANCTION_FINE,
            False,
        ),
        # a sum left out before (…않았던) and now raised is no cut; nor one cut before (…됐던)
        (
            "ko",
            "정부 예산안에 한 푼도 반영되지 않았던 청년수당 예산이 상임위에서 300억 원으로"
            " 증액됐다.",
            T.BUDGET_CUT,
            False,
        ),
        (
            "ko",
            "예산소위에서 전액 삭감됐던 한빛청 예산은 여야 합의로 일부가 증액됐다.",
            T.BUDGET_CUT,
            False,
        ),
        ("ko", "정부는 내년 청년수당 예산을 한 푼도 반영하지 않았다.", T.BUDGET_CUT, True),
        # a company putting back the earlier version of its screen reverses its redesign ...
        (
            "ko",
            "한빛톡은 이용자 불만이 이어지자 기존 대화 목록 화면을 앱의 첫 화면으로 복원한다고"
            " 밝혔다.",
            T.POLICY_REVERSAL,
            True,
        ),
        # ... a restored building is no reversal
        (
            "ko",
            "한빛시는 훼손된 기존 성곽을 원래 모습으로 복원한다고 밝혔다.",
            T.POLICY_REVERSAL,
            False,
        ),
        # an export licence policy switched from denial to case-by-case review
        (
            "ko",
            "한빛국 상무부가 발표한 규정에 따르면 첨단 반도체에 대한 수출 허가 정책은 기존의"
            " 원칙적 불허에서 건별 심사 방식으로 전환된다.",
            T.EXPORT_CONTROL,
            True,
        ),
        # a flight suspension ordered as a penalty
        (
            "ko",
            "국토교통부는 착륙 사고를 낸 한빛항공에 운항정지 30일 처분을 내렸다.",
            T.SANCTION_FINE,
            True,
        ),
        # a court dismissing the appeal against a penalty rules on it
        (
            "ko",
            "서울고법 행정2부는 한빛항공이 국토교통부 장관을 상대로 운항정지 처분을 취소해"
            " 달라며 낸 소송의 항소심에서 한빛항공의 항소를 기각했다.",
            T.SANCTION_FINE,
            True,
        ),
        ("ko", "재판부는 피고인의 항소를 기각했다.", T.SANCTION_FINE, False),
        # a company putting off the launch it had scheduled postpones its plan
        (
            "ko",
            "한빛소프트는 차세대 AI 모델의 출시 일정을 내년으로 미뤘다.",
            T.POLICY_REVERSAL,
            True,
        ),
        # a policy moved from fines to support is no fine
        (
            "ko",
            "한빛부는 일회용품 관리 정책을 과태료 부과에서 자발적 참여 지원으로 전환하겠다고"
            " 밝혔다.",
            T.SANCTION_FINE,
            False,
        ),
        # a product pulled days after its launch: the plan reversed, the sales halted
        (
            "ko",
            "한빛제약이 편의점에 건강식품을 출시한지 5일만에 돌연 철수를 결정했다.",
            T.POLICY_REVERSAL,
            True,
        ),
        (
            "ko",
            "한빛제약이 편의점에 건강식품을 출시한지 5일만에 돌연 철수를 결정했다.",
            T.SERVICE_SUSPENSION,
            True,
        ),
        # every country tightening import curbs is a trend, no act
        (
            "ko",
            "저가 공세에 맞서 세계 각국이 자국 철강산업 보호를 위한 수입 제한 조치를"
            " 강화하고 있다.",
            T.EXPORT_CONTROL,
            False,
        ),
        # a slow login is no halt
        (
            "ko",
            "연휴가 지나고 이체가 몰리면서 일부 뱅킹 앱에서 접속지연 현상이 벌어졌다.",
            T.SERVICE_SUSPENSION,
            False,
        ),
        # a tax rate put back where it was is a reversal
        ("ko", "정부는 법인세율을 되돌리기로 했다.", T.POLICY_REVERSAL, True),
        # a court siding with the firms that sued to cancel their fines
        (
            "ko",
            "서울고법은 한빛제강 등이 과징금 부과를 취소해달라며 공정위를 상대로 낸 소송에서"
            " 업체들의 손을 들어줬다.",
            T.SANCTION_FINE,
            True,
        ),
        # a past perfect closing the clause before the act is not the act's tense ...
        (
            "ko",
            "석 달 만에 가입자 3만 명을 모았었는데, 어제 한빛앱이 갑자기 서비스를 종료했다.",
            T.SERVICE_SUSPENSION,
            True,
        ),
        # ... the act's own past perfect still marks it as earlier
        ("ko", "한빛앱은 서비스를 종료했었다.", T.SERVICE_SUSPENSION, False),
        # a tariff that triples or quadruples moves to the rate it names
        (
            "en",
            "Tariffs on imported bicycles will quadruple, from 10 percent to 40 percent.",
            T.TARIFF_CHANGE,
            True,
        ),
        # a line's new stops are stations, no halt
        (
            "en",
            "The extended route has six new stops, just under 8 km of new track.",
            T.SERVICE_SUSPENSION,
            False,
        ),
        # storms that knock out power, or leave homes without it, halt a utility
        (
            "en",
            "Ferocious winds blew roofs off homes and knocked out power to thousands.",
            T.SERVICE_SUSPENSION,
            True,
        ),
        ("en", "The storm left more than 200,000 homes without power.", T.SERVICE_SUSPENSION, True),
        # reversing a trend is no reversal of a decision
        (
            "en",
            "The ban is aimed at reversing a disturbing increase in vaping among young people.",
            T.POLICY_REVERSAL,
            False,
        ),
        # a court halting the enforcement of a rule halts no service
        (
            "en",
            "The judge issued a court order for a nationwide halt to enforcement of a rule"
            " requiring asylum-seekers to apply for asylum.",
            T.SERVICE_SUSPENSION,
            False,
        ),
        # compensation owed for cancelled trips: the offence behind a fine, not a halt
        (
            "en",
            "The regulator imposed a penalty on the airline for not paying compensation to"
            " travellers for cancelled flights.",
            T.SERVICE_SUSPENSION,
            False,
        ),
        (
            "en",
            "The carrier cancelled flights to the island on Monday.",
            T.SERVICE_SUSPENSION,
            True,
        ),
        # what a law charges on a violation ("위반 시") is a rule for anyone, not a fine imposed
        (
            "ko",
            "과태료 미납 시 가산금이 부과된다.",
            T.SANCTION_FINE,
            False,
        ),
        (
            "ko",
            "시는 쓰레기를 무단 투기한 업체에 과태료 100만원을 부과했다.",
            T.SANCTION_FINE,
            True,
        ),
        # a company expanding its production lines (설비 증설) builds: an investment
        (
            "ko",
            "한빛소재는 이차전지 소재 설비 증설을 진행한다고 밝혔다.",
            T.INVESTMENT_PLEDGE,
            True,
        ),
        ("ko", "한빛소재는 올해 양극재 생산라인 증설에 나선다.", T.INVESTMENT_PLEDGE, True),
        ("ko", "한빛소재는 설비 증설을 검토하고 있다.", T.INVESTMENT_PLEDGE, False),
        (
            "ko",
            "한빛전자가 구미공장에 차세대 배터리 생산기지를 구축한다.",
            T.INVESTMENT_PLEDGE,
            True,
        ),
        # a plan's schedule "over the next year" is ahead, not background
        (
            "en",
            "The company announced that it will invest $4 million in its plant and add 20 jobs"
            " over the next year.",
            T.INVESTMENT_PLEDGE,
            True,
        ),
        # a government putting the brakes on an export deal (제동을 걸었다) controls exports
        (
            "ko",
            "미국이 반도체 장비를 중국에 수출하는 계약에 제동을 걸었다.",
            T.EXPORT_CONTROL,
            True,
        ),
        ("ko", "반도체 수출 증가세에 제동이 걸렸다.", T.EXPORT_CONTROL, False),
        # a business suspension planned as a sanction (영업정지 조치까지 내리는 방안) halts nothing
        (
            "ko",
            "규정을 반복해 어기는 업체에는 영업정지 조치까지 내리는 방안이 추진된다.",
            T.SERVICE_SUSPENSION,
            False,
        ),
    ],
)
def test_sentences_read_from_the_page_archive_rounds(
    lang: str, text: str, type_: EventType, found: bool
) -> None:
    assert (type_ in _types(text, lang)) is found


def test_a_strike_plan_that_will_not_go_ahead_is_no_halt() -> None:
    text = (
        "Strike action on the trains planned for September 15 and 17 will not now go ahead, the"
        " union said."
    )
    assert T.SERVICE_SUSPENSION not in _article_types("Rail strikes off", text, "en")


def test_a_headline_of_a_years_fines_is_a_tally() -> None:
    title = "한빛위, 2024년 기업 과징금 5500억원 돌파..전년대비 26%↑"
    text = (
        "한빛위원회가 지난해 기업에 부과한 과징금이 5500억원을 넘어섰다. 한빛상사가 가장 많은"
        " 과징금을 부과받았다."
    )
    assert T.SANCTION_FINE not in _article_types(title, text, "ko")


def test_exemptions_left_to_lapse_are_no_reversal() -> None:
    text = (
        "President Trump has decided not to extend the temporary steel and aluminum tariff"
        " exemptions for the three partners, the secretary said."
    )
    assert T.POLICY_REVERSAL not in _types(text, "en")
    assert T.POLICY_REVERSAL in _types(
        "The government scrapped its plan to extend the exemptions.", "en"
    )


def test_a_condition_quoted_as_the_offence_does_not_veto_the_fine() -> None:
    # "if you help me win …" is the charge, quoted; the fine the court set aside stands apart
    lex = load_lexicon("ko")
    assert lex is not None
    tlex = next(t for t in lex.types if t.type is T.SANCTION_FINE)
    text = (
        "대법원 2부는 상대 후보 지지자에게 “당선을 도와주면 아들을 보좌관으로 채용하겠다”고 한"
        " 혐의로 기소됐던 최 의원에게 벌금 300만 원을 선고한 원심을 깨고 사건을 서울고법으로"
        " 돌려보냈다."
    )
    assert match_sentence(lex, tlex, text, (0, len(text)), REF) is not None
    # ... nor reads as a hedge on it
    assert T.SANCTION_FINE in _types(text, "ko")
    spoken = "한빛위원회는 “규정을 어기면 과징금을 부과할 수도 있다”고 말했다."
    assert T.SANCTION_FINE not in _types(spoken, "ko")


def test_asking_a_court_to_cancel_a_penalty_is_no_withdrawal() -> None:
    text = (
        "서울고법 행정2부는 한빛항공이 국토교통부 장관을 상대로 운항정지 처분을 취소해 달라며"
        " 낸 소송의 항소심에서 한빛항공의 항소를 기각했다."
    )
    fine = next(e for e in _events(text, "ko") if e.type is T.SANCTION_FINE)
    assert fine.status is not EventStatus.WITHDRAWN


def test_a_headline_of_ferries_held_in_port_states_the_halt() -> None:
    lex = load_lexicon("ko")
    assert lex is not None
    tlex = next(t for t in lex.types if t.type is T.SERVICE_SUSPENSION)
    assert title_states(lex, tlex, "한빛·목포 여객선 80여 편 풍랑으로 통제", REF)


def test_a_quadrupled_tariff_is_sized_by_its_new_rate() -> None:
    text = "Tariffs on imported bicycles will quadruple, from 10 percent to 40 percent."
    assert _magnitude(text, "en", T.TARIFF_CHANGE) == Magnitude(value=40, unit="%")


def test_a_conversion_typed_with_a_stray_space_is_still_a_conversion() -> None:
    text = "한빛차와 한빛에너지가 미국 합작사에 20억달러(약 2조6 500억원)를 추가 투자한다."
    assert _magnitude(text, "ko", T.INVESTMENT_PLEDGE) == Magnitude(value=2e9, unit="USD")


def test_a_headline_that_states_the_act_then_asks_what_follows_is_no_question() -> None:
    lex = load_lexicon("ko")
    assert lex is not None
    cues = [c for c in lex.title_cues if c.name == "analysis_title"]

    def asks(title: str) -> bool:
        return any(c.pattern.search(title) for c in cues)

    assert not asks("'한빛앱' 갑자기 서비스 종료…이용자 환불 어떻게?")
    assert asks("한빛앱 서비스 종료되나?")


def test_a_court_that_finds_a_penalty_unlawful_and_cancels_it_withdraws_it() -> None:
    text = "법원은 위원회가 한빛증권에 부과한 5억 원의 과징금 처분이 위법하다며 이를 취소했다."
    fine = next(e for e in _events(text, "ko") if e.type is T.SANCTION_FINE)
    assert fine.status is EventStatus.WITHDRAWN


def test_a_currency_named_after_a_dollar_sign_is_the_currency() -> None:
    text = "The regulator fined the four operators $1.17 billion naira on Monday."
    assert _magnitude(text, "en", T.SANCTION_FINE) == Magnitude(value=1.17e9, unit="NGN")


# Acts stated only in the body, past the lead: the rule must reach the threshold there.
BODY_ACTS = [
    # ko: export rules scrapped
    (
        "ko",
        T.EXPORT_CONTROL,
        "한빛시 마스크 업계가 모처럼 웃었다. 업계는 그동안 재고가 쌓여 어려움을 겪었다. "
        "한 업체 대표는 숨통이 트였다고 말했다. 업계는 해외 주문이 늘 것으로 본다. "
        "산업통상자원부는 보건용 마스크에 대한 수출규제를 폐지한다고 20일 밝혔다.",
    ),
    # ko: the period of a provisional duty extended
    (
        "ko",
        T.TARIFF_CHANGE,
        "무역위원회가 중국산 철판 조사 기간을 늘렸다. 업계는 최종 판정을 기다리고 있다. "
        "판정은 다음 달 나올 전망이다. 업계의 관심은 최종 세율에 쏠려 있다. "
        "이에 따라 중국산 철판에 대한 잠정관세 부과 기간도 기존 다음 달 10일에서 두 달 연장됐다.",
    ),
    # en: "an estimated 1,200 people" counts people, it does not hedge the pledge
    (
        "en",
        T.INVESTMENT_PLEDGE,
        "Acme Motors has picked a site near Dayton. Local officials welcomed the news on"
        " Monday. The company is set to invest $600 million in the new plant, which will"
        " employ an estimated 1,200 people.",
    ),
]


@pytest.mark.parametrize(("lang", "type_", "text"), BODY_ACTS)
def test_an_act_stated_in_the_body_is_found(lang: str, type_: EventType, text: str) -> None:
    assert type_ in _types(text, lang)
