"""Drop articles of a new round that repeat the dev set or an earlier round.

    python docs/probe/pages/dedupe.py NEW_texts.jsonl --against DEV.jsonl EARLIER_texts.jsonl ...

An article is a repeat when its text (title and body) is a near-duplicate of one already kept
or of any article of the ``--against`` files — MinHash over the character 5-grams the worker
uses for reprints (``streams.cluster.dedup.shingles``: case, width and punctuation folded),
estimated Jaccard similarity of at least ``--threshold`` (0.5) — or when its ``url`` was used
before.
Kept articles are written to stdout in input order; what was dropped, and why, to stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from datasketch import MinHash, MinHashLSH  # type: ignore[import-untyped]

from streams.cluster.dedup import shingles

PERMUTATIONS = 128


def rows(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def signature(row: dict[str, Any]) -> MinHash:
    # The shingles the worker uses to tell a reprint (streams.cluster.dedup): one notion of a
    # copy for the probe and the product.
    m = MinHash(num_perm=PERMUTATIONS)
    for gram in shingles(f"{row.get('title') or ''} {row.get('text') or ''}"):
        m.update(gram.encode("utf-8"))
    return m


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("new", type=Path)
    ap.add_argument("--against", type=Path, nargs="*", default=[])
    ap.add_argument("--threshold", type=float, default=0.5)
    args = ap.parse_args()
    lsh = MinHashLSH(threshold=args.threshold, num_perm=PERMUTATIONS)
    urls: set[str] = set()
    for path in args.against:
        for n, row in enumerate(rows(path)):
            lsh.insert(f"{path.name}:{row.get('id', n)}", signature(row))
            if row.get("url"):
                urls.add(str(row["url"]))
    kept = dropped = 0
    for row in rows(args.new):
        sig, url = signature(row), str(row.get("url") or "")
        near = lsh.query(sig)
        if near or (url and url in urls):
            why = f"near {near[0]}" if near else f"address used: {url}"
            print(f"dropped {row['id']}: {why}", file=sys.stderr)
            dropped += 1
            continue
        lsh.insert(f"{args.new.name}:{row['id']}", sig)
        if url:
            urls.add(url)
        print(json.dumps(row, ensure_ascii=False))
        kept += 1
    print(f"kept {kept}, dropped {dropped}", file=sys.stderr)


if __name__ == "__main__":
    main()
