"""Relevance and the candidate index: which entries bear on which question, and how strongly."""

from __future__ import annotations

import pytest

from tests.unit.builders import ANDORRA, entry, question
from watcher.judge import Judge
from watcher.judge.relevance import assess, compile_matter
from watcher.judge.text import read_entry
from watcher.model import Entity, Entry, Question

NAURU = Entity("Nauru", ("Nauruan", "nauruano", "諾魯"))
LEGAL_AID = question(
    "legal-aid",
    "Whether the legal aid treaty is ratified",
    "ratification",
    "signed",
    entities=(ANDORRA, NAURU),
    terms=("mutual legal assistance", "asistencia judicial", "司法互助"),
    exclude=("double taxation",),
)
SOLAR = question(
    "solar",
    "Whether the Nauru solar farm by Helios Corp gets built",
    "project",
    "announced",
    entities=(NAURU, Entity("Helios Corp", ("Helios",))),
    terms=("solar farm", "parque solar", "太阳能"),
)


@pytest.mark.parametrize(
    ("question", "item", "low", "high"),
    [
        # Everything in one title sentence: full score.
        (LEGAL_AID, entry("Andorra and Nauru mutual legal assistance treaty signed"), 1.0, 1.0),
        # The lead names Nauru; a body sentence names Andorra and the treaty: context score.
        (
            LEGAL_AID,
            entry(
                "Pacific diplomacy",
                "Nauru's envoy spoke on Monday.",
                content="Andorran lawmakers discussed the mutual legal assistance pact.",
            ),
            0.6,
            0.8,
        ),
        # Only the paragraph as a whole names everything: lower still.
        (
            LEGAL_AID,
            entry(
                "News",
                content="Officials met.\n"
                "Andorra hosted Nauru. The mutual legal assistance pact came up.",
            ),
            0.4,
            0.5,
        ),
        # A neighbour: another treaty between the same states.
        (LEGAL_AID, entry("Andorra and Nauru sign a double taxation treaty"), 0.0, 0.0),
        # Excluded term in the same sentence vetoes even with the topic term present.
        (
            LEGAL_AID,
            entry("Andorra, Nauru add mutual legal assistance clause to double taxation deal"),
            0.0,
            0.0,
        ),
        # A neighbour: another company's solar farm in the same country.
        (SOLAR, entry("Sunmax breaks ground on Nauru solar farm"), 0.0, 0.0),
        (SOLAR, entry("Helios breaks ground on Nauru solar farm"), 1.0, 1.0),
        (SOLAR, entry("Helios inicia obras del parque solar en Nauru"), 1.0, 1.0),
        (SOLAR, entry("Helios公司在諾魯的太陽能電廠動工"), 1.0, 1.0),
        # A headline is read with its lead: its topic may be said only there.
        (SOLAR, entry("Helios goes live in Nauru", "The solar farm fed the grid today."), 1.0, 1.0),
        # ... but not with the body.
        (
            SOLAR,
            entry("Helios goes live in Nauru", "Power flowed.", content="The solar farm works."),
            0.0,
            0.9,
        ),
    ],
)
def test_relevance_scores(question: Question, item: Entry, low: float, high: float) -> None:
    relevance = assess(compile_matter(question), read_entry(item))
    assert low <= relevance.score <= high


def test_quote_is_the_best_sentence() -> None:
    item = entry(
        "Weekly roundup", "Ports were busy.", content="Helios switched on the Nauru solar farm."
    )
    relevance = assess(compile_matter(SOLAR), read_entry(item))
    assert relevance.best is not None
    assert relevance.best.text == "Helios switched on the Nauru solar farm."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Andorra and Nauru mutual legal assistance", {"w/legal-aid"}),
        ("Helios solar farm Nauru", {"w/solar"}),
        ("Helios solar farm, Andorra, Nauru, mutual legal assistance", {"w/legal-aid", "w/solar"}),
        ("Andorra only, no partner", set()),
        ("安道尔与諾魯司法互助", {"w/legal-aid"}),
    ],
)
def test_candidates_come_from_the_index(text: str, expected: set[str]) -> None:
    judge = Judge([LEGAL_AID, SOLAR])
    assert judge.candidates(entry(text)) == expected


def test_candidates_are_a_superset_of_what_observe_returns() -> None:
    judge = Judge([LEGAL_AID, SOLAR])
    item = entry("Andorra and Nauru sign a double taxation treaty")
    assert judge.candidates(item) == set()  # no topic term key at all
    item = entry("Andorra, Nauru: double taxation, not mutual legal assistance, on the agenda")
    assert "w/legal-aid" in judge.candidates(item)
    assert judge.observe(item) == []


# A project in Ecuador by a firm from elsewhere: the country is context, never required.
QUAY = question(
    "quay",
    "Whether the Puerto Azul consortium builds the new quay",
    "project",
    "announced",
    entities=(Entity("Puerto Azul"),),
    context=(Entity("Ecuador", ("Ecuadorian", "ecuatoriano")),),
    terms=("quay", "muelle"),
)


@pytest.mark.parametrize(
    ("title", "bears"),
    [
        # A city of the context country places the news there, whatever else it names.
        ("Puerto Azul starts the Guayaquil quay with cranes bought in Japan", True),
        ("Puerto Azul starts the quay with cranes bought in Japan", False),
        # A city of another country places it elsewhere, like that country's name.
        ("Puerto Azul opens a quay in Valparaíso", False),
        ("Puerto Azul opens a quay in Chile", False),
        ("Puerto Azul finishes the Ecuador quay", True),
    ],
)
def test_a_place_locates_the_news_in_its_country(title: str, bears: bool) -> None:
    assert bool(Judge([QUAY]).observe(entry(title))) is bears
