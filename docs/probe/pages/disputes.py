"""List where two blind annotators of a round disagree, for the third reading.

    python docs/probe/pages/disputes.py A.jsonl B.jsonl > disputes.json

A and B are the annotators' files (one line per article: ``id``, ``events``, optional
``note``). A dispute is a (post, type) that one labelled and the other did not (kind
``type``), or that both labelled with different magnitudes (kind ``magnitude``). Printed as a
JSON list in the shape ``../ADJUDICATE.md`` describes; a count goes to stderr.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from schemas.models import Magnitude
from streams.evaluation.events import same_magnitude as _same


def by_type(path: Path) -> dict[str, dict[str, Any]]:
    """id → {type: the annotator's first entry of that type, plus the article's note}."""
    out: dict[str, dict[str, Any]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        entries: dict[str, Any] = {}
        for event in row.get("events") or []:
            entries.setdefault(event["type"], event)
        out[str(row["id"])] = {"events": entries, "note": row.get("note", "")}
    return out


def same_magnitude(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """The scorer's own test (``newsalerts eval events``), on the labels' raw dicts."""
    return _same(Magnitude(**a) if a else None, Magnitude(**b) if b else None)


def disputes(a: dict[str, dict[str, Any]], b: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    if set(a) != set(b):
        raise SystemExit(f"the files label different articles: {sorted(set(a) ^ set(b))[:5]}")
    out = []
    for pid in a:
        ea, eb = a[pid]["events"], b[pid]["events"]
        for t in sorted(set(ea) | set(eb)):
            x, y = ea.get(t), eb.get(t)
            if x is None or y is None:
                kind = "type"
            elif not same_magnitude(x.get("magnitude"), y.get("magnitude")):
                kind = "magnitude"
            else:
                continue
            out.append(
                {
                    "id": pid,
                    "type": t,
                    "kind": kind,
                    "L1": x,
                    "L2": y,
                    "notes": [a[pid]["note"], b[pid]["note"]],
                }
            )
    return out


def main() -> None:
    found = disputes(by_type(Path(sys.argv[1])), by_type(Path(sys.argv[2])))
    print(json.dumps(found, ensure_ascii=False, indent=1))
    kinds = [d["kind"] for d in found]
    print(
        f"{kinds.count('type')} type and {kinds.count('magnitude')} magnitude disputes",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
