"""Thirty-first and thirty-second-round readings.

A yes in principle signals a decision, whatever its verb ("decided, in principle, to award"),
and a decision still missing its decree is not done. A trade-remedy case is read in its own
words: a duty applied (one duty or several) decides it, a duty recommended or a preliminary
finding of dumping signals it, though such a sentence names no duty. One chamber's vote with
the other still to come ("segue para o Senado", "whose approval is still needed") is not the
country's ratification. A Chinese clause that names the first batch hands its subject on to
the next clause, which may date it ahead; notes exchanged for entry into force are not the
entry into force. Another plant in the same town is a neighbour when it makes something else
(lithium hydroxide beside cathodes, drinking water beside desalination, garments beside
yarn); survey crews on site prepare it. A romanized name with a hyphen ("Kai-Ming") is found
in Chinese. Every name of a firm, a body or a person here is made up; the countries are real.
"""

from __future__ import annotations

from tests.unit.builders import observe, only_question, stages
from watcher.model import Briefing, Polarity, WatchItem
from watcher.questions import build_watchlist

D, PLAN = Polarity.DONE, Polarity.INTENT


def test_a_decision_in_principle_is_a_signal_whatever_its_verb() -> None:
    concession = only_question(
        "Angola and South Korea sign a mining memorandum",
        "Whether Angola's Executive grants the Soryeon-led consortium the mining concession for "
        "the Cazage zinc deposit.",
        entities=("Angola", "South Korea", "Soryeon Minerals"),
    )
    for title, lead, lang in (
        ("Cabinet approves Cazage concession for Soryeon in principle", "", "en"),
        (
            "Ministro: Cazage deve ir para a Soryeon",
            "O ministro disse que o Executivo decidiu, em princípio, atribuir a concessão de "
            "Cazage ao consórcio da Soryeon Minerals.",
            "pt",
        ),
    ):
        found = stages(observe(concession, title, lang, lead))
        assert ("done", D) not in found, title
        assert ("signaled", D) in found, title


def test_a_decision_still_missing_its_decree_is_not_done() -> None:
    concession = only_question(
        "Angola and South Korea sign a mining memorandum",
        "Whether Angola's Executive grants the Soryeon-led consortium the mining concession for "
        "the Cazage zinc deposit.",
        entities=("Angola", "South Korea", "Soryeon Minerals"),
    )
    found = observe(
        concession,
        "Executivo aprova concessão de Cazage à Soryeon, faltando apenas o decreto presidencial",
        "pt",
    )
    assert ("done", D) not in stages(found)


def _tuna_case() -> object:
    return only_question(
        "Brazil and Morocco sign an investment pact",
        "Whether Brazil's Gecex imposes antidumping duties on canned tuna imported from Morocco.",
        entities=("Brazil", "Morocco", "Gecex", "Secex"),
    )


def test_one_duty_applied_decides_a_trade_remedy_case() -> None:
    found = observe(
        _tuna_case(),
        "Gecex aplica direito antidumping de 22% ao atum em lata do Marrocos",
        "pt",
    )
    assert ("done", D) in stages(found)


def test_a_preliminary_finding_of_dumping_signals_though_it_names_no_duty() -> None:
    found = observe(
        _tuna_case(),
        "Secex conclui determinação preliminar positiva de dumping nas conservas do Marrocos e "
        "remete o caso ao Gecex",
        "pt",
    )
    assert ("signaled", D) in stages(found)


def test_one_duty_recommended_signals_in_spanish() -> None:
    case = only_question(
        "Chile and Vietnam upgrade their trade pact",
        "Whether Chile ends its dumping case on Vietnamese steel wire with definitive duties, or "
        "closes it without any.",
    )
    found = observe(
        case,
        "Comisión recomienda un derecho antidumping de 12% al alambre de acero de Vietnam",
        "es",
    )
    assert ("signaled", D) in stages(found)
    assert ("done", D) not in stages(found)


def test_a_chamber_vote_with_the_other_still_to_come_is_not_the_countrys() -> None:
    pact = only_question(
        "Brazil and Morocco sign an investment pact",
        "Whether the Brazil–Morocco investment agreement clears both countries' ratification "
        "procedures and enters into force.",
    )
    found = observe(
        pact,
        "Câmara aprova acordo de investimentos com o Marrocos",
        "pt",
        "O plenário da Câmara aprovou o acordo de investimentos com o Marrocos; o texto segue "
        "agora para o Senado.",
    )
    assert not [s for s in stages(found) if s[0] and s[0].startswith("ratified") and s[1] is D]
    assert ("ratified-partial", PLAN) in stages(found)


def test_whose_approval_is_still_needed_awaits_the_other_chamber() -> None:
    pact = only_question(
        "Taiwan and Eswatini sign an investment agreement",
        "Whether Eswatini's Parliament and Taiwan's Legislative Yuan approve the investment "
        "agreement and it takes effect.",
    )
    found = observe(
        pact,
        "Eswatini lawmakers ratify Taiwan investment agreement",
        "en",
        "The House of Assembly passed the investment agreement with Taiwan and sent it to the "
        "Senate, whose approval is still needed.",
    )
    assert not [s for s in stages(found) if s[0] and s[0].startswith("ratified") and s[1] is D]


def _papaya() -> object:
    return only_question(
        "China and Fiji sign a plant-health protocol",
        "Whether Fijian fresh papaya actually reaches China under the new protocol.",
    )


def test_a_chinese_first_batch_dated_ahead_in_the_next_clause_has_not_shipped() -> None:
    found = observe(
        _papaya(),
        "斐济番木瓜输华在即",
        "zh-Hans",
        "首批输华鲜食番木瓜正在接受检疫处理，预计3月上旬运抵广州。",
    )
    assert ("first-shipment", D) not in stages(found)


def test_a_first_batch_arrived_and_a_second_dated_ahead_is_a_first_shipment() -> None:
    found = observe(
        _papaya(),
        "斐济番木瓜首次输华",
        "zh-Hans",
        "首批斐济鲜食番木瓜已运抵广州，第二批预计3月上旬发运。",
    )
    assert ("first-shipment", D) in stages(found)


def test_notes_exchanged_for_entry_into_force_are_not_the_entry_into_force() -> None:
    pact = only_question(
        "China and Fiji sign an investment agreement",
        "Whether the China–Fiji investment agreement clears Fiji's Parliament and China's NPC "
        "Standing Committee and takes effect.",
    )
    found = observe(
        pact,
        "中斐投资协定完成换文",
        "zh-Hans",
        "两国已完成投资协定生效换文，协定将于3月20日起正式生效。",
    )
    assert ("in-force", D) not in stages(found)


def _cathode_plant() -> object:
    return only_question(
        "Chile and Vietnam sign a trade upgrade",
        "How far Song Hong Materials' cathode plant in Tocopilla gets: environmental approval, "
        "groundbreaking and production.",
        entities=("Chile", "Vietnam", "Song Hong Materials", "Tocopilla"),
    )


def test_another_plant_making_something_else_in_the_same_town_is_a_neighbour() -> None:
    found = observe(
        _cathode_plant(),
        "Andes Litio inicia obras de su planta de hidróxido de litio en Tocopilla",
        "es",
        "La chilena Andes Litio comenzó la construcción de una planta de hidróxido de litio en "
        "Tocopilla, cerca del terreno donde Song Hong proyecta su fábrica de cátodos.",
    )
    assert ("construction", D) not in stages(found)


def test_the_plant_of_the_item_still_starts_works_in_its_town() -> None:
    found = observe(
        _cathode_plant(),
        "Arrancan las obras de la planta de cátodos en Tocopilla",
        "es",
        "Song Hong Materials inició este martes la construcción de su planta de material "
        "catódico en Tocopilla.",
    )
    assert ("construction", D) in stages(found)


def test_a_water_works_is_not_the_desalination_plant_of_the_same_town() -> None:
    desal = only_question(
        "Angola and South Korea sign an investment pact",
        "Whether Hanbyeol's Korean-financed desalination plant in Benguela moves from "
        "announcement to construction and operation.",
    )
    found = observe(
        desal,
        "Arrancam as obras da estação de tratamento de água de Benguela",
        "pt",
        "Começaram as obras da nova estação de tratamento de água, a cargo de uma construtora "
        "portuguesa, para abastecer bairros de Benguela.",
    )
    assert ("construction", D) not in stages(found)
    own = observe(
        desal,
        "Lançada a primeira pedra da dessalinizadora coreana de Benguela",
        "pt",
    )
    assert ("construction", D) in stages(own)


def test_a_garment_factory_is_not_the_spinning_mill_of_the_same_town() -> None:
    mill = only_question(
        "Taiwan and Eswatini sign an investment agreement",
        "Whether Kai-Ming Textiles' planned spinning mill at Nhlangano gets past the announcement "
        "into construction and production.",
        entities=("Taiwan", "Eswatini", "Kai-Ming Textiles"),
    )
    found = observe(
        mill,
        "Garment maker opens a new line at its Nhlangano factory",
        "en",
        "A Taiwanese-owned garment factory in Nhlangano has opened a third production line.",
    )
    assert ("operational", D) not in stages(found)
    assert not found


def test_survey_crews_on_site_prepare_it() -> None:
    port = only_question(
        "China and Fiji sign a port framework",
        "Whether Haixin Harbour Engineering's fishing port and cold-chain hub at Labasa moves "
        "from a signed framework to construction.",
        entities=("China", "Fiji", "Haixin Harbour Engineering"),
    )
    found = observe(
        port,
        "Permit granted for Labasa port hub; survey crews move on site",
        "en",
    )
    assert ("construction", D) not in stages(found)
    assert ("preparing", D) in stages(found)


def test_a_hyphenated_romanized_name_is_found_in_chinese() -> None:
    mill = only_question(
        "Taiwan and Eswatini sign an investment agreement",
        "Whether Kai-Ming Textiles' planned spinning mill at Nhlangano gets past the announcement "
        "into construction and production.",
        entities=("Taiwan", "Eswatini", "Kai-Ming Textiles"),
    )
    found = observe(mill, "凯明纺织史瓦帝尼纺纱厂动土", "zh-Hans")
    assert ("construction", D) in stages(found)


def test_a_hub_or_a_mill_at_a_place_is_known_by_the_place() -> None:
    briefing = Briefing(
        title="China and Fiji sign a port framework",
        source="b",
        entities=("China", "Fiji", "Haixin Harbour Engineering"),
        watch_items=(
            WatchItem(
                "Whether Haixin Harbour Engineering's fishing port and cold-chain hub at Labasa "
                "moves from a signed framework to construction.",
                1,
            ),
        ),
    )
    [port] = build_watchlist(briefing).questions
    assert "Labasa" in port.entities[0].names


def test_a_first_batch_that_sailed_is_shipped_though_its_arrival_is_dated_ahead() -> None:
    found = observe(
        _papaya(),
        "首批斐济番木瓜装船启航",
        "zh-Hans",
        "首批输华鲜食番木瓜27日在劳托卡港装船启航，预计3月初抵达广州。",
    )
    assert ("first-shipment", D) in stages(found)
