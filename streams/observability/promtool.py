"""Run ``promtool`` (Debian's ``prometheus`` package) on the committed Prometheus files."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

PROMETHEUS_DIR = Path(__file__).resolve().parents[2] / "deploy" / "prometheus"
CONFIG = PROMETHEUS_DIR / "prometheus.yml"
RULES_DIR = PROMETHEUS_DIR / "rules"
RULE_TESTS_DIR = PROMETHEUS_DIR / "tests"
INSTALL_HINT = "install it with `make system-deps` (Debian package `prometheus`)"


@dataclass(frozen=True)
class ToolResult:
    args: list[str]
    returncode: int
    output: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    def __str__(self) -> str:
        return f"$ {' '.join(self.args)}  (exit {self.returncode})\n{self.output}"


def find_promtool() -> str | None:
    return shutil.which("promtool")


def in_ci() -> bool:
    """CI sets CI=true: there a missing tool is a broken setup, not a reason to skip."""
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def run_promtool(args: list[str], cwd: Path = PROMETHEUS_DIR, timeout: float = 120.0) -> ToolResult:
    promtool = find_promtool()
    if promtool is None:
        raise FileNotFoundError(f"promtool not found: {INSTALL_HINT}")
    proc = subprocess.run(
        [promtool, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False
    )
    return ToolResult([promtool, *args], proc.returncode, proc.stdout + proc.stderr)


def rule_files(directory: Path = RULES_DIR) -> list[Path]:
    return sorted(directory.glob("*.yml"))


def rule_test_files(directory: Path = RULE_TESTS_DIR) -> list[Path]:
    return sorted(directory.glob("*.yml"))


def check_config(config: Path = CONFIG) -> ToolResult:
    # cwd = the config's directory: rule_files paths are relative to it, as in the container.
    return run_promtool(["check", "config", config.name], cwd=config.parent)


def check_rules(files: list[Path]) -> ToolResult:
    return run_promtool(["check", "rules", *map(str, files)])


def run_rule_tests(files: list[Path]) -> ToolResult:
    # cwd = the tests' directory: their rule_files are relative to it.
    return run_promtool(["test", "rules", *(f.name for f in files)], cwd=files[0].parent)
