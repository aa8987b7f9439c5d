"""Clustering reports into alerts: one alert per happening, reprints apart, versions."""

from __future__ import annotations

import datetime as dt

import pytest

from schemas.models import Event, EventType, Magnitude, Observation
from streams.cluster.dedup import encode, signature
from streams.cluster.key import cluster_key
from streams.cluster.tracker import (
    KeyState,
    Step,
    TrackerConfig,
    compatible,
    observe,
    outlet_of,
)
from streams.settings import Settings
from tests.unit.test_dedup import INDEPENDENT, KO_INDEPENDENT, REPRINT, WIRE

T0 = dt.datetime(2025, 4, 9, 12, tzinfo=dt.UTC)
NOW = dt.datetime(2025, 4, 9, 13, tzinfo=dt.UTC)
CFG = TrackerConfig()


def _event(value: float | None = 125, unit: str = "%", **kw: object) -> Event:
    base: dict[str, object] = {
        "type": EventType.TARIFF_CHANGE,
        "actor": "US",
        "actor_id": "Q30",
        "target": "China",
        "target_id": "Q148",
        "magnitude": Magnitude(value=value, unit=unit) if value is not None else None,
        "evidence": f"raised tariffs on Chinese goods to {value}{unit}",
        "evidence_start": 0,
        "evidence_end": 10,
        "confidence": 0.9,
        "rule": "test@1",
    }
    base.update(kw)
    return Event.model_validate(base)


def _obs(
    pid: str,
    url: str,
    text: str,
    at: dt.datetime = T0,
    event: Event | None = None,
    withdrawn: bool = False,
) -> Observation:
    ev = None if withdrawn else (event or _event())
    sig = signature(text)
    return Observation(
        key=cluster_key(event or _event()),
        post_id=pid,
        outlet=outlet_of(url, None, pid),
        url=url,
        lang="en",
        reported_at=at,
        event=ev,
        signature=encode(sig) if sig and ev else None,
    )


def _run(
    observations: list[Observation], config: TrackerConfig = CFG
) -> tuple[KeyState | None, list[Step]]:
    state: KeyState | None = None
    steps = []
    for obs in observations:
        step = observe(state, obs, NOW, config)
        # what the faust table stores: the state goes through JSON between two reports
        state = KeyState.model_validate_json(step.state.model_dump_json())
        steps.append(step)
    return state, steps


FIVE = [
    _obs("wire", "https://www.wire.example/a/1", WIRE),
    _obs("copy1", "https://news.courier.example.co.kr/x", REPRINT, T0 + dt.timedelta(hours=1)),
    _obs("copy2", "https://gazette.example/y", REPRINT + " More.", T0 + dt.timedelta(hours=2)),
    _obs("indep1", "https://beijing-daily.example/z", INDEPENDENT, T0 + dt.timedelta(hours=3)),
    _obs("indep2", "https://m.korea-times.example/k", KO_INDEPENDENT, T0 + dt.timedelta(hours=4)),
]


def test_three_copies_and_two_independent_reports_make_one_alert_of_three_sources() -> None:
    _, steps = _run(FIVE)
    alerts = [s.alert for s in steps if s.alert is not None]
    assert len({a.alert_id for a in alerts}) == 1
    assert [s.reprint for s in steps] == [False, True, True, False, False]
    # reprints are no new evidence: versions come from the original and independent reports
    assert [a.version for a in alerts] == [1, 2, 3]
    assert [s.change for s in steps if s.alert] == ["opened", "updated", "updated"]
    last = alerts[-1]
    assert (last.source_count, last.reprint_count) == (3, 2)
    assert {s.post_id for s in last.sources} == {"wire", "indep1", "indep2"}


def test_the_earlier_published_copy_is_the_original_whatever_order_they_are_read_in() -> None:
    """A copy read before its original (a record re-read after a rebalance, two partitions):
    the original still counts as the source, and a later article from its outlet is no new
    one."""
    later_from_wire = _obs(
        "wire2", "https://wire.example/a/2", INDEPENDENT, T0 + dt.timedelta(hours=5)
    )
    read_in_order = [FIVE[0], FIVE[1], FIVE[2], FIVE[3], later_from_wire]
    copies_first = [FIVE[1], FIVE[2], FIVE[0], FIVE[3], later_from_wire]
    for order in (read_in_order, copies_first):
        state, steps = _run(order)
        last = [s.alert for s in steps if s.alert is not None][-1]
        assert (last.source_count, last.reprint_count) == (2, 2), [m.post_id for m in order]
        assert {s.post_id for s in last.sources} == {"wire", "indep1"}
        assert state is not None
        members = {m.post_id: m.reprint_of for c in state.clusters for m in c.members}
        assert members["copy1"] == members["copy2"] == "wire" and members["wire"] is None


def test_corrected_magnitude_updates_the_same_alert() -> None:
    first = _obs("a", "https://a.example/1", WIRE, event=_event(104))
    later = _obs("b", "https://b.example/2", INDEPENDENT, T0 + dt.timedelta(hours=5))
    _, steps = _run([first, later])
    a1, a2 = steps[0].alert, steps[1].alert
    assert a1 is not None and a2 is not None
    assert a1.alert_id == a2.alert_id and a2.version == 2
    assert a2.magnitude == Magnitude(value=125, unit="%")
    assert a2.corrected_from == Magnitude(value=104, unit="%")
    assert "125%" in a2.headline


def test_older_report_does_not_override_a_newer_magnitude() -> None:
    newer = _obs("b", "https://b.example/2", INDEPENDENT, T0 + dt.timedelta(hours=5))
    older = _obs("a", "https://a.example/1", WIRE, event=_event(104))
    _, steps = _run([newer, older])
    assert steps[1].alert is not None
    assert steps[1].alert.magnitude == Magnitude(value=125, unit="%")


def test_incompatible_magnitude_or_other_window_opens_a_new_alert() -> None:
    base = _obs("a", "https://a.example/1", WIRE)
    small = _obs("b", "https://b.example/2", INDEPENDENT, event=_event(10))
    late = _obs("c", "https://c.example/3", KO_INDEPENDENT, T0 + dt.timedelta(days=5))
    _, steps = _run([base, small, late])
    ids = [s.alert.alert_id for s in steps if s.alert]
    assert len(ids) == 3 and len(set(ids)) == 3


def test_one_actor_on_two_targets_makes_two_alerts_and_a_rephrased_target_joins() -> None:
    china = _obs("a", "https://a.example/1", WIRE)
    canada = _obs(
        "b", "https://b.example/2", INDEPENDENT, event=_event(target="Canada", target_id="Q16")
    )
    # no id for the target here, as when an outlet writes "goods from China" unlinked
    rephrased = _obs(
        "c",
        "https://c.example/3",
        KO_INDEPENDENT,
        T0 + dt.timedelta(hours=2),
        event=_event(target="goods from China", target_id=None),
    )
    assert china.key == canada.key == rephrased.key  # one partition decides
    _, steps = _run([china, canada, rephrased])
    ids = [s.alert.alert_id if s.alert else None for s in steps]
    assert ids[0] != ids[1]
    last = steps[2].alert
    assert last is not None and last.alert_id == ids[0] and last.source_count == 2


def test_reports_that_name_no_party_are_separate_alerts_but_reprints_still_join() -> None:
    """Without actor or target a key is only the event's type: one day's bond notice that
    "subscriptions close" and a port closed by a strike must not become one alert."""
    nameless = _event(None, actor=None, actor_id=None, target=None, target_id=None)
    first, other, copy = (
        _obs(pid, f"https://{pid}.example/1", text, T0 + dt.timedelta(hours=i), event=nameless)
        for i, (pid, text) in enumerate([("a", WIRE), ("b", INDEPENDENT), ("c", REPRINT)])
    )
    assert first.key == other.key == copy.key
    state, steps = _run([first, other, copy])
    ids = [s.alert.alert_id if s.alert else None for s in steps]
    assert ids[0] is not None and ids[1] is not None and ids[0] != ids[1]
    assert steps[2].reprint and steps[2].alert is None
    assert state is not None
    assert sorted(len(c.members) for c in state.clusters) == [1, 2]


def test_same_report_again_publishes_nothing() -> None:
    state, _ = _run([FIVE[0], FIVE[3]])
    replay = observe(state, FIVE[3], NOW, CFG)
    assert replay.alert is None and replay.change is None


def test_withdrawn_only_report_retracts_and_only_once() -> None:
    report = _obs("a", "https://a.example/1", WIRE)
    gone = _obs("a", "https://a.example/1", WIRE, withdrawn=True)
    _, steps = _run([report, gone, gone])
    retraction = steps[1].alert
    assert retraction is not None and retraction.retracted and retraction.version == 2
    assert steps[1].change == "retracted"
    assert steps[2].alert is None


def test_withdrawn_original_leaves_its_reprint_as_the_source() -> None:
    gone = _obs("wire", "https://www.wire.example/a/1", WIRE, withdrawn=True)
    _, steps = _run([*FIVE[:2], gone])
    assert steps[2].alert is not None
    assert steps[2].alert.source_count == 1 and not steps[2].alert.retracted
    assert [s.post_id for s in steps[2].alert.sources] == ["copy1"]


def test_a_second_article_from_one_outlet_is_not_a_second_source() -> None:
    one = _obs("a1", "https://www.a.example/1", WIRE)
    two = _obs("a2", "https://a.example/2", INDEPENDENT, T0 + dt.timedelta(hours=1))
    _, steps = _run([one, two])
    assert steps[1].alert is None  # nothing a reader sees changed


def test_reprint_joins_its_original_even_after_the_window() -> None:
    late_copy = _obs("copy", "https://c.example/3", REPRINT, T0 + dt.timedelta(days=5))
    _, steps = _run([FIVE[0], late_copy])
    assert steps[1].reprint and steps[1].alert is None


def test_state_stays_bounded() -> None:
    cfg = TrackerConfig(max_clusters=2)
    state = None
    ids = []
    texts = [WIRE, INDEPENDENT, KO_INDEPENDENT, WIRE + " x", INDEPENDENT + " y"]
    for n, text in enumerate(texts):  # 15 days apart: each opens its own cluster
        obs = _obs(f"p{n}", f"https://o{n}.example/", text, T0 + dt.timedelta(days=15 * n))
        step = observe(state, obs, NOW, cfg)
        state = step.state
        assert step.alert is not None
        ids.append(step.alert.alert_id)
    assert state is not None
    assert [c.alert_id for c in state.clusters] == [ids[4], ids[3]]  # the newest two


def test_outlets_are_registrable_domains() -> None:
    assert outlet_of("https://news.example.co.kr/a", None, "p") == "example.co.kr"
    assert outlet_of("https://edition.cnn.com/x", "CNN", "p") == "cnn.com"
    assert outlet_of(None, "Yonhap News", "p") == "yonhapnews"
    assert outlet_of(None, None, "p") == "post:p"


def test_magnitude_compatibility() -> None:
    pct = Magnitude(value=104, unit="%")
    assert compatible(pct, Magnitude(value=125, unit="%"), 2.0)
    assert not compatible(Magnitude(value=10, unit="%"), Magnitude(value=125, unit="%"), 2.0)
    assert compatible(pct, Magnitude(value=20, unit="%p"), 2.0)
    assert compatible(pct, Magnitude(value=5e9, unit="USD"), 2.0)
    # money compares through the FX table: 1,470 KRW ≈ 1 USD
    assert compatible(Magnitude(value=1.47e12, unit="KRW"), Magnitude(value=1e9, unit="USD"), 2.0)
    assert not compatible(Magnitude(value=1e9, unit="KRW"), Magnitude(value=1e9, unit="USD"), 2.0)
    assert compatible(None, pct, 2.0)


def test_a_report_older_than_what_the_key_keeps_raises_nothing_even_when_read_again() -> None:
    recent = _obs("new", "https://a.example/1", WIRE, T0 + CFG.keep + dt.timedelta(days=60))
    old = _obs("old", "https://b.example/2", INDEPENDENT, T0)
    state, steps = _run([recent, old, old])  # at-least-once: the old report is read twice
    assert steps[0].alert is not None and steps[0].alert.version == 1
    assert steps[1].alert is None and steps[2].alert is None
    assert state is not None and [c.alert_id for c in state.clusters] == [steps[0].alert.alert_id]


def test_a_longer_keep_lets_a_backlog_report_raise_its_alert_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A bulk import read out of date order: with NEWSALERTS_CLUSTER_KEEP_DAYS covering the
    import's span, the old report is news once, and reading it again still raises nothing."""
    monkeypatch.setenv("NEWSALERTS_CLUSTER_KEEP_DAYS", "365")
    config = TrackerConfig.from_settings(Settings())
    assert config.keep == dt.timedelta(days=365) and config.window == CFG.window
    recent = _obs("new", "https://a.example/1", WIRE, T0 + CFG.keep + dt.timedelta(days=60))
    old = _obs("old", "https://b.example/2", INDEPENDENT, T0)
    state, steps = _run([recent, old, old], config)
    assert steps[1].alert is not None and steps[1].alert.version == 1
    assert steps[2].alert is None
    assert state is not None and len(state.clusters) == 2
