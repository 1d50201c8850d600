"""Watchlist YAML: round trips, hand edits that survive a re-import, errors with file:line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from watcher.briefing import parse_briefing
from watcher.errors import WatchlistError
from watcher.model import Briefing, Ladder, WatchItem, Watchlist
from watcher.questions import build_watchlist
from watcher.watchlist import dump_watchlist, load_watchlist

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
BRIEFINGS = [
    pytest.param(
        SHARED / "seeds" / "000_ef98f3b8df85f44e.txt", id="seed", marks=pytest.mark.shared
    ),
    pytest.param(SHARED / "eval-dev" / "tsmc" / "briefing.md", id="tsmc", marks=pytest.mark.shared),
    pytest.param(ROOT / "watcher" / "examples" / "briefing.md", id="example"),
]
EXAMPLE = ROOT / "watcher" / "examples" / "briefing.md"


def watchlist_of(path: Path) -> Watchlist:
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared holds third-party data)")
    return build_watchlist(parse_briefing(path.read_text(encoding="utf-8"), str(path)))


@pytest.mark.parametrize("path", BRIEFINGS)
def test_round_trip(path: Path) -> None:
    wl = watchlist_of(path)
    text = dump_watchlist(wl)
    assert load_watchlist(text, "w.yaml") == wl
    assert dump_watchlist(load_watchlist(text, "w.yaml")) == text  # stable output


def test_file_is_for_people() -> None:
    text = dump_watchlist(watchlist_of(EXAMPLE))
    assert text.startswith("# watcher watchlist")
    assert "honoured on the next check" in text
    assert (
        "id: legislatures-ratify-mla-treaty  # stable: do not change once checks have run" in text
    )
    assert "the ladder, in order" in text
    assert "台灣" in text and "\\u" not in text  # unicode kept readable
    assert not any(line != line.rstrip() for line in text.splitlines())


def test_hand_edits_survive_a_re_import() -> None:
    wl = watchlist_of(EXAMPLE)
    first_three = Watchlist(**{**wl.__dict__, "questions": wl.questions[:3]})
    edited = (
        dump_watchlist(first_three)
        .replace("baseline: opened", "baseline: first-shipment  # I saw the cargo myself")
        .replace("exclude: []", "exclude: [beef]", 1)
        .replace("title: Taiwan and Paraguay", "title: My own title for Taiwan and Paraguay")
    )
    merged = dump_watchlist(wl, previous=edited)
    loaded = load_watchlist(merged, "w.yaml")
    assert "# I saw the cargo myself" in merged
    assert loaded.title.startswith("My own title")
    assert [q.id for q in loaded.questions] == [q.id for q in wl.questions]  # 4th appended
    assert loaded.questions[2].baseline == "first-shipment"
    assert loaded.questions[0].exclude == ("beef",)
    assert loaded.questions[3] == wl.questions[3]
    assert dump_watchlist(wl, previous=merged) == merged  # nothing left to add


def test_renamed_or_reworded_questions_are_not_duplicated() -> None:
    wl = watchlist_of(EXAMPLE)
    slug = wl.questions[0].id.split("/")[1]
    edited = dump_watchlist(wl).replace(f"id: {slug}", "id: treaty", 1)
    merged = load_watchlist(dump_watchlist(wl, previous=edited), "w.yaml")
    assert merged.questions[0].id.split("/")[1] == "treaty"
    assert len(merged.questions) == 4


def test_broken_yaml_edit_names_file_and_line() -> None:
    lines = dump_watchlist(watchlist_of(EXAMPLE)).splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("kind: market"))
    lines[at] = "    kind: market: oops"
    with pytest.raises(WatchlistError) as caught:
        load_watchlist("\n".join(lines), "watchlists/x.yaml")
    assert caught.value.line == at + 1
    assert str(caught.value).startswith(f"watchlists/x.yaml:{at + 1}: invalid YAML")


MINIMAL = """\
id: w
title: T
questions:
  - id: a
    text: Whether a happens
    kind: generic
  - id: b
    text: Whether b happens
    kind: project
    baseline: construction
"""


@pytest.mark.parametrize(
    ("old", "new", "line", "words"),
    [
        ("kind: generic", "kind: vibes", 6, "unknown kind 'vibes'"),
        ("baseline: construction", "baseline: finished", 10, "not on the project ladder"),
        ("id: b", "id: a", 7, "duplicate question id 'a' (first at line 4)"),
        ("    text: Whether b happens\n", "", 7, "has no text"),
        ("id: w\n", "", 1, "missing `id`"),
        ("kind: project", "kind: project\n    deadline: soon", 10, "must be a date"),
        ("kind: generic", "kind: generic\n    terms: {a: b}", 7, "list"),
        ("questions:", "questions: 3\nlater:", 3, "must be a list"),
        ("title: T", "title: [unclosed", 3, "invalid YAML"),
        ("kind: project", "kind: project\n    stage_cues: [a]", 10, "map stages to words"),
        ("kind: project", "kind: project\n    stage_cues: {opened: [x]}", 10, "not on the project"),
        ("kind: project", "kind: project\n    qualifiers: {a: b}", 10, "list"),
    ],
)
def test_invalid_watchlists(old: str, new: str, line: int, words: str) -> None:
    text = MINIMAL.replace(old, new)
    assert text != MINIMAL
    with pytest.raises(WatchlistError) as caught:
        load_watchlist(text, "w.yaml")
    assert (caught.value.where, caught.value.line) == ("w.yaml", line)
    assert words in caught.value.message


def test_minimal_file_fills_defaults() -> None:
    wl = load_watchlist(MINIMAL, "w.yaml")
    a, b = wl.questions
    assert (a.id, a.baseline, a.ladder.kind) == ("w/a", "open", "generic")
    assert (b.baseline, b.entities, b.terms, b.deadline) == ("construction", (), (), None)


def test_custom_kind_with_stages() -> None:
    text = MINIMAL.replace(
        "kind: generic", "kind: visa\n    stages: [applied, granted]\n    setbacks: [refused]"
    )
    question = load_watchlist(text, "w.yaml").questions[0]
    assert question.ladder == Ladder("visa", ("applied", "granted"), ("refused",))
    assert question.baseline == "applied"
    again = load_watchlist(dump_watchlist(load_watchlist(text, "w.yaml")), "w.yaml")
    assert again.questions[0] == question


def test_plain_entity_names_and_dates_are_accepted() -> None:
    text = MINIMAL.replace(
        "kind: generic",
        "kind: generic\n    entities: [Chile, {name: Peru, aliases: [Perú]}]\n"
        "    deadline: '2026-01-31'\n    since: 2025-01-01",
    )
    question = load_watchlist(text, "w.yaml").questions[0]
    assert [e.names for e in question.entities] == [("Chile",), ("Peru", "Perú")]
    assert (question.deadline, question.since) == (date(2026, 1, 31), date(2025, 1, 1))


def test_questions_built_without_sources_round_trip() -> None:
    items = (WatchItem("Whether the plant opens by June 2026", 7),)
    wl = build_watchlist(Briefing(title="Chile", source="b.md", watch_items=items))
    assert load_watchlist(dump_watchlist(wl), "w.yaml") == wl


@pytest.mark.parametrize(
    ("item", "qualifiers", "stage_cues"),
    [
        ("Whether the second fab breaks ground", True, False),
        ("Whether the first fab begins mass production", False, True),
        ("Whether the fab opens", False, True),
        ("Whether the treaty is ratified", False, False),
    ],
)
def test_qualifiers_and_stage_cues_round_trip(
    item: str, qualifiers: bool, stage_cues: bool
) -> None:
    briefing = Briefing(title="Japan and Taiwan", source="b", watch_items=(WatchItem(item, 1),))
    wl = build_watchlist(briefing)
    question = wl.questions[0]
    assert (bool(question.qualifiers), bool(question.stage_cues)) == (qualifiers, stage_cues)
    text = dump_watchlist(wl)
    assert ("qualifiers:" in text, "stage_cues:" in text) == (qualifiers, stage_cues)
    assert load_watchlist(text, "w.yaml") == wl


def test_hand_written_stage_cues_are_read() -> None:
    text = MINIMAL.replace(
        "kind: project",
        "kind: project\n    stage_cues:\n      operational: [mass production, 量產]",
    )
    question = load_watchlist(text, "w.yaml").questions[1]
    assert question.stage_cues == (("operational", ("mass production", "量產")),)


@pytest.mark.parametrize(
    ("context", "in_file"),
    [((), False), (("Chile",), True), (("Chile", "China"), True)],
)
def test_context_round_trips_and_is_optional(context: tuple[str, ...], in_file: bool) -> None:
    from dataclasses import replace

    from watcher.model import Entity

    items = (WatchItem("Whether Acme Cloud Systems opens its data centre.", 1),)
    wl = build_watchlist(Briefing(title="Acme in Chile", source="b.md", watch_items=items))
    question = replace(wl.questions[0], context=tuple(Entity(n, (n.lower(),)) for n in context))
    wl = replace(wl, questions=(question,))
    text = dump_watchlist(wl)
    assert ("\n    context:" in text) is in_file
    assert load_watchlist(text, "w.yaml") == wl
