"""Grafana dashboards as code (grafana-foundation-sdk), rendered to ``deploy/grafana/dashboards``.

The panels are declared as data (``DASHBOARDS``) so that the tests can walk them; ``build``
turns a declaration into the SDK's dashboard model, ``render`` into the committed JSON.
``python deploy/grafana/build_dashboards.py`` writes the files, ``--check`` reports drift.

Every selector carries ``job=~"$job", instance=~"$instance"``: the same dashboards serve one
worker or many, next to other jobs in a shared Prometheus.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from grafana_foundation_sdk.builders import bargauge, common, stat, timeseries
from grafana_foundation_sdk.builders import dashboard as db
from grafana_foundation_sdk.builders import prometheus as prom
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.models import common as cm
from grafana_foundation_sdk.models import dashboard as dm

PanelKind = Literal["timeseries", "stat", "bargauge"]

DASHBOARD_DIR = Path(__file__).resolve().parents[2] / "deploy" / "grafana" / "dashboards"
DATASOURCE_VAR = "datasource"
#: A panel's data source: whichever Prometheus the ``datasource`` variable points at.
DATASOURCE = dm.DataSourceRef(type_val="prometheus", uid="${" + DATASOURCE_VAR + "}")
SELECTOR = 'job=~"$job", instance=~"$instance"'
TAGS = ["newsalerts"]


# --- PromQL helpers: every panel's query reads the same way --------------------------------


def sel(metric: str, matchers: str = "") -> str:
    inner = f"{SELECTOR}, {matchers}" if matchers else SELECTOR
    return f"{metric}{{{inner}}}"


def rate(metric: str, by: str = "", matchers: str = "", window: str = "$__rate_interval") -> str:
    grouping = f" by ({by})" if by else ""
    return f"sum{grouping} (rate({sel(metric, matchers)}[{window}]))"


def increase(metric: str, by: str, matchers: str = "") -> str:
    return f"sum by ({by}) (increase({sel(metric, matchers)}[$__range]))"


def quantile(q: float, histogram: str, by: str = "") -> str:
    grouping = f"le, {by}" if by else "le"
    return f"histogram_quantile({q}, {rate(histogram + '_bucket', by=grouping)})"


def ratio(numerator: str, denominator: str) -> str:
    # `or vector(0)`: no failure series yet means 0 %, not "no data"; clamp_min: no traffic at
    # all stays "no data" (the denominator is empty) instead of a division by zero.
    return f"({numerator} or vector(0)) / clamp_min({denominator}, 1e-9)"


CONSUMER_LAG = (
    f"sum by (topic) ({sel('faust_topic_partition_end_offset')}"
    f" - on (instance, topic, partition) {sel('faust_topic_partition_offset_commited')})"
)


# --- declarations -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Query:
    expr: str
    legend: str = ""


@dataclass(frozen=True)
class PanelSpec:
    title: str
    description: str
    queries: tuple[Query, ...]
    unit: str = "short"
    kind: PanelKind = "timeseries"
    width: int = 12
    height: int = 8
    stacked: bool = False


@dataclass(frozen=True)
class RowSpec:
    title: str
    panels: tuple[PanelSpec, ...]


@dataclass(frozen=True)
class DashboardSpec:
    uid: str
    title: str
    description: str
    rows: tuple[RowSpec, ...]
    links: tuple[str, ...] = field(default=())

    @property
    def filename(self) -> str:
        return f"{self.uid}.json"


def q(expr: str, legend: str = "") -> Query:
    return Query(expr, legend)


OVERVIEW = DashboardSpec(
    uid="newsalerts-overview",
    title="newsalerts / Pipeline overview",
    description="Throughput, latency, Kafka consumer lag and errors of the stream workers.",
    rows=(
        RowSpec(
            "Throughput",
            (
                PanelSpec(
                    "Workers up",
                    "Scrape targets of the job that answer (one per worker).",
                    (q(f"sum(up{{{SELECTOR}}})", "up"),),
                    kind="stat",
                    width=4,
                ),
                PanelSpec(
                    "Posts in / s",
                    "Raw posts read from the posts topic (before validation).",
                    (q(rate("newsalerts_posts_received_total"), "received"),),
                    unit="reqps",
                    kind="stat",
                    width=4,
                ),
                PanelSpec(
                    "Dead letters / s",
                    "Records written to the dead-letter topic, all stages.",
                    (q(rate("newsalerts_dead_letters_total"), "dead letters"),),
                    unit="reqps",
                    kind="stat",
                    width=4,
                ),
                PanelSpec(
                    "Posts by outcome",
                    "Received vs processed (by language, known only after cleaning) vs rejected.",
                    (
                        q(rate("newsalerts_posts_received_total"), "received"),
                        q(
                            rate("newsalerts_posts_processed_total", by="lang"),
                            "processed {{lang}}",
                        ),
                        q(
                            rate("newsalerts_posts_rejected_total", by="reason"),
                            "rejected {{reason}}",
                        ),
                    ),
                    unit="reqps",
                    width=12,
                ),
                PanelSpec(
                    "Events and alert versions / s",
                    "Events extracted and alert versions published, all types.",
                    (
                        q(rate("newsalerts_events_total"), "events"),
                        q(rate("newsalerts_alerts_total"), "alert versions"),
                    ),
                    unit="reqps",
                    width=24,
                ),
            ),
        ),
        RowSpec(
            "Latency",
            (
                PanelSpec(
                    "Ingest → alert latency",
                    "From the broker timestamp of a post to the publication of its alerts.",
                    (
                        q(quantile(0.5, "newsalerts_ingest_to_alert_seconds"), "p50"),
                        q(quantile(0.95, "newsalerts_ingest_to_alert_seconds"), "p95"),
                        q(quantile(0.99, "newsalerts_ingest_to_alert_seconds"), "p99"),
                    ),
                    unit="s",
                ),
                PanelSpec(
                    "Stage duration p95",
                    "Time spent in each pipeline stage (cleaning, language, extraction...).",
                    (q(quantile(0.95, "newsalerts_stage_duration_seconds", "stage"), "{{stage}}"),),
                    unit="s",
                ),
                PanelSpec(
                    "Kafka commit and send latency p95",
                    "faust's sensor: offset commit and producer send latency (milliseconds).",
                    (
                        q(quantile(0.95, "faust_consumer_commit_latency"), "commit"),
                        q(quantile(0.95, "faust_producer_send_latency"), "send"),
                    ),
                    unit="ms",
                    width=24,
                ),
            ),
        ),
        RowSpec(
            "Kafka",
            (
                PanelSpec(
                    "Consumer lag by topic",
                    "Highwater minus committed offset, summed over partitions. faust sets the "
                    "highwater when it fetches, so an idle topic shows its last known lag.",
                    (q(CONSUMER_LAG, "{{topic}}"),),
                ),
                PanelSpec(
                    "Partitions consumed by worker",
                    "Partitions each worker received messages from since the last rebalance: "
                    "scale-out and fail-over at a glance.",
                    (
                        q(
                            "count by (instance) "
                            f"({sel('faust_messages_received_per_topics_partition')})",
                            "{{instance}}",
                        ),
                    ),
                ),
                PanelSpec(
                    "Rebalances",
                    "Partition assignments completed or failed, rebalances in progress, and "
                    "partitions the stall guard sought back to their committed offset "
                    "(streams/kafka/stall.py; a few after a takeover are expected).",
                    (
                        q(
                            increase("faust_assignment_operations_total", "operation"),
                            "assignments {{operation}}",
                        ),
                        q(f"sum({sel('faust_total_rebalances')})", "in progress"),
                        q(
                            increase("newsalerts_partition_rewinds_total", "job"),
                            "stall-guard rewinds",
                        ),
                    ),
                ),
                PanelSpec(
                    "Messages in / out by topic",
                    "Kafka messages received and sent by the workers, per topic.",
                    (
                        q(
                            rate("faust_messages_received_per_topic_total", by="topic"),
                            "in {{topic}}",
                        ),
                        q(rate("faust_topic_messages_sent_total", by="topic"), "out {{topic}}"),
                    ),
                    unit="reqps",
                ),
            ),
        ),
        RowSpec(
            "Errors",
            (
                PanelSpec(
                    "Dead letters by stage",
                    "Posts and events the pipeline could not process, kept on the DLQ topic.",
                    (q(rate("newsalerts_dead_letters_total", by="stage"), "{{stage}}"),),
                    unit="reqps",
                    stacked=True,
                ),
                PanelSpec(
                    "Producer send errors",
                    "Kafka sends that failed (faust's sensor).",
                    (q(rate("faust_total_error_messages_sent_total"), "send errors"),),
                    unit="reqps",
                ),
            ),
        ),
    ),
)


EVENTS_ALERTS = DashboardSpec(
    uid="newsalerts-events-alerts",
    title="newsalerts / Events and alerts",
    description="What the pipeline finds: events by type and language, alerts by type and "
    "severity, their life cycle, and the actors that make the news.",
    rows=(
        RowSpec(
            "Events",
            (
                PanelSpec(
                    "Events by type",
                    "Events extracted per second, by event type.",
                    (q(rate("newsalerts_events_total", by="type"), "{{type}}"),),
                    unit="reqps",
                    stacked=True,
                ),
                PanelSpec(
                    "Events by language",
                    "Events extracted per second, by the post's language.",
                    (q(rate("newsalerts_events_total", by="lang"), "{{lang}}"),),
                    unit="reqps",
                    stacked=True,
                ),
                PanelSpec(
                    "Posts processed by language",
                    "Posts cleaned and extracted in the time range, by language.",
                    (q(increase("newsalerts_posts_processed_total", "lang"), "{{lang}}"),),
                    kind="bargauge",
                ),
                PanelSpec(
                    "Rejected posts by reason",
                    "Posts sent to the dead-letter topic in the time range, by reason.",
                    (q(increase("newsalerts_posts_rejected_total", "reason"), "{{reason}}"),),
                    kind="bargauge",
                ),
            ),
        ),
        RowSpec(
            "Alerts",
            (
                PanelSpec(
                    "Alert versions by type",
                    "Alert versions published per second (new, updated and retracted).",
                    (q(rate("newsalerts_alerts_total", by="type"), "{{type}}"),),
                    unit="reqps",
                    stacked=True,
                ),
                PanelSpec(
                    "New alerts by severity",
                    "First versions of alerts per second, by severity.",
                    (q(rate("newsalerts_alerts_opened_total", by="severity"), "{{severity}}"),),
                    unit="reqps",
                    stacked=True,
                ),
                PanelSpec(
                    "New alerts by type and severity",
                    "Alerts opened in the time range.",
                    (
                        q(
                            increase("newsalerts_alerts_opened_total", "type, severity"),
                            "{{type}} / {{severity}}",
                        ),
                    ),
                    kind="bargauge",
                ),
                PanelSpec(
                    "Alert life cycle",
                    "Updates (new evidence or magnitude), retractions and near-duplicate reprints.",
                    (
                        q(rate("newsalerts_alerts_updated_total", by="type"), "updated {{type}}"),
                        q(
                            rate("newsalerts_alerts_retracted_total", by="type"),
                            "retracted {{type}}",
                        ),
                        q(rate("newsalerts_dedup_hits_total"), "dedup hits"),
                    ),
                    unit="reqps",
                ),
                PanelSpec(
                    "Top actors",
                    "The 10 actors with the most alert versions in the time range (gazetteer "
                    "entities; free-text actors count as 'other').",
                    (
                        q(
                            f"topk(10, {increase('newsalerts_alert_actors_total', 'actor')})",
                            "{{actor}}",
                        ),
                    ),
                    kind="bargauge",
                    width=24,
                    height=10,
                ),
            ),
        ),
    ),
)


SLACK_ATTEMPTS = 'receiver="slack", outcome=~"sent|failed|dead_lettered"'
SLACK_FAILED = 'receiver="slack", outcome=~"failed|dead_lettered"'

DELIVERY = DashboardSpec(
    uid="newsalerts-delivery",
    title="newsalerts / Delivery",
    description="Alert delivery to receivers (Slack): outcomes, retries, latency, dead letters.",
    rows=(
        RowSpec(
            "Slack",
            (
                PanelSpec(
                    "Slack failure ratio",
                    "Share of Slack deliveries that failed or were dead-lettered (silenced and "
                    "duplicate ones aside).",
                    (
                        q(
                            ratio(
                                rate("newsalerts_deliveries_total", matchers=SLACK_FAILED),
                                rate("newsalerts_deliveries_total", matchers=SLACK_ATTEMPTS),
                            ),
                            "failure ratio",
                        ),
                    ),
                    unit="percentunit",
                    kind="stat",
                    width=6,
                ),
                PanelSpec(
                    "Deliveries by outcome",
                    "Final outcome of each delivery (sent, failed, dead_lettered, silenced, "
                    "duplicate), per receiver kind.",
                    (
                        q(
                            rate("newsalerts_deliveries_total", by="receiver, outcome"),
                            "{{receiver}} {{outcome}}",
                        ),
                    ),
                    unit="reqps",
                    width=18,
                    stacked=True,
                ),
                PanelSpec(
                    "Retries by cause",
                    "Delivery retries per second: rate limited (429), server errors, timeouts.",
                    (
                        q(
                            rate("newsalerts_delivery_retries_total", by="receiver, cause"),
                            "{{receiver}} {{cause}}",
                        ),
                    ),
                    unit="reqps",
                ),
                PanelSpec(
                    "Delivery latency p95",
                    "From an alert version's publication to its successful delivery.",
                    (
                        q(
                            quantile(0.95, "newsalerts_delivery_seconds", "receiver"),
                            "{{receiver}}",
                        ),
                    ),
                    unit="s",
                ),
            ),
        ),
        RowSpec(
            "Dead letters",
            (
                PanelSpec(
                    "Dead-lettered deliveries",
                    "Deliveries given up on and written to the dead-letter topic.",
                    (
                        q(
                            increase(
                                "newsalerts_deliveries_total",
                                "receiver",
                                'outcome="dead_lettered"',
                            ),
                            "{{receiver}}",
                        ),
                    ),
                    kind="bargauge",
                ),
                PanelSpec(
                    "Pipeline dead letters by stage",
                    "Posts and events written to the dead-letter topic, per stage.",
                    (q(rate("newsalerts_dead_letters_total", by="stage"), "{{stage}}"),),
                    unit="reqps",
                    stacked=True,
                ),
            ),
        ),
    ),
)

DASHBOARDS: tuple[DashboardSpec, ...] = (OVERVIEW, EVENTS_ALERTS, DELIVERY)


# --- building with the SDK --------------------------------------------------------------------


def _target(query: Query, ref: str, instant: bool) -> prom.Dataquery:
    target = prom.Dataquery().expr(query.expr).ref_id(ref).datasource(DATASOURCE)
    if query.legend:
        target = target.legend_format(query.legend)
    return target.instant() if instant else target.range()


def _panel_builder(spec: PanelSpec) -> timeseries.Panel | stat.Panel | bargauge.Panel:
    if spec.kind == "stat":
        return stat.Panel().reduce_options(common.ReduceDataOptions().calcs(["lastNotNull"]))
    if spec.kind == "bargauge":
        return (
            bargauge.Panel()
            .orientation(cm.VizOrientation.HORIZONTAL)
            .reduce_options(common.ReduceDataOptions().calcs(["lastNotNull"]))
        )
    panel = (
        timeseries.Panel()
        .fill_opacity(10)
        .legend(
            common.VizLegendOptions()
            .display_mode(cm.LegendDisplayMode.LIST)
            .placement(cm.LegendPlacement.BOTTOM)
            .show_legend(True)
        )
    )
    if spec.stacked:
        panel = panel.stacking(common.StackingConfig().mode(cm.StackingMode.NORMAL))
    return panel


def _panel(spec: PanelSpec, panel_id: int) -> timeseries.Panel | stat.Panel | bargauge.Panel:
    # Bar gauges rank totals over the time range: one instant query is what they show.
    instant = spec.kind == "bargauge"
    panel = (
        _panel_builder(spec)
        .id(panel_id)
        .title(spec.title)
        .description(spec.description)
        .datasource(DATASOURCE)
        .unit(spec.unit)
        .span(spec.width)
        .height(spec.height)
    )
    for index, query in enumerate(spec.queries):
        panel = panel.with_target(_target(query, chr(ord("A") + index), instant))
    return panel


def _variables() -> list[Any]:
    def label_values(name: str, query: str) -> db.QueryVariable:
        return (
            db.QueryVariable(name)
            .label(name)
            .datasource(DATASOURCE)
            .query(query)
            .refresh(dm.VariableRefresh.ON_TIME_RANGE_CHANGED)
            .sort(dm.VariableSort.ALPHABETICAL_ASC)
            .multi(True)
            .include_all(True)
            .all_value(".*")
            .current(dm.VariableOption(selected=True, text="All", value="$__all"))
        )

    return [
        db.DatasourceVariable(DATASOURCE_VAR).label("Data source").type("prometheus"),
        label_values("job", "label_values(newsalerts_posts_received_total, job)"),
        label_values(
            "instance", 'label_values(newsalerts_posts_received_total{job=~"$job"}, instance)'
        ),
    ]


def build(spec: DashboardSpec) -> dm.Dashboard:
    board = (
        db.Dashboard(spec.title)
        .uid(spec.uid)
        .description(spec.description)
        .tags(TAGS)
        .editable()
        .refresh("30s")
        .time("now-3h", "now")
        .timezone("browser")
        .tooltip(dm.DashboardCursorSync.CROSSHAIR)
        .link(db.DashboardLink("newsalerts").type(dm.DashboardLinkType.DASHBOARDS).tags(TAGS))
    )
    for variable in _variables():
        board = board.with_variable(variable)
    panel_id = 0
    for row in spec.rows:
        panel_id += 1
        board = board.with_row(db.Row(row.title).id(panel_id))
        for panel in row.panels:
            panel_id += 1
            board = board.with_panel(_panel(panel, panel_id))
    return board.build()


def render(spec: DashboardSpec) -> str:
    """The committed JSON of ``spec``: stable key order, two-space indent, final newline."""
    encoded = json.dumps(build(spec), cls=JSONEncoder, sort_keys=True, indent=2)
    return encoded + "\n"


def write_all(directory: Path = DASHBOARD_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for spec in DASHBOARDS:
        path = directory / spec.filename
        path.write_text(render(spec), encoding="utf-8")
        written.append(path)
    return written


def drifted(directory: Path = DASHBOARD_DIR) -> list[str]:
    """Files whose content differs from what the generator renders (missing ones included),
    and JSON files that no declaration renders any more."""
    expected = {spec.filename: render(spec) for spec in DASHBOARDS}
    stale = [p.name for p in directory.glob("*.json") if p.name not in expected]
    changed = [
        name
        for name, text in expected.items()
        if not (directory / name).is_file()
        or (directory / name).read_text(encoding="utf-8") != text
    ]
    return sorted(changed + stale)


# --- reading committed dashboards (tests, tooling) --------------------------------------------


@dataclass(frozen=True)
class PanelQuery:
    dashboard: str
    panel: str
    ref_id: str
    expr: str


def load_dashboards(directory: Path = DASHBOARD_DIR) -> dict[str, dict[str, Any]]:
    """Committed dashboard JSON by file name."""
    return {
        path.name: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(directory.glob("*.json"))
    }


def panels(board: dict[str, Any]) -> list[dict[str, Any]]:
    """Every panel that shows data (rows excluded, panels of collapsed rows included)."""
    found: list[dict[str, Any]] = []
    for panel in board.get("panels", []):
        if panel.get("type") == "row":
            found.extend(panel.get("panels", []))
        else:
            found.append(panel)
    return found


def panel_queries(board: dict[str, Any]) -> list[PanelQuery]:
    return [
        PanelQuery(board["uid"], panel["title"], target.get("refId", ""), target.get("expr", ""))
        for panel in panels(board)
        for target in panel.get("targets", [])
    ]
