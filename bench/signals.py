"""Measure how well watcher reads a stage off one news entry, on labelled items alone.

The replay sets (`bench/eval.py`) measure everything at once; this isolates one step: given a
watch item and a feed entry about its matter, does the judge read the stage the entry reports
as done, and nothing when it reports a plan, a denial, a rumour or an opinion? Many short items
cover more ways of saying a thing than a few replay sets do.

Input: `.jsonl` files, one item per line:
    {"id", "watch_item", "title", "lead", "language", "stage": <stage or null>, "polarity"}
`stage` is the ladder stage the entry reports done (null when it reports none). Each item is
judged alone: a watchlist is built from its watch item (as `watcher import` would), and the
judge observes the entry. An item whose kind the importer chose differently (`kind`, default
"pressure") counts as a kind miss and its reading is not scored.

    .venv/bin/python bench/signals.py bench/signals/pressure-dev.jsonl
    .venv/bin/python bench/signals.py bench/signals/pressure-dev.jsonl --misses
    .venv/bin/python bench/signals.py bench/signals/pressure-heldout.jsonl --json

`--misses` lists the misread items (do not use it on held-out files). Exit 0 once it ran.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from watcher.judge import Judge
from watcher.ladders import LADDERS
from watcher.model import Briefing, Entry, Polarity, WatchItem
from watcher.questions import build_watchlist


@dataclass(frozen=True)
class Item:
    where: str  # file and line
    watch_item: str
    title: str
    lead: str
    language: str
    stage: str | None
    kind: str


@dataclass(frozen=True)
class Reading:
    kind: str  # the kind the importer chose
    relevant: bool  # the judge tied the entry to the question at all
    stage: str | None  # the stage it read as done, if any


def read_items(path: Path) -> Iterator[Item]:
    if path.suffix != ".jsonl":
        print(f"skipped {path}: not a .jsonl file", file=sys.stderr)
        return
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            row = json.loads(line)
            kind = row.get("kind", "pressure")
            stage = row.get("stage")
            yield Item(
                f"{path.name}:{number}", row["watch_item"], row["title"], row.get("lead", ""),
                row.get("language", "en"), _past_start(kind, stage), kind,
            )  # fmt: skip


def _past_start(kind: str, stage: str | None) -> str | None:
    """The stage, or None for the first stage of the kind's ladder (where every question starts)."""
    return None if stage == LADDERS[kind].stages[0] else stage


def judge(item: Item) -> Reading:
    """The item's watch item imported alone, and what the judge reads in its entry."""
    briefing = Briefing(
        title=item.watch_item, source="signals", watch_items=(WatchItem(item.watch_item, 1),)
    )
    [question] = build_watchlist(briefing).questions
    entry = Entry(
        feed_url="http://127.0.0.1/signals",
        key=item.where,
        title=item.title,
        summary=item.lead,
        language=item.language,
    )
    found = Judge([question]).observe(entry)
    done = next((o.stage for o in found if o.polarity is Polarity.DONE and o.stage), None)
    return Reading(question.kind, bool(found), _past_start(question.kind, done))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--misses", action="store_true", help="list misread items")
    parser.add_argument("--json", action="store_true", help="figures as JSON")
    args = parser.parse_args(argv)

    rows = [(x, judge(x)) for p in args.paths for x in read_items(p)]
    if not rows:
        print("no labelled items", file=sys.stderr)
        return 2
    scored = [(x, r) for x, r in rows if r.kind == x.kind]
    right = [(x, r) for x, r in scored if r.stage == x.stage]
    tp = sum(1 for x, r in scored if x.stage and r.stage == x.stage)
    read = sum(1 for _, r in scored if r.stage)
    labelled = sum(1 for x, _ in scored if x.stage)
    confusion = Counter(
        f"{x.stage or 'none'} -> {r.stage or ('none' if r.relevant else 'not relevant')}"
        for x, r in scored
        if r.stage != x.stage
    )
    by_language = Counter(x.language for x, _ in scored)
    right_by_language = Counter(x.language for x, _ in right)
    figures = {
        "items": len(rows),
        "kind_misses": len(rows) - len(scored),
        "scored": len(scored),
        "right": len(right),
        "accuracy": round(len(right) / len(scored), 3) if scored else 0.0,
        "done_precision": round(tp / read, 3) if read else 0.0,
        "done_recall": round(tp / labelled, 3) if labelled else 0.0,
        "not_relevant": sum(1 for _, r in scored if not r.relevant),
        "confusion": dict(confusion.most_common()),
        "by_language": {
            lang: f"{right_by_language[lang]}/{n}" for lang, n in sorted(by_language.items())
        },
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(
            f"signals: {figures['right']}/{figures['scored']} read right "
            f"({figures['accuracy']:.2f}); done stages P {figures['done_precision']:.2f} "
            f"R {figures['done_recall']:.2f}; {figures['kind_misses']} kind misses, "
            f"{figures['not_relevant']} entries not tied to their question"
        )
        print("  by language: " + ", ".join(f"{k} {v}" for k, v in figures["by_language"].items()))
        for pair, n in confusion.most_common():
            print(f"  {pair}: {n}")
    if args.misses:
        for x, r in rows:
            if r.kind != x.kind:
                print(f"{x.where}: kind {x.kind} -> {r.kind}\n    {x.watch_item}")
            elif r.stage != x.stage:
                got = r.stage or ("none" if r.relevant else "not relevant")
                print(f"{x.where}: {x.stage or 'none'} -> {got}\n    {x.title} | {x.lead}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
