"""Seventeenth- and eighteenth-round rules, and those of the single-entry item files: kinds (a
legislature approving a loan, an authority admitting a plant into a scheme, a surtax lowered,
a tender won, goods let in or reaching a market); decisions taken, refused, signalled (a merger
cleared or blocked, a rate cut, a ruling, a consultation, a leaning); a treaty's first use, its
withdrawal, its refusal, its tabling; works halted by their builder or a court, works under way;
a first cargo landing, a ban on a partner's goods; a group at home rallying, holding back its
harvest and calling it off; concerns raised and aid held back; how the matter is named (a firm
by the acronym the briefing teaches, a firm's plant after a possessive, a place without its
kind word, an act's acronym in other languages, a country that only wants the decision); a
briefing's "whether" is no report; a country's own paper found by its topic words alone."""

from __future__ import annotations

import pytest

from tests.unit.builders import entry, observe, only_question
from watcher.briefing import parse_briefing
from watcher.judge import Judge
from watcher.ladders import weigh_kinds
from watcher.model import Briefing, Polarity, Source, WatchItem
from watcher.questions import build_watchlist

# --- kinds ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        # a legislature approving a loan ratifies it; a loan "declared effective" is in force
        (
            "Will Suriname's National Assembly approve the Islamic Development Bank loan?",
            "ratification",
        ),
        (
            "Whether Malawi's parliament approves the US$ 90 million Danube Fund loan for the "
            "Nkhata Bay road and the loan is then declared effective.",
            "ratification",
        ),
        # an authority admitting a plant into an incentive scheme decides
        (
            "Whether Chile's economy ministry admits Cobre Norte's smelter into the investment "
            "incentive regime.",
            "decision",
        ),
        # a surtax on exports is set by a government: a decision, whatever it taxes
        ("Whether Accra lowers the export surtax on raw shea nuts.", "decision"),
        # who wins a tender: the award, not the works
        ("Which consortium will win the Quito tram rolling stock tender?", "decision"),
        ("Will the regulator clear the merger of Banco Austral and Banco Ribera?", "decision"),
        # goods let in, or reaching a market
        ("Whether Kenyan avocados gain access to South Korea", "market"),
        ("Will Japan open its doors to Paraguayan pork?", "market"),
        ("Whether Zambian soybeans reach Chinese ports", "market"),
        # a railway's bypass is built
        ("Watch progress on Estonia's Tartu rail bypass", "project"),
    ],
)
def test_kinds(item: str, kind: str) -> None:
    assert weigh_kinds(item).kind == kind


# --- a decision taken, refused or signalled -------------------------------------------------

MERGER = only_question(
    "Peru's banks consolidate",
    "Will Peru's banking regulator approve the merger of Banco Andino and Financiera Sol?",
)
RATE = only_question(
    "Ghana's inflation eases", "Will the Bank of Ghana cut its policy rate in June?"
)


@pytest.mark.parametrize(
    ("question", "title", "lead", "language", "stage"),
    [
        (
            MERGER,
            "Regulator clears Banco Andino-Financiera Sol merger",
            "Peru's banking regulator approved the combination of Banco Andino and Financiera "
            "Sol on Friday.",
            "en",
            "done",
        ),
        (
            MERGER,
            "Peru regulator blocks Banco Andino's purchase of Financiera Sol",
            "The regulator prohibited Banco Andino from acquiring Financiera Sol.",
            "en",
            "ruled-out",
        ),
        (
            MERGER,
            "Perú: el regulador rechaza la fusión de Banco Andino y Financiera Sol",
            "",
            "es",
            "ruled-out",
        ),
        (
            MERGER,
            "Regulador do Peru indefere a fusão do Banco Andino com a Financiera Sol",
            "",
            "pt",
            "ruled-out",
        ),
        (
            MERGER,
            "Peru regulator opens public consultation on Banco Andino-Financiera Sol merger",
            "",
            "en",
            "signaled",
        ),
        (RATE, "Bank of Ghana lowers key rate to 24%", "", "en", "done"),
    ],
)
def test_a_decision_taken_refused_or_signalled(
    question: object, title: str, lead: str, language: str, stage: str
) -> None:
    found = observe(question, title, language, lead)  # type: ignore[arg-type]
    assert [(o.stage, o.polarity) for o in found] == [(stage, Polarity.DONE)]


def test_denying_a_reported_approval_is_no_refusal() -> None:
    licence = only_question(
        "Angola's fintechs",
        "Will Angola's central bank grant a digital banking licence to Kwanza Pay?",
    )
    found = observe(
        licence,
        "Banco Nacional de Angola nega ter aprovado licença da Kwanza Pay",
        "pt",
        "O banco central afirmou que não aprovou a licença e que o pedido segue em análise.",
    )
    assert all(o.stage != "ruled-out" for o in found)


def test_a_minister_inclined_to_rescind_signals_the_decision() -> None:
    dam = only_question(
        "Bolivia and China",
        "Whether Bolivia rescinds Hualong Hydro's contract for the Rositas dam.",
    )
    found = observe(
        dam,
        "Rescinding the Rositas dam contract 'on the table', Bolivian minister says",
        "en",
        "The minister said the government has ordered a legal review of Hualong Hydro's contract "
        "for the Rositas dam and is 'inclined' to rescind it.",
    )
    assert [(o.stage, o.polarity) for o in found] == [("signaled", Polarity.DONE)]


# --- a treaty's first use, withdrawal, refusal and tabling ------------------------------------

EXTRADITION = only_question(
    "Kenya and Tanzania sign an extradition treaty",
    "Whether the Kenya–Tanzania extradition treaty is ratified and used in a first extradition.",
)
TAX = only_question(
    "Latvia and Georgia sign a tax treaty",
    "Whether Latvia and Georgia ratify their double taxation convention.",
)


@pytest.mark.parametrize(
    ("question", "title", "lead", "language", "stage"),
    [
        (
            EXTRADITION,
            "First fugitive handed over under Kenya–Tanzania extradition treaty",
            "Kenya surrendered a businessman to Tanzanian police, the first extradition carried "
            "out under the treaty between the two countries.",
            "en",
            "invoked",
        ),
        (
            EXTRADITION,
            "Primera extradición bajo el tratado entre Kenia y Tanzania",
            "Kenia entregó a un empresario a Tanzania en la primera extradición al amparo del "
            "tratado de extradición.",
            "es",
            "invoked",
        ),
        (
            EXTRADITION,
            "Quénia entrega à Tanzânia primeiro extraditado ao abrigo do tratado",
            "",
            "pt",
            "invoked",
        ),
        (
            TAX,
            "Saeima throws out Georgia tax treaty",
            "Latvia's parliament refused to ratify the double taxation convention with Georgia.",
            "en",
            "rejected",
        ),
        (
            TAX,
            "Riga pulls the Georgia tax convention from parliament",
            "Latvia's government withdrew the double taxation convention with Georgia from "
            "parliament hours before the debate.",
            "en",
            "withdrawn",
        ),
        (
            TAX,
            "Latvian government tables Georgia tax treaty in the Saeima",
            "The government tabled the double taxation convention with Georgia in parliament.",
            "en",
            "submitted",
        ),
    ],
)
def test_a_treaty_used_withdrawn_refused_or_tabled(
    question: object, title: str, lead: str, language: str, stage: str
) -> None:
    found = observe(question, title, language, lead)  # type: ignore[arg-type]
    assert (stage, Polarity.DONE) in [(o.stage, o.polarity) for o in found]


def test_the_state_council_asking_the_npc_to_review_a_treaty_submits_it() -> None:
    treaty = only_question(
        "China and Georgia sign an extradition treaty",
        "Whether China and Georgia ratify their extradition treaty.",
    )
    found = observe(
        treaty,
        "国务院提请全国人大常委会审议中格引渡条约",
        "zh-Hans",
        "全国人大常委会本次会议收到国务院关于提请审议中国和格鲁吉亚引渡条约的议案。",
    )
    assert ("submitted", Polarity.DONE) in [(o.stage, o.polarity) for o in found]


def test_a_bill_handed_in_at_the_assemblys_secretariat_is_submitted() -> None:
    pact = only_question(
        "Panama and Korea sign a trade pact",
        "Whether Panama's National Assembly and South Korea ratify their trade agreement.",
    )
    found = observe(
        pact,
        "El acuerdo con Corea del Sur ya está en la Asamblea de Panamá",
        "es",
        "El ministro entregó este martes en la Secretaría General de la Asamblea Nacional el "
        "proyecto de ley que aprueba el acuerdo comercial con Corea del Sur.",
    )
    assert ("submitted", Polarity.DONE) in [(o.stage, o.polarity) for o in found]


# --- works halted, works under way ------------------------------------------------------------

HOSPITAL = only_question(
    "Chile builds hospitals",
    "Whether Constructora Austral's hospital in Coyhaique moves from works to opening.",
)


@pytest.mark.parametrize(
    ("title", "lead", "language", "stage"),
    [
        (
            "Constructora Austral walks off the Coyhaique hospital site",
            "Constructora Austral pulled its crews and machinery off the hospital site over "
            "unpaid bills.",
            "en",
            "stalled",
        ),
        (
            "Constructora Austral abandona las obras del hospital de Coyhaique",
            "La empresa retiró a sus trabajadores y su maquinaria del recinto.",
            "es",
            "stalled",
        ),
        (
            "Justiça manda parar obras do hospital da Constructora Austral em Coyhaique",
            "",
            "pt",
            "stalled",
        ),
        (
            "Piling under way at Constructora Austral's Coyhaique hospital",
            "Contractors have driven the first foundation piles, a month after construction "
            "formally began.",
            "en",
            "construction",
        ),
    ],
)
def test_works_halted_or_under_way(title: str, lead: str, language: str, stage: str) -> None:
    found = observe(HOSPITAL, title, language, lead)
    assert (stage, Polarity.DONE) in [(o.stage, o.polarity) for o in found]


def test_a_structure_topped_out_is_under_construction() -> None:
    centre = only_question(
        "Guizhou's data centres", "Whether Qianyun Data's Anshun data centre is built and opens."
    )
    found = observe(
        centre, "Qianyun Data安顺数据中心一期主体结构封顶", "zh-Hans", "工程转入机电安装阶段。"
    )
    assert ("construction", Polarity.DONE) in [(o.stage, o.polarity) for o in found]


# --- a first cargo landing, a ban on a partner's goods -----------------------------------------


def test_the_first_fruit_touching_down_is_the_first_shipment() -> None:
    figs = only_question(
        "Turkey and Australia agree fig access",
        "Whether Turkish figs start reaching Australia under the new import conditions.",
    )
    found = observe(
        figs,
        "First Turkish figs touch down in Melbourne",
        "en",
        "A two-tonne air cargo of figs from Aydın reached Melbourne, the first since Australia "
        "set its import conditions.",
    )
    assert ("first-shipment", Polarity.DONE) in [(o.stage, o.polarity) for o in found]


def test_a_ban_on_the_partners_chicken_suspends_the_trade() -> None:
    chicken = only_question(
        "Brazil and Mozambique agree poultry access",
        "Whether Brazilian chicken keeps flowing to Mozambique under the sanitary protocol.",
    )
    found = observe(
        chicken,
        "Moçambique embarga frango brasileiro após foco de gripe aviária",
        "pt",
        "O Ministério da Agricultura de Moçambique proibiu a entrada de carne de frango do Brasil.",
    )
    assert ("suspended", Polarity.DONE) in [(o.stage, o.polarity) for o in found]


def test_a_first_order_being_stocked_is_no_shipment() -> None:
    beef = only_question(
        "Serbia and China agree beef access", "Whether Serbian beef reaches China."
    )
    found = observe(
        beef,
        "塞尔维亚牛肉企业正在备货首批订单",
        "zh-Hans",
        "塞尔维亚一家肉类加工企业正在备货首批冷冻牛肉订单，计划在年底前发往中国。",
    )
    assert all(o.polarity is not Polarity.DONE or o.stage is None for o in found)


# --- a group at home: rallies, a harvest held back, a boycott called off -------------------------

GROWERS = only_question(
    "Japan and Peru sign a trade pact",
    "Whether Japan's rice growers escalate their campaign against the Peru pact beyond words.",
)


@pytest.mark.parametrize(
    ("title", "lead", "language", "stage"),
    [
        (
            "Rice growers rally in Niigata against Peru pact",
            "Some 2,000 farmers marched through Niigata, demanding that Tokyo reopen the pact.",
            "en",
            "rhetorical",
        ),
        (
            "Japan's rice growers withhold harvest from mills over Peru pact",
            "Growers stopped delivering rice to the mills on Monday in protest at the pact with "
            "Peru.",
            "en",
            "concrete",
        ),
        (
            "Japan's rice growers call off boycott of Peru pact",
            "The growers' federation suspended the boycott after Tokyo agreed to a support fund.",
            "en",
            "eased",
        ),
        (
            "Arroceros de Japón levantan el boicot contra el acuerdo con Perú",
            "",
            "es",
            "eased",
        ),
        (
            "Produtores de arroz do Japão protestam contra acordo com o Peru",
            "",
            "pt",
            "rhetorical",
        ),
    ],
)
def test_a_group_at_home(title: str, lead: str, language: str, stage: str) -> None:
    found = observe(GROWERS, title, language, lead)
    assert (stage, Polarity.DONE) in [(o.stage, o.polarity) for o in found]


AID = only_question(
    "China builds a port in Tonga",
    "Whether Washington turns its unease about the Chinese-built port into concrete steps "
    "against Tonga, such as holding back aid.",
)


@pytest.mark.parametrize(
    ("title", "lead", "stage"),
    [
        (
            "State Department warns Nuku'alofa on Chinese port",
            'A spokesperson said the United States had raised "serious concerns" with Tonga\'s '
            "government about the port.",
            "rhetorical",
        ),
        (
            "MCC withholds Tonga compact over Chinese port",
            "The Millennium Challenge Corporation withheld approval of a US$ 90 million compact "
            "with Tonga until it pledges the port will never host warships.",
            "concrete",
        ),
    ],
)
def test_concerns_raised_and_aid_held_back(title: str, lead: str, stage: str) -> None:
    found = observe(AID, title, "en", lead)
    assert (stage, Polarity.DONE) in [(o.stage, o.polarity) for o in found]


# --- how the matter is named ----------------------------------------------------------------


def test_a_firm_named_by_the_acronym_the_briefing_teaches() -> None:
    briefing = parse_briefing(
        "# Jakarta bets on Catamarca lithium\n\n## Summary\n\n"
        "Sumatra Energi Holding (SEH) will build a lithium carbonate plant next to the Pastos "
        "salt flat in Catamarca.\n\n## What to watch\n\n"
        "- Whether SEH's lithium carbonate plant at the Pastos salt flat moves to construction.\n",
        "b.md",
    )
    [q] = build_watchlist(briefing).questions
    names = {n for e in q.entities for n in e.names}
    assert {"SEH", "Sumatra Energi Holding", "Pastos"} <= names


def test_a_possessive_ends_the_firms_name_and_starts_its_plants() -> None:
    q = only_question(
        "Egypt's solar parks",
        "Will Nile Volt's Wadi Halfa solar park in Egypt enter commercial operation?",
    )
    found = observe(
        q,
        "Egypt's Wadi Halfa solar park enters commercial operation",
        "en",
        "The park began commercial operation on Sunday.",
    )
    assert [(o.stage, o.polarity) for o in found] == [("operational", Polarity.DONE)]


def test_a_national_peoples_congress_keeps_its_name() -> None:
    q = only_question(
        "Angola and China sign a treaty",
        "Whether Angola's National Assembly and China's National People's Congress ratify the "
        "treaty.",
    )
    assert {e.name for e in q.entities} == {"Angola", "China"}


def test_a_place_answers_without_its_kind_word() -> None:
    briefing = parse_briefing(
        "# Kanto Shoji plans a gas terminal in Panama\n\n## Summary\n\n"
        "Kanto Shoji signed a memorandum for an LNG terminal on Isla Margarita in Colón.\n\n"
        "## What to watch\n\n"
        "- Whether Kanto Shoji's LNG terminal on Isla Margarita moves from permits to works.\n\n"
        "## Across the graph\n\n- Entities: Panama, Kanto Shoji, Isla Margarita\n",
        "b.md",
    )
    [q] = build_watchlist(briefing).questions
    found = Judge([q]).observe(
        entry(
            "Corte suspende el permiso de la terminal de gas; se detienen los trabajos en "
            "Margarita",
            "La Corte Suprema suspendió la resolución ambiental y el consorcio paralizó la obra.",
            language="es",
        )
    )
    assert ("stalled", Polarity.DONE) in [(o.stage, o.polarity) for o in found]


def test_an_acronym_of_the_decision_answers_in_other_languages() -> None:
    canal = only_question(
        "Panama and Japan sign a trade pact",
        "Whether the Panama Canal Authority's board approves reserved transit slots for "
        "Japan-bound LNG carriers.",
    )
    found = observe(
        canal,
        "Luz verde de la Junta Directiva del Canal a los tránsitos reservados para metaneros",
        "es",
        "La Autoridad del Canal de Panamá aprobó reservar dos tránsitos semanales para buques "
        "de gas natural licuado con destino a Japón.",
    )
    assert ("done", Polarity.DONE) in [(o.stage, o.polarity) for o in found]


def test_a_country_that_only_wants_the_decision_is_not_required() -> None:
    q = only_question(
        "Ghana and Vietnam sign a trade pact",
        "Whether Accra lowers the export surtax on raw cashew nuts that Vietnamese processors "
        "want cut.",
    )
    assert [e.name for e in q.entities] == ["Ghana"]


def test_a_countrys_own_paper_is_found_by_its_topic_words_alone() -> None:
    briefing = Briefing(
        title="Ghana weighs its cashew surtax",
        source="b",
        watch_items=(WatchItem("Whether Accra lowers the export surtax on raw cashew nuts.", 1),),
        sources=(Source("Accra Ledger", "https://accra-ledger.example/x", "en", "Ghana"),),
    )
    [q] = build_watchlist(briefing).questions
    news = entry(
        "Cabinet cuts the surtax on raw cashew to 12%",
        "The government approved the decree that lowers the export surtax on raw cashew nuts "
        "from 18% to 12%.",
        language="en",
        source="Accra Ledger",
        url="https://accra-ledger.example/cabinet-cuts-surtax",
    )
    found = Judge([q]).observe(news)
    assert [(o.stage, o.polarity) for o in found] == [("done", Polarity.DONE)]


def test_a_briefings_whether_reports_nothing_done() -> None:
    briefing = parse_briefing(
        "# Jakarta bets on Salta lithium\n\n## Summary\n\n"
        "Litio Andino must still apply for the incentive regime.\n\n"
        "## Why it matters\n\n"
        "Whether the incentive regime is granted will show how much of the package is real.\n\n"
        "## What to watch\n\n"
        "- Whether Argentina's economy ministry admits Litio Andino's plant into the RIGI "
        "incentive regime.\n",
        "b.md",
    )
    [q] = build_watchlist(briefing).questions
    assert (q.kind, q.baseline) == ("decision", "open")


# --- later in the session: a first cargo's size, a loan's borrower, aid on ice, rates ---------


def test_the_first_cargos_size_is_no_running_total() -> None:
    shrimp = only_question(
        "Mozambique and Vietnam agree shrimp access",
        "Whether Mozambican frozen shrimp starts flowing to Vietnam, from a first container to "
        "steady volumes.",
    )
    found = observe(
        shrimp,
        "Mozambican shrimp heads to Vietnam for the first time",
        "en",
        "Beira-based Pescas Zambeze has shipped 22 tonnes of frozen shrimp to Haiphong, the "
        "first consignment since Hanoi lifted its barriers.",
    )
    assert [(o.stage, o.polarity) for o in found] == [("first-shipment", Polarity.DONE)]


def test_a_loan_is_the_borrowers_whatever_its_lender_is_called() -> None:
    loan = only_question(
        "Korea lends Malawi US$ 90 million",
        "Whether Malawi's National Assembly approves the US$ 90 million Korean EDCF loan for the "
        "Nkhata Bay road.",
    )
    assert [e.name for e in loan.entities] == ["Malawi"]
    found = observe(
        loan,
        "Malawi's parliament approves the Korean loan for the Nkhata Bay road",
        "en",
        "The National Assembly of Malawi approved the loan agreement with Korea's Exim Bank.",
    )
    assert ("ratified-all", Polarity.DONE) in [(o.stage, o.polarity) for o in found]


def test_aid_put_on_ice_over_a_port_is_no_stall_of_its_works() -> None:
    port = only_question(
        "China builds a port in Tonga",
        "Whether the Chinese-financed fishing port at Neiafu gets its financing and is built.",
    )
    found = observe(
        port,
        "MCC puts Tonga compact on ice over Neiafu port",
        "en",
        "The Millennium Challenge Corporation's board put its compact with Tonga on ice over the "
        "Chinese-built port at Neiafu.",
    )
    assert all(o.stage != "stalled" for o in found)


@pytest.mark.parametrize(
    ("item", "title", "lead", "language"),
    [
        (
            "Will Peru's central bank cut its reference rate in March?",
            "El Banco Central de Reserva del Perú recorta su tasa de referencia a 4,75%",
            "El banco central redujo el jueves su tasa de interés de referencia en 25 puntos.",
            "es",
        ),
        (
            "Will Brazil's central bank raise the Selic rate?",
            "Copom eleva Selic para 12,25% ao ano",
            "O Comitê de Política Monetária do Banco Central do Brasil elevou a taxa básica de "
            "juros.",
            "pt",
        ),
        (
            "Will the People's Bank of China cut the reserve requirement ratio?",
            "中国人民银行宣布降准0.5个百分点",
            "中国人民银行宣布下调金融机构存款准备金率0.5个百分点。",
            "zh-Hans",
        ),
        (
            "Will Spain's Supreme Court annul the surcharge on renewable power?",
            "El Supremo de España anula el recargo a las renovables",
            "El Tribunal Supremo estimó el recurso y declaró nula la orden que imponía el recargo.",
            "es",
        ),
    ],
)
def test_rates_set_and_rulings_given(item: str, title: str, lead: str, language: str) -> None:
    q = only_question("A decision", item)
    assert q.kind == "decision"
    found = observe(q, title, language, lead)
    assert ("done", Polarity.DONE) in [(o.stage, o.polarity) for o in found]


@pytest.mark.parametrize(
    "item",
    [
        "Will Kenya and Japan ratify their investment treaty?",
        "Whether the Kenya–Japan investment treaty is ratified by Kenya and Japan.",
    ],
)
def test_two_countries_that_must_ratify_are_two_parties(item: str) -> None:
    treaty = only_question("Kenya and Japan sign an investment treaty", item)
    assert [p.name for p in treaty.parties] == ["Kenya", "Japan"]
    found = observe(
        treaty,
        "Kenya's parliament ratifies investment treaty with Japan",
        "en",
        "Kenyan lawmakers approved the bilateral investment treaty with Japan; Japan's Diet has "
        "yet to vote.",
    )
    assert [(o.stage, o.polarity) for o in found] == [("ratified-partial", Polarity.DONE)]


def test_one_country_ratifying_alone_has_no_parties() -> None:
    treaty = only_question(
        "Colombia and China sign a tax treaty",
        "Whether Colombia's Congress ratifies the tax treaty.",
    )
    assert treaty.parties == ()


def test_a_place_after_a_facility_is_one_more_name_never_required() -> None:
    hospital = only_question(
        "Chile builds hospitals", "Will Chile finish the new regional hospital in Coyhaique?"
    )
    [chile] = hospital.entities
    assert chile.name == "Chile" and "Coyhaique" in chile.aliases
    by_place = observe(
        hospital,
        "Constructora abandona las obras del hospital de Coyhaique",
        "es",
        "La empresa retiró a sus trabajadores y su maquinaria del recinto.",
    )
    assert [(o.stage, o.polarity) for o in by_place] == [("stalled", Polarity.DONE)]
    by_country = observe(hospital, "Chile opens its new regional hospital in the south", "en")
    assert by_country  # the country's own news of its hospital still bears on it
