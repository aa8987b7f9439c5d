"""Intake: raw Kafka bytes → a validated ``Post``, or a ``DeadLetter`` with its reason."""

from streams.intake.validate import InvalidPostError, SourceRecord, dead_letter, parse_post

__all__ = ["InvalidPostError", "SourceRecord", "dead_letter", "parse_post"]
