"""Fifth-round cues, read as an analyst reads them: a party whose ratification is an executive
act reports it by the end of its domestic procedures, and both parties at once when the report
says so; a first turbine synchronised to the grid is an operating plant; a market closed to
a product's shipments, in Chinese and Spanish. Hard negatives stay not-done."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, question
from watcher.model import Entity, Polarity, Question

RURITANIA = Entity("Ruritania", ("ruritano", "ruritana", "鲁里塔尼亚"))
NAURU = Entity("Nauru", ("nauruano", "nauruana", "瑙鲁"))
PARTIES = (Entity("Ruritania", ("鲁里塔尼亚",)), Entity("Nauru", ("瑙鲁",)))
FTA = question(
    "fta",
    "Whether the Ruritania–Nauru free trade agreement is ratified by both and enters into force",
    "ratification",
    "signed",
    entities=(RURITANIA, NAURU),
    parties=PARTIES,
    terms=("free trade agreement", "tratado de libre comercio", "TLC", "自由贸易协定", "自贸协定"),
)
DAM = question(
    "dam",
    "Whether the Mareva dam expansion starts generating",
    "project",
    "construction",
    entities=(Entity("Mareva", ("马雷瓦",)),),
    terms=("dam", "represa", "barragem", "水电站", "turbine", "turbina", "机组"),
)
SHRIMP = question(
    "shrimp",
    "Whether Nauruan shrimp exports to Ruritania get going",
    "market",
    "first-shipment",
    entities=(NAURU, RURITANIA),
    terms=("shrimp", "camarón", "白虾", "虾"),
)
D, IN = Polarity.DONE, Polarity.INTENT


@pytest.mark.parametrize(
    ("q", "lang", "title", "stage", "polarity"),
    [
        (FTA, "en", "Ruritania has completed its domestic procedures for the Nauru free trade "
         "agreement", "ratified-partial", D),
        (FTA, "es", "Ruritania concluyó sus trámites internos del TLC con Nauru",
         "ratified-partial", D),
        (FTA, "zh", "鲁里塔尼亚已完成自由贸易协定的国内审批程序，瑙鲁方面仍在审议",
         "ratified-partial", D),
        # both sides at once
        (FTA, "zh", "鲁里塔尼亚与瑙鲁双方已完成自由贸易协定各自国内审批程序", "ratified-all", D),
        (FTA, "en", "Both countries have completed their domestic procedures for the "
         "Ruritania–Nauru free trade agreement", "ratified-all", D),
        # still to come
        (FTA, "en", "Ruritania will complete its domestic procedures for the Nauru free trade "
         "agreement next year", "ratified-partial", IN),
        (DAM, "en", "Mareva dam's first new turbine synchronised to the national grid",
         "operational", D),
        (DAM, "es", "La primera turbina de la represa Mareva ya genera energía para la red",
         "operational", D),
        (DAM, "zh", "马雷瓦水电站首台机组并网发电", "operational", D),
        (SHRIMP, "zh", "鲁里塔尼亚海关暂停瑙鲁养殖白虾输华", "suspended", D),
        (SHRIMP, "es", "Ruritania suspendió la entrada de camarón nauruano", "suspended", D),
    ],
)  # fmt: skip
def test_round5_cues(q: Question, lang: str, title: str, stage: str, polarity: Polarity) -> None:
    found = [(o.stage, o.polarity) for o in observe(q, title, lang)]
    assert found == [(stage, polarity)], found


def test_both_chambers_of_one_legislature_are_not_both_parties() -> None:
    title = "Ambas cámaras de Ruritania aprobaron el tratado de libre comercio con Nauru"
    assert [o.stage for o in observe(FTA, title, "es")] == ["ratified-partial"]


LOAN = question(
    "loan",
    "Whether Nauru's Congress approves the Ruritanian loan for the Mareva dam",
    "decision",
    "open",
    entities=(Entity("Mareva", ("马雷瓦",)),),
    context=(NAURU,),
    terms=("loan", "préstamo", "crédito", "empréstimo", "贷款"),
)


@pytest.mark.parametrize(
    ("lang", "title", "stage"),
    [
        ("es", "Luz verde al crédito ruritano para la represa Mareva", "done"),
        ("pt", "Congresso dá sinal verde ao empréstimo para a barragem Mareva", "done"),
        ("en", "Nauru's Congress gives final green light to Mareva dam loan", "done"),
        ("zh", "瑙鲁国会为马雷瓦水电站贷款开绿灯", "done"),
        # a green light still to come, or asked for
        ("en", "Mareva dam loan could get the green light next month", None),
        ("es", "Piden luz verde para el préstamo de la represa Mareva", None),
    ],
)
def test_a_green_light_is_the_decision(lang: str, title: str, stage: str | None) -> None:
    found = [o.stage for o in observe(LOAN, title, lang) if o.polarity is Polarity.DONE]
    assert found == ([stage] if stage else []), found


HELIOS_PLANT = question(
    "helios-plant",
    "Whether the Helios battery plant in Nauru is built",
    "project",
    "announced",
    entities=(Entity("Helios", ("Helios Corp",)),),
    terms=("battery plant", "plant"),
)


@pytest.mark.parametrize(
    ("title", "stage"),
    [
        # a number with a decimal point or a thousands comma is one word of a gap
        ("Helios signed a $1.1 billion loan agreement for its battery plant", "preparing"),
        ("Helios signed a 1,250 million euro loan agreement for its battery plant", "preparing"),
    ],
)
def test_numbers_do_not_break_a_word_gap(title: str, stage: str) -> None:
    assert [o.stage for o in observe(HELIOS_PLANT, title, "en")] == [stage]


TP = question(
    "tariff-pressure",
    "Whether Ruritania steps up pressure on Nauru over its batteries",
    "pressure",
    "concrete",
    entities=(RURITANIA, NAURU),
    terms=("pressure", "presión", "tariff", "arancel", "tarifa", "关税"),
)
WATER = question(
    "water",
    "Whether the Nauru water authority grants Helios a water concession",
    "decision",
    "open",
    entities=(Entity("Helios", ("Helios Corp",)),),
    context=(NAURU,),
    terms=("water", "agua", "água", "concession", "concesión", "concessão"),
)


@pytest.mark.parametrize(
    ("q", "lang", "title", "stage", "polarity"),
    [
        (TP, "en", "Ruritania suspended its 25% duty on batteries from Nauru", "eased", D),
        (TP, "es", "Ruritania suspendió el arancel a las baterías de Nauru", "eased", D),
        (TP, "pt", "Ruritânia suspendeu a tarifa sobre baterias de Nauru", "eased", D),
        (TP, "zh", "鲁里塔尼亚暂停对瑙鲁电池加征关税", "eased", D),
        (TP, "zh", "鲁里塔尼亚暂停进口瑙鲁电池并加征关税", "concrete", D),
        # a suspension of imports is pressure, not its easing
        (TP, "en", "Ruritania suspended imports of batteries from Nauru", "concrete", D),
        (WATER, "es", "El gobierno anunció que entregará agua tratada a Helios y ya se redacta "
         "el título de concesión", "signaled", D),
        (WATER, "en", "The governor said Helios's water concession would be granted in October",
         "signaled", D),
    ],
)  # fmt: skip
def test_tariffs_suspended_and_promised_decisions(
    q: Question, lang: str, title: str, stage: str, polarity: Polarity
) -> None:
    found = [(o.stage, o.polarity) for o in observe(q, title, lang)]
    assert found == [(stage, polarity)], found


DAM_WORKS = question(
    "dam-works",
    "Whether the Mareva dam expansion is financed and built",
    "project",
    "announced",
    entities=(Entity("Mareva"),),
    terms=("represa", "dam"),
)


@pytest.mark.parametrize(
    ("q", "lang", "title", "stage"),
    [
        # a vote count set off by commas does not break the gap between verb and object
        (LOAN, "es", "Los diputados aprobaron anoche, con 69 votos, el préstamo ruritano para "
         "la represa Mareva", "done"),
        (LOAN, "pt", "Os deputados aprovaram, com 69 votos a favor e 20 contra, o empréstimo "
         "para a barragem Mareva", "done"),
        (FTA, "en", "Ruritania's Senate approved, by 71 votes to 12, the free trade agreement "
         "with Nauru", "ratified-partial"),
        (DAM_WORKS, "es", "Los diputados aprobaron, con 69 votos, el préstamo para la represa "
         "Mareva", "preparing"),
        # so does a short aside (eighth session: "suspendeu ontem, por tempo indeterminado, a
        # importação"); a longer one, a clause of its own, still ends the gap
        (DAM_WORKS, "es", "Los diputados aprobaron, con dudas, el préstamo para la represa "
         "Mareva", "preparing"),
        (DAM_WORKS, "es", "Los diputados aprobaron, en una sesión que se prolongó hasta la "
         "madrugada, el préstamo para la represa Mareva", None),
    ],
)  # fmt: skip
def test_a_vote_tally_between_commas_stays_inside_the_clause(
    q: Question, lang: str, title: str, stage: str | None
) -> None:
    found = [o.stage for o in observe(q, title, lang) if o.polarity is Polarity.DONE]
    assert found == ([stage] if stage else []), found
