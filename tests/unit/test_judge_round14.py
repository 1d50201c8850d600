"""Fourteenth-round rules: pressure at home turning concrete (a shutdown, a strike begun, a case
taken to court) and easing (a strike called off), in four languages; ports singling out a
country's ships; a country's own council that must approve is not the matter; a project item
naming its stages in its own words."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, only_question, question
from watcher.ladders import choose_kind
from watcher.model import Entity, Polarity

NAURU = Entity("Nauru", ("Nauruan", "nauruano", "瑙鲁"))
GROWERS = question(
    "growers",
    "Whether Nauru's copra growers take their fight against the duty cut beyond statements",
    "pressure",
    "baseline",
    entities=(Entity("Copra Growers' Union", ("copra growers", "Aiwo", "艾沃")),),
    context=(NAURU,),
    terms=("duty cut", "copra", "strike", "greve", "paro", "罢市", "罢工"),
)


@pytest.mark.parametrize(
    ("title", "language", "stage"),
    [
        ("Aiwo shuts down as copra growers take duty-cut fight to the streets", "en", "concrete"),
        (
            "Copra growers file a writ petition in the High Court over the duty cut",
            "en",
            "concrete",
        ),
        ("Copra growers call off agitation after quota on imports", "en", "eased"),
        ("Produtores de copra de Aiwo iniciaram hoje uma greve contra o corte", "pt", "concrete"),
        ("Produtores de copra de Aiwo desconvocam as greves após acordo", "pt", "eased"),
        ("Productores de copra de Aiwo mantienen desde el miércoles un paro", "es", "concrete"),
        ("Productores de copra de Aiwo levantaron el paro tras el acuerdo", "es", "eased"),
        ("艾沃椰干种植户举行全天罢市", "zh", "concrete"),
    ],
)
def test_pressure_at_home_turns_concrete_and_eases(title: str, language: str, stage: str) -> None:
    [o] = observe(GROWERS, title, language)
    assert (o.stage, o.polarity) == (stage, Polarity.DONE)


def test_a_strike_announced_for_a_date_is_not_yet_one() -> None:
    [o] = observe(GROWERS, "Produtores de copra de Aiwo avisam: greve a partir de dia 29", "pt")
    assert o.polarity != Polarity.DONE


LEVERS = question(
    "levers",
    "Whether China reaches for shipping levers to punish Nauru",
    "pressure",
    "baseline",
    entities=(Entity("China", ("Chinese", "中国", "交通运输部")), NAURU),
    terms=("vessels", "ships", "船舶", "inspections"),
)


@pytest.mark.parametrize(
    ("title", "lead", "language"),
    [
        ("Chinese ports single out Nauru-flagged vessels", "", "en"),
        (
            "Nauru registry cries foul",
            "Nauru's registry said China's move to subject every Nauru-flagged vessel to "
            "targeted port inspections was political retaliation.",
            "en",
        ),
        ("中国交通运输部对瑙鲁籍船舶实施重点跟踪检查", "", "zh"),
    ],
)
def test_ports_singling_out_a_countrys_ships(title: str, lead: str, language: str) -> None:
    [o] = observe(LEVERS, title, language, lead)
    assert (o.stage, o.polarity) == ("concrete", Polarity.DONE)


def test_a_countrys_own_council_is_not_the_matter() -> None:
    q = only_question(
        "São Tomé and Príncipe and Nigeria sign an energy agreement",
        "How quickly the energy agreement clears São Tomé's National Assembly and Nigeria's "
        "Federal Executive Council, and when it takes legal effect.",
    )
    assert {e.name for e in q.entities} == {"Nigeria", "São Tomé and Príncipe"}


def test_a_project_named_by_its_own_stages() -> None:
    item = (
        "Does the Nauru-financed solar park at Aiwo get off the drawing board, from loan and "
        "permits to ground broken and power on the grid?"
    )
    assert choose_kind(item) == "project"
