"""The Grafana dashboards: generated, committed in sync, and selecting only real metric names.

What a panel shows on real data is the job of tests/integration/test_prometheus_scrape.py.
"""

from __future__ import annotations

import json
import re
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest
import yaml

from streams.observability.catalog import (
    SYNTHETIC,
    faust_metric_names,
    known_metric_names,
    pipeline_metric_names,
)
from streams.observability.dashboards import (
    DASHBOARD_DIR,
    DASHBOARDS,
    DATASOURCE_VAR,
    drifted,
    load_dashboards,
    panel_queries,
    panels,
    render,
    write_all,
)
from streams.observability.promql import GRAFANA_BUILTINS, metric_names, substitute
from streams.observability.promtool import rule_files

REPO = Path(__file__).resolve().parents[2]
GRAFANA = REPO / "deploy" / "grafana"
COMPOSE = REPO / "deploy" / "docker-compose.yml"


@pytest.fixture(scope="module")
def boards() -> dict[str, dict[str, Any]]:
    return load_dashboards()


def test_committed_json_is_what_the_generator_renders() -> None:
    assert drifted() == [], "dashboards out of date: run `make dashboards` and commit the JSON"


def test_drift_check_catches_edited_missing_and_stale_files(tmp_path: Path) -> None:
    write_all(tmp_path)
    assert drifted(tmp_path) == []
    first, second = (tmp_path / spec.filename for spec in DASHBOARDS[:2])
    first.write_text(first.read_text().replace("Workers up", "Workers"), encoding="utf-8")
    second.unlink()
    (tmp_path / "hand-made.json").write_text("{}", encoding="utf-8")
    assert drifted(tmp_path) == sorted([first.name, second.name, "hand-made.json"])


def test_the_three_dashboards_the_issue_asks_for(boards: dict[str, dict[str, Any]]) -> None:
    assert set(boards) == {
        "newsalerts-overview.json",
        "newsalerts-events-alerts.json",
        "newsalerts-delivery.json",
    }
    for name, board in boards.items():
        assert board["uid"] == name.removesuffix(".json")
        assert "newsalerts" in board["tags"]
        assert json.loads(render(next(s for s in DASHBOARDS if s.uid == board["uid"]))) == board


def test_every_panel_has_a_promql_target_on_the_datasource_variable(
    boards: dict[str, dict[str, Any]],
) -> None:
    datasource = {"type": "prometheus", "uid": "${" + DATASOURCE_VAR + "}"}
    for board in boards.values():
        variables = {v["name"]: v for v in board["templating"]["list"]}
        assert variables[DATASOURCE_VAR]["query"] == "prometheus"
        for panel in panels(board):
            where = f"{board['uid']} / {panel['title']}"
            assert panel["datasource"] == datasource, where
            assert panel["targets"], f"{where}: no query"
            for target in panel["targets"]:
                assert target["datasource"] == datasource, where
                assert target["expr"].strip(), f"{where}: empty expr"
                assert metric_names(target["expr"]), f"{where}: selects no metric"


def test_every_metric_name_a_dashboard_uses_is_exposed_by_a_worker(
    boards: dict[str, dict[str, Any]],
) -> None:
    known = known_metric_names()
    unknown = {
        (q.dashboard, q.panel, name)
        for board in boards.values()
        for q in panel_queries(board)
        for name in metric_names(q.expr) - known
    }
    assert not unknown, f"metric names not exposed by streams/metrics.py or faust: {unknown}"


def test_every_selector_is_scoped_to_the_job_and_instance_variables(
    boards: dict[str, dict[str, Any]],
) -> None:
    # A selector without the variables would mix in another job's series of the same name.
    for board in boards.values():
        for q in panel_queries(board):
            selectors = re.findall(r"[a-z_:]+\{[^}]*\}", q.expr)
            assert selectors, q
            for selector in selectors:
                assert 'job=~"$job"' in selector and 'instance=~"$instance"' in selector, q


def test_panels_fit_the_grid_and_have_unique_ids(boards: dict[str, dict[str, Any]]) -> None:
    for board in boards.values():
        ids = [p["id"] for p in board["panels"]]
        assert len(ids) == len(set(ids)), board["uid"]
        for panel in board["panels"]:
            grid = panel["gridPos"]
            assert grid["x"] >= 0 and grid["x"] + grid["w"] <= 24, (board["uid"], panel["title"])


def test_the_dashboards_cover_the_issue_s_subjects(boards: dict[str, dict[str, Any]]) -> None:
    def names(uid: str) -> set[str]:
        board = boards[f"{uid}.json"]
        return {n for q in panel_queries(board) for n in metric_names(q.expr)}

    assert {
        "newsalerts_posts_received_total",
        "newsalerts_ingest_to_alert_seconds_bucket",
        "faust_topic_partition_end_offset",
        "faust_consumer_commit_latency_bucket",
        "faust_assignment_operations_total",
        "newsalerts_dead_letters_total",
    } <= names("newsalerts-overview")
    assert {
        "newsalerts_events_total",
        "newsalerts_alerts_opened_total",
        "newsalerts_posts_processed_total",
        "newsalerts_alert_actors_total",
        "newsalerts_dedup_hits_total",
    } <= names("newsalerts-events-alerts")
    assert {
        "newsalerts_deliveries_total",
        "newsalerts_delivery_retries_total",
        "newsalerts_delivery_seconds_bucket",
    } <= names("newsalerts-delivery")


def test_catalog_knows_pipeline_and_faust_names_by_their_exposition_names() -> None:
    pipeline, faust = pipeline_metric_names(), faust_metric_names()
    assert "newsalerts_posts_received_total" in pipeline
    assert {
        "newsalerts_stage_duration_seconds_bucket",
        "newsalerts_stage_duration_seconds_count",
    } <= pipeline
    assert "faust_messages_received_total" in faust  # a Counter gains `_total` when exposed
    assert "faust_topic_partition_end_offset" in faust  # a Gauge does not
    assert "newsalerts_posts_received" not in pipeline | faust
    assert known_metric_names() >= SYNTHETIC


@pytest.mark.parametrize(
    ("expr", "names"),
    [
        ('sum by (lang) (rate(newsalerts_events_total{job=~"$job"}[$__rate_interval]))',
         {"newsalerts_events_total"}),
        ("histogram_quantile(0.95, sum by (le) (rate(a_bucket[5m])))", {"a_bucket"}),
        ("a - on (instance, topic) group_left(x) b > 1e3 offset 5m", {"a", "b"}),
        ('label_replace(up, "dst", "$1", "src", "(.*)") or vector(0)', {"up"}),
        ("topk(10, sum without (instance) (x_total)) unless bool y", {"x_total", "y"}),
        ("job:rule:sum", {"job:rule:sum"}),
    ],
)  # fmt: skip
def test_metric_names_of_an_expression(expr: str, names: set[str]) -> None:
    assert metric_names(expr) == names


def test_grafana_variables_are_substituted_longest_first() -> None:
    expr = 'rate(x{job=~"$job"}[$__rate_interval]) + increase(y[${__range}])'
    out = substitute(expr, {**GRAFANA_BUILTINS, "$job": "newsalerts"})
    assert out == 'rate(x{job=~"newsalerts"}[1m]) + increase(y[5m])'


def test_alert_rules_select_only_exposed_metrics() -> None:
    known = known_metric_names()
    for path in rule_files():
        groups = yaml.safe_load(path.read_text(encoding="utf-8"))["groups"]
        rules = [rule for group in groups for rule in group["rules"]]
        recorded = {rule["record"] for rule in rules if "record" in rule}
        for rule in rules:
            unknown = metric_names(rule["expr"]) - known - recorded
            assert not unknown, (path.name, rule.get("alert") or rule.get("record"), unknown)


def test_provisioning_loads_the_committed_dashboards_from_the_compose_mount() -> None:
    provider = yaml.safe_load(
        (GRAFANA / "provisioning" / "dashboards" / "newsalerts.yaml").read_text()
    )["providers"][0]
    grafana = yaml.safe_load(COMPOSE.read_text())["services"]["grafana"]
    mounts = dict(v.removesuffix(":ro").split(":", 1) for v in grafana["volumes"])
    assert mounts["./grafana/dashboards"] == provider["options"]["path"]
    assert mounts["./grafana/provisioning"] == "/etc/grafana/provisioning"
    assert provider["type"] == "file"

    sources = yaml.safe_load(
        (GRAFANA / "provisioning" / "datasources" / "prometheus.yaml").read_text()
    )["datasources"]
    assert [(s["type"], s["url"]) for s in sources] == [("prometheus", "${PROMETHEUS_URL}")]
    assert "PROMETHEUS_URL" in grafana["environment"]


def test_the_sdk_build_is_pinned_exactly_and_installed() -> None:
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    pins = re.findall(r'"grafana-foundation-sdk==([^"]+)"', pyproject)
    assert len(pins) == 1 and "!" in pins[0], "pin the epoch build, e.g. 1769699379!11.6.0"
    assert version("grafana-foundation-sdk") == pins[0]


def test_dashboard_dir_is_the_committed_one() -> None:
    assert DASHBOARD_DIR == GRAFANA / "dashboards"
