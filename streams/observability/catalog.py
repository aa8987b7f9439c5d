"""The names of every series one worker's ``/metrics`` can expose, without running a worker.

Dashboards and alert rules may only use these names. They come from the same code that
registers the metrics (``streams.metrics.Metrics`` and faust's ``FaustMetrics``), so a renamed
metric breaks the dashboard test instead of leaving an empty panel in production.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from faust.sensors.prometheus import FaustMetrics
from prometheus_client import CollectorRegistry
from prometheus_client.metrics_core import Metric

from streams.metrics import Metrics

#: ``name_prefix`` that ``streams.app`` gives faust's Prometheus sensor.
FAUST_PREFIX = "faust"
#: Series Prometheus adds to every scrape target by itself.
SYNTHETIC = frozenset(
    {
        "up",
        "scrape_duration_seconds",
        "scrape_samples_scraped",
        "scrape_samples_post_metric_relabeling",
        "scrape_series_added",
    }
)
# Exposition suffixes per metric type (prometheus_client drops `_created`: see streams.metrics).
_SUFFIXES: dict[str, tuple[str, ...]] = {
    "counter": ("_total",),
    "histogram": ("_bucket", "_sum", "_count"),
    "summary": ("_sum", "_count", ""),
    "gauge": ("",),
    "info": ("_info",),
}


def exposed_names(families: Iterable[Metric]) -> set[str]:
    """Series names as scraped: a counter ``x`` is ``x_total``, a histogram ``x`` is
    ``x_bucket``/``x_sum``/``x_count``. Works for labelled metrics that have no child yet."""
    names: set[str] = set()
    for family in families:
        for suffix in _SUFFIXES.get(family.type, ("",)):
            names.add(family.name + suffix)
    return names


def pipeline_metric_names() -> frozenset[str]:
    return frozenset(exposed_names(Metrics.create().registry.collect()))


def faust_metric_names() -> frozenset[str]:
    registry = CollectorRegistry(auto_describe=True)
    FaustMetrics.create(registry, FAUST_PREFIX)
    return frozenset(exposed_names(registry.collect()))


@cache
def known_metric_names() -> frozenset[str]:
    """Every name a dashboard panel or alert rule may select."""
    return pipeline_metric_names() | faust_metric_names() | SYNTHETIC
