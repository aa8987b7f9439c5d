"""Grouping: one group per (receiver, alert); a burst of versions becomes one message.

The first version of an alert waits ``group_wait`` (a burst of reports settles into one
message with the latest version); after a flush, later versions go out at most every
``group_interval``. Pure: the clock is an argument (seconds since the epoch), and the state
is a small model the dispatcher keeps in a faust table so pending versions survive restarts.
"""

from __future__ import annotations

from pydantic import BaseModel

from schemas.models import Alert
from streams.deliver.dispatch.route import Timing


class GroupState(BaseModel):
    group_wait: float
    group_interval: float
    pending: Alert | None = None  # the newest version not yet flushed
    due_at: float | None = None  # when ``pending`` goes out
    last_flush_at: float | None = None
    flushed_version: int = 0

    @property
    def timing(self) -> Timing:
        return Timing(self.group_wait, self.group_interval)


def on_alert(state: GroupState | None, alert: Alert, now: float, timing: Timing) -> GroupState:
    """A new version arrived: keep the newest, schedule it if nothing is scheduled."""
    if state is None:
        state = GroupState(group_wait=timing.group_wait, group_interval=timing.group_interval)
    newest = max(state.flushed_version, state.pending.version if state.pending else 0)
    if alert.version <= newest:
        return state  # a replayed or older version: already handled or superseded
    due = state.due_at
    if due is None:
        if state.last_flush_at is None:
            due = now + state.group_wait
        else:
            due = max(now, state.last_flush_at + state.group_interval)
    return state.model_copy(update={"pending": alert, "due_at": due})


def is_due(state: GroupState, now: float) -> bool:
    return state.pending is not None and state.due_at is not None and state.due_at <= now


def flushed(state: GroupState, version: int, now: float) -> GroupState:
    """``version`` was handled (sent, refused, silenced): what arrived since waits an interval."""
    rest = state.pending if state.pending and state.pending.version > version else None
    return state.model_copy(
        update={
            "pending": rest,
            "due_at": now + state.group_interval if rest else None,
            "last_flush_at": now,
            "flushed_version": max(state.flushed_version, version),
        }
    )


def idle(state: GroupState, now: float) -> bool:
    """Nothing pending and the interval is over: the group can be forgotten.

    A version arriving after that starts a new group (it waits ``group_wait``), which still
    keeps messages about one alert at least ``group_interval`` apart.
    """
    if state.pending is not None:
        return False
    return state.last_flush_at is None or now - state.last_flush_at >= state.group_interval
