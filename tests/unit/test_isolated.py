"""Extraction in a child process with a deadline (``streams.isolated``), with real processes:
a post that stalls or kills extraction becomes a dead letter with its bytes, and the next post
is extracted by a fresh child."""

from __future__ import annotations

import base64
import json
import os
import signal
import time
from collections.abc import Iterator

import pytest

from streams.doc import Doc
from streams.intake import SourceRecord
from streams.isolated import IsolatedExtractor
from streams.pipeline import Component, Pipeline
from streams.process import Extracted, Rejected, process_post

RECORD = SourceRecord(topic="t.posts.v1", partition=1, offset=7, key=b"k")


def _trap(doc: Doc) -> None:
    """What a pathological post does to extraction: never end, or end the process."""
    if "STALL" in doc.text:
        time.sleep(600)
    if "CRASH" in doc.text:
        os._exit(3)


def trap_pipeline() -> Pipeline:
    from streams.clean.component import clean

    return Pipeline(
        [
            Component("clean", clean, requires=("post",), provides=("text", "segments", "lang")),
            Component("trap", _trap, requires=("text",)),
        ]
    )


def _post(text: str, post_id: str = "p1") -> bytes:
    return json.dumps({"id": post_id, "source": "wire", "text": text}).encode()


@pytest.fixture
def extractor() -> Iterator[IsolatedExtractor]:
    ext = IsolatedExtractor(trap_pipeline, timeout=3.0)
    ext.start()
    yield ext
    ext.close()


def test_a_post_is_extracted_as_in_the_worker_process(extractor: IsolatedExtractor) -> None:
    raw = _post("The council said on Monday the ferry would run again.")
    outcome = extractor.process(raw, RECORD)
    expected = process_post(raw, RECORD, trap_pipeline())
    assert isinstance(outcome, Extracted) and isinstance(expected, Extracted)
    assert outcome.body == expected.body
    assert set(outcome.stage_seconds) == {"clean", "trap"}


def test_invalid_input_is_still_rejected_as_such(extractor: IsolatedExtractor) -> None:
    outcome = extractor.process(b"{not json", RECORD)
    assert isinstance(outcome, Rejected)
    assert outcome.letter.reason == "invalid_json"
    assert extractor.restarts == 0


def test_a_post_past_the_deadline_is_kept_and_the_next_is_extracted(
    extractor: IsolatedExtractor,
) -> None:
    raw = _post("A STALL in extraction.", "stalls")
    first = extractor.pid
    began = time.monotonic()
    outcome = extractor.process(raw, RECORD)
    assert time.monotonic() - began < 60
    assert isinstance(outcome, Rejected)
    letter = outcome.letter
    assert (letter.stage, letter.reason) == ("extract", "extract_timeout")
    assert base64.b64decode(letter.original_b64) == raw
    assert (letter.topic, letter.partition, letter.offset) == ("t.posts.v1", 1, 7)
    assert "3 s" in letter.detail
    after = extractor.process(_post("The ferry runs again.", "next"), RECORD)
    assert isinstance(after, Extracted) and after.post.id == "next"
    assert extractor.restarts == 1 and extractor.pid not in (None, first)


def test_a_post_that_kills_extraction_is_kept_and_the_next_is_extracted(
    extractor: IsolatedExtractor,
) -> None:
    raw = _post("A CRASH in native code.", "crashes")
    outcome = extractor.process(raw, RECORD)
    assert isinstance(outcome, Rejected)
    assert outcome.letter.reason == "extract_crashed"
    assert "exit code 3" in outcome.letter.detail
    assert base64.b64decode(outcome.letter.original_b64) == raw
    after = extractor.process(_post("The ferry runs again.", "next"), RECORD)
    assert isinstance(after, Extracted) and after.post.id == "next"


def test_a_child_killed_while_idle_is_replaced_without_losing_the_post(
    extractor: IsolatedExtractor,
) -> None:
    pid = extractor.pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    time.sleep(0.5)
    outcome = extractor.process(_post("The ferry runs again.", "after-kill"), RECORD)
    assert isinstance(outcome, Extracted) and outcome.post.id == "after-kill"
    assert extractor.restarts == 0  # no post was to blame


def test_a_pipeline_that_cannot_be_built_fails_the_start_clearly() -> None:
    ext = IsolatedExtractor(broken_pipeline, timeout=3.0)
    with pytest.raises(RuntimeError, match="did not start"):
        ext.start()


def broken_pipeline() -> Pipeline:
    raise ValueError("no such lexicon")
