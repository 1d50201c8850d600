"""The gazetteer's coverage: every country with its names, and no name that points two ways.

A fuller gazetteer helps two readings: a country answers to the names of its places (news of
the port of Buenaventura is news of Colombia), and news that names another country's capital,
and none of the question's, is about elsewhere. Both fail quietly when one name belongs to two
entities or a Chinese name is written in one script only, so these tests guard the file itself.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from importlib import resources

import pytest
from opencc import OpenCC
from ruamel.yaml import YAML

from tests.unit.builders import entry
from watcher.data import GENERIC_LEGISLATURES, gazetteer, gazetteer_index
from watcher.judge import Judge
from watcher.judge.text import fold
from watcher.model import Briefing, Question, WatchItem
from watcher.questions import build_watchlist

CJK = re.compile(r"[\u4e00-\u9fff]")
LANGUAGES = {"es", "pt", "zh-Hans", "zh-Hant", "en", "ja"}  # Chinese by script
# Countries whose only demonyms would name something else too: "Vatican" is the Holy See's
# name, "Congolese" is either Congo's, "Central African" is also the region's.
NO_DEMONYM = {"Holy See", "Republic of the Congo", "Democratic Republic of the Congo",
              "Central African Republic"}  # fmt: skip
# Characters opencc writes differently in traditional script although transliterated names
# keep them in both (里約, 托巴哥, 斗湖 for Tawau): no traditional twin is owed for them.
SAME_IN_NAMES = set("里托斗")


def _rows() -> list[dict[str, object]]:
    text = resources.files("watcher.data").joinpath("gazetteer.yaml").read_text(encoding="utf-8")
    return list(YAML(typ="safe", pure=True).load(text)["entities"])


def _generic_legislature_names() -> set[str]:
    to_simplified = OpenCC("t2s")
    return {fold(n) for name in GENERIC_LEGISLATURES for n in (name, to_simplified.convert(name))}


def _whole(name: str) -> str:
    """The country an entity belongs to (itself for a country)."""
    index = gazetteer_index()
    seen = {name}
    while (part_of := index[name].part_of) and part_of in index and part_of not in seen:
        name = part_of
        seen.add(name)
    return name


def test_every_name_points_to_one_entity() -> None:
    """Folded (case, accents, Chinese script), a name belongs to one entity. Exceptions: the
    generic legislature names the loader gives every country ("Senado", "Congreso Nacional"),
    which say no country by design, and a place named like its own country."""
    owners: dict[str, set[str]] = defaultdict(set)
    for found in gazetteer():
        for name in found.names:
            owners[fold(name)].add(found.name)
    generic = _generic_legislature_names()
    shared = {
        name: sorted(entities)
        for name, entities in owners.items()
        if len(entities) > 1 and name not in generic and len({_whole(e) for e in entities}) > 1
    }
    assert not shared, shared


def test_every_chinese_name_has_its_twin_in_the_other_script() -> None:
    to_simplified, to_traditional = OpenCC("t2s"), OpenCC("s2t")
    missing = []
    for found in gazetteer():
        names = [n for n in found.names if CJK.search(n)]
        for name in names:
            simplified = to_simplified.convert(name)
            if simplified not in names:
                missing.append((found.name, name, simplified))
            # A simplified name owes a traditional twin when opencc writes it differently.
            traditional = to_traditional.convert(name)
            pairs = zip(name, traditional, strict=True)
            owed = simplified == name and any(a != b and a not in SAME_IN_NAMES for a, b in pairs)
            twins = [other for other in names if other != name]
            if owed and not any(to_simplified.convert(other) == name for other in twins):
                missing.append((found.name, name, traditional))
    assert not missing, missing


def test_every_country_has_local_names_demonym_and_press_languages() -> None:
    countries = [row for row in _rows() if row.get("type") == "country"]
    assert len(countries) >= 196  # the UN's members, its two observer states, and Taiwan
    for row in countries:
        name = row["name"]
        local = row.get("local") or {}
        assert isinstance(local, dict) and {"es", "pt", "zh"} <= set(local), name
        assert all(str(v).strip() for v in local.values()), name
        assert CJK.search(str(local["zh"])), name
        assert "speaks" in row, f"{name}: say which of our languages its press writes in"
        assert set(row["speaks"] or ()) <= LANGUAGES, name  # type: ignore[arg-type]
        if name not in NO_DEMONYM:
            assert row.get("demonym"), name


@pytest.mark.parametrize(
    ("country", "names"),
    [
        ("Uzbekistan", ["Tashkent", "Taskent", "塔什干", "Uzbek", "uzbeko", "乌兹别克斯坦"]),
        ("Democratic Republic of the Congo", ["Kinshasa", "DRC", "剛果民主共和國"]),
        ("Türkiye", ["Ankara", "Turquía", "turco"]),
        ("Republic of Georgia", ["Tbilisi", "格魯吉亞"]),
        ("Mozambique", ["Maputo", "Moçambique", "moçambicano"]),
    ],
)
def test_a_country_answers_to_its_capital_local_names_and_demonyms(
    country: str, names: list[str]
) -> None:
    entity = gazetteer_index()[country]
    assert set(names) <= set(entity.names)


@pytest.mark.parametrize(
    "name",
    # Shared with other places or everyday words, and Chinese short forms that turn up inside
    # other words (东加 in 广东加快, 查德 in 调查德国). (多哥, which runs into 许多哥伦比亚人, is
    # kept with a guard: tests/unit/test_judge_round72.py.)
    ["Georgia", "Turkey", "Congo", "Congolese", "Córdoba", "Valencia", "Santiago", "San José",
     "Victoria", "León", "Granada", "Guadalajara", "Mérida", "Santos", "Porto", "Bahia", "Lagos",
     "Salto", "Natal", "Kingston", "Irã", "Praga", "東加", "查德", "中非"],
)  # fmt: skip
def test_ambiguous_names_are_left_out(name: str) -> None:
    owners = [e.name for e in gazetteer() if fold(name) in {fold(n) for n in e.names}]
    assert owners == [], owners


# --- end to end: a briefing's question, judged on news that names places -------------------


def _briefing(title: str, entities: tuple[str, ...], items: list[str]) -> Briefing:
    return Briefing(
        title=title,
        source="t.md",
        date=date(2030, 1, 10),
        entities=entities,
        watch_items=tuple(WatchItem(text, i + 1) for i, text in enumerate(items)),
        body="Helios Rail, a rail builder, won the contract for the city's first metro line.",
    )


def _rail_question() -> Question:
    briefing = _briefing(
        "Helios Rail wins a Colombian metro contract",
        ("Colombia", "Helios Rail"),
        ["Whether Helios Rail starts building the metro line in Colombia."],
    )
    question = build_watchlist(briefing).questions[0]
    assert [e.name for e in question.entities] == ["Helios Rail"]
    assert [e.name for e in question.context] == ["Colombia"]
    return question


@pytest.mark.parametrize(
    ("place", "language", "bears"),
    [
        ("Medellín", "en", True),  # one of Colombia's own cities
        ("an undisclosed city", "en", True),  # no country said: the context is not required
        ("Tashkent", "en", False),  # another country's capital
        ("Taskent", "es", False),
        ("塔什干", "zh", False),
        ("Kinshasa", "en", False),
    ],
)
def test_news_naming_another_countrys_capital_is_about_elsewhere(
    place: str, language: str, bears: bool
) -> None:
    question = _rail_question()
    title = {
        "en": f"Helios Rail starts building the metro line in {place}",
        "es": f"Helios Rail comienza a construir la línea de metro en {place}",
        "zh": f"Helios Rail在{place}開始建造地鐵線",
    }[language]
    observed = Judge([question]).observe(entry(title, language=language))
    assert bool(observed) is bears, observed


def _port_question() -> Question:
    briefing = _briefing(
        "Colombia and China weigh a port agreement",
        ("Colombia", "China"),
        ["Whether Colombia and China sign the port agreement."],
    )
    question = build_watchlist(briefing).questions[0]
    assert {e.name for e in question.entities} == {"Colombia", "China"}
    return question


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("China signs the port agreement for Buenaventura", "en"),
        ("A China assina um acordo sobre o porto de Buenaventura", "pt"),  # not Colombian press
        ("中國與布埃納文圖拉簽署港口協議", "zh"),
    ],
)
def test_a_country_answers_to_its_port(title: str, language: str) -> None:
    observed = Judge([_port_question()]).observe(entry(title, language=language))
    assert observed, title
