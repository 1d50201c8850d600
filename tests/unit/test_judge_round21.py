"""Twenty-first-round rules: a side sealed and a decree that ratifies; the other chamber still to
vote ("y lo envía al Senado", "still needs the House of Delegates"); a season's tonnage; earth
moved and foundations dug; a group that calls an opening a threat, attacks it, asks that it be
revoked and goes to court; "planned by" a firm is no plan; an investment facilitation agreement
told from an air services one; a legislature the gazetteer did not know and a place's "State";
group tours suspended; a sentence that names the matter only to set it apart. Every name of a
firm, a body or a person here is made up; the countries are real."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, only_question, stages
from watcher.model import Polarity

TREATY = only_question(
    "Peru and Egypt sign an economic partnership agreement",
    "How quickly Peru's Congress and Egypt's House of Representatives approve the Peru–Egypt "
    "economic partnership agreement, and when it enters into force.",
)


@pytest.mark.parametrize(
    ("title", "lead", "language"),
    [
        (
            "Egypt seals its side of the Peru trade pact",
            "A presidential decree ratifying the Egypt–Peru agreement was published in the "
            "Official Gazette; Peru's Congress has yet to vote.",
            "en",
        ),
        (
            "埃及完成与秘鲁全面经济伙伴关系协定的国内批准程序",
            "埃及官方公报刊登总统令，批准该协定；秘鲁方面仍待国会表决。",
            "zh-Hans",
        ),
    ],
)
def test_one_party_seals_its_side(title: str, lead: str, language: str) -> None:
    found = observe(TREATY, title, language, lead)
    assert [(o.stage, o.polarity, o.party) for o in found] == [
        ("ratified-partial", Polarity.DONE, "Egypt")
    ]


@pytest.mark.parametrize(
    ("title", "lead", "language"),
    [
        (
            "La Cámara aprueba el acuerdo con Egipto y lo envía al Senado",
            "El acuerdo ahora debe ser revisado por la Comisión de Relaciones Exteriores del "
            "Senado.",
            "es",
        ),
        (
            "Egypt's House backs Peru pact; Senate vote still pending",
            "The measure still needs the Senate before the country's approval is complete.",
            "en",
        ),
    ],
)
def test_one_chamber_of_two_is_not_the_countrys_ratification(
    title: str, lead: str, language: str
) -> None:
    assert ("ratified-partial", Polarity.DONE) not in stages(observe(TREATY, title, language, lead))


def test_a_seasons_tonnage_is_a_volume() -> None:
    oranges = only_question(
        "Peru and Egypt sign an economic partnership agreement",
        "Whether Egyptian fresh oranges start arriving in Peru and build up to regular volumes.",
    )
    found = observe(
        oranges,
        "Egito embarca 3,4 mil toneladas de laranja para o Peru na temporada de estreia",
        "pt",
    )
    assert ("volumes-reported", Polarity.DONE) in stages(found)


def test_earth_moved_and_foundations_dug_are_construction() -> None:
    # (earthworks alone prepare the site since round 52; the foundations dug begin the works)
    plant = only_question(
        "Peru and Egypt sign an economic partnership agreement",
        "Cobres del Sur's cable plant at Ain Sokhna: a land contract, works, first output.",
        entities=("Peru", "Egypt", "Cobres del Sur"),
    )
    found = observe(
        plant,
        "Cobres del Sur comenzó el movimiento de tierras y excavó las fundaciones de su planta "
        "en Ain Sokhna",
        "es",
    )
    assert ("construction", Polarity.DONE) in stages(found)
    # (a control: the earthworks alone)
    found = observe(
        plant,
        "Arrancan los movimientos de tierra de la planta de Cobres del Sur en Ain Sokhna",
        "es",
    )
    assert ("preparing", Polarity.DONE) in stages(found)


# --- a group at home --------------------------------------------------------------------------

FARMERS = only_question(
    "Brazil and Ghana sign an investment pact",
    "Ghanaian poultry farmers could turn their unease over Brazilian chicken into court action "
    "or protests against the import opening.",
)


@pytest.mark.parametrize(
    ("title", "lead", "language", "stage"),
    [
        (
            "Poultry keepers say Brazil deal will 'wipe out' small farmers",
            "The Ghana Poultry Federation called the opening a threat to smallholders and urged "
            "the trade ministry to revoke the certificate.",
            "en",
            "rhetorical",
        ),
        (
            "Avicultores ganeses atacam abertura ao frango brasileiro",
            "A federação pediu ao governo de Acra que revogue o certificado sanitário.",
            "pt",
            "rhetorical",
        ),
        (
            "Avicultores do Gana vão à Justiça contra importação de frango do Brasil",
            "A federação entrou com ação no Tribunal Superior de Acra para anular as licenças.",
            "pt",
            "concrete",
        ),
    ],
)
def test_a_group_at_home_speaks_then_sues(title: str, lead: str, language: str, stage: str) -> None:
    assert (stage, Polarity.DONE) in stages(observe(FARMERS, title, language, lead))


# --- plans, neighbours, names ---------------------------------------------------------------------


def test_planned_by_a_firm_names_who_plans_it() -> None:
    plant = only_question(
        "Brazil and Ghana sign an investment pact",
        "Itaúna Bioenergia's planned ethanol plant in Tamale still needs an environmental "
        "licence, so track whether it moves to site works.",
        entities=("Brazil", "Ghana", "Itaúna Bioenergia"),
    )
    found = observe(
        plant,
        "EPA licenses Brazilian-backed ethanol plant in Tamale",
        "en",
        "The Environmental Protection Agency has issued an environmental permit for the ethanol "
        "plant planned by Itaúna Bioenergia near Tamale, clearing the way for site preparation.",
    )
    assert ("preparing", Polarity.DONE) in stages(found)


GHANA_TREATY = only_question(
    "Brazil and Ghana sign an investment pact",
    "Ghana's Parliament and Brazil's National Congress must each approve the investment "
    "facilitation agreement before it comes into force.",
)


def test_an_air_services_agreement_is_not_the_investment_facilitation_agreement() -> None:
    treaty = GHANA_TREATY
    found = observe(
        treaty,
        "Senado aprova acordo de serviços aéreos com o Gana",
        "pt",
        "Os senadores aprovaram o acordo que libera voos diretos entre o Brasil e o Gana.",
    )
    assert all(o.stage is None for o in found)


def test_a_legislature_the_item_gives_a_country_is_a_step() -> None:
    treaty = only_question(
        "Taiwan and Palau sign an economic pact",
        "Watch how quickly Taiwan's Legislative Yuan and Palau's Olbiil Era Kelulau approve the "
        "economic cooperation agreement.",
    )
    assert [e.name for e in treaty.entities] == ["Taiwan", "Palau"]
    assert sorted(p.name for p in treaty.parties) == ["Palau", "Taiwan"]


def test_a_state_answers_without_its_kind_word() -> None:
    plant = only_question(
        "Taiwan and Palau sign an economic pact",
        "The Taiwan-financed solar plant in Airai State still needs a contractor and works.",
    )
    assert "Airai" in plant.entities[0].names


TOURS = only_question(
    "Taiwan and Palau sign an economic pact",
    "Does China go beyond condemnation and punish Palau, for instance by cutting off Chinese "
    "group tourism?",
)


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("China suspende los viajes en grupo a Palaos tras su acercamiento a Taiwán", "es"),
        ("文旅部通知旅行社暂停经营赴帛琉团队游及包机产品", "zh-Hans"),
    ],
)
def test_group_tours_suspended_are_concrete_pressure(title: str, language: str) -> None:
    assert ("concrete", Polarity.DONE) in stages(observe(TOURS, title, language))


@pytest.mark.parametrize(
    ("title", "lead", "language"),
    [
        (
            "Usina solar financiada pelo Japão entra em operação em Melekeok, Palau",
            "O parque começou a fornecer energia à rede; o projeto não tem ligação com a usina "
            "de Airai financiada por Taiwan.",
            "pt",
        ),
        (
            "Japan-funded solar park starts operating in Melekeok",
            "The park began supplying power to the grid; it is unrelated to the Airai plant "
            "financed by Taiwan.",
            "en",
        ),
    ],
)
def test_a_sentence_that_sets_the_matter_apart_is_not_about_it(
    title: str, lead: str, language: str
) -> None:
    plant = only_question(
        "Taiwan and Palau sign an economic pact",
        "The Taiwan-financed solar plant in Airai State: a contractor, works, then power.",
    )
    assert ("operational", Polarity.DONE) not in stages(observe(plant, title, language, lead))


def test_a_long_gap_spans_a_long_name_and_the_short_one_does_not() -> None:
    from watcher.judge.lexicon import compile_pattern

    text = (
        "the minister formally submitted the kenya brazil cooperation and investment "
        "facilitation agreement to the national assembly"
    )
    assert compile_pattern("submitted .... agreement to the national assembly").search(text)
    assert not compile_pattern("submitted ... agreement to the national assembly").search(text)
    too_far = "submitted " + "word " * 13 + "agreement to the national assembly"
    assert not compile_pattern("submitted .... agreement to the national assembly").search(too_far)


def test_tabling_a_treaty_with_a_long_name_submits_it() -> None:
    treaty = GHANA_TREATY
    found = observe(
        treaty,
        "Minister tables Brazil pact",
        "en",
        "The trade minister on Tuesday formally submitted the Ghana–Brazil cooperation and "
        "investment facilitation agreement to the Parliament for approval.",
    )
    assert ("submitted", Polarity.DONE) in [(o.stage, o.polarity) for o in found if o.score >= 0.9]


def test_a_firm_answers_to_its_own_name_without_its_sector() -> None:
    plant = only_question(
        "Brazil and Ghana sign an investment pact",
        "Itaúna Bioenergia's planned ethanol plant in Tamale: licence, site works, first output.",
        entities=("Brazil", "Ghana", "Itaúna Bioenergia"),
    )
    assert "Itaúna" in [n for e in plant.entities for n in e.names]
    short = only_question(
        "Brazil and Ghana sign an investment pact",
        "Sol Energy's planned solar plant in Tamale: licence, site works, first output.",
        entities=("Brazil", "Ghana", "Sol Energy"),
    )
    assert "Sol" not in [n for e in short.entities for n in e.names]


def test_a_decider_leaning_one_way_signals_and_has_not_decided() -> None:
    deal = only_question(
        "Chile and Egypt sign a trade pact",
        "What Egypt's competition authority decides on Papeles del Sur's bid for Delta Boxes.",
        entities=("Chile", "Egypt", "Papeles del Sur", "Delta Boxes"),
    )
    found = [
        (o.stage, o.polarity)
        for o in observe(
            deal,
            "Egypt's competition authority leans toward clearing Delta Boxes sale",
            "en",
            "The authority told Papeles del Sur it sees no grounds to block the deal.",
        )
    ]
    assert ("signaled", Polarity.DONE) in found
    assert ("done", Polarity.DONE) not in found


def test_the_sides_a_treaty_is_between_are_not_who_acted() -> None:
    found = observe(
        TREATY,
        "Weekly roundup",
        "en",
        "Markets were calm. Separately, lawmakers ratified the economic partnership agreement "
        "between Peru and Egypt.",
    )
    assert [o.party for o in found if o.stage == "ratified-partial"] == [None]
