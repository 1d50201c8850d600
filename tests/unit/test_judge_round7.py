"""Seventh-round rules of the judge's reading: a treaty's headline reports one party's step and
its lead that every party has now acted (the further stage wins); "US$" names no country."""

from __future__ import annotations

from tests.unit.builders import observe, question
from watcher.model import Entity, Polarity

RURITANIA = Entity("Ruritania", ("ruritano", "ruritana"))
NAURU = Entity("Nauru", ("nauruano", "nauruana"))
LEVY = question(
    "levy",
    "Whether the Ruritania–Nauru double taxation convention is ratified by both and enters "
    "into force",
    "ratification",
    "signed",
    entities=(RURITANIA, NAURU),
    parties=(RURITANIA, NAURU),
    terms=("double taxation", "doble imposición"),
)
PLANT = question(
    "plant",
    "Whether the Korvalis copper smelter in Ruritania gets built",
    "project",
    "announced",
    entities=(Entity("Korvalis"),),
    context=(RURITANIA,),
    terms=("smelter", "fundición"),
)


def test_the_leads_further_ratification_wins_over_the_headlines_step() -> None:
    [found] = observe(
        LEVY,
        "Ruritania's parliament ratifies the double taxation convention with Nauru",
        "en",
        "Ruritania's parliament approved the double taxation convention on Tuesday; Nauru "
        "ratified it in May, so both countries have now ratified the double taxation "
        "convention.",
    )
    assert (found.stage, found.polarity) == ("ratified-all", Polarity.DONE)


def test_a_project_setback_in_the_headline_is_not_outweighed_by_history_in_the_lead() -> None:
    [found] = observe(
        PLANT,
        "Court halts works at the Korvalis smelter in Ruritania",
        "en",
        "A judge suspended construction of the Korvalis smelter, where construction began in May.",
    )
    assert found.stage == "stalled"


def test_a_sum_in_us_dollars_does_not_place_the_news_in_the_united_states() -> None:
    [found] = observe(
        PLANT,
        "Korvalis cierra un crédito de US$ 900 millones para la fundición",
        "es",
        "La fundición de Korvalis comenzó la construcción tras cerrar el crédito.",
    )
    assert found.score > 0
