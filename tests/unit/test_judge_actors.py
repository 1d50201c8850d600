"""Who acted: a counterpart's step is not the decider's decision, and a country party answers to
its legislature's names."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, question
from watcher.data import gazetteer_index
from watcher.model import Entity
from watcher.naming import item_parties

NAURU = Entity("Nauru", ("Nauruan", "nauruano"))
FUND = Entity("Coral Development Fund", ("Coral Fund",))
JOIN = question(
    "join",
    "Whether Nauru's government decides to join the Coral Development Fund",
    "decision",
    "open",
    entities=(FUND,),
    context=(NAURU,),
    terms=("join", "membership", "decree"),
)


@pytest.mark.parametrize(
    ("title", "stage"),
    [
        # The fund acts on Nauru's request: its step, not Nauru's decision.
        ("Coral Fund approves Nauru's membership bid", None),
        ("Coral Development Fund board has approved Nauru's membership application", None),
        # Nauru acts, in either voice.
        ("Nauru approves decree to join the Coral Fund", "done"),
        ("Nauru's membership of the Coral Fund approved by decree", "done"),
    ],
)
def test_a_counterparts_step_is_not_the_deciders_decision(title: str, stage: str | None) -> None:
    assert [o.stage for o in observe(JOIN, title, "en")] == [stage]


def test_a_country_party_answers_to_its_legislatures_names() -> None:
    index = gazetteer_index()
    parties = item_parties(
        "Whether the investment treaty is ratified by Colombia's Congress and by China's NPC "
        "Standing Committee and enters into force.",
        [index["Colombia"], index["China"]],
    )
    china = next(p for p in parties if p.name == "China")
    assert {"全国人大常委会", "NPC Standing Committee"} <= set(china.aliases)
