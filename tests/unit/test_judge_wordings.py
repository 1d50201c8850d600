"""Wordings written fresh, in four languages, for the stages the unread rounds missed most (a
count by stage, never their text): a decider's own plan to decide or a step towards it; the
steps before a project's works; a trade's value and rhythm, and a pause in it; a legislature's
standing committee ratifying; an adverb or a day between a cue's words. Every name of a firm,
a body or a person here is made up; the countries are real."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, only_question, stages
from watcher.model import Polarity

D, S = Polarity.DONE, Polarity.SPECULATIVE

CONCESSION = only_question(
    "Angola and Vietnam sign a port deal",
    "Whether Angola's government grants the port concession at Lobito to Helix Marine.",
)

SIGNALED = [
    ("en", "Angola plans to grant the Lobito port concession to Helix Marine"),
    ("en", "Angola's government intends to award the Lobito port concession to Helix Marine"),
    ("en", "Angola moves closer to granting the Lobito port concession to Helix Marine"),
    ("en", "Angola shortlists Helix Marine for the Lobito port concession"),
    ("es", "Angola prevé otorgar la concesión del puerto de Lobito a Helix Marine"),
    ("es", "Angola avanza hacia la concesión del puerto de Lobito a Helix Marine"),
    ("pt", "Governo angolano pretende atribuir a concessão do porto do Lobito à Helix Marine"),
    ("pt", "Angola aproxima-se da concessão do porto do Lobito à Helix Marine"),
    ("zh", "安哥拉政府拟将洛比托港特许经营权授予赫利克斯海事公司"),
]


@pytest.mark.parametrize(("lang", "title"), SIGNALED)
def test_a_deciders_plan_or_a_step_towards_the_decision_signals_it(lang: str, title: str) -> None:
    assert stages(observe(CONCESSION, title, lang)) == [("signaled", D)]


def test_a_plan_denied_rumoured_or_someone_elses_is_no_signal() -> None:
    denied = observe(CONCESSION, "Angola does not plan to grant the Lobito port concession", "en")
    assert [s for s, p in stages(denied) if p is D] == []
    rumour = observe(
        CONCESSION, "Sources say Angola plans to grant the Lobito port concession to Helix", "en"
    )
    assert stages(rumour) == [("signaled", S)]
    applicant = observe(
        CONCESSION, "Helix Marine plans to apply for the Lobito port concession in Angola", "en"
    )
    assert [s for s, _ in stages(applicant)] == [None]


TERMINAL = only_question(
    "Angola and Vietnam sign a port deal",
    "Whether Helix Marine's container terminal at Lobito moves from announcement to "
    "construction and operation.",
)

PREPARING = [
    ("en", "Surveyors begin geotechnical studies at Helix Marine's Lobito terminal site"),
    ("en", "Helix Marine completes feasibility study for its Lobito terminal"),
    ("en", "Helix Marine launches tender to build its Lobito terminal"),
    ("es", "Comienzan los estudios geotécnicos en el terreno de la terminal de Helix Marine"),
    ("es", "Helix Marine contrata a la constructora de la terminal de Lobito"),
    ("pt", "Começam os estudos geotécnicos no terreno do terminal da Helix Marine no Lobito"),
    ("pt", "Helix Marine contrata construtora para o terminal do Lobito"),
    ("zh", "赫利克斯海事公司洛比托码头项目开展地质勘探"),
]


@pytest.mark.parametrize(("lang", "title"), PREPARING)
def test_studies_a_builder_or_a_works_tender_prepare_the_works(lang: str, title: str) -> None:
    terminal = only_question(
        "Angola and Vietnam sign a port deal",
        "Whether Helix Marine's container terminal at Lobito moves from announcement to "
        "construction and operation.",
        entities=("Helix Marine", "赫利克斯海事公司"),
    )
    assert stages(observe(terminal, title, lang)) == [("preparing", D)]


COFFEE = only_question(
    "Angola and Vietnam open a coffee market",
    "Whether Angolan coffee reaches Vietnam under the new protocol, from a first cargo to "
    "regular volumes.",
)

MARKET = [
    ("en", "Angolan coffee exports to Vietnam worth $12 million so far this year", "volumes"),
    ("en", "Angolan coffee now ships to Vietnam every month", "volumes"),
    ("pt", "Café angolano passa a seguir mensalmente para o Vietname", "volumes"),
    ("es", "Café angoleño: los envíos a Vietnam ya salen cada semana desde Luanda", "volumes"),
    ("zh", "安哥拉咖啡每月向越南发运十个集装箱", "volumes"),
    ("en", "Vietnam pauses Angolan coffee purchases after contamination scare", "suspended"),
    ("en", "Hanoi freezes Angolan coffee entry permits", "suspended"),
    ("pt", "Vietname trava importações de café de Angola", "suspended"),
    ("pt", "Vietname suspende temporariamente a entrada de café angolano", "suspended"),
]


@pytest.mark.parametrize(("lang", "title", "stage"), MARKET)
def test_a_trades_value_and_rhythm_and_a_pause_in_it(lang: str, title: str, stage: str) -> None:
    wanted = "volumes-reported" if stage == "volumes" else stage
    assert stages(observe(COFFEE, title, lang)) == [(wanted, D)]


TREATY = only_question(
    "China and Angola sign an investment treaty",
    "Whether the China–Angola investment treaty is ratified by both parliaments and enters "
    "into force.",
)


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "NPC Standing Committee ratifies investment treaty with Angola"),
        ("pt", "Comité Permanente da APN ratifica tratado de investimentos com Angola"),
        ("es", "El Comité Permanente de la APN ratificó el tratado de inversiones con Angola"),
    ],
)
def test_a_legislatures_standing_committee_ratifies_for_it(lang: str, title: str) -> None:
    found = observe(TREATY, title, lang)
    assert [(o.stage, o.polarity, o.party) for o in found] == [
        ("ratified-partial", D, "National People's Congress")
    ]


def test_a_standing_committee_reviewing_a_draft_has_not_ratified() -> None:
    found = observe(
        TREATY,
        "The NPC Standing Committee reviewed a draft decision on the investment treaty with Angola",
        "en",
    )
    assert [s for s, _ in stages(found)] == [None]


def test_notes_exchanged_that_bring_the_treaty_into_force() -> None:
    found = observe(
        TREATY, "China and Angola exchange notes bringing investment treaty into force", "en"
    )
    assert stages(found) == [("in-force", D)]


WORKS = [
    ("en", "First concrete poured at Helix Marine's Lobito terminal", "construction"),
    ("en", "Piling work under way at Helix Marine's Lobito terminal", "construction"),
    ("en", "Work on Helix Marine's Lobito terminal is 40% complete", "construction"),
    ("es", "Se vierte el primer hormigón en la terminal de Helix Marine en Lobito", "construction"),
    ("es", "Las obras de la terminal de Helix Marine en Lobito avanzan al 40%", "construction"),
    ("pt", "Obras do terminal da Helix Marine no Lobito atingem 40%", "construction"),
    ("zh", "赫利克斯海事公司洛比托码头工程进度已达40%", "construction"),
    ("en", "Helix Marine's Lobito terminal handles its first ship", "operational"),
    ("es", "La terminal de Helix Marine en Lobito recibe su primer buque", "operational"),
    ("pt", "Terminal da Helix Marine no Lobito recebe o primeiro navio", "operational"),
    ("zh", "赫利克斯海事公司洛比托码头迎来首艘船舶", "operational"),
]


@pytest.mark.parametrize(("lang", "title", "stage"), WORKS)
def test_works_under_way_and_a_first_ship_in_an_item_that_names_operation(
    lang: str, title: str, stage: str
) -> None:
    terminal = only_question(
        "Angola and Vietnam sign a port deal",
        "Whether Helix Marine's container terminal at Lobito moves from announcement to "
        "construction and operation.",
        entities=("Helix Marine", "赫利克斯海事公司"),
    )
    assert stages(observe(terminal, title, lang)) == [(stage, D)]


def test_a_first_ship_still_to_come_is_a_plan() -> None:
    terminal = only_question(
        "Angola and Vietnam sign a port deal",
        "Whether Helix Marine's container terminal at Lobito moves from announcement to "
        "construction and operation.",
        entities=("Helix Marine", "赫利克斯海事公司"),
    )
    found = observe(terminal, "Helix Marine's Lobito terminal will handle its first ship in March")
    assert [p for _, p in stages(found)] != [D]


ROW = only_question(
    "Sri Lanka hosts an Indian research vessel",
    "Whether Beijing steps up pressure on Sri Lanka over the research vessel's port calls.",
)

PRESSURE = [
    ("en", "China cancels minister's visit to Sri Lanka", "concrete"),
    ("en", "Beijing postpones debt talks with Sri Lanka", "concrete"),
    ("es", "China cancela la visita de su canciller a Sri Lanka", "concrete"),
    ("es", "China aplaza las negociaciones de la deuda con Sri Lanka", "concrete"),
    ("pt", "China adia negociações da dívida com o Sri Lanka", "concrete"),
    ("zh", "中方推迟与斯里兰卡的债务谈判", "concrete"),
    ("zh", "中国取消外长对斯里兰卡的访问", "concrete"),
    ("en", "China and Sri Lanka patch up port-call row", "eased"),
]


@pytest.mark.parametrize(("lang", "title", "stage"), PRESSURE)
def test_talks_put_off_a_visit_called_off_and_a_row_patched_up(
    lang: str, title: str, stage: str
) -> None:
    assert stages(observe(ROW, title, lang)) == [(stage, D)]


AWARD = [
    ("en", "Angola hands Lobito port concession to Helix Marine", "done"),
    ("en", "Helix Marine clinches 30-year Lobito port concession", "done"),
    ("pt", "Helix Marine fica com a concessão do porto do Lobito", "done"),
    ("zh", "赫利克斯海事公司获得洛比托港30年特许经营权", "done"),
    ("en", "Angola picks rival over Helix Marine for Lobito port concession", "ruled-out"),
    ("es", "Angola descarta a Helix Marine para la concesión del puerto de Lobito", "ruled-out"),
    ("pt", "Angola afasta a Helix Marine da concessão do porto do Lobito", "ruled-out"),
]


@pytest.mark.parametrize(("lang", "title", "stage"), AWARD)
def test_the_grantees_side_of_an_award_and_a_rival_picked(
    lang: str, title: str, stage: str
) -> None:
    assert stages(observe(CONCESSION, title, lang)) == [(stage, D)]
