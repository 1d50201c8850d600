"""Eighth-round rules of question building and reading: a legislature written with its country
is not the matter, a second verb still names each party, a place name may hold "das", an item
asks a market question by its ladder words, a contractor's nationality places nothing, and a
project named by its own name needs no topic word beside a stage cue."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, only_question, question
from watcher.ladders import choose_kind
from watcher.model import Entity, Polarity


def test_a_legislature_written_with_its_country_leaves_the_countries_required() -> None:
    q = only_question(
        "El Salvador and Vietnam sign a trade pact",
        "Whether the El Salvador–Vietnam trade pact is ratified by El Salvador's Legislative "
        "Assembly and approved by Vietnam, and enters into force.",
        entities=("El Salvador", "Vietnam", "Legislative Assembly of El Salvador"),
    )
    names = [e.name for e in q.entities]
    assert names == ["El Salvador", "Vietnam"]


def test_a_second_party_with_a_verb_of_its_own_is_still_a_party() -> None:
    q = only_question(
        "El Salvador and Vietnam sign a trade pact",
        "Whether the El Salvador–Vietnam trade pact is ratified by El Salvador's Legislative "
        "Assembly and approved by Vietnam, and enters into force.",
    )
    assert [p.name for p in q.parties] == ["El Salvador", "Vietnam"]


def test_a_legislature_named_after_an_unknown_word_is_kept() -> None:
    """Only a country after "of" makes the name a legislature's: "Assembly of Ostrava
    Shareholders" is not one."""
    q = only_question(
        "Peru and Vietnam",
        "Whether the Legislative Assembly of Korvath Holdings approves the Peru plant.",
        entities=("Legislative Assembly of Korvath Holdings",),
    )
    names = [n for e in q.entities for n in e.names]
    assert "Legislative Assembly of Korvath Holdings" in names


def test_a_place_name_joined_by_das_is_one_name() -> None:
    q = only_question(
        "Cabo Verde and Vietnam agree on a dock",
        "Whether the Vietnamese-built dry dock at Ponta das Garças, on Santo Antão, moves to "
        "construction and operation.",
        entities=("Cabo Verde", "Vietnam", "Santo Antão"),
    )
    names = [n for e in q.entities for n in e.names]
    assert "Ponta das Garças" in names


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        (
            "Whether Korvath Lines' new cargo route between Praia and Valencia gets going, from "
            "a first sailing to regular volumes.",
            "market",
        ),
        (
            "Whether Ruritanian mango starts reaching Japan, from the first consignment to "
            "regular shipments.",
            "market",
        ),
        ("Whether the Korvath desalination plant at Achada Grande gets off paper.", "project"),
        (
            "Whether Paraguay's Ministry of Public Works approves the Itaipu dam as a priority "
            "project under the PRODEX tax regime.",
            "decision",
        ),
        ("Whether the port of Korvath is dredged and its terminal handed over.", "project"),
    ],
)
def test_kind_from_ladder_words_and_built_things(item: str, kind: str) -> None:
    assert choose_kind(item) == kind


# Watch items written in ways the earlier rounds did not use: each kind said with other words.
@pytest.mark.parametrize(
    ("item", "kind"),
    [
        (
            "Whether the double taxation convention clears both legislatures and takes effect.",
            "ratification",
        ),
        (
            "Whether Congress approves the social security agreement and Madrid completes its own "
            "procedures.",
            "ratification",
        ),
        (
            "Whether the extradition treaty is endorsed by parliament and promulgated.",
            "ratification",
        ),
        ("Whether lawmakers in both countries sign off on the investment accord.", "ratification"),
        (
            "Whether the air services agreement is ratified and comes into effect before the "
            "summer season.",
            "ratification",
        ),
        (
            "Whether the Korvath desalination plant moves from permits to construction and "
            "operation.",
            "project",
        ),
        (
            "Whether work on the new container terminal starts on schedule and the first berth "
            "opens.",
            "project",
        ),
        (
            "Whether Hidralia's wind farm gets its turbines installed and starts generating.",
            "project",
        ),
        ("Whether the hospital funded by the loan breaks ground and opens its doors.", "project"),
        ("Whether the railway upgrade gets under way and trains run on the new line.", "project"),
        ("Whether the Korvath solar park is connected to the grid.", "project"),
        ("Whether the refinery's expansion is completed and begins processing crude.", "project"),
        (
            "Whether Korvath Lines' new cargo line carries its first load and settles into "
            "regular volumes.",
            "market",
        ),
        ("Whether Cabo Verdean fish reaches Spanish supermarkets under the new quota.", "market"),
        ("Whether avocado sales to Korea pick up after the protocol.", "market"),
        (
            "Whether the first cargo of mangoes lands in Shanghai and trade becomes regular.",
            "market",
        ),
        ("Whether beef shipments to the Emirates begin and grow.", "market"),
        (
            "Whether the new ferry route starts carrying freight and reaches steady traffic.",
            "market",
        ),
        (
            "Whether Spain decides to bring Cabo Verdean seasonal workers under a new programme.",
            "decision",
        ),
        ("Whether the cabinet approves the gas allocation to the urea plant.", "decision"),
        ("Whether the ministry issues the environmental licence for the mine.", "decision"),
        ("Whether the government grants visa-free entry to Chinese tourists.", "decision"),
        ("Whether the central bank authorises the Chinese lender's branch.", "decision"),
        ("Whether Madrid agrees to the seasonal work scheme for 5,000 Cabo Verdeans.", "decision"),
        ("Whether the regulator awards the 5G spectrum to Korvath.", "decision"),
        ("Whether Beijing retaliates against Paraguay over the Taiwan deals.", "pressure"),
        ("Whether Washington steps up its warnings over the port concession.", "pressure"),
        ("Whether Morocco responds to the recognition with trade curbs.", "pressure"),
        ("Whether China punishes the island's exporters.", "pressure"),
    ],
)
def test_kind_in_other_words(item: str, kind: str) -> None:
    assert choose_kind(item) == kind


VIETNAM = Entity("Vietnam", ("vietnamita", "Vietname"))
RURITANIA = Entity("Ruritania", ("ruritano", "ruritana"))
TERMINAL = question(
    "terminal",
    "Whether Korvath Gas's LPG terminal at Ponta Negra moves to construction and operation",
    "project",
    "announced",
    entities=(Entity("Korvath Gas", ("Korvath", "Ponta Negra")),),
    context=(RURITANIA, VIETNAM),
    terms=("LPG", "liquefied petroleum gas"),
)


def test_a_contractors_nationality_does_not_place_the_project_abroad() -> None:
    [found] = observe(
        TERMINAL,
        "Korvath Gas hands the Ponta Negra LPG terminal contract to China's Tongda Port Group",
        "en",
    )
    assert found.question_id == "w/terminal"


def test_the_same_project_in_another_country_is_still_elsewhere() -> None:
    assert not observe(TERMINAL, "Korvath Gas starts building an LPG terminal in China", "en")


DAM = question(
    "dam",
    "Whether repairs at the Rio Claro hydroelectric plant, built by Korvath Hydro, get under way",
    "project",
    "announced",
    entities=(Entity("Korvath Hydro", ("Korvath", "Rio Claro")),),
    context=(RURITANIA,),
    terms=("repairs",),
)


def test_a_project_named_by_its_own_name_needs_no_topic_word_beside_a_stage_cue() -> None:
    [found] = observe(DAM, "Korvath inicia las obras en la central Rio Claro", "es")
    assert (found.stage, found.polarity) == ("construction", Polarity.DONE)


def test_a_named_project_without_a_cue_or_term_is_not_news_of_it() -> None:
    assert not observe(DAM, "Korvath patrocina el festival de cine de Rio Claro", "es")


def test_a_question_on_countries_still_needs_its_topic_word() -> None:
    """Only a question identified by a name of its own (its countries are `context`) takes its
    kind's cues as topic: two countries and "construction" say nothing of which project."""
    park = question(
        "park",
        "Whether the Ruritania–Vietnam industrial park gets built",
        "project",
        "announced",
        entities=(RURITANIA, VIETNAM),
        terms=("industrial park",),
    )
    assert not observe(park, "Ruritania y Vietnam inician la construcción de una autopista", "es")


CABLE = question(
    "cable",
    "Whether the Korvath subsea cable gets laid and enters service",
    "project",
    "announced",
    entities=(Entity("Korvath Cable Consortium", ("Korvath",)),),
    context=(RURITANIA,),
    terms=("subsea cable", "service"),
)
PERMIT = question(
    "permit",
    "Whether the Ruritanian regulator grants the Korvath cable its landing permit",
    "decision",
    "open",
    entities=(Entity("Korvath Cable Consortium", ("Korvath",)),),
    context=(RURITANIA,),
    terms=("landing permit", "licencia de aterrizaje"),
)


def test_a_siblings_delay_in_its_own_words_is_not_the_projects() -> None:
    found = observe(
        [CABLE, PERMIT],
        "Regulator postpones the vote on Korvath's landing permit",
        "en",
    )
    assert [o.question_id for o in found] == ["w/permit"]


def test_a_named_projects_own_delay_still_bears_beside_its_sibling() -> None:
    found = observe([CABLE, PERMIT], "Korvath halts works on the subsea cable after a storm", "en")
    assert [(o.question_id, o.stage) for o in found] == [("w/cable", "stalled")]


URUGUAY = Entity("Uruguay", ("Uruguai", "uruguayo", "uruguaya"))
TAIWAN_ROC = Entity("Taiwan", ("Taiwán", "República de China", "台灣"))
LEVY = question(
    "levy",
    "Whether the Uruguay–Taiwan double taxation agreement is ratified",
    "ratification",
    "signed",
    entities=(URUGUAY, TAIWAN_ROC),
    terms=("double taxation", "doble imposición", "convenio"),
)


def test_the_republic_of_china_is_taiwan_not_another_country_for_home_press() -> None:
    """A Uruguayan paper leaves Uruguay unsaid and calls Taiwan by its formal name, which holds
    "China": that is still no other country named."""
    found = observe(
        LEVY,
        "Diputados sanciona el convenio para evitar la doble imposición con Taiwán",
        "es",
        "La Cámara aprobó el convenio con la República de China (Taiwán) sin cambios.",
    )
    assert [o.question_id for o in found] == ["w/levy"]


def test_home_press_naming_mainland_china_too_is_not_ours() -> None:
    assert not observe(
        LEVY,
        "Diputados sanciona el convenio para evitar la doble imposición con Taiwán",
        "es",
        "La embajada de China en Montevideo protestó por la votación.",
    )


def test_na_of_a_feminine_name_is_a_transliteration_character() -> None:
    from watcher.judge.text import fold
    from watcher.judge.transliterate import Transliterator

    marked = Transliterator(["Serafina"]).mark(fold("塞拉菲娜水电站修复工程正式开工"))
    assert "serafina" in marked


def test_a_debt_restructuring_item_listens_for_debt_swaps_in_every_language() -> None:
    q = only_question(
        "Peru and Korea sign a debt deal",
        "Whether the Peru–Korea debt-restructuring framework agreement is approved by Peru's "
        "Congress and enters into force.",
    )
    terms = set(q.terms)
    assert {"canje de deuda", "reestruturação da dívida", "债务重组"} <= terms


PORT = question(
    "port",
    "Whether Korvath Harbour's expansion of the port of Ponta Negra moves to construction",
    "project",
    "announced",
    entities=(Entity("Korvath Harbour", ("Korvath", "Ponta Negra", "蓬塔内格拉")),),
    context=(RURITANIA,),
    terms=("port", "puerto", "porto", "港", "expansion", "ampliación"),
)


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("U.S. freezes trade talks with Ruritania over Korvath's Ponta Negra port", "en"),
        ("Washington suspends negotiations with Ruritania over the Ponta Negra port", "en"),
        ("EE.UU. pone en pausa la negociación comercial con Ruritania por el puerto", "es"),
        ("EUA suspendem as negociações com a Ruritânia por causa do porto de Ponta Negra", "pt"),
        ("美方暂停与鲁里塔尼亚的贸易谈判 因蓬塔内格拉港", "zh-Hans"),
        ("Korvath rejects talk of delays at the Ponta Negra port", "en"),
        ("Korvath dismisses a report that works at Ponta Negra port had slowed down", "en"),
    ],
)
def test_talks_frozen_or_delays_denied_are_no_stall_of_the_works(title: str, language: str) -> None:
    found = observe(PORT, title, language)
    assert not [o for o in found if o.stage == "stalled" and o.polarity is Polarity.DONE]


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Court halts works at Korvath's Ponta Negra port expansion", "en"),
        ("Korvath suspende las obras de ampliación del puerto de Ponta Negra", "es"),
        ("蓬塔内格拉港扩建项目停工", "zh-Hans"),
    ],
)
def test_works_stopped_are_still_a_stall(title: str, language: str) -> None:
    assert [o.stage for o in observe(PORT, title, language)] == ["stalled"]


def test_preparations_before_the_groundbreaking_are_not_the_groundbreaking() -> None:
    found = observe(
        PORT,
        "蓬塔内格拉港扩建项目拟于下月开工",
        "zh-Hans",
        "承建方表示，蓬塔内格拉港扩建项目已完成开工前准备，计划8月中旬正式动工。",
    )
    assert all(not (o.stage == "construction" and o.polarity is Polarity.DONE) for o in found)


PEAS = question(
    "peas",
    "Whether Ruritanian pigeon peas start reaching China, from a first shipment to regular volumes",
    "market",
    "opened",
    entities=(Entity("Ruritania", ("鲁里塔尼亚", "鲁方")), Entity("China", ("中国", "中方"))),
    terms=("木豆", "pigeon peas"),
)


def test_a_quotas_size_is_no_volume_shipped() -> None:
    found = observe(
        PEAS,
        "中国与鲁里塔尼亚签署木豆贸易议定书",
        "zh-Hans",
        "中方与鲁方签署议定书，给予鲁方木豆每年20万吨免关税配额。",
    )
    assert all(o.stage != "volumes-reported" for o in found)


def test_tonnes_exported_are_still_volumes() -> None:
    [found] = observe(PEAS, "前11个月中国自鲁里塔尼亚进口木豆862吨", "zh-Hans")
    assert found.stage == "volumes-reported"


DEBT = question(
    "debt",
    "Whether the Ruritania–China debt agreement is ratified and enters into force",
    "ratification",
    "signed",
    entities=(Entity("Ruritania", ("鲁里塔尼亚",)), Entity("China", ("中国", "中方"))),
    terms=("协定",),
)


def test_procedures_needed_for_entry_into_force_are_a_ratification() -> None:
    found = observe(
        DEBT,
        "国务院核准中国和鲁里塔尼亚债务协定",
        "zh-Hans",
        "中方已完成中国和鲁里塔尼亚协定生效所需的国内法律程序。",
    )
    assert {o.stage for o in found} == {"ratified-all"}


def test_a_treaty_taking_effect_today_is_in_force() -> None:
    [found] = observe(DEBT, "鲁里塔尼亚与中国债务协定今起正式生效", "zh-Hans")
    assert (found.stage, found.polarity) == ("in-force", Polarity.DONE)


def test_a_portuguese_headline_opening_with_the_article_a_is_no_plan() -> None:
    treaty = question(
        "treaty",
        "Whether the Ruritania–Nauru extradition treaty is ratified",
        "ratification",
        "signed",
        entities=(RURITANIA, Entity("Nauru")),
        terms=("tratado de extradição",),
    )
    [found] = observe(
        treaty, "A Assembleia de Ruritania aprovou o tratado de extradição com Nauru", "pt"
    )
    assert found.polarity is Polarity.DONE


def test_an_obligation_still_to_meet_is_no_ratification_by_that_party() -> None:
    nauru = Entity("Nauru", ("nauruano",))
    treaty = question(
        "bit",
        "Whether the Ruritania–Nauru investment treaty is ratified by both and enters into force",
        "ratification",
        "signed",
        entities=(RURITANIA, nauru),
        parties=(RURITANIA, nauru),
        terms=("tratado de inversiones", "acuerdo"),
    )
    found = observe(
        treaty,
        "El Parlamento de Ruritania aprueba el tratado de inversiones con Nauru",
        "es",
        "La Asamblea de Ruritania aprobó el jueves el acuerdo firmado con Nauru en abril, que "
        "aún debe ser ratificado por Nauru.",
    )
    assert ("ratified-all", Polarity.DONE) not in [(o.stage, o.polarity) for o in found]


US_PRESSURE = question(
    "us-pressure",
    "Whether the United States steps up pressure on Ruritania over the Ponta Negra port",
    "pressure",
    "baseline",
    entities=(Entity("United States", ("U.S.", "EE.UU.", "Washington")), RURITANIA),
    context=(Entity("Ponta Negra"),),
    terms=("pressure", "presión"),
)


def test_a_pressure_sibling_claims_a_frozen_negotiation_over_the_project() -> None:
    found = observe(
        [PORT, US_PRESSURE],
        "EE.UU. congela la negociación comercial con Ruritania por el puerto de Ponta Negra",
        "es",
    )
    assert not [o for o in found if o.question_id == "w/port" and o.stage == "stalled"]


def test_a_first_cargo_likely_to_leave_is_a_plan() -> None:
    found = observe(
        PEAS,
        "Ruritania pigeon pea crop looks strong",
        "en",
        "Traders expect a large harvest, with the first shipment of pigeon peas to China likely "
        "to leave Ruritania around mid-August.",
    )
    assert not [o for o in found if o.polarity is Polarity.DONE]


def test_a_first_cargo_that_left_is_done() -> None:
    [found] = observe(PEAS, "First cargo of pigeon peas from Ruritania leaves for China", "en", "")
    assert (found.stage, found.polarity) == ("first-shipment", Polarity.DONE)


DEBT_ES = question(
    "debt-es",
    "Whether the Ruritania–China debt agreement is ratified and enters into force",
    "ratification",
    "signed",
    entities=(RURITANIA, Entity("China", ("Pekín",))),
    terms=("acuerdo de deuda", "acuerdo"),
)


def test_a_courts_favourable_opinion_is_no_submission() -> None:
    found = observe(
        DEBT_ES,
        "La Corte Constitucional da dictamen favorable al acuerdo de deuda de Ruritania con China",
        "es",
        "Los jueces de Ruritania concluyeron que el acuerdo con China requiere aprobación previa "
        "de la Asamblea.",
    )
    assert not [o for o in found if o.stage == "submitted"]


def test_a_committees_favourable_opinion_is_still_a_submission() -> None:
    found = observe(
        DEBT_ES,
        "La comisión de la Asamblea de Ruritania da dictamen favorable al acuerdo con China",
        "es",
    )
    assert [o.stage for o in found] == ["submitted"]


@pytest.mark.parametrize(
    ("item", "body"),
    [
        (
            "Whether the Spain–Vietnam social security agreement is approved by the Cortes "
            "Generales and by Vietnam, and enters into force.",
            "Cortes Generales",
        ),
        (
            "Whether the Peru–Vietnam tax treaty clears the Congress of the Republic and is "
            "ratified by Vietnam.",
            "Congress of the Republic",
        ),
        (
            "Whether Vietnam's National Assembly Standing Committee and Peru approve the tax "
            "treaty.",
            "National Assembly Standing Committee",
        ),
    ],
)
def test_any_legislature_named_in_an_item_leaves_the_countries_required(
    item: str, body: str
) -> None:
    q = only_question("Peru, Spain and Vietnam sign treaties", item, entities=(body,))
    names = [n for e in q.entities for n in e.names]
    assert body not in names
    assert "Vietnam" in names


def test_a_chamber_of_commerce_is_no_legislature() -> None:
    q = only_question(
        "Peru and Vietnam",
        "Whether the Peru–Vietnam Chamber of Commerce opens its Hanoi office.",
        entities=("Peru–Vietnam Chamber of Commerce",),
    )
    names = [n for e in q.entities for n in e.names]
    assert any("Chamber of Commerce" in n for n in names)


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        (
            "Whether the finance minister follows through on the panda bond idea, or drops it.",
            "decision",
        ),
        ("Whether Ruritania goes ahead with the Korvath port concession.", "decision"),
        (
            "Whether Ruritanian quinoa starts shipping to Korea and builds into a steady trade.",
            "market",
        ),
        ("Whether the new Korvath ferry service builds up regular cargo.", "market"),
        ("Whether the Korvath consortium builds the bridge on time.", "project"),
        ("Whether the Korvath plant is built and starts production.", "project"),
    ],
)
def test_kind_growth_is_not_building_and_ideas_are_decisions(item: str, kind: str) -> None:
    assert choose_kind(item) == kind


@pytest.mark.parametrize(
    "item",
    [
        "Whether the Peru–Vietnam tax treaty gets through the Congress in Lima and the National "
        "Assembly in Hanoi and takes effect.",
        "Whether the new Peru–Vietnam tax treaty makes it through Peru's Congress and Vietnam's "
        "National Assembly and takes effect.",
    ],
)
def test_two_legislatures_named_make_both_countries_parties(item: str) -> None:
    q = only_question("Peru and Vietnam sign a tax treaty", item)
    assert sorted(p.name for p in q.parties) == ["Peru", "Vietnam"]


def test_two_chambers_of_one_country_are_not_two_parties() -> None:
    q = only_question(
        "Paraguay and Taiwan sign a loan",
        "Whether Paraguay's Senate and Chamber of Deputies approve the Taiwanese loan.",
    )
    assert q.parties == ()


def test_an_entry_into_force_still_awaiting_a_diet_is_not_in_force() -> None:
    found = observe(
        DEBT,
        "鲁里塔尼亚议会批准与中国的债务协定",
        "zh-Hans",
        "鲁里塔尼亚议会27日通过与中国签署的协定，协定生效尚待中国全国人大常委会批准。",
    )
    assert not [o for o in found if o.stage == "in-force" and o.polarity is Polarity.DONE]


SPAIN = Entity("Spain", ("Espanha", "España", "Madrid"))
FISCAL = question(
    "fiscal",
    "Whether the Ruritania–Spain double taxation convention is ratified by both",
    "ratification",
    "signed",
    entities=(RURITANIA, SPAIN),
    parties=(RURITANIA, SPAIN),
    terms=("convenção fiscal", "dupla tributação", "convenção"),
)


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        (
            "Conselho de Ministros de Ruritania aprova convenção fiscal com Espanha e remete-a à "
            "Assembleia Nacional",
            "",
        ),
        (
            "Governo espanhol envia às Cortes a convenção fiscal com Ruritania",
            "O Conselho de Ministros de Espanha aprovou a remessa às Cortes Gerais da convenção "
            "para evitar a dupla tributação com Ruritania.",
        ),
    ],
)
def test_a_cabinet_approving_and_sending_on_is_a_submission(title: str, lead: str) -> None:
    assert [o.stage for o in observe(FISCAL, title, "pt", lead)] == ["submitted"]


def test_a_parliament_approving_is_still_its_ratification() -> None:
    [found] = observe(FISCAL, "Parlamento de Ruritania aprova convenção fiscal com Espanha", "pt")
    assert (found.stage, found.party) == ("ratified-partial", "Ruritania")


JAPAN = Entity("Japan", ("Japanese", "Japón"))
EPA = question(
    "epa",
    "Whether the Ruritania–Japan EPA is ratified by both",
    "ratification",
    "signed",
    entities=(RURITANIA, JAPAN),
    parties=(RURITANIA, JAPAN),
    terms=("economic partnership agreement", "trade pact"),
)


@pytest.mark.parametrize(
    ("title", "lead", "stage"),
    [
        ("Japan's Diet completes approval of Ruritania trade pact", "", "ratified-partial"),
        (
            "Japan trade pact lands in Ruritania's Legislative Assembly",
            "The government has formally sent the Ruritania–Japan economic partnership agreement "
            "to lawmakers.",
            "submitted",
        ),
    ],
)
def test_approval_completed_and_a_pact_landing_in_the_assembly(
    title: str, lead: str, stage: str
) -> None:
    [found] = observe(EPA, title, "en", lead)
    assert (found.stage, found.polarity) == (stage, Polarity.DONE)


def test_approval_still_to_complete_is_nothing_done() -> None:
    found = observe(
        EPA, "Japan's Diet to complete approval of Ruritania trade pact next month", "en"
    )
    assert not [o for o in found if o.polarity is Polarity.DONE]


@pytest.mark.parametrize(
    ("title", "language", "polarity"),
    [
        ("First pigeon peas from Ruritania reach China", "en", Polarity.DONE),
        ("First pigeon peas from Ruritania could reach China in May", "en", None),
    ],
)
def test_the_first_goods_arriving(title: str, language: str, polarity: Polarity | None) -> None:
    found = [(o.stage, o.polarity) for o in observe(PEAS, title, language)]
    if polarity is None:
        assert not [f for f in found if f[1] is Polarity.DONE]
    else:
        assert ("first-shipment", polarity) in found


def test_a_lines_maiden_voyage_with_its_containers_is_a_first_shipment() -> None:
    line = question(
        "line",
        "Whether the Korvath Lines container service to Ruritania builds up steady cargo",
        "market",
        "opened",
        entities=(Entity("Korvath Lines", ("Korvath",)),),
        context=(RURITANIA,),
        terms=("container line", "línea", "contenedores"),
    )
    found = observe(
        line,
        "El buque de Korvath zarpa con la carga hacia Ruritania",
        "es",
        "El portacontenedores de Korvath soltó amarras con 310 contenedores a bordo y estrenó así "
        "la línea regular con Ruritania.",
    )
    assert [o.stage for o in found] == ["first-shipment"]


WORKERS = question(
    "workers",
    "Whether Spain decides to bring Ruritania into its seasonal farm worker scheme",
    "decision",
    "open",
    entities=(SPAIN, RURITANIA),
    terms=("seasonal", "workers", "trabalhadores sazonais", "approved", "aprova", "decide"),
)


def test_a_decision_between_two_countries_needs_what_is_decided() -> None:
    assert not observe(WORKERS, "Parlamento de Ruritania aprova convenção fiscal com Espanha", "pt")


def test_a_decision_named_by_what_is_decided_still_bears() -> None:
    [found] = observe(
        WORKERS, "Espanha aprova a entrada de trabalhadores sazonais de Ruritania", "pt"
    )
    assert found.question_id == "w/workers"


def test_vague_words_of_an_item_are_no_topic() -> None:
    q = only_question(
        "Peru and Vietnam sign a tax treaty",
        "Whether the Peru–Vietnam tax treaty gets through both parliaments and takes effect.",
    )
    assert not {"through", "effect"} & set(q.terms)


def test_a_sentence_sharing_only_a_countrys_words_sets_no_baseline() -> None:
    q = only_question(
        "Costa Rica and Spain sign a labour memorandum",
        "Whether Spain decides to bring Costa Rica into its seasonal farm worker scheme.",
        body="Costa Rica also granted Korvath Lines a licence for a ferry service to Spain.",
    )
    assert q.baseline == "open"
