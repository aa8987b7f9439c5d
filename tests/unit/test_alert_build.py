"""How alerts read, and the cluster key that makes one happening one alert across languages."""

from __future__ import annotations

import datetime as dt

from schemas.models import Event, EventStatus, EventType, Magnitude
from streams.alert.build import format_magnitude, format_sized, headline, usd_reference
from streams.cluster.key import cluster_key, has_party, targets_agree


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


def test_same_happening_in_two_languages_shares_a_cluster_key() -> None:
    assert cluster_key(_event(actor="미국", target="중국")) == cluster_key(
        _event(actor="U.S.", target="China")
    )


def test_the_key_is_type_and_actor_and_targets_are_told_apart_in_the_tracker() -> None:
    assert cluster_key(_event()) != cluster_key(_event(type=EventType.EXPORT_CONTROL))
    assert cluster_key(_event()) != cluster_key(_event(actor_id="Q17", actor="Japan"))
    # Targets named differently by two outlets must meet: they share the key.
    assert cluster_key(_event()) == cluster_key(_event(target_id=None, target="Chinese imports"))
    assert not targets_agree(_event(), _event(target_id="Q16", target="Canada"))
    assert targets_agree(_event(), _event(target_id=None, target="goods from China"))
    free = {"target_id": None}
    assert targets_agree(_event(target="steel imports", **free), _event(target="Steel", **free))
    assert not targets_agree(_event(target="steel", **free), _event(target="cars", **free))
    assert targets_agree(_event(target=None, **free), _event(target="cars", **free))


def test_without_an_actor_the_target_keys_the_happening() -> None:
    a = cluster_key(_event(actor=None, actor_id=None))
    b = cluster_key(_event(actor=None, actor_id=None, target_id="Q16", target="Canada"))
    assert a != b


def test_an_actor_written_as_a_common_noun_names_no_one() -> None:
    """ "government" or "council" without an id says what kind of body acts, not which: two
    countries' governments must not share a key. A lower-case target still names what is hit,
    and a script without capitals (Korean) is left to its names."""
    india = _event(actor="government", actor_id=None, target="tea exports", target_id=None)
    korea = _event(actor="government", actor_id=None, target="farm imports", target_id=None)
    assert cluster_key(india) != cluster_key(korea)
    assert cluster_key(india) == "tariff_change|-|teaexports"
    assert not has_party(_event(actor="officials", actor_id=None, target=None, target_id=None))
    assert has_party(
        _event(actor="Ruritanian Tea Board", actor_id=None, target=None, target_id=None)
    )
    assert cluster_key(_event(actor="정부", actor_id=None)) == "tariff_change|정부"


def test_names_without_ids_are_folded() -> None:
    a = cluster_key(_event(actor_id=None, actor="Acme Corp."))
    b = cluster_key(_event(actor_id=None, actor="ACME corp"))
    assert a == b


def test_headline_and_magnitudes_read_well() -> None:
    assert headline(_event()) == "Tariff change: US → China (125%)"
    assert format_magnitude(Magnitude(value=311000000, unit="KRW")) == "311,000,000 KRW"
    assert format_magnitude(Magnitude(value=2.5, unit="%p")) == "2.5%p"


def test_money_in_other_currencies_carries_its_usd_reference() -> None:
    """The figure severity sized the alert by, at the table's fixed rates (KRW 0.00068)."""
    assert usd_reference(Magnitude(value=311000000, unit="KRW")) == "≈ $211K"
    assert format_sized(Magnitude(value=311000000, unit="KRW")) == "311,000,000 KRW (≈ $211K)"
    # a currency the euro replaced goes through its fixed euro rate
    assert usd_reference(Magnitude(value=20.6e9, unit="BEF")) == "≈ $529M"
    # dollars, rates and currencies the table lacks have none
    assert format_sized(Magnitude(value=5e6, unit="USD")) == "5,000,000 USD"
    assert usd_reference(Magnitude(value=25, unit="%")) == ""
    assert usd_reference(Magnitude(value=1e6, unit="XYZ")) == ""
    assert usd_reference(None) == ""
