"""The headline of a scraped page without a title: the short line that names the lead."""

from __future__ import annotations

import pytest

from streams.clean import find_body
from streams.clean.title import header_title

KO_LEAD = (
    "다온시의회가 내년도 청년 월세 지원 예산 42억원 가운데 12억원을 삭감했다. 시의회는 "
    "19일 본회의를 열고 이런 내용의 예산안을 의결했다."
)
KO_HEADLINE = "다온시의회, 청년 월세 지원 예산 12억 삭감"
EN_LEAD = (
    "The Harbour City council voted on Tuesday to close three branch libraries next spring, "
    "saying the library budget could no longer cover the buildings."
)
EN_HEADLINE = "Harbour City council votes to close three branch libraries"


def _title(page: str) -> str | None:
    return header_title(page, *find_body(page))


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # A site name, a label under the headline, a date and a toolbar: the headline names
        # the lead, the label nearest the body does not.
        (
            f"예시일보\n\n검색\n\n{KO_HEADLINE}\n\n관련이슈 지역기획\n\n"
            f"입력 : 2025-11-19 15:21:18\n\n{KO_LEAD}",
            KO_HEADLINE,
        ),
        # A byline with a bullet right above the lead.
        (f"{KO_HEADLINE}\n\n• 이한결 기자\n\n{KO_LEAD}", KO_HEADLINE),
        # A banner line the body kept above the headline.
        (f"Reader Fundraising Banner\n{EN_HEADLINE}\n{EN_LEAD}", EN_HEADLINE),
        # A date-and-credit line between the headline and the lead.
        (
            f"New Articles\n{EN_HEADLINE}\n\nOctober 28th, 2025 | Written by\n\n{EN_LEAD}",
            EN_HEADLINE,
        ),
    ],
)
def test_the_headline_is_the_line_that_names_the_lead(page: str, expected: str) -> None:
    assert _title(page) == expected


def test_the_headline_stands_above_its_subheads() -> None:
    subhead = "시의회 19일 본회의서 예산안 의결…청년 단체 반발"
    page = f"예시일보\n\n{KO_HEADLINE}\n\n{subhead}\n\n입력 2025.11.19 10:31\n\n{KO_LEAD}"
    assert _title(page) == KO_HEADLINE


def test_a_page_whose_lines_name_nothing_in_the_lead_has_no_title() -> None:
    page = f"Watch Live News\n\nSave Story\n\nBy Dana Cole | Staff Report\n\n{EN_LEAD}"
    assert _title(page) is None


def test_a_headline_kept_above_the_lead_in_other_words_is_still_the_title() -> None:
    # Nothing in the lead repeats it, but it sits right above it as a headline does.
    headline = "Doors shut on the stacks for good"
    page = f"{headline}\n{EN_LEAD}"
    assert _title(page) == headline
