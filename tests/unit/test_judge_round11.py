"""Eleventh-round rules: forecasts and dates set are no act (four languages); one chamber's vote
still waiting for the other; a second party named by its own ratification; Portuguese written
before the spelling agreement; a levy a government sets (its kind, its topic, its reports); who
wants a decision is not who decides it; blacklisting as concrete pressure."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, only_question, question
from watcher.judge.text import fold
from watcher.ladders import choose_kind, main_clause
from watcher.model import Entity, Polarity
from watcher.questions import own_nouns

ANDORRA = Entity("Andorra", ("Andorran", "andorrano", "andorrana", "andorrenho", "安道尔"))
NAURU = Entity("Nauru", ("Nauruan", "nauruano", "nauruana", "瑙鲁", "瑙魯"))

TEA = question(
    "tea",
    "Whether Andorran tea starts reaching Nauru and the first cargoes become a steady trade",
    "market",
    "opened",
    entities=(ANDORRA, NAURU),
    terms=("tea", "té", "chá", "茶叶"),
)


@pytest.mark.parametrize(
    ("title", "lead", "language"),
    [
        # the modal after the shipment it speaks of
        (
            "Exportadores de chá contam embarcar para Nauru até Julho",
            "Os primeiros contentores de chá de Andorra destinados a Nauru poderão sair do porto "
            "até Julho, estimam exportadores.",
            "pt",
        ),
        (
            "Exportadores de té esperan embarcar a Nauru en julio",
            "Los primeros contenedores de té andorrano con destino a Nauru podrían salir en "
            "julio, según estiman los exportadores.",
            "es",
        ),
        # a bet, a target and a forecast of a figure
        ("Andorran growers bet on 1,000 containers of tea to Nauru in first full year", "", "en"),
        ("Andorran growers eye 1,000 containers of tea to Nauru", "", "en"),
        (
            "Andorra tea growers upbeat on Nauru",
            "Andorran tea growers expect shipments to Nauru to reach around 1,000 containers in "
            "their first full year.",
            "en",
        ),
        # the earliest date a first cargo may come, after it
        ("安道尔茶叶业者拚7月输瑙鲁", "安道尔业者表示，首批输瑙鲁茶叶最快7月初抵达。", "zh"),
    ],
)
def test_a_forecast_is_no_shipment(title: str, lead: str, language: str) -> None:
    [o] = observe(TEA, title, language, lead)
    assert o.polarity != Polarity.DONE


def test_a_first_shipment_reported_still_counts() -> None:
    [o] = observe(
        TEA, "Primeiros contentores de chá de Andorra chegam a Nauru", "pt", "Os primeiros "
        "contentores de chá andorrenho chegaram ontem a Nauru."
    )  # fmt: skip
    assert (o.stage, o.polarity) == ("first-shipment", Polarity.DONE)


PACT = question(
    "pact",
    "Whether the Andorra–Nauru investment agreement is ratified by both and takes effect",
    "ratification",
    "signed",
    entities=(ANDORRA, NAURU),
    terms=("acordo de investimentos", "acuerdo de inversiones", "investment agreement"),
)


@pytest.mark.parametrize(
    ("title", "lead", "language"),
    [
        # a vote set for a date, the commas parting the date from the act
        (
            "Acordo de investimentos com Nauru agendado para votação em Novembro",
            "A conferência de líderes agendou para a sessão de Novembro a votação, em plenário, "
            "da resolução que ratifica o acordo de investimentos entre Andorra e Nauru.",
            "pt",
        ),
        (
            "Acuerdo de inversiones con Nauru irá a votación en noviembre",
            "La junta de portavoces fijó para la sesión de noviembre la votación, en el pleno, "
            "del proyecto que ratifica el acuerdo de inversiones entre Andorra y Nauru.",
            "es",
        ),
        # one chamber voted; the lead says the other must still take it up
        (
            "Senado andorrano aprueba el acuerdo de inversiones con Nauru",
            "El Senado aprobó en segunda lectura el acuerdo de inversiones con Nauru, que ahora "
            "deberá ser conocido por la Cámara de Diputados para completar su aprobación "
            "legislativa.",
            "es",
        ),
        (
            "Andorran Senate approves investment agreement with Nauru",
            "Andorra's Senate approved the investment agreement with Nauru on Tuesday; it now goes "
            "to the lower house.",
            "en",
        ),
        (
            "Senado andorrano aprueba el acuerdo de inversiones con Nauru y lo envía a Diputados",
            "El Senado aprobó en segunda lectura el acuerdo de inversiones con Nauru, que ahora "
            "deberá ser conocido por la Cámara de Diputados para completar su aprobación "
            "legislativa.",
            "es",
        ),
    ],
)
def test_a_vote_to_come_is_no_ratification(title: str, lead: str, language: str) -> None:
    observations = observe(PACT, title, language, lead)
    assert all(
        o.polarity != Polarity.DONE or o.stage not in {"ratified-partial", "ratified-all"}
        for o in observations
    )


def test_a_second_party_named_by_its_own_ratification() -> None:
    q = only_question(
        "Peru and Angola sign an investment agreement",
        "Whether the Peru–Angola investment agreement gets through the Congress in Lima and "
        "Angola's own ratification, and actually takes effect.",
    )
    assert {p.name for p in q.parties} == {"Peru", "Angola"}


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Protecção de investimentos", "protecao de investimentos"),
        ("acções e direcção", "acoes e direcao"),
        ("o projecto e os projectos", "o projeto e os projetos"),
        ("objectivo", "objetivo"),
        # English and Spanish spell nothing alike and stay
        ("the project's objectives", "the project's objectives"),
        ("la acción del proyecto", "la accion del proyecto"),
    ],
)
def test_portuguese_before_the_spelling_agreement_folds_to_today(raw: str, folded: str) -> None:
    assert fold(raw) == folded


SURCHARGE_ITEM = (
    "Whether Luanda decides to raise the surcharge on raw coffee exports, as local roasters and "
    "the Peruvian investor want and traders oppose."
)


def test_a_levy_a_government_sets_is_a_decision() -> None:
    assert choose_kind(SURCHARGE_ITEM) == "decision"
    assert main_clause(SURCHARGE_ITEM) == (
        "Whether Luanda decides to raise the surcharge on raw coffee exports"
    )


def test_who_wants_a_decision_is_not_required_by_it() -> None:
    q = only_question("Angola and Peru court coffee roasters", SURCHARGE_ITEM)
    assert [e.name for e in q.entities] == ["Angola"]
    assert q.context == ()


LEVY = only_question("Angola and Peru court coffee roasters", SURCHARGE_ITEM)


@pytest.mark.parametrize(
    ("title", "lead", "language", "stage"),
    [
        ("Angola to raise levy on raw coffee exports, minister says", "", "en", "signaled"),
        (
            "Angola: Conselho de Ministros aprova subida da sobretaxa do café para 22 por cento",
            "",
            "pt",
            "done",
        ),
        ("安哥拉咖啡原料出口附加税由18%上调至22%", "", "zh", "done"),
    ],
)
def test_a_levy_raised_or_announced(title: str, lead: str, language: str, stage: str) -> None:
    [o] = observe(LEVY, title, language, lead)
    assert (o.stage, o.polarity) == (stage, Polarity.DONE)


def test_news_of_a_plant_on_the_same_crop_is_not_the_levy() -> None:
    assert observe(LEVY, "Peruvian roaster plans $48 million coffee plant in Angola") == []


PRESSURE = question(
    "pressure",
    "Whether China takes measures against Nauru over its treaty with Andorra",
    "pressure",
    "baseline",
    entities=(Entity("China", ("Beijing", "中国", "北京", "商务部")), NAURU),
    terms=("treaty", "solar park", "太阳能电厂"),
)


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("China blacklists Nauru solar builder over treaty", "en"),
        ("Beijing places Nauru firms on its unreliable entity list over treaty", "en"),
        ("中国商务部把瑙鲁太阳能电厂承包商列入不可靠实体清单", "zh"),
    ],
)
def test_blacklisting_firms_is_concrete_pressure(title: str, language: str) -> None:
    [o] = observe(PRESSURE, title, language)
    assert (o.stage, o.polarity) == ("concrete", Polarity.DONE)


EMBASSY_ITEM = (
    "How far will Lima go on the resident embassy in Luanda it keeps floating, from under study "
    "to a decree that creates it?"
)


def test_an_items_frame_words_are_no_topic() -> None:
    assert not {"far", "keeps", "floating", "study"} & set(own_nouns(EMBASSY_ITEM))


def test_a_decision_on_a_shared_thing_is_told_apart_by_it() -> None:
    # Embassies speak in many stories between two countries, but this decision is about one:
    # a Peruvian paper's report of it, leaving Peru unsaid, bears on the question.
    q = only_question("Peru and Angola sign an investment treaty", EMBASSY_ITEM)
    [o] = observe(
        q,
        "Cancillería anuncia que abrirá embajada en Luanda",
        "es",
        "La canciller anunció que el Gobierno tiene la intención de abrir una embajada "
        "residente en Angola.",
    )
    assert (o.stage, o.polarity) == ("signaled", Polarity.DONE)
