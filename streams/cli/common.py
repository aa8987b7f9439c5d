"""Helpers shared by the CLI commands."""

from __future__ import annotations

from rich.console import Console

from streams.kafka.local_broker import BrokerError
from streams.settings import Settings, get_settings

console = Console(stderr=True)


def settings_with(bootstrap: str | None = None) -> Settings:
    base = get_settings()
    return base.model_copy(update={"kafka_bootstrap": bootstrap}) if bootstrap else base


def bootstrap_or_local(bootstrap: str | None) -> str:
    from streams.kafka.connect import resolve_bootstrap

    try:
        return resolve_bootstrap(settings_with(bootstrap))
    except BrokerError as exc:
        console.print(f"[red]Kafka broker: {exc}[/red]")
        raise SystemExit(2) from None
