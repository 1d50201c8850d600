"""The evaluation bench run for real: bench/eval.py replays a labelled set through the pipeline.

A smoke test of the measurement, not of its quality: the report has the promised shape, every
ratio lies in [0, 1], every gold question is listed, and the run needed no network but loopback.
The scoring rules (the lag window, the matching of transitions) get a small table of their own.
A tiny set written here (fictional firm and outlets) holds one lone report the judge sends to
review: the replay must list that open review item and count the labelled miss as proposed.
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


def run_eval(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(BENCH / "eval.py"), *args],
        capture_output=True, text=True, timeout=200, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    return json.loads(run_eval(str(SET), "--json"))


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


def test_every_miss_is_either_proposed_for_review_or_not(report: dict[str, Any]) -> None:
    for q in report["sets"][0]["questions"]:
        assert sorted(q["missed_proposed"] + q["missed_not_proposed"]) == sorted(q["missed"])
        for item in q["reviews"]:
            assert set(item) >= {"date", "stage", "article", "reason", "labelled"}
    for figures in (report["sets"][0]["watcher"], report["overall"]["watcher"]):
        review = figures["review"]
        split = review["misses_proposed"] + review["misses_not_proposed"]
        assert split == figures["transitions"]["fn"]
        assert 0 <= review["noise"] <= review["open_items"]


# --- a lone report the judge sends to an analyst -------------------------------------------------

TINY_BRIEFING = """\
# A battery maker picks Uruguay for its first plant abroad

> Helios Cells announces a cell factory in Villa Serena; land, permits and a builder are to come.

**Meta:** type: event · date: 2026-03-02 · heads: Helios Cells, Marta Quiroga · 1 take · 1 region

## Summary

Helios Cells, a maker of battery cells, announced on 2 March 2026 that it will build a cell
factory in Villa Serena, Uruguay. It has not bought the land, asked for permits or chosen a
builder yet. Its chief executive Marta Quiroga said the plant could run within three years.

## What to watch

- Whether Helios Cells' battery factory in Uruguay moves from announcement to construction and \
starts operating.

## Regional takes (batched by bias / lens)

### Domestic press

- **Litoral Ledger** (Uruguay, en) — sees jobs for the region.
  Source: https://litoral-ledger.example/2026/03/helios-cells-factory
"""

WATCH_ITEM = (
    "Whether Helios Cells' battery factory in Uruguay moves from announcement to construction "
    "and starts operating."
)
PROJECT_STAGES = {
    "announced": "announced", "preparing": "preparing", "under-construction": "construction",
    "operating": "operational", "stalled": "stalled",
}  # fmt: skip

# (id, outlet, date, title, lead, label stage or None, relevant)
TINY_ARTICLES = [
    ("hc-01", "Litoral Ledger", "2026-03-02",
     "Helios Cells to build a battery factory in Uruguay",
     "Helios Cells said on Monday it will build a battery cell factory in Villa Serena, Uruguay, "
     "its first plant outside its home market.", "announced", True),
    ("hc-02", "Litoral Ledger", "2026-03-20",
     "Villa Serena council debates a new bus route",
     "The Villa Serena council discussed a new bus route to the river port on Friday.",
     None, False),
    # One outlet the briefing does not cite, in its headline, jumping from announced over
    # construction to operating: too thin to move the question, so the judge asks an analyst.
    ("hc-03", "River Plate Wire", "2026-04-10",
     "Helios Cells battery factory in Uruguay starts operating",
     "The Helios Cells battery factory in Villa Serena, Uruguay, started operating on Friday, "
     "the company said.", "operating", True),
]  # fmt: skip


def write_tiny_set(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "briefing.md").write_text(TINY_BRIEFING, encoding="utf-8")
    gold = {
        "briefing_date": "2026-03-02",
        "questions": [{
            "id": "helios-factory", "watch_item": WATCH_ITEM, "kind": "project",
            "baseline": "announced", "final": "operating",
            "timeline": [{"date": "2026-04-10", "stage": "operating", "article": "hc-03"}],
            "stage_maps": {"project": PROJECT_STAGES},
        }],
    }  # fmt: skip
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    lines = []
    for aid, source, day, title, lead, stage, relevant in TINY_ARTICLES:
        host = source.lower().replace(" ", "-")
        polarity = "baseline" if stage == "announced" else "progress" if stage else "none"
        label = {"relevant": relevant, "stage": stage, "polarity": polarity}
        lines.append(json.dumps({
            "id": aid, "url": f"https://{host}.example/2026/{aid}", "source": source,
            "language": "en", "published": day, "title": title, "lead": lead, "body": lead,
            "role": "test", "notes": "", "labels": {"helios-factory": label},
        }))  # fmt: skip
    (folder / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str]:
    folder = write_tiny_set(tmp_path_factory.mktemp("eval") / "helios-cells")
    return json.loads(run_eval(str(folder), "--json")), run_eval(str(folder))


def test_an_open_review_item_is_listed_with_its_article_and_reason(
    tiny: tuple[dict[str, Any], str],
) -> None:
    report, _ = tiny
    (question,) = report["sets"][0]["questions"]
    (item,) = question["reviews"]
    assert (item["date"], item["stage"], item["article"]) == ("2026-04-10", "operational", "hc-03")
    assert item["reason"] and item["labelled"] is True
    assert question["final_got"] == "announced", "the judge did not move the question itself"


def test_a_miss_the_judge_sent_to_review_is_told_from_one_never_proposed(
    tiny: tuple[dict[str, Any], str],
) -> None:
    report, text = tiny
    (question,) = report["sets"][0]["questions"]
    assert question["missed"] == [["2026-04-10", "operational"]]
    assert question["missed_proposed"] == [["2026-04-10", "operational"]]
    assert question["missed_not_proposed"] == []
    watcher = report["overall"]["watcher"]
    assert watcher["transitions"]["fn"] == 1  # the scorer's figure keeps its meaning
    assert watcher["review"] == {
        "misses_proposed": 1, "misses_not_proposed": 0, "open_items": 1, "noise": 0,
    }  # fmt: skip
    assert report["overall"]["keyword_alert"]["review"]["misses_proposed"] == 0
    assert "misses proposed for review 1, not proposed 0" in text
    assert "for review: 2026-04-10 operational hc-03 (labelled)" in text


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


def test_review_items_no_label_wants_are_counted_as_noise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bench = load_bench(monkeypatch)
    gold = {"questions": [{
        "id": "treaty", "watch_item": "Whether the treaty is ratified", "kind": "ratification",
        "baseline": "signed", "final": "ratified-all",
        "timeline": [{"date": "2026-03-10", "stage": "submitted"},
                     {"date": "2026-04-10", "stage": "ratified-all"}],
    }]}  # fmt: skip
    stages = ["signed", "submitted", "ratified-all", "in-force"]
    row = {"id": "q1", "text": "Whether the treaty is ratified", "kind": "ratification",
           "stage": "signed", "stages": stages, "history": []}  # fmt: skip

    def item(rid: int, qid: str, day: str, stage: str) -> dict[str, Any]:
        url = f"https://wire.example/{rid}.html"
        return {"id": rid, "question": qid, "proposed": stage, "at": f"{day}T12:00:00+00:00",
                "reason": "thin", "evidence": [{"url": url}]}  # fmt: skip

    reviews = [
        item(1, "q1", "2026-04-12", "ratified-all"),  # within the window of a labelled change
        item(2, "q1", "2026-05-01", "in-force"),  # no label wants it
        item(3, "q2", "2026-04-12", "ratified-all"),  # a question no label pairs with
    ]
    run = bench.Run([row], {}, reviews=reviews)
    tally, (detail,) = bench.score_run(gold, run, [], 3)
    assert detail["missed_proposed"] == [["2026-04-10", "ratified-all"]]
    assert detail["missed_not_proposed"] == [["2026-03-10", "submitted"]]
    assert [r["labelled"] for r in detail["reviews"]] == [True, False]
    assert tally.figures()["review"] == {
        "misses_proposed": 1, "misses_not_proposed": 1, "open_items": 3, "noise": 2,
    }  # fmt: skip
    assert [r["id"] for r in bench.unpaired_reviews(run, [detail])] == [3]


def test_a_watch_item_maps_to_the_question_sharing_most_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = [
        {"id": "a", "text": "Whether China raises pressure"},
        {"id": "b", "text": "Whether the treaty is ratified by both"},
    ]
    best = load_bench(monkeypatch).best_row("Whether the treaty is ratified", rows)
    assert best is not None and best["id"] == "b"


def test_outlets_whose_names_differ_only_outside_latin_letters_get_their_own_feed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    slug = load_bench(monkeypatch).source_slug
    names = ["聯合新聞網", "中央社", "Diário do Sul", "Diario do Sul", "Gulf Daily"]
    assert len({slug(n) for n in names}) == len(names)
    assert slug("Gulf Daily") == "gulf-daily"


# --- an analyst's first look at the kinds import flags -------------------------------------------

VAGUE_ITEM = "Whether the Helios Cells idea floated in Villa Serena becomes anything more."


def test_confirm_kinds_sets_the_labelled_kind_of_a_flagged_question(tmp_path: Path) -> None:
    folder = write_tiny_set(tmp_path / "helios-vague")
    for name in ("briefing.md", "gold.json"):
        path = folder / name
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace(WATCH_ITEM, VAGUE_ITEM), encoding="utf-8")
    assert VAGUE_ITEM in (folder / "briefing.md").read_text(encoding="utf-8")
    plain = json.loads(run_eval(str(folder), "--json"))
    (question,) = plain["sets"][0]["questions"]
    assert question["kind"] == "generic" and plain["overall"]["watcher"]["kind_errors"] == 1
    confirmed = json.loads(run_eval(str(folder), "--json", "--confirm-kinds"))
    (question,) = confirmed["sets"][0]["questions"]
    assert question["kind"] == "project" and confirmed["overall"]["watcher"]["kind_errors"] == 0
