"""bench/kinds.py run for real on a small labelled file written here: figures add up, the
confusion names what went wrong, and `--misses` shows where (file and line)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "bench" / "kinds.py"

ITEMS = [
    ("Whether the Ruritania–Chile treaty is ratified by both parliaments.", "ratification"),
    ("Whether the first shipment of Ruritanian apples reaches Chile.", "market"),
    # Labelled a project on purpose, though it reads as a ratification: a known miss.
    ("Whether the Ruritania–Chile treaty enters into force this year.", "project"),
]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, cwd=ROOT, timeout=60
    )


def test_kind_figures_and_misses(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    rows = [
        {"id": f"k{i}", "item": t, "kind": k, "language": "en"} for i, (t, k) in enumerate(ITEMS)
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    done = run(str(path), "--json")
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    assert (figures["items"], figures["right"]) == (3, 2)
    assert figures["confusion"] == {"project -> ratification": 1}
    misses = run(str(path), "--misses").stdout
    assert "items.jsonl:3: project -> ratification" in misses
    assert "2/3 right" in misses


def test_no_items_is_an_error(tmp_path: Path) -> None:
    done = run(str(tmp_path))  # a folder without gold.json: skipped, nothing left
    assert done.returncode == 2 and "no labelled items" in done.stderr
