"""Prometheus metrics of the pipeline, on a registry of their own per app.

Names follow Prometheus conventions (base units, ``_total``, ``_seconds``); every label has a
handful of values (stage, reason, event type, language) — never a post id, URL or source.
"""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Histogram, disable_created_metrics

# `_created` series double every counter's output and no dashboard of ours reads them.
disable_created_metrics()  # type: ignore[no-untyped-call]

# Per-stage work is milliseconds; Korean morphology on a long post can take a second.
STAGE_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
# Ingest→alert spans two Kafka hops and the commit/linger intervals of each.
E2E_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)
# Actors outside the gazetteer are free text: one series each would grow without bound.
OTHER_ACTOR = "other"


def actor_label(actor: str | None, actor_id: str | None) -> str:
    """The ``actor`` label value: a gazetteer entity's canonical name, else ``other``.

    Only entities with a knowledge-base id come from the (bounded) gazetteer, so the label has
    at most as many values as the gazetteer has entries.
    """
    return actor if actor and actor_id else OTHER_ACTOR


@dataclass
class Metrics:
    registry: CollectorRegistry
    posts_received: Counter
    posts_processed: Counter
    posts_rejected: Counter
    dead_letters: Counter
    events: Counter
    alerts: Counter
    stage_seconds: Histogram
    ingest_to_alert_seconds: Histogram
    # Alert life cycle and delivery (clustering, routing, Slack).
    alerts_opened: Counter
    alerts_updated: Counter
    alerts_retracted: Counter
    dedup_hits: Counter
    partition_rewinds: Counter
    deliveries: Counter
    delivery_retries: Counter
    delivery_seconds: Histogram
    # "Top actors" panel; label bounded by actor_label().
    alert_actors: Counter

    @classmethod
    def create(cls, registry: CollectorRegistry | None = None) -> Metrics:
        reg = registry if registry is not None else CollectorRegistry(auto_describe=True)
        return cls(
            registry=reg,
            posts_received=Counter(
                "newsalerts_posts_received_total",
                "Raw posts read from the posts topic",
                registry=reg,
            ),
            posts_processed=Counter(
                "newsalerts_posts_processed_total",
                "Posts cleaned and extracted, by language",
                ["lang"],
                registry=reg,
            ),
            posts_rejected=Counter(
                "newsalerts_posts_rejected_total",
                "Posts sent to the dead-letter topic, by reason",
                ["reason"],
                registry=reg,
            ),
            dead_letters=Counter(
                "newsalerts_dead_letters_total",
                "Dead-letter records written, by stage",
                ["stage"],
                registry=reg,
            ),
            events=Counter(
                "newsalerts_events_total",
                "Events extracted, by type and language",
                ["type", "lang"],
                registry=reg,
            ),
            alerts=Counter(
                "newsalerts_alerts_total",
                "Alert versions published, by type",
                ["type"],
                registry=reg,
            ),
            stage_seconds=Histogram(
                "newsalerts_stage_duration_seconds",
                "Time spent in each pipeline stage",
                ["stage"],
                buckets=STAGE_BUCKETS,
                registry=reg,
            ),
            ingest_to_alert_seconds=Histogram(
                "newsalerts_ingest_to_alert_seconds",
                "From the broker timestamp of a post to the publication of its alerts",
                buckets=E2E_BUCKETS,
                registry=reg,
            ),
            alerts_opened=Counter(
                "newsalerts_alerts_opened_total",
                "New alerts (first version), by type and severity",
                ["type", "severity"],
                registry=reg,
            ),
            alerts_updated=Counter(
                "newsalerts_alerts_updated_total",
                "Alert versions after the first (new evidence or magnitude), by type and severity",
                ["type", "severity"],
                registry=reg,
            ),
            alerts_retracted=Counter(
                "newsalerts_alerts_retracted_total",
                "Alerts retracted (no post reports them any more), by type and severity",
                ["type", "severity"],
                registry=reg,
            ),
            dedup_hits=Counter(
                "newsalerts_dedup_hits_total",
                "Posts recognised as near-duplicate reprints of an earlier post",
                registry=reg,
            ),
            partition_rewinds=Counter(
                "newsalerts_partition_rewinds_total",
                "Stream partitions sought back to their committed offset by the stall guard "
                "(records fetched but never delivered by faust; streams/kafka/stall.py)",
                registry=reg,
            ),
            deliveries=Counter(
                "newsalerts_deliveries_total",
                "Delivery attempts' final outcomes, by receiver kind "
                "(sent, failed, dead_lettered, silenced, duplicate)",
                ["receiver", "outcome"],
                registry=reg,
            ),
            delivery_retries=Counter(
                "newsalerts_delivery_retries_total",
                "Retries of a delivery, by receiver kind and cause (rate_limited, server_error, "
                "timeout)",
                ["receiver", "cause"],
                registry=reg,
            ),
            delivery_seconds=Histogram(
                "newsalerts_delivery_seconds",
                "From an alert version's publication to its successful delivery",
                ["receiver"],
                buckets=E2E_BUCKETS,
                registry=reg,
            ),
            alert_actors=Counter(
                "newsalerts_alert_actors_total",
                "Alert versions published, by actor (gazetteer entities; others are 'other')",
                ["actor"],
                registry=reg,
            ),
        )
