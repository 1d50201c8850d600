"""Sixty-second and sixty-third-round readings, and the questions they are read for.

Building questions: a body written as two joined names ("Gecex-Camex") answers to each part
its briefing also writes alone; a facility "at Puerto X" answers to that port's name; who
presses is the subject of a pressure item, not the countries its concern is about. Names:
"santomense" is São Tomé and Príncipe's; a Chinese treaty title's "两国政府关于" names the
two sides, not two acts. Readings: a legislature that "registró la remisión" of the pact, or
received it "del Poder Ejecutivo", has it; a chamber that "cierra el trámite" completes its
country's approval; a vote taken off the agenda approved nothing, whatever its bill approves;
a first shipment still being negotiated is a plan; goods left stranded are no trade; signals
recalled "despite" the outcome are none; a government that backs the measure, or a minister
who proposes it, signals it; an assembly that "agreed to the ratification" ratified; a lease
secured or approved prepares the site; a desalination plant's works "started" after its long
name, or crews "returned to the site", are construction; a plant named in Chinese by another
product (硫酸厂) is not the project's. Every name of a firm, an outlet or a person here is
made up; the countries and their institutions are real.
"""

from __future__ import annotations

from tests.unit.builders import entity_names, observe, only_question, stages
from watcher.model import Briefing, Polarity, Question, WatchItem
from watcher.questions import build_watchlist

D = Polarity.DONE


# --- building questions ---------------------------------------------------------------------


def _joined_body_question(body: str) -> Question:
    briefing = Briefing(
        title="Brazil and Vietnam sign a tax treaty",
        source="b",
        entities=("Brazil", "Vietnam", "Gecex-Camex"),
        body=body,
        watch_items=(
            WatchItem(
                "Whether Brazil's Gecex-Camex decides to lower the import duty on pepper from "
                "outside Mercosur, as Vietnam has asked.",
                1,
            ),
        ),
    )
    [q] = build_watchlist(briefing).questions
    return q


def test_a_body_written_as_two_joined_names_answers_to_each_part_its_briefing_uses() -> None:
    q = _joined_body_question(
        "Vietnam's request goes to Gecex, the executive committee of the foreign trade chamber "
        "(Camex), which meets monthly."
    )
    names = {n for e in q.entities for n in e.names}
    assert {"Gecex", "Camex"} <= names
    # a part the briefing never writes alone names nothing
    q = _joined_body_question("Vietnam's request goes to the trade committee next month.")
    assert not {"Gecex", "Camex"} & {n for e in q.entities for n in e.names}


def _blending_plant() -> Question:
    return only_question(
        "Panama and Morocco sign a fertiliser deal",
        "Whether Atlas Nutrients' blending plant at Puerto Armuelles moves from announcement to "
        "land, permits and construction.",
        entities=("Panama", "Morocco", "Atlas Nutrients"),
    )


def test_a_facility_at_a_port_town_answers_to_the_port() -> None:
    q = _blending_plant()
    assert "Puerto Armuelles" in {n for e in q.entities for n in e.names}


def test_who_presses_is_the_subject_not_the_countries_its_concern_is_about() -> None:
    q = only_question(
        "China and Zambia sign a mining deal",
        "Whether the European Union turns its quiet worry about Zambia's growing reliance on "
        "China into public criticism or concrete measures against Lusaka.",
    )
    assert entity_names(q) == ["European Union", "Zambia"]
    assert "China" in [e.name for e in q.context]


# --- names ----------------------------------------------------------------------------------


def test_santomense_names_sao_tome_and_principe() -> None:
    q = only_question(
        "São Tomé and Príncipe and Angola sign an investment treaty",
        "Whether the São Tomé and Príncipe–Angola investment protection agreement is approved "
        "by the National Assembly of São Tomé and Príncipe and by Angola and enters into force.",
    )
    # (in a third language, as a foreign agency writes: no side's own press, so the country
    # must be named, here by its people's word as the islands' press spells it)
    [o] = observe(
        q,
        "Santomense lawmakers approve investment pact with Angola",
        "en",
        "The National Assembly voted unanimously for the investment protection agreement with "
        "Angola.",
    )
    assert (o.stage, o.polarity, o.party) == ("ratified-partial", D, "São Tomé and Príncipe")


def _botswana_treaty() -> Question:
    return only_question(
        "China and Botswana sign an investment treaty",
        "Whether the China–Botswana investment protection agreement is ratified by Botswana's "
        "National Assembly and by China and enters into force.",
    )


def test_a_treaty_titles_two_governments_name_its_sides_not_two_acts() -> None:
    q = _botswana_treaty()
    [o] = observe(
        q,
        "博茨瓦纳国民议会批准中博投资协定",
        "zh-Hans",
        "博茨瓦纳国民议会10日表决同意批准博中两国政府关于相互促进和保护投资的协定。",
    )
    assert (o.stage, o.polarity, o.party) == ("ratified-partial", D, "Botswana")


# --- readings: ratification ----------------------------------------------------------------


def _peru_pact() -> Question:
    return only_question(
        "Peru and Egypt sign an investment agreement",
        "Whether the Peru–Egypt investment protection agreement is approved by Peru's Congress "
        "and Egypt's House of Representatives and enters into force.",
    )


def test_a_legislature_that_registers_the_pacts_remittance_has_it() -> None:
    found = observe(
        _peru_pact(),
        "Llega al Congreso el acuerdo con Egipto",
        "es",
        "La Oficina de Trámite Documentario del Congreso registró la remisión, por parte del "
        "Poder Ejecutivo, del acuerdo de protección de inversiones entre el Perú y Egipto.",
    )
    assert [(o.stage, o.polarity, o.score >= 0.9) for o in found] == [("submitted", D, True)]


def test_a_chamber_that_closes_its_countrys_procedure_ratified() -> None:
    q = only_question(
        "Chile and Egypt sign an investment agreement",
        "Whether the Chile–Egypt investment protection agreement is approved by Chile's National "
        "Congress and Egypt's House of Representatives and enters into force.",
    )
    [o] = observe(
        q,
        "Diputados despachan el acuerdo de inversiones con Egipto y cierran el trámite chileno",
        "es",
        "La Cámara de Diputados votó el acuerdo con Egipto, con lo que el Congreso completó la "
        "aprobación chilena del tratado.",
    )
    assert (o.stage, o.polarity, o.party) == ("ratified-partial", D, "Chile")


def test_a_vote_taken_off_the_agenda_approved_nothing() -> None:
    q = only_question(
        "Brazil and Vietnam sign a tax convention",
        "Whether the Brazil–Vietnam double taxation convention is approved by Brazil's National "
        "Congress, ratified by Vietnam and brought into force.",
    )
    found = observe(
        q,
        "Senado deixa para depois a convenção com o Vietnã",
        "pt",
        "A votação do decreto legislativo que aprova a convenção entre Brasil e Vietnã sobre "
        "dupla tributação foi retirada da pauta do plenário nesta terça-feira.",
    )
    assert all(o.polarity is not D for o in found)


def test_an_assembly_that_agreed_to_the_ratification_ratified() -> None:
    q = _botswana_treaty()
    found = observe(
        q,
        "Assembly backs China treaty",
        "en",
        "Botswana's National Assembly on Tuesday agreed to the ratification of the investment "
        "protection agreement with China by 40 votes to 12.",
    )
    assert ("ratified-partial", D) in stages(found)
    assert [o.party for o in found if o.score >= 0.9] == ["Botswana"]


# --- readings: markets, projects, decisions ------------------------------------------------


def _coffee_market() -> Question:
    return only_question(
        "Brazil and Vietnam open a coffee route",
        "Whether Brazilian green coffee reaches Vietnam under the new sanitary access, from a "
        "first container to regular volumes.",
    )


def test_a_first_shipment_still_being_negotiated_is_a_plan() -> None:
    found = observe(
        _coffee_market(),
        "Exportadores negociam primeiros lotes de café para Ho Chi Minh",
        "pt",
        "Tradings brasileiras dizem estar fechando contratos com torrefadoras vietnamitas.",
    )
    assert all(o.polarity is not D for o in found)


def test_goods_left_stranded_are_no_trade() -> None:
    found = observe(
        _coffee_market(),
        "Vietnam's halt on Brazilian coffee leaves cargo stranded",
        "en",
        "The suspension of Brazilian coffee imports by Vietnam has left about 40 containers "
        "stranded at Cat Lai, exporters said.",
    )
    assert "volumes-reported" not in [o.stage for o in found]


def test_a_lease_secured_or_approved_prepares_the_site() -> None:
    q = _blending_plant()
    [en] = observe(
        q,
        "Atlas Nutrients gets its port plot",
        "en",
        "Atlas Nutrients has secured a 25-year lease on a four-hectare plot at Puerto Armuelles "
        "for its blending plant.",
    )
    [es] = observe(
        q,
        "La autoridad portuaria arrienda terreno a Atlas Nutrients",
        "es",
        "La junta directiva de la autoridad portuaria aprobó un contrato de arrendamiento por "
        "25 años a favor de Atlas Nutrients para su planta de mezclas en Puerto Armuelles.",
    )
    assert (en.stage, en.polarity) == (es.stage, es.polarity) == ("preparing", D)


def _pepper_duty() -> Question:
    return _joined_body_question(
        "The request goes to Gecex, the executive committee of the trade chamber (Camex)."
    )


def test_signals_recalled_despite_the_outcome_are_none() -> None:
    found = observe(
        _pepper_duty(),
        "Brazil's trade committee skips the pepper duty",
        "en",
        "Brazil's Gecex-Camex met on Wednesday without voting on the pepper duty cut sought by "
        "Vietnam, despite earlier signals that it would.",
    )
    assert "signaled" not in [o.stage for o in found if o.polarity is D]


def test_a_government_that_backs_the_measure_signals_it() -> None:
    found = observe(
        _pepper_duty(),
        "Ministério apoia corte da tarifa da pimenta e leva proposta ao Gecex",
        "pt",
        "O ministro do Desenvolvimento disse que o governo apoia a redução da tarifa de "
        "importação de pimenta-do-reino para países de fora do Mercosul.",
    )
    assert ("signaled", D) in stages(found)


def test_a_minister_who_proposes_it_signals_the_decision() -> None:
    q = only_question(
        "Panama and Morocco sign a visa deal",
        "Whether Panama's government decides to open a resident embassy in Rabat.",
    )
    found = observe(
        q,
        "La canciller propone abrir una embajada en Rabat",
        "es",
        "La canciller informó a la comisión que el ministerio solicitó incluir en el presupuesto "
        "del próximo año la apertura de una embajada residente en Marruecos.",
    )
    assert ("signaled", D) in stages(found)


def test_the_briefings_news_of_another_trade_sets_no_decisions_baseline() -> None:
    briefing = Briefing(
        title="Brazil and Vietnam sign a tax treaty",
        source="b",
        entities=("Brazil", "Vietnam", "Gecex-Camex"),
        body="Vietnam's veterinary department approved the import conditions for frozen pork from "
        "Brazil the same day. Hanoi also wants Brazil to cut "
        "its import tariff on pepper; the request sits with Gecex, which has not met on it.",
        watch_items=(
            WatchItem(
                "Whether Brazil's Gecex-Camex decides to cut the import tariff on pepper from "
                "outside Mercosur, as Vietnam has asked.",
                1,
            ),
        ),
    )
    [q] = build_watchlist(briefing).questions
    assert q.baseline == "open"


def _desalination_plant() -> Question:
    return only_question(
        "China and Namibia sign a water deal",
        "Whether the Chinese-built seawater desalination plant near Swakopmund moves from its "
        "framework agreement to construction and operation.",
    )


def test_works_started_after_the_plants_long_name_are_construction() -> None:
    found = observe(
        _desalination_plant(),
        "Desalination works under way",
        "en",
        "Construction of the Chinese-built seawater desalination plant outside Swakopmund "
        "started on Monday with the pump station's foundations.",
    )
    assert ("construction", D) in [(o.stage, o.polarity) for o in found if o.score >= 0.9]


def test_crews_back_at_the_site_resume_construction() -> None:
    found = observe(
        _desalination_plant(),
        "Swakopmund works restart",
        "en",
        "Crews went back to the Chinese-built desalination site near Swakopmund on Monday after "
        "the ministry settled the contractor's unpaid invoices.",
    )
    assert ("construction", D) in [(o.stage, o.polarity) for o in found if o.score >= 0.9]


def test_a_plant_named_in_chinese_by_another_product_is_another_plant() -> None:
    found = observe(
        _desalination_plant(),
        "中资企业承建的纳米比亚硫酸厂投产",
        "zh-Hans",
        "由中资企业承建的纳米比亚铜矿配套硫酸厂20日正式投产，年产硫酸40万吨。",
    )
    assert found == []
    # ... while the project's own kind of plant, in the same words, is the project
    [own] = observe(
        _desalination_plant(),
        "中资企业承建的纳米比亚海水淡化厂投产",
        "zh-Hans",
        "由中资企业承建的纳米比亚海水淡化厂20日正式投产，日产淡水2万立方米。",
    )
    assert (own.stage, own.polarity) == ("operational", D)
