"""Fifty-eighth and fifty-ninth-round readings, and the questions they are read for.

Treaties: a prisoner-transfer treaty between the same two states is not their trade pact; a
statute "giving effect to" a treaty is its approval; a step the sentence dates before the
briefing is where the question starts, not news; Timor-Leste's legislature is its
"Parlamento Nacional", and a cabinet that approves a text and sends it there ratifies
nothing. Projects: "arranca operaciones" and a first dispatch told with its day are a plant at
work; a line the firm opened at its complex abroad is not the plant the question tracks.
Decisions: a visa "eliminará" in the decider's future signals the decision and a decree
still to be published does not make it; a leaning to a standard and a will to follow advice
signal it; a standard's "Japanese-Brazilian" origin names no one who decides. Markets: a
shipment a firm "programa para o fim do mês" is still to come. Every name of a firm, an outlet
or a person here is made up; the countries and their institutions are real.
"""

from __future__ import annotations

from tests.unit.builders import SINCE, entity_names, observe, only_question, stages
from watcher.model import Polarity, Question

D = Polarity.DONE


# --- treaties -------------------------------------------------------------------------------


def _fta_upgrade() -> Question:
    return only_question(
        "China and Seychelles sign a protocol upgrading their trade pact",
        "Whether the protocol upgrading the China–Seychelles free trade agreement is approved by "
        "the Seychelles National Assembly and ratified by China's NPC Standing Committee, and "
        "enters into force.",
        date=SINCE,
    )


def test_a_prisoner_transfer_treaty_is_not_the_two_states_trade_pact() -> None:
    q = _fta_upgrade()
    zh = observe(
        q,
        "全国人大常委会批准中塞移管被判刑人条约",
        "zh-Hans",
        "全国人大常委会今天下午举行闭幕会，表决通过了关于批准《中华人民共和国和塞舌尔共和国关于"
        "移管被判刑人的条约》的决定。",
    )
    assert all(o.stage is None or o.polarity is not D for o in zh)
    en = observe(
        q,
        "China's legislature ratifies prisoner transfer treaty with Seychelles",
        "en",
        "The NPC Standing Committee voted on Saturday to ratify a treaty with Seychelles on the "
        "transfer of sentenced persons.",
    )
    assert all(o.stage is None or o.polarity is not D for o in en)


def test_a_bill_giving_effect_to_the_agreement_passed_is_its_approval() -> None:
    found = observe(
        _fta_upgrade(),
        "Seychelles lawmakers clear China trade bill",
        "en",
        "The National Assembly late on Wednesday passed the bill giving effect to the upgraded "
        "free trade agreement with China, 24 votes to 8, completing the Seychelles side of the "
        "process.",
    )
    assert ("ratified-partial", D) in stages(found)


def test_an_entry_into_force_dated_before_the_briefing_is_history_not_news() -> None:
    found = observe(
        _fta_upgrade(),
        "中塞自贸协定五年回顾：升级谈判提速",
        "zh-Hans",
        "中国与塞舌尔于2024年6月签署自由贸易协定，协定于2025年3月1日正式生效，目前双方正推进升级。",
    )
    assert ("in-force", D) not in stages(found)
    # (dated after the briefing, the same words are the news)
    fresh = observe(
        _fta_upgrade(),
        "中塞自贸协定升级议定书正式生效",
        "zh-Hans",
        "中塞自由贸易协定升级议定书于2030年1月28日正式生效。",
    )
    assert ("in-force", D) in stages(fresh)


def _timor_brazil_treaty() -> Question:
    return only_question(
        "Brazil and Timor-Leste sign an investment agreement",
        "Whether the Brazil–Timor-Leste investment cooperation and facilitation agreement is "
        "ratified by Timor-Leste's National Parliament and Brazil's Congress and enters into "
        "force.",
    )


def test_the_parlamento_nacional_is_timor_lestes_legislature() -> None:
    [o] = observe(
        _timor_brazil_treaty(),
        "Parlamento Nacional ratifica acordo de investimentos com o Brasil",
        "pt",
        "Os deputados aprovaram em votação final global a resolução que ratifica o acordo de "
        "cooperação e facilitação de investimentos com o Brasil.",
    )
    assert (o.stage, o.polarity, o.party) == ("ratified-partial", D, "Timor-Leste")


def test_a_cabinet_that_approves_the_text_and_sends_it_to_parliament_ratifies_nothing() -> None:
    found = observe(
        _timor_brazil_treaty(),
        "Conselho de Ministros remete acordo com o Brasil ao Parlamento",
        "pt",
        "O Conselho de Ministros aprovou na quarta-feira o acordo de cooperação e facilitação de "
        "investimentos celebrado com o Brasil e enviou ao Parlamento Nacional a proposta de "
        "resolução para a sua ratificação.",
    )
    assert ("ratified-partial", D) not in stages(found)
    assert ("submitted", D) in stages(found)


# --- projects -------------------------------------------------------------------------------


def _blending_plant() -> Question:
    return only_question(
        "Guatemala and Morocco sign an investment agreement",
        "Whether Cedrela Agro's fertiliser blending plant at Puerto Barrios moves from "
        "announcement to construction and starts operating.",
    )


def test_arranca_operaciones_and_a_first_dispatch_with_its_day_are_a_plant_at_work() -> None:
    q = _blending_plant()
    assert ("operational", D) in stages(
        observe(q, "Arranca operaciones la planta de Cedrela Agro en Puerto Barrios", "es")
    )
    assert ("operational", D) in stages(
        observe(
            q,
            "Cedrela Agro en Puerto Barrios: balance del año",
            "es",
            "La planta de mezcla de Cedrela Agro en Puerto Barrios despachó el martes sus "
            "primeras 800 toneladas de fertilizante a cooperativas de Izabal.",
        )
    )


def test_a_line_opened_at_the_firms_complex_abroad_is_not_the_plant_tracked() -> None:
    q = only_question(
        "Peru and Egypt sign an investment treaty",
        "Whether Red Sea Fertilizers' fertiliser plant in Sechura, Piura, moves from announcement "
        "to construction.",
        entities=("Red Sea Fertilizers", "Sechura"),
    )
    found = observe(
        q,
        "Red Sea Fertilizers inaugura nueva línea de ácido fosfórico",
        "es",
        "La egipcia Red Sea Fertilizers puso en marcha una nueva línea de ácido fosfórico en su "
        "complejo de Ain Sojna, con lo que eleva su capacidad en una cuarta parte.",
    )
    assert found == []


# --- decisions ------------------------------------------------------------------------------


def _visa_item() -> Question:
    return only_question(
        "Chile and Egypt sign an investment treaty",
        "Whether Chile lifts its visa requirement for Egyptian tourists.",
    )


def test_a_visa_the_decider_says_it_will_lift_signals_the_decision() -> None:
    assert ("signaled", D) in stages(
        observe(
            _visa_item(),
            "Chile eliminará la visa a turistas egipcios, confirma el canciller",
            "es",
        )
    )


def test_a_decree_lifting_the_visa_still_to_be_published_is_not_the_decision() -> None:
    found = observe(
        _visa_item(),
        "Chile: decreto que exonera de visa a turistas egipcios se publicaría la semana próxima",
        "es",
    )
    assert ("done", D) not in stages(found)


def _tv_standard() -> Question:
    return only_question(
        "Mozambique and Brazil sign a cooperation agreement",
        "Whether Mozambique formally adopts the Japanese-Brazilian ISDB-Tb standard for its switch "
        "to digital terrestrial television.",
    )


def test_a_standards_origin_names_no_one_who_decides() -> None:
    assert entity_names(_tv_standard()) == ["Mozambique"]


def test_a_leaning_to_the_standard_and_a_will_to_follow_advice_signal_the_decision() -> None:
    q = _tv_standard()
    assert ("signaled", D) in stages(
        observe(q, "Moçambique inclina-se para o padrão ISDB-Tb na televisão digital", "pt")
    )
    assert ("signaled", D) in stages(
        observe(
            q,
            "Televisão digital: comissão técnica recomenda o ISDB-Tb",
            "pt",
            "A comissão recomendou ao Governo moçambicano a adoção do padrão ISDB-Tb, e o "
            "ministro disse que o executivo tenciona seguir essa recomendação.",
        )
    )


def test_the_council_of_ministers_adopting_the_standard_is_the_decision() -> None:
    assert ("done", D) in stages(
        observe(
            _tv_standard(),
            "Conselho de Ministros adopta ISDB-Tb como padrão da televisão digital",
            "pt",
            "O Conselho de Ministros aprovou o decreto que estabelece o ISDB-Tb como padrão "
            "nacional da televisão digital terrestre em Moçambique.",
        )
    )


# --- markets --------------------------------------------------------------------------------


def test_a_first_shipment_scheduled_for_the_end_of_the_month_is_still_to_come() -> None:
    q = only_question(
        "Brazil and Timor-Leste open a chicken market",
        "Whether Brazilian frozen chicken exports to Timor-Leste get going under the new health "
        "certificate, from a first direct shipment to regular volumes.",
    )
    found = observe(
        q, "Avesul programa para o fim do mês primeiro embarque de frango a Timor-Leste", "pt"
    )
    assert found and ("first-shipment", D) not in stages(found)
