"""Fifteenth- and sixteenth-round rules: how a trade-remedy case closes (definitive duties,
provisional ones, none); a domestic group fighting a partner's goods (its kind, the goods'
demonym, the goods as the matter); a central bank named after its country; kinds told by plant
health, quantities, fights and petitions; a transit regime in four languages; a growth idiom
that is no construction; first cargoes scheduled or sailing "for the first time"; petitions
withdrawn or shelved; an executive's approval of a treaty with words between verb and text; a
second party told by where its approval happens; a permit needed "before" the works; a marked
name inside a Chinese gap; aid suspended over a project, which is no stall of its works."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, only_question
from watcher.ladders import weigh_kinds
from watcher.model import Polarity

# --- kinds ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        # "plant health" is a crop's, not a factory's
        (
            "Whether Colombian pitahaya starts reaching Seoul under the plant health rules agreed "
            "in March, and in what quantities.",
            "market",
        ),
        # a fight against duty-free goods is pressure, though "duty-free" is a decision's word
        (
            "How hard Minas Gerais's cheese cooperatives fight duty-free Uruguayan cheese, and "
            "whether their talk of a safeguard becomes a formal petition or fades.",
            "pressure",
        ),
        (
            "How far Cuenca's tanners go in fighting duty-free access for Thai leather.",
            "pressure",
        ),
        # a group pressing its capital, or petitioning for protection, presses
        (
            "Whether Chilean salmon farmers press Santiago over imports of Norwegian fillets.",
            "pressure",
        ),
        (
            "Whether Colombian steelmakers petition Bogotá for safeguard duties on Turkish rebar.",
            "pressure",
        ),
        # a national bank letting banks settle trade in a partner's currency
        (
            "Whether Banco de Angola lets banks settle trade with India in rupees.",
            "decision",
        ),
    ],
)
def test_kinds(item: str, kind: str) -> None:
    assert weigh_kinds(item).kind == kind


# --- a trade-remedy case --------------------------------------------------------------------

DUTIES = only_question(
    "Chile and Thailand sign a trade pact",
    "How Chile's anti-dumping commission closes its case on Thai frozen shrimp: definitive "
    "duties, or no measures at all.",
)


@pytest.mark.parametrize(
    ("title", "lead", "language", "stage"),
    [
        ("Chile imposes definitive anti-dumping duties on Thai frozen shrimp", "", "en", "done"),
        (
            "Chile fija derechos definitivos al camarón tailandés",
            "La comisión impuso derechos antidumping definitivos de 12% al camarón congelado de "
            "Tailandia.",
            "es",
            "done",
        ),
        ("Chile aplica direitos antidumping definitivos ao camarão tailandês", "", "pt", "done"),
        ("智利对泰国冷冻虾征收最终反倾销税", "", "zh-Hans", "done"),
        (
            "Chile imposes provisional anti-dumping duties on Thai frozen shrimp",
            "",
            "en",
            "signaled",
        ),
        (
            "La comisión propone derechos antidumping al camarón tailandés",
            "El informe de hechos esenciales recomienda aplicar derechos de hasta 15% al camarón "
            "de Tailandia.",
            "es",
            "signaled",
        ),
        (
            "Chile closes its anti-dumping probe into Thai frozen shrimp without duties",
            "",
            "en",
            "ruled-out",
        ),
    ],
)
def test_how_a_trade_remedy_case_closes(title: str, lead: str, language: str, stage: str) -> None:
    assert DUTIES.kind == "decision"  # not a project: the commission closes a case
    found = observe(DUTIES, title, language, lead)
    assert [(o.stage, o.polarity) for o in found] == [(stage, Polarity.DONE)]


def test_duties_still_to_come_are_no_decision() -> None:
    found = observe(
        DUTIES, "Chile will impose anti-dumping duties on Thai frozen shrimp, sources say", "en"
    )
    assert all(o.polarity is not Polarity.DONE for o in found)


# --- a domestic group fighting a partner's goods ----------------------------------------------

TANNERS = only_question(
    "Ecuador and Thailand sign a trade pact",
    "How far Cuenca's tanners go in fighting duty-free access for Thai leather.",
)


def test_the_goods_demonym_names_the_target() -> None:
    assert TANNERS.kind == "pressure"
    [thailand] = TANNERS.entities
    assert "tailandés" in thailand.aliases  # the goods' demonym stays: "cuero tailandés"


@pytest.mark.parametrize(
    ("title", "lead", "stage"),
    [
        (
            "Curtidores piden formalmente una salvaguardia contra el cuero tailandés",
            "",
            "concrete",
        ),
        (
            "Curtidores presentan su pedido contra el cuero tailandés",
            "La asociación de curtidores presentó ante el Comex una solicitud formal de "
            "salvaguardia contra el cuero tailandés.",
            "concrete",
        ),
        (
            "Curtidores retiran el pedido contra el cuero tailandés",
            "La asociación de curtidores retiró ante el Comité de Comercio Exterior su solicitud "
            "de salvaguardia contra el cuero tailandés.",
            "eased",
        ),
    ],
)
def test_the_groups_steps(title: str, lead: str, stage: str) -> None:
    found = observe(TANNERS, title, "es", lead)
    assert [(o.stage, o.polarity) for o in found] == [(stage, Polarity.DONE)]


def test_the_partners_other_trade_is_not_the_groups_fight() -> None:
    # Thailand's other trade (rice, tariffs in general) is not the tanners' pressure
    assert (
        observe(TANNERS, "Tailandia suspende las importaciones de camarón ecuatoriano", "es") == []
    )
    assert (
        observe(TANNERS, "Ecuador y Tailandia firman un acuerdo que elimina aranceles", "es") == []
    )


WINE = only_question(
    "Brazil and Uruguay sign a trade pact",
    "How far Brazil's cheese cooperatives push their fight against duty-free Uruguayan cheese.",
)


@pytest.mark.parametrize(
    ("title", "lead", "language"),
    [
        (
            "Queijeiros uruguaios comemoram",
            "A federação das cooperativas de queijo do Brasil desistiu formalmente de su pedido.",
            "pt",
        ),
        (
            "Productores brasileños retiran la solicitud contra el queso uruguayo",
            "La federación de cooperativas queseras de Brasil desistió formalmente de su "
            "solicitud de salvaguardia contra el queso uruguayo.",
            "es",
        ),
        (
            "Secex arquiva pedido de salvaguarda do queijo uruguaio",
            "A Secretaria de Comércio Exterior do Brasil arquivou o pedido de salvaguarda "
            "sobre o queijo uruguaio.",
            "pt",
        ),
    ],
)
def test_a_petition_withdrawn_or_shelved_eases_it(title: str, lead: str, language: str) -> None:
    assert WINE.kind == "pressure"
    found = observe(WINE, title, language, lead)
    if language == "pt" and "Secex" not in title:
        # the headline names neither the cheese nor Uruguay: nothing bears
        assert found == []
        return
    assert [(o.stage, o.polarity) for o in found] == [("eased", Polarity.DONE)]


# --- a central bank named after its country --------------------------------------------------

RUPEES = only_question(
    "Angola and India sign a trade pact",
    "Whether Banco de Angola lets banks settle trade with India in rupees.",
    entities=("Banco de Angola",),
)


def test_a_national_bank_goes_by_its_function() -> None:
    [bank] = RUPEES.entities
    assert {"Angola central bank", "banco central angolano", "安哥拉央行"} <= set(bank.aliases)


@pytest.mark.parametrize(
    ("title", "language", "stage"),
    [
        (
            "Angola's central bank drafts rules to let banks settle India trade in rupees",
            "en",
            "signaled",
        ),
        ("Banco de Angola autoriza liquidação do comércio com a Índia em rupias", "pt", "done"),
    ],
)
def test_the_banks_steps(title: str, language: str, stage: str) -> None:
    assert RUPEES.kind == "decision"
    found = observe(RUPEES, title, language)
    assert [(o.stage, o.polarity) for o in found] == [(stage, Polarity.DONE)]


# --- words of the matter ---------------------------------------------------------------------

TRANSIT = only_question(
    "Paraguay and Chile sign a transit pact",
    "Whether the Paraguay–Chile customs transit agreement makes it through both congresses.",
)


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Governo do Paraguai envia ao Congresso acordo de trânsito aduaneiro com o Chile", "pt"),
        ("Paraguay envía al Congreso el acuerdo de tránsito con Chile", "es"),
    ],
)
def test_a_transit_regime_in_other_languages(title: str, language: str) -> None:
    [o] = observe(TRANSIT, title, language)
    assert (o.stage, o.polarity) == ("submitted", Polarity.DONE)


MANGOES = only_question(
    "Peru and Japan sign a plant health protocol",
    "Will mangoes from Peru's Piura valley start reaching Japan under the new protocol, and "
    "build into a steady trade?",
)


def test_a_trade_that_builds_up_is_no_construction() -> None:
    assert not {"construction", "build", "building"} & set(MANGOES.terms)
    assert observe(MANGOES, "Japan's Hanseong to build a US$200 million plant in Peru", "en") == []


# --- first cargoes ---------------------------------------------------------------------------

PITAHAYA = only_question(
    "Colombia and Korea sign a plant health protocol",
    "Whether Colombian pitahaya starts reaching Korea under the new protocol, and in what "
    "quantities.",
)


@pytest.mark.parametrize(
    ("title", "language", "polarity"),
    [
        (
            "Exportadores programam primeiro embarque de pitaia colombiana para a Coreia em agosto",
            "pt",
            Polarity.INTENT,
        ),
        (
            "Exporters schedule their first shipment of Colombian pitahaya to Korea",
            "en",
            Polarity.INTENT,
        ),
        ("Pitaia colombiana embarca pela primeira vez rumo à Coreia", "pt", Polarity.DONE),
        ("La pitahaya colombiana zarpa por primera vez hacia Corea", "es", Polarity.DONE),
    ],
)
def test_a_first_cargo_scheduled_or_sailing(title: str, language: str, polarity: Polarity) -> None:
    assert PITAHAYA.kind == "market"
    [o] = observe(PITAHAYA, title, language)
    assert (o.stage, o.polarity) == ("first-shipment", polarity)


PLUMS = only_question(
    "Chile and China sign a plant health protocol",
    "Whether fresh Chilean plums start reaching China under the new protocol.",
)


@pytest.mark.parametrize(
    "title",
    [
        # the first batch is of approved orchards, the first cargo a plan
        "智利向中国海关提交首批20个注册果园名单，出口商计划下月装运首批鲜李",
    ],
)
def test_a_list_of_orchards_and_a_planned_cargo(title: str) -> None:
    found = observe(PLUMS, title, "zh-Hans")
    assert all(o.polarity is not Polarity.DONE for o in found)


# --- ratification ----------------------------------------------------------------------------

EPA = only_question(
    "Colombia and Vietnam sign a partnership agreement",
    "Whether Colombia's Congress and Vietnam's government both approve the partnership "
    "agreement, and whether it takes effect.",
)


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("Vietnam's government approves Colombia partnership agreement", ""),
        (
            "Vietnam completes its side",
            "Vietnam's government has approved the economic partnership agreement with "
            "Colombia, completing the country's domestic procedure.",
        ),
    ],
)
def test_an_executive_approval_with_words_between(title: str, lead: str) -> None:
    found = [o for o in observe(EPA, title, "en", lead) if o.stage]
    assert [(o.stage, o.polarity, o.party) for o in found] == [
        ("ratified-partial", Polarity.DONE, "Vietnam")
    ]


def test_an_executive_approving_the_dispatch_is_no_ratification() -> None:
    found = observe(
        EPA, "Colombian cabinet approves sending the partnership agreement to Congress", "en"
    )
    assert all(o.stage != "ratified-partial" for o in found)


def test_the_partnership_agreement_in_spanish() -> None:
    [o] = observe(EPA, "El Gobierno envía al Congreso el acuerdo comercial con Vietnam", "es")
    assert (o.stage, o.polarity) == ("submitted", Polarity.DONE)


TAX = only_question(
    "Peru and Korea sign a tax treaty",
    "Whether the Peru–Korea double taxation treaty gets through Peru's Congress, is approved in "
    "Seoul and actually takes effect.",
)


def test_a_second_party_told_by_where_it_approves() -> None:
    assert [p.name for p in TAX.parties] == ["Peru", "South Korea"]
    [o] = observe(
        TAX,
        "Congreso aprueba el convenio con Corea del Sur para evitar la doble tributación",
        "es",
        "El pleno del Congreso aprobó la resolución legislativa que aprueba el convenio entre el "
        "Perú y Corea del Sur para evitar la doble tributación.",
    )
    assert (o.stage, o.polarity) == ("ratified-partial", Polarity.DONE)


# --- projects --------------------------------------------------------------------------------

RAIL = only_question(
    "Bolivia and China sign a railway memorandum",
    "Whether Zhongtie Rail Engineering's Oruro freight railway moves from a memorandum to "
    "permits, financing and construction.",
)


def test_a_permit_needed_before_the_works_is_no_works() -> None:
    found = observe(
        RAIL,
        "奥鲁罗货运铁路拿到关键许可",
        "zh-Hans",
        "玻利维亚环境部日前批准了中铁铁路工程公司提交的奥鲁罗货运铁路环境影响评估报告，项目拿到了开工前"
        "最关键的一项许可。",
    )
    assert {(o.stage, o.polarity) for o in found} == {("preparing", Polarity.DONE)}


def test_aid_suspended_over_a_project_is_no_stall() -> None:
    found = observe(
        RAIL,
        "Washington acts over Chinese-built Oruro railway",
        "en",
        "The State Department has suspended a US$25 million border and customs cooperation "
        "programme with Bolivia, citing La Paz's decision to let Zhongtie Rail Engineering "
        "build the railway.",
    )
    assert all(o.stage != "stalled" for o in found)


TERMINAL = only_question(
    "Peru and Indonesia sign an investment pact",
    "Whether Nusantara Terminals' US$300 million terminal in Paita gets from announcement to "
    "permits and a building site.",
)


def test_a_company_by_its_first_word() -> None:
    # "Nusantara" alone is Nusantara Terminals: a company's tail word may go unsaid
    [o] = observe(TERMINAL, "Juez ordena paralizar las obras del terminal de Nusantara", "es")
    assert (o.stage, o.polarity) == ("stalled", Polarity.DONE)


def test_a_court_order_with_its_grounds_between_commas() -> None:
    [o] = observe(
        TERMINAL,
        "Pescadores de Paita celebran el fallo",
        "es",
        "Un juzgado civil admitió la demanda de los pescadores y ordenó, como medida cautelar, "
        "suspender el dragado y la construcción del terminal de Nusantara Terminals.",
    )
    assert (o.stage, o.polarity) == ("stalled", Polarity.DONE)


# --- hedges ----------------------------------------------------------------------------------

SESAME = only_question(
    "Paraguay and Taiwan deepen ties",
    "Whether Beijing moves from words to economic measures against Paraguay over its ties with "
    "Taipei.",
)


def test_no_arrangement_yet_is_no_easing() -> None:
    found = observe(SESAME, "海关总署：暂无恢复巴拉圭芝麻企业输华资质的安排", "zh-Hans")
    assert all(o.polarity is not Polarity.DONE for o in found)


# --- a market item naming its goods by their region ------------------------------------------

LEMONS = only_question(
    "Argentina and Indonesia sign a plant health protocol",
    "Whether lemons from Tucumán start reaching Jakarta, and in what volumes.",
)


def test_the_goods_region_is_no_required_name() -> None:
    # news of the trade names the countries ("Argentine lemons land in Indonesia")
    assert [e.name for e in LEMONS.entities] == ["Argentina", "Indonesia"]
    [o] = observe(LEMONS, "First Argentine lemons land in Indonesia", "en")
    assert (o.stage, o.polarity) == ("first-shipment", Polarity.DONE)
    # the region still names its country
    [o] = observe(LEMONS, "Zarpa el primer embarque de limones tucumanos hacia Yakarta", "es")
    assert o.stage == "first-shipment"


def test_a_facility_at_a_place_still_requires_the_place() -> None:
    port = only_question(
        "Argentina and Indonesia sign an investment pact",
        "Whether the grain terminal in Bahía Blanca gets from announcement to construction.",
    )
    assert port.kind == "project"
    assert [e.name for e in port.entities] == ["Bahía Blanca"]


# --- pressure: who presses whom, and words for its steps --------------------------------------


@pytest.mark.parametrize(
    ("item", "title", "language", "stage"),
    [
        # a protest over a river: the two countries are asked, the river is where
        (
            "Will Portugal protest Spain's water releases on the Douro?",
            "Lisbon hands Madrid a verbal note over the Douro flows",
            "en",
            "rhetorical",
        ),
        (
            "Will Portugal protest Spain's water releases on the Douro?",
            "Lisboa manifesta a Madrid profundo desagrado com os caudais do Douro",
            "pt",
            "rhetorical",
        ),
        (
            "Will Ecuador close its border with Colombia over the water dispute?",
            "Quito cierra por completo la frontera con Colombia por la disputa del agua",
            "es",
            "concrete",
        ),
        (
            "Will Algeria step up pressure on Spain over its Western Sahara stance?",
            "Algiers suspends friendship treaty with Madrid, freezes trade payments",
            "en",
            "concrete",
        ),
        (
            "Will Ecuador step up pressure on Colombia over border security?",
            "Quito aplica arancel del 25% a productos colombianos en represalia",
            "es",
            "concrete",
        ),
        (
            "Will Thai rice farmers press Bangkok over Vietnamese rice imports?",
            "Farmers block port gates in Bangkok over Vietnamese rice shipments",
            "en",
            "concrete",
        ),
    ],
)
def test_pressure_steps(item: str, title: str, language: str, stage: str) -> None:
    q = only_question("A dispute", item)
    assert q.kind == "pressure"
    assert [(o.stage, o.polarity) for o in observe(q, title, language)] == [(stage, Polarity.DONE)]


def test_a_protest_over_a_place_asks_the_two_countries() -> None:
    q = only_question("A dispute", "Will Japan protest China's buoys near the Senkaku Islands?")
    assert [e.name for e in q.entities] == ["Japan", "China"]
