"""Sixty-eighth and sixty-ninth-round readings.

Parties: "approved by X's parliament, completes Y's domestic procedures" names two parties;
"o acordo ... com as Filipinas" names the pact's other side, not the one that acted; a
cabinet's approval of a budget for a sibling's embassy is not the treaty's approval.
Names: "中马避免双重征税协定" pairs China with Madagascar (a tax treaty's own name after the pair);
"Mindelo's Porto Grande" is a port of its own, a place the news names without Mindelo; a firm's
plant "in Vietnam's Dong Nai province, its third outside Thailand" is not in Thailand; the
port's cruise terminal is not its cold-storage terminal.
Readings: a long gap's articles and prepositions are no steps ("las obras de la planta de ...
se reanudaron"), nor is the week after a verb ("regressaram esta semana ao estaleiro"); a visa
item said "without a visa" is a waiver's topic; a waiver taking effect is done; a listing
announced is signaled; cargoes counted in words are volumes; "在停工后重新开工" is the restart;
"está em obras" is construction; the Senate's concurrence is its approval.
Vetoes: others pressing the government, a plan "to let visitors enter without a visa", a study
promised (将研究) are no decision. The baseline: a protocol "that opens the Thai market" says
nothing of a decision "to open an embassy". Every name of a firm, an outlet or a person here is
made up; the countries and their institutions are real.
"""

from __future__ import annotations

from tests.unit.builders import done_stages, entity_names, observe, only_question, questions_of
from watcher.judge.lexicon import compile_pattern
from watcher.judge.text import fold
from watcher.model import Briefing, Polarity, Question, WatchItem
from watcher.questions import build_watchlist

D = Polarity.DONE


# --- parties --------------------------------------------------------------------------------


def _tax_treaty() -> Question:
    return only_question(
        "China and Madagascar sign a tax treaty",
        "Whether the China–Madagascar double taxation agreement is approved by Madagascar's "
        "parliament, completes China's domestic procedures and enters into force.",
    )


def test_completing_the_other_states_own_procedures_names_a_second_party() -> None:
    assert [p.name for p in _tax_treaty().parties] == ["China", "Madagascar"]
    cleared = only_question(
        "China and Rwanda sign a partnership agreement",
        "Whether the China–Rwanda economic partnership agreement is approved by Rwanda's "
        "parliament, clears China's domestic procedures and enters into force.",
    )
    assert [p.name for p in cleared.parties] == ["China", "Rwanda"]


def test_one_parliaments_approval_is_one_party_of_two() -> None:
    found = observe(
        _tax_treaty(),
        "Madagascar's parliament approves tax treaty with China",
        "en",
        "Madagascar's National Assembly voted on Thursday to authorise ratification of the "
        "double taxation agreement with China.",
    )
    assert {(o.stage, o.party) for o in found if o.polarity is D} == {
        ("ratified-partial", "Madagascar")
    }


def test_the_pair_zhong_ma_before_a_tax_treatys_name_is_the_questions_pair() -> None:
    found = observe(
        _tax_treaty(),
        "中方完成中马税收协定生效所需国内法律程序",
        "zh-Hans",
        "国家税务总局宣布，中方已完成中马避免双重征税协定生效所需的国内法律程序。",
    )
    assert {(o.stage, o.party) for o in found if o.polarity is D} == {("ratified-partial", "China")}


def test_the_pacts_other_side_after_com_as_is_not_the_actor() -> None:
    q = only_question(
        "Angola and the Philippines sign an investment agreement",
        "Whether the Angola–Philippines investment protection agreement is approved by Angola's "
        "National Assembly and concurred in by the Philippine Senate, and then enters into force.",
    )
    found = observe(
        q,
        "Parlamento dá mais um passo no acordo de investimentos",
        "pt",
        "O plenário da Assembleia Nacional aprovou hoje a resolução que ratifica o acordo de "
        "protecção recíproca de investimentos com as Filipinas.",
    )
    assert {(o.stage, o.party) for o in found if o.polarity is D} == {
        ("ratified-partial", "Angola")
    }
    concurred = observe(
        q,
        "Senate concurs in Philippines-Angola investment treaty",
        "en",
        "The Senate on Wednesday concurred in the ratification of the investment agreement "
        "with Angola.",
    )
    assert {(o.stage, o.party) for o in concurred if o.polarity is D} == {
        ("ratified-partial", "Philippines")
    }


def test_an_approval_in_a_siblings_own_words_is_not_the_treatys() -> None:
    items = questions_of(
        "Japan and Cabo Verde sign a fisheries agreement",
        "Whether the Cabo Verde–Japan fisheries agreement is approved by Cabo Verde's National "
        "Assembly and Japan's Diet and enters into force.",
        "Whether Japan decides to open a resident embassy in Praia.",
    )
    treaty, embassy = items
    found = observe(
        items,
        "Cabinet approves budget with new embassy in Cabo Verde",
        "en",
        "Japan's cabinet approved on Friday a budget draft that funds a new embassy in Praia, "
        "settling the decision to open a resident mission in Cabo Verde.",
    )
    assert {o.question_id for o in found} == {embassy.id}
    own = observe(
        items, "Japan's Diet approves Cabo Verde fisheries agreement, ahead of new embassy", "en"
    )
    assert treaty.id in {o.question_id for o in own}
    # (an instrument named by its kind is the treaty's news, whatever else the sentence says)
    pact = observe(items, "Japan's Diet approves Cabo Verde pact as new embassy is planned", "en")
    assert treaty.id in {o.question_id for o in pact}


# --- names and places -----------------------------------------------------------------------


def _cold_store() -> Question:
    return only_question(
        "Japan funds a fishing terminal in Cabo Verde",
        "Whether the Japanese-funded cold-storage and fish-landing terminal at Mindelo's Porto "
        "Grande moves from announcement through preparation to construction.",
        body="Tokyo pledged a grant to build a cold-storage terminal at Porto Grande in Mindelo.",
    )


def test_a_port_named_after_its_towns_possessive_is_a_name_of_its_own() -> None:
    q = _cold_store()
    assert "Porto Grande" in {a for e in q.entities for a in (e.name, *e.aliases)}
    found = observe(
        q,
        "Começam as obras do terminal de frio do Porto Grande",
        "pt",
        "O primeiro-ministro e o embaixador do Japão lançaram hoje a primeira pedra do terminal "
        "de frio e desembarque do Porto Grande.",
    )
    assert "construction" in done_stages(found)


def test_a_terminal_for_another_trade_at_the_same_port_is_a_neighbour() -> None:
    cruise = observe(
        _cold_store(),
        "Obras do novo terminal de cruzeiros do Porto Grande voltam a parar",
        "pt",
    )
    assert cruise == []
    english = observe(_cold_store(), "Works halt at Porto Grande cruise terminal", "en")
    assert english == []
    own = observe(
        _cold_store(), "A empreitada do terminal de frio do Porto Grande está parada", "pt"
    )
    assert "stalled" in done_stages(own)


def test_the_port_word_alone_before_a_body_is_still_no_name() -> None:
    q = only_question(
        "Japan funds a fishing terminal",
        "Whether the Port Authority's cold-storage terminal moves to construction.",
    )
    assert "Port Authority" not in entity_names(q)


def _soy_plant() -> Question:
    return only_question(
        "Paraguay and Thailand sign a tax treaty",
        "Whether Ping Chao Agri Group's soybean crushing plant in Villeta moves from "
        "announcement through permits and construction to operation.",
        entities=("Ping Chao Agri Group", "Paraguay", "Thailand"),
    )


def test_a_firms_plant_outside_its_home_country_is_not_the_tracked_one() -> None:
    found = observe(
        _soy_plant(),
        "Ping Chao Agri breaks ground on feed mill",
        "en",
        "Ping Chao Agri Group started building a feed mill in Vietnam's Dong Nai province, "
        "its third plant outside Thailand.",
    )
    assert found == []


def test_the_home_country_named_as_a_place_still_keeps_the_report() -> None:
    found = observe(
        _soy_plant(),
        "Ping Chao Agri breaks ground in Villeta",
        "en",
        "Ping Chao Agri Group started building its soybean crushing plant in Villeta, after "
        "plants in Thailand and in Vietnam's Dong Nai province.",
    )
    assert "construction" in done_stages(found)


# --- readings -------------------------------------------------------------------------------


def test_a_long_gaps_articles_and_prepositions_are_no_steps() -> None:
    pattern = compile_pattern("obras .... se reanudaron")
    assert pattern.search(
        fold(
            "las obras de la planta de molienda de soja de ping chao agri en villeta se "
            "reanudaron este martes"
        )
    )
    # (thirteen words that are not articles nor prepositions are still too many)
    assert not pattern.search(
        fold("obras alfa beta gama delta zeta eta theta iota kappa lambda mu nu xi se reanudaron")
    )
    # (the short gap counts them as before: "aprovou na reunião de hoje a proposta de
    # resolução para a ratificação do tratado" is no approval of the treaty)
    short = compile_pattern("aprovou ... tratado")
    assert not short.search(
        fold("aprovou na reuniao de hoje a proposta de resolucao para a ratificacao do tratado")
    )


def test_works_resumed_after_a_long_name_are_construction() -> None:
    found = observe(
        _soy_plant(),
        "Se levanta la medida cautelar en Villeta",
        "es",
        "Las obras de la planta de molienda de soja de Ping Chao Agri en Villeta se reanudaron "
        "este martes, después de que el tribunal revocara la suspensión.",
    )
    assert "construction" in done_stages(found)


def test_the_week_said_after_the_verb_is_no_word_of_the_gap() -> None:
    found = observe(
        _cold_store(),
        "Obras do terminal do Porto Grande de volta",
        "pt",
        "Os trabalhadores regressaram esta semana ao estaleiro do terminal de frio do Porto "
        "Grande, depois de um acordo de financiamento.",
    )
    assert "construction" in done_stages(found)


def _visa_free() -> Question:
    return only_question(
        "China and Madagascar sign a tax treaty",
        "Whether Madagascar decides to let Chinese citizens enter the country without a visa.",
    )


def test_a_visa_item_said_without_a_visa_reads_the_waivers_words() -> None:
    found = observe(_visa_free(), "Madagascar to waive visas for Chinese nationals", "en")
    assert ("signaled", D) in [(o.stage, o.polarity) for o in found]


def test_a_waiver_taking_effect_is_the_decisiondone_stages() -> None:
    entered = observe(
        _visa_free(),
        "Chinese visitors enter visa-free as Madagascar's waiver takes effect",
        "en",
    )
    assert "done" in done_stages(entered)
    in_force = observe(
        _visa_free(),
        "Madagascar's visa rules change for Chinese travellers",
        "en",
        "A decree exempting Chinese ordinary passport holders for stays of up to 30 days came "
        "into force on Monday in Madagascar.",
    )
    assert "done" in done_stages(in_force)
    chinese = observe(_visa_free(), "今起中国公民赴马达加斯加可享30天免签", "zh-Hans")
    assert "done" in done_stages(chinese)


def test_a_plan_to_let_visitors_enter_without_a_visa_is_no_decisiondone_stages() -> None:
    found = observe(
        _visa_free(),
        "Cabinet leaning towards visa-free entry for Chinese tourists",
        "en",
        "The tourism minister told parliament that cabinet is inclined to let Chinese visitors "
        "enter Madagascar without a visa.",
    )
    assert "done" not in done_stages(found)
    assert "signaled" in done_stages(found)


def test_others_pressing_the_government_to_drop_visas_is_no_signal() -> None:
    found = observe(
        _visa_free(),
        "Tour operators press government to drop visas for Chinese visitors in Madagascar",
        "en",
    )
    assert "signaled" not in done_stages(found)


def test_a_study_promised_in_chinese_is_no_signal() -> None:
    found = observe(_visa_free(), "马达加斯加称将研究对中国游客免签", "zh-Hans")
    assert "signaled" not in done_stages(found)


def _evisa() -> Question:
    return only_question(
        "Guatemala and Egypt sign an investment agreement",
        "Whether Egypt adds Guatemala to the list of countries whose citizens can obtain an "
        "electronic visa.",
    )


def test_a_listing_announced_by_the_decider_is_signaled() -> None:
    english = observe(
        _evisa(),
        "Egypt eyes e-visa for Guatemalans",
        "en",
        "Egypt will add Guatemala to the list of countries eligible for its electronic visa in "
        "the coming months, the tourism minister said.",
    )
    assert "signaled" in done_stages(english)
    spanish = observe(
        _evisa(), "Egipto anuncia que incluirá a Guatemala en su visa electrónica", "es"
    )
    assert "signaled" in done_stages(spanish)


def _lng() -> Question:
    return only_question(
        "Angola and the Philippines sign an investment agreement",
        "Whether Angolan LNG starts reaching the Philippines under the supply contract, from a "
        "first cargo to regular deliveries.",
    )


def test_cargoes_counted_in_words_are_volumes() -> None:
    found = observe(
        _lng(),
        "Angola já entregou cinco cargas de GNL às Filipinas",
        "pt",
    )
    assert "volumes-reported" in done_stages(found)
    english = observe(_lng(), "Angola has delivered five LNG cargoes to the Philippines", "en")
    assert "volumes-reported" in done_stages(english)


def _smelter() -> Question:
    return only_question(
        "China and Rwanda sign a partnership agreement",
        "Whether Jiangyuan Metals' tin smelter in the Bugesera Special Economic Zone moves from "
        "announcement through preparation and construction to operation.",
        entities=("Jiangyuan Metals", "Rwanda", "China"),
    )


def test_a_restart_told_after_the_halt_is_construction() -> None:
    found = observe(_smelter(), "江源金属卢旺达锡冶炼项目在停工后重新开工", "zh-Hans")
    assert done_stages(found) == ["construction"]


def test_a_facility_in_its_works_is_under_construction() -> None:
    found = observe(
        _cold_store(),
        "Um ano depois, o balanço",
        "pt",
        "O terminal de frio do Porto Grande está em obras.",
    )
    assert "construction" in done_stages(found)


# --- the baseline ---------------------------------------------------------------------------


def test_a_protocol_that_opens_a_market_sets_no_embassy_decisions_baseline() -> None:
    briefing = Briefing(
        title="Paraguay and Thailand sign a tax treaty",
        source="b",
        entities=("Paraguay", "Thailand"),
        body="The two animal health services signed a sanitary protocol that opens the Thai "
        "market to Paraguayan beef. Paraguay has no mission in Thailand.",
        watch_items=(
            WatchItem(
                "Whether the Paraguayan government decides to open a resident embassy in Bangkok.",
                1,
            ),
        ),
    )
    [q] = build_watchlist(briefing).questions
    assert q.baseline == "open"
