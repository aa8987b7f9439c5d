"""Slack incoming webhooks: a Block Kit message per alert version, posted at most 1/s.

Safety. Every piece of scraped text is escaped (``&``, ``<``, ``>``) before it enters a
message, so ``<!channel>``, ``<!here>``, ``<@U…>`` or ``<http://evil|bank.com>`` in a post
arrives as visible text and can neither ping nor spoof a link. The only links are built here,
from a post URL that passed ``safe_url``. Link unfurling is off. Sizes stay within Block Kit's
limits (header 150, section 3,000, field 2,000, 10 fields, 50 blocks), cutting text, never
the message.

Sending. slack_sdk's ``AsyncWebhookClient`` does the POST with ``retry_handlers=[]``: the
shared retrier (``streams.deliver.notify.base``) owns retries, so every attempt passes the rate
limiter and is counted. (Its own ``AsyncRateLimitErrorRetryHandler`` would also sleep inside
``send`` and, in slack_sdk 3.48, reads ``Retry-After`` through ``headers.get(name)[0]``:
with aiohttp's headers that is the first *character*, so "30" waits 3 s.) The URL is a
secret: it lives in a ``SecretStr`` until the POST, and the SDK gets a logger that never
writes its debug lines (which contain the URL).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import logging
import math
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from pydantic import SecretStr
from slack_sdk.webhook.async_client import AsyncWebhookClient

from schemas.models import Alert, Severity
from streams.alert.build import format_magnitude, format_sized
from streams.deliver.notify.base import NotifyResult

HEADER_MAX = 150
SECTION_MAX = 3000
FIELD_MAX = 2000
MAX_FIELDS = 10
MAX_BLOCKS = 50
FALLBACK_MAX = 3000

_SDK_LOG = logging.getLogger("newsalerts.notify.slack_sdk")
_SDK_LOG.setLevel(logging.WARNING)  # its DEBUG lines print the webhook URL
_REASON = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_URL_BAD = re.compile(r"[\s\x00-\x1f\x7f]")
_MARK = {Severity.INFO: "ℹ️", Severity.WARNING: "⚠️", Severity.CRITICAL: "🚨"}


def escape(text: str) -> str:
    """Slack's three control characters as entities (``&`` first)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fit(text: str, limit: int) -> str:
    """``text`` escaped, cut so the escaped form (with an ellipsis) fits ``limit``."""
    escaped = escape(text)
    if len(escaped) <= limit:
        return escaped
    raw = text
    while len(escape(raw)) + 1 > limit:
        raw = raw[: len(raw) - (len(escape(raw)) + 1 - limit)]
    return escape(raw) + "…"


def safe_url(url: str | None) -> str | None:
    """An http(s) URL usable inside ``<url|label>``, or None."""
    if not url or _URL_BAD.search(url) or len(url) > 1000:
        return None
    if not url.lower().startswith(("https://", "http://")):
        return None
    quoted = url.replace("|", "%7C").replace("<", "%3C").replace(">", "%3E")
    return quoted.replace("&", "&amp;")


def link(url: str | None, label: str, limit: int = 200) -> str:
    target = safe_url(url)
    text = fit(label, limit)
    return f"<{target}|{text}>" if target else text


def _magnitude(alert: Alert) -> str:
    now = format_sized(alert.magnitude) or "–"
    text = f"{format_magnitude(alert.old)} → {now}" if alert.old else now
    if alert.corrected_from is not None:
        text += f" (corrected from {format_magnitude(alert.corrected_from)})"
    return text


def _parties(alert: Alert) -> str:
    return f"{alert.actor or '?'} → {alert.target or '?'}"


def _field(title: str, value: str) -> dict[str, str]:
    head = f"*{title}*\n"
    return {"type": "mrkdwn", "text": head + fit(value, FIELD_MAX - len(head))}


def _quote(evidence: str) -> str:
    # One quoted line: the evidence is one sentence, and cutting a multi-line quote after the
    # "> " prefixes were added could split an escaped entity (&amp;) or a prefix in two.
    return "> " + fit(evidence.replace("\n", " "), SECTION_MAX - 2)


def _when(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def blocks(alert: Alert) -> list[dict[str, Any]]:
    title = ("Retracted: " if alert.retracted else "") + alert.headline
    fields = [
        _field("Type", alert.type.value),
        _field("Severity", alert.severity.value),
        _field("Actor → target", _parties(alert)),
        _field("Magnitude", _magnitude(alert)),
        _field("Sources", f"{alert.source_count} independent, {alert.reprint_count} reprints"),
        _field("Status", f"{alert.status.value} · version {alert.version}"),
    ]
    out: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": fit(title, HEADER_MAX)}},
        {"type": "section", "fields": fields[:MAX_FIELDS]},
    ]
    if alert.retracted:
        note = "This alert is retracted: the posts behind it no longer report it."
        out.append({"type": "section", "text": {"type": "mrkdwn", "text": note}})
    first = alert.sources[0] if alert.sources else None
    if first is not None and first.evidence:
        out.append({"type": "section", "text": {"type": "mrkdwn", "text": _quote(first.evidence)}})
    context = [f"first seen {_when(alert.first_seen)} · updated {_when(alert.last_updated)}"]
    if first is not None:
        context.append(link(first.url, first.source or first.url or first.post_id))
    out.append({"type": "context", "elements": [{"type": "mrkdwn", "text": c} for c in context]})
    return out[:MAX_BLOCKS]


def message(alert: Alert) -> dict[str, Any]:
    """The webhook body: blocks, a plain fallback for notifications, no unfurling."""
    mark = _MARK[alert.severity]
    fallback = f"{mark} [{alert.severity.value}] " + ("RETRACTED " if alert.retracted else "")
    return {
        "text": fallback + fit(alert.headline, FALLBACK_MAX - len(fallback)),
        "blocks": blocks(alert),
        "unfurl_links": False,
        "unfurl_media": False,
    }


# --- the answer --------------------------------------------------------------------------


def _header(headers: Mapping[str, Any], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name.lower():
            return str(value[0] if isinstance(value, list | tuple) else value)
    return None


def retry_after(value: str | None, now: float | None = None) -> float:
    """Seconds from a ``Retry-After`` value (delta-seconds or an HTTP date); 1 s if absent."""
    if not value:
        return 1.0
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return 1.0
    current = time.time() if now is None else now
    return max(when.timestamp() - current, 0.0)


def classify(status: int, body: str, headers: Mapping[str, Any]) -> NotifyResult:
    if status == 200:
        return NotifyResult(ok=True, status_code=status)
    if status == 429:
        wait = retry_after(_header(headers, "Retry-After"))
        return NotifyResult(False, True, "rate_limited", status, wait)
    if status >= 500:
        return NotifyResult(False, True, "server_error", status)
    # Anything else is permanent. Slack answers 400 invalid_payload, 403 action_prohibited,
    # 404 no_service / channel_not_found and 410 channel_is_archived; the same request would
    # be refused again, so it goes to the delivery dead-letter topic with Slack's reason word.
    word = body.strip()
    reason = word if _REASON.match(word) else f"http_{status}"
    return NotifyResult(False, False, reason, status)


# --- the sender --------------------------------------------------------------------------


def _whole() -> float:
    return 1.0


@dataclass
class RateLimiter:
    """At most one message per ``interval`` seconds to one webhook, across the worker group.

    Workers deliver the alerts of the partitions they own, each to the same webhooks, and
    share no clock. So each takes its ``share`` of the alert partitions (k of N) of the
    webhook's rate: one message per ``interval · N / k`` seconds. Summed over the group that
    is one per ``interval`` on average; two workers may still post a moment apart, a burst
    Slack tolerates (and a 429 holds every sender of this process).
    """

    interval: float = 1.0
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    share: Callable[[], float] = _whole
    _next: float = 0.0
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def spacing(self) -> float:
        part = self.share()
        # Owning nothing, this worker sends nothing; keep the plain interval for a straggler.
        return self.interval / part if 0.0 < part < 1.0 else self.interval

    async def acquire(self) -> None:
        async with self._lock:
            wait = self._next - self.clock()
            if wait > 0:
                await self.sleep(wait)
            self._next = self.clock() + self.spacing()

    def hold(self, seconds: float) -> None:
        """Slack said wait (429): nobody posts to this webhook before then."""
        self._next = max(self._next, self.clock() + seconds)


@dataclass
class SlackNotifier:
    name: str
    url: SecretStr
    limiter: RateLimiter
    timeout: float = 10.0
    kind: str = "slack"

    async def notify(self, alert: Alert) -> NotifyResult:
        body = message(alert)
        await self.limiter.acquire()
        client = AsyncWebhookClient(
            url=self.url.get_secret_value(),
            timeout=math.ceil(self.timeout),
            retry_handlers=[],
            logger=_SDK_LOG,
        )
        try:
            resp = await client.send_dict(body)
        except TimeoutError:
            return NotifyResult(False, True, "timeout")
        except aiohttp.ClientError:
            return NotifyResult(False, True, "connection_error")
        result = classify(resp.status_code, resp.body or "", resp.headers or {})
        if result.retry_after is not None:
            self.limiter.hold(result.retry_after)
        return result
