"""Twentieth-round rules: a contract handed to a bidder is a decision; a second party's own act
("win a Saudi royal decree") or a second legislature ("the NPC Standing Committee in Beijing")
makes two parties; a minister's title is no name of the firm; a briefing's "confirmed that"
decides nothing; the lead's vote to come may be the other party's; an evaluation committee's
recommendation signals an award, and a provisional licence a final one; a headline opening
with its sources; a first cargo put off; a firm without its legal form or native sector word;
a floating power plant in four languages; a plant placed in another country; a state that
summons an envoy, freezes budget support and releases it; the opposition urging its own
government; who pushes back against whom; the "定于" inside "协定于". Every name of a firm,
a body or a person here is made up; the countries are real."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, only_question, stages
from watcher.ladders import weigh_kinds
from watcher.model import Briefing, Polarity, WatchItem
from watcher.questions import build_watchlist

# --- kinds, parties, names ------------------------------------------------------------------


def test_a_contract_handed_to_a_bidder_is_a_decision() -> None:
    item = "Will Mines Minister Lucía Ferrer Ortiz hand the Oruro smelter contract to Qamar Metals?"
    assert weigh_kinds(item).kind == "decision"
    q = only_question(
        "Bolivia weighs a Saudi smelter bid",
        item,
        entities=("Bolivia", "Saudi Arabia", "Qamar Metals", "Lucía Ferrer Ortiz"),
    )
    names = [n for e in q.entities for n in e.names]
    assert "Qamar Metals" in names
    assert not any("Minister" in n or "Ferrer" in n for n in names)


@pytest.mark.parametrize(
    ("title", "item", "parties"),
    [
        (
            "Peru and Saudi Arabia sign an investment treaty",
            "Peru–Saudi investment treaty: does it get through Peru's Congress, win a Saudi royal "
            "decree and enter into force?",
            ["Peru", "Saudi Arabia"],
        ),
        (
            "Fiji and China sign an investment treaty",
            "Will the China–Fiji investment treaty clear the Parliament in Suva and the NPC "
            "Standing Committee in Beijing, and take effect?",
            ["China", "Fiji"],
        ),
    ],
)
def test_a_second_partys_own_act_makes_two_parties(
    title: str, item: str, parties: list[str]
) -> None:
    q = only_question(title, item)
    assert q.kind == "ratification"
    assert sorted(p.name for p in q.parties) == sorted(parties)


def test_a_briefing_confirming_the_bidders_has_decided_nothing() -> None:
    q = only_question(
        "Bolivia weighs a Saudi smelter bid",
        "Will Mines Minister Lucía Ferrer Ortiz hand the Oruro smelter contract to Qamar Metals?",
        entities=("Bolivia", "Qamar Metals"),
        body="Mines minister Lucía Ferrer Ortiz confirmed that Qamar Metals is one of three "
        "bidders for the Oruro smelter, with an evaluation due by September.",
    )
    assert q.baseline == "open"


def test_the_leads_vote_to_come_may_be_the_other_partys() -> None:
    q = only_question(
        "Peru and Saudi Arabia sign an investment treaty",
        "Peru–Saudi investment treaty: does it get through Peru's Congress, win a Saudi royal "
        "decree and enter into force?",
    )
    found = observe(
        q,
        "Royal decree completes Saudi ratification of Peru investment treaty",
        "en",
        "A royal decree published in the official gazette ratified the treaty, completing the "
        "kingdom's side; Peru's Congress has yet to vote.",
    )
    assert [(o.stage, o.polarity, o.party) for o in found] == [
        ("ratified-partial", Polarity.DONE, "Saudi Arabia")
    ]


# --- decisions: a recommendation, an award, a provisional licence -----------------------------

SMELTER = only_question(
    "Bolivia weighs a Saudi smelter bid",
    "Will Mines Minister Lucía Ferrer Ortiz hand the Oruro smelter contract to Qamar Metals?",
    entities=("Bolivia", "Saudi Arabia", "Qamar Metals", "Lucía Ferrer Ortiz"),
)
MOORING = only_question(
    "Angola and Turkey sign an investment pact",
    "Angola's energy regulator still has to rule on Deniz Volt Enerji's request to moor a "
    "floating power plant at Lobito port.",
    entities=("Angola", "Turkey", "Deniz Volt Enerji"),
)


@pytest.mark.parametrize(
    ("question", "title", "lead", "language", "expected"),
    [
        (
            SMELTER,
            "Comisión técnica recomienda adjudicar la fundición de Oruro a la saudí Qamar",
            "La comisión evaluadora recomendó en su informe final adjudicar a Qamar Metals el "
            "contrato de la fundición; la ministra tiene la última palabra.",
            "es",
            ("signaled", Polarity.DONE),
        ),
        (
            SMELTER,
            "Gobierno adjudica a Qamar Metals la fundición de Oruro",
            "La ministra firmó la resolución de adjudicación y el contrato con Qamar Metals.",
            "es",
            ("done", Polarity.DONE),
        ),
        (
            MOORING,
            "Regulador concede licença provisória à central flutuante turca do Lobito",
            "A autoridade atribuiu à Deniz Volt uma licença provisória para a central flutuante, "
            "válida por seis meses.",
            "pt",
            ("signaled", Polarity.DONE),
        ),
        (
            MOORING,
            "Angola grants final licence for Turkish power ship at Lobito",
            "Angola's energy regulator issued Deniz Volt Enerji a final licence to moor its "
            "floating power plant at Lobito port.",
            "en",
            ("done", Polarity.DONE),
        ),
    ],
)
def test_recommended_awarded_provisional_or_final(
    question: object, title: str, lead: str, language: str, expected: tuple[str, Polarity]
) -> None:
    found = stages(observe(question, title, language, lead))  # type: ignore[arg-type]
    assert expected in found
    if expected[0] == "signaled":
        assert ("done", Polarity.DONE) not in found


def test_a_firm_answers_without_its_native_sector_word() -> None:
    assert "Deniz Volt" in MOORING.entities[0].names
    found = observe(
        MOORING,
        "Ministério desmente licença definitiva à Deniz Volt",
        "pt",
        "O ministério negou que já tenha sido concedida a licença definitiva à central "
        "flutuante do Lobito.",
    )
    assert found and found[0].polarity is not Polarity.DONE


def test_a_headline_that_opens_with_its_sources_is_hearsay() -> None:
    found = observe(
        SMELTER,
        "Fuentes: la firma del contrato de la fundición con Qamar se retrasa",
        "es",
        "Según fuentes del sector, la adjudicación a Qamar Metals podría demorarse hasta 2027.",
    )
    assert all(o.polarity is not Polarity.DONE for o in found)


# --- a first cargo put off; a plant elsewhere ----------------------------------------------------

COFFEE = only_question(
    "Angola and Turkey sign an investment pact",
    "Angolan green coffee in Turkey — will the new opening bring a first cargo, then steady trade?",
    entities=("Angola", "Turkey"),
)


@pytest.mark.parametrize(
    ("title", "language"),
    [
        (
            "Primeiro embarque de café angolano para a Turquia adiado por falta de certificados",
            "pt",
        ),
        ("Primer embarque de café angoleño a Turquía aplazado por falta de certificados", "es"),
        ("First Angolan coffee cargo to Turkey delayed by missing certificates", "en"),
    ],
)
def test_a_first_cargo_put_off_has_not_sailed(title: str, language: str) -> None:
    assert ("first-shipment", Polarity.DONE) not in stages(observe(COFFEE, title, language))


def test_a_plant_placed_in_another_country_is_not_this_one() -> None:
    mill = only_question(
        "Angola and Turkey sign an investment pact",
        "Kızıl Çelik's rebar mill in Benguela: money, groundbreaking and first steel.",
        entities=("Angola", "Turkey", "Kızıl Çelik"),
    )
    found = observe(
        mill,
        "Kızıl Çelik pone en marcha su planta de corrugado en Senegal",
        "es",
        "La siderúrgica turca Kızıl Çelik empezó a producir barras en su planta cerca de Dakar.",
    )
    assert found == []


# --- a state pressing, and easing ---------------------------------------------------------------

PUSHBACK = only_question(
    "Fiji lets in more Chinese police, and Canberra takes note",
    "How hard Canberra pushes back against the enlarged Chinese police presence in Suva: words "
    "only, or aid and security measures?",
)


def test_who_pushes_back_against_whom() -> None:
    assert PUSHBACK.kind == "pressure"
    assert [e.name for e in PUSHBACK.entities] == ["Australia", "Fiji"]


@pytest.mark.parametrize(
    ("title", "lead", "language", "stage"),
    [
        (
            "Australia calls in Fiji envoy over Chinese police deal",
            "The foreign minister summoned Fiji's high commissioner in Canberra to convey "
            "Australia's serious concern.",
            "en",
            "rhetorical",
        ),
        (
            "Australia freezes A$ 20 million in budget support to Fiji",
            "The Australian government has suspended a budget support payment to Fiji.",
            "en",
            "concrete",
        ),
        (
            "澳大利亚冻结对斐济2000万澳元预算支持",
            "澳大利亚政府宣布暂停向斐济拨付预算支持款项。",
            "zh-Hans",
            "concrete",
        ),
        (
            "Australia libera la ayuda congelada a Fiyi tras pactar una revisión policial",
            "Australia liberó el apoyo presupuestario que había congelado en julio.",
            "es",
            "eased",
        ),
    ],
)
def test_a_state_summons_freezes_and_releases(
    title: str, lead: str, language: str, stage: str
) -> None:
    assert (stage, Polarity.DONE) in stages(observe(PUSHBACK, title, language, lead))


def test_the_opposition_urging_its_own_government_is_no_act_of_the_state() -> None:
    found = observe(
        PUSHBACK,
        "Opposition urges government to freeze aid to Fiji over Chinese police",
        "en",
        "The opposition's foreign affairs spokesman called on the Australian government to "
        "suspend its budget support to Fiji.",
    )
    assert not any(o.polarity is Polarity.DONE and o.stage for o in found)


def test_the_date_an_agreement_took_effect_is_no_plan() -> None:
    briefing = Briefing(
        title="Fiji and China sign an investment treaty",
        source="b",
        watch_items=(WatchItem("Whether the China–Fiji investment treaty takes effect.", 1),),
    )
    [treaty] = build_watchlist(briefing).questions
    found = observe(
        treaty, "投资保护协定新进展", "zh-Hans", "中国与斐济双边投资保护协定于11月2日正式生效。"
    )
    assert ("in-force", Polarity.DONE) in [
        (o.stage, o.polarity) for o in found if "中国" in o.quote
    ]
