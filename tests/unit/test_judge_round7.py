"""Seventh-round rules of the judge's reading: a treaty's headline reports one party's step and
its lead that every party has now acted (the further stage wins); "US$" names no country."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, question
from watcher.model import Entity, Polarity, Question

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


HELIOS = question(
    "helios",
    "Whether the Helios solar project in Nauru gets built",
    "project",
    "announced",
    entities=(Entity("Helios", ("光明",)),),
    terms=("solar", "太阳能", "电厂"),
)
PACT = question(
    "pact",
    "Whether the Ruritania–Nauru trade agreement is ratified",
    "ratification",
    "signed",
    entities=(Entity("Ruritania", ("鲁里塔尼亚",)), Entity("Nauru", ("瑙鲁",))),
    terms=("贸易协定", "协定"),
)


@pytest.mark.parametrize(
    ("q", "title", "stage", "polarity"),
    [
        # Taiwan press's "計畫" is a project as often as a plan: as a name it plans nothing
        (HELIOS, "瑙鲁环保署核准光明太阳能電廠計畫環評", "preparing", Polarity.DONE),
        (HELIOS, "光明太阳能計畫將於明年動工", "construction", Polarity.INTENT),
        (HELIOS, "光明计划明年建设太阳能电厂并动工", "construction", Polarity.INTENT),
        # "将" before its object marks the object, not the future
        (PACT, "鲁里塔尼亚政府将该协定提交国会审议，瑙鲁表示欢迎", "submitted", Polarity.DONE),
        (PACT, "鲁里塔尼亚国会将批准与瑙鲁的贸易协定", "ratified-all", Polarity.INTENT),
    ],
)
def test_chinese_words_that_plan_only_before_a_verb(
    q: Question, title: str, stage: str, polarity: Polarity
) -> None:
    [found] = observe(q, title, "zh")
    assert (found.stage, found.polarity) == (stage, polarity)
