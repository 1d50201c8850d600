"""Seventieth and seventy-first-round readings.

Import: an instrument's title written after its word ("the Agreement on Cooperation and
Facilitation of Investments") names no firm; a firm written as an owner keeps its name though
one of its words is a topic ("Caju Balanta's cashew kernels"), and so does a firm named by its
own word and a commodity in the plural ("Marrakchi Phosphates", which the news calls
"Marrakchi"); a body a country owns, named by one word and then said what it is ("Peru's
Mincetur, the ministry of ..."), is the decider and answers to the country's names, the
country's own name too where a demonym is spelt the same ("argentina"); a port named only in
the ladder the item spells out ("from a first ship out of Barra do Riacho") is where the
goods leave, not the trade; a "grant agreement" is no act of granting, and "construction and
operation" are a built thing's stages; those who ask for a decision may take several words;
the IMF presses as a bloc does.
Readings: a lifted anti-dumping measure and a levy done away with are the decisions asked
for; relief on a duty signalled, a cut to be put to the committee, are signals; duties cut
on other goods, the question's goods put off past a "but", are no decision of it; a column's
talk of a plan is no announcement; "completing Viet Nam's domestic procedures" is Viet Nam's
act; "retomó la obra" is the restart; the first container recalled as where a run began, a
contract for the first batch, a start-up date put back are none of their stages; live cattle
by the head ("boi vivo") is beef's trade; a first container sent to another country is not
this market's; a committee named by its acronym is a committee, though its name sits in
brackets; a lender's programme tied to another loan is concrete pressure. Every name of a
firm, an outlet or a person here is made up; the countries and their institutions are real.
"""

from __future__ import annotations

from tests.unit.builders import done_stages, entity_names, observe, only_question, questions_of
from watcher.ladders import choose_kind
from watcher.model import Polarity, Question

D = Polarity.DONE


# --- import: names ------------------------------------------------------------------------------


def test_an_instruments_title_after_its_word_names_no_firm() -> None:
    q = only_question(
        "Peru and Malaysia sign an investment pact",
        "Whether the Peru–Malaysia Agreement on Cooperation and Facilitation of Investments is "
        "approved by Peru's Congress, ratified by Malaysia and brought into force.",
    )
    assert entity_names(q) == ["Peru", "Malaysia"]


def test_a_firm_written_as_an_owner_keeps_its_name_though_one_word_is_a_topic() -> None:
    q = only_question(
        "Guinea-Bissau and Korea open a cashew route",
        "Whether Caju Balanta's cashew kernels start reaching Korea under its supply contract, "
        "from a first container to regular monthly volumes.",
    )
    assert entity_names(q)[0] == "Caju Balanta"


def test_a_firm_named_by_its_own_word_and_a_commodity_answers_to_that_word() -> None:
    q = only_question(
        "Morocco and Peru agree on a fertiliser terminal",
        "Whether Marrakchi Phosphates builds the fertilizer terminal it announced in Ilo, from "
        "permits to construction and operation.",
    )
    [firm] = q.entities
    assert firm.name == "Marrakchi Phosphates"
    assert "Marrakchi" in firm.aliases


def test_a_body_named_by_one_word_and_then_said_what_it_is_decides() -> None:
    q = only_question(
        "Peru and Indonesia discuss palm oil",
        "Whether Peru's Mincetur, the ministry of foreign trade and tourism, decides to cut the "
        "import tariff on crude palm oil, as Indonesia asked.",
    )
    [body] = q.entities
    assert body.name == "Mincetur"
    assert "Peru" in body.aliases


def test_a_ministrys_country_keeps_its_own_name_though_a_demonym_is_spelt_the_same() -> None:
    q = only_question(
        "Argentina and Thailand talk trade",
        "Whether Argentina's Ministry of Economy lifts the anti-dumping measures on Thai "
        "bicycle tyres that Bangkok asked it to drop.",
    )
    assert "Argentina" in q.entities[0].aliases


def test_a_port_named_only_in_the_ladder_is_where_the_goods_leave_not_the_trade() -> None:
    q = only_question(
        "Brazil and Indonesia open a cattle route",
        "Whether Brazilian live cattle exports to Indonesia under the new health certificate get "
        "going, from a first ship out of Barra do Riacho (Espírito Santo) to regular volumes.",
    )
    assert entity_names(q) == ["Brazil", "Indonesia"]


def test_those_who_ask_for_a_decision_may_take_several_words() -> None:
    q = only_question(
        "China and Gambia talk groundnuts",
        "Whether Gambia's government abolishes the export duty on shelled groundnuts that "
        "Chinese buyers and Chinese trade officials have asked it to lift.",
    )
    assert entity_names(q) == ["Gambia"]


def test_the_imf_presses_as_a_bloc_does() -> None:
    q = only_question(
        "Zambia borrows from China for a railway",
        "Whether the IMF turns its concerns over the China Eximbank loan for the Chipata "
        "railway into pressure on Zambia, from public warnings to conditions on its programme.",
    )
    assert entity_names(q)[0] == "International Monetary Fund"
    assert "IMF" in q.entities[0].aliases


# --- import: kinds ------------------------------------------------------------------------------


def test_a_grant_agreement_is_no_act_of_granting_and_operation_is_a_stage() -> None:
    item = (
        "Whether the Korea-funded fish-landing complex at the Cacheu fishing port moves from the "
        "exchange of notes to a signed grant agreement, construction and operation."
    )
    assert choose_kind(item) == "project"


# --- readings: decisions ------------------------------------------------------------------------


def _tyres() -> Question:
    return only_question(
        "Argentina and Thailand talk trade",
        "Whether Argentina's Ministry of Economy lifts the anti-dumping measures on Thai "
        "bicycle tyres that Bangkok asked it to drop.",
    )


def test_anti_dumping_measures_taken_off_are_the_decision_asked_for() -> None:
    es = observe(
        _tyres(),
        "Argentina eliminó el antidumping a los neumáticos de bicicleta tailandeses",
        "es",
    )
    assert done_stages(es) == ["done"]
    en = observe(_tyres(), "Argentina scraps its anti-dumping duties on Thai bicycle tyres", "en")
    assert done_stages(en) == ["done"]


def test_anti_dumping_measures_to_be_taken_off_are_a_signal() -> None:
    found = observe(
        _tyres(),
        "Argentina se dispone a eliminar las medidas antidumping sobre los neumáticos tailandeses",
        "es",
    )
    assert done_stages(found) == ["signaled"]


def _groundnuts() -> Question:
    return only_question(
        "China and Gambia talk groundnuts",
        "Whether Gambia's government abolishes the export duty on shelled groundnuts that "
        "Chinese buyers and Chinese trade officials have asked it to lift.",
    )


def test_a_levy_done_away_with_needs_no_figure() -> None:
    done = observe(
        _groundnuts(),
        "Gambia abolishes groundnut export duty before the trade season",
        "en",
        "Gambia's cabinet adopted a decree abolishing the export duty on shelled groundnuts.",
    )
    assert done_stages(done) == ["done"]
    signaled = observe(_groundnuts(), "Gambia will scrap its groundnut export duty", "en")
    assert done_stages(signaled) == ["signaled"]


def test_a_column_on_the_plan_is_no_announcement() -> None:
    found = observe(
        _groundnuts(),
        "Opinion: Gambia's plan to abolish the groundnut export duty would idle our mills",
        "en",
    )
    assert found and done_stages(found) == []


def _palm_oil() -> Question:
    return only_question(
        "Brazil and Indonesia talk palm oil",
        "Whether Brazil's Gecex, the executive committee of the foreign trade chamber Camex, "
        "decides to cut the import tariff on crude palm oil, as Indonesia asked.",
    )


def test_relief_on_a_duty_signalled_is_a_signal() -> None:
    en = observe(
        _palm_oil(),
        "Brazil signals duty relief for crude palm oil",
        "en",
        "Brazil's trade ministry will back a duty-free import quota for crude palm oil.",
    )
    assert done_stages(en) == ["signaled"]
    pt = observe(
        _palm_oil(),
        "Ministério vai propor ao Gecex cota com tarifa zero para óleo de palma bruto",
        "pt",
    )
    assert done_stages(pt) == ["signaled"]


def test_duties_cut_on_other_goods_with_the_questions_put_off_are_no_decision() -> None:
    found = observe(
        _palm_oil(),
        "Gecex zera tarifa de 12 insumos industriais, mas óleo de palma fica para depois",
        "pt",
    )
    assert found and done_stages(found) == []


def test_duties_cut_on_the_questions_own_goods_are_still_the_decision() -> None:
    # (the guard: no contrast between the cut and the goods)
    found = observe(_palm_oil(), "Gecex zera tarifa de importação do óleo de palma bruto", "pt")
    assert done_stages(found) == ["done"]


# --- readings: ratification ---------------------------------------------------------------------


def test_completing_a_named_countrys_domestic_procedures_is_that_countrys_act() -> None:
    q = only_question(
        "Argentina and Vietnam sign an investment treaty",
        "Whether the Argentina–Vietnam investment protection agreement is approved by "
        "Argentina's Congress and by Vietnam and enters into force.",
    )
    found = observe(
        q,
        "Government approves investment protection agreement with Argentina",
        "en",
        "The Prime Minister signed a decision approving the Viet Nam–Argentina investment "
        "protection agreement, completing Viet Nam's domestic procedures for the treaty.",
    )
    assert {(o.stage, o.party) for o in found if o.polarity is D} == {
        ("ratified-partial", "Vietnam")
    }


def _brazil_treaty() -> Question:
    return only_question(
        "Brazil and Thailand sign an investment pact",
        "Whether the Brazil–Thailand investment facilitation agreement is approved by Brazil's "
        "National Congress, ratified by Thailand and brought into force.",
    )


def test_a_committee_named_by_its_acronym_is_a_committee() -> None:
    found = observe(
        _brazil_treaty(),
        "CRE do Senado aprova acordo de investimentos com a Tailândia",
        "pt",
    )
    assert found and done_stages(found) == []


def test_a_short_aside_in_brackets_leaves_the_clause_whole() -> None:
    found = observe(
        _brazil_treaty(),
        "Senado analisa acordo com a Tailândia",
        "pt",
        "A Comissão de Relações Exteriores e Defesa Nacional (CRE) do Senado aprovou nesta "
        "quarta-feira (14) o acordo de investimentos com a Tailândia, e a votação em plenário "
        "foi marcada para o dia 20.",
    )
    assert found and done_stages(found) == []


# --- readings: projects -------------------------------------------------------------------------


def _lithium_plant() -> Question:
    return only_question(
        "Argentina and Korea agree on lithium",
        "Whether Hanbit Materials' lithium carbonate plant at the Salar de Olaroz in Jujuy moves "
        "from announcement to permits, construction and operation.",
    )


def test_work_taken_up_again_on_the_site_is_construction() -> None:
    found = observe(_lithium_plant(), "Hanbit retomó la obra de la planta de litio en Olaroz", "es")
    assert done_stages(found) == ["construction"]


def test_a_start_up_date_put_back_is_no_start_up() -> None:
    q = only_question(
        "China and Togo agree on a cashew plant",
        "Whether Huaxin Agro Group's cashew processing plant in Kara moves from its memorandum "
        "to land, permits and construction, and comes on stream.",
    )
    found = observe(q, "华信农业：卡拉腰果项目已复工 投产推迟", "zh-Hans")
    assert found and "operational" not in done_stages(found)


# --- readings: markets --------------------------------------------------------------------------


def _mangoes() -> Question:
    return only_question(
        "China and Gambia open a mango route",
        "Whether Gambian fresh mangoes start reaching China under the new protocol, from a "
        "first shipment to regular volumes.",
    )


def test_a_contract_for_the_first_batch_is_no_shipment() -> None:
    found = observe(
        _mangoes(),
        "冈比亚芒果输华在即",
        "zh-Hans",
        "广州一家进口商已与冈比亚出口商签下首批芒果采购合同，货物预计下月装船。",
    )
    assert found and done_stages(found) == []


def test_the_first_cargo_sent_to_china_is_the_first_shipment_not_volumes() -> None:
    found = observe(
        _mangoes(),
        "冈比亚芒果首次发运中国",
        "zh-Hans",
        "满载约40吨芒果的两个冷藏集装箱从班珠尔港启航驶往广州，这是冈比亚芒果首次对华出口。",
    )
    assert done_stages(found) == ["first-shipment"]


def test_the_first_container_recalled_as_a_runs_start_is_no_first_shipment() -> None:
    found = observe(
        _mangoes(),
        "冈比亚芒果输华本季已发运40柜",
        "zh-Hans",
        "自6月首柜启运以来，冈比亚已累计向中国发运芒果40个货柜。",
    )
    assert done_stages(found) == ["volumes-reported"]


def test_a_first_container_sent_to_another_country_is_not_this_markets() -> None:
    q = only_question(
        "Argentina and Korea open a lemon route",
        "Whether fresh Argentine lemons start reaching Korea under the new protocol, from a "
        "first shipment to regular volumes.",
    )
    other = observe(
        q,
        "Salió el primer contenedor de limones argentinos hacia Filipinas",
        "es",
        "Corea, habilitada en marzo, todavía no recibió limones argentinos.",
    )
    assert other and done_stages(other) == []
    # (the guard: the same first container sent to the question's own market)
    own = observe(q, "Salió el primer contenedor de limones argentinos hacia Corea del Sur", "es")
    assert done_stages(own) == ["first-shipment"]


def _cattle() -> Question:
    return only_question(
        "Brazil and Indonesia open a cattle route",
        "Whether Brazilian live cattle exports to Indonesia under the new health certificate get "
        "going, from a first ship out of Barra do Riacho (Espírito Santo) to regular volumes.",
    )


def test_live_cattle_by_the_head_is_the_beef_trade() -> None:
    found = observe(
        _cattle(),
        "Primeiro navio com boi vivo para a Indonésia zarpa do Espírito Santo",
        "pt",
        "O navio deixou o porto com 5 mil cabeças de gado, no primeiro embarque do Brasil para a "
        "Indonésia.",
    )
    assert done_stages(found) == ["first-shipment"]


def test_exports_standing_suspended_are_a_suspension() -> None:
    found = observe(
        _cattle(),
        "Indonésia trava boi vivo brasileiro",
        "pt",
        "As exportações de boi vivo do Brasil para a Indonésia estão suspensas desde ontem.",
    )
    assert done_stages(found) == ["suspended"]


# --- readings: pressure -------------------------------------------------------------------------


def test_a_lenders_programme_tied_to_another_loan_is_concrete_pressure() -> None:
    [q] = questions_of(
        "Zambia borrows from China for a railway",
        "Whether the IMF turns its concerns over the China Eximbank loan for the Chipata "
        "railway into pressure on Zambia, from public warnings to conditions on its programme.",
    )
    found = observe(
        q,
        "IMF mission ends without deal, ties Zambia programme to review of China rail loan",
        "en",
    )
    assert done_stages(found) == ["concrete"]


def test_a_port_in_a_ladder_inside_the_instruments_clause_is_still_no_matter() -> None:
    # (the instrument's clause and the ladder overlap when no comma parts them)
    q = only_question(
        "Brazil and Indonesia open a cattle route",
        "Whether Brazilian live cattle exports to Indonesia under the new health certificate "
        "go from a first ship out of Barra do Riacho to regular volumes.",
    )
    assert entity_names(q) == ["Brazil", "Indonesia"]


def test_a_battery_maker_kept_as_a_name_is_still_read_in_chinese_news() -> None:
    # (the guard: the owner's name is required now, so it must answer to its own word, which
    # Chinese news writes in characters)
    q = only_question(
        "A battery plant in Germany",
        "Will Jinhai Battery's cell plant in Saxony, Germany, be completed?",
    )
    assert entity_names(q) == ["Jinhai Battery"]
    found = observe(
        q,
        "金海电池否认德国工厂停建传闻",
        "zh-Hans",
        "金海电池周一发表声明称，其位于德国的电池工厂建设进展正常。",
    )
    assert found and done_stages(found) == []
