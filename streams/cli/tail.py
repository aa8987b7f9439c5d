"""``newsalerts tail``: subscribe to alert topics and print alerts as they arrive."""

from __future__ import annotations

import time
from collections.abc import Callable

from aiokafka import AIOKafkaConsumer
from pydantic import ValidationError
from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from schemas.models import Alert
from streams.alert.build import format_magnitude, format_sized

TYPE_STYLE = {"policy_reversal": "magenta", "tariff_change": "red", "budget_cut": "yellow"}


def render(alert: Alert) -> Panel:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold")
    grid.add_column()
    grid.add_row("type", alert.type.value)
    grid.add_row("status", alert.status.value)
    grid.add_row("actor → target", f"{alert.actor or '?'} → {alert.target or '?'}")
    if alert.magnitude:
        before = f"{format_magnitude(alert.old)} → " if alert.old else ""
        grid.add_row("magnitude", before + format_sized(alert.magnitude))
    if alert.date:
        grid.add_row("date", alert.date.isoformat())
    grid.add_row("sources", str(len(alert.sources)))
    grid.add_row("evidence", f"“{alert.sources[0].evidence}”" if alert.sources else "")
    title = f"[b]{alert.headline}[/b]  [dim]{alert.alert_id} v{alert.version}[/dim]"
    return Panel(
        grid, title=title, title_align="left", border_style=TYPE_STYLE.get(alert.type.value, "cyan")
    )


async def tail(
    bootstrap: str,
    topics: list[str],
    on_alert: Callable[[Alert], None],
    from_beginning: bool = False,
    max_alerts: int | None = None,
    seconds: float | None = None,
) -> int:
    """Read alerts until ``max_alerts`` arrived or ``seconds`` passed passed (both optional)."""
    consumer = AIOKafkaConsumer(
        *topics,
        bootstrap_servers=bootstrap,
        group_id=None,  # a viewer: no committed offsets, no rebalancing with the workers
        auto_offset_reset="earliest" if from_beginning else "latest",
        enable_auto_commit=False,
    )
    await consumer.start()
    seen = 0
    deadline = time.monotonic() + seconds if seconds else None
    try:
        while max_alerts is None or seen < max_alerts:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                break
            batch = await consumer.getmany(timeout_ms=int(min(left or 1.0, 1.0) * 1000))
            for rec in (r for records in batch.values() for r in records):
                if max_alerts is not None and seen >= max_alerts:
                    break  # a batch may hold more than asked for
                try:
                    on_alert(Alert.model_validate_json(rec.value))
                except ValidationError:
                    continue
                seen += 1
    finally:
        await consumer.stop()
    return seen


def printer(console: Console, as_json: bool) -> Callable[[Alert], None]:
    def show(alert: Alert) -> None:
        if as_json:
            print(alert.model_dump_json(exclude_none=True), flush=True)
        else:
            console.print(render(alert))

    return show
