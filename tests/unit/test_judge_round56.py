"""Fifty-sixth and fifty-seventh-round readings, and the questions they are read for.

Names: a facility named "Las Maderas" is no timber; a dam named for its falls answers to the
falls' bare name (which Chinese news transliterates); a bloc presses as a state does; the
European Commission and Brussels name the EU; a market item's regulator, named only as the
grantor of the approval the trade goes under, is not the matter; the port a project rebuilds
stays its topic; the Gambia's mainland Chinese name gives the pair "中冈". Readings: the EU's
yellow card is a concrete measure; an import duty removed is a decision (a "joint commission"
commissions nothing); a government's own press leaves its country unsaid; a concession
approved, a site handed over and a loan in effect prepare a project; dredging resumed is
construction; a ministry's advice to buy signals the decision; a request "to be studied" does
not; "conta lançar" is a plan; an exchange still missing keeps a treaty out of force; "出口走向
常态化" and "volta a seguir todas as semanas" are a steady trade. Every name of a firm, an outlet
or a person here is made up; the countries and their institutions are real.
"""

from __future__ import annotations

import pytest

from tests.unit.builders import (
    entity_names,
    entry,
    observe,
    only_question,
    questions_of,
    stages,
)
from watcher.judge import Judge
from watcher.ladders import choose_kind
from watcher.model import Polarity, Question, Source

D = Polarity.DONE


# --- names ----------------------------------------------------------------------------------


def _solar_park() -> Question:
    return only_question(
        "Honduras and India sign an investment treaty",
        "Whether Brightvale Energy's 40 MW Las Maderas solar park at Choluteca, financed by an "
        "Exim Bank of India credit line, moves from announcement to construction and operation.",
    )


def test_a_facility_named_with_a_spanish_article_is_a_name_not_timber() -> None:
    q = _solar_park()
    assert "Las Maderas" in q.entities[0].names
    assert "timber" not in q.terms
    assert "mw" not in q.terms  # a unit of size says how big, not what about


def test_a_dam_named_for_its_falls_answers_to_their_chinese_transliteration() -> None:
    q = only_question(
        "Guinea and China sign an investment treaty",
        "Whether the 120 MW Tinkisso Falls hydropower plant that Harbour Ridge Power is to build "
        "moves from announcement through financing to construction.",
    )
    assert "Tinkisso" in q.entities[0].names
    found = observe(q, "几内亚廷基索瀑布水电站开工建设", "zh")
    assert ("construction", D) in stages(found)


def test_a_bloc_presses_as_a_state_does() -> None:
    q = only_question(
        "Liberia and China sign an investment treaty",
        "Whether the European Union steps up pressure on Liberia over illegal fishing by "
        "foreign-owned trawlers, many of them Chinese, licensed in its waters.",
    )
    assert entity_names(q) == ["European Union", "Liberia"]
    assert [e.name for e in q.context] == ["China"]


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("La Comisión Europea saca la 'tarjeta amarilla' a Liberia por la pesca ilegal", "es"),
        ("Bruxelas mostra o cartão amarelo à Libéria pela pesca ilegal", "pt"),
        ("EU yellow card puts Liberia on notice over illegal fishing", "en"),
        ("欧盟向利比里亚亮出打击非法捕捞“黄牌”", "zh"),
    ],
)
def test_the_eus_yellow_card_is_a_concrete_measure(title: str, language: str) -> None:
    q = only_question(
        "Liberia and China sign an investment treaty",
        "Whether the European Union steps up pressure on Liberia over illegal fishing by "
        "foreign-owned trawlers licensed in its waters.",
    )
    assert ("concrete", D) in stages(observe(q, title, language))


def test_the_regulator_granting_a_trades_approval_is_not_its_matter() -> None:
    q = only_question(
        "Senegal and Morocco sign a sanitary protocol",
        "Whether Senegalese canned tuna exports to Morocco get going under the sanitary "
        "approval granted by Morocco's food safety office ONSSA, from a first shipment to "
        "regular volumes.",
        entities=("Senegal", "Morocco", "ONSSA"),
    )
    assert entity_names(q) == ["Senegal", "Morocco"]
    found = observe(
        q,
        "Primeiro contentor de atum senegalês chega a Marrocos",
        "pt",
        "Um contentor com 20 toneladas de atum em lata desembarcou em Casablanca.",
    )
    assert ("first-shipment", D) in stages(found)


def test_the_port_a_project_rebuilds_stays_its_topic() -> None:
    q = only_question(
        "Honduras and Turkey sign a free trade agreement",
        "Whether Turkish operator Deniz Liman's plan to rebuild and run the port of San Lorenzo "
        "moves from announcement through construction to operation.",
    )
    assert "puerto" in q.terms
    found = observe(
        q,
        "El Congreso aprueba la concesión del puerto de San Lorenzo a la turca Deniz Liman",
        "es",
    )
    assert ("preparing", D) in stages(found)
    resumed = observe(
        q, "Levantan la suspensión y Deniz Liman reanuda el dragado en San Lorenzo", "es"
    )
    assert ("construction", D) in stages(resumed)


def test_the_mainland_name_of_the_gambia_gives_the_pair_of_its_treaty() -> None:
    q = only_question(
        "China and The Gambia sign a framework agreement",
        "Whether the China–Gambia framework agreement on economic partnership for shared "
        "development is ratified by The Gambia's National Assembly and approved by China, and "
        "enters into force.",
    )
    found = observe(q, "冈比亚国民议会批准中冈共同发展经济伙伴关系框架协定", "zh")
    assert ("ratified-partial", D) in stages(found)


# --- decisions ------------------------------------------------------------------------------


def test_an_import_duty_removed_is_a_decision_and_a_joint_commission_commissions_nothing() -> None:
    item = (
        "Whether Senegal's Council of Ministers removes the import duty on Moroccan phosphate "
        "fertilizers that Rabat requested at the joint commission."
    )
    assert choose_kind(item) == "decision"


def test_a_governments_own_press_leaves_its_country_unsaid() -> None:
    q = only_question(
        "Senegal and Morocco sign an investment treaty",
        "Whether Senegal's Council of Ministers removes the import duty on Moroccan phosphate "
        "fertilizers that Rabat requested at the joint commission.",
        sources=(Source("Le Quotidien de Dakar", None, "pt", "Senegal"),),
    )
    found = Judge([q]).observe(
        entry(
            "Governo vai eliminar taxa de importação sobre fertilizantes marroquinos",
            "O ministro das Finanças anunciou que o Governo decidiu em princípio eliminar a "
            "taxa sobre os fertilizantes fosfatados importados de Marrocos.",
            source="Le Quotidien de Dakar",
        )
    )
    assert ("signaled", D) in stages(found)


def _patrol_boats() -> Question:
    return only_question(
        "Honduras and Turkey sign a free trade agreement",
        "Whether Honduras's government decides to buy offshore patrol vessels for its navy from "
        "the Turkish shipyard Karadeniz Tersanesi.",
    )


@pytest.mark.parametrize(
    ("title", "language", "lead"),
    [
        (
            "Defensa recomienda comprar los patrulleros turcos",
            "es",
            "El ministro de Defensa anunció que su cartera recomienda adquirir dos patrulleros "
            "oceánicos al astillero turco Karadeniz Tersanesi.",
        ),
        (
            "Honduras leans toward Turkish patrol boats",
            "en",
            "Honduras's defence ministry has recommended Turkish shipyard Karadeniz Tersanesi "
            "for two offshore patrol vessels.",
        ),
    ],
)
def test_a_ministrys_advice_to_buy_signals_the_decision(
    title: str, language: str, lead: str
) -> None:
    assert ("signaled", D) in stages(observe(_patrol_boats(), title, language, lead))


def _visas() -> Question:
    return only_question(
        "Guinea-Bissau and Morocco sign an investment treaty",
        "Whether the government of Guinea-Bissau decides to exempt Moroccan citizens from "
        "entry visas, as Morocco's foreign minister requested.",
    )


def test_a_request_to_be_studied_is_no_signal() -> None:
    found = observe(
        _visas(),
        "Marrocos pede à Guiné-Bissau isenção de vistos; Bissau diz que vai estudar",
        "pt",
    )
    assert ("signaled", D) not in stages(found)


def test_an_announced_visa_waiver_in_the_infinitive_is_signalled() -> None:
    found = observe(
        _visas(),
        "Primeiro-ministro anuncia que Guiné-Bissau vai dispensar marroquinos de visto",
        "pt",
    )
    assert ("signaled", D) in stages(found)


# --- projects and treaties ------------------------------------------------------------------


def _terminal() -> Question:
    return only_question(
        "Guinea and China sign a port loan",
        "Whether construction of the Chinese-financed container terminal at the Port of "
        "Conakry, to be built by Zhenhai Port Construction, gets under way and proceeds to "
        "completion.",
        entities=("China", "Guinea", "Zhenhai Port Construction"),
    )


@pytest.mark.parametrize(
    "title",
    [
        "Conakry terminal site handed to Zhenhai Port Construction as contractor mobilises",
        "Conakry terminal loan becomes effective, Zhenhai Port Construction says",
    ],
)
def test_a_site_handed_over_or_a_loan_in_effect_prepares_a_project(title: str) -> None:
    assert ("preparing", D) in stages(observe(_terminal(), title, "en"))


def test_counting_on_laying_the_first_stone_is_a_plan() -> None:
    q = only_question(
        "Mozambique and Morocco sign an investment treaty",
        "Whether Atlas Nutrients' fertilizer plant at the port of Pemba moves from announcement "
        "through licensing to construction and operation.",
    )
    found = observe(
        q,
        "Atlas Nutrients adjudica empreitada da fábrica de Pemba",
        "pt",
        "A Atlas Nutrients adjudicou a empreitada da fábrica de fertilizantes de Pemba e conta "
        "lançar a primeira pedra na segunda quinzena de setembro.",
    )
    assert ("construction", D) not in stages(found)


def _treaty() -> Question:
    return only_question(
        "Guinea-Bissau and Morocco sign an investment treaty",
        "Whether the investment protection agreement that Guinea-Bissau and Morocco signed in "
        "Rabat is ratified by Guinea-Bissau's National People's Assembly and by Morocco's "
        "parliament and enters into force.",
    )


def test_a_treaty_delivered_to_the_assembly_is_submitted() -> None:
    found = observe(
        _treaty(),
        "Governo entrega ao parlamento acordo com Marrocos",
        "pt",
        "O Governo da Guiné-Bissau entregou na Assembleia Nacional Popular a proposta de "
        "resolução que aprova o acordo de investimentos assinado com Marrocos.",
    )
    assert ("submitted", D) in stages(found)


def test_a_treaty_tabled_before_lawmakers_is_submitted() -> None:
    found = observe(
        _treaty(), "Morocco investment agreement tabled before Guinea-Bissau lawmakers", "en"
    )
    assert ("submitted", D) in stages(found)


def test_an_exchange_still_missing_keeps_a_treaty_out_of_force() -> None:
    found = observe(
        _treaty(),
        "Ratificação concluída em Rabat; acordo aguarda troca de notificações",
        "pt",
        "Com a ratificação marroquina publicada no Boletim Oficial do reino, o acordo de "
        "investimentos com a Guiné-Bissau falta apenas a troca de notificações para entrar em "
        "vigor.",
    )
    assert ("in-force", D) not in stages(found)


def test_what_follows_a_treatys_entry_into_force_is_not_its_entry() -> None:
    q = only_question(
        "China and Guinea sign an investment treaty",
        "Whether the China–Guinea investment promotion and protection agreement is ratified by "
        "Guinea's National Assembly and approved by China, and enters into force.",
    )
    found = observe(
        q,
        "中国商务部：中几投资协定国内核准程序可望年内完成",
        "zh",
        "商务部发言人表示，中方正推进中国—几内亚投资促进和保护协定的国内核准程序，"
        "协定生效后将为中企赴几投资提供更好保障。",
    )
    assert ("in-force", D) not in stages(found)


# --- a steady trade -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "language"),
    [
        (
            "Marrocos levanta suspensão e atum senegalês volta a seguir todas as semanas",
            "pt",
        ),
        ("塞内加尔金枪鱼罐头对摩洛哥出口走向常态化", "zh"),
    ],
)
def test_a_steady_trade_taken_up_is_volumes(title: str, language: str) -> None:
    q = only_question(
        "Senegal and Morocco sign a sanitary protocol",
        "Whether Senegalese canned tuna exports to Morocco get going, from a first shipment "
        "to regular volumes.",
    )
    assert ("volumes-reported", D) in stages(observe(q, title, language))


def test_questions_of_one_briefing_keep_their_own_kinds() -> None:
    kinds = [
        q.kind
        for q in questions_of(
            "Senegal and Morocco sign an investment treaty",
            "Whether Senegal's Council of Ministers removes the import duty on Moroccan "
            "phosphate fertilizers that Rabat requested at the joint commission.",
            "Whether Senegalese canned tuna exports to Morocco get going, from a first "
            "shipment to regular volumes.",
        )
    ]
    assert kinds == ["decision", "market"]
