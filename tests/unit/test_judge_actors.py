"""Who acted: a counterpart's step is not the decider's decision, and a country party answers to
its legislature's names."""

from __future__ import annotations

import re

import pytest

from tests.unit.builders import observe, question
from watcher.data import gazetteer_index
from watcher.judge.relevance import institution_regexes
from watcher.judge.text import fold
from watcher.model import Entity
from watcher.naming import item_parties
from watcher.questions import item_stage_cues, item_terms

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


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Banco de Desarrollo Pan-Pacífico", True),
        ("el banco Pan-Pacífico", True),
        ("Banco de Desenvolvimento Pan-Pacífico", True),
        # Another bank that shares a word.
        ("Banco del Pacífico", False),
        ("Pan-Pacific Development Bank", False),  # the English name is matched as a name
    ],
)
def test_an_institution_is_found_under_its_spanish_and_portuguese_name(
    text: str, found: bool
) -> None:
    [pattern] = institution_regexes("Pan-Pacific Development Bank")
    assert bool(re.search(pattern, fold(text))) is found


def test_an_institution_with_nothing_distinctive_gets_no_translated_pattern() -> None:
    assert institution_regexes("New Development Bank") == []
    assert institution_regexes("Asian Development Bank") == []  # one short word: too little


PAN_FUND = question(
    "pan-fund",
    "Whether Nauru's government decides to join the Pan-Coral Development Fund",
    "decision",
    "open",
    entities=(Entity("Pan-Coral Development Fund"),),
    context=(NAURU,),
    terms=("join", "membership", "decree", "adhesión", "ingreso"),
)


@pytest.mark.parametrize(
    ("lang", "title", "stage"),
    [
        ("es", "El Gobierno firmó el decreto de ingreso al Fondo Pan-Coral", "done"),
        (
            "pt",
            "Nauru formaliza por decreto a adesão ao Fundo de Desenvolvimento Pan-Coral",
            "done",
        ),
        ("en", "Nauru signs the decree to join the Pan-Coral Development Fund", "done"),
        ("es", "Nauru estudia su ingreso al Fondo Pan-Coral", None),
    ],
)
def test_a_signed_decree_is_the_decision(lang: str, title: str, stage: str | None) -> None:
    assert [o.stage for o in observe(PAN_FUND, title, lang)] == [stage]


MAREVA_DECREE_TEXT = "Whether Nauru's president grants the Mareva terminal concession by decree."
MAREVA_DECREE = question(
    "mareva-decree",
    MAREVA_DECREE_TEXT,
    "decision",
    "open",
    entities=(Entity("Mareva"),),
    context=(NAURU,),
    terms=item_terms(MAREVA_DECREE_TEXT, "decision", ["Mareva"], named_thing=True),
    stage_cues=item_stage_cues(MAREVA_DECREE_TEXT, "decision"),
)


@pytest.mark.parametrize(
    ("lang", "title", "stage"),
    [
        ("en", "Nauru's president signs decree granting the Mareva concession", "done"),
        ("pt", "Presidente de Nauru outorgou por decreto a concessão de Mareva", "done"),
        # Another decision on the same terminal is not this one.
        ("en", "Nauru's parliament approved the loan for the Mareva terminal", None),
        ("pt", "Parlamento de Nauru aprovou o empréstimo para o terminal de Mareva", None),
    ],
)
def test_a_decision_is_about_its_object(lang: str, title: str, stage: str | None) -> None:
    stages = [o.stage for o in observe(MAREVA_DECREE, title, lang)]
    assert stages == [stage] if stage else not any(stages)
