"""Fortieth and forty-first-round readings, and the questions they are read for.

One instrument of two parts ("an investment and digital trade agreement") is known by either
part in each press. "Dominican" in a briefing on Dominica, and "Antigua" in one on Antigua and
Barbuda, name those states. A decision on "the Uyuni plant" hears the plant by its developer's
name, as its sibling project does; a facility's place may follow what it has ("a solar park
with battery storage in Manatuto"); a firm's other plant "in central Vietnam" is elsewhere. A
skilled-worker scheme is a topic in every language, and a memorandum signed is the decision the
item waits for. The decider's own word of what it will do ("will finance the plant, general
manager says"), or a green light "in principle", signals it; a condition ("provided the
regulator approves") decides nothing. Works the report calls the site's preparation are no
construction, nor is a step "before the works start"; an injunction suspended resumes the
works rather than stalling them. News told a few days late of what happened on the briefing's
own day is context. Every name of a firm, a body or a person here is made up; the countries,
their regions and their legislatures are real.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.unit.builders import (
    SINCE,
    entity_names,
    observe,
    only_question,
    question,
    questions_of,
    stages,
)
from watcher.judge import decide
from watcher.judge.dates import latest_day_named
from watcher.judge.text import fold, split_sentences
from watcher.model import Observation, Polarity, Question, QuestionState

D = Polarity.DONE


# --- one instrument of two parts -----------------------------------------------------------------

_TWO_PART = (
    "El Salvador and South Korea sign an investment pact",
    "Whether the Salvadoran–Korean investment and digital trade agreement gets through El "
    "Salvador's Legislative Assembly and Korea's National Assembly and actually takes effect.",
)


def test_an_instrument_of_two_parts_is_heard_by_its_first_part_in_spanish() -> None:
    found = observe(
        only_question(*_TWO_PART),
        "La Asamblea Legislativa ratifica el acuerdo de inversiones con Corea del Sur",
        "es",
        "Con 57 votos a favor, el pleno ratificó el tratado de inversiones y comercio digital "
        "con Seúl.",
    )
    assert ("ratified-partial", D) in stages(found)


def test_an_instrument_of_two_parts_hears_digital_trade_in_portuguese() -> None:
    q = only_question(*_TWO_PART)
    assert "comércio digital" in q.terms
    assert "acuerdo de inversiones" in q.terms


def test_a_lone_trade_agreement_item_does_not_take_in_investment_words() -> None:
    q = only_question(
        "Peru and India sign a trade pact",
        "Whether the Peru–India free trade agreement is ratified by Peru's Congress.",
    )
    assert "acuerdo de inversiones" not in q.terms


# --- names the briefing teaches ------------------------------------------------------------------


def test_dominican_names_dominica_in_a_briefing_on_dominica() -> None:
    q = only_question(
        "Dominica and China sign a customs protocol",
        "Whether Dominican sea moss actually reaches Chinese buyers under the new protocol.",
    )
    assert entity_names(q) == ["Dominica", "China"]


def test_dominican_stays_the_republics_where_the_briefing_names_it() -> None:
    q = only_question(
        "The Dominican Republic and China sign a customs protocol",
        "Whether Dominican avocados reach Chinese buyers under the new protocol.",
    )
    assert "Dominican Republic" in entity_names(q)


def test_antigua_alone_names_antigua_and_barbuda() -> None:
    q = only_question(
        "Antigua and Barbuda and China sign an investment pact",
        "Whether the China–Antigua and Barbuda investment protection agreement clears "
        "Antigua's Parliament and China's approval procedures and enters into force.",
    )
    assert entity_names(q) == ["China", "Antigua and Barbuda"]
    found = observe(
        q,
        "Antigua's Parliament ratifies investment treaty with China",
        "en",
        "The Senate approved the investment protection agreement with China, completing its "
        "passage through Parliament.",
    )
    assert ("ratified-partial", D) in stages(found)


# --- the matter's own names ----------------------------------------------------------------------


def test_a_decision_on_a_siblings_plant_hears_the_plant_by_its_developer() -> None:
    items = (
        "Whether Karadeniz Enerji's lithium carbonate plant at the Uyuni salt flat gets off "
        "the drawing board — site works, then construction — or stalls.",
        "Whether Turkey's state-owned Anatolian Development Bank approves the US$ 480 million "
        "loan the Uyuni plant depends on.",
    )
    _, loan = questions_of(
        "Bolivia and Turkey bet on lithium at Uyuni",
        *items,
        entities=("Bolivia", "Turkey", "Karadeniz Enerji", "Anatolian Development Bank"),
    )
    assert "Karadeniz Enerji" in loan.entities[0].names
    found = observe(
        loan,
        "Anatolian Development Bank will finance Bolivian lithium plant, general manager says",
        "en",
        "Selin Arat, general manager of the Anatolian Development Bank, said the lender will "
        "provide US$ 480 million for Karadeniz Enerji's lithium carbonate plant in Bolivia.",
    )
    assert ("signaled", D) in stages(found)


def test_a_facility_place_after_what_it_has_names_it() -> None:
    q = only_question(
        "Japan and Timor-Leste sign an investment pact",
        "Whether Tsubasa Energy's solar park with battery storage in Manatuto moves from "
        "announcement to financing, construction and operation, or stalls.",
    )
    assert "Manatuto" in q.entities[0].names
    found = observe(
        q,
        "Começou a construção do parque solar de Manatuto",
        "pt",
        "As máquinas cravaram ontem as primeiras estacas do parque solar de Manatuto.",
    )
    assert found and found[0].score >= 0.95
    assert ("construction", D) in stages(found)


def test_the_firms_plant_in_a_region_of_another_country_is_elsewhere() -> None:
    q = only_question(
        "Japan and Timor-Leste sign an investment pact",
        "Whether Tsubasa Energy's solar park in Manatuto moves from announcement to "
        "construction and operation.",
    )
    found = observe(
        q,
        "Tsubasa Energy switches on 45 MW solar farm in central Vietnam",
        "en",
        "The Japanese developer said its solar plant in Khanh Hoa province began commercial "
        "operation this week.",
    )
    assert found == []


def test_a_builder_written_in_chinese_before_its_sector_word() -> None:
    q = only_question(
        "Antigua and Barbuda and China sign a port deal",
        "Whether Huayu Harbour Engineering's expansion of the Deep Water Harbour moves from a "
        "framework contract to construction, or stalls.",
        entities=("Antigua and Barbuda", "China", "Huayu Harbour Engineering"),
    )
    found = observe(
        q,
        "深水港扩建工程正式开工",
        "zh-Hans",
        "由华屿港湾工程公司承建的安提瓜和巴布达深水港扩建工程正式开工。",
    )
    assert ("construction", D) in stages(found)
    # the same two characters before another word are not the firm
    assert observe(q, "华屿公司宣布扩建工程正式开工", "zh-Hans") == []


# --- decisions -----------------------------------------------------------------------------------

_WORKERS = (
    "Japan and Timor-Leste sign an investment pact",
    "Whether Tokyo decides to let Timorese workers into its specified skilled worker "
    "programme by signing a cooperation memorandum with Dili.",
)


@pytest.mark.parametrize(
    ("title", "lead", "language"),
    [
        (
            "Timor-Leste entra no programa japonês de trabalhadores qualificados",
            "Os governos de Timor-Leste e do Japão assinaram hoje em Tóquio o memorando de "
            "cooperação que abre aos timorenses os vistos de competências específicas.",
            "pt",
        ),
        (
            "日本與東帝汶簽署特定技能勞工合作備忘錄",
            "日本與東帝汶17日在東京簽署合作備忘錄，東帝汶公民今後可報考特定技能簽證考試。",
            "zh-Hant",
        ),
    ],
)
def test_the_memorandum_signed_is_the_decision(title: str, lead: str, language: str) -> None:
    assert ("done", D) in stages(observe(only_question(*_WORKERS), title, language, lead))


def test_the_decider_saying_it_will_sign_signals_the_decision() -> None:
    found = observe(
        only_question(*_WORKERS),
        "Japan to open skilled-worker visas to Timorese, justice minister says",
        "en",
        "Japan will sign a memorandum of cooperation with Timor-Leste before the end of the "
        "year, Justice Minister Aiko Mori told reporters on Tuesday.",
    )
    assert ("signaled", D) in stages(found)


def test_a_memorandum_is_no_act_of_an_item_that_names_none() -> None:
    q = only_question(
        "Japan and Timor-Leste sign an investment pact",
        "Whether Tokyo decides to let Timorese workers into its specified skilled worker "
        "programme.",
    )
    found = observe(
        q,
        "Japan and Timor-Leste sign skilled worker memorandum",
        "en",
        "Japan and Timor-Leste signed a memorandum on skilled workers in Tokyo.",
    )
    assert ("done", D) not in stages(found)


def _route() -> Question:
    return only_question(
        "Cabo Verde and Turkey sign an investment pact",
        "Whether Cabo Verde's civil aviation agency grants Anka Airlines the licence to fly "
        "direct between Istanbul and Sal.",
        entities=("Cabo Verde", "Turkey", "Anka Airlines"),
    )


def test_a_condition_on_the_regulators_approval_decides_nothing() -> None:
    found = observe(
        _route(),
        "Anka Airlines pencils in twice-weekly Sal service for the winter",
        "en",
        "Anka Airlines is planning two weekly flights between Istanbul and Sal, provided Cabo "
        "Verde's aviation regulator approves the route in time.",
    )
    assert ("done", D) not in stages(found)


def test_a_green_light_in_principle_signals_the_licence() -> None:
    found = observe(
        _route(),
        "Aviação civil dá luz verde de princípio à rota Istambul–Sal",
        "pt",
        "A agência comunicou à Anka Airlines que a licença será emitida logo que a companhia "
        "entregue os últimos documentos.",
    )
    assert stages(found) == [("signaled", D)]


def test_the_licence_issued_to_the_airline_named_between() -> None:
    found = observe(
        _route(),
        "Cabo Verde licenses Anka Airlines for Istanbul–Sal flights",
        "en",
        "Cabo Verde's civil aviation agency has issued Anka Airlines the operating licence for "
        "a direct Istanbul–Sal route.",
    )
    assert ("done", D) in stages(found)


def test_a_loan_agreement_signed_in_chinese_is_the_lenders_decision() -> None:
    q = only_question(
        "El Salvador and South Korea sign an investment pact",
        "Whether Korea's Export-Import Bank agrees to lend El Salvador the US$ 180 million it "
        "has asked for the northern San Salvador water system.",
    )
    found = observe(
        q,
        "韩国进出口银行向萨尔瓦多提供1.8亿美元优惠贷款",
        "zh-Hans",
        "韩国进出口银行10日与萨尔瓦多财政部签署贷款协议，为圣萨尔瓦多北部供水系统提供资金。",
    )
    assert ("done", D) in stages(found)


# --- treaties ------------------------------------------------------------------------------------


def test_a_treaty_tabled_in_the_house_of_assembly_is_submitted() -> None:
    q = only_question(
        "Dominica and China sign an investment pact",
        "Whether the China–Dominica investment protection agreement clears Dominica's House of "
        "Assembly and China's NPC Standing Committee and takes effect.",
    )
    found = observe(
        q,
        "China investment treaty tabled in the House of Assembly",
        "en",
        "The government laid the Dominica–China investment protection agreement before the "
        "House of Assembly on Thursday.",
    )
    assert ("submitted", D) in stages(found)


# --- projects ------------------------------------------------------------------------------------

_LITHIUM = (
    "Bolivia and Turkey bet on lithium",
    "Whether Karadeniz Enerji's lithium carbonate plant at the Uyuni salt flat gets off the "
    "drawing board — site works, then construction — or stalls.",
)


def test_works_the_report_calls_site_preparation_are_preparing() -> None:
    found = observe(
        only_question(*_LITHIUM),
        "Planta de litio en Uyuni: comienzan los trabajos de preparación del terreno",
        "es",
    )
    assert stages(found) == [("preparing", D)]


def test_a_denial_of_reports_on_social_media_is_no_stall() -> None:
    found = observe(
        only_question(*_LITHIUM),
        "Bolivian lithium firm says crews are working normally at Uyuni",
        "en",
        "The state firm rejected social-media reports that construction of the Karadeniz "
        "Enerji lithium plant at Uyuni had been halted.",
    )
    assert ("stalled", D) not in stages(found)


def test_a_step_before_the_works_start_is_no_construction() -> None:
    q = only_question(
        "Cabo Verde and Turkey sign an investment pact",
        "Whether Ege Terminal's expansion of the Porto Grande container terminal in Mindelo "
        "moves from a memorandum to a signed concession, works on the quay and operation.",
    )
    found = observe(
        q,
        "Ege Terminal firma la concesión del puerto de Mindelo",
        "es",
        "Ege Terminal firmó el contrato de concesión de la terminal de Porto Grande y abrió la "
        "licitación para dragar la dársena, paso previo al inicio de las obras.",
    )
    assert ("construction", D) not in stages(found)


def test_an_injunction_suspended_resumes_the_works() -> None:
    q = only_question(
        "El Salvador and South Korea sign an investment pact",
        "Whether Seorin Energy's 120 MW solar plant in Usulután moves from announcement to "
        "permits, construction and operation.",
    )
    found = observe(
        q,
        "Obras da usina solar coreana em El Salvador são retomadas",
        "pt",
        "A Seorin Energy voltou a construir a usina solar de Usulután depois que o tribunal "
        "suspendeu a liminar que paralisava o canteiro.",
    )
    assert ("construction", D) in stages(found)
    assert ("stalled", D) not in stages(found)


# --- markets -------------------------------------------------------------------------------------


def test_a_denial_that_dismisses_posts_is_no_first_shipment() -> None:
    q = only_question(
        "Antigua and Barbuda and China sign a lobster protocol",
        "Whether Antiguan live lobster starts to flow to China under the new protocol, from a "
        "first consignment to steady volumes.",
    )
    found = observe(
        q,
        "No Antiguan lobster has left for China yet, Fisheries Division says",
        "en",
        "The Fisheries Division said no lobster had yet been exported to China, dismissing "
        "social media posts claiming that a first cargo flew out last week.",
    )
    assert ("first-shipment", D) not in stages(found)


def test_dotted_initials_do_not_end_a_sentence() -> None:
    assert split_sentences("A first consignment left V.C. Bird International Airport today.") == [
        "A first consignment left V.C. Bird International Airport today."
    ]


# --- the briefing's own day, told late -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("土耳其企业22日在拉巴斯签署合同", date(2030, 1, 22)),
        ("signed yesterday", date(2030, 1, 22)),
        ("the treaty signed on 20 january was ratified yesterday", date(2030, 1, 22)),
        ("firmado el martes", date(2030, 1, 22)),
        ("1月25日签署", None),  # a day soon after the paper's is still to come
        ("8月20日签署", date(2029, 8, 20)),  # months after it: last year's
        ("no day named", None),
    ],
)
def test_latest_day_named(text: str, day: date | None) -> None:
    assert latest_day_named(fold(text), date(2030, 1, 23)) == day


def _observation(q: Question, quote: str, day: int) -> Observation:
    return Observation(
        question_id=q.id,
        entry_key=f"e{day}",
        feed_url="http://127.0.0.1/f",
        url=None,
        title=quote,
        quote=quote,
        published=datetime(SINCE.year, SINCE.month, day, 9, tzinfo=UTC),
        stage="preparing",
        polarity=D,
        score=1.0,
        source="Daily Ledger",
    )


def test_the_briefings_own_news_told_a_day_late_is_context() -> None:
    plant = question("plant", "plant", "project", "announced", cited_outlets=("Daily Ledger",))
    now = datetime(SINCE.year, 6, 1, tzinfo=UTC)
    state = QuestionState(plant.id, "announced")
    late = _observation(plant, f"{SINCE.day}日在拉巴斯签署合同", SINCE.day + 1)
    assert decide(plant, state, [late], now) == []
    # the same report of a later day's act moves it
    fresh = _observation(plant, f"{SINCE.day + 1}日在拉巴斯签署合同", SINCE.day + 1)
    assert [d.to_stage for d in decide(plant, state, [fresh], now)] == ["preparing"]


# --- forty-second and forty-third rounds ----------------------------------------------------------

_SOLAR = (
    "Barbados and China sign an investment pact",
    "Whether the Chinese-built solar-and-storage park in St. Lucy moves from announcement "
    "through site preparation to construction and operation.",
)


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("St. Lucy solar park wins planning approval; site clearing begins", ""),
        (
            "St. Lucy solar park approved",
            "The contractor began clearing the site of the St. Lucy solar park on Wednesday.",
        ),
    ],
)
def test_site_clearing_prepares_the_project(title: str, lead: str) -> None:
    assert stages(observe(only_question(*_SOLAR), title, "en", lead)) == [("preparing", D)]


def test_a_two_part_compound_hears_each_part_with_its_noun() -> None:
    q = only_question(*_SOLAR)
    assert "parque solar" in q.terms
    assert "光伏" in q.terms


def test_a_saints_place_written_in_chinese() -> None:
    found = observe(
        only_question(*_SOLAR),
        "巴巴多斯法院解除禁令 圣露西区光伏储能项目正式开工",
        "zh-Hans",
    )
    assert ("construction", D) in stages(found)
    # Saint Lucia (圣卢西亚) is another place
    assert observe(only_question(*_SOLAR), "圣卢西亚光伏储能项目正式开工", "zh-Hans") == []


@pytest.mark.parametrize(
    ("title", "lead", "language"),
    [
        (
            "US suspends $14 million grid grant to Barbados over Chinese solar park",
            "The State Department suspended a grid grant to Barbados, citing the role of a "
            "Chinese contractor in the St. Lucy solar park.",
            "en",
        ),
        (
            "美国暂停对巴巴多斯1400万美元电网援助",
            "美国国务院宣布暂停向巴巴多斯提供一笔1400万美元的电网韧性援助，理由是中国企业参与圣露西区"
            "光伏储能项目。",
            "zh-Hans",
        ),
    ],
)
def test_aid_to_the_host_suspended_is_no_stall(title: str, lead: str, language: str) -> None:
    found = observe(only_question(*_SOLAR), title, language, lead)
    assert found  # the entry names the park: it bears on the question
    assert ("stalled", D) not in stages(found)


_PORT = (
    "Suriname and China sign an investment treaty",
    "Whether the Chinese-built deep-water port at Wageningen in Nickerie district moves from "
    "announcement to site preparation, construction and operation.",
    "Whether the United States turns its unease over Chinese investment in Suriname into "
    "pressure on Paramaribo, from statements to concrete measures.",
)


def test_a_measure_over_the_project_is_the_pressures_not_a_stall() -> None:
    port, pressure = questions_of(*_PORT)
    found = observe(
        [port, pressure],
        "US freezes financing for Suriname solar project over Chinese port",
        "en",
        "The US International Development Finance Corporation has put on hold a US$ 85 million "
        "loan for a solar farm in Suriname, citing concerns over the Chinese-built port at "
        "Wageningen.",
    )
    by_question = {o.question_id: (o.stage, o.polarity) for o in found}
    assert by_question[pressure.id] == ("concrete", D)
    assert by_question.get(port.id, (None, Polarity.NONE))[0] is None


def test_the_works_stopping_is_still_a_stall_beside_no_measure() -> None:
    port, pressure = questions_of(*_PORT)
    found = observe(
        [port, pressure],
        "Work halts at Wageningen port site as Chinese lender holds back funds",
        "en",
    )
    assert ("stalled", D) in stages([o for o in found if o.question_id == port.id])


def test_a_hold_on_a_loan_lifted_eases_the_pressure() -> None:
    _, pressure = questions_of(*_PORT)
    found = observe(
        pressure,
        "US lifts hold on Suriname solar loan after port-use assurances",
        "en",
        "The United States has lifted its hold on the loan after Paramaribo gave assurances on "
        "the Chinese-built port.",
    )
    assert ("eased", D) in stages(found)


_QUOTA = (
    "Timor-Leste and South Korea sign a trade pact",
    "Whether South Korea's government decides to raise the annual quota of Timorese workers "
    "admitted under its Employment Permit System.",
)


@pytest.mark.parametrize(
    ("title", "lead", "language", "stage"),
    [
        ("Labour minister says Korea will raise quota for Timorese workers in 2027", "", "en",
         "signaled"),
        ("Coreia promete mais vagas para trabalhadores timorenses",
         "A ministra anunciou que Seul vai aumentar no próximo ano a quota de trabalhadores "
         "timorenses.", "pt", "signaled"),
        ("Korea raises Timor-Leste's 2027 work-permit quota to 2,400", "", "en", "done"),
    ],
)  # fmt: skip
def test_a_quota_raised_or_promised(title: str, lead: str, language: str, stage: str) -> None:
    assert (stage, D) in stages(observe(only_question(*_QUOTA), title, language, lead))


def test_countervailing_duties_are_no_quota() -> None:
    q = only_question(
        "Mexico and China trade barbs",
        "Whether Mexico's Ministry of Economy imposes definitive countervailing duties on Chinese "
        "steel wire.",
    )
    found = observe(
        q,
        "México fija cuotas compensatorias provisionales al alambre de acero chino",
        "es",
    )
    assert ("done", D) not in stages(found)


def test_a_quota_raise_still_proposed_is_no_decision() -> None:
    found = observe(
        only_question(*_QUOTA),
        "Korea's labour ministry proposes to raise Timor-Leste's work-permit quota",
        "en",
    )
    assert ("done", D) not in stages(found)


_GENERICS = (
    "Panama and India sign a preferential trade pact",
    "Whether the Panama–India preferential trade agreement is approved by Panama's National "
    "Assembly, ratified by India and enters into force.",
    "Whether Indian generic medicines start reaching Panama under the new fast-track "
    "registration, from a first shipment to regular volumes, or the route is suspended.",
)


def test_a_preferential_trade_agreement_in_spanish() -> None:
    pta, _ = questions_of(*_GENERICS)
    found = observe(
        pta,
        "El Ejecutivo presenta a la Asamblea el proyecto de ley que aprueba el acuerdo con India",
        "es",
        "El ministro presentó ante el pleno de la Asamblea Nacional el proyecto de ley que "
        "aprueba el acuerdo de comercio preferencial con India.",
    )
    assert ("submitted", D) in stages(found)


@pytest.mark.parametrize(
    ("title", "stage"),
    [
        ("Panamá importó 14 millones de dólares en genéricos indios por la vía rápida",
         "volumes-reported"),
        ("Minsa de Panamá suspende la vía rápida para genéricos indios", "suspended"),
    ],
)  # fmt: skip
def test_indian_generics_in_spanish(title: str, stage: str) -> None:
    _, generics = questions_of(*_GENERICS)
    assert "indios" in [n for e in generics.entities for n in e.names]
    assert (stage, D) in stages(observe(generics, title, "es"))


def test_indio_is_taught_only_where_the_briefing_names_india() -> None:
    q = only_question(
        "Peru and Bolivia sign a trade pact",
        "Whether Peruvian quinoa reaches Bolivia under the new protocol.",
    )
    assert "indios" not in [n for e in q.entities for n in e.names]


def test_a_ministry_answers_to_its_minister() -> None:
    q = only_question(
        "Angola and Saudi Arabia sign an investment pact",
        "Whether Saudi Arabia's Ministry of Finance approves the US$ 500 million concessional "
        "loan Luanda requested for its water supply programme.",
    )
    found = observe(
        q,
        "Saudi finance minister backs Angola water loan, formal approval due by year-end",
        "en",
        "The Saudi finance minister said the kingdom has agreed in principle to lend Angola "
        "US$ 500 million for Luanda's water supply programme.",
    )
    assert ("signaled", D) in stages(found)
