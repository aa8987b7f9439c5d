"""The one settings object: every knob of newsalerts, read from the environment.

Environment variables are prefixed ``NEWSALERTS_`` (e.g. ``NEWSALERTS_KAFKA_BOOTSTRAP``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NEWSALERTS_", env_file=".env", extra="ignore")

    # Kafka. Empty bootstrap means: start (or reuse) the embedded local broker.
    kafka_bootstrap: str = Field(default="", description="host:port[,host:port]; empty = local")
    topic_prefix: str = Field(default="newsalerts", description="prefix of every topic name")
    topic_partitions: int = Field(default=4, ge=1)
    topic_replication: int = Field(default=1, ge=1, description="3 in production")
    app_id: str = Field(default="newsalerts", description="faust app id = consumer group")

    # Local broker (used when kafka_bootstrap is empty).
    local_broker_dir: Path = Field(default=Path(".newsalerts/broker"))
    local_broker_port: int = 9092
    local_broker_controller_port: int = 9093

    # Worker.
    data_dir: Path = Field(default=Path(".newsalerts/worker"), description="faust tables")
    web_host: str = "127.0.0.1"
    web_port: int = Field(default=6066, description="faust web server, serves /metrics")
    log_level: str = "info"

    # Extraction.
    default_timezone: str = Field(default="Asia/Seoul", description="for naive post dates")

    # Extraction of one post, in its own process: past this the post is dead-lettered
    # (extract_timeout) and the process replaced. A 1 MB Korean post takes ~40 s on one core.
    extract_timeout_seconds: float = Field(default=300.0, gt=0, description="per post")

    # Tables (cluster state, delivery state). auto: RocksDB when rocksdict is installed.
    table_store: Literal["auto", "rocksdb", "memory"] = "auto"

    # Clustering: a report joins an alert within this gap of the alert's reports.
    cluster_window_hours: float = Field(default=72.0, gt=0)
    cluster_max_span_days: float = Field(default=14.0, gt=0, description="alert lifetime cap")
    # How long an alert's state outlives its newest report relative to its key's newest: a
    # report older than every alert its key keeps is history and raises nothing (re-reading old
    # records must not re-open alerts). Raise it for a bulk import of posts spanning months,
    # which the worker reads partition by partition rather than in date order.
    cluster_keep_days: float = Field(default=30.0, gt=0, description="closed alerts' state")

    # Routing and delivery. No subscriptions file: alerts are published, nothing is sent.
    subscriptions_file: Path | None = Field(default=None, description="TOML, see deploy/")
    group_wait_seconds: float = Field(default=30.0, ge=0, description="route default")
    group_interval_seconds: float = Field(default=300.0, ge=0, description="route default")
    slack_timeout_seconds: float = Field(default=10.0, gt=0)
    slack_interval_seconds: float = Field(
        default=1.0, ge=0, description="per webhook, across the worker group"
    )
    delivery_max_attempts: int = Field(default=5, ge=1)
    delivery_backoff_seconds: float = Field(default=1.0, ge=0, description="first retry wait")
    delivery_max_age_hours: float = Field(
        default=24.0, gt=0, description="older alert versions are not delivered (replays)"
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
