"""The quick start's first command: `watcher demo`, offline, end to end, run as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CODE = "import sys; from watcher.cli import main; sys.exit(main())"


def watcher(*args: str, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **({"WATCHER_HOME": str(home)} if home else {})}
    return subprocess.run(
        [sys.executable, "-c", CODE, *args], env=env, capture_output=True, text=True, timeout=180
    )


def test_demo_runs_the_monitor_end_to_end_and_leaves_a_folder_to_explore(tmp_path: Path) -> None:
    home = tmp_path / "demo"
    result = watcher("demo", "--home", str(home), "--tick", "0.3")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "3 scheduled checks of 3 feeds on http://127.0.0.1:" in out
    # a tick shorter than the first check: the scheduler's "skipped" warning is not shown
    assert "skipped" not in result.stderr + out
    for line in (
        "legislatures-ratify-mla-treaty: signed -> submitted (2026-06-09)",
        "legislatures-ratify-mla-treaty: submitted -> ratified-partial (2026-07-15)",
        "legislatures-ratify-mla-treaty: ratified-partial -> ratified-all (2026-09-02)",
        "paraguayan-chicken-reaches: opened -> first-shipment (2026-09-05)",
        "# watcher digest:",
        "1 proposed change(s) wait for an analyst",
    ):
        assert line in out, out
    # The planned groundbreaking moved nothing; the site report waits for an analyst instead.
    rows = json.loads(watcher("status", "--json", home=home).stdout)
    campus = next(r for r in rows if r["kind"] == "project")
    assert campus["stage"] == "announced" and campus["history"] == []
    (item,) = json.loads(watcher("review", "--json", home=home).stdout)
    assert (item["question"], item["proposed"]) == (campus["id"], "preparing")


def test_demo_starts_over_but_never_wipes_a_folder_it_did_not_make(tmp_path: Path) -> None:
    home = tmp_path / "demo"
    assert watcher("demo", "--home", str(home), "--tick", "0.2", "--ticks", "1").returncode == 0
    assert watcher("demo", "--home", str(home), "--tick", "0.2", "--ticks", "1").returncode == 0
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("mine", encoding="utf-8")
    refused = watcher("demo", "--home", str(precious))
    assert refused.returncode == 1 and "not a watcher demo" in refused.stderr
    assert (precious / "notes.txt").read_text(encoding="utf-8") == "mine"
