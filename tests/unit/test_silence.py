"""Silences: bounded in time, matched on type, entities, alert ids and receivers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pydantic import ValidationError

from schemas.models import EventType
from streams.deliver.dispatch.route import load_subscriptions
from streams.deliver.silence import Silence, silenced_by
from tests.unit.test_route import ENV, EXAMPLE, alert

START = dt.datetime(2025, 4, 10, tzinfo=dt.UTC)
END = dt.datetime(2025, 4, 12, tzinfo=dt.UTC)


def silence(**kw: object) -> Silence:
    base: dict[str, object] = {"id": "s", "starts_at": START, "ends_at": END}
    base.update(kw)
    return Silence.model_validate(base)


def test_active_only_between_start_and_end() -> None:
    s = silence()
    assert not s.active(START - dt.timedelta(seconds=1))
    assert s.active(START) and s.active(END - dt.timedelta(seconds=1))
    assert not s.active(END)


def test_every_given_matcher_must_match() -> None:
    s = silence(types=["tariff_change"], entities=["Q148"], receivers=["desk"])
    now = START + dt.timedelta(hours=1)
    assert silenced_by([s], alert(), "desk", now) is s
    assert silenced_by([s], alert(), "other", now) is None
    assert silenced_by([s], alert(type=EventType.BUDGET_CUT), "desk", now) is None
    assert silenced_by([s], alert(target_id="Q17", target="Japan"), "desk", now) is None
    assert silenced_by([silence(alert_ids=["zzz"])], alert(), "desk", now) is None
    assert silenced_by([s], alert(), "desk", END + dt.timedelta(days=1)) is None


def test_unbounded_or_naive_silences_are_rejected() -> None:
    with pytest.raises(ValidationError, match="after starts_at"):
        silence(ends_at=START)
    with pytest.raises(ValidationError, match="UTC offset"):
        silence(starts_at=dt.datetime(2025, 4, 10), ends_at=dt.datetime(2025, 4, 11))
    with pytest.raises(ValidationError):
        Silence.model_validate({"id": "s", "starts_at": START})


def test_example_file_declares_a_silence_for_the_trade_desk(tmp_path: Path) -> None:
    subs = load_subscriptions(EXAMPLE, ENV)
    during = dt.datetime(2025, 4, 11, tzinfo=dt.UTC)
    assert silenced_by(subs.silences, alert(), "trade-desk", during) is not None
    assert silenced_by(subs.silences, alert(), "critical-feed", during) is None
