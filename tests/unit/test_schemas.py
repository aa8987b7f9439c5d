"""The JSON Schema files are generated from the models; they must not drift."""

from __future__ import annotations

import datetime as dt

from schemas.export import drift, rendered
from schemas.models import Magnitude, Post


def test_json_schema_files_match_the_models() -> None:
    assert drift() == [], "run `newsalerts schemas export` and commit schemas/json/"


def test_every_message_kind_has_a_schema() -> None:
    assert set(rendered()) == {
        "post.v1.schema.json",
        "deadletter.v1.schema.json",
        "extracted-post.v1.schema.json",
        "alert.v1.schema.json",
        "observation.v1.schema.json",
        "delivery-deadletter.v1.schema.json",
    }


def test_post_accepts_what_scrapers_send() -> None:
    post = Post.model_validate(
        {
            "id": "a",
            "source": "s",
            "url": "https://e.example/a",
            "published_at": "2025-04-11T00:11:00+09:00",
            "fetched_at": "2025-04-11T00:20:00Z",
            "title": "t",
            "html": "<p>x</p>",
            "lang": "ko",
            "scraper_extra": {"ignored": True},
        }
    )
    assert post.published_at is not None and post.published_at.utcoffset() is not None


def test_magnitude_unit_is_percent_points_or_iso_currency() -> None:
    assert Magnitude(value=3, unit="%p").unit == "%p"
    for bad in ("usd", "dollars", "pct"):
        try:
            Magnitude(value=1, unit=bad)
        except ValueError:
            continue
        raise AssertionError(f"{bad!r} accepted")


def test_a_placeholder_publication_date_is_no_date() -> None:
    # Some CMSs write 0001-01-01 when a page has no date.
    post = Post.model_validate(
        {"id": "p", "text": "Body.", "published_at": "0001-01-01T00:00:00+00:00"}
    )
    assert post.published_at is None
    dated = Post.model_validate({"id": "q", "text": "Body.", "published_at": "1987-03-02"})
    assert dated.published_at is not None and dated.published_at.year == 1987


def test_a_post_dated_as_date_keeps_its_date() -> None:
    # The labelled sets (and many scrapers) write "date": dropping it as an unknown field
    # would leave "9일" and "on Monday" unresolved.
    post = Post.model_validate({"id": "p", "text": "Body.", "date": "2025-04-11"})
    assert post.published_at == dt.datetime(2025, 4, 11)
    both = Post.model_validate(
        {"id": "q", "text": "Body.", "date": "2025-04-11", "published_at": "2024-01-02"}
    )
    assert both.published_at == dt.datetime(2024, 1, 2)
    assert "date" not in both.model_dump()


def test_an_unreadable_date_field_is_ignored_as_before() -> None:
    # "date" was an unknown field once: a scraper's own format must not reject the post now.
    post = Post.model_validate({"id": "p", "text": "Body.", "date": "2025.04.11 오후 2:22"})
    assert post.published_at is None
    placeholder = Post.model_validate({"id": "q", "text": "Body.", "date": "0001-01-01"})
    assert placeholder.published_at is None
