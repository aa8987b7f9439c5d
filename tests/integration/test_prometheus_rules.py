"""promtool on deploy/prometheus: the config, the alert rules and the rules' unit tests.

Skips (with how to install) when promtool is absent on a developer's machine; in CI (CI=true)
a missing promtool fails, since `make system-deps` installs it there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from streams.observability.promtool import (
    CONFIG,
    INSTALL_HINT,
    check_config,
    check_rules,
    find_promtool,
    in_ci,
    rule_files,
    rule_test_files,
    run_rule_tests,
)


@pytest.fixture(autouse=True)
def _promtool() -> None:
    if find_promtool() is None:
        message = f"promtool not found: {INSTALL_HINT}"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)


def test_prometheus_config_is_valid_and_loads_the_rules() -> None:
    result = check_config(CONFIG)
    assert result.ok, result
    assert "SUCCESS" in result.output
    assert f"{len(rule_files())} rule files found" in result.output, result


def test_alert_rules_are_valid() -> None:
    files = rule_files()
    assert files, "no rule files in deploy/prometheus/rules"
    result = check_rules(files)
    assert result.ok, result


def test_alert_rules_pass_their_unit_tests() -> None:
    files = rule_test_files()
    assert files, "no promtool unit tests in deploy/prometheus/tests"
    result = run_rule_tests(files)
    assert result.ok, result
    assert "SUCCESS" in result.output


def test_every_alert_has_a_unit_test() -> None:
    alerts = {
        rule["alert"]
        for path in rule_files()
        for group in yaml.safe_load(path.read_text())["groups"]
        for rule in group["rules"]
        if "alert" in rule
    }
    tested = {
        case["alertname"]
        for path in rule_test_files()
        for test in yaml.safe_load(path.read_text())["tests"]
        for case in test.get("alert_rule_test", [])
        if case.get("exp_alerts")  # shown firing, not only silent
    }
    assert alerts - tested == set()


def test_alerts_read_recorded_series_from_their_own_group() -> None:
    # Groups are evaluated in no fixed order (concurrently in Prometheus, in map order in
    # promtool), so an alert reading a series recorded in another group sees it one evaluation
    # late: a flaky promtool test and a stale $value. Rules inside one group run in order.
    for path in rule_files():
        groups = yaml.safe_load(path.read_text())["groups"]
        recorded_in = {
            rule["record"]: group["name"]
            for group in groups
            for rule in group["rules"]
            if "record" in rule
        }
        for group in groups:
            for rule in group["rules"]:
                if "alert" not in rule:
                    continue
                for series, home in recorded_in.items():
                    if series in rule["expr"]:
                        assert home == group["name"], (rule["alert"], series, home)


def test_a_wrong_expectation_fails_promtool(tmp_path: Path) -> None:
    # The runner must surface a failing unit test (not only "it ran").
    rules = rule_files()[0]
    case = tmp_path / "wrong_test.yml"
    case.write_text(
        f"rule_files: [{rules}]\n"
        "evaluation_interval: 1m\n"
        "tests:\n"
        "  - interval: 1m\n"
        "    input_series:\n"
        '      - series: \'up{job="newsalerts", instance="w1:6066"}\'\n'
        "        values: '1x10'\n"
        "    alert_rule_test:\n"
        "      - eval_time: 5m\n"
        "        alertname: NewsalertsWorkerDown\n"
        "        exp_alerts: [{exp_labels: {severity: critical, instance: 'w1:6066'}}]\n",
        encoding="utf-8",
    )
    result = run_rule_tests([case])
    assert not result.ok
    assert "FAILED" in result.output
