"""The Slack sender over real HTTP, against the local server that answers like Slack's webhooks
(no broker: the worker-level tests are in ``test_slack_delivery.py``)."""

from __future__ import annotations

import asyncio

from hypothesis import HealthCheck, given, settings
from pydantic import SecretStr

from streams.deliver.notify.base import Backoff, Retrier
from streams.deliver.notify.slack import RateLimiter, SlackNotifier
from tests.integration.fake_slack import FakeSlack, Reply
from tests.unit.test_slack_blocks import SCRAPED, check_limits, check_no_ping_or_spoof, make_alert


def notifier(slack: FakeSlack, timeout: float = 10.0) -> SlackNotifier:
    return SlackNotifier("desk", SecretStr(slack.url("desk")), RateLimiter(0.0), timeout=timeout)


async def _slow_answer_is_a_timeout_and_retried() -> None:
    async with FakeSlack() as slack:
        slack.script("desk", Reply(200, "ok", hold=5.0))  # first POST: no answer in time
        retried: list[str] = []
        retrier = Retrier(
            Backoff(base=0.05, cap=0.1),
            on_retry=lambda kind, result: retried.append(result.reason),
        )
        alert = make_alert("Tariffs", "q", "US", "wire", "https://w.example/1")
        outcome = await retrier.run(notifier(slack, timeout=1.0), alert)
    assert outcome.result.ok and outcome.attempts == 2
    assert retried == ["timeout"]
    assert len(slack.of("desk")) == 2  # the held request reached the server, then the retry


def test_a_slow_answer_is_a_timeout_and_is_retried() -> None:
    asyncio.run(_slow_answer_is_a_timeout_and_retried())


async def _post(alert_args: tuple[str, str, str, str, str]) -> dict[str, object]:
    async with FakeSlack() as slack:
        result = await notifier(slack).notify(make_alert(*alert_args))
        assert result.ok, result
        [arrival] = slack.of("desk")
    return arrival.body


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(**SCRAPED)
def test_what_slack_receives_can_neither_ping_nor_spoof(
    headline: str, evidence: str, actor: str, source: str, url: str
) -> None:
    """The property of the unit test, checked on the JSON body as the server parsed it."""
    body = asyncio.run(_post((headline, evidence, actor, source, url)))
    check_limits(body)
    check_no_ping_or_spoof(body)
