"""How an alert reads: its headline and its magnitudes, for topics, Slack and the terminal."""

from __future__ import annotations

from schemas.models import Event, Magnitude

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


def headline(event: Event) -> str:
    parties = " → ".join(p for p in (event.actor, event.target) if p)
    parts = [_TYPE_WORDS[event.type.value]]
    if parties:
        parts.append(parties)
    text = ": ".join(parts)
    amount = format_magnitude(event.magnitude)
    return f"{text} ({amount})" if amount else text
