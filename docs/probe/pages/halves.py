"""Split a labelled round into the half that may be read and the half kept unread.

    python docs/probe/pages/halves.py kNN_gold.jsonl

writes ``kNN_gold.read.jsonl`` (ids whose SHA-1 ends in 0–7) and ``kNN_gold.unread.jsonl``
(8–f) beside it. The split depends on the id alone, so it is the same on every machine.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path


def is_read(record_id: str) -> bool:
    return hashlib.sha1(record_id.encode("utf-8")).hexdigest()[-1] in "01234567"


def main() -> None:
    path = Path(sys.argv[1])
    stem = path.name.removesuffix(".jsonl")
    halves: dict[bool, list[str]] = {True: [], False: []}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            halves[is_read(str(json.loads(line)["id"]))].append(line)
    for read, lines in halves.items():
        out = path.with_name(f"{stem}.{'read' if read else 'unread'}.jsonl")
        out.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
        print(f"{out}: {len(lines)} articles")


if __name__ == "__main__":
    main()
