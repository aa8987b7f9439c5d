"""deploy/: docker-compose.yml, the Dockerfile and the Kubernetes manifests, validated offline.

There is no Docker engine or Compose plugin in CI, and no cluster: compose is validated, after
variable interpolation, against the Compose Specification's JSON schema as the
``docker-compose`` 1.29.2 wheel on PyPI ships it (``compose/config/compose_spec.json``; fetched
once with pip into a cache, nothing vendored); the manifests against Kubernetes' OpenAPI schemas
(kubernetes-validate, strict: unknown fields fail). Cross-file checks keep settings, ports,
paths and topic definitions consistent with the code.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import pytest
import yaml

from streams.observability.manifests import strimzi_topics
from streams.settings import Settings
from streams.topics import TopicNames

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
COMPOSE = DEPLOY / "docker-compose.yml"
K8S = DEPLOY / "k8s"
COMPOSE_WHEEL = "docker-compose==1.29.2"
COMPOSE_SCHEMA_MEMBER = "compose/config/compose_spec.json"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "newsalerts"
# The oldest Kubernetes minor still commonly run, and the newest the package knows.
K8S_VERSIONS = ("1.30.0", kubernetes_validate.utils.latest_version())
NOT_MANIFESTS = {"kustomization.yaml", "strimzi-topics.yaml"}  # kustomize's; Strimzi's CRD
NOT_APPLIED = {"secret.example.yaml"}  # the real Secret is created out of band
SETTING_NAMES = {f"NEWSALERTS_{name.upper()}" for name in Settings.model_fields}


# --- compose ----------------------------------------------------------------------------------

_VAR = re.compile(r"\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_]\w*)")


def interpolate(value: str, env: dict[str, str]) -> str:
    """Compose's interpolation: ``${V}``, ``${V:-default}``, ``${V-default}``, ``${V:?err}``."""

    def one(m: re.Match[str]) -> str:
        if m.group(0) == "$$":
            return "$"
        name = m.group(1) or m.group(4)
        op, arg = m.group(2), m.group(3) or ""
        current = env.get(name)
        if op == ":-":
            return current or arg
        if op == "-":
            return arg if current is None else current
        if op in (":?", "?") and not current:
            raise ValueError(f"required variable {name}: {arg}")
        return current or ""

    return _VAR.sub(one, value)


def interpolated(node: Any, env: dict[str, str]) -> Any:
    if isinstance(node, dict):
        return {k: interpolated(v, env) for k, v in node.items()}
    if isinstance(node, list):
        return [interpolated(v, env) for v in node]
    return interpolate(node, env) if isinstance(node, str) else node


@pytest.fixture(scope="session")
def compose_schema() -> dict[str, Any]:
    """The Compose Specification schema from a PyPI wheel (downloaded once, no install)."""
    target = CACHE / "compose-spec" / "compose_spec.json"
    if not target.exists():
        wheels = CACHE / "compose-spec" / "wheel"
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(wheels),
             COMPOSE_WHEEL],
            check=True,
        )  # fmt: skip
        wheel = next(wheels.glob("docker_compose-*.whl"))
        with zipfile.ZipFile(wheel) as zf:
            target.write_bytes(zf.read(COMPOSE_SCHEMA_MEMBER))
    schema: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
    return schema


def compose_errors(doc: Any, schema: dict[str, Any]) -> list[str]:
    validator = jsonschema.Draft7Validator(schema)
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc)
    ]


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    doc: dict[str, Any] = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    return doc


def resolved(compose: dict[str, Any]) -> dict[str, Any]:
    """The file as Compose reads it with an empty environment: defaults filled in, and
    integers where the schema wants them (Compose converts interpolated strings)."""
    doc: dict[str, Any] = interpolated(compose, {})
    deploy = doc["services"]["worker"]["deploy"]
    deploy["replicas"] = int(deploy["replicas"])
    return doc


def test_compose_file_follows_the_compose_spec(
    compose: dict[str, Any], compose_schema: dict[str, Any]
) -> None:
    assert compose_errors(resolved(compose), compose_schema) == []


def test_compose_validation_catches_mistakes(
    compose: dict[str, Any], compose_schema: dict[str, Any]
) -> None:
    broken = resolved(compose)
    broken["services"]["worker"]["enviroment"] = {"X": "1"}  # typo: unknown key
    broken["services"]["kafka"]["depends_on"] = {"worker": {"condition": "when_ready"}}
    errors = compose_errors(broken, compose_schema)
    assert any("enviroment" in e for e in errors), errors
    assert any("when_ready" in e for e in errors), errors


def test_compose_runs_kafka_workers_prometheus_and_grafana(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert {"kafka", "worker", "prometheus", "grafana"} <= set(services)
    assert services["kafka"]["image"].startswith("apache/kafka:4.1")
    assert services["kafka"]["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"
    worker = services["worker"]
    assert worker["deploy"]["replicas"] == "${NEWSALERTS_WORKERS:-2}"
    assert worker["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert (REPO / worker["build"]["dockerfile"]).is_file()
    assert (COMPOSE.parent / worker["build"]["context"]).resolve() == REPO


def test_compose_worker_settings_come_from_the_environment(compose: dict[str, Any]) -> None:
    everything = compose["services"]["worker"]["environment"]
    env = {k: v for k, v in everything.items() if k.startswith("NEWSALERTS_")}
    assert set(env) <= SETTING_NAMES, set(env) - SETTING_NAMES
    # The rest are webhook secrets, passed through from the environment, never written here.
    secrets = set(everything) - set(env)
    subs = tomllib.loads((DEPLOY / "subscriptions.example.toml").read_text(encoding="utf-8"))
    url_envs = {r["url_env"] for r in subs.get("receivers", []) if "url_env" in r}
    assert secrets and secrets <= url_envs, (secrets, url_envs)
    assert all(everything[k] == f"${{{k}:-}}" for k in secrets)
    for name in ("KAFKA_BOOTSTRAP", "TOPIC_PARTITIONS", "TOPIC_REPLICATION", "APP_ID"):
        assert env[f"NEWSALERTS_{name}"].startswith(f"${{NEWSALERTS_{name}"), name
    settings = Settings.model_validate(
        {k.removeprefix("NEWSALERTS_").lower(): v for k, v in interpolated(env, {}).items()}
    )
    assert settings.kafka_bootstrap == "kafka:9092"
    assert settings.web_host == "0.0.0.0"
    # Prometheus finds every replica by the service's DNS name on the worker's port.
    prometheus = yaml.safe_load((DEPLOY / "prometheus" / "prometheus.yml").read_text())
    job = next(j for j in prometheus["scrape_configs"] if j["job_name"] == "newsalerts")
    dns = job["dns_sd_configs"][0]
    assert dns["names"] == ["worker"] and dns["port"] == settings.web_port


def test_compose_mounts_exist(compose: dict[str, Any]) -> None:
    for name, service in compose["services"].items():
        for volume in service.get("volumes", []):
            source = volume.split(":", 1)[0]
            if source.startswith("."):
                assert (COMPOSE.parent / source).exists(), (name, volume)
    prometheus = compose["services"]["prometheus"]
    assert "./prometheus:/etc/prometheus:ro" in prometheus["volumes"]
    assert "--config.file=/etc/prometheus/prometheus.yml" in prometheus["command"]


def test_interpolation_follows_compose_rules() -> None:
    env = {"SET": "x", "EMPTY": ""}
    assert interpolate("${SET:-d} ${EMPTY:-d} ${EMPTY-d} ${UNSET-d} $$SET $SET", env) == (
        "x d  d $SET x"
    )
    with pytest.raises(ValueError, match="UNSET"):
        interpolate("${UNSET:?set it}", env)


# --- Dockerfile -------------------------------------------------------------------------------


def test_dockerfile_builds_a_non_root_worker_image() -> None:
    text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    instructions = [line.split(None, 1) for line in text.splitlines() if line[:1].isalpha()]
    by_name: dict[str, list[str]] = {}
    for name, arg in instructions:
        by_name.setdefault(name, []).append(arg)
    base = by_name["FROM"][0]
    assert ":" in base and not base.endswith(":latest"), base
    assert by_name["USER"][-1] not in {"root", "0"}
    assert by_name["EXPOSE"] == [str(Settings.model_fields["web_port"].default)]
    assert json.loads(by_name["ENTRYPOINT"][0]) == ["newsalerts"]
    for arg in by_name["COPY"]:
        *sources, _dest = arg.split()
        for source in sources:
            assert source == "README.md" or (REPO / source).exists(), source


# --- Kubernetes -------------------------------------------------------------------------------


def k8s_documents(path: Path) -> Iterator[dict[str, Any]]:
    for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")):
        if doc:
            yield doc


def manifests() -> dict[str, list[dict[str, Any]]]:
    """Every Kubernetes manifest (the example Secret included), by file name."""
    return {
        p.name: list(k8s_documents(p))
        for p in sorted(K8S.glob("*.yaml"))
        if p.name not in NOT_MANIFESTS
    }


def by_kind(kind: str) -> list[dict[str, Any]]:
    return [d for docs in manifests().values() for d in docs if d["kind"] == kind]


def settings_configmap() -> dict[str, Any]:
    return next(c for c in by_kind("ConfigMap") if c["metadata"]["name"] == "newsalerts-settings")


def settings_data() -> dict[str, str]:
    data: dict[str, str] = settings_configmap()["data"]
    return data


@pytest.mark.parametrize("k8s_version", K8S_VERSIONS)
def test_manifests_are_valid_kubernetes_objects(k8s_version: str) -> None:
    docs = [d for ds in manifests().values() for d in ds]
    assert {d["kind"] for d in docs} >= {
        "Namespace",
        "ConfigMap",
        "Secret",
        "Service",
        "StatefulSet",
        "PodDisruptionBudget",
        "Job",
    }
    for doc in docs:
        kubernetes_validate.validate(doc, k8s_version, strict=True)


def test_kubernetes_validation_catches_mistakes() -> None:
    statefulset = json.loads(json.dumps(by_kind("StatefulSet")[0]))
    statefulset["spec"]["template"]["spec"]["containers"][0]["envfrom"] = []
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(statefulset, K8S_VERSIONS[-1], strict=True)
    statefulset = json.loads(json.dumps(by_kind("StatefulSet")[0]))
    statefulset["spec"]["replicas"] = "three"
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(statefulset, K8S_VERSIONS[-1], strict=True)


def test_kustomization_lists_every_manifest_in_one_namespace() -> None:
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text())
    assert sorted(kustomization["resources"]) == sorted(set(manifests()) - NOT_APPLIED)
    for doc in (d for ds in manifests().values() for d in ds):
        if doc["kind"] != "Namespace":
            assert doc["metadata"]["namespace"] == kustomization["namespace"], doc["kind"]


def test_settings_configmap_holds_production_values() -> None:
    settings = settings_data()
    assert set(settings) <= SETTING_NAMES, set(settings) - SETTING_NAMES
    assert settings["NEWSALERTS_TOPIC_REPLICATION"] == "3"
    assert settings["NEWSALERTS_KAFKA_BOOTSTRAP"]
    parsed = Settings.model_validate(
        {k.removeprefix("NEWSALERTS_").lower(): v for k, v in settings.items()}
    )
    statefulset = by_kind("StatefulSet")[0]
    assert statefulset["spec"]["replicas"] <= parsed.topic_partitions  # idle workers otherwise


def test_statefulset_wires_settings_secret_volume_and_metrics_port() -> None:
    statefulset = by_kind("StatefulSet")[0]
    settings = settings_configmap()
    pod = statefulset["spec"]["template"]
    container = pod["spec"]["containers"][0]
    refs = {next(iter(ref.values()))["name"] for ref in container["envFrom"]}
    assert refs == {settings["metadata"]["name"], by_kind("Secret")[0]["metadata"]["name"]}
    claim = statefulset["spec"]["volumeClaimTemplates"][0]["metadata"]["name"]
    mounts = {m["name"]: m["mountPath"] for m in container["volumeMounts"]}
    assert mounts[claim] == settings["data"]["NEWSALERTS_DATA_DIR"]
    port = {p["name"]: p["containerPort"] for p in container["ports"]}["metrics"]
    assert str(port) == settings["data"]["NEWSALERTS_WEB_PORT"]
    labels = pod["metadata"]["labels"]
    for service in by_kind("Service"):
        assert service["spec"]["selector"].items() <= labels.items(), service["metadata"]
        assert service["spec"]["ports"][0]["targetPort"] == "metrics"
    assert statefulset["spec"]["serviceName"] in {s["metadata"]["name"] for s in by_kind("Service")}


def test_secret_is_an_example_without_webhooks() -> None:
    for secret in by_kind("Secret"):
        assert all(value == "" for value in secret.get("stringData", {}).values())
        assert "data" not in secret


def test_subscriptions_are_valid_and_take_webhooks_from_the_secret(tmp_path: Path) -> None:
    from streams.deliver.dispatch.route import SlackReceiver, load_subscriptions

    config = next(c for c in by_kind("ConfigMap") if "subscriptions.toml" in c["data"])
    path = tmp_path / "subscriptions.toml"
    path.write_text(config["data"]["subscriptions.toml"], encoding="utf-8")
    secret_keys = set(by_kind("Secret")[0]["stringData"])
    env = dict.fromkeys(secret_keys, "https://hooks.slack.invalid/services/T/B/x")
    subscriptions = load_subscriptions(path, env)
    slack = [r for r in subscriptions.receivers if isinstance(r, SlackReceiver)]
    assert slack and {r.url_env for r in slack} <= secret_keys
    settings = next(c for c in by_kind("ConfigMap") if "NEWSALERTS_APP_ID" in c["data"])["data"]
    container = by_kind("StatefulSet")[0]["spec"]["template"]["spec"]["containers"][0]
    mounts = {m["name"]: m["mountPath"] for m in container["volumeMounts"]}
    assert settings["NEWSALERTS_SUBSCRIPTIONS_FILE"] == mounts["subscriptions"] + "/" + path.name


def test_strimzi_topics_are_generated_from_the_code() -> None:
    assert (K8S / "strimzi-topics.yaml").read_text(encoding="utf-8") == strimzi_topics(), (
        "out of date: run `python -m streams.observability.manifests`"
    )


def test_strimzi_topics_match_the_settings() -> None:
    settings = settings_data()
    partitions = int(settings["NEWSALERTS_TOPIC_PARTITIONS"])
    names = TopicNames(settings["NEWSALERTS_TOPIC_PREFIX"])
    expected = {spec.name: spec for spec in names.specs(partitions)}
    topics = {d["spec"]["topicName"]: d for d in k8s_documents(K8S / "strimzi-topics.yaml")}
    assert set(topics) == set(expected)
    for name, doc in topics.items():
        assert doc["kind"] == "KafkaTopic"
        assert re.fullmatch(r"[a-z0-9]([-a-z0-9.]*[a-z0-9])?", doc["metadata"]["name"]), name
        spec = doc["spec"]
        assert spec["partitions"] == partitions, name
        assert spec["replicas"] == int(settings["NEWSALERTS_TOPIC_REPLICATION"]) == 3, name
        assert spec["config"] == {"min.insync.replicas": "2", **expected[name].config}, name
