"""Draw fresh rounds of the dev set's own wire corpora for a blind probe (session 41).

Articles are drawn at random from seven keyword groups written from ``GUIDELINES.md`` (one per
event type) and from all articles, never one already in ``labels.jsonl`` or in the dev set
(headline or opening compared). Each round is written as ``<round>.jsonl`` in the dev set's
record format (without events) for ``newsalerts extract`` and the annotators, with
``<round>_src.tsv`` beside it (id, the article's place in its corpus, the group it was drawn
for), from which the round's lines of ``labels.jsonl`` are written once it is labelled.

    python docs/probe/draw.py --reuters DIR --bbc DIR --dev ../shared/eval/events-dev.jsonl \\
        --out DIR --seed 4144 --reuters-rounds rR,rS --bbc-rounds bK

Reuters rounds take 11 stories per group and 23 from all, BBC rounds up to 10 per group and
the rest from all (the BBC set holds few tariff or export stories), 100 articles a round.
Reuters stories are kept to bodies of 400 to 5,000 characters, BBC articles to 5,000.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path
from typing import Any

from build import HERE, _read, bbc_post, reuters_articles, reuters_post

GROUPS = {
    "tariff": r"\btariffs?\b|\bdut(?:y|ies)\b",
    "fine": r"\bfined?\b|\bfines\b|\bpenalt(?:y|ies)\b|\bsanctions?\b",
    "export": (
        r"\b(?:export|import)s?\s+(?:ban|licen[cs]e|control|quota|restriction|curb)s?\b"
        r"|\bembargo\b"
    ),
    "budget": (
        r"\b(?:budget|spending)\s+cuts?\b"
        r"|\bcut\w*\s+(?:[\w-]+\s+){0,4}(?:budget|spending|funds|funding|subsid(?:y|ies)|aid)\b"
    ),
    "invest": r"\binvest(?:s|ed|ing|ment)?\b",
    "halt": r"\bhalt(?:s|ed)?\b|\bsuspend(?:s|ed)?\b|\bshut\s+down\b|\bclosed?\b|\bstrike\b",
    "withdraw": (
        r"\bwithdr(?:ew|awn|aw|aws)\b|\bscrap(?:s|ped)?\b|\brescind\w*\b|\brevers\w+\b"
        r"|\bcancel\w*\b|\bpostpon\w+\b|\bbacked\s+down\b"
    ),
}
ROUND_SIZE = 100


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text[:150]).strip().lower()


def _used() -> tuple[set[int], set[str]]:
    """Reuters NEWIDs and BBC files some round already labelled."""
    reuters: set[int] = set()
    bbc: set[str] = set()
    for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["corpus"] == "reuters21578":
            reuters.add(int(row["src"]))
        elif row["corpus"] == "bbc":
            bbc.add(str(row["src"]))
    return reuters, bbc


def _pools(args: argparse.Namespace) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    dev = [json.loads(line) for line in args.dev.read_text(encoding="utf-8").splitlines()]
    dev_keys = {_key(d["text"]) for d in dev}
    dev_titles = {str(d.get("title") or "").strip().lower() for d in dev}
    used_r, used_b = _used()
    used_r |= {int(d["id"].split("-")[1]) for d in dev if d["id"].startswith("reuters21578-")}

    def fresh(post: dict[str, Any]) -> bool:
        return _key(post["text"]) not in dev_keys and post["title"].lower() not in dev_titles

    reuters = []
    for newid, story in sorted(reuters_articles(args.reuters).items()):
        if newid in used_r or not 400 <= len(story["body"]) <= 5000:
            continue
        post = reuters_post(story)
        if fresh(post):
            reuters.append({"src": newid, **post})
    bbc = []
    for path in sorted((args.bbc / "bbc").glob("*/*.txt")):
        src = str(path.relative_to(args.bbc))
        raw = _read(args.bbc, src)
        if src in used_b or raw is None:
            continue
        post = bbc_post(raw)
        if fresh(post) and len(post["text"]) <= 5000:
            bbc.append({"src": src, **post})
    return reuters, bbc


def draw(
    pool: list[dict[str, Any]], per_group: int, taken: set[Any], rng: random.Random
) -> list[tuple[str, dict[str, Any]]]:
    """One round: ``per_group`` articles from each keyword group (fewer where the group runs
    out), the rest from all articles; ``taken`` grows with what is drawn."""
    chosen: list[tuple[str, dict[str, Any]]] = []
    for group, pattern in GROUPS.items():
        hits = [
            a
            for a in pool
            if a["src"] not in taken and re.search(pattern, f"{a['title']} {a['text']}", re.I)
        ]
        for article in rng.sample(hits, min(per_group, len(hits))):
            taken.add(article["src"])
            chosen.append((group, article))
    rest = [a for a in pool if a["src"] not in taken]
    for article in rng.sample(rest, ROUND_SIZE - len(chosen)):
        taken.add(article["src"])
        chosen.append(("all", article))
    rng.shuffle(chosen)
    return chosen


def _write(out: Path, name: str, chosen: list[tuple[str, dict[str, Any]]]) -> None:
    with (
        (out / f"{name}.jsonl").open("w", encoding="utf-8") as posts,
        (out / f"{name}_src.tsv").open("w", encoding="utf-8") as src,
    ):
        for i, (group, article) in enumerate(chosen):
            record = {"id": f"{name}-{i}", "lang": "en", "date": article["date"]}
            record |= {"title": article["title"], "text": article["text"]}
            posts.write(json.dumps(record, ensure_ascii=False) + "\n")
            src.write(f"{name}-{i}\t{article['src']}\t{group}\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reuters", type=Path, required=True)
    ap.add_argument("--bbc", type=Path, required=True)
    ap.add_argument("--dev", type=Path, required=True, help="the dev set, events-dev.jsonl")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--reuters-rounds", default="", help="names, comma-separated")
    ap.add_argument("--bbc-rounds", default="", help="names, comma-separated")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    reuters, bbc = _pools(args)
    for names, pool, per_group in (
        (args.reuters_rounds, reuters, 11),
        (args.bbc_rounds, bbc, 10),
    ):
        taken: set[Any] = set()
        for name in filter(None, names.split(",")):
            _write(args.out, name, draw(pool, per_group, taken, rng))
            print(f"{name}: {ROUND_SIZE} articles")


if __name__ == "__main__":
    main()
