"""Forty-sixth and forty-seventh-round readings, and the questions they are read for.

An instrument written in capitals ("the Chile–Vietnam Economic Partnership and Investment
Agreement") is still the phrase: its parties are the matter, and Chinese news of its
translation bears. Pressure "on Nassau" presses the Bahamas, and a "Chinese-built" port says
whose the port is, not who presses. A contractor the host "signed a framework agreement with"
answers for the port; a place named with its side is written 北 or 南 and its sounds. A treaty
"approved by A's assembly, ratified by B" has two parties. A regulator deciding on medicines
"approved by" another body is the decider; the other body only situates it. A purchase is
decided when its contract is signed, and signalled when the supplier is chosen and the money
asked for. A regulation published decides; "vai passar a aceitar" announces. Dredging resumed
is construction resumed. In Chinese, 将 before an object and the verb that puts it on a list
reports the act; a handover suspended is a concrete measure; a past halt recalled as the cause
of a new date is no new halt. Every name of a firm, a body or a person here is made up; the
countries, their regions and their institutions are real.
"""

from __future__ import annotations

from tests.unit.builders import entity_names, observe, only_question, questions_of, stages
from watcher.judge.text import fold
from watcher.judge.transliterate import Transliterator
from watcher.model import Polarity, Question

D = Polarity.DONE


# --- an instrument written in capitals -------------------------------------------------------


def _epia() -> Question:
    return only_question(
        "Chile and Vietnam sign a partnership",
        "Whether the Chile–Vietnam Economic Partnership and Investment Agreement is approved by "
        "Chile's Congress and by Vietnam's National Assembly and enters into force.",
    )


def test_a_capitalised_instrument_is_its_parties_and_its_words() -> None:
    q = _epia()
    assert entity_names(q) == ["Chile", "Vietnam"]
    assert "economic partnership agreement" in q.terms
    assert "investment agreement" in q.terms


def test_a_capitalised_instrument_read_in_chinese() -> None:
    found = observe(
        _epia(),
        "越南国会批准越南—智利经济伙伴关系与投资协定",
        "zh-Hans",
        "越南国会12日表决通过批准《越南—智利经济伙伴关系与投资协定》的决议，越方完成国内程序。",
    )
    assert ("ratified-partial", D) in stages(found)


def test_a_name_of_its_own_stays_a_name() -> None:
    q = only_question(
        "Chile and Vietnam sign a partnership",
        "Whether the Rio Loa Lithium Consortium gets its extraction permit from Chile.",
        entities=("Chile", "Vietnam", "Rio Loa Lithium Consortium"),
    )
    assert "Rio Loa Lithium Consortium" in entity_names(q)


# --- who presses whom ---------------------------------------------------------------------------


_PRESSURE_ITEM = (
    "Whether the United States turns its concerns about a Chinese-built airport near its "
    "tracking station on Eleuthera into pressure on Nassau."
)


def _pressure() -> Question:
    return only_question("The Bahamas courts Chinese money", _PRESSURE_ITEM)


def test_pressure_on_a_capital_presses_its_country() -> None:
    q = _pressure()
    assert entity_names(q) == ["United States", "Bahamas"]
    # (the airport's place and its builder's country only situate it)
    assert "China" in [e.name for e in q.context]


def test_a_court_halting_the_works_is_no_pressure_from_washington() -> None:
    found = observe(
        _pressure(),
        "Bahamas Supreme Court lifts injunction on Eleuthera airport works",
        "en",
        "The court lifted the order that had halted work at the Chinese-built airport.",
    )
    assert found == []


# --- the port's contractor and its place in Chinese ------------------------------------------


def _port() -> Question:
    return only_question(
        "Turks and Caicos sign a port deal",
        "Whether the Chinese-built North Caicos fishing port moves from a framework agreement "
        "to site works, construction and operation.",
        body="The government also signed a framework agreement with the Chinese contractor "
        "Haiyun Marine Group for a fishing and cargo port on North Caicos; no site work has "
        "started.",
        entities=("Turks and Caicos Islands", "China", "North Caicos", "Haiyun Marine Group"),
    )


def test_the_contractor_the_host_signed_with_answers_for_the_port() -> None:
    names = [n for e in _port().entities for n in e.names]
    assert "North Caicos" in names
    assert "Haiyun Marine Group" in names


def test_a_place_with_its_side_by_its_sounds() -> None:
    t = Transliterator(["North Caicos", "Caicos"])
    assert "north caicos" in t.mark(fold("北凯科斯渔港开工"))
    # (the bare name still reads as itself)
    assert "caicos" in t.mark(fold("凯科斯群岛"))
    assert "north caicos" not in t.mark(fold("凯科斯群岛"))


def test_a_place_with_its_side_in_chinese_news() -> None:
    found = observe(
        _port(),
        "北凯科斯渔港项目开工 疏浚作业启动",
        "zh-Hans",
        "海运海事工程公司承建的北凯科斯渔港项目25日举行开工仪式。",
    )
    assert ("construction", D) in stages(found)


def test_dredging_resumed_is_construction_resumed() -> None:
    found = observe(
        _port(),
        "Appeal court clears North Caicos port; dredging resumes",
        "en",
        "Haiyun Marine Group restarted dredging the channel at the North Caicos port on Monday.",
    )
    assert ("construction", D) in stages(found)


# --- two parties listed with commas ---------------------------------------------------------


def test_parties_listed_with_commas() -> None:
    q = only_question(
        "Costa Rica and Vietnam sign a trade pact",
        "Whether the Costa Rica–Vietnam preferential trade agreement is approved by Costa "
        "Rica's Legislative Assembly, ratified by Vietnam and enters into force.",
    )
    assert [p.name for p in q.parties] == ["Costa Rica", "Vietnam"]


def test_one_partys_approval_is_one_of_two() -> None:
    q = only_question(
        "Costa Rica and Vietnam sign a trade pact",
        "Whether the Costa Rica–Vietnam preferential trade agreement is approved by Costa "
        "Rica's Legislative Assembly, ratified by Vietnam and enters into force.",
    )
    found = observe(
        q,
        "Vietnam's government approves the Costa Rica trade pact",
        "en",
        "Vietnam's government on Tuesday approved the ratification of the preferential trade "
        "agreement with Costa Rica, completing Hanoi's side.",
    )
    assert ("ratified-partial", D) in stages(found)
    assert ("ratified-all", D) not in stages(found)


# --- who decides ------------------------------------------------------------------------------


_REGULATOR = (
    "Whether Paraguay's medicines regulator DINAVISA decides to fast-track registration of "
    "generics already approved by the Indian regulator CDSCO."
)


def _regulator() -> Question:
    return only_question(
        "Paraguay and India sign a pharma pact",
        _REGULATOR,
        entities=("Paraguay", "India", "DINAVISA", "CDSCO"),
    )


def test_the_decider_not_the_body_that_approved_before() -> None:
    q = _regulator()
    assert entity_names(q) == ["DINAVISA"]
    assert "CDSCO" in [e.name for e in q.context]


def test_the_decision_told_in_spanish_bears() -> None:
    found = observe(
        _regulator(),
        "DINAVISA publica la resolución que acelera el registro de genéricos de la India",
        "es",
    )
    assert ("done", D) in stages(found)


def test_a_decision_on_the_thing_after_the_verb_keeps_the_thing() -> None:
    # (a control: the plant decided on is the matter, its ministry only situates it)
    q = only_question(
        "Paraguay and India sign a pharma pact",
        "Whether Paraguay's environment ministry approves the Rahul Pharma plant at Luque.",
        entities=("Paraguay", "India", "Rahul Pharma"),
    )
    assert "Rahul Pharma" in [n for e in q.entities for n in e.names]


def _drones() -> Question:
    return only_question(
        "Bolivia and Korea sign a defence deal",
        "Whether Bolivia's government decides to buy Hanbit patrol boats from South Korea for "
        "Lake Titicaca.",
        entities=("Bolivia", "South Korea", "Hanbit Marine"),
    )


def test_a_purchase_signed_is_decided() -> None:
    found = observe(
        _drones(),
        "Bolivia firma con Hanbit Marine el contrato de compra de dos patrulleras coreanas",
        "es",
    )
    assert ("done", D) in stages(found)


def test_a_supplier_chosen_and_money_asked_for_signals() -> None:
    found = observe(
        _drones(),
        "Defensa elige la oferta de Hanbit para comprar dos patrulleras coreanas y pide fondos al "
        "Congreso",
        "es",
    )
    assert ("signaled", D) in stages(found)
    assert ("done", D) not in stages(found)


def test_a_supplier_picked_signals_in_english() -> None:
    found = observe(
        _drones(), "Bolivia picks Hanbit Marine's Korean offer for two patrol boats", "en"
    )
    assert ("signaled", D) in stages(found)
    assert ("done", D) not in stages(found)


def test_a_purchase_to_be_signed_is_not_signed() -> None:
    found = observe(
        _drones(),
        "Bolivia firmará en marzo la compra de dos patrulleras coreanas de Hanbit",
        "es",
    )
    assert ("done", D) not in stages(found)


def _anvisa() -> Question:
    return only_question(
        "Angola and Brazil sign a health pact",
        "Whether Angola's medicines agency AGEMED decides to accept registrations already "
        "granted by Brazil's ANVISA.",
        entities=("Angola", "Brazil", "AGEMED", "ANVISA"),
    )


def test_a_regulation_published_decides_in_portuguese() -> None:
    found = observe(
        _anvisa(),
        "AGEMED publica regulamento que aceita registos da ANVISA",
        "pt",
        "A AGEMED publicou no Diário da República o regulamento que aceita os registos de "
        "medicamentos concedidos pela ANVISA.",
    )
    assert ("done", D) in stages(found)


def test_a_regulator_that_will_start_accepting_signals() -> None:
    found = observe(
        _anvisa(),
        "AGEMED vai passar a aceitar registos de medicamentos da ANVISA, diz ministro",
        "pt",
    )
    assert ("signaled", D) in stages(found)
    assert ("done", D) not in stages(found)


# --- Chinese: 将 before its object, a handover suspended, a halt recalled --------------------


def _washington() -> list[Question]:
    return questions_of(
        "The Bahamas courts Chinese money",
        _PRESSURE_ITEM,
        "Whether the Chinese-built Andros airport moves from a framework agreement to "
        "construction and operation.",
        body="The government signed a framework agreement with the Chinese contractor Haiyun "
        "Marine Works for an airport on Andros.",
        entities=("Bahamas", "China", "United States", "Andros", "Haiyun Marine Group"),
    )


def test_jiang_before_its_object_reports_the_act() -> None:
    pressure, _ = _washington()
    found = observe(pressure, "美方将海运海事工程公司列入实体清单 巴哈马表示关切", "zh-Hans")
    assert ("concrete", D) in stages(found)


def test_jiang_before_a_time_is_still_to_come() -> None:
    pressure, _ = _washington()
    found = observe(
        pressure, "美方将于下月把海运海事工程公司列入实体清单 巴哈马表示关切", "zh-Hans"
    )
    assert ("concrete", D) not in stages(found)


def test_a_handover_suspended_is_concrete_and_no_stall_of_the_works() -> None:
    pressure, airport = _washington()
    found = observe(
        [pressure, airport],
        "美国暂停向巴哈马移交两艘巡逻艇",
        "zh-Hans",
        "美国国务院以安德罗斯机场项目为由，暂停向巴哈马移交两艘巡逻艇。",
    )
    by_question = {o.question_id: (o.stage, o.polarity) for o in found}
    assert by_question[pressure.id] == ("concrete", D)
    assert by_question.get(airport.id, (None, Polarity.NONE))[0] != "stalled"


def test_a_past_halt_recalled_as_a_cause_is_no_new_halt() -> None:
    _, airport = _washington()
    found = observe(
        airport,
        "安德罗斯机场预计2028年初投入使用",
        "zh-Hans",
        "承建方表示，受一月停工影响，巴哈马安德罗斯机场启用时间将推迟至2028年初。",
    )
    assert found  # (the entry bears on the airport: it is read, and no halt is found)
    assert ("stalled", D) not in stages(found)


def test_jiang_in_a_plan_still_studied_and_unconfirmed_is_no_act() -> None:
    pressure, _ = _washington()
    found = observe(
        pressure,
        "消息称美方研议制裁巴哈马机场承建商",
        "zh-Hans",
        "据接近美国商务部的人士透露，美方正研究将承建巴哈马安德罗斯机场的海运海事公司列入实体清单，"
        "但官方尚未证实。",
    )
    assert ("concrete", D) not in stages(found)
