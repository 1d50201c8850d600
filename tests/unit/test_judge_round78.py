"""Classes of misreading found in blind rounds 78 and 79 (read in the thirty-first session),
each written here in new words: watch items whose kind hid behind other kinds' words (concerns
turned into binding action, a mine moving to preparatory works from a signed convention), a
country's government named in the item taking the place of the two countries, "Congo" in a
briefing about one Congo, a visa exemption in the future tense and a "stamped" visa, a bill
named by the approval it would give, a decision to set an act aside, a first container still
being got ready, one chamber's vote with the other still to come, 输华 as "to China", a
firm's facility in a third country's city told by "at", survey and drilling crews at work, the
party told of an act taken for the one acting, and a grievance's pressure heard in news of the
same two countries on other matters."""

from __future__ import annotations

from tests.unit.builders import done_stages, entity_names, observe, only_question, stages
from watcher.ladders import weigh_kinds
from watcher.model import Briefing, Polarity
from watcher.naming import shared_names_taught


def test_kinds_told_by_what_the_item_asks_to_happen() -> None:
    # Concerns turned into binding action, or relaxed: pressure, not a market or nothing.
    lender = (
        "Whether the World Bank turns its worries over Laos's hidden debts into binding "
        "conditions on its next loan, or eases them later."
    )
    assert weigh_kinds(lender).kind == "pressure"
    card = (
        "Whether Brussels turns its complaints about shrimp traceability in Ecuador into a "
        "yellow card under its rules on illegal fishing."
    )
    assert weigh_kinds(card).kind == "pressure"
    # A signed convention is where a mine starts: preparatory works make it a project.
    mine = (
        "Whether Minas Altas's phosphate mine in Tete moves from a signed mining convention "
        "to preparatory works and then to construction."
    )
    assert weigh_kinds(mine).kind == "project"
    assert weigh_kinds(mine).confident


def test_a_countrys_government_named_in_a_treaty_item_is_not_the_matter() -> None:
    q = only_question(
        "Laos and Peru sign a tax treaty",
        "Whether the Laos–Peru tax treaty is approved by Peru's Congress and Laos's Government "
        "and then enters into force.",
        entities=("Laos", "Peru", "Government of Laos", "Congress of Peru"),
    )
    assert sorted(entity_names(q)) == ["Laos", "Peru"]
    # Laos's government approving another treaty is not this one.
    assert not observe(q, "Laos's Government approves tax treaty with Kazakhstan", "en")


def test_congo_is_the_one_the_briefing_is_about() -> None:
    briefing = Briefing(
        title="China and Congo-Brazzaville sign a loan for a road",
        source="b",
        body="Congo's parliament must approve the loan. Congolese exporters want the road.",
        entities=("China", "Republic of the Congo", "Democratic Republic of the Congo"),
    )
    taught = shared_names_taught(briefing)
    assert taught["Congo"] == "Republic of the Congo"
    assert taught["Congolese"] == "Republic of the Congo"
    q = only_question(
        "China and Congo-Brazzaville sign a loan for a road",
        "Whether the China–Congo loan for the Pointe-Noire road is approved by Congo's "
        "parliament and disbursed.",
        entities=("China", "Republic of the Congo", "Democratic Republic of the Congo"),
    )
    assert "Republic of the Congo" in entity_names(q)
    assert "Democratic Republic of the Congo" not in entity_names(q)
    # Without a title that names one and not the other, the shared name teaches neither.
    plain = Briefing(
        title="China signs loans in Central Africa",
        source="b",
        body="Congo's parliament must approve the loan.",
        entities=("China", "Republic of the Congo", "Democratic Republic of the Congo"),
    )
    assert "Congo" not in shared_names_taught(plain)


def _visa_question():  # type: ignore[no-untyped-def]
    return only_question(
        "Costa Rica and Vietnam sign a trade pact",
        "Whether Costa Rica's government decides to drop the stamped-visa requirement for "
        "Vietnamese business travellers.",
        entities=("Costa Rica", "Vietnam"),
    )


def test_a_visa_exemption_announced_for_later_is_a_signal() -> None:
    q = _visa_question()
    found = observe(
        q, "Cancillería anuncia que Costa Rica eximirá de visa estampada a los vietnamitas", "es"
    )
    assert ("signaled", Polarity.DONE) in stages(found)
    assert "done" not in done_stages(found)


def _trade_pact():  # type: ignore[no-untyped-def]
    return only_question(
        "Honduras and Malaysia sign a trade pact",
        "Whether the Honduras–Malaysia trade pact is approved by Honduras's Congress and "
        "Malaysia's government and enters into force.",
        entities=("Honduras", "Malaysia"),
    )


def test_a_bill_named_by_the_approval_it_would_give_is_a_submission() -> None:
    q = _trade_pact()
    found = observe(
        q,
        "El Ejecutivo remite al Congreso el acuerdo con Malasia",
        "es",
        "La Secretaría de Desarrollo Económico presentó el lunes la iniciativa que dispone "
        "aprobar el acuerdo comercial con Malasia.",
    )
    assert "submitted" in done_stages(found)
    assert "ratified-partial" not in done_stages(found)
    assert "ratified-all" not in done_stages(found)


def test_setting_the_act_aside_rules_it_out() -> None:
    q = only_question(
        "Honduras and Malaysia sign a trade pact",
        "Whether the Honduran government decides to open an embassy in Kuala Lumpur.",
        entities=("Honduras", "Malaysia"),
    )
    found = observe(
        q,
        "Honduras descarta abrir embajada en Kuala Lumpur este año",
        "es",
        "La Cancillería hondureña descartó abrir este año la embajada en Kuala Lumpur por falta "
        "de presupuesto.",
    )
    assert "ruled-out" in done_stages(found)


def test_a_first_container_being_got_ready_has_not_sailed() -> None:
    q = only_question(
        "Angola and Malaysia open a market for coffee",
        "Whether Angolan coffee reaches Malaysian roasters, from a first container to regular "
        "shipments.",
        entities=("Angola", "Malaysia"),
    )
    found = observe(
        q,
        "Primeiro contentor de café angolano para a Malásia deve sair do Lobito em setembro",
        "pt",
        "A cooperativa está a preparar o primeiro contentor de café com destino à Malásia, que "
        "deverá ser embarcado no porto do Lobito em setembro.",
    )
    assert "first-shipment" not in done_stages(found)


def test_one_chamber_with_the_other_still_to_vote_is_not_a_side_done() -> None:
    q = only_question(
        "Gabon and India sign an investment treaty",
        "Whether the Gabon–India investment treaty is approved by Gabon's parliament and "
        "India's government and enters into force.",
        entities=("Gabon", "India"),
    )
    found = observe(
        q,
        "National Assembly approves India investment treaty bill, Senate next",
        "en",
        "Gabon's National Assembly on Tuesday adopted the bill authorising ratification of the "
        "investment treaty with India, leaving the Senate to approve it before the treaty can "
        "be ratified.",
    )
    assert "ratified-partial" not in done_stages(found)
    assert "ratified-all" not in done_stages(found)


def test_shu_hua_names_china() -> None:
    q = only_question(
        "China and Togo open a market for soybeans",
        "Whether Togolese soybeans reach China under the new protocol, from a first cargo to "
        "regular volumes.",
        entities=("China", "Togo"),
    )
    # (in Taiwan's script: its press does not leave China unsaid as the mainland's does)
    found = observe(q, "多哥黃豆輸華漸成規模 三個月出貨逾2萬噸", "zh-Hant")
    assert "volumes-reported" in done_stages(found)


def _cold_hub():  # type: ignore[no-untyped-def]
    return only_question(
        "Panama and Vietnam sign an investment treaty",
        "Whether Song Lam Cold Chain takes its cold-storage hub in the Colón Free Zone from "
        "announcement to construction and operation.",
        entities=("Panama", "Vietnam", "Colón Free Zone"),
        body="Song Lam Cold Chain announced a cold-storage hub in the Colón Free Zone.",
    )


def test_a_firms_facility_at_a_third_countrys_city_is_another_facility() -> None:
    q = _cold_hub()
    assert not observe(
        q,
        "Song Lam Cold Chain starts operations at Vientiane logistics park",
        "en",
        "Song Lam Cold Chain has begun operating a bonded cold store at a logistics park outside "
        "Vientiane, its first outside Vietnam.",
    )
    assert "operational" in done_stages(
        observe(q, "Song Lam Cold Chain starts operations at its Colón hub", "en")
    )


def test_a_firms_plant_in_a_third_countrys_province_is_another_plant() -> None:
    q = _cold_hub()
    assert not observe(q, "Song Lam Cold Chain starts building cold store in Laos's Savannakhet")


def test_survey_and_drilling_crews_at_work_prepare_the_site() -> None:
    q = only_question(
        "Gabon and China sign a mining convention",
        "Whether Jinlu Mining's Mabounié phosphate mine moves from a signed convention to "
        "preparatory works and then to construction.",
        entities=("Gabon", "China", "Jinlu Mining"),
    )
    found = observe(
        q,
        "Jinlu Mining gets Mabounié mining licence",
        "en",
        "Gabon's government has granted Jinlu Mining a mining licence for the Mabounié deposit, "
        "and the company's drilling and survey crews have begun work on the site.",
    )
    assert "preparing" in done_stages(found)
    assert "construction" not in done_stages(found)


def test_the_party_told_of_an_act_did_not_perform_it() -> None:
    q = _trade_pact()
    found = observe(
        q,
        "Malasia concluye sus trámites del acuerdo; falta el Congreso hondureño",
        "es",
        "El gobierno de Malasia notificó a Honduras que completó sus procedimientos internos para "
        "el acuerdo comercial, que ahora depende de la aprobación del Congreso Nacional.",
    )
    parties = {o.party for o in found if o.stage == "ratified-partial"}
    assert parties == {"Malaysia"}


def test_a_grievance_turned_into_acts_is_heard_only_on_its_matter() -> None:
    q = only_question(
        "Timor-Leste and Vietnam sign an investment pact",
        "Whether Timor-Leste turns its complaints about Vietnamese boats fishing illegally in its "
        "waters into concrete enforcement, or whether the dispute cools.",
        entities=("Timor-Leste", "Vietnam"),
    )
    # The same two countries, other matters: a chamber urging a vote, a ban on coffee.
    assert not observe(q, "Dili business chamber urges MPs to pass Vietnam investment pact", "en")
    assert not observe(q, "Vietnam halts Timorese coffee imports after pest find", "en")
    found = observe(
        q,
        "Timor-Leste protests to Vietnam over illegal fishing",
        "en",
        "Timor-Leste's foreign ministry handed Vietnam a note of protest over illegal fishing by "
        "Vietnamese boats in its waters.",
    )
    assert "rhetorical" in done_stages(found)
