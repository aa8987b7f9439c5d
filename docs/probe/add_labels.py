"""Print a labelled round's lines for ``labels.jsonl`` (no article text, only its place).

    python docs/probe/add_labels.py ROUND_src.tsv ROUND_gold.jsonl >> docs/probe/labels.jsonl

``ROUND_src.tsv`` is what ``draw.py`` wrote beside the round; ``ROUND_gold.jsonl`` the gold
``docs/probe/pages/gold.py`` wrote from the two annotators and the third reading.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SLOTS = ("type", "actor", "target", "magnitude", "old", "status")


def main() -> None:
    src_path, gold_path = (Path(p) for p in sys.argv[1:3])
    places = {}
    for line in src_path.read_text(encoding="utf-8").splitlines():
        record_id, src, _group = line.split("\t")
        places[record_id] = src
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        src = places[gold["id"]]
        corpus = "bbc" if src.startswith("bbc/") else "reuters21578"
        row = {
            "round": gold["id"].rsplit("-", 1)[0],
            "id": gold["id"],
            "corpus": corpus,
            "src": src if corpus == "bbc" else int(src),
            "events": [{k: e.get(k) for k in SLOTS} for e in gold["events"]],
        }
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
