"""The one settings object: every knob of newsalerts, read from the environment.

Environment variables are prefixed ``NEWSALERTS_`` (e.g. ``NEWSALERTS_KAFKA_BOOTSTRAP``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

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


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
