"""Build the receivers named in the subscriptions file."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from streams.deliver.dispatch.route import SlackReceiver, Subscriptions
from streams.deliver.notify.base import Notifier
from streams.deliver.notify.slack import RateLimiter, SlackNotifier
from streams.deliver.notify.topic import Send, TopicNotifier


def notifiers_for(
    subs: Subscriptions,
    topic_send: Callable[[str], Send],
    slack_timeout: float,
    slack_interval: float,
    share: Callable[[], float] = lambda: 1.0,
) -> dict[str, Notifier]:
    """One notifier per receiver; receivers posting to one webhook share its rate limiter.

    ``share`` is the part of the alert partitions this worker delivers (see ``RateLimiter``).
    """
    limiters: dict[str, RateLimiter] = {}
    out: dict[str, Notifier] = {}
    for r in subs.receivers:
        if isinstance(r, SlackReceiver):
            url = r.webhook_url({})  # resolved by load_subscriptions
            # Keyed by a digest: the URL itself is a secret and should sit in as few places
            # as possible.
            digest = hashlib.sha256(url.get_secret_value().encode()).hexdigest()
            limiter = limiters.setdefault(digest, RateLimiter(interval=slack_interval, share=share))
            out[r.name] = SlackNotifier(r.name, url, limiter, timeout=slack_timeout)
        else:
            out[r.name] = TopicNotifier(r.name, topic_send(r.topic))
    return out
