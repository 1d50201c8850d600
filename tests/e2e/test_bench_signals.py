"""bench/signals.py run for real on a small labelled file written here: figures add up, the
confusion says what was misread, and `--misses` shows where (file and line)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "bench" / "signals.py"

ITEM = "Whether China steps up pressure on Paraguay over its ties with Taiwan."
ITEMS = [
    ("China protests to Paraguay over Taiwan ties", "rhetorical"),
    ("China may suspend Paraguayan beef imports over Taiwan ties, sources say", None),
    # Labelled concrete on purpose, though it reports words only: a known miss.
    ("China condemns Paraguay's Taiwan ties", "concrete"),
]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


def test_signal_figures_and_misses(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    rows = [
        {"id": f"s{i}", "watch_item": ITEM, "title": t, "lead": "", "language": "en",
         "stage": s, "polarity": "done" if s else "speculative"}
        for i, (t, s) in enumerate(ITEMS)
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    done = run(str(path), "--json")
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    assert (figures["items"], figures["scored"], figures["right"]) == (3, 3, 2)
    assert figures["confusion"] == {"concrete -> rhetorical": 1}
    assert (figures["done_precision"], figures["done_recall"]) == (0.5, 0.5)
    misses = run(str(path), "--misses").stdout
    assert "items.jsonl:3: concrete -> rhetorical" in misses
    assert "2/3 read right" in misses


def test_no_items_is_an_error(tmp_path: Path) -> None:
    done = run(str(tmp_path / "nothing.txt"))
    assert done.returncode == 2 and "no labelled items" in done.stderr
