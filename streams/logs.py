"""Structured (JSON lines) logging with secrets redacted.

Webhook URLs are secrets: a filter masks anything shaped like one before a record is
formatted, whoever logged it (our code, faust, aiohttp or slack_sdk).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import logging.config
import re
import sys
from typing import Any

_SECRET_URL = re.compile(r"https?://hooks\.slack\.com/\S+|https?://\S*/services/[A-Za-z0-9/]+")
_STD_ATTRS = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


def redact(text: str) -> str:
    return _SECRET_URL.sub("<redacted-webhook>", text)


class RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, object] = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STD_ATTRS and not key.startswith("_"):
                out[key] = value if isinstance(value, int | float | bool) else redact(str(value))
        if record.exc_info:
            out["exc"] = redact(self.formatException(record.exc_info))
        return json.dumps(out, ensure_ascii=False)


# aiokafka and faust are chatty at INFO about every rebalance step.
_QUIET = ("aiokafka", "faust", "mode")


def logging_dict(level: str = "info") -> dict[str, Any]:
    """A dictConfig for our JSON logs; faust's Worker applies it in place of its own."""
    lvl = level.upper()
    quiet = logging.getLevelName(max(logging.getLevelName(lvl), logging.WARNING))
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonFormatter}},
        "filters": {"redact": {"()": RedactSecrets}},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "stream": sys.stderr,
                "formatter": "json",
                "filters": ["redact"],
            }
        },
        "root": {"level": lvl, "handlers": ["stderr"]},
        "loggers": {name: {"level": quiet} for name in _QUIET},
    }


def configure_logging(level: str = "info") -> None:
    logging.config.dictConfig(logging_dict(level))
