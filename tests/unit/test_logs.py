"""Logs are JSON lines and never carry a webhook URL."""

from __future__ import annotations

import json
import logging

import pytest

from streams.logs import JsonFormatter, RedactSecrets, redact

HOOK = "https://hooks.slack.com/services/T0AAA/B0BBB/abcdefSECRET"


def test_redacts_webhook_urls_anywhere_in_text() -> None:
    assert "SECRET" not in redact(f"failed POST {HOOK} (404)")
    assert redact("see https://example.com/page") == "see https://example.com/page"


def test_json_formatter_redacts_message_args_and_extras(caplog: pytest.LogCaptureFixture) -> None:
    record = logging.makeLogRecord(
        {"msg": "post to %s", "args": (HOOK,), "levelname": "INFO", "name": "t", "url": HOOK}
    )
    RedactSecrets().filter(record)
    line = JsonFormatter().format(record)
    data = json.loads(line)
    assert data["msg"] == "post to <redacted-webhook>"
    assert data["url"] == "<redacted-webhook>"
    assert "SECRET" not in line
