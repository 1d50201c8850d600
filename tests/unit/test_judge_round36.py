"""Thirty-sixth and thirty-seventh-round readings.

The Chinese press abbreviates a saint's country by the character after "saint" (台克, 克国,
圣克), never in another saint's place (圣克鲁斯), and writes a place with its kind by the place's
sounds and the kind's own word (桑迪角 for Sandy Point). A place right after the matter's own
site is that site's address, not somewhere else ("..., em Santa Catarina"). India's Union
Cabinet acts for India; a transition's council for its country; a government's plain name in
its own press ("o Conselho de Ministros") names that country. A plot handed to the builder
prepares a project; a wind park in the same town is no geothermal plant. A visa waiver for
diplomatic passports is no waiver for citizens; travellers entering without a visa from today
report the waiver done; "announces it will scrap the visa" signals it. Agents barred from
selling a country's schemes are pressure. A plan to ship whose date sits between commas is
still a plan; a report denied is no promise; a step "before Seoul decides" is no decision;
an embassy in one clause and the intent in the next still signal it. Every name of a firm, a
body or a person here is made up; the countries are real.
"""

from __future__ import annotations

from dataclasses import replace

from tests.unit.builders import entry, observe, only_question, stages
from watcher.judge import Judge
from watcher.judge.pairs import PairMarker
from watcher.judge.text import fold
from watcher.judge.transliterate import Transliterator
from watcher.model import Observation, Polarity, Question

D = Polarity.DONE


def _kitts_treaty() -> Question:
    return only_question(
        "Taiwan and St Kitts and Nevis sign an air services pact",
        "Whether the Taiwan–St Kitts and Nevis air services agreement is approved by Taiwan's "
        "Legislative Yuan and the Federation's National Assembly and enters into force.",
    )


def test_a_saints_country_is_abbreviated_by_the_character_after_saint() -> None:
    marker = PairMarker([_kitts_treaty()])
    assert "saint" in marker.mark(fold("台克签署航空协定"))
    assert "saint" in marker.mark(fold("克國外長抵台"))
    assert "saint" in marker.mark(fold("中國封殺聖克航空公司"))


def test_another_saints_place_is_not_that_country() -> None:
    marker = PairMarker([_kitts_treaty()])
    assert "saint" not in marker.mark(fold("圣克鲁斯港的仓库"))


def test_the_pair_abbreviation_makes_the_treaty_news_of_both_states() -> None:
    found = observe(_kitts_treaty(), "台克航空協定 立法院院會審議通過", "zh-Hant")
    assert found


def test_a_place_is_written_by_its_sounds_and_its_kind_by_its_word() -> None:
    marks = Transliterator(["Sandy Point"]).matches(fold("聖克桑迪角儲能電廠動土"))
    assert [(chars, name) for chars, name, _ in marks] == [("桑迪", "sandy point")]


def test_a_name_is_read_whole_with_its_link_words() -> None:
    marks = Transliterator(["Ribeira da Barca"]).matches(fold("里贝拉达巴尔卡码头开工"))
    assert [name for _, name, _ in marks] == ["ribeira da barca"]


def _desal() -> Question:
    return only_question(
        "Cabo Verde and Japan sign a water loan",
        "Whether the Japanese-financed desalination plant at Porto Mosquito, on Santiago "
        "island, moves from loan signature to construction and operation.",
        entities=("Cabo Verde", "Japan", "Porto Mosquito"),
    )


def test_a_place_right_after_the_site_is_its_address_not_elsewhere() -> None:
    found = observe(
        _desal(),
        "Arrancam as obras da dessalinizadora de Porto Mosquito",
        "pt",
        "O ministro lançou a primeira pedra da central de dessalinização de Porto Mosquito, em "
        "Santa Catarina, e as escavações começaram logo a seguir.",
    )
    assert ("construction", D) in stages(found)


def _india_treaty() -> Question:
    return only_question(
        "India and Guinea-Bissau sign an investment pact",
        "Whether the India–Guinea-Bissau investment treaty is approved by Guinea-Bissau's "
        "National Transitional Council and ratified by India, and enters into force.",
    )


def test_indias_union_cabinet_acts_for_india() -> None:
    found = observe(
        _india_treaty(),
        "Union Cabinet approves ratification of the Guinea-Bissau investment treaty",
        "en",
    )
    assert [(o.stage, o.party) for o in found] == [("ratified-partial", "India")]


def _from_home(question: Question, country: str, title: str, lead: str) -> list[Observation]:
    """What the judge observes in a Portuguese entry from a feed in `country`."""
    judge = Judge([question], countries=[country])
    return judge.observe(replace(entry(title, lead, language="pt"), country=country))


def test_a_transition_council_acts_for_its_country() -> None:
    found = _from_home(
        _india_treaty(),
        "Guinea-Bissau",
        "Conselho Nacional de Transição ratifica acordo de investimentos com a Índia",
        "O Conselho Nacional de Transição aprovou ontem a resolução que ratifica o acordo de "
        "investimentos com a Índia.",
    )
    assert [(o.stage, o.party) for o in found][:1] == [("ratified-partial", "Guinea-Bissau")]


def _buyers() -> Question:
    return only_question(
        "Benin and China sign a trade pact",
        "Whether Benin's government lets Chinese and other foreign traders buy raw cotton "
        "directly from ginneries, as Beijing asked.",
    )


def _at_home(question: Question, title: str, lead: str) -> list[tuple[str | None, float]]:
    return [(o.stage, o.score) for o in _from_home(question, "Benin", title, lead)]


def test_a_governments_plain_name_in_its_own_press_names_the_country() -> None:
    found = _at_home(
        _buyers(),
        "Conselho de Ministros abre compra de algodão a comerciantes estrangeiros",
        "O Conselho de Ministros aprovou ontem o decreto que autoriza os comerciantes "
        "estrangeiros a comprar algodão diretamente às descaroçadoras.",
    )
    assert found and found[0][0] == "done" and found[0][1] >= 0.9


def test_a_minister_announcing_the_government_will_open_it_signals_it() -> None:
    found = _at_home(
        _buyers(),
        "Ministro anuncia que Governo vai abrir compra de algodão a estrangeiros",
        "",
    )
    assert found and found[0][0] == "signaled"


def _park() -> Question:
    return only_question(
        "Mozambique and India sign an agro-industry credit line",
        "Whether the India-financed cashew processing park in Ribáuè moves from the signed "
        "credit line to site works, construction and operation.",
        entities=("Mozambique", "India", "Ribáuè"),
    )


def test_a_plot_handed_to_the_builder_prepares_the_project() -> None:
    found = observe(
        _park(),
        "Terreno do parque do caju de Ribáuè entregue à construtora",
        "pt",
    )
    assert ("preparing", D) in stages(found)


def test_a_plot_handed_over_in_spanish_prepares_it_too() -> None:
    found = observe(
        _park(),
        "El Gobierno entregó a la constructora el terreno del parque de anacardo de Ribáuè",
        "es",
    )
    assert ("preparing", D) in stages(found)


def _geothermal() -> Question:
    return only_question(
        "Nicaragua and Japan sign an energy loan",
        "Whether the geothermal plant that Japan's Kazan Energy is to build at El Hoyo moves "
        "from contract to construction and operation.",
        entities=("Nicaragua", "Japan", "Kazan Energy"),
    )


def test_a_wind_park_in_the_same_town_is_no_geothermal_plant() -> None:
    found = observe(
        _geothermal(),
        "Inauguran parque eólico en El Hoyo",
        "es",
        "Una empresa española inauguró un parque eólico de 30 megavatios en El Hoyo.",
    )
    assert ("operational", D) not in stages(found)


def _visa() -> Question:
    return only_question(
        "Panama and Türkiye sign a trade pact",
        "Whether Panama lifts the consular visa requirement for Turkish citizens.",
    )


def test_a_waiver_for_diplomatic_passports_is_no_waiver_for_citizens() -> None:
    found = observe(
        _visa(),
        "Panamá y Turquía eliminan visas para pasaportes diplomáticos",
        "es",
        "Ambos gobiernos firmaron un convenio que exime de visa a los titulares de pasaportes "
        "diplomáticos y de servicio.",
    )
    assert ("done", D) not in stages(found)


def test_citizens_entering_without_a_visa_from_today_is_the_waiver_done() -> None:
    found = observe(_visa(), "Desde hoy, ciudadanos turcos ingresan a Panamá sin visa", "es")
    assert ("done", D) in stages(found)


def test_a_government_announcing_it_will_scrap_the_visa_signals_it() -> None:
    found = observe(_visa(), "Panamá anuncia que eliminará la visa a los turcos", "es")
    assert ("signaled", D) in stages(found)


def test_the_waiver_put_in_place_in_chinese_is_done() -> None:
    found = observe(_visa(), "巴拿马对土耳其公民实行免签", "zh-Hans")
    assert ("done", D) in stages(found)


def _pressure() -> Question:
    return only_question(
        "Taiwan and St Kitts and Nevis sign an air services pact",
        "Whether Beijing steps up pressure on St Kitts and Nevis to drop its diplomatic "
        "recognition of Taipei.",
    )


def test_agents_barred_from_selling_a_countrys_scheme_are_pressure() -> None:
    found = observe(
        _pressure(), "国家移民管理局禁止中介机构推介圣基茨和尼维斯投资入籍项目", "zh-Hans"
    )
    assert ("concrete", D) in stages(found)


def test_agents_barred_in_english_are_pressure_too() -> None:
    found = observe(
        _pressure(),
        "Beijing bans agencies from promoting St Kitts and Nevis citizenship scheme",
        "en",
    )
    assert ("concrete", D) in stages(found)


def _tuna() -> Question:
    return only_question(
        "Cabo Verde and Japan sign a fisheries pact",
        "Whether Cabo Verdean frozen tuna exports to Japan get going under the new sanitary "
        "listing, from a first shipment to regular volumes.",
    )


def test_a_plan_to_ship_with_its_date_between_commas_is_still_a_plan() -> None:
    found = observe(
        _tuna(),
        "Atum cabo-verdiano a caminho do Japão",
        "pt",
        "A Pescamar prevê embarcar no Mindelo, até ao fim do mês, o primeiro contentor de atum "
        "congelado com destino a Tóquio.",
    )
    assert ("first-shipment", D) not in stages(found)


def _embassy() -> Question:
    return only_question(
        "Cabo Verde and Japan sign a fisheries pact",
        "Whether Japan decides to open a resident embassy in Praia.",
    )


def test_a_report_denied_is_no_promise() -> None:
    found = observe(
        _embassy(),
        "Tóquio diz que não há decisão sobre embaixada na Praia",
        "pt",
        "O Ministério dos Negócios Estrangeiros do Japão afirmou que não há decisão sobre a "
        "embaixada em Cabo Verde, desmentindo notícias de que abriria ainda este ano.",
    )
    assert ("signaled", D) not in stages(found)


def test_the_intent_in_the_clause_after_the_embassy_signals_it() -> None:
    found = observe(
        _embassy(),
        "Tokyo budgets for new mission",
        "en",
        "The foreign ministry has included a resident embassy in Praia, Cabo Verde, in its "
        "budget request, signalling that Tokyo intends to upgrade its presence.",
    )
    assert ("signaled", D) in stages(found)


def _loan() -> Question:
    return only_question(
        "Honduras and Japan sign a tax treaty",
        "Whether Japan approves the JICA concessional loan Honduras has requested for the "
        "hospital in Choluteca.",
    )


def test_a_step_before_the_decider_decides_is_no_decision() -> None:
    found = observe(
        _loan(),
        "JICA team in Tegucigalpa to appraise Honduran hospital loan",
        "en",
        "A JICA appraisal mission arrived in Tegucigalpa to review Honduras's request for the "
        "hospital loan, the first formal step before Tokyo decides on the loan.",
    )
    assert ("done", D) not in stages(found)


def test_chinese_capital_names_china() -> None:
    solar = only_question(
        "Nauru and China agree a solar farm",
        "Whether construction of the China-funded solar farm in Nauru's Meneng district gets "
        "under way and the plant is brought into operation.",
    )
    found = observe(solar, "瑙魯法院叫停中資光伏電站 承建商暫停施工", "zh-Hant")
    assert ("stalled", D) in stages(found)
