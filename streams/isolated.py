"""``process_post`` in a child process with a deadline: how the stream worker extracts.

Extraction runs hundreds of patterns and a native morphological analyser over text nobody
controls. A pattern that backtracks exponentially on one odd post (README, *Known issues*) would
stall the worker on that post for good, and a crash in native code would kill it; either way the
post is read again after a restart, and the worker stalls or crashes again. Here one child
process extracts. A post that takes longer than the deadline, or kills the child, becomes a dead
letter (``extract_timeout``, ``extract_crashed``) with its original bytes, a fresh child takes
the next post, and the worker keeps running. A thread cannot be stopped from outside; a process
can.

The calls block (they wait on a pipe): the agent runs them in a one-thread executor, off the
event loop, as it ran extraction itself before.
"""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.context import SpawnProcess

from streams.intake import SourceRecord, dead_letter
from streams.pipeline import Pipeline, warm_up
from streams.process import Extracted, Rejected, process_post
from streams.topics import OUTPUT_MAX_BYTES

log = logging.getLogger(__name__)

_READY = "ready"
# Building the pipeline and warming it up loads lexicons and the Korean model: seconds.
_START_SECONDS = 300.0


class IsolatedExtractor:
    """One extraction child at a time; ``process`` never raises for what a post does to it."""

    def __init__(
        self,
        pipeline_factory: Callable[[], Pipeline],
        timeout: float,
        log_level: str = "info",
        max_output_bytes: int = OUTPUT_MAX_BYTES,
    ) -> None:
        # The factory goes to a freshly spawned interpreter by reference: a module-level function.
        self._factory = pipeline_factory
        self._timeout = timeout
        self._log_level = log_level
        self._max_output_bytes = max_output_bytes
        self._proc: SpawnProcess | None = None
        self._conn: Connection | None = None
        self.restarts = 0

    def start(self) -> None:
        """Start the child and wait until its pipeline is built and warmed up."""
        # spawn, not fork: the worker has threads (faust, aiokafka, the executor) by now.
        ctx = multiprocessing.get_context("spawn")
        conn, child_conn = ctx.Pipe()
        proc = ctx.Process(
            target=_serve,
            args=(child_conn, self._factory, self._log_level, self._max_output_bytes),
            name="newsalerts-extract",
            daemon=True,  # ends with the worker; it also ends when its pipe closes
        )
        proc.start()
        child_conn.close()
        self._proc, self._conn = proc, conn
        ready = conn.poll(_START_SECONDS)
        try:
            if ready and conn.recv() == _READY:
                return
        except EOFError:
            pass
        code = self._stop()
        raise RuntimeError(f"the extraction process did not start (exit code {code})")

    def process(
        self, raw: bytes | None, record: SourceRecord, ingested_at: dt.datetime | None = None
    ) -> Extracted | Rejected:
        """The outcome of ``process_post`` for one raw post, within the deadline."""
        conn = self._ready_conn()
        try:
            conn.send((raw, record, ingested_at))
        except OSError:  # the child died while idle (killed from outside): a new one
            self._stop()
            conn = self._ready_conn()
            conn.send((raw, record, ingested_at))
        if conn.poll(self._timeout):
            try:
                outcome: Extracted | Rejected = conn.recv()
                return outcome
            except EOFError:  # poll() answers at once, too, when the child dies
                pass
            code = self._stop()
            reason, detail = "extract_crashed", f"the extraction process died (exit code {code})"
        else:
            self._stop()
            reason = "extract_timeout"
            detail = f"extraction took longer than {self._timeout:g} s; the process was restarted"
        self.restarts += 1
        log.error(
            "extraction process replaced: %s (%s); the post at %s[%d]@%d is a dead letter",
            reason,
            detail,
            record.topic,
            record.partition,
            record.offset,
        )
        return Rejected(dead_letter(raw, record, reason, detail, stage="extract"))

    @property
    def pid(self) -> int | None:
        """The child's process id, while one runs."""
        return self._proc.pid if self._proc is not None else None

    def close(self) -> None:
        self._stop()

    def _ready_conn(self) -> Connection:
        if self._proc is None or self._conn is None or not self._proc.is_alive():
            self._stop()
            self.start()
        assert self._conn is not None
        return self._conn

    def _stop(self) -> int | None:
        """Kill the child (if any) and return its exit code."""
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        if conn is not None:
            conn.close()
        if proc is None:
            return None
        if proc.is_alive():
            proc.kill()
        proc.join(10)
        code = proc.exitcode
        if code is not None:  # a process stuck in the kernel outlives SIGKILL for a while
            proc.close()
        return code


def _serve(
    conn: Connection, factory: Callable[[], Pipeline], log_level: str, max_output_bytes: int
) -> None:
    """The child: build the pipeline, then extract posts until the worker's end of the pipe
    closes."""
    from streams.logs import configure_logging

    configure_logging(log_level)
    pipeline = factory()
    warm_up(pipeline)
    conn.send(_READY)
    while True:
        try:
            raw, record, ingested_at = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(process_post(raw, record, pipeline, ingested_at, max_output_bytes))
