"""Routing: the subscriptions file, its validation, and which receivers match an alert."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from schemas.models import Alert, EventStatus, EventType, Magnitude, Severity
from streams.deliver.dispatch.route import (
    SlackReceiver,
    Subscriptions,
    SubscriptionsError,
    Timing,
    load_subscriptions,
    route,
)

EXAMPLE = Path(__file__).resolve().parents[2] / "deploy" / "subscriptions.example.toml"
SECRET = "https://hooks.slack.com/services/T000/B000/very-secret-token"
ENV = {"SLACK_WEBHOOK_TEAM_A": SECRET, "SLACK_WEBHOOK_TEAM_B": SECRET + "-b"}
DEFAULT = Timing(30, 300)


def alert(**kw: object) -> Alert:
    t = dt.datetime(2025, 4, 9, tzinfo=dt.UTC)
    base: dict[str, object] = {
        "alert_id": "a1",
        "type": EventType.TARIFF_CHANGE,
        "headline": "Tariff change: US → China (125%)",
        "actor": "US",
        "actor_id": "Q30",
        "target": "China",
        "target_id": "Q148",
        "magnitude": Magnitude(value=125, unit="%"),
        "status": EventStatus.IMPLEMENTED,
        "lang": "en",
        "severity": Severity.CRITICAL,
        "sources": [],
        "first_seen": t,
        "last_updated": t,
    }
    base.update(kw)
    return Alert.model_validate(base)


def receivers(subs: Subscriptions, a: Alert) -> list[str]:
    return [t.receiver for t in route(subs, a, DEFAULT)]


@pytest.fixture
def example() -> Subscriptions:
    return load_subscriptions(EXAMPLE, ENV)


def test_example_file_loads_and_resolves_secrets_from_the_environment(
    example: Subscriptions,
) -> None:
    desk = example.receiver("trade-desk")
    assert isinstance(desk, SlackReceiver) and desk.url is not None
    assert desk.url.get_secret_value() == SECRET
    assert SECRET not in repr(example) and SECRET not in str(example.model_dump())
    assert example.routes[0].group_wait == 30 and example.routes[0].group_interval == 300


def test_missing_secret_fails_naming_the_variable_not_the_url() -> None:
    with pytest.raises(SubscriptionsError, match=r"trade-desk.*SLACK_WEBHOOK_TEAM_A"):
        load_subscriptions(EXAMPLE, {})


def test_invalid_files_are_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "subs.toml"
    bad.write_text('[[routes]]\nname = "r"\nreceivers = ["nobody"]\n')
    with pytest.raises(SubscriptionsError, match="unknown receivers"):
        load_subscriptions(bad, {})
    bad.write_text('[[receivers]]\nname = "x"\nkind = "slack"\n')
    with pytest.raises(SubscriptionsError, match="exactly one of url, url_env"):
        load_subscriptions(bad, {})
    bad.write_text('[[routes]]\nname = "r"\nreceivers = []\ngroup_wait = "soon"\n')
    with pytest.raises(SubscriptionsError):
        load_subscriptions(bad, {})


def test_tariff_threshold_severity_and_watchlist(example: Subscriptions) -> None:
    assert "trade-desk" in receivers(example, alert())
    small = alert(magnitude=Magnitude(value=20, unit="%"), severity=Severity.WARNING)
    assert "trade-desk" not in receivers(example, small)  # below tariff ≥ 25 %
    assert "trade-desk" not in receivers(example, alert(severity=Severity.INFO))
    elsewhere = alert(target="Japan", target_id="Q17", actor="EU", actor_id="Q458")
    assert "trade-desk" not in receivers(example, elsewhere)
    by_name = alert(actor_id=None, target_id=None, actor="미국", target="Mexico")
    assert "trade-desk" in receivers(example, by_name)  # watchlist names match too


def test_budget_threshold_in_another_currency_compares_through_fx(
    example: Subscriptions,
) -> None:
    def budget(value: float, unit: str, lang: str = "ko") -> Alert:
        return alert(
            type=EventType.BUDGET_CUT,
            magnitude=Magnitude(value=value, unit=unit),
            lang=lang,
            severity=Severity.INFO,
        )

    assert receivers(example, budget(311_000_000, "KRW")) == ["budget-watch"]
    assert receivers(example, budget(99_000_000, "KRW")) == []
    assert receivers(example, budget(100_000, "USD")) == ["budget-watch"]  # ≈ 147 M KRW
    assert receivers(example, budget(311_000_000, "KRW", lang="en")) == []
    assert "budget-watch" not in receivers(
        example, alert(type=EventType.BUDGET_CUT, magnitude=None, lang="ko")
    )


def test_each_receiver_once_with_the_first_matching_routes_timing(tmp_path: Path) -> None:
    f = tmp_path / "subs.toml"
    f.write_text(
        '[[receivers]]\nname = "t"\nkind = "topic"\ntopic = "x"\n'
        '[[routes]]\nname = "one"\nreceivers = ["t"]\ngroup_wait = "2s"\n'
        '[[routes]]\nname = "two"\nreceivers = ["t"]\ngroup_wait = 9\ngroup_interval = "1m"\n'
    )
    targets = route(load_subscriptions(f, {}), alert(), DEFAULT)
    assert [(t.receiver, t.timing) for t in targets] == [("t", Timing(2, 300))]


def test_retractions_reach_receivers_unless_they_opt_out(tmp_path: Path) -> None:
    f = tmp_path / "subs.toml"
    f.write_text(
        '[[receivers]]\nname = "t"\nkind = "topic"\ntopic = "x"\n'
        '[[routes]]\nname = "r"\nreceivers = ["t"]\ninclude_retractions = false\n'
    )
    subs = load_subscriptions(f, {})
    assert receivers(subs, alert()) == ["t"]
    assert receivers(subs, alert(retracted=True)) == []


def test_an_invalid_receiver_with_an_inline_url_never_echoes_the_url(tmp_path: Path) -> None:
    hook = "https://hooks.slack.example/services/T0/B0/XyZsecretTOKEN1234"
    bad = tmp_path / "subs.toml"
    # both url and url_env: invalid, and pydantic's own message would quote the input
    bad.write_text(
        f'[[receivers]]\nname = "x"\nkind = "slack"\nurl = "{hook}"\nurl_env = "A"\n'
        '[[receivers]]\nname = "y"\nkind = "slack"\nurl = 5\n'
    )
    with pytest.raises(SubscriptionsError) as err:
        load_subscriptions(bad, {})
    text = str(err.value) + repr(err.value) + str(err.value.__cause__)
    assert "receivers.0" in text and "exactly one of url, url_env" in text
    for piece in (hook, "1234", "secretTOKEN", "hooks.slack"):
        assert piece not in text
