"""Twenty-fourth-round rules: a state's "approval" after its people's word is its act ("Brazil's
Congress and Saudi approval"); an offer accepted or turned down asks a decision, and "Port Vila"
is no port to build; "to post a team" is no diplomatic post; a decision not to accept is a
ruling-out; a vote the deal "hinges on" is still to come; a decree ratifying "it"; a
groundbreaking set for a date is a plan; dairy takes in milk powder; Dakhla as "Dajla". Every
name of a firm, a body or a person here is made up; the countries are real."""

from __future__ import annotations

from tests.unit.builders import observe, only_question, stages
from watcher.ladders import weigh_kinds
from watcher.model import Polarity


def test_a_states_approval_after_its_demonym_makes_it_a_party() -> None:
    acfi = only_question(
        "Chile and Saudi Arabia sign an investment agreement",
        "Whether the Chile–Saudi Arabia investment cooperation and facilitation agreement "
        "clears Chile's Congress and Saudi approval and enters into force.",
    )
    assert sorted(p.name for p in acfi.parties) == ["Chile", "Saudi Arabia"]


POLICE = (
    "Whether Fiji's cabinet accepts or turns down Beijing's offer to post a police advisory "
    "team in Suva."
)


def test_an_offer_accepted_or_turned_down_is_a_decision() -> None:
    assert weigh_kinds(POLICE).kind == "decision"
    assert weigh_kinds(POLICE.replace("Suva", "Port Vila")).kind == "decision"


def test_posting_a_team_is_no_diplomatic_post_and_saying_no_rules_it_out() -> None:
    police = only_question("Fiji and China sign an extradition treaty", POLICE)
    leaning = observe(
        police,
        "Fiji's prime minister favours taking up Chinese police advisers",
        "en",
        "Prime Minister Ratu Seru Vakaloloma told Parliament his government is inclined to "
        "accept China's offer of a police advisory team.",
    )
    assert ("signaled", Polarity.DONE) in stages(leaning)
    refusal = observe(
        police,
        "Fiji cabinet says no to Chinese police advisers",
        "en",
        "Fiji's cabinet has decided not to accept China's offer of a police advisory team.",
    )
    assert ("ruled-out", Polarity.DONE) in stages(refusal)


def test_a_vote_the_deal_hinges_on_is_still_to_come() -> None:
    treaty = only_question(
        "China and Fiji sign an extradition treaty",
        "Whether the China–Fiji extradition treaty gets through Fiji's Parliament and China's "
        "legislature and enters into force.",
    )
    found = observe(
        treaty,
        "Extradition deal now waits on Suva after Beijing's approval",
        "en",
        "With China's top legislature having approved the extradition treaty last week, the "
        "deal now hinges on a vote in Fiji's Parliament expected in September.",
    )
    assert ("ratified-all", Polarity.DONE) not in stages(found)
    assert ("ratified-partial", Polarity.DONE) not in stages(found)


def test_a_groundbreaking_set_for_a_date_is_a_plan() -> None:
    plant = only_question(
        "Morocco's Atlas Engrais plans a plant at Concepción",
        "Whether Atlas Engrais' fertilizer plant at Concepción gets its permits, breaks ground "
        "and gets built.",
        entities=("Paraguay", "Morocco", "Atlas Engrais", "Concepción"),
    )
    found = observe(
        plant,
        "Concepción: la planta marroquí de fertilizantes pondrá la piedra fundamental el 25 de "
        "agosto",
        "es",
        "Atlas Engrais confirmó que el acto de inicio de obras se hará a fines de agosto.",
    )
    assert ("construction", Polarity.DONE) not in stages(found)


def test_dairy_takes_in_milk_powder() -> None:
    dairy = only_question(
        "Argentina and Saudi Arabia sign a sanitary certificate",
        "Whether Argentine dairy exports to Saudi Arabia take off under the new sanitary "
        "certificate, from a first cargo to regular volumes.",
    )
    found = observe(
        dairy,
        "Sale de Buenos Aires el primer contenedor de leche en polvo argentina para Arabia Saudita",
        "es",
    )
    assert ("first-shipment", Polarity.DONE) in stages(found)


def test_dakhla_in_spanish() -> None:
    consulate = only_question(
        "Uruguay and Morocco sign an investment treaty",
        "Whether Uruguay decides to open a consulate in Dakhla, as Rabat has asked.",
    )
    found = observe(consulate, "Por decreto, Uruguay crea su consulado general en Dajla", "es")
    assert ("done", Polarity.DONE) in stages(found)


def test_a_demand_withdrawn_eases_pressure() -> None:
    oil = only_question(
        "Brazil joins an energy charter",
        "Whether Saudi Arabia steps up pressure on Brazil to accept limits on its crude output.",
    )
    found = observe(
        oil,
        "Saudi Arabia drops demand for Brazilian output cap after Riyadh talks",
        "en",
        "Saudi Arabia has withdrawn its request that Brazil set a ceiling on crude production "
        "and reopened the bilateral energy working group.",
    )
    assert ("eased", Polarity.DONE) in stages(found)


def test_crews_arriving_for_preparatory_work_are_no_construction() -> None:
    wharf = only_question(
        "China and Fiji sign a wharf loan",
        "Whether the Chinese-financed deepwater wharf at Tavorua Bay moves from a loan agreement "
        "to site work, construction and operation.",
        entities=("China", "Fiji", "Tavorua Bay"),
    )
    found = observe(wharf, "塔沃鲁阿湾码头环评获批 施工队伍进场开展前期准备", "zh-Hans")
    assert ("construction", Polarity.DONE) not in stages(found)
    assert ("preparing", Polarity.DONE) in stages(found)
