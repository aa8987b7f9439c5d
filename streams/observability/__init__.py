"""Observability as code: dashboards, metric-name catalog, PromQL helpers, promtool runner.

Everything here is pure or shells out to a named tool: the tests import it to check that the
committed dashboards and rules only use metrics the service really exposes.
"""
