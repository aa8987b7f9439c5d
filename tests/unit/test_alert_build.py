"""Alerts: a stable id per happening, shared across languages and sources."""

from __future__ import annotations

import datetime as dt

from schemas.models import Event, EventStatus, EventType, ExtractedPost, Magnitude
from streams.alert.build import alerts_for, format_magnitude, headline


def _event(**kw: object) -> Event:
    base: dict[str, object] = {
        "type": EventType.TARIFF_CHANGE,
        "actor": "US",
        "actor_id": "Q30",
        "target": "China",
        "target_id": "Q148",
        "magnitude": Magnitude(value=125, unit="%"),
        "status": EventStatus.IMPLEMENTED,
        "evidence": "raised tariffs to 125%",
        "evidence_start": 0,
        "evidence_end": 10,
        "confidence": 0.9,
        "rule": "test@1",
        "date": dt.date(2025, 4, 9),
    }
    base.update(kw)
    return Event.model_validate(base)


def _post(pid: str, lang: str, events: list[Event]) -> ExtractedPost:
    return ExtractedPost(
        id=pid,
        lang=lang,
        text="x",
        segments=[],
        entities=[],
        events=events,
        published_at=dt.datetime(2025, 4, 11, tzinfo=dt.UTC),
    )


def test_same_happening_in_two_languages_gets_one_id() -> None:
    ko = alerts_for(_post("a", "ko", [_event(actor="미국", target="중국")]))
    en = alerts_for(_post("b", "en", [_event(actor="U.S.", target="China")]))
    assert ko[0].alert_id == en[0].alert_id


def test_different_type_or_target_gets_another_id() -> None:
    a = alerts_for(_post("a", "en", [_event()]))[0]
    b = alerts_for(_post("a", "en", [_event(target_id="Q17", target="Japan")]))[0]
    c = alerts_for(_post("a", "en", [_event(type=EventType.EXPORT_CONTROL)]))[0]
    assert len({a.alert_id, b.alert_id, c.alert_id}) == 3


def test_names_without_ids_are_folded() -> None:
    a = alerts_for(_post("a", "en", [_event(actor_id=None, actor="Acme Corp.")]))[0]
    b = alerts_for(_post("b", "en", [_event(actor_id=None, actor="ACME corp")]))[0]
    assert a.alert_id == b.alert_id


def test_duplicate_events_of_one_post_merge() -> None:
    alerts = alerts_for(_post("a", "en", [_event(confidence=0.5), _event(confidence=0.8)]))
    assert len(alerts) == 1


def test_headline_and_magnitudes_read_well() -> None:
    assert headline(_event()) == "Tariff change: US → China (125%)"
    assert format_magnitude(Magnitude(value=311000000, unit="KRW")) == "311,000,000 KRW"
    assert format_magnitude(Magnitude(value=2.5, unit="%p")) == "2.5%p"
