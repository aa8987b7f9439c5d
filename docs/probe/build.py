"""Rebuild the probe of the dev set's own corpora (session 26) from public copies of them.

The probe's articles are Reuters-21578 (1987 newswire, SGML files ``reut2-000.sgm`` …
``reut2-021.sgm``) and the BBC News dataset (2004–05, ``bbc/<section>/<nnn>.txt``), the two
corpora behind the dev set's ``reuters21578-*``, ``bbcft-*`` and most ``sup-en-*`` posts. The
texts belong to their publishers and are for research use, so the repository keeps only the
labels (``labels.jsonl``: round, id, the article's place in its corpus, the events); this
script puts the texts back beside them, in the dev set's record format. The same conversion
gives 26 of the 30 dev posts found in Reuters-21578 and all 14 found in the BBC set byte for
byte; the other four differ by a doubled space the dev set collapsed or a ticker it kept in
the headline.

    python docs/probe/build.py --reuters DIR --bbc DIR --out DIR

``--reuters`` is a folder (or a git directory, read at HEAD) holding the SGML files, ``--bbc``
one holding ``bbc/``, ``--aebench`` (optional) a copy of the article-extraction benchmark
(``ground-truth.json`` and ``html/``), the source of the dev set's ``aebench-*`` posts. Each
round is written as ``<round>_gold.jsonl``; score one with ``newsalerts eval events
<round>_gold.jsonl`` (sum the two splits).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gzip
import html
import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
_REUTERS = re.compile(r"<REUTERS(.*?)>(.*?)</REUTERS>", re.S)


def _read_bytes(root: Path, name: str) -> bytes | None:
    """A file under ``root``, or from ``root``'s HEAD when ``root`` is a bare git directory."""
    if (root / name).is_file():
        return (root / name).read_bytes()
    done = subprocess.run(
        ["git", "-C", str(root), "show", f"HEAD:{name}"], capture_output=True, check=False
    )
    return done.stdout if done.returncode == 0 else None


def _read(root: Path, name: str, encoding: str = "latin-1") -> str | None:
    """The file as text (Reuters-21578's SGML and the BBC files are Latin-1; the benchmark's
    JSON is UTF-8)."""
    raw = _read_bytes(root, name)
    return raw.decode(encoding) if raw is not None else None


def _tag(body: str, tag: str) -> str:
    m = re.search(rf"<{tag}[^>]*>(.*?)</{tag}>", body, re.S)
    return html.unescape(m.group(1)) if m else ""


def _sgml_names(root: Path) -> list[str]:
    """Every ``reut2-*.sgm`` under ``root`` (copies of the corpus rename or split some)."""
    if root.is_dir() and any(root.glob("reut2-*.sgm")):
        return sorted(p.name for p in root.glob("reut2-*.sgm"))
    done = subprocess.run(
        ["git", "-C", str(root), "ls-tree", "--name-only", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    )
    return sorted(n for n in done.stdout.split() if re.fullmatch(r"reut2-.*\.sgm", n))


def reuters_articles(root: Path) -> dict[int, dict[str, str]]:
    """NEWID -> date, title, dateline and body of every Reuters-21578 story (the longest copy
    where a file of the corpus was also kept cut short)."""
    found: dict[int, dict[str, str]] = {}
    for name in _sgml_names(root):
        raw = _read(root, name)
        if raw is None:
            continue
        for m in _REUTERS.finditer(raw):
            newid = re.search(r'NEWID="(\d+)"', m.group(1))
            if newid is None:
                continue
            body = m.group(2)
            story = {
                "date": _tag(body, "DATE").strip(),
                "title": _tag(body, "TITLE"),
                "dateline": _tag(body, "DATELINE"),
                "body": _tag(body, "BODY"),
            }
            key = int(newid.group(1))
            if key not in found or len(story["body"]) > len(found[key]["body"]):
                found[key] = story
    return found


def reuters_post(story: dict[str, str]) -> dict[str, Any]:
    """The dev set's form of a story: wrapped lines joined, one paragraph a line, the dateline
    kept, the closing "Reuter" dropped, the headline title-cased without tickers."""
    body = re.sub(r"(?i)\s*\bReuter\s*$", "", story["body"].rstrip())
    paras = [re.sub(r"\s*\n\s*", " ", p).strip() for p in re.split(r"\n\s{2,}", body)]
    text = "\n".join(p for p in paras if p)
    dateline = story["dateline"].strip()
    if dateline:
        text = f"{dateline} {text}"
    day = dt.datetime.strptime(story["date"].split()[0], "%d-%b-%Y").date().isoformat()
    title = re.sub(r"\s*<[^>]*>", "", story["title"].strip().title())
    return {"date": day, "title": title, "text": text}


def bbc_post(raw: str) -> dict[str, Any]:
    """The dev set's form of a BBC file: its first line the title, one paragraph a line."""
    lines = raw.split("\n")
    paras = [p.strip() for p in lines[1:] if p.strip()]
    return {"date": None, "title": lines[0].strip(), "text": "\n".join(paras)}


@functools.cache
def _ground_truth(root: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(_read(root, "ground-truth.json", "utf-8") or "{}")
    return loaded


def aebench_post(root: Path, key: str) -> dict[str, Any]:
    """A page of the article-extraction benchmark as the dev set's ``aebench-*`` posts have it:
    the ground truth's body (paragraphs one a line), the page's og:title or <title>, and the
    day its structured data or article metadata gives."""
    truth = _ground_truth(root)[key]
    raw = _read_bytes(root, f"html/{key}.html.gz")
    if raw is None:
        raise SystemExit(f"missing html/{key}.html.gz under {root}")
    page = gzip.decompress(raw).decode("utf-8", "replace")
    title = None
    for pattern in _TITLE:
        m = re.search(pattern, page, re.S | re.I)
        if m:
            title = html.unescape(m.group(1)).strip()
            break
    day = next((m.group(1) for p in _DAY if (m := re.search(p, page))), None)
    text = re.sub(r"\n\n+", "\n", truth["articleBody"]).strip()
    return {"date": day, "title": title, "text": text}


_TITLE = (
    r'<meta[^>]+property="og:title"[^>]+content="([^"]*)"',
    r'<meta[^>]+content="([^"]*)"[^>]+property="og:title"',
    r"<title[^>]*>(.*?)</title>",
)
_DAY = (
    r'"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})',
    r'article:published_time"[^>]+content="(\d{4}-\d{2}-\d{2})',
    r'content="(\d{4}-\d{2}-\d{2})[^"]*"[^>]+article:published_time',
)


def write_wire_posts(stories: dict[int, dict[str, str]], path: Path) -> None:
    """Every story with a body, in NEWID order, as a post (``reu-<NEWID>``, dated at noon): the
    input of the alert-grouping check (``happenings.jsonl``, ``newsalerts eval alerts``)."""
    with path.open("w", encoding="utf-8") as f:
        for newid in sorted(stories):
            if not stories[newid]["body"].strip():
                continue
            post = reuters_post(stories[newid])
            record = {
                "id": f"reu-{newid}",
                "title": post["title"],
                "text": post["text"],
                "source": "reuters",
                "published_at": f"{post['date']}T12:00:00",
            }
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def _labels() -> Iterator[dict[str, Any]]:
    with (HERE / "labels.jsonl").open(encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reuters", type=Path, required=True)
    ap.add_argument("--bbc", type=Path, required=True)
    ap.add_argument("--aebench", type=Path, help="copy of scrapinghub/article-extraction-benchmark")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument(
        "--wire-posts",
        type=Path,
        help="also write every Reuters-21578 story with a body as posts for newsalerts extract",
    )
    args = ap.parse_args()
    stories = reuters_articles(args.reuters)
    if args.wire_posts is not None:
        write_wire_posts(stories, args.wire_posts)
    args.out.mkdir(parents=True, exist_ok=True)
    rounds: dict[str, list[str]] = {}
    for label in _labels():
        if label["corpus"] == "reuters21578":
            post = reuters_post(stories[label["src"]])
        elif label["corpus"] == "aebench":
            if args.aebench is None:
                continue
            post = aebench_post(args.aebench, label["src"])
        else:
            raw = _read(args.bbc, label["src"])
            if raw is None:
                raise SystemExit(f"missing {label['src']} under {args.bbc}")
            post = bbc_post(raw)
        record = {"id": label["id"], "lang": "en", **post, "events": label["events"]}
        rounds.setdefault(label["round"], []).append(json.dumps(record, ensure_ascii=False))
    for name, lines in rounds.items():
        (args.out / f"{name}_gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{name}: {len(lines)} articles")


if __name__ == "__main__":
    main()
