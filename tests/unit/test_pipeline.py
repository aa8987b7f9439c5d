"""The component pipeline: declared order is checked, components can be dropped by name."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from schemas.models import Post
from streams.doc import Doc
from streams.intake import SourceRecord
from streams.pipeline import Component, Pipeline, default_pipeline, warm_up
from streams.process import Extracted, Rejected, process_post


def _clean(doc: Doc) -> None:
    doc.text = doc.post.text or ""
    doc.lang = "en"


def _boom(doc: Doc) -> None:
    raise RuntimeError("extractor bug")


CLEAN = Component("clean", _clean, requires=("post",), provides=("text", "lang"))
NEEDS_TEXT = Component("upper", lambda d: None, requires=("text",), provides=("x",))
REC = SourceRecord("posts", 0, 7)


def test_order_is_checked_at_construction() -> None:
    with pytest.raises(ValueError, match="needs"):
        Pipeline([NEEDS_TEXT, CLEAN])
    assert Pipeline([CLEAN, NEEDS_TEXT]).names == ["clean", "upper"]


def test_without_drops_by_name() -> None:
    assert Pipeline([CLEAN, NEEDS_TEXT]).without(["upper"]).names == ["clean"]


def test_stage_timer_sees_every_component() -> None:
    seen: dict[str, float] = {}
    Pipeline([CLEAN, NEEDS_TEXT]).run(Post(id="a", text="hi"), seen.__setitem__)
    assert set(seen) == {"clean", "upper"} and all(v >= 0 for v in seen.values())


def test_process_post_turns_a_failing_component_into_a_dead_letter() -> None:
    out = process_post(b'{"id": "a", "text": "hi"}', REC, Pipeline([CLEAN, Component("x", _boom)]))
    assert isinstance(out, Rejected)
    assert (out.letter.stage, out.letter.reason) == ("extract", "extract_error")
    assert "extractor bug" in out.letter.detail


def test_process_post_extracts_a_valid_post() -> None:
    out = process_post(b'{"id": "a", "text": "hi"}', REC, Pipeline([CLEAN]))
    assert isinstance(out, Extracted)
    assert (out.post.id, out.post.text, out.post.lang) == ("a", "hi", "en")
    assert set(out.stage_seconds) == {"clean"}
    assert out.body == out.post.model_dump_json(exclude_none=True).encode()


def test_process_post_dead_letters_an_output_over_the_topic_limit() -> None:
    raw = b'{"id": "a", "text": "' + b"word " * 200 + b'"}'
    out = process_post(raw, REC, Pipeline([CLEAN]), max_output_bytes=500)
    assert isinstance(out, Rejected)
    assert (out.letter.stage, out.letter.reason) == ("extract", "output_too_large")
    assert out.letter.original_b64 and "> 500" in out.letter.detail
    # The same post passes when the limit allows it.
    assert isinstance(process_post(raw, REC, Pipeline([CLEAN]), max_output_bytes=10_000), Extracted)


def test_the_title_helps_tell_a_short_posts_language() -> None:
    pipeline = default_pipeline()
    text = "Korea halts beef imports"
    assert pipeline.run(Post(id="t1", text=text)).lang == "und"
    titled = Post(id="t2", title="U.S. halts imports of beef from Brazil over safety", text=text)
    assert pipeline.run(titled).lang == "en"


def test_warm_up_runs_every_language_with_event_data_through_every_component() -> None:
    seen: list[tuple[str, int]] = []
    base = default_pipeline()
    spy = Component("spy", lambda d: seen.append((d.lang, len(d.events))), requires=("events",))
    warm_up(Pipeline([*base.components, spy]))
    # each line is read as its language and yields its event: the Korean model was loaded
    assert seen == [("ko", 1), ("en", 1)]


def test_a_post_dated_0001_01_01_is_extracted() -> None:
    """Weekdays resolved against year 1 had left the calendar (OverflowError)."""
    text = "Two guards were charged on Tuesday, prosecutors said last Monday."
    placeholder = dt.datetime(1, 1, 1, tzinfo=dt.UTC)
    extracted = default_pipeline().extract(Post(id="p", text=text, published_at=placeholder))
    assert extracted.id == "p" and extracted.published_at is None


def test_a_post_with_a_date_field_resolves_relative_dates_against_it() -> None:
    raw = json.dumps(
        {
            "id": "d",
            "date": "2025-04-11",
            "title": "Airline suspends flights",
            "text": "The airline suspended all flights to the island on Wednesday, it said.",
        }
    ).encode()
    out = process_post(raw, REC, default_pipeline())
    assert isinstance(out, Extracted)
    events = json.loads(out.body)["events"]
    assert [e["date"] for e in events] == ["2025-04-09"]
