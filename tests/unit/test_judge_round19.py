"""Nineteenth-round rules: kinds asked in other words (a treaty or loan "getting through" a
legislature and "taking legal effect", a group "resisting"); a country the briefing calls by a
name it shares with an everyday word ("Turkey"); a court that must clear a treaty as one more
step of the countries' ratification; a body the gazetteer does not know answering to its
country; a request for duties, provisional duties and the other chamber's vote to come read as
what they are; a first cargo that left port; a deadline ("até setembro"); the obligation in
"须经...方可生效"; a one-sided report of an agreement with another partner; another facility
in the same place; a loan told from the other instruments between the same states; a
sibling's named thing; a unit before a name; a group's warning letter and its harbour
blockade. Every name of a firm, a body or a person here is made up; the countries are real."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, only_question, stages
from watcher.ladders import weigh_kinds
from watcher.model import Briefing, Polarity, Question, WatchItem
from watcher.questions import build_watchlist


def watchlist(title: str, items: list[str], **fields: object) -> list[Question]:
    briefing = Briefing(
        title=title,
        source="b",
        watch_items=tuple(WatchItem(text, i + 1) for i, text in enumerate(items)),
        **fields,  # type: ignore[arg-type]
    )
    return list(build_watchlist(briefing).questions)


# --- kinds ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        # a court named beside the legislature is one more step of the ratification
        (
            "Can the Peru–Morocco investment treaty get through Peru's Congress and "
            "Constitutional Court, and when does it actually take effect?",
            "ratification",
        ),
        (
            "Will the US$ 210 million Lotus Fund loan for the Kara ring road get through Togo's "
            "National Assembly and Beijing's approval process and take legal effect?",
            "ratification",
        ),
        # a group resisting: pressure, whatever it resists
        (
            "How far will the dockers' federation SINPORT go in resisting concessions for the "
            "new terminal?",
            "pressure",
        ),
    ],
)
def test_kinds(item: str, kind: str) -> None:
    assert weigh_kinds(item).kind == kind


# --- a name shared with an everyday word ------------------------------------------------------

PERU_TURKEY = dict(
    title="Peru and Turkey sign a trade pact",
    entities=("Peru", "Turkey"),
    body="Turkish exporters of machinery welcome the deal; Ankara expects a vote this year.",
)


def test_a_briefing_about_turkey_names_the_country_turkey() -> None:
    [treaty] = watchlist(
        items=["Whether the Peru–Turkey trade agreement is ratified by both parliaments."],
        **PERU_TURKEY,  # type: ignore[arg-type]
    )
    assert [p.name for p in treaty.parties] == ["Peru legislature", "Türkiye legislature"]
    assert "Turkey's parliament" in treaty.parties[1].names
    found = observe(
        treaty,
        "Turkey completes ratification of its trade agreement with Peru",
        "en",
        "The law approving the agreement was published in the Official Gazette.",
    )
    assert ("ratified-partial", Polarity.DONE) in stages(found)
    # the country named as the subject acts through its legislature
    assert [o.party for o in found if o.stage == "ratified-partial"] == ["Türkiye legislature"]


def test_elsewhere_turkey_is_the_bird() -> None:
    [turkey_meat] = watchlist(
        "Chile opens poultry talks with Mexico",
        ["Whether Chilean turkey meat reaches Mexico under the new protocol."],
    )
    assert "Türkiye" not in [e.name for e in turkey_meat.entities]


def test_a_court_that_must_clear_the_treaty_is_a_step_not_the_matter() -> None:
    [treaty] = watchlist(
        items=[
            "Can the Peru–Turkey trade agreement get through Peru's Congress and Constitutional "
            "Court and Turkey's parliament, and when does it take effect?"
        ],
        **{**PERU_TURKEY, "entities": ("Peru", "Turkey", "Constitutional Court of Peru")},  # type: ignore[arg-type]
    )
    assert treaty.kind == "ratification"
    assert [e.name for e in treaty.entities] == ["Peru", "Türkiye"]


def test_a_body_the_gazetteer_lacks_answers_to_its_country() -> None:
    q = only_question(
        "Chile and Vietnam trade barbs over yarn",
        "How Cotrex rules in Chile's anti-dumping case on Vietnamese viscose yarn.",
        entities=("Chile", "Vietnam", "Cotrex"),
    )
    [decider] = q.entities
    assert "Chile" in decider.names and "Chilean" not in decider.names
    found = observe(q, "智利对越南粘胶纱线征收为期五年的最终反倾销税", "zh-Hans")
    assert ("done", Polarity.DONE) in stages(found)


# --- a request, provisional duties, the other chamber ---------------------------------------

REBAR = only_question(
    "Peru opens a rebar case",
    "Will Peru's trade ministry end up imposing anti-dumping duties on Chinese steel rebar?",
)


@pytest.mark.parametrize(
    ("title", "lead", "language", "expected"),
    [
        # the mills ask: the ministry has signalled nothing
        (
            "Mills want provisional duties now on Chinese rebar",
            "The Peruvian steel association asked the trade ministry to apply provisional "
            "anti-dumping duties on rebar from China.",
            "en",
            ("signaled", Polarity.INTENT),
        ),
        # provisional duties are the signal; the definitive ones are the decision
        (
            "Perú impone derechos antidumping provisionales a la varilla china",
            "El Ministerio de Comercio fijó por seis meses un derecho provisional del 12 %.",
            "es",
            ("signaled", Polarity.DONE),
        ),
        ("秘鲁对中国螺纹钢征收临时反倾销税", "", "zh-Hans", ("signaled", Polarity.DONE)),
        (
            "Perú fija derechos antidumping definitivos a la varilla china",
            "El ministerio cerró la investigación y adoptó un derecho definitivo por cinco años.",
            "es",
            ("done", Polarity.DONE),
        ),
    ],
)
def test_duties_asked_for_provisional_or_definitive(
    title: str, lead: str, language: str, expected: tuple[str, Polarity]
) -> None:
    found = stages(observe(REBAR, title, language, lead))
    assert expected in found
    if expected[0] == "signaled":
        assert ("done", Polarity.DONE) not in found


def test_the_other_chambers_vote_to_come_keeps_one_chamber_from_ratifying() -> None:
    [treaty] = watchlist(
        items=["Whether the Peru–Turkey trade agreement is ratified by both parliaments."],
        **PERU_TURKEY,  # type: ignore[arg-type]
    )
    found = observe(
        treaty,
        "El Senado aprueba el TLC con Turquía",
        "es",
        "El Senado peruano aprobó el tratado comercial con Turquía; la Cámara de Diputados lo "
        "discutirá en 2027.",
    )
    assert ("ratified-partial", Polarity.DONE) not in stages(found)


# --- cargoes, deadlines, obligations ----------------------------------------------------------

PEPPERS = only_question(
    "Peru opens Turkey to peppers",
    "Whether Peruvian peppers reach Turkey: a first cargo, then steady volumes.",
    entities=("Peru", "Turkey"),
    body="Ankara's inspectors cleared the protocol; Turkish importers are waiting.",
)


def test_a_first_container_that_left_port_is_the_first_shipment() -> None:
    found = observe(
        PEPPERS,
        "Peruvian peppers on their way to Turkey",
        "en",
        "A first refrigerated container of Peruvian peppers left Callao this week for the "
        "Turkish port of Mersin.",
    )
    assert ("first-shipment", Polarity.DONE) in stages(found)


@pytest.mark.parametrize(
    ("item", "title", "lead", "stage"),
    [
        (
            "Whether Brazilian beef starts moving to Jordan: a first cargo, then volumes.",
            "Exportadores de carne preveem primeiro embarque para a Jordânia",
            "Os primeiros contêineres de carne bovina brasileira para a Jordânia devem deixar o "
            "porto de Santos em junho.",
            "first-shipment",
        ),
        (
            "Rio Verde Bioenergia's ethanol plant in Jordan: financing, works, first output.",
            "Rio Verde Bioenergia diz que fecha financiamento da usina até setembro",
            "A empresa negocia com dois bancos e espera fechar o financiamento até setembro.",
            "preparing",
        ),
    ],
)
def test_a_cargo_that_must_leave_and_a_deadline_are_plans(
    item: str, title: str, lead: str, stage: str
) -> None:
    q = only_question("Brazil and Jordan deepen ties", item)
    assert (stage, Polarity.DONE) not in stages(observe(q, title, "pt", lead))


def test_what_must_be_done_before_taking_effect_is_not_done() -> None:
    [treaty] = watchlist(
        "Brazil and Indonesia sign an investment pact",
        ["Whether the Brazil–Indonesia investment agreement is ratified and takes effect."],
    )
    found = observe(
        treaty,
        "印尼与巴西签署投资协定",
        "zh-Hans",
        "两国部长签署投资协定，协定须经两国完成国内批准程序后方可生效。",
    )
    assert ("ratified-all", Polarity.DONE) not in stages(found)


# --- telling the matter from its neighbours ---------------------------------------------------


def test_an_investment_cooperation_and_facilitation_agreement_is_an_investment_pact() -> None:
    [treaty] = watchlist(
        "Brazil and Indonesia sign an investment pact",
        [
            "The Brazil–Indonesia investment cooperation and facilitation agreement still has "
            "to clear Brazil's Congress and Indonesia's ratification."
        ],
    )
    found = observe(
        treaty,
        "Planalto envia ao Congresso acordo de investimentos com a Indonésia",
        "pt",
        "A Presidência encaminhou ao Congresso Nacional o acordo assinado com a Indonésia.",
    )
    assert ("submitted", Polarity.DONE) in stages(found)


def test_a_one_sided_report_of_an_agreement_with_another_partner_is_another_agreement() -> None:
    [treaty] = watchlist(
        "Brazil and Indonesia sign an investment pact",
        ["Whether the Brazil–Indonesia investment agreement is ratified and takes effect."],
    )
    found = observe(
        treaty,
        "Jakarta takes its EU trade pact to parliament",
        "en",
        "The trade minister submitted Indonesia's partnership agreement with the European "
        "Union to the House of Representatives for ratification.",
    )
    assert found == []


def test_another_mill_in_the_same_place_is_not_the_project() -> None:
    q = only_question(
        "A Brazilian ethanol plant for Papua",
        "Canavial Verde's ethanol plant in Merauke, South Papua: financing, works, first output.",
    )
    assert observe(q, "默劳克另一座糖厂投产", "zh-Hans") == []
    assert observe(q, "Another sugar mill in Merauke starts up", "en") == []


TOGO = {"entities": ("Togo", "China", "Lotus Fund", "Helio Terra")}
LOAN_AND_PARK = [
    "Will the US$ 210 million Lotus Fund loan for the Kara ring road get through Togo's "
    "National Assembly and Beijing's approval process and take legal effect?",
    "Helio Terra's 40 MW Kanté solar park: financing and a builder, then works and power.",
]


def test_another_instrument_between_the_same_states_is_not_the_loan() -> None:
    loan, _ = watchlist("Togo brings home a Chinese loan and a solar park", LOAN_AND_PARK, **TOGO)
    assert observe(loan, "多哥国民议会批准与中国的航空运输协定", "zh-Hans") == []


def test_a_siblings_named_thing_is_not_the_states_loan() -> None:
    loan, park = watchlist(
        "Togo brings home a Chinese loan and a solar park", LOAN_AND_PARK, **TOGO
    )
    assert [e.name for e in park.entities] == ["Helio Terra"]
    assert "Kanté" in park.entities[0].names and "MW Kanté" not in park.entities[0].names
    found = observe(
        [loan, park],
        "Helio Terra closes financing for Togo's Kanté solar park",
        "en",
        "Helio Terra signed a US$ 50 million loan package with two Chinese banks for its park "
        "in Togo.",
    )
    assert [o.question_id for o in found] == [park.id]


# --- a group at home ----------------------------------------------------------------------------

FISHERS = only_question(
    "Togo opens its waters to Chinese longliners",
    "How far will the fishers' federation FEPAT go in resisting licences for Chinese "
    "longliners in Togolese waters?",
    entities=("Togo", "China", "FEPAT"),
)


@pytest.mark.parametrize(
    ("title", "lead", "language", "stage"),
    [
        (
            "Federação de pescadores avisa o Governo contra licenças a palangreiros chineses",
            "A FEPAT entregou ao primeiro-ministro uma carta em que rejeita o memorando de pesca "
            "e avisa que fará protestos nos portos.",
            "pt",
            "rhetorical",
        ),
        (
            "Togolese fishers blockade Lomé harbour to stop Chinese longliners",
            "Some sixty small boats blocked the harbour at Lomé in a protest organised by the "
            "fishers' federation FEPAT.",
            "en",
            "concrete",
        ),
        (
            "Pescadores bloqueiam o porto de Lomé contra palangreiros chineses",
            "Cerca de sessenta barcos bloquearam esta manhã a entrada do porto de Lomé, numa "
            "ação convocada pela FEPAT.",
            "pt",
            "concrete",
        ),
    ],
)
def test_a_fishers_federation_warns_then_blockades(
    title: str, lead: str, language: str, stage: str
) -> None:
    assert FISHERS.kind == "pressure"
    assert (stage, Polarity.DONE) in stages(observe(FISHERS, title, language, lead))


def test_live_mud_crab_is_crab_in_chinese_too() -> None:
    crab = only_question(
        "Mozambique's crab heads for China",
        "Live mud crab from Mozambique into China: a first consignment, then steady trade.",
    )
    found = observe(
        crab, "首批莫桑比克活青蟹空运抵达厦门", "zh-Hans", "这是议定书签署后的首批货物。"
    )
    assert ("first-shipment", Polarity.DONE) in stages(found)
