"""Forty-fourth and forty-fifth-round readings, and the questions they are read for.

A facility's name after a compound that says whose it is ("the Chinese-built Corentyne port")
is its name, and the listed firm that signed its contract answers for it. A first batch of
registered firms, one being got ready or still being graded is no first shipment, and a month
in Chinese numerals (七月) dates a step to come; imports resumed reopen a market. A treaty
"ratified in Beijing and Port of Spain" has two parties; one whose entry into force "still
awaits" the other side is not in force. A firm put on the Entity List is a concrete measure
however long its name. Hearsay from "two sources" is hearsay. A body named for a market (the
Common Market Council) asks no market question; a summit "signalling the relaunch" of talks
signals the decision. A treaty sent to a court "before it is sent to the Assembly" is not
submitted; a plant that "began injecting power into the grid" works; a suspension "lifted"
(levantara) builds nothing. Every name of a firm, a body or a person here is made up; the
countries, their regions and their institutions are real.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.builders import observe, only_question, stages
from watcher.judge.dates import names_later_date
from watcher.ladders import choose_kind
from watcher.model import Polarity, Question

D = Polarity.DONE


def _port() -> Question:
    return only_question(
        "Guyana and China sign an investment pact",
        "Whether the Chinese-built Corentyne deep-water port in East Berbice-Corentyne moves "
        "from a framework deal to permits, site works and construction.",
        body="Huayuan Harbour Engineering, a Chinese builder, also signed a framework agreement "
        "with the Ministry of Public Works for a deep-water port on the Corentyne coast.",
        entities=("Guyana", "China", "Huayuan Harbour Engineering"),
    )


def test_a_facility_named_after_whose_it_is_and_its_contractor() -> None:
    names = [n for e in _port().entities for n in e.names]
    assert "Corentyne" in names
    assert "Huayuan Harbour Engineering" in names
    found = observe(
        _port(),
        "EPA grants environmental permit for Corentyne port; Huayuan begins site clearing",
        "en",
    )
    assert ("preparing", D) in stages(found)


def test_the_contractor_in_chinese_by_its_pinyin() -> None:
    found = observe(
        _port(),
        "圭亚那深水港正式开工建设",
        "zh-Hans",
        "由华远港湾工程有限公司承建的圭亚那深水港25日正式开工，主码头第一根钢管桩顺利打入。",
    )
    assert ("construction", D) in stages(found)


_SHRIMP = (
    "Guyana and China sign a sanitary protocol",
    "Whether Guyanese frozen seabob shrimp exports to China get going under the new sanitary "
    "protocol, from a first shipment to regular volumes.",
)


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("海关总署公布首批两家圭亚那冷冻海虾注册企业", ""),
        ("圭亚那冷冻海虾出口商筹备首批输华货物", ""),
        ("圭亚那冷冻海虾输华在即", "首批输往中国的圭亚那冷冻海虾正在进行检疫和包装。"),
        ("圭亚那冷冻海虾首批货物预计七月启运输华", ""),
    ],
)
def test_no_first_shipment_yet_in_chinese(title: str, lead: str) -> None:
    found = observe(only_question(*_SHRIMP), title, "zh-Hans", lead)
    assert ("first-shipment", D) not in stages(found)


def test_imports_resumed_reopen_the_market() -> None:
    found = observe(only_question(*_SHRIMP), "海关总署恢复圭亚那冷冻海虾输华", "zh-Hans")
    assert ("opened", D) in stages(found)
    # ... not their precondition
    found = observe(
        only_question(*_SHRIMP),
        "中方拟赴圭亚那核查冷冻海虾加工厂",
        "zh-Hans",
        "海关总署计划下月派员赴圭亚那核查冷冻海虾加工厂，这是恢复进口的前提条件。",
    )
    assert ("opened", D) not in stages(found)


@pytest.mark.parametrize(
    ("text", "later"),
    [("预计七月启运", True), ("十一月", True), ("三个月内", False), ("去年十月开工", False)],
)
def test_months_in_chinese_numerals(text: str, later: bool) -> None:
    assert names_later_date(text, date(2030, 6, 10)) is later


_TREATY = (
    "China and Trinidad and Tobago sign an investment treaty",
    "Whether the China–Trinidad and Tobago investment treaty is ratified in Beijing and Port of "
    "Spain and enters into force.",
)


def test_ratified_in_two_capitals_is_two_parties() -> None:
    q = only_question(*_TREATY)
    assert [p.name for p in q.parties] == ["China", "Trinidad and Tobago"]
    found = observe(
        q,
        "全国人大常委会批准中特双边投资保护协定",
        "zh-Hans",
        "全国人大常委会会议2日表决通过关于批准中国与特立尼达和多巴哥双边投资保护协定的决定。",
    )
    assert [(o.stage, o.party) for o in found] == [("ratified-partial", "China")]


def test_an_entry_into_force_that_still_awaits_the_other_side() -> None:
    found = observe(
        only_question(*_TREATY),
        "中国批准与特立尼达投资协定 待特方跟进",
        "zh-Hant",
        "全國人大常委會昨日表決批准中國與特立尼達和多巴哥雙邊投資保護協定，協定生效仍有待特方完成批准。",
    )
    assert ("in-force", D) not in stages(found)


def test_a_firm_put_on_the_entity_list_is_a_concrete_measure() -> None:
    q = only_question(
        "Guyana and China sign a port deal",
        "Whether the United States steps up pressure on Guyana over the Chinese-built port, "
        "from warnings to concrete measures.",
    )
    found = observe(
        q,
        "Commerce Department lists Chinese port builder",
        "en",
        "The U.S. Commerce Department on Tuesday added Huayuan Harbour Engineering, the Chinese "
        "company building the deep-water port in Guyana, to its Entity List.",
    )
    assert ("concrete", D) in stages(found)


def test_hearsay_from_two_sources_is_hearsay() -> None:
    q = only_question(
        "Ecuador and India sign a trade pact",
        "Whether Ecuador's health regulator ARCSA decides to recognise India's drug regulator as "
        "a reference for fast-track registration of Indian medicines.",
        entities=("Ecuador", "India", "ARCSA"),
    )
    found = observe(
        q,
        "ARCSA prepara el reconocimiento del regulador de India",
        "es",
        "La agencia ARCSA prepara una resolución para reconocer al regulador de India, según dos "
        "fuentes del sector.",
    )
    assert all(p is not D for _, p in stages(found))


_MERCOSUR = (
    "Brazil and South Korea sign an investment pact",
    "Whether Mercosur's Common Market Council decides to relaunch free-trade negotiations with "
    "South Korea, as Brasília proposes.",
)


def test_a_body_named_for_a_market_asks_no_market_question() -> None:
    assert choose_kind(_MERCOSUR[1]) == "decision"


def test_the_baseline_is_not_read_from_another_items_market() -> None:
    q = only_question(
        *_MERCOSUR,
        body="Korea's agriculture ministry published the import conditions, which allow "
        "Brazilian beef into the Korean market for the first time.",
    )
    assert q.baseline == "open"


@pytest.mark.parametrize(
    ("title", "lead", "language"),
    [
        ("Cúpula do Mercosul sinaliza retomada das negociações com a Coreia do Sul", "", "pt"),
        (
            "Mercosur leaders back talks with South Korea",
            "Mercosur presidents left the formal decision on relaunching negotiations with "
            "South Korea to the December summit.",
            "en",
        ),
    ],
)
def test_a_summit_signals_the_relaunch(title: str, lead: str, language: str) -> None:
    found = observe(only_question(*_MERCOSUR), title, language, lead)
    assert ("signaled", D) in stages(found)


def test_a_treaty_sent_to_the_court_first_is_not_submitted() -> None:
    q = only_question(
        "Ecuador and India sign a preferential trade pact",
        "Whether the Ecuador–India preferential trade agreement is approved by Ecuador's "
        "National Assembly and ratified by India, and enters into force.",
    )
    found = observe(
        q,
        "Gobierno remite el acuerdo con India a la Corte Constitucional",
        "es",
        "La Presidencia envió el acuerdo comercial preferencial con India a la Corte "
        "Constitucional para que dictamine, paso previo a su envío a la Asamblea.",
    )
    assert ("submitted", D) not in stages(found)


_POWER = (
    "Honduras and Turkey sign a trade pact",
    "Whether the Turkish floating power plant planned for Puerto Cortés moves from announcement "
    "to supplying electricity to the Honduran grid.",
)


def test_a_plant_injecting_power_into_the_grid_works() -> None:
    found = observe(
        only_question(*_POWER),
        "La central flotante turca comienza a inyectar energía a la red desde Puerto Cortés",
        "es",
    )
    assert ("operational", D) in stages(found)


def test_a_suspension_lifted_in_the_subjunctive_builds_nothing() -> None:
    found = observe(
        only_question(*_POWER),
        "La central flotante turca de Puerto Cortés sigue en espera",
        "es",
        "La central flotante turca sigue en Puerto Cortés días después de que la Sala de lo "
        "Constitucional levantara la suspensión de su contrato.",
    )
    assert ("announced", D) not in stages(found)
