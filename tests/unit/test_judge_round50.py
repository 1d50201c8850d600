"""Fiftieth and fifty-first-round readings, and the questions they are read for.

The Cook Islands, Niue and Kosovo are countries with names in every language we read; a
country's name written before 全国人大 makes the assembly its own. Seabed minerals and marine
science are topics the glossary knows in Chinese. Aid "paused", "暂停向…提供…援助" presses, and
aid paused and then resumed, or a firm taken off the Entity List, eases. 将 before the text
signed with the other side and a verb that sends it to the legislature reports the sending. A
rival's offer dropped on the way to choosing ours rules nothing out. A state lender's name says
whose lender it is, and a credit line signed decides it. A cabinet approving a treaty and
sending it on submits it, however long the treaty's name. Lots readied "que esperam embarcar"
have not sailed. A site levelled is being prepared; a plant that starts production "停工四个月后"
is operational; letters of intent are no volumes; a biotech line in the same zone is not a solar
module factory. Every name of a firm, a body or a person here is made up; the countries, their
regions and their institutions are real.
"""

from __future__ import annotations

import pytest

from tests.unit.builders import entity_names, observe, only_question, stages
from watcher.model import Polarity, Question

D = Polarity.DONE
INTENT = Polarity.INTENT


# --- countries the gazetteer lacked ---------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "country"),
    [
        (
            "Whether the China–Cook Islands fisheries agreement is approved by the Cook Islands "
            "Parliament and by China and enters into force.",
            "Cook Islands",
        ),
        (
            "Whether the China–Niue aviation agreement is approved by the Niue Assembly and by "
            "China and enters into force.",
            "Niue",
        ),
        (
            "Whether the Kosovo–Türkiye investment agreement is approved by the Assembly of "
            "Kosovo and by Türkiye and enters into force.",
            "Kosovo",
        ),
    ],
)
def test_free_associated_states_and_kosovo_are_countries(item: str, country: str) -> None:
    q = only_question("A pact is signed", item)
    assert country in entity_names(q)


def _fisheries() -> Question:
    return only_question(
        "China and the Cook Islands sign a fisheries pact",
        "Whether the China–Cook Islands fisheries agreement is approved by the Cook Islands "
        "Parliament and by China and enters into force.",
    )


def test_the_cook_islands_chinese_name_is_theirs() -> None:
    found = observe(_fisheries(), "库克群岛议会表决批准与中国的渔业合作协定", "zh")
    assert ("ratified-partial", D) in stages(found)
    assert [o.party for o in found if o.stage == "ratified-partial"] == ["Cook Islands"]


# --- topics the glossary now knows in Chinese ---------------------------------------------------


def test_seabed_minerals_are_a_topic_in_chinese() -> None:
    q = only_question(
        "China and the Cook Islands sign a seabed pact",
        "Whether the China–Cook Islands agreement on seabed minerals cooperation is approved by "
        "the Cook Islands Parliament and by China and enters into force.",
    )
    found = observe(q, "中国与库克群岛签署海底矿产勘探合作协定", "zh")
    assert found and found[0].stage == "signed"


# --- a country's name before a body's ------------------------------------------------------------


def test_a_countrys_name_before_the_national_peoples_congress_makes_it_its_own() -> None:
    q = only_question(
        "China and Cuba revise their investment treaty",
        "Whether the revised China–Cuba investment protection agreement is approved by Cuba's "
        "National Assembly and by China and enters into force.",
    )
    found = observe(q, "古巴全国人大批准中古投资保护协定修订版", "zh")
    assert [(o.stage, o.party) for o in found] == [("ratified-partial", "Cuba")]
    # (a control: 全国人大 alone is China's)
    found = observe(q, "全国人大常委会批准中古投资保护协定修订版", "zh")
    assert [(o.stage, o.party) for o in found] == [("ratified-partial", "China")]


# --- aid paused, resumed; a firm off the list ----------------------------------------------------


def _aid() -> Question:
    return only_question(
        "Samoa signs a security pact with China",
        "Whether Australia steps up pressure on Samoa over its pact with China, from criticism "
        "to concrete measures such as withholding aid, or later eases it.",
    )


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Australia has paused A$40 million in health and budget support funding to Samoa", "en"),
        ("澳大利亚宣布暂停向萨摩亚提供4000万澳元卫生援助和预算支持资金", "zh"),
    ],
)
def test_aid_paused_is_concrete_pressure(title: str, language: str) -> None:
    assert ("concrete", D) in stages(observe(_aid(), title, language))


def test_aid_paused_and_then_resumed_eases_the_pressure() -> None:
    found = observe(_aid(), "澳大利亚宣布恢复3月起暂停的4000万澳元对萨摩亚援助", "zh")
    assert ("eased", D) in stages(found)


def _listing() -> Question:
    return only_question(
        "China and Cuba sign investment deals",
        "Whether the United States moves from criticism to concrete measures against Chinese "
        "companies investing in Cuba, such as Solara Xinneng.",
    )


@pytest.mark.parametrize(
    ("title", "language", "lead"),
    [
        (
            "Commerce drops Solara Xinneng from the Entity List",
            "en",
            "The US Commerce Department removed the Chinese firm from its list after it pledged "
            "to keep US technology out of its Cuban plant.",
        ),
        ("美国将索拉新能移出实体清单 对在古巴中企施压缓和", "zh", ""),
    ],
)
def test_a_firm_taken_off_the_entity_list_eases(title: str, language: str, lead: str) -> None:
    found = observe(_listing(), title, language, lead)
    assert ("eased", D) in stages(found)


# --- 将 before the text signed with the other side ------------------------------------------------


def test_the_text_signed_with_the_other_side_sent_to_parliament_is_submitted() -> None:
    found = observe(
        _fisheries(),
        "库克群岛政府12日正式将与中国签署的渔业合作协定提交议会审议",
        "zh",
    )
    assert ("submitted", D) in stages(found)
    # (a control: a sending still to come)
    found = observe(_fisheries(), "库克群岛政府将于下月向议会提交中库渔业合作协定", "zh")
    assert ("submitted", D) not in stages(found)


# --- a rival's offer dropped ---------------------------------------------------------------------


def _vessels() -> Question:
    return only_question(
        "Ecuador and Türkiye sign a trade pact",
        "Whether Ecuador's government decides to buy two patrol vessels from the Turkish "
        "shipbuilder Karadeniz Tersanecilik.",
        entities=("Ecuador", "Türkiye", "Karadeniz Tersanecilik"),
    )


def test_a_rivals_offer_dropped_while_choosing_ours_rules_nothing_out() -> None:
    found = observe(
        _vessels(),
        "Marinha do Equador escolhe estaleiro turco",
        "pt",
        "O Ministério da Defesa do Equador descartou a proposta de um estaleiro coreano e abriu "
        "negociação exclusiva com a Karadeniz Tersanecilik para a compra de dois navios.",
    )
    assert "ruled-out" not in [o.stage for o in found]
    # (a control: our own offer dropped is ruled out)
    found = observe(
        _vessels(),
        "Equador descarta a proposta da Karadeniz Tersanecilik para os navios-patrulha",
        "pt",
    )
    assert ("ruled-out", D) in stages(found)


# --- a state lender and its credit line -------------------------------------------------------


def test_a_credit_line_signed_by_the_lender_named_with_its_country_decides() -> None:
    q = only_question(
        "Honduras and India sign a trade pact",
        "Whether the Export-Import Bank of India decides to extend the US$90 million credit "
        "line Honduras has requested for rural clinics.",
    )
    found = observe(
        q,
        "Finanzas y el Exim Bank de India firman la línea de crédito de US$90 millones",
        "es",
        "El ministerio de Finanzas hondureño y el banco firmaron el acuerdo de la línea de "
        "crédito, con lo que India formaliza el financiamiento prometido.",
    )
    assert ("done", D) in stages(found)


# --- a cabinet sending the treaty on -------------------------------------------------------------


def test_a_cabinet_approving_a_long_named_treaty_and_sending_it_on_submits_it() -> None:
    q = only_question(
        "Guinea-Bissau and Egypt sign an investment pact",
        "Whether the Guinea-Bissau–Egypt investment protection agreement is ratified by both "
        "countries and enters into force.",
    )
    found = observe(
        q,
        "O Conselho de Ministros aprovou o acordo de promoção e proteção de investimentos com o "
        "Egito e remeteu-o ao Conselho Nacional de Transição",
        "pt",
    )
    assert "ratified-partial" not in [o.stage for o in found]
    # (a control: the assembly's own approval)
    found = observe(
        q,
        "O Conselho Nacional de Transição aprovou o acordo de promoção e proteção de "
        "investimentos com o Egito",
        "pt",
    )
    assert ("ratified-partial", D) in stages(found)


# --- lots still to sail --------------------------------------------------------------------------


def test_lots_readied_that_exporters_hope_to_ship_have_not_sailed() -> None:
    q = only_question(
        "Guinea-Bissau and Egypt open the cashew trade",
        "Whether Guinea-Bissau raw cashew exports to Egypt get going, from a first shipment to "
        "regular volumes.",
    )
    found = observe(
        q,
        "Exportadores de caju da Guiné-Bissau ensacam lotes para o Egito",
        "pt",
        "Duas empresas estão a ensacar os primeiros lotes de castanha de caju para o Egito, que "
        "esperam embarcar no porto de Bissau no fim do mês.",
    )
    assert ("first-shipment", D) not in stages(found)


# --- a plant's ladder in Chinese -----------------------------------------------------------------


def _factory() -> Question:
    return only_question(
        "China and Cuba sign investment deals",
        "Whether Solara Xinneng's solar module factory in the Mariel Special Development Zone "
        "moves from announcement to site preparation, construction and production.",
        entities=("China", "Cuba", "Mariel Special Development Zone", "Solara Xinneng"),
    )


def test_a_site_levelled_is_being_prepared() -> None:
    found = observe(
        _factory(),
        "索拉新能古巴马列尔组件厂启动场地平整",
        "zh",
        "索拉新能位于马列尔经济特区的光伏组件厂项目本周启动场地平整，主体工程计划于9月开工。",
    )
    assert ("preparing", D) in stages(found)


def test_production_after_months_of_halt_is_operational() -> None:
    found = observe(_factory(), "停工三个月后 索拉新能古巴马列尔组件厂正式投产", "zh")
    assert ("operational", D) in stages(found)
    assert "stalled" not in [o.stage for o in found]


def test_a_biotech_line_in_the_same_zone_is_not_the_solar_factory() -> None:
    found = observe(
        _factory(),
        "古中合资生物技术企业马列尔新生产线投产",
        "zh",
        "古巴与中国合资的生物技术企业位于马列尔经济特区的疫苗新生产线正式投产。",
    )
    assert "operational" not in [o.stage for o in found]


def test_letters_of_intent_are_no_volumes() -> None:
    q = only_question(
        "China opens its market to Cuban honey",
        "Whether Cuban honey exports to China get going, from a first shipment to regular volumes.",
    )
    found = observe(
        q,
        "古巴蜂蜜亮相进博会",
        "zh",
        "多家中国进口商与古巴企业签署了明年的蜂蜜采购意向书，涉及约1500吨。",
    )
    assert "volumes-reported" not in [o.stage for o in found]
