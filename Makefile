# newsalerts — `make demo` runs the pipeline on a local broker, `make test` runs every test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed


.PHONY: test-scale
.PHONY: help install system-deps demo run test lint typecheck unit integration eval bench schemas broker-up broker-down clean dashboards

help:
	@echo "make demo    - install, start a local Kafka broker and the worker, feed sample posts, print alerts"
	@echo "make test    - lint, type-check and run the whole test suite (starts its own broker)"
	@echo "make bench   - throughput and ingest->alert latency on the real broker"

# Java 17 and Maven run the embedded Kafka broker; install them when a machine lacks them.
system-deps:
	@command -v java >/dev/null && command -v mvn >/dev/null || { \
	  echo "installing openjdk-17-jre-headless and maven (apt-get)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless maven; }
# promtool (Debian's prometheus package) checks and unit-tests deploy/prometheus; the tests start
# their own Prometheus on free ports, so Debian's service must not start (and hold :9090).
	@command -v promtool >/dev/null && command -v prometheus >/dev/null || { \
	  echo "installing prometheus (apt-get; its service is kept stopped)"; \
	  own=; [ -e /usr/sbin/policy-rc.d ] || { printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; \
	    chmod +x /usr/sbin/policy-rc.d; own=1; }; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus; \
	  rc=$$?; [ -z "$$own" ] || rm -f /usr/sbin/policy-rc.d; \
	  systemctl disable prometheus >/dev/null 2>&1 || true; exit $$rc; }

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: system-deps $(STAMP)

demo: install
	$(BIN)/newsalerts demo

run: install
	$(BIN)/newsalerts run

lint: $(STAMP)
	$(BIN)/ruff check streams schemas tests
	$(BIN)/ruff format --check streams schemas tests

typecheck: $(STAMP)
	$(BIN)/mypy

schemas: $(STAMP)
	$(BIN)/newsalerts schemas export

# Grafana dashboards are generated (streams/observability/dashboards.py): commit the JSON.
dashboards: $(STAMP)
	$(BIN)/python deploy/grafana/build_dashboards.py

test: install lint typecheck
	$(BIN)/python -m pytest -q -ra

# The two-worker scale-out test alone (it is part of `make test` too): for repeated runs after
# a faust or aiokafka upgrade (see README, Known issues).
test-scale: install
	$(BIN)/python -m pytest -q -ra -m scaleout tests/integration/test_scale_out.py

bench: install
	$(BIN)/newsalerts bench

broker-up: install
	$(BIN)/newsalerts broker up

broker-down: $(STAMP)
	$(BIN)/newsalerts broker down

clean:
	-$(BIN)/newsalerts broker down
	rm -rf .newsalerts .pytest_cache .mypy_cache .ruff_cache
