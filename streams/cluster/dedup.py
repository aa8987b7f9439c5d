"""Near-duplicate posts: MinHash over character shingles of the cleaned text.

Syndicated reprints of one wire story differ in furniture (bylines, "Copyright", links) that
cleaning mostly removes, and in a few words. Character n-grams of the text with everything
but letters and digits dropped compare such copies well in Korean (no reliable word
boundaries) and English alike; numbers are kept, so "104%" and "125%" still differ a little.

The index lives *inside the cluster state of one cluster key* (type|actor|target), so it is
partitioned with that state: reprints only matter for counting the evidence of one
happening, and two workers never need each other's index. It is bounded in entries and in
age, and serialises to a small pydantic model for the faust table.
"""

from __future__ import annotations

import base64
import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from datasketch import LeanMinHash, MinHash  # type: ignore[import-untyped]
from pydantic import BaseModel

SHINGLE = 5  # chars: ~1-2 Korean words, ~1 English word: robust to small edits
NUM_PERM = 64  # 256 bytes per signature; estimate error ~0.06 at J=0.6
SEED = 1
SCHEME = "affine32"  # datasketch 2.0's default; stored values must name it to be read back
BANDS, ROWS = 32, 2  # LSH candidates from J≈0.2 up: verification does the real test
THRESHOLD = 0.6  # estimated Jaccard from which a post is a reprint of another
MAX_CHARS = 20_000  # long posts: the opening is enough to recognise a copy
MAX_ENTRIES = 128
TTL = dt.timedelta(days=14)

_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    """Fold case and width, drop punctuation and spaces: what a reprint keeps intact."""
    folded = unicodedata.normalize("NFKC", text[:MAX_CHARS]).casefold()
    return _NOT_WORD.sub("", folded)


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    norm = normalise(text)
    if len(norm) <= size:
        return {norm} if norm else set()
    return {norm[i : i + size] for i in range(len(norm) - size + 1)}


def signature(text: str) -> bytes | None:
    """The MinHash signature of ``text`` as bytes (None for a text with no letters)."""
    grams = shingles(text)
    if not grams:
        return None
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    mh.update_batch([g.encode("utf-8") for g in grams])
    return np.asarray(mh.hashvalues, dtype="<u4").tobytes()


def encode(sig: bytes) -> str:
    return base64.b64encode(sig).decode("ascii")


def decode(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(_lean(a).jaccard(_lean(b)))


def _lean(sig: bytes) -> LeanMinHash:
    values = np.frombuffer(sig, dtype="<u4")
    return LeanMinHash(seed=SEED, hashvalues=values, scheme=SCHEME)


def _bands(sig: bytes) -> list[tuple[int, bytes]]:
    width = ROWS * 4  # bytes per band (uint32 rows)
    return [(i, sig[i * width : (i + 1) * width]) for i in range(BANDS)]


class DedupEntry(BaseModel):
    post_id: str
    signature: str  # base64, see ``encode``
    seen_at: dt.datetime


class DedupState(BaseModel):
    """What the faust table stores: the entries; the LSH buckets are rebuilt on load."""

    entries: list[DedupEntry] = []


@dataclass(frozen=True)
class Match:
    post_id: str
    similarity: float


@dataclass
class DedupIndex:
    """A small LSH index over signatures, bounded in size and age."""

    max_entries: int = MAX_ENTRIES
    ttl: dt.timedelta = TTL
    _entries: dict[str, tuple[bytes, dt.datetime]] = field(default_factory=dict)
    _buckets: dict[tuple[int, bytes], set[str]] = field(default_factory=dict)

    @classmethod
    def from_state(
        cls, state: DedupState, max_entries: int = MAX_ENTRIES, ttl: dt.timedelta = TTL
    ) -> DedupIndex:
        index = cls(max_entries=max_entries, ttl=ttl)
        for e in sorted(state.entries, key=lambda e: e.seen_at):
            index.add(e.post_id, decode(e.signature), e.seen_at)
        return index

    def to_state(self) -> DedupState:
        return DedupState(
            entries=[
                DedupEntry(post_id=pid, signature=encode(sig), seen_at=at)
                for pid, (sig, at) in self._entries.items()
            ]
        )

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, post_id: object) -> bool:
        return post_id in self._entries

    def query(self, sig: bytes, exclude: Iterable[str] = ()) -> Match | None:
        """The most similar earlier post at or above ``THRESHOLD``, if any."""
        skip = set(exclude)
        candidates: set[str] = set()
        for band in _bands(sig):
            candidates |= self._buckets.get(band, set())
        best: Match | None = None
        for pid in sorted(candidates - skip):  # sorted: ties resolve the same on every replay
            score = similarity(sig, self._entries[pid][0])
            if score >= THRESHOLD and (best is None or score > best.similarity):
                best = Match(pid, score)
        return best

    def add(self, post_id: str, sig: bytes, seen_at: dt.datetime) -> None:
        self.remove(post_id)
        self._entries[post_id] = (sig, seen_at)
        for band in _bands(sig):
            self._buckets.setdefault(band, set()).add(post_id)
        while len(self._entries) > self.max_entries:
            self.remove(min(self._entries, key=lambda p: self._entries[p][1]))

    def remove(self, post_id: str) -> None:
        old = self._entries.pop(post_id, None)
        if old is None:
            return
        for band in _bands(old[0]):
            members = self._buckets.get(band)
            if members is not None:
                members.discard(post_id)
                if not members:
                    del self._buckets[band]

    def expire(self, now: dt.datetime) -> None:
        """Forget posts older than the TTL: a reprint weeks later is news again."""
        for pid in [p for p, (_, at) in self._entries.items() if now - at > self.ttl]:
            self.remove(pid)
