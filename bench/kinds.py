"""Measure how well watcher picks a watch item's kind, on labelled items alone.

A wrong kind is the one error no later stage repairs: the judge reads news against the stages
of the chosen ladder, and a market item read as a decision has no "first shipment" to reach.
This script runs `watcher.ladders.weigh_kinds` over labelled items and prints accuracy, the
confusion (gold -> chosen) and how often the chooser says it is unsure, split by whether it was
right: an unsure mark is useful when it falls on the wrong choices and rarely on the right ones.

Inputs, each line a JSON object:
  - `bench/kinds/*.jsonl`: {"id", "item", "kind", "language"} (watch items written for this);
  - any `bench/data/*` or `bench/heldout/*` folder: its `gold.json` questions (watch_item, kind).

    .venv/bin/python bench/kinds.py bench/kinds/dev.jsonl
    .venv/bin/python bench/kinds.py bench/data/* --misses
    .venv/bin/python bench/kinds.py bench/kinds/heldout.jsonl --json

`--misses` lists the misfiled items (do not use it on held-out files). Exit 0 once it ran.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from watcher.ladders import weigh_kinds


@dataclass(frozen=True)
class Labelled:
    where: str  # file and line, or folder and question id
    item: str
    kind: str
    language: str
    accepted: tuple[str, ...] = ()  # every kind the gold accepts (a set's stage maps)

    def takes(self, kind: str) -> bool:
        return kind == self.kind or kind in self.accepted


def read_items(path: Path) -> Iterator[Labelled]:
    """Labelled items from a `.jsonl` file or a bench set folder; other paths are skipped."""
    if path.is_dir():
        gold_path = path / "gold.json"
        if not gold_path.exists():
            print(f"skipped {path}: no gold.json", file=sys.stderr)
            return
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for q in gold["questions"]:
            # As the replay scores it: any kind the question's stage maps cover is right.
            accepted = tuple(q.get("stage_maps") or ()) or (q["kind"],)
            kind = q.get("kind") or accepted[0]
            yield Labelled(f"{path.name}/{q['id']}", q["watch_item"], kind, "en", accepted)
        return
    if path.suffix != ".jsonl":
        print(f"skipped {path}: neither a set folder nor a .jsonl file", file=sys.stderr)
        return
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            row = json.loads(line)
            where = f"{path.name}:{number}"
            yield Labelled(where, row["item"], row["kind"], row.get("language", "en"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--misses", action="store_true", help="list misfiled items")
    parser.add_argument("--json", action="store_true", help="figures as JSON")
    args = parser.parse_args(argv)

    rows = [(x, weigh_kinds(x.item)) for p in args.paths for x in read_items(p)]
    if not rows:
        print("no labelled items", file=sys.stderr)
        return 2
    right = [(x, c) for x, c in rows if x.takes(c.kind)]
    wrong = [(x, c) for x, c in rows if not x.takes(c.kind)]
    confusion = Counter(f"{x.kind} -> {c.kind}" for x, c in wrong)
    by_language = Counter(x.language for x, _ in rows)
    right_by_language = Counter(x.language for x, _ in right)
    figures = {
        "items": len(rows),
        "right": len(right),
        "accuracy": round(len(right) / len(rows), 3),
        "unsure_when_right": sum(not c.confident for _, c in right),
        "unsure_when_wrong": sum(not c.confident for _, c in wrong),
        "confusion": dict(confusion.most_common()),
        "by_language": {
            lang: f"{right_by_language[lang]}/{n}" for lang, n in sorted(by_language.items())
        },
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(
            f"kinds: {figures['right']}/{figures['items']} right ({figures['accuracy']:.2f}); "
            f"marked unsure: {figures['unsure_when_wrong']} of {len(wrong)} wrong, "
            f"{figures['unsure_when_right']} of {len(right)} right"
        )
        print("  by language: " + ", ".join(f"{k} {v}" for k, v in figures["by_language"].items()))
        for pair, n in confusion.most_common():
            print(f"  {pair}: {n}")
    if args.misses:
        for x, c in wrong:
            mark = "" if c.confident else " (unsure)"
            print(f"{x.where}: {x.kind} -> {c.kind}{mark}  {c.why}\n    {x.item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
