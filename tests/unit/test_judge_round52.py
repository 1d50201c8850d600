"""Fifty-second and fifty-third-round readings, and the questions they are read for.

Earthworks, levelling and clearing prepare a site ("movimientos de tierra", "terraplenagem",
"earthworks began", "施工准备"); foundations, piles and "the works" build it. A government that
decides to buy boats or an airline that decides to launch flights asks a decision, and the two
ends of a route are not owners of the request. The asker's plan to send a proposal signals
nothing of the decider's; a legislature's committee decides nothing its plenary still votes on; a
debt rescheduling signed is decided; "决定不向…发放" rules a licence out. A past halt recalled
beside the news is no stall; "started production" is production; a yarn plant, a hydropower
plant are not the denim mill or the bridge. Both countries' parliaments done is both; a chamber
with "two debates still to go in the other" is one step; concerns conveyed are words; approvals
put on hold press, resumed ease. A first batch harvested is not shipped; notes to be exchanged
"so that" a treaty takes effect put nothing in force. Every name of a firm, a body or a person
here is made up; the countries, their regions and their institutions are real.
"""

from __future__ import annotations

import pytest

from tests.unit.builders import entity_names, observe, only_question, stages
from watcher.ladders import choose_kind
from watcher.model import Polarity, Question

D = Polarity.DONE


# --- earthworks prepare the site -----------------------------------------------------------------


def _plant() -> Question:
    return only_question(
        "Colombia and India sign an investment treaty",
        "Whether Kaveri Pharma's generics plant in Palmira moves from announcement through site "
        "preparation and construction to production.",
        entities=("Colombia", "India", "Kaveri Pharma"),
    )


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Comienzan los movimientos de tierra para la planta de Kaveri Pharma en Palmira", "es"),
        ("Kaveri Pharma inicia el desmonte y la nivelación del lote de su planta en Palmira", "es"),
        ("Kaveri Pharma começa terraplenagem da fábrica de Palmira", "pt"),
        ("Earthworks began at Kaveri Pharma's Palmira plant site", "en"),
    ],
)
def test_earthworks_and_levelling_prepare_the_site(title: str, language: str) -> None:
    found = stages(observe(_plant(), title, language))
    assert ("preparing", D) in found
    assert ("construction", D) not in found


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Arrancan las obras de la planta de Kaveri Pharma en Palmira", "es"),
        ("Kaveri Pharma inicia las fundaciones de su planta en Palmira", "es"),
        ("Começam as obras da fábrica da Kaveri Pharma em Palmira", "pt"),
    ],
)
def test_the_works_and_foundations_are_construction(title: str, language: str) -> None:
    assert ("construction", D) in stages(observe(_plant(), title, language))


def test_the_works_preparation_stage_in_chinese_is_preparing() -> None:
    q = only_question(
        "China and Nepal sign an investment treaty",
        "Whether China's reconstruction of the Tatopani Friendship Bridge moves from pledge to "
        "site preparation, construction and reopening.",
    )
    found = observe(
        q,
        "中国援建达托帕尼友谊桥工程进场",
        "zh",
        "中国援建的达托帕尼友谊桥重建工程已进场清理场地，工程正式进入施工准备阶段。",
    )
    assert ("preparing", D) in stages(found)
    assert ("construction", D) not in stages(found)


# --- decisions to buy and to launch; the ends of a route -----------------------------------------


@pytest.mark.parametrize(
    "item",
    [
        "Whether Honduras's government decides to buy Turkish-built patrol boats from the "
        "Karadeniz Tersane shipyard for its Navy.",
        "Whether Atlantic Morna Air decides to launch direct flights between Cabo Verde and "
        "Brazil.",
    ],
)
def test_deciding_to_buy_or_to_launch_is_a_decision(item: str) -> None:
    assert choose_kind(item) == "decision"


def test_the_ends_of_a_route_are_not_the_deciders_askers() -> None:
    q = only_question(
        "Cabo Verde and Brazil sign an investment pact",
        "Whether Atlantic Morna Air decides to launch direct flights between Cabo Verde and "
        "Brazil.",
    )
    assert entity_names(q) == ["Atlantic Morna Air"]
    found = observe(
        q,
        "Atlantic Morna Air quer voar para Fortaleza",
        "pt",
        "O presidente da Atlantic Morna Air afirmou que a companhia tenciona lançar uma ligação "
        "direta Praia–Fortaleza em dezembro.",
    )
    assert ("signaled", D) in stages(found)


# --- who signals, who decides --------------------------------------------------------------------


def _debt() -> Question:
    return only_question(
        "Brazil and Mozambique sign a tax treaty",
        "Whether Brazil decides to reschedule Mozambique's arrears on the BNDES loan that "
        "financed the Nacala airport.",
    )


def test_the_askers_plan_to_send_a_proposal_signals_nothing() -> None:
    found = observe(
        _debt(),
        "Mozambique to put BNDES debt proposal to Brazil",
        "en",
        "Mozambique's finance ministry said it will send Brasília a proposal to reschedule its "
        "arrears on the BNDES loan for the Nacala airport.",
    )
    assert "signaled" not in [o.stage for o in found]


def test_a_legislative_committees_approval_decides_nothing() -> None:
    found = observe(
        _debt(),
        "Comissão de Assuntos Econômicos do Senado aprova renegociação da dívida do BNDES; "
        "plenário vota na próxima semana",
        "pt",
    )
    assert ("done", D) not in stages(found)


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Brasil e Moçambique assinam acordo que reescalona dívida do BNDES do aeroporto", "pt"),
        ("Brazil and Mozambique sign deal to reschedule BNDES airport arrears", "en"),
    ],
)
def test_a_rescheduling_signed_is_decided(title: str, language: str) -> None:
    assert ("done", D) in stages(observe(_debt(), title, language))


def test_a_decision_not_to_issue_a_licence_rules_it_out() -> None:
    q = only_question(
        "Niue signs a fisheries deal with China",
        "Whether Niue's cabinet decides to grant Longhai Pacific Fisheries a longline licence.",
        entities=("Niue", "China", "Longhai Pacific Fisheries"),
    )
    found = observe(
        q,
        "纽埃内阁否决中国渔企申请",
        "zh",
        "纽埃内阁20日决定不向龙海太平洋渔业公司发放延绳钓许可。",
    )
    assert ("ruled-out", D) in stages(found)
    assert ("done", D) not in stages(found)


# --- a halt recalled, production started, neighbours ---------------------------------------------


def _mill() -> Question:
    return only_question(
        "Guatemala and Türkiye sign a trade pact",
        "Whether Bozdağ Denim's denim plant in Masagua moves from announcement to site "
        "preparation, construction and operation.",
        entities=("Guatemala", "Türkiye", "Bozdağ Denim"),
    )


def test_production_started_months_after_a_halt_is_operational() -> None:
    found = observe(
        _mill(),
        "Turkish denim mill starts production in Guatemala",
        "en",
        "Bozdağ Denim's mill in Masagua has started production, shipping its first rolls of "
        "denim eight months after a court dispute halted work.",
    )
    assert ("operational", D) in stages(found)
    assert "stalled" not in [o.stage for o in found]


def test_a_yarn_plant_is_not_the_denim_mill() -> None:
    found = observe(
        _mill(),
        "Textilera coreana inaugura una planta de hilados en Masagua",
        "es",
        "La empresa Hanul Fibers inauguró una planta de hilados de algodón en Masagua, cerca de "
        "otros proyectos textiles.",
    )
    assert "operational" not in [o.stage for o in found]


def test_a_halt_recalled_as_the_works_resume_is_no_stall() -> None:
    q = only_question(
        "China and Nepal sign an investment treaty",
        "Whether China's reconstruction of the Tatopani Friendship Bridge moves from pledge to "
        "site preparation, construction and reopening.",
    )
    found = observe(
        q,
        "Construction of Tatopani bridge begins as crews drill first pier foundations",
        "en",
        "Chinese and Nepali crews have started building the Friendship Bridge at Tatopani after "
        "work halted by the monsoon resumed on a rebuilt access road.",
    )
    assert ("construction", D) in stages(found)
    assert "stalled" not in [o.stage for o in found]


# --- chambers, both parliaments ------------------------------------------------------------------


def _treaty() -> Question:
    return only_question(
        "Brazil and Cabo Verde sign an investment pact",
        "Whether the Brazil–Cabo Verde investment cooperation and facilitation agreement is "
        "ratified by Cabo Verde's National Assembly and Brazil's National Congress and enters "
        "into force.",
    )


def test_both_countries_parliaments_done_is_both() -> None:
    found = observe(
        _treaty(),
        "Senado aprova acordo com Cabo Verde",
        "pt",
        "O plenário do Senado aprovou o acordo de cooperação e facilitação de investimentos com "
        "Cabo Verde, concluindo a aprovação nos parlamentos dos dois países.",
    )
    assert ("ratified-all", D) in stages(found)
    # (a control: trade between the two countries is no second vote)
    found = observe(
        _treaty(),
        "O plenário do Senado aprovou o acordo de investimentos com Cabo Verde, que amplia o "
        "comércio entre os dois países",
        "pt",
    )
    assert ("ratified-all", D) not in stages(found)


def test_a_chamber_with_the_others_debates_still_ahead_is_not_the_countrys_approval() -> None:
    q = only_question(
        "Colombia and India sign an investment treaty",
        "Whether the Colombia–India bilateral investment treaty is approved by Colombia's "
        "Congress and Constitutional Court, ratified by India and enters into force.",
    )
    found = observe(
        q,
        "Plenaria del Senado aprueba el tratado de inversiones con India",
        "es",
        "La plenaria del Senado aprobó en segundo debate el tratado de inversiones con India, "
        "que todavía necesita dos debates en la Cámara de Representantes.",
    )
    assert ("ratified-partial", D) not in stages(found)


# --- pressure: concerns conveyed, approvals held and resumed -------------------------------------


def _power() -> Question:
    return only_question(
        "Nepal signs deals with China",
        "Whether India steps up pressure on Nepal over its new investment deals with China, "
        "from words to concrete measures.",
    )


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("India conveys concerns to Nepal over China investment pact", "en"),
        ("印方就中尼投资协定公开表达关切", "zh"),
    ],
)
def test_concerns_conveyed_are_words(title: str, language: str) -> None:
    assert ("rhetorical", D) in stages(observe(_power(), title, language))


@pytest.mark.parametrize(
    ("title", "language"),
    [
        (
            "India has put on hold the renewal of approvals for nine Nepali hydropower "
            "projects, citing Chinese stakes",
            "en",
        ),
        ("印度暂停续批9个尼泊尔水电项目向印度市场售电的许可", "zh"),
    ],
)
def test_approvals_put_on_hold_press(title: str, language: str) -> None:
    assert ("concrete", D) in stages(observe(_power(), title, language))


def test_approvals_resumed_ease() -> None:
    found = observe(_power(), "印度恢复续批此前被搁置的9个尼泊尔水电项目售电许可", "zh")
    assert ("eased", D) in stages(found)


# --- a batch readied; a purpose ------------------------------------------------------------------


def test_a_first_batch_harvested_is_not_shipped() -> None:
    q = only_question(
        "China opens its market to Nepali kiwifruit",
        "Whether Nepali kiwifruit exports to China get going, from a first shipment to regular "
        "volumes.",
    )
    found = observe(
        q,
        "尼泊尔猕猴桃输华在即",
        "zh",
        "尼泊尔首批约15吨猕猴桃已在多拉卡完成采收和预冷，预计下周运抵中国。",
    )
    assert ("first-shipment", D) not in stages(found)


def test_notes_to_be_exchanged_so_that_it_takes_effect_put_nothing_in_force() -> None:
    q = only_question(
        "China and Nepal sign an investment treaty",
        "Whether the China–Nepal investment protection agreement is ratified by Nepal's "
        "parliament and approved by China, and enters into force.",
    )
    found = observe(
        q,
        "中尼拟互换照会",
        "zh",
        "尼泊尔外交部官员表示，中尼双方计划于4月互换照会，使两国投资保护协定正式生效。",
    )
    assert ("in-force", D) not in stages(found)
