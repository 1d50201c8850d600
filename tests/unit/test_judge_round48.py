"""Forty-eighth and forty-ninth-round readings, and the questions they are read for.

A site being prepared, as the report itself calls it ("comenzó la preparación del terreno",
"começam os trabalhos de preparação do terreno"), is `preparing`, not construction. A
government deciding to cap its exports asks a decision, not a market question; "pondrá un
tope" announces it and "resolvió no limitar" drops it. A senate's vote "que pasa a Diputados"
is one chamber's. A bill "deu ontem entrada" in the assembly is submitted; a bill's own name
("a proposta de resolução que aprova o acordo") approves nothing, and one "que será remetida"
is not yet sent. A first cargo that "ainda não tem data" has not sailed. A firm's own word
before its sector is a name; the People's Majlis is a legislature; the firm a facility's
framework agreement is "with" builds it, and Chinese news writes its pinyin before its
sector. A first cargo "首次输华" of four tonnes is a first shipment. A creditor that "declines to
roll over" a treasury bill presses. A preference stated signals a decision, a technology
adopted decides it, and a decision on a named firm's system needs no country beside it.
Notes not yet exchanged put nothing in force. Every name of a firm, a body or a person here
is made up; the countries, their regions and their institutions are real.
"""

from __future__ import annotations

import pytest

from tests.unit.builders import entity_names, observe, only_question, stages
from watcher.judge.romanize import Romanizer
from watcher.judge.text import fold
from watcher.ladders import choose_kind
from watcher.model import Polarity, Question

D = Polarity.DONE


# --- a site being prepared -------------------------------------------------------------------


def _mill() -> Question:
    return only_question(
        "Uruguay and Türkiye sign a tax treaty",
        "Whether Anatolia Yün's wool mill in Florida department moves from announcement to site "
        "preparation, construction and operation.",
        entities=("Uruguay", "Türkiye", "Anatolia Yün"),
    )


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Comenzó la preparación del terreno para la planta de Anatolia Yün en Florida", "es"),
        ("Começam os trabalhos de preparação do terreno da fábrica da Anatolia Yün", "pt"),
    ],
)
def test_a_site_being_prepared_is_preparing(title: str, language: str) -> None:
    found = stages(observe(_mill(), title, language))
    assert ("preparing", D) in found
    assert ("construction", D) not in found


def test_construction_after_the_site_was_prepared_is_construction() -> None:
    found = observe(
        _mill(),
        "Comienza la construcción de la planta de Anatolia Yün en Florida",
        "es",
        "Anatolia Yün inició la obra civil tras concluir la preparación del terreno.",
    )
    assert ("construction", D) in stages(found)


# --- a cap on exports ---------------------------------------------------------------------------


_CAP = (
    "Whether the Paraguayan government decides to cap live cattle exports, most of which go to "
    "Türkiye."
)


def test_a_cap_on_exports_is_a_decision() -> None:
    assert choose_kind(_CAP) == "decision"
    # (a control: exports getting going are a market)
    assert (
        choose_kind(
            "Whether Paraguayan rice exports to Türkiye get going under the new protocol, from a "
            "first shipment to regular volumes."
        )
        == "market"
    )


def _cap() -> Question:
    return only_question("Paraguay and Türkiye sign a trade pact", _CAP)


def test_a_cap_announced_signals_and_dropped_rules_out() -> None:
    announced = observe(
        _cap(),
        "El gobierno anuncia que pondrá un tope a la exportación de ganado en pie",
        "es",
        "El ministro anunció que el Poder Ejecutivo limitará por decreto la exportación de "
        "ganado en pie, cuyo principal destino es Turquía.",
    )
    assert ("signaled", D) in stages(announced)
    dropped = observe(
        _cap(),
        "El gobierno descarta el tope a la exportación de ganado en pie",
        "es",
        "Tras un acuerdo con los productores, el Poder Ejecutivo resolvió no limitar la "
        "exportación de ganado en pie a Turquía.",
    )
    assert ("ruled-out", D) in stages(dropped)


# --- one chamber, a bill's name, a bill still to be sent --------------------------------------


def _tax_treaty() -> Question:
    return only_question(
        "Uruguay and Türkiye sign a tax treaty",
        "Whether the Uruguay–Türkiye double taxation convention is ratified by Uruguay's General "
        "Assembly and by Türkiye and enters into force.",
    )


def test_a_senate_vote_that_goes_on_to_the_deputies_is_one_chambers() -> None:
    found = observe(
        _tax_treaty(),
        "El Senado aprobó el convenio tributario con Turquía, que pasa a Diputados",
        "es",
        "La Cámara de Senadores aprobó el convenio; el texto necesita ahora la aprobación de la "
        "Cámara de Representantes.",
    )
    assert ("ratified-partial", D) not in stages(found)
    assert ("ratified-all", D) not in stages(found)


def _angola_treaty() -> Question:
    return only_question(
        "Angola and Egypt sign an investment treaty",
        "Whether the Angola–Egypt investment protection agreement is ratified by Angola's "
        "National Assembly and by Egypt and enters into force.",
    )


def test_a_bill_entered_in_the_assembly_is_submitted() -> None:
    found = observe(
        _angola_treaty(),
        "Acordo de investimentos com o Egipto deu ontem entrada na Assembleia Nacional de Angola",
        "pt",
    )
    assert ("submitted", D) in stages(found)


def test_a_bills_own_name_ratifies_nothing() -> None:
    found = observe(
        _angola_treaty(),
        "Acordo com o Egipto na Assembleia Nacional",
        "pt",
        "A proposta de resolução que aprova o acordo de protecção de investimentos entre Angola "
        "e o Egipto deu ontem entrada na Assembleia Nacional.",
    )
    assert ("ratified-partial", D) not in stages(found)


def test_a_bill_still_to_be_sent_is_not_submitted() -> None:
    found = observe(
        _angola_treaty(),
        "Conselho de Ministros aprova proposta sobre o acordo com o Egipto",
        "pt",
        "O Conselho de Ministros aprovou a proposta de resolução sobre o acordo de investimentos "
        "com o Egipto, que será remetida à Assembleia Nacional nos próximos dias.",
    )
    assert ("submitted", D) not in stages(found)


def test_a_first_cargo_with_no_date_has_not_sailed() -> None:
    q = only_question(
        "Angola and Egypt sign a coffee protocol",
        "Whether Angolan coffee exports to Egypt get going under the new protocol, from a first "
        "shipment to regular volumes.",
    )
    found = observe(
        q,
        "Amostras de café angolano seguem para o Egipto",
        "pt",
        "Exportadores angolanos enviaram amostras de café a torrefactores egípcios, mas o "
        "primeiro carregamento comercial ainda não tem data.",
    )
    assert ("first-shipment", D) not in stages(found)


# --- names -----------------------------------------------------------------------------------


def test_a_firms_own_word_before_its_sector_is_a_name() -> None:
    q = only_question(
        "Angola and Egypt sign an investment treaty",
        "Whether Kaldera Pharmaceuticals' generic-medicines plant in the Viana industrial zone "
        "moves from announcement to construction.",
    )
    names = [n for e in q.entities for n in e.names]
    assert "Kaldera Pharmaceuticals" in names
    assert "Kaldera" in names


def test_the_peoples_majlis_is_a_legislature_not_a_people() -> None:
    q = only_question(
        "China and the Maldives sign an investment treaty",
        "Whether the China–Maldives investment protection agreement is approved by the People's "
        "Majlis and by China and enters into force.",
    )
    assert entity_names(q) == ["China", "Maldives"]
    assert "People" not in [n for e in q.entities for n in e.names]


def _fishing_port() -> Question:
    return only_question(
        "China and the Maldives sign a port deal",
        "Whether the Chinese-built fisheries port in Raa atoll moves from the framework deal to "
        "construction and operation.",
        body="A framework agreement with the state-linked Donghai Harbour Engineering Co. foresees "
        "a fishing port in Raa atoll, financed by a Chinese loan.",
        entities=("China", "Maldives", "Raa", "Donghai Harbour Engineering Co."),
    )


def test_the_firm_a_framework_agreement_is_with_builds_the_port() -> None:
    names = [n for e in _fishing_port().entities for n in e.names]
    assert any(n.startswith("Donghai Harbour Engineering") for n in names)


def test_a_long_pinyin_firm_name_before_its_sector_is_read_whole() -> None:
    marked = Romanizer(["Donghai Harbour Engineering Co"]).mark(fold("东海港湾工程有限公司承建"))
    assert "donghai harbour engineering co" in marked


def test_the_port_told_by_its_builder_in_chinese() -> None:
    found = observe(
        _fishing_port(),
        "马尔代夫渔港主体工程开工",
        "zh-Hans",
        "东海港湾工程有限公司14日举行开工仪式，渔港码头主体工程正式开工建设。",
    )
    assert ("construction", D) in stages(found)


def test_an_investment_agreement_named_by_its_chinese_title() -> None:
    q = only_question(
        "China and the Maldives sign an investment treaty",
        "Whether the China–Maldives investment protection agreement is approved by the People's "
        "Majlis and by China and enters into force.",
    )
    assert "相互保护投资" in q.terms


# --- markets, pressure, decisions in the other languages ------------------------------------


def test_a_first_cargo_into_china_is_a_first_shipment_not_volumes() -> None:
    q = only_question(
        "China and the Maldives sign a tuna protocol",
        "Whether Maldivian chilled tuna exports to China get going under the new protocol, from a "
        "first shipment to regular volumes.",
    )
    found = observe(
        q,
        "马尔代夫冰鲜金枪鱼空运抵沪",
        "zh-Hans",
        "约4吨马尔代夫冰鲜金枪鱼20日空运抵达上海，这是马尔代夫冰鲜金枪鱼首次输华。",
    )
    assert ("first-shipment", D) in stages(found)
    assert ("volumes-reported", D) not in stages(found)


def test_a_treasury_bill_not_rolled_over_is_concrete_pressure() -> None:
    q = only_question(
        "China and the Maldives sign a port deal",
        "Whether India steps up pressure on the Maldives over the Chinese-built port.",
    )
    found = observe(
        q,
        "India declines to roll over $50 million Maldives treasury bill amid port row",
        "en",
    )
    assert ("concrete", D) in stages(found)


def _upi() -> Question:
    return only_question(
        "India and Cabo Verde sign a payments memorandum",
        "Whether Banco de Cabo Verde decides to base the country's instant-payment system on "
        "India's UPI technology through an agreement with NPCI International.",
        entities=("Cabo Verde", "India", "Banco de Cabo Verde", "NPCI International"),
    )


def test_a_decision_on_a_named_firms_system_needs_no_country_beside_it() -> None:
    assert entity_names(_upi()) == ["NPCI International"]


def test_a_preferred_technology_signals_and_its_adoption_decides() -> None:
    preferred = observe(
        _upi(),
        "Banco de Cabo Verde escolhe UPI como opção preferida",
        "pt",
        "O governador anunciou que a instituição escolheu a tecnologia UPI, da NPCI "
        "International, como opção preferida e vai abrir negociações.",
    )
    assert ("signaled", D) in stages(preferred)
    assert ("done", D) not in stages(preferred)
    adopted = observe(
        _upi(),
        "Banco de Cabo Verde assina acordo com a NPCI International e adota a tecnologia UPI",
        "pt",
    )
    assert ("done", D) in stages(adopted)


def test_a_preference_stated_in_spanish_signals() -> None:
    q = only_question(
        "Peru and Türkiye sign a defence deal",
        "Whether Peru's government decides to award the Navy's two offshore patrol vessels to the "
        "Turkish shipyard Marmara Tersanecilik.",
        entities=("Peru", "Türkiye", "Marmara Tersanecilik"),
    )
    assert "patrulleras" in q.terms
    found = observe(
        q,
        "Defensa señala su preferencia por el astillero turco Marmara para las patrulleras",
        "es",
    )
    assert ("signaled", D) in stages(found)


def test_notes_not_yet_exchanged_put_nothing_in_force() -> None:
    q = only_question(
        "China and Seychelles sign an investment treaty",
        "Whether the China–Seychelles investment protection agreement is ratified by both "
        "countries and enters into force.",
    )
    found = observe(
        q,
        "中塞投资协定照会迟未互换 生效日期未定",
        "zh-Hans",
        "中国与塞舌尔虽已完成投资保护协定的批准程序，但双方尚未互换照会，协定生效日期仍未确定。",
    )
    assert ("in-force", D) not in stages(found)
