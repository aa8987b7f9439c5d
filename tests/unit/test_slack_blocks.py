"""Slack messages: scraped text can neither ping nor spoof, and Block Kit limits hold."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.models import Alert, AlertSource, EventStatus, EventType, Magnitude, Severity
from streams.deliver.notify.base import Backoff, NotifyResult, Retrier
from streams.deliver.notify.slack import (
    FIELD_MAX,
    HEADER_MAX,
    MAX_BLOCKS,
    MAX_FIELDS,
    SECTION_MAX,
    RateLimiter,
    classify,
    escape,
    fit,
    message,
    retry_after,
)

INJECTIONS = [
    "<!channel>",
    "<!here>",
    "<!everyone>",
    "<@U012AB3CD>",
    "<#C123|general>",
    "<http://evil.example|bank.com>",
    "<https://evil.example>",
    "&lt;!channel&gt;",
    "><",
]
# Links we build ourselves: <http(s)://safe-url|escaped label>; anything else is an injection.
OUR_LINK = re.compile(r"<https?://[^\s<>|]+\|[^<>]*>")
QUOTE = re.compile(r"^> ", re.MULTILINE)

nasty = st.one_of(
    st.sampled_from(INJECTIONS),
    st.text(alphabet=st.sampled_from(list("<>&|!@#:/ \nab가")), max_size=40),
    st.text(max_size=200),
)
texts = st.lists(nasty, min_size=1, max_size=4).map("".join)
long_texts = st.one_of(texts, texts.map(lambda t: t * 200))
urls = st.one_of(st.sampled_from(["https://ok.example/a?b=1&c=2", "javascript:x"]), texts)
# Every scraped field of an alert, for ``make_alert``.
SCRAPED = {
    "headline": long_texts,
    "evidence": long_texts,
    "actor": texts,
    "source": texts,
    "url": urls,
}


def make_alert(
    headline: str, evidence: str, actor: str, source: str, url: str, retracted: bool = False
) -> Alert:
    t = dt.datetime(2025, 4, 9, tzinfo=dt.UTC)
    return Alert(
        alert_id="a1",
        version=3,
        type=EventType.TARIFF_CHANGE,
        headline=headline or "x",
        actor=actor,
        target=actor[::-1],
        magnitude=Magnitude(value=125, unit="%"),
        old=Magnitude(value=104, unit="%"),
        corrected_from=Magnitude(value=104, unit="%"),
        status=EventStatus.IMPLEMENTED,
        lang="en",
        severity=Severity.CRITICAL,
        retracted=retracted,
        sources=[AlertSource(post_id="p1", source=source, url=url, evidence=evidence)],
        source_count=3,
        reprint_count=2,
        first_seen=t,
        last_updated=t,
    )


def strings(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in strings(v)]
    return []


def check_limits(body: dict[str, Any]) -> None:
    blocks = body["blocks"]
    assert 1 <= len(blocks) <= MAX_BLOCKS
    assert len(body["text"]) <= 3000
    for block in blocks:
        if block["type"] == "header":
            assert 0 < len(block["text"]["text"]) <= HEADER_MAX
        if "text" in block and block["type"] == "section":
            assert len(block["text"]["text"]) <= SECTION_MAX
        for f in block.get("fields", []):
            assert len(f["text"]) <= FIELD_MAX
        assert len(block.get("fields", [])) <= MAX_FIELDS
        for e in block.get("elements", []):
            assert len(e["text"]) <= SECTION_MAX


def check_no_ping_or_spoof(body: dict[str, Any]) -> None:
    """No ``<`` or ``>`` outside the links we build and the quote's ``> `` prefix."""
    for text in strings(body):
        rest = OUR_LINK.sub("", QUOTE.sub("", text))
        assert "<" not in rest and ">" not in rest, text


@settings(max_examples=300, deadline=None)
@given(**SCRAPED, retracted=st.booleans())
def test_scraped_text_cannot_ping_or_spoof_and_limits_hold(
    headline: str, evidence: str, actor: str, source: str, url: str, retracted: bool
) -> None:
    body = message(make_alert(headline, evidence, actor, source, url, retracted))
    check_limits(body)
    assert body["unfurl_links"] is False and body["unfurl_media"] is False
    check_no_ping_or_spoof(body)
    # nothing scraped was lost when it fits: the quote carries the escaped evidence
    if len(escape(evidence)) < SECTION_MAX - 200 and evidence.strip() and "\n" not in evidence:
        assert any(escape(evidence) in s for s in strings(body))


def test_known_injections_arrive_as_visible_text() -> None:
    evil = " ".join(INJECTIONS)
    body = message(make_alert(evil, evil, evil, evil, "https://a.example/x|<!here>"))
    flat = "\n".join(strings(body))
    for needle in ("<!channel>", "<!here>", "<@U012AB3CD>", "<http://evil.example|bank.com>"):
        assert needle not in flat
    assert "&lt;!channel&gt;" in flat and "&lt;@U012AB3CD&gt;" in flat
    # the link we build escapes the url's own '|' and '<': no label spoofing from the url
    assert "<https://a.example/x%7C%3C!here%3E|" in flat


def test_fit_cuts_text_without_breaking_the_limit() -> None:
    assert fit("a<b", 10) == "a&lt;b"
    cut = fit("<" * 100, 20)
    assert len(cut) <= 20 and cut.endswith("…") and "<" not in cut


def test_message_shows_magnitude_before_after_sources_and_retraction() -> None:
    body = message(
        make_alert("Tariff change: US → China (125%)", "q", "US", "wire", "https://w.example/1")
    )
    flat = "\n".join(strings(body))
    assert "104% → 125% (corrected from 104%)" in flat
    assert "3 independent, 2 reprints" in flat and "version 3" in flat
    assert "<https://w.example/1|wire>" in flat
    won = make_alert("h", "q", "KR", "wire", "https://w.example/1").model_copy(
        update={"magnitude": Magnitude(value=311000000, unit="KRW"), "old": None}
    )
    assert "311,000,000 KRW (≈ $211K) (corrected from 104%)" in "\n".join(strings(message(won)))
    retracted = message(make_alert("h", "q", "US", "wire", "https://w.example/1", True))
    assert retracted["blocks"][0]["text"]["text"].startswith("Retracted: ")


def test_answers_are_classified_like_slack_documents_them() -> None:
    assert classify(200, "ok", {}).ok
    limited = classify(429, "rate_limited", {"Retry-After": "30"})
    assert limited.retry and limited.retry_after == 30.0  # all of "30", not its first digit
    assert classify(500, "", {}).retry and classify(503, "", {}).reason == "server_error"
    gone = classify(404, "no_service", {})
    assert not gone.retry and gone.reason == "no_service" and gone.status_code == 404
    assert classify(410, "channel_is_archived", {}).reason == "channel_is_archived"
    assert classify(400, "<html>oops</html>", {}).reason == "http_400"


def test_retry_after_accepts_seconds_and_http_dates() -> None:
    assert retry_after("7") == 7.0
    assert retry_after(None) == 1.0 and retry_after("soon") == 1.0
    now = dt.datetime(2025, 4, 9, 12, 0, 0, tzinfo=dt.UTC).timestamp()
    assert retry_after("Wed, 09 Apr 2025 12:00:05 GMT", now=now) == 5.0


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_rate_limiter_spaces_messages_and_obeys_a_hold() -> None:
    clock = FakeClock()
    limiter = RateLimiter(interval=1.0, clock=clock, sleep=clock.sleep)

    async def go() -> None:
        await limiter.acquire()
        await limiter.acquire()
        clock.now += 0.25
        await limiter.acquire()
        limiter.hold(10)
        await limiter.acquire()

    asyncio.run(go())
    assert clock.slept == [1.0, 0.75, 10.0]


def test_workers_split_a_webhooks_rate_by_their_share_of_the_alert_partitions() -> None:
    """Two workers owning 1 and 3 of 4 partitions post every 4 s and every 4/3 s: 1/s in all."""
    owned = {"w1": 0.25, "w2": 0.75}
    sent: dict[str, list[float]] = {}
    for worker, part in owned.items():
        clock = FakeClock()
        limiter = RateLimiter(interval=1.0, clock=clock, sleep=clock.sleep, share=lambda p=part: p)

        async def go(lim: RateLimiter = limiter, c: FakeClock = clock) -> list[float]:
            times = []
            for _ in range(13):
                await lim.acquire()
                times.append(c.now - 100.0)
            return times

        sent[worker] = asyncio.run(go())
    in_twelve_seconds = sum(sum(1 for t in ts if t < 11.9) for ts in sent.values())
    assert in_twelve_seconds == 12  # 3 + 9: the webhook sees one message per second
    assert sent["w1"][:3] == [0.0, 4.0, 8.0]
    # owning nothing (mid-rebalance) or everything: the plain interval
    for part in (0.0, 1.0):
        assert RateLimiter(interval=1.0, share=lambda p=part: p).spacing() == 1.0


class Scripted:
    kind, name = "slack", "desk"

    def __init__(self, answers: list[NotifyResult]) -> None:
        self.answers = answers
        self.calls = 0

    async def notify(self, alert: Alert) -> NotifyResult:
        self.calls += 1
        return self.answers.pop(0)


def test_retrier_obeys_retry_after_backs_off_and_stops_on_permanent_errors() -> None:
    clock = FakeClock()
    retries: list[str] = []
    retrier = Retrier(
        Backoff(base=1.0, cap=8.0, max_attempts=4),
        sleep=clock.sleep,
        on_retry=lambda kind, r: retries.append(r.reason),
    )
    a = make_alert("h", "e", "a", "s", "https://x.example")
    limited = NotifyResult(False, True, "rate_limited", 429, 30.0)
    broken = NotifyResult(False, True, "server_error", 500)
    notifier = Scripted([limited, broken, NotifyResult(True)])
    out = asyncio.run(retrier.run(notifier, a))
    assert out.result.ok and out.attempts == 3 and retries == ["rate_limited", "server_error"]
    assert clock.slept[0] == 30.0 and 0.1 <= clock.slept[1] <= 2.0

    gone = Scripted([NotifyResult(False, False, "no_service", 404), NotifyResult(True)])
    out = asyncio.run(retrier.run(gone, a))
    assert not out.result.ok and out.attempts == 1 and gone.calls == 1

    always = Scripted([broken] * 10)
    out = asyncio.run(retrier.run(always, a))
    assert out.attempts == 4 and out.result.retry and always.calls == 4
