"""How an alert reads: its headline and its magnitudes, for topics, Slack and the terminal."""

from __future__ import annotations

from schemas.models import Event, Magnitude
from streams.alert.severity import Scale, normalise

_TYPE_WORDS = {
    "policy_reversal": "Policy reversal",
    "budget_cut": "Budget cut",
    "tariff_change": "Tariff change",
    "export_control": "Export control",
    "sanction_fine": "Sanction / fine",
    "investment_pledge": "Investment pledge",
    "service_suspension": "Service suspension",
}


def format_magnitude(m: Magnitude | None) -> str:
    if m is None:
        return ""
    value = int(m.value) if float(m.value).is_integer() else m.value
    if m.unit in {"%", "%p"}:
        return f"{value}{m.unit}"
    return f"{value:,} {m.unit}"


def usd_reference(m: Magnitude | None) -> str:
    """An amount in another currency, in US dollars at the fixed reference rates severity uses
    ("≈ $529M"): what made the alert as severe as it is, so a reader can size "20,600,000,000
    BEF" at a glance. Not a conversion at the day's rate; empty for dollars, rates and
    currencies the table lacks."""
    if m is None or m.unit == "USD":
        return ""
    usd = normalise(m)
    if usd is None or usd.scale != Scale.USD:
        return ""
    return f"≈ ${_compact(usd.value)}"


def format_sized(m: Magnitude | None) -> str:
    """The magnitude and its US-dollar reference, if any: "20,600,000,000 BEF (≈ $529M)"."""
    usd = usd_reference(m)
    return f"{format_magnitude(m)} ({usd})" if usd else format_magnitude(m)


def _compact(value: float) -> str:
    for size, suffix in ((1e12, "T"), (1e9, "bn"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix}"
    return f"{value:.3g}"


def headline(event: Event) -> str:
    parties = " → ".join(p for p in (event.actor, event.target) if p)
    parts = [_TYPE_WORDS[event.type.value]]
    if parties:
        parts.append(parties)
    text = ": ".join(parts)
    amount = format_magnitude(event.magnitude)
    return f"{text} ({amount})" if amount else text
