"""The evaluation bench run for real: bench/eval.py replays a labelled set through the pipeline.

A smoke test of the measurement, not of its quality: the report has the promised shape, every
ratio lies in [0, 1], every gold question is listed, and the run needed no network but loopback.
The scoring rules (the lag window, the matching of transitions) get a small table of their own.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench"
SET = BENCH / "data" / "guatemala-taiwan-extradition"

pytestmark = pytest.mark.timeout(240)


def load_bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    # eval.py is a script: its own folder is on sys.path when run, so it is here too.
    monkeypatch.syspath_prepend(str(BENCH))
    spec = importlib.util.spec_from_file_location("bench_eval", BENCH / "eval.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    # dataclasses look their module up in sys.modules while the class is built
    monkeypatch.setitem(sys.modules, "bench_eval", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(BENCH / "eval.py"), str(SET), "--json"],
        capture_output=True, text=True, timeout=200, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def assert_figures(figures: dict[str, Any]) -> None:
    for part in ("relevance", "transitions"):
        for name in ("precision", "recall", "f1"):
            assert 0.0 <= figures[part][name] <= 1.0, (part, name)
    assert 0.0 <= figures["final_accuracy"] <= 1.0
    assert 0 <= figures["false_advances"] <= figures["questions"]
    assert 0 <= figures["kind_errors"] <= figures["questions"]


def test_the_report_has_figures_for_watcher_and_the_baseline(report: dict[str, Any]) -> None:
    assert report["window"] == 3
    assert [s["set"] for s in report["sets"]] == [SET.name]
    for side in ("watcher", "keyword_alert"):
        assert_figures(report["overall"][side])
        assert_figures(report["sets"][0][side])


def test_every_gold_question_is_listed_with_its_misses(report: dict[str, Any]) -> None:
    gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
    listed = report["sets"][0]["questions"]
    assert [q["id"] for q in listed] == [q["id"] for q in gold["questions"]]
    ids = {json.loads(x)["id"] for x in (SET / "articles.jsonl").read_text().splitlines() if x}
    for q in listed:
        assert q["system_id"], "each gold question maps to a system question"
        assert set(q["relevance_fp"]) | set(q["relevance_fn"]) <= ids
        assert len(q["wanted"]) == len(gold_question(gold, q["id"])["timeline"])


def test_the_replay_fetched_every_feed_without_failure(report: dict[str, Any]) -> None:
    assert report["sets"][0]["failures"] == []
    assert report["sets"][0]["days"] >= 15


def gold_question(gold: dict[str, Any], qid: str) -> dict[str, Any]:
    return next(q for q in gold["questions"] if q["id"] == qid)


@pytest.mark.parametrize(
    ("want", "have", "pairs"),
    [
        ([("2026-03-10", "ratified-all")], [("2026-03-09", "ratified-all", "a")], {0: 0}),
        ([("2026-03-10", "ratified-all")], [("2026-03-13", "ratified-all", "a")], {0: 0}),
        ([("2026-03-10", "ratified-all")], [("2026-03-14", "ratified-all", "a")], {}),
        ([("2026-03-10", "ratified-all")], [("2026-03-08", "ratified-all", "a")], {}),
        ([("2026-03-10", "ratified-all")], [("2026-03-10", "in-force", "a")], {}),
        (
            [("2026-03-10", "submitted"), ("2026-03-11", "submitted")],
            [("2026-03-10", "submitted", "a")],
            {0: 0},
        ),
    ],
)
def test_a_transition_counts_within_one_day_early_to_three_days_late(
    monkeypatch: pytest.MonkeyPatch,
    want: list[tuple[str, str]],
    have: list[tuple[str, str, str]],
    pairs: dict[int, int],
) -> None:
    assert load_bench(monkeypatch).match(want, have, 3) == pairs


def test_a_watch_item_maps_to_the_question_sharing_most_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = [
        {"id": "a", "text": "Whether China raises pressure"},
        {"id": "b", "text": "Whether the treaty is ratified by both"},
    ]
    best = load_bench(monkeypatch).best_row("Whether the treaty is ratified", rows)
    assert best is not None and best["id"] == "b"
