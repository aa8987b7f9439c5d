"""Write a round's gold file: the texts with the events both annotators agree on and the
third reading's decisions on the rest.

    python docs/probe/pages/gold.py TEXTS.jsonl A.jsonl B.jsonl ADJUDICATED.jsonl > kNN_gold.jsonl

An event both annotators labelled with the same magnitude is kept as annotator A wrote it; a
disputed one is kept when the adjudication says ``keep`` (with its magnitude for a magnitude
dispute), the entry taken from whichever annotator labelled it (A first). Every dispute must
have a decision.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from disputes import by_type, disputes


def main() -> None:
    texts, a_path, b_path, adj_path = (Path(p) for p in sys.argv[1:5])
    a, b = by_type(a_path), by_type(b_path)
    decided: dict[tuple[str, str], dict[str, Any]] = {}
    for line in adj_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            decided[(str(row["id"]), row["type"])] = row
    open_ = [(d["id"], d["type"]) for d in disputes(a, b) if (d["id"], d["type"]) not in decided]
    if open_:
        raise SystemExit(f"{len(open_)} disputes without a decision, e.g. {open_[:3]}")
    for line in texts.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        post = json.loads(line)
        pid = str(post["id"])
        ea, eb = a[pid]["events"], b[pid]["events"]
        events = []
        for t in sorted(set(ea) | set(eb)):
            entry = dict(ea.get(t) or eb[t])
            decision = decided.get((pid, t))
            if decision is not None:
                if not decision.get("keep"):
                    continue
                if t in ea and t in eb:
                    entry["magnitude"] = decision.get("magnitude")
            events.append(entry)
        print(json.dumps({**post, "events": events}, ensure_ascii=False))


if __name__ == "__main__":
    main()
