"""The process-wide kiwipiepy analyser.

Loading kiwipiepy's model takes about a second and ~100 MB, so it is created once, on first
use (importing this module stays cheap), and shared by every caller in the process. Creation is
guarded by a lock because stream workers may call ``kiwi()`` from several threads at once.
kiwipiepy's docs say nothing either way about concurrent ``tokenize`` calls on one object; 8
threads × 400 calls here gave results identical to a single thread. Analysis is CPU-bound
(~50 Korean posts/s per core), so run it in a worker pool, never on the event loop.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiwipiepy import Kiwi

_lock = threading.Lock()
_instance: Kiwi | None = None


def kiwi() -> Kiwi:
    """The shared ``kiwipiepy.Kiwi`` (default model), created on first call."""
    global _instance
    if _instance is None:
        with _lock:
            if _instance is None:  # another thread may have created it while we waited
                from kiwipiepy import Kiwi

                _instance = Kiwi()
    return _instance


def is_loaded() -> bool:
    """Whether the analyser has been created (for health checks and metrics)."""
    return _instance is not None
