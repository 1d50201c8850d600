"""parse_briefing: the seed and the TSMC briefing, odd formats, and the three fatal errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from watcher.briefing import parse_briefing
from watcher.errors import BriefingError
from watcher.model import Source

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
DATA = ROOT / "tests" / "data" / "briefings"
SEED = SHARED / "seeds" / "000_ef98f3b8df85f44e.txt"
TSMC = SHARED / "eval-dev" / "tsmc" / "briefing.md"


def read(path: Path) -> str:
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared holds third-party data)")
    return path.read_bytes().decode("utf-8", errors="replace")


@pytest.mark.shared
def test_seed_briefing_fields() -> None:
    briefing = parse_briefing(read(SEED), str(SEED))
    assert briefing.title.startswith("Paraguay President Peña signs three agreements")
    assert briefing.dek.startswith("Paraguay President Santiago Peña met")
    assert briefing.date == date(2026, 5, 8)
    assert briefing.canonical_url == "https://rbtfl.xyz/zh/n/paraguay-pena-taiwan-2026"
    assert briefing.entities == ("Paraguay", "Taiwan Strait")
    assert [item.line for item in briefing.watch_items] == [26, 27, 28, 29]
    assert briefing.watch_items[3].text.startswith("Whether the mutual legal assistance treaty")
    assert len(briefing.sources) == 7
    assert briefing.sources[0].outlet == "Taiwan Presidential Office"
    assert briefing.sources[0].url == "https://english.president.gov.tw/News/7133"
    assert (briefing.sources[3].language, briefing.sources[3].region) == ("es", "Paraguay")
    assert briefing.sources[4].lens is None  # the "unlabelled" lens
    assert "Mutual Legal Assistance" in briefing.body
    assert "What to watch" not in briefing.body and "Source:" not in briefing.body


@pytest.mark.shared
def test_tsmc_entities_keep_commas_inside_names() -> None:
    briefing = parse_briefing(read(TSMC), str(TSMC))
    assert "Ministry of Economy, Trade and Industry" in briefing.entities
    assert briefing.date == date(2023, 9, 30)
    assert len(briefing.watch_items) == 4


# file, title, date, watch items as (line, text)
GOOD = [
    (
        "crlf_bom.md",
        "Port deal signed between Chile and Peru",
        date(2025, 3, 14),
        [
            (11, "Whether construction of the new terminal begins"),
            (12, "Whether Peru's Congress ratifies the port treaty"),
        ],
    ),
    (
        "reordered.txt",
        "A plain test title at level two",
        date(2025, 11, 2),
        [
            (4, "Whether the ministry approves the subsidy"),
            (5, "Whether exports of beef to Japan reach measurable volumes by June 2027"),
        ],
    ),
    (
        "h3_sections.markdown",
        "Everything at level three: a test briefing",
        None,
        [
            (8, "Whether the first item, continued on a lazy line, is joined"),
            (10, "Whether the second item stands alone"),
        ],
    ),
]


@pytest.mark.parametrize(("name", "title", "day", "items"), GOOD)
def test_odd_but_valid_briefings(
    name: str, title: str, day: date | None, items: list[tuple[int, str]]
) -> None:
    briefing = parse_briefing(read(DATA / name), name)
    assert briefing.title == title
    assert briefing.date == day
    assert [(i.line, i.text) for i in briefing.watch_items] == items


def test_level_three_takes_keep_lenses_and_entities() -> None:
    briefing = parse_briefing(read(DATA / "h3_sections.markdown"), "h3")
    assert briefing.sources == (
        Source(
            "Some Outlet",
            "https://www.example.com/a",
            "fr",
            "Europe",
            "A lens heading at the same level",
        ),
        Source("Other Outlet", None, None, "Asia", None),
    )
    assert briefing.entities == ("Acme Corp", "New York")
    assert briefing.dek.startswith("The dek of a briefing")


# file, error line, words of the message
BAD = [
    ("binary.bin", 1, "binary"),
    ("empty.md", 1, "empty"),
    ("no_title.md", 1, "no title"),
    ("no_watch_items.md", 6, "What to watch"),
]


@pytest.mark.parametrize(("name", "line", "words"), BAD)
def test_fatal_briefings_name_file_and_line(name: str, line: int, words: str) -> None:
    with pytest.raises(BriefingError) as caught:
        parse_briefing(read(DATA / name), name)
    assert caught.value.where == name
    assert caught.value.line == line
    assert words in caught.value.message
    assert str(caught.value).startswith(f"{name}:{line}: ")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("# Title only\n\nSome prose.\n", 1),  # no watch section at all: line 1
        ("# T\n\n## What to watch\n\n## Summary\n- a bullet elsewhere\n", 3),
        ("# T\r\n\r\n### WHAT TO WATCH next\r\n", 3),
    ],
)
def test_missing_watch_items_point_at_the_heading(text: str, line: int) -> None:
    with pytest.raises(BriefingError) as caught:
        parse_briefing(text, "b.md")
    assert caught.value.line == line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# T\n## What to watch\n- a\n- b\n", ["a", "b"]),
        ("# T\n## What to watch\n+ a\n  still a\n\n  also a\n\nnot a\n", ["a still a also a"]),
        ("# T\n## What to watch\n1. a\n2) b\n• c\n", ["a", "b", "c"]),
        ("# T\n## What to watch\n- **bold** and [a link](http://x.y)\n", ["bold and a link"]),
        ("# T\n###### what to watch\n- deep\n", ["deep"]),
    ],
)
def test_bullet_styles(text: str, expected: list[str]) -> None:
    assert [i.text for i in parse_briefing(text, "b").watch_items] == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("# T\n**Meta:** date: 2024-02-29 · x\n## What to watch\n- a\n", date(2024, 2, 29)),
        ("# T\n2023-01-05\n## What to watch\n- a\n", date(2023, 1, 5)),
        ("# T\nDate: 2023-01-06\n## What to watch\n- a\n", date(2023, 1, 6)),
        ("# T\n**Meta:** date: 2024-02-30\n## What to watch\n- a\n", None),
        ("# T about 2023-01-05 things\n## What to watch\n- a\n", None),
    ],
)
def test_dates(text: str, day: date | None) -> None:
    assert parse_briefing(text, "b").date == day


def test_entities_drop_type_prefixes_and_take_title_case() -> None:
    text = (
        "# T\n## What to watch\n- a\n## Across the graph\n"
        "- Entities: Paraguay, Place:taiwan Strait, Org:bank of china\n"
    )
    assert parse_briefing(text, "b").entities == ("Paraguay", "Taiwan Strait", "Bank of China")
