"""Near-duplicate detection: reprints match, independent reports of one story do not."""

from __future__ import annotations

import datetime as dt

from streams.cluster.dedup import (
    THRESHOLD,
    DedupIndex,
    DedupState,
    shingles,
    signature,
    similarity,
)

WIRE = (
    "WASHINGTON, April 9 - The United States raised tariffs on Chinese imports to 125% on "
    "Wednesday, the White House said, escalating a trade war between the world's two largest "
    "economies after Beijing announced retaliatory duties of 84% on American goods. President "
    "Donald Trump said the increase would take effect immediately, while a 90-day pause on "
    "higher levies would apply to most other trading partners. Markets swung sharply on the "
    "announcement, with the S&P 500 jumping more than 9% by the close."
)
REPRINT = (
    "Posted by Daily Courier staff. "
    + WIRE.replace("said the increase", "said that the increase")
    + " Copyright 2025. All rights reserved. Read more at our markets page."
)
INDEPENDENT = (
    "Beijing vowed to fight to the end after Washington lifted its levies on Chinese goods to "
    "125 percent. Officials at the commerce ministry in China described the move as "
    "unilateral bullying and said they would take resolute countermeasures. Exporters in "
    "Guangdong told reporters that orders from American buyers had already been cancelled."
)
KO_WIRE = (
    "미국 백악관은 9일(현지시간) 중국산 수입품에 대한 관세를 125%로 인상한다고 밝혔다. "
    "도널드 트럼프 대통령은 중국이 미국산 제품에 84%의 보복 관세를 부과한 데 따른 조치라며 "
    "즉시 시행한다고 말했다. 다른 나라에 대해서는 90일간 상호관세 부과를 유예하기로 했다."
)
KO_REPRINT = "[경제신문] " + KO_WIRE + " 무단 전재 및 재배포 금지."
KO_INDEPENDENT = (
    "중국 상무부는 미국의 관세 인상에 대해 끝까지 싸우겠다며 강력히 반발했다. 광둥성의 "
    "수출업체들은 미국 바이어들의 주문 취소가 이어지고 있다고 전했다."
)
T0 = dt.datetime(2025, 4, 9, tzinfo=dt.UTC)


def _sig(text: str) -> bytes:
    sig = signature(text)
    assert sig is not None
    return sig


def test_reprint_is_near_duplicate_and_independent_report_is_not() -> None:
    assert similarity(_sig(WIRE), _sig(REPRINT)) >= THRESHOLD
    assert similarity(_sig(WIRE), _sig(INDEPENDENT)) < THRESHOLD / 2


def test_korean_reprints_match_by_character_shingles() -> None:
    assert similarity(_sig(KO_WIRE), _sig(KO_REPRINT)) >= THRESHOLD
    assert similarity(_sig(KO_WIRE), _sig(KO_INDEPENDENT)) < THRESHOLD / 2


def test_normalisation_ignores_case_width_spacing_and_punctuation() -> None:
    assert shingles("Tariffs RAISED, to 125%!") == shingles("tariffs  raised to １２５")
    assert signature("  ... !!! ") is None


def test_signature_is_deterministic_across_calls() -> None:
    assert signature(WIRE) == signature(WIRE)
    assert len(_sig(WIRE)) == 64 * 4


def test_index_finds_the_original_but_never_the_post_itself() -> None:
    index = DedupIndex()
    index.add("wire", _sig(WIRE), T0)
    index.add("other", _sig(INDEPENDENT), T0)
    match = index.query(_sig(REPRINT))
    assert match is not None and match.post_id == "wire"
    assert index.query(_sig(WIRE), exclude={"wire"}) is None
    assert index.query(_sig(KO_WIRE)) is None


def test_index_is_bounded_by_size_and_age() -> None:
    index = DedupIndex(max_entries=2, ttl=dt.timedelta(days=1))
    index.add("a", _sig(WIRE), T0)
    index.add("b", _sig(INDEPENDENT), T0 + dt.timedelta(hours=1))
    index.add("c", _sig(KO_WIRE), T0 + dt.timedelta(hours=2))
    assert len(index) == 2 and "a" not in index  # the oldest went first
    assert index.query(_sig(REPRINT)) is None
    index.expire(T0 + dt.timedelta(hours=25, minutes=30))
    assert "b" not in index and "c" in index


def test_state_round_trip_keeps_the_lsh_buckets_working() -> None:
    index = DedupIndex()
    index.add("wire", _sig(WIRE), T0)
    index.add("ko", _sig(KO_WIRE), T0)
    state = DedupState.model_validate_json(index.to_state().model_dump_json())
    again = DedupIndex.from_state(state)
    hit = again.query(_sig(KO_REPRINT))
    assert hit is not None and hit.post_id == "ko"
    again.remove("ko")
    assert again.query(_sig(KO_REPRINT)) is None


def test_reprints_are_compared_without_their_page_furniture() -> None:
    from schemas.models import ExtractedPost, Segment
    from streams.cluster.dedup import signature, similarity
    from streams.cluster.observe import body_text

    body = "Canada said on Tuesday it will raise tariffs on steel imports to 25% from 10%."

    def post(furniture: str) -> ExtractedPost:
        text = furniture + "\n" + body
        seg = Segment(index=0, start=len(furniture) + 1, end=len(text))
        return ExtractedPost(id="p", lang="en", text=text, segments=[seg], entities=[], events=[])

    a = post("Home | World | Business\nBy A. Writer, Some Outlet\nShare: Facebook Twitter")
    b = post("Menu\nAnother Wire Service staff\nRelated articles")
    assert body_text(a) == body_text(b) == body
    sig_a, sig_b = signature(body_text(a)), signature(body_text(b))
    assert sig_a is not None and sig_b is not None
    assert similarity(sig_a, sig_b) == 1.0
