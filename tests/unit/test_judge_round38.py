"""Thirty-eighth and thirty-ninth-round readings, and the questions they are read for.

A state fund lending to a country decides for that country: the same fund's loan to another
is another decision, and the fund goes by its name in each press (EDCF, "Fundo Saudita para o
Desenvolvimento"). Two bodies of two states that each must act ("X's Assembly of the Republic
and the Y government ratify", "whether Beijing completes its own approval") make two
parties. A bill's own words ("la iniciativa que aprueba la adhesión") are no vote; a treaty
that "takes effect on 1 February", told in January, is not in force; a running total "since
the first cargo" recalls the first shipment rather than reporting it; a first batch "not yet
shipped" (尚未启运) has not left. A firm's other plant ("for its smelter in Gujarat") is not
the one tracked. "Granada" in the Spanish press is Grenada in a briefing on Grenada. Concern
said aloud is rhetorical pressure; a draft decree put out for comment signals the decision, a
decree in the gazette takes it. Every name of a firm, a body or a person here is made up; the
countries, their states and the state lenders are real.
"""

from __future__ import annotations

from tests.unit.builders import entity_names, observe, only_question, stages
from watcher.model import Polarity, Question

D = Polarity.DONE


def _fund_loan() -> Question:
    return only_question(
        "Mozambique and Saudi Arabia sign an investment pact",
        "Whether the Saudi Fund for Development approves the US$ 150 million loan Maputo has "
        "requested for the Moamba water scheme.",
    )


def test_the_country_a_fund_lends_to_is_part_of_the_matter() -> None:
    assert entity_names(_fund_loan()) == ["Saudi Fund for Development", "Mozambique"]


def test_the_same_funds_loan_to_another_country_is_another_decision() -> None:
    found = observe(
        _fund_loan(),
        "Saudi Fund for Development approves road loan for Zambia",
        "en",
        "The Saudi Fund for Development approved a US$60 million loan for a highway in Zambia.",
    )
    assert ("done", D) not in stages(found)


def test_the_fund_goes_by_its_portuguese_name() -> None:
    found = observe(
        _fund_loan(),
        "Fundo Saudita para o Desenvolvimento aprova empréstimo para Moamba",
        "pt",
        "O conselho do Fundo Saudita para o Desenvolvimento aprovou o crédito pedido por "
        "Moçambique.",
    )
    assert ("done", D) in stages(found)


def test_a_country_that_only_asked_is_not_the_one_the_act_is_for() -> None:
    q = only_question(
        "Uruguay and Morocco sign an investment treaty",
        "Whether Uruguay decides to open a consulate in Laayoune, as Rabat has asked.",
    )
    assert "Morocco" not in entity_names(q)


def test_a_bank_led_by_a_country_does_not_make_that_country_the_matter() -> None:
    q = only_question(
        "Chile weighs a new bank",
        "Whether Chile's government decides to join the China-led Pacific Development Bank.",
        entities=("Chile", "China", "Pacific Development Bank"),
    )
    assert "China" not in entity_names(q)


def test_two_bodies_of_two_states_that_must_ratify_are_two_parties() -> None:
    q = only_question(
        "Angola and Saudi Arabia sign an investment pact",
        "Whether Angola's Assembly of the Republic and the Saudi government ratify the "
        "investment agreement and bring it into force.",
    )
    assert {p.name for p in q.parties} == {"Angola", "Saudi Arabia"}


def test_the_other_state_completing_its_own_approval_is_a_second_party() -> None:
    q = only_question(
        "Palau and China sign a fisheries pact",
        "Whether Palau's Congress ratifies the fisheries agreement with China, whether Beijing "
        "completes its own approval, and when it takes effect.",
    )
    assert {p.name for p in q.parties} == {"Palau", "China"}


def _accession() -> Question:
    return only_question(
        "Honduras joins a trade pact with Korea",
        "Whether Honduras's accession to the Korea–Central America free trade agreement clears "
        "Honduras's Congress and South Korea's National Assembly and enters into force.",
    )


def test_a_bill_put_on_the_agenda_is_not_voted() -> None:
    found = observe(
        _accession(),
        "El pleno discutirá el TLC con Corea el martes",
        "es",
        "La junta directiva del Congreso incluyó en la agenda la iniciativa que aprueba la "
        "adhesión de Honduras al tratado con Corea del Sur.",
    )
    assert not [s for s, p in stages(found) if s and s.startswith("ratified") and p is D]


def test_a_treaty_taking_effect_on_a_later_day_is_not_in_force_yet() -> None:
    fta = only_question(
        "Chile and India sign a trade pact",
        "Whether the Chile–India free trade agreement clears Chile's Congress, completes "
        "ratification on both sides and enters into force.",
    )
    found = observe(fta, "智利與印度完成換文 自貿協定3月1日生效", "zh-Hant")
    assert ("in-force", D) not in stages(found)


def _palm_oil() -> Question:
    return only_question(
        "Angola and Malaysia open a palm oil trade",
        "Whether Malaysian palm oil actually starts arriving in Angola under the new "
        "protocol, from a first cargo to regular monthly volumes.",
    )


def test_a_running_total_since_the_first_cargo_reports_volumes() -> None:
    found = observe(
        _palm_oil(),
        "Óleo de palma malaio chega todos os meses a Angola",
        "pt",
        "Desde a primeira carga em Março, Angola recebeu seis navios de óleo de palma da "
        "Malásia, num total de 30 mil toneladas.",
    )
    assert ("first-shipment", D) not in stages(found)
    assert ("volumes-reported", D) in stages(found)


def test_a_first_batch_not_yet_shipped_has_not_left() -> None:
    cocoa = only_question(
        "Grenada and China open a cocoa trade",
        "Whether Grenadian cocoa beans actually start flowing to China under the new protocol, "
        "from a first cargo to steady volumes.",
    )
    found = observe(cocoa, "格林纳达可可豆输华企业名单公布 首批货物尚未启运", "zh-Hans")
    assert ("first-shipment", D) not in stages(found)


def test_the_firms_plant_elsewhere_is_not_the_one_tracked() -> None:
    refinery = only_question(
        "Peru and India sign a trade pact",
        "Whether Kanchan Metals' zinc refinery in Ilo moves from announcement to land, permits "
        "and construction.",
    )
    found = observe(
        refinery,
        "Kanchan Metals seals zinc concentrate supply deal with Bolivian miner",
        "en",
        "Kanchan Metals will buy 80,000 tonnes a year of concentrate for its smelter in Gujarat.",
    )
    assert found == []


def test_granada_in_the_spanish_press_is_grenada() -> None:
    cocoa = only_question(
        "Grenada and China open a cocoa trade",
        "Whether Grenadian cocoa beans actually start flowing to China under the new protocol, "
        "from a first cargo to steady volumes.",
    )
    found = observe(
        cocoa,
        "Granada exportó 300 toneladas de cacao a China en el semestre",
        "es",
    )
    assert ("volumes-reported", D) in stages(found)


def test_concern_said_aloud_is_rhetorical_pressure() -> None:
    pressure = only_question(
        "China builds a wharf in Micronesia",
        "Whether Washington goes beyond words and presses Palikir over the Chinese-built wharf.",
    )
    found = observe(
        pressure, "State Department 'deeply concerned' by Chinese wharf plan in Micronesia", "en"
    )
    assert ("rhetorical", D) in stages(found)


def test_a_state_of_micronesia_names_the_federation() -> None:
    pressure = only_question(
        "China builds a wharf in Micronesia",
        "Whether Washington goes beyond words and presses Palikir over the Chinese-built wharf.",
    )
    found = observe(
        pressure,
        "Interior suspends grant to Chuuk over Chinese wharf",
        "en",
        "The Interior Department's Office of Insular Affairs has suspended a Compact grant to "
        "Chuuk State pending a review of the Chinese-built wharf.",
    )
    assert ("concrete", D) in stages(found)


def _generics() -> Question:
    return only_question(
        "Ecuador and India sign a trade pact",
        "Whether Ecuador's government recognises India as a high-surveillance health "
        "authority, opening a fast track for Indian generic medicines.",
    )


def test_a_draft_decree_put_out_for_comment_signals_the_decision() -> None:
    found = observe(
        _generics(),
        "Ecuador prepublica el decreto que abrirá una vía rápida a los medicamentos de la India",
        "es",
    )
    assert ("signaled", D) in stages(found)


def test_a_decree_in_the_official_gazette_takes_it() -> None:
    found = observe(
        _generics(),
        "Ecuador reconoce a la India como autoridad sanitaria de alta vigilancia",
        "es",
        "Un decreto ejecutivo publicado hoy en el Registro Oficial reconoce a la India como "
        "autoridad de alta vigilancia para registrar medicamentos.",
    )
    assert ("done", D) in stages(found)


def test_who_confirmed_it_is_not_what_was_decided() -> None:
    loan = only_question(
        "Grenada and China discuss debts",
        "Whether Beijing agrees to reschedule Grenada's loans from Chinese state lenders.",
    )
    found = observe(
        loan,
        "Se paralizan las obras del muelle de St. George's por retrasos en el pago",
        "es",
        "La constructora suspendió los trabajos por el retraso en el desembolso del préstamo "
        "chino, confirmó la Autoridad Portuaria de Granada.",
    )
    assert ("done", D) not in stages(found)
