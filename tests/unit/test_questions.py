"""build_watchlist: ids, kinds, baselines, entities with aliases, terms, parties, deadlines."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from opencc import OpenCC

from watcher.briefing import parse_briefing
from watcher.data import gazetteer, gazetteer_index, glossary
from watcher.model import Briefing, Source, WatchItem
from watcher.questions import (
    build_watchlist,
    cited_outlets,
    deadline_in,
    item_parties,
    main_actors,
    question_slug,
)

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_ef98f3b8df85f44e.txt"
TSMC = SHARED / "eval-dev" / "tsmc" / "briefing.md"
EXAMPLE = ROOT / "watcher" / "examples" / "briefing.md"
CJK = re.compile(r"[\u4e00-\u9fff]")


def briefing_at(path: Path) -> Briefing:
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared holds third-party data)")
    return parse_briefing(path.read_text(encoding="utf-8"), str(path))


@pytest.mark.shared
def test_seed_watchlist() -> None:
    wl = build_watchlist(briefing_at(SEED))
    assert wl.id == "paraguay-taiwan-2026-05-08"
    assert [q.kind for q in wl.questions] == ["project", "market", "pressure", "ratification"]
    assert [q.baseline for q in wl.questions] == ["announced", "opened", "baseline", "signed"]
    treaty = wl.questions[3]
    assert treaty.id == "paraguay-taiwan-2026-05-08/mla-treaty-ratified"
    assert [p.name for p in treaty.parties] == ["Congress of Paraguay", "Legislative Yuan"]
    assert "立法院" in treaty.parties[1].aliases and "Senado" in treaty.parties[0].aliases
    assert all(not q.parties for q in wl.questions[:3])
    assert {e.name for e in wl.questions[2].entities} == {"China", "Paraguay"}
    for q in wl.questions:
        assert len(q.entities) >= 2, q.id  # an entry must name the matter's actors
        assert q.since == date(2026, 5, 8)
        assert "abc.com.py" in q.cited_outlets and "ABC Color" in q.cited_outlets
        assert q.ladder.kind == q.kind and q.baseline in q.ladder.stages


@pytest.mark.shared
def test_tsmc_watchlist() -> None:
    wl = build_watchlist(briefing_at(TSMC))
    assert wl.id == "tsmc-kumamoto-2023-09-30"
    assert [(q.kind, q.baseline) for q in wl.questions] == [
        ("project", "construction"),
        ("project", "construction"),
        ("decision", "open"),
        ("project", "announced"),
    ]
    assert wl.questions[1].deadline == date(2024, 12, 31)
    subsidy = wl.questions[2]
    # Kumamoto is part of Japan: named together, they are one actor answering to both.
    japan = next(e for e in subsidy.entities if e.name == "Japan")
    assert "Kumamoto" in japan.aliases and "Tokyo" in japan.aliases


def test_example_watchlist() -> None:
    wl = build_watchlist(briefing_at(EXAMPLE))
    assert wl.id == "taiwan-paraguay-2026-05-08"
    assert [(q.kind, q.baseline) for q in wl.questions] == [
        ("ratification", "signed"),
        ("project", "announced"),
        ("market", "opened"),
        ("pressure", "baseline"),
    ]
    assert len(wl.questions[0].parties) == 2
    assert [q.line for q in wl.questions] == [29, 30, 31, 32]


@pytest.mark.parametrize(
    ("item", "slug"),
    [
        (
            "Whether the mutual legal assistance treaty is ratified by both parliaments",
            "mla-treaty-ratified",
        ),
        (
            "Whether the first fab begins mass production by the end of 2024, as promised",
            "fab1-mass-production",
        ),
        ("Whether Phase 1 of the AI data centre MOU progresses", "phase1-ai-dc-mou"),
        ("Whether China increases diplomatic pressure on Paraguay", "china-diplomatic-pressure"),
        ("¿Se ratificará el tratado?", "ratificara-tratado"),
        ("立法院是否批准", "question"),
    ],
)
def test_question_slugs(item: str, slug: str) -> None:
    assert question_slug(item) == slug
    assert len(slug) <= 30


def test_slugs_are_unique_within_a_watchlist() -> None:
    items = tuple(WatchItem("Whether the port treaty is ratified", n) for n in (3, 4, 5))
    wl = build_watchlist(Briefing(title="Chile and Peru", source="b", watch_items=items))
    assert wl.id == "chile-peru"
    assert [q.id for q in wl.questions] == [
        "chile-peru/port-treaty-ratified",
        "chile-peru/port-treaty-ratified-2",
        "chile-peru/port-treaty-ratified-3",
    ]


@pytest.mark.parametrize(
    ("item", "deadline"),
    [
        ("Whether it begins by the end of 2024, as promised", date(2024, 12, 31)),
        ("Whether it opens by June 2025", date(2025, 6, 30)),
        ("Whether it opens by February 2028", date(2028, 2, 29)),
        ("Whether it opens by 15 March 2026", date(2026, 3, 15)),
        ("Whether it opens by March 15, 2026", date(2026, 3, 15)),
        ("Whether it opens before 2026-09-01", date(2026, 9, 1)),
        ("Whether it opens by mid-2027", date(2027, 6, 30)),
        ("Whether it opens by Q3 2025", date(2025, 9, 30)),
        ("Whether ground is broken in 2025", date(2025, 12, 31)),
        ("Whether it opens at all", None),
        ("Whether 1,200 tonnes are shipped", None),
    ],
)
def test_deadlines(item: str, deadline: date | None) -> None:
    assert deadline_in(item) == deadline


@pytest.mark.parametrize(
    ("item", "parties"),
    [
        (
            "Whether it is ratified by both parliaments",
            ["Congress of Paraguay", "Legislative Yuan"],
        ),
        ("Whether both countries comply", ["Paraguay", "Taiwan"]),
        ("Whether each party designates a central authority", ["Paraguay", "Taiwan"]),
        ("Whether 雙方 exchange evidence", ["Paraguay", "Taiwan"]),
        ("Whether Paraguay's Congress ratifies it", []),
    ],
)
def test_parties(item: str, parties: list[str]) -> None:
    actors = main_actors(Briefing(title="Paraguay and Taiwan sign a treaty", source="b"))
    assert [p.name for p in item_parties(item, actors)] == parties


@pytest.mark.parametrize(
    ("item", "kind", "must_have"),
    [
        (
            "Whether the mutual legal assistance treaty is ratified",
            "ratification",
            {
                "mutual legal assistance",
                "MLAT",
                "asistencia jurídica mutua",
                "assistência jurídica mútua",
                "司法互助",
                "treaty",
                "tratado",
                "條約",
                "条约",
                "批准",
            },
        ),
        (
            "Whether the AI data centre is commissioned",
            "project",
            {
                "data centre",
                "data center",
                "centro de datos",
                "centro de dados",
                "資料中心",
                "数据中心",
                "算力",
            },
        ),
        (
            "Whether poultry exports grow",
            "market",
            {"poultry", "chicken", "pollo", "carne de ave", "frango", "雞肉", "鸡肉", "禽肉"},
        ),
        (
            "Whether China increases diplomatic pressure",
            "pressure",
            {"diplomatic pressure", "presión", "pressão", "施壓", "施压"},
        ),
        (
            "Whether Tokyo commits subsidies to a second fab",
            "decision",
            {
                "subsidy",
                "subvención",
                "subsídio",
                "補助",
                "补贴",
                "fab",
                "plant",
                "factory",
                "planta",
                "fábrica",
                "工廠",
                "工厂",
                "晶圓廠",
            },
        ),
    ],
)
def test_terms_span_four_languages(item: str, kind: str, must_have: set[str]) -> None:
    wl = build_watchlist(
        Briefing(title="Paraguay and Taiwan", source="b", watch_items=(WatchItem(item, 1),))
    )
    question = wl.questions[0]
    assert question.kind == kind
    assert must_have <= set(question.terms)
    assert "MOU" not in question.terms  # too broad to count as a topic


def test_items_without_glossary_words_use_their_own() -> None:
    items = (WatchItem("Whether the president resigns", 1),)
    question = build_watchlist(Briefing(title="Chile", source="b", watch_items=items)).questions[0]
    assert question.terms == ("president", "resigns")
    assert [e.name for e in question.entities] == ["Chile"]


@pytest.mark.parametrize(
    ("name", "aliases"),
    [
        ("Taiwan", {"Taiwán", "台灣", "臺灣", "台湾"}),
        ("Paraguay", {"巴拉圭", "Paraguai"}),
        ("China", {"中國", "中国", "北京", "Beijing", "Pekín", "Pequim"}),
        ("Japan", {"Japón", "Japão", "日本", "Tokyo"}),
        ("Legislative Yuan", {"立法院", "Yuan Legislativo"}),
        ("Congress of Paraguay", {"Congreso Nacional", "Senado", "Cámara de Diputados"}),
        ("TSMC", {"台積電", "台积电"}),
        ("JASM", set()),
        ("Kumamoto", {"熊本"}),
    ],
)
def test_gazetteer_aliases(name: str, aliases: set[str]) -> None:
    assert aliases <= set(gazetteer_index()[name].aliases)


def test_gazetteer_is_large_and_consistent() -> None:
    entries = gazetteer()
    assert len(entries) >= 60
    assert len({e.name for e in entries}) == len(entries)
    index = gazetteer_index()
    to_simplified = OpenCC("t2s")
    for entry in entries:
        assert entry.part_of is None or entry.part_of in index, entry.name
        assert entry.legislature is None or entry.legislature in index, entry.name
        for alias in (a for a in entry.aliases if CJK.search(a)):
            # every traditional-script alias has its simplified form too
            assert to_simplified.convert(alias) in entry.aliases, (entry.name, alias)


def test_glossary_has_both_chinese_scripts() -> None:
    to_simplified = OpenCC("t2s")
    for concept in glossary():
        for word in (w for w in concept.words if CJK.search(w)):
            assert to_simplified.convert(word) in concept.words, (concept.key, word)


def test_cited_outlets_are_names_then_hosts() -> None:
    sources = (
        Source("ABC Color", "https://www.abc.com.py/a"),
        Source("ABC Color", "https://www.abc.com.py/b"),
        Source("Focus Taiwan", None),
    )
    assert cited_outlets(sources) == ("ABC Color", "Focus Taiwan", "abc.com.py")
