"""How far two blind annotators agree with each other and with the adjudicated gold.

    python docs/probe/agreement.py [--predicted PRED.jsonl]

reads ``annotators.jsonl`` (each annotator's types per article, before adjudication; session
41's eight wire rounds) and the gold of the same articles in ``labels.jsonl``, and prints, per
corpus and in all, micro F1 over (article, type) pairs: annotator A against B, each annotator
against the gold, and, with ``--predicted`` (``newsalerts extract`` output over the same
articles), the extractor against the gold. A low extractor figure beside a high agreement
says the gap is the extractor's, not the labels'.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
Labels = dict[str, set[str]]


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _counts(found: Labels, gold: Labels, ids: set[str]) -> tuple[int, int, int]:
    tp = sum(len(found.get(i, set()) & gold[i]) for i in ids)
    fp = sum(len(found.get(i, set()) - gold[i]) for i in ids)
    fn = sum(len(gold[i] - found.get(i, set())) for i in ids)
    return tp, fp, fn


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--predicted", type=Path, help="newsalerts extract output")
    args = parser.parse_args()
    by: dict[str, Labels] = defaultdict(dict)
    corpus: dict[str, str] = {}
    for rec in _lines(HERE / "annotators.jsonl"):
        by[str(rec["annotator"])][str(rec["id"])] = set(rec["types"])  # type: ignore[arg-type]
    wanted = set(by["A"]) & set(by["B"])
    gold: Labels = {}
    for rec in _lines(HERE / "labels.jsonl"):
        if rec["id"] in wanted:
            rid = str(rec["id"])
            gold[rid] = {str(e["type"]) for e in rec["events"]}  # type: ignore[attr-defined]
            corpus[rid] = str(rec["corpus"])
    pred: Labels = {}
    if args.predicted:
        for rec in _lines(args.predicted):
            pred[str(rec["id"])] = {str(e["type"]) for e in rec["events"]}  # type: ignore[attr-defined]
    for name in (*sorted(set(corpus.values())), "all"):
        ids = {i for i in gold if name in ("all", corpus[i])}
        a_b = _counts(by["A"], by["B"], ids)
        vs_gold = [sum(x) for x in zip(*(_counts(by[k], gold, ids) for k in "AB"), strict=True)]
        row = f"{name}: {len(ids)} articles, A vs B F1 {_f1(*a_b):.3f} {a_b}"
        row += f", annotators vs gold {_f1(*vs_gold):.3f}"
        if pred:
            row += f", extractor vs gold {_f1(*_counts(pred, gold, ids)):.3f}"
        print(row)


if __name__ == "__main__":
    main()
