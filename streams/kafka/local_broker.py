"""A real single-node Apache Kafka 4.x broker (KRaft, combined broker+controller) for dev and tests.

There is no Kafka broker on PyPI or in Debian and no Docker here, so the broker's jars come from
Maven Central: ``deploy/kafka/pom.xml`` lists them and ``ensure_jars()`` copies the resolved
classpath into a per-machine cache once. ``LocalBroker`` then runs ``kafka.Kafka`` with ``java``
as a detached process that outlives the Python process that started it (a CLI ``up`` command
returns; ``down`` in a later invocation stops it by the pid file in the data dir).

Layout of a broker's data dir::

    server.properties   written on every start (ports may change between starts)
    broker.pid          pid of the running JVM; absent when stopped
    kafka/              log.dirs: KRaft metadata log and topic partitions
    logs/server.log     log4j2 file log (WARN + startup lines), logs/broker.out: JVM stdout/err
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable, Coroutine, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError, for_code

T = TypeVar("T")

#: (name, partitions, topic configs such as {"cleanup.policy": "compact"})
TopicSpec = tuple[str, int, dict[str, str]]

DEPLOY_DIR = Path(__file__).resolve().parents[2] / "deploy" / "kafka"
LIB_DIR_ENV = "NEWSALERTS_KAFKA_LIB_DIR"
_MARKER = "newsalerts-jars.json"
_MIN_JAVA = 17
_TAIL_LINES = 40
# One metadata attempt; short so that a broker still booting is retried rather than waited on.
_PROBE_TIMEOUT = 5.0
# The defaults of Kafka's own bin/kafka-run-class.sh (KAFKA_JVM_PERFORMANCE_OPTS), heap aside.
_JVM_FLAGS = (
    "-server",
    "-XX:+UseG1GC",
    "-XX:MaxGCPauseMillis=20",
    "-XX:InitiatingHeapOccupancyPercent=35",
    "-XX:+ExplicitGCInvokesConcurrent",
    "-Djava.awt.headless=true",
    # A dev broker that ran out of heap should die visibly, not limp on.
    "-XX:+ExitOnOutOfMemoryError",
)


class BrokerError(RuntimeError):
    """The local broker cannot be provided; the message says why and what to do."""


class _BrokerDiedError(BrokerError):
    """The JVM exited while we waited for it: waiting longer is pointless."""


# --- deploy/kafka and the jars ------------------------------------------------------------------


def _deploy_file(name: str) -> Path:
    path = DEPLOY_DIR / name
    if not path.is_file():
        # Happens when the package is installed without the repo (e.g. a wheel).
        raise BrokerError(
            f"{path} is missing: the local Kafka broker needs the repo's deploy/kafka directory"
        )
    return path


def kafka_version() -> str:
    """The Kafka version pinned in deploy/kafka/pom.xml (the one place it is set)."""
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    node = ET.parse(_deploy_file("pom.xml")).getroot().find("m:properties/m:kafka.version", ns)
    if node is None or not (node.text or "").strip():
        raise BrokerError("deploy/kafka/pom.xml has no <kafka.version> property")
    return (node.text or "").strip()


def lib_dir() -> Path:
    """Where the broker's jars live: $NEWSALERTS_KAFKA_LIB_DIR or a per-user cache dir."""
    override = os.environ.get(LIB_DIR_ENV)
    if override:
        return Path(override).expanduser().resolve()
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "newsalerts" / f"kafka-{kafka_version()}" / "lib"


def _which(tool: str, hint: str) -> str:
    path = shutil.which(tool)
    if path is None:
        raise BrokerError(f"`{tool}` is not on PATH. {hint}")
    return path


def _require_java() -> str:
    java = _which(
        "java",
        f"Java {_MIN_JAVA}+ is needed to run the local Kafka broker: "
        "install openjdk-17-jre-headless (Debian/Ubuntu) or any JDK 17+.",
    )
    major = _java_major(java)
    if major < _MIN_JAVA:
        raise BrokerError(
            f"{java} is Java {major}; Kafka 4 needs Java {_MIN_JAVA}+: "
            "install openjdk-17-jre-headless and put it first on PATH."
        )
    return java


def _java_major(java: str) -> int:
    out = subprocess.run([java, "-version"], capture_output=True, text=True, check=False)
    # `java -version` prints e.g. 'openjdk version "17.0.15"' (or "1.8.0_x" for Java 8) on stderr.
    found = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if found is None:
        raise BrokerError(f"cannot tell the Java version of {java}: {out.stderr.strip()[:300]}")
    major = int(found.group(1))
    return int(found.group(2) or 0) if major == 1 else major


def _pom_digest() -> str:
    return hashlib.sha256(_deploy_file("pom.xml").read_bytes()).hexdigest()


def _read_marker(lib: Path) -> list[str] | None:
    """The jar names of a complete resolution of the current pom into ``lib``, else None."""
    try:
        marker = json.loads((lib / _MARKER).read_text())
    except (OSError, ValueError):
        return None
    if not isinstance(marker, dict) or marker.get("pom_sha256") != _pom_digest():
        return None
    jars = marker.get("jars")
    if not isinstance(jars, list) or not jars:
        return None
    if not all((lib / str(jar)).is_file() for jar in jars):
        return None
    return [str(jar) for jar in jars]


def ensure_jars() -> Path:
    """Resolve the broker's classpath into ``lib_dir()`` unless a complete copy is already there.

    Runs Maven only on a miss (first use on a machine, pom changed, files deleted), under a file
    lock so that parallel test sessions do not resolve at the same time.
    """
    lib = lib_dir()
    if _read_marker(lib) is not None:
        return lib
    lib.mkdir(parents=True, exist_ok=True)
    with _locked(lib.parent / f".{lib.name}.lock"):
        if _read_marker(lib) is None:
            _resolve_jars(lib)
    return lib


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _resolve_jars(lib: Path) -> None:
    _require_java()  # Maven needs it too, and the message is clearer from us.
    mvn = _which(
        "mvn",
        "Maven is needed once per machine to fetch the Kafka broker jars from Maven Central: "
        "install maven (Debian/Ubuntu: apt-get install maven).",
    )
    # Resolve into an empty dir first: the marker must list exactly this pom's jars, and a lib
    # dir shared across versions (NEWSALERTS_KAFKA_LIB_DIR) must not put two Kafkas on the path.
    with tempfile.TemporaryDirectory(dir=lib.parent, prefix=".resolve-") as tmp:
        _run_maven(mvn, Path(tmp))
        jars = sorted(p.name for p in Path(tmp).glob("*.jar"))
        if not jars:
            raise BrokerError(f"Maven resolved no jars from {DEPLOY_DIR / 'pom.xml'}")
        for name in jars:
            os.replace(Path(tmp) / name, lib / name)
    marker = {"pom_sha256": _pom_digest(), "kafka_version": kafka_version(), "jars": jars}
    (lib / _MARKER).write_text(json.dumps(marker, indent=1))


def _run_maven(mvn: str, out_dir: Path) -> None:
    cmd = [
        mvn, "-q", "-B", "-f", str(_deploy_file("pom.xml")), "dependency:copy-dependencies",
        "-DincludeScope=runtime", f"-DoutputDirectory={out_dir}",
    ]  # fmt: skip
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=1800, check=False)
    except subprocess.TimeoutExpired as exc:
        raise BrokerError("Maven did not finish resolving the Kafka jars in 30 minutes") from exc
    if done.returncode != 0:
        tail = _tail_text(done.stdout + done.stderr)
        raise BrokerError(
            f"Maven could not resolve the Kafka broker jars (exit {done.returncode}; "
            f"is Maven Central reachable?):\n{tail}"
        )


def _classpath() -> str:
    lib = ensure_jars()
    jars = _read_marker(lib) or []
    return os.pathsep.join(str(lib / jar) for jar in jars)


# --- readiness: a real metadata round trip --------------------------------------------------


def _host_ports(bootstrap: str) -> list[tuple[str, int]]:
    pairs = []
    for item in bootstrap.split(","):
        host, _, port = item.strip().rpartition(":")
        pairs.append((host.strip("[]") or "127.0.0.1", int(port)))
    return pairs


async def _port_open(bootstrap: str) -> None:
    # Cheap pre-check: keeps aiokafka from logging a connection error on every poll while
    # the JVM boots. Any one reachable bootstrap server will do.
    last: OSError = ConnectionRefusedError(f"nothing listens at {bootstrap}")
    for host, port in _host_ports(bootstrap):
        try:
            _, writer = await asyncio.open_connection(host, port)
        except OSError as exc:
            last = exc
            continue
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()
        return
    raise last


async def _probe(bootstrap: str, seconds: float) -> None:
    """One attempt: port open, then a Metadata request that must list at least one broker."""
    async with asyncio.timeout(seconds):
        await _port_open(bootstrap)
        admin = AIOKafkaAdminClient(
            bootstrap_servers=bootstrap, request_timeout_ms=int(seconds * 1000)
        )
        try:
            await admin.start()
            cluster: dict[str, Any] = await admin.describe_cluster()
        finally:
            await admin.close()
    # A combined-mode node accepts connections before its broker half has registered.
    if not cluster.get("brokers"):
        raise BrokerError(f"{bootstrap} answered but reports no registered brokers yet")


async def _wait_ready(bootstrap: str, seconds: float, check: Callable[[], None] | None) -> None:
    # A deadline over many short attempts, not one asyncio.timeout: each failed attempt is
    # retried, and the last error goes into the message.
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    last: BaseException | None = None
    while True:
        if check is not None:
            check()  # raises when the broker process has died: no point waiting on
        remaining = deadline - loop.time()
        if remaining <= 0:
            raise BrokerError(
                f"Kafka at {bootstrap} did not answer a metadata request within "
                f"{seconds:.0f}s (last error: {last!r})"
            )
        try:
            await _probe(bootstrap, min(_PROBE_TIMEOUT, remaining))
            return
        except (OSError, TimeoutError, KafkaError, BrokerError) as exc:
            last = exc
        await asyncio.sleep(0.2)


async def wait_ready(bootstrap: str, timeout: float = 60.0) -> None:  # noqa: ASYNC109 -- retries
    """Wait until the Kafka at ``bootstrap`` answers a metadata request; BrokerError on timeout."""
    await _wait_ready(bootstrap, timeout, None)


def _run_sync(make: Callable[[], Coroutine[Any, Any, T]]) -> T:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(make())
    # Called from code that already runs an event loop (async CLI, pytest-asyncio): asyncio.run
    # refuses to nest, so give the coroutine its own loop in a worker thread.
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(lambda: asyncio.run(make())).result()


def wait_ready_sync(bootstrap: str, timeout: float = 60.0) -> None:
    """Blocking ``wait_ready``; safe to call with or without a running event loop."""
    _run_sync(lambda: wait_ready(bootstrap, timeout))


def is_ready(bootstrap: str, timeout: float = _PROBE_TIMEOUT) -> bool:
    """One metadata round trip against ``bootstrap``; False instead of an error."""
    try:
        _run_sync(lambda: _probe(bootstrap, timeout))
    except (OSError, TimeoutError, KafkaError, BrokerError):
        return False
    return True


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now (tests run beside a dev broker on 9092)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _port_taken(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        # Kafka's acceptor sets SO_REUSEADDR too, so TIME_WAIT leftovers do not count as taken.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return True
    return False


# --- topics -------------------------------------------------------------------------------


async def create_topics(
    bootstrap: str,
    topics: Sequence[TopicSpec],
    replication_factor: int = 1,
    timeout: float = 30.0,  # noqa: ASYNC109 -- also Kafka's server-side CreateTopics timeout
) -> list[str]:
    """Create the topics that do not exist yet; returns the names it created.

    Existing topics are left as they are (partitions and configs are not altered). Returns only
    once the new topics have a leader for every partition, so producing right after is safe.
    """
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=int(timeout * 1000))
    try:
        await admin.start()
        existing = set(await admin.list_topics())
        missing = [spec for spec in topics if spec[0] not in existing]
        if not missing:
            return []
        new = [NewTopic(name, parts, replication_factor, topic_configs=dict(configs))
               for name, parts, configs in missing]  # fmt: skip
        response = await admin.create_topics(new, timeout_ms=int(timeout * 1000))
        _raise_topic_errors(response.topic_errors)
        names = [spec[0] for spec in missing]
        await _wait_for_leaders(admin, names, timeout)
        return names
    finally:
        await admin.close()


def _raise_topic_errors(topic_errors: Sequence[Sequence[Any]]) -> None:
    # Entries are (topic, error_code) or (topic, error_code, error_message) by protocol version.
    for entry in topic_errors:
        name, code = entry[0], entry[1]
        # Already-exists is a race with another creator (or auto-create): the goal is met.
        if code in (0, TopicAlreadyExistsError.errno):
            continue
        message = entry[2] if len(entry) > 2 and entry[2] else for_code(code).description
        raise BrokerError(f"cannot create topic {name!r}: {for_code(code).__name__}: {message}")


async def _wait_for_leaders(admin: AIOKafkaAdminClient, names: list[str], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while True:
        described = await admin.describe_topics(names)
        if all(_has_leaders(topic) for topic in described):
            return
        if time.monotonic() > deadline:
            raise BrokerError(f"topics {names} have no leader after {seconds:.0f}s")
        await asyncio.sleep(0.1)


def _has_leaders(topic: dict[str, Any]) -> bool:
    parts = topic.get("partitions") or []
    return bool(topic.get("error_code") == 0 and parts and all(p["leader"] >= 0 for p in parts))


def ensure_topics(bootstrap: str, topics: Sequence[TopicSpec], replication_factor: int = 1) -> None:
    """Blocking ``create_topics``: create the missing topics, leave existing ones alone."""
    _run_sync(lambda: create_topics(bootstrap, topics, replication_factor))


# --- the broker process ---------------------------------------------------------------------


@dataclass(frozen=True)
class BrokerStatus:
    running: bool  # a broker process of this data dir is alive
    pid: int | None
    bootstrap: str
    data_dir: Path
    ready: bool  # it answered a metadata request just now


@dataclass
class LocalBroker:
    """One Kafka node (broker + KRaft controller) whose state lives in ``data_dir``."""

    data_dir: Path
    port: int = 9092
    controller_port: int = 9093
    heap: str = "512m"
    # Kept so this process can reap the JVM it started (an unreaped child looks alive).
    _proc: subprocess.Popen[bytes] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        # Absolute: the path is matched against the JVM's command line to recognise our broker.
        self.data_dir = Path(self.data_dir).expanduser().resolve()

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def properties_file(self) -> Path:
        return self.data_dir / "server.properties"

    @property
    def pid_file(self) -> Path:
        return self.data_dir / "broker.pid"

    @property
    def log_dir(self) -> Path:
        """log4j output (server.log) and the JVM's stdout/stderr (broker.out)."""
        return self.data_dir / "logs"

    @property
    def kafka_dir(self) -> Path:
        """Kafka's ``log.dirs``: metadata log and partitions."""
        return self.data_dir / "kafka"

    # --- public operations -------------------------------------------------------------

    def start(self, timeout: float = 60.0) -> str:
        """Start the broker unless it already runs; return its bootstrap once it answers."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        # Serialised per data dir: two racing starts (a CLI and a worker) would otherwise both
        # launch a JVM, and the loser's pid file would hide the winner.
        with _locked(self.data_dir / ".broker.lock"):
            return self._start_locked(timeout)

    def stop(self, timeout: float = 30.0) -> bool:
        """Stop the broker (SIGTERM, SIGKILL after ``timeout``); False if none was running."""
        if not self.data_dir.is_dir():
            return False
        with _locked(self.data_dir / ".broker.lock"):
            return self._stop_locked(timeout)

    def status(self) -> BrokerStatus:
        """Is this data dir's broker running, and does it answer a metadata request now?

        ``bootstrap`` is where a running broker really listens, which differs from
        ``self.bootstrap`` if it was started with other ports.
        """
        pid = self._live_pid()
        bootstrap = (self._running_bootstrap() if pid is not None else None) or self.bootstrap
        return BrokerStatus(
            running=pid is not None,
            pid=pid,
            bootstrap=bootstrap,
            data_dir=self.data_dir,
            ready=pid is not None and is_ready(bootstrap),
        )

    # --- start steps -------------------------------------------------------------------

    def _start_locked(self, timeout: float) -> str:
        pid = self._live_pid()
        if pid is not None:
            self._check_same_ports(pid)
            self._await_ready(pid, timeout)
            return self.bootstrap
        java = _require_java()
        classpath = _classpath()
        self._check_ports()
        self._prepare_dirs()
        self._format_storage(java, classpath)
        pid = self._launch(java, classpath)
        try:
            self._await_ready(pid, timeout)
        except BaseException:
            self._stop_locked(timeout=10.0)  # do not leave a half-started JVM behind
            raise
        return self.bootstrap

    def _stop_locked(self, timeout: float) -> bool:
        pid = self._live_pid()
        if pid is None:
            self._forget()
            return False
        # SIGTERM runs Kafka's shutdown hook: a clean shutdown skips log recovery next start.
        self._signal(pid, signal.SIGTERM)
        if not self._wait_exit(pid, timeout):
            self._signal(pid, signal.SIGKILL)
            self._wait_exit(pid, 10.0)
        self._forget()
        return True

    def _check_same_ports(self, pid: int) -> None:
        # Without this, a start with new ports would wait its whole timeout on a port nobody
        # listens on, while the running broker answers on the old one.
        running = self._running_bootstrap()
        if running not in (None, self.bootstrap):
            raise BrokerError(
                f"the broker of {self.data_dir} already runs (pid {pid}) at {running}, "
                f"not {self.bootstrap}: use {running}, or stop it first to change its ports"
            )

    def _running_bootstrap(self) -> str | None:
        """The address in the server.properties the running broker was started with."""
        try:
            text = self.properties_file.read_text()
        except OSError:
            return None
        found = re.search(r"^advertised\.listeners=PLAINTEXT://(\S+)$", text, re.MULTILINE)
        return found.group(1) if found else None

    def _check_ports(self) -> None:
        for port in (self.port, self.controller_port):
            if _port_taken(port):
                raise BrokerError(
                    f"port {port} on 127.0.0.1 is in use by another process: stop it, or pick "
                    "other ports (NEWSALERTS_LOCAL_BROKER_PORT / ..._CONTROLLER_PORT)"
                )

    def _prepare_dirs(self) -> None:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self.kafka_dir.mkdir(parents=True, exist_ok=True)
        self.properties_file.write_text(self._server_properties())

    def _server_properties(self) -> str:
        settings = {
            "process.roles": "broker,controller",
            "node.id": "1",
            # Dynamic quorum (KIP-853), formatted --standalone. Verified: a later start with a
            # different controller port still elects this single voter.
            "controller.quorum.bootstrap.servers": f"127.0.0.1:{self.controller_port}",
            "listeners": (
                f"PLAINTEXT://127.0.0.1:{self.port},CONTROLLER://127.0.0.1:{self.controller_port}"
            ),
            "advertised.listeners": f"PLAINTEXT://127.0.0.1:{self.port}",
            "controller.listener.names": "CONTROLLER",
            "inter.broker.listener.name": "PLAINTEXT",
            "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "log.dirs": str(self.kafka_dir),
            # One node: internal topics cannot have more replicas than brokers.
            "offsets.topic.replication.factor": "1",
            "transaction.state.log.replication.factor": "1",
            "transaction.state.log.min.isr": "1",
            "share.coordinator.state.topic.replication.factor": "1",
            "share.coordinator.state.topic.min.isr": "1",
            "min.insync.replicas": "1",
            # The 3 s default delays every first consumer-group join (every test, every demo).
            "group.initial.rebalance.delay.ms": "0",
            "auto.create.topics.enable": "true",
            "num.partitions": "4",
            # The log cleaner allocates its dedupe buffer on the heap at startup (128 MiB by
            # default); 32 MiB still indexes ~1M keys per pass, plenty for a dev broker.
            "log.cleaner.dedupe.buffer.size": str(32 * 1024 * 1024),
        }
        lines = ["# Written by streams/kafka/local_broker.py on every start; edits are lost."]
        lines += [f"{key}={value}" for key, value in settings.items()]
        return "\n".join(lines) + "\n"

    def _format_storage(self, java: str, classpath: str) -> None:
        if (self.kafka_dir / "meta.properties").is_file():
            return  # formatted by an earlier start; the cluster id must stay the same
        cmd = [
            java, *self._log_flags(), "kafka.tools.StorageTool", "format",
            "-t", _random_cluster_id(), "-c", str(self.properties_file),
            "--standalone", "--ignore-formatted",
        ]  # fmt: skip
        done = subprocess.run(
            cmd, env=_java_env(classpath), capture_output=True, text=True, timeout=120, check=False
        )
        if done.returncode != 0:
            tail = _tail_text(done.stdout + done.stderr)
            raise BrokerError(f"formatting Kafka storage in {self.kafka_dir} failed:\n{tail}")

    def _log_flags(self) -> list[str]:
        return [
            f"-Dlog4j2.configurationFile={_deploy_file('log4j2.yaml')}",
            f"-Dkafka.logs.dir={self.log_dir}",
        ]

    def _launch(self, java: str, classpath: str) -> int:
        cmd = [
            java, f"-Xmx{self.heap}", f"-Xms{_initial_heap(self.heap)}", *_JVM_FLAGS,
            *self._log_flags(), "kafka.Kafka", str(self.properties_file),
        ]  # fmt: skip
        with (self.log_dir / "broker.out").open("ab") as out:
            # start_new_session: own process group, so the terminal's Ctrl-C aimed at the CLI
            # that started it does not take the broker down, and it outlives that CLI.
            self._proc = subprocess.Popen(
                cmd, env=_java_env(classpath), stdin=subprocess.DEVNULL, stdout=out,
                stderr=subprocess.STDOUT, cwd=self.data_dir, start_new_session=True,
            )  # fmt: skip
        self.pid_file.write_text(f"{self._proc.pid}\n")
        return self._proc.pid

    def _await_ready(self, pid: int, timeout: float) -> None:
        def check() -> None:
            if not self._alive(pid):
                raise _BrokerDiedError(
                    f"the Kafka broker (pid {pid}) exited during start; "
                    f"its log:\n{self._log_tail()}"
                )

        try:
            _run_sync(lambda: _wait_ready(self.bootstrap, timeout, check))
        except _BrokerDiedError:
            raise
        except BrokerError as exc:
            raise BrokerError(f"{exc}\nbroker log ({self.log_dir}):\n{self._log_tail()}") from None

    def _log_tail(self) -> str:
        parts = []
        for name in ("broker.out", "server.log"):
            path = self.log_dir / name
            if path.is_file() and path.stat().st_size:
                text = path.read_text(errors="replace")
                parts.append(f"--- {path} ---\n{_tail_text(text)}")
        return "\n".join(parts) or "(no log output)"

    # --- process bookkeeping -------------------------------------------------------------

    def _live_pid(self) -> int | None:
        """The pid from the pid file if that process is alive and is this data dir's broker."""
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        if self._alive(pid) and self._is_our_broker(pid):
            return pid
        self._forget()  # stale: the broker died (or the machine rebooted and the pid is reused)
        return None

    def _is_our_broker(self, pid: int) -> bool:
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except OSError:
            return True  # no /proc (macOS): trust the liveness check alone
        return b"kafka.Kafka" in cmdline and str(self.properties_file).encode() in cmdline

    def _alive(self, pid: int) -> bool:
        if self._proc is not None and self._proc.pid == pid:
            return self._proc.poll() is None
        return _pid_alive(pid)

    def _wait_exit(self, pid: int, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while self._alive(pid):
            if time.monotonic() > deadline:
                return False
            time.sleep(0.1)
        return True

    @staticmethod
    def _signal(pid: int, sig: signal.Signals) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)

    def _forget(self) -> None:
        self.pid_file.unlink(missing_ok=True)
        self._proc = None


# --- small helpers ------------------------------------------------------------------------


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    # A zombie (exited, parent has not reaped it yet) still answers kill(0).
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rpartition(")")[2].split()[0] != "Z"


def _java_env(classpath: str) -> dict[str, str]:
    # The classpath (46 jars) goes in $CLASSPATH rather than -cp so that `ps`/`pgrep -af` show
    # a readable command line; it also replaces any CLASSPATH the user's shell exported.
    return {**os.environ, "CLASSPATH": classpath}


def _random_cluster_id() -> str:
    # Kafka's Uuid.randomUuid().toString(): 16 random bytes, URL-safe base64 without padding;
    # Kafka avoids ids starting with "-" because command lines would read them as flags.
    while True:
        text = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not text.startswith("-"):
            return text


def _initial_heap(heap: str) -> str:
    # -Xms above -Xmx makes the JVM refuse to start, so a small heap setting wins.
    return heap if _heap_bytes(heap) < _heap_bytes("128m") else "128m"


def _heap_bytes(size: str) -> int:
    found = re.fullmatch(r"(\d+)([kKmMgG]?)", size.strip())
    if found is None:
        raise BrokerError(f"heap must look like 512m or 1g, got {size!r}")
    scale = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[found.group(2).lower()]
    return int(found.group(1)) * scale


def _tail_text(text: str, lines: int = _TAIL_LINES) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])
