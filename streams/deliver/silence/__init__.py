"""Silences: time-bounded mutes declared in the subscriptions file."""

from streams.deliver.silence.silence import Silence, silenced_by

__all__ = ["Silence", "silenced_by"]
