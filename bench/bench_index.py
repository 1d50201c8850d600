"""Benchmark: how observe() scales with the number of questions, index against a naive loop.

Builds 100, 1,000 and 10,000 synthetic questions (seeded, made-up names), times
`Judge.observe` over one fixed set of entries for each size, and prints each size's time as a
ratio to the 100-question run and to a naive baseline in the same run (every question's
relevance checked for every entry). A second table times Chinese entries, where the questions'
Latin names are looked for as transliterations (`transliterate.py`), a cost that grows with
the number of names. Prints tables; asserts nothing about time.

Run: .venv/bin/python bench/bench_index.py
"""

from __future__ import annotations

import random
import time
import tracemalloc
from datetime import UTC, datetime

from watcher.judge import Judge
from watcher.judge.relevance import assess, compile_matter
from watcher.judge.text import read_entry
from watcher.judge.transliterate import TRANSLITERATION_CHARS
from watcher.model import Entity, Entry, Ladder, Question

SYLLABLES = ("ka", "lo", "mi", "ra", "ten", "vo", "zu", "bel", "dor", "fin", "gra", "hul", "pre")
TERMS = ("solar farm", "port", "treaty", "rail link", "wind park", "refinery", "chip plant")
LADDER = Ladder("project", ("announced", "preparing", "construction", "operational"), ("stalled",))
SIZES = (100, 1_000, 10_000)
ENTRIES = 200


def made_up_name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def build_questions(count: int, names: list[str], rng: random.Random) -> list[Question]:
    """The first `n` of these are the same for every size, so a fixed entry set hits them all."""
    return [
        Question(
            id=f"bench/q{i}",
            watchlist="bench",
            text=f"q{i}",
            kind="project",
            ladder=LADDER,
            baseline="announced",
            entities=tuple(Entity(n) for n in rng.sample(names, 2)),
            terms=(rng.choice(TERMS),),
        )
        for i in range(count)
    ]


def build_entries(questions: list[Question], names: list[str], rng: random.Random) -> list[Entry]:
    """Half the entries name a pair from the first 100 questions; the rest are noise."""
    entries = []
    for i in range(ENTRIES):
        q = rng.choice(questions[:100])
        a, b = (e.name for e in q.entities) if i % 2 == 0 else rng.sample(names, 2)
        c = rng.choice(names)
        title = f"{a} and {b} began construction of the {rng.choice(TERMS)}"
        body = f"Officials from {c} said the {rng.choice(TERMS)} was delayed. Markets were calm."
        entries.append(
            Entry(
                feed_url="http://127.0.0.1/bench",
                key=str(i),
                title=title,
                content=body,
                published=datetime(2030, 1, 1, tzinfo=UTC),
                language="en",
            )
        )
    return entries


def time_index(questions: list[Question], entries: list[Entry]) -> tuple[float, int]:
    judge = Judge(questions)
    start = time.perf_counter()
    found = sum(len(judge.observe(e)) for e in entries)
    return time.perf_counter() - start, found


def judge_memory(questions: list[Question]) -> float:
    """Peak MiB allocated while building the judge (its compiled questions and term index)."""
    tracemalloc.start()
    judge = Judge(questions)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    del judge
    return peak / 2**20


def time_naive(questions: list[Question], entries: list[Entry]) -> tuple[float, int]:
    matters = [compile_matter(q) for q in questions]
    start = time.perf_counter()
    found = 0
    for entry in entries:
        doc = read_entry(entry)
        found += sum(assess(m, doc).best is not None for m in matters)
    return time.perf_counter() - start, found


def main() -> None:
    rng = random.Random(20240501)
    names = sorted({made_up_name(rng) for _ in range(3_000)})
    every = build_questions(max(SIZES), names, random.Random(7))
    entries = build_entries(every, names, rng)
    header = ("questions", "index s", "x 100", "naive s", "naive/index", "hits", "naive hits")
    print(
        "{:>10} {:>9} {:>7} {:>9} {:>12} {:>6} {:>11} {:>9} {:>6}".format(*header, "MiB", "x 100")
    )
    # One pass first, untimed: the judge compiles some patterns once per process, on first use
    # (every country's names for "an agreement with <partner>"), which is no cost per entry.
    time_index(every[: min(SIZES)], entries)
    base = base_mib = None
    for size in SIZES:
        questions = every[:size]
        indexed, hits = time_index(questions, entries)
        naive, naive_hits = time_naive(questions, entries)
        mib = judge_memory(questions)
        base = base or indexed
        base_mib = base_mib or mib
        print(
            f"{size:>10} {indexed:>9.4f} {indexed / base:>7.2f} {naive:>9.4f} "
            f"{naive / indexed:>12.1f} {hits:>6} {naive_hits:>11} "
            f"{mib:>9.1f} {mib / base_mib:>6.1f}"
        )
    chinese_costs(every, random.Random(11))


def build_chinese_entries(rng: random.Random, count: int = 50) -> list[Entry]:
    """Chinese entries whose runs of transliteration characters sound like nothing in
    particular: the cost of looking for the questions' Latin names in them."""
    chars = sorted(TRANSLITERATION_CHARS)
    entries = []
    for i in range(count):
        names = ["".join(rng.choice(chars) for _ in range(rng.randint(3, 5))) for _ in range(3)]
        title = f"{names[0]}港口项目与{names[1]}公司签约"
        body = f"据报道，{names[2]}集团表示，工程将于明年启动。市场反应平稳。"
        entries.append(
            Entry(
                feed_url="http://127.0.0.1/bench",
                key=f"zh{i}",
                title=title,
                content=body,
                published=datetime(2030, 1, 1, tzinfo=UTC),
                language="zh-Hans",
            )
        )
    return entries


def chinese_costs(every: list[Question], rng: random.Random) -> None:
    """Per Chinese entry: the transliteration of Latin names grows with the names, so it is
    shown apart, on a first pass (nothing remembered) and a second (short runs remembered,
    as in a long-running service)."""
    entries = build_chinese_entries(rng)
    print("\nChinese entries (transliterated names; ms per entry)")
    print(
        "{:>10} {:>9} {:>7} {:>9} {:>7}".format(
            "questions", "1st pass", "x 100", "2nd pass", "x 100"
        )
    )
    base: tuple[float, float] | None = None
    for size in SIZES:
        judge = Judge(every[:size])
        passes = []
        for _ in range(2):
            start = time.perf_counter()
            for entry in entries:
                judge.observe(entry)
            passes.append((time.perf_counter() - start) / len(entries) * 1000)
        base = base or (passes[0], passes[1])
        print(
            f"{size:>10} {passes[0]:>9.2f} {passes[0] / base[0]:>7.1f} "
            f"{passes[1]:>9.2f} {passes[1] / base[1]:>7.1f}"
        )


if __name__ == "__main__":
    main()
