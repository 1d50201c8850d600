"""Glossary and gazetteer round 8: facilities, products and ports as Latin America, Lusophone
Africa and the Chinese press name them.

A watch item is written in English; a Spanish, Portuguese or Chinese report bears on its
question only through the words of a glossary concept the item names, and names a country only
through the gazetteer. Each row below speaks of its matter *only* through a word this round
adds (a floating dock, a dredged access channel, GPL, a hydroelectric plant in Portugal's
spelling, a rehabilitation, a "polígono industrial"; "almendra de marañón", "feijão bóer",
黄鳍鲔, the "sector camaronero"), so it fails without the addition; the same sentence on another
matter stays off the question. Then the gazetteer: a report that names only a port (Nacala,
Lobito, Puerto Corinto, 曼塔港) is placed in its country, while the words those ports are
named with when alone (Beira, Praia, Manta, Corinto, La Unión, Colón) are everyday words or
other places, and place nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.builders import entry
from tests.unit.test_glossary_topics import Case, question_for
from watcher.data import gazetteer, gazetteer_index, glossary
from watcher.judge import Judge
from watcher.judge.text import fold
from watcher.model import Briefing, Question, WatchItem
from watcher.questions import build_watchlist


def _judge(sides: tuple[str, str], item: str) -> Judge:
    return Judge([question_for(Case(sides, item, (), {}))])


def _bears(judge: Judge, title: str, language: str) -> bool:
    return bool(judge.observe(entry(title, language=language)))


# --- 1. facilities ---------------------------------------------------------------------------
DOCK = "Whether the Chinese-built floating dock at Peru's Callao ship-repair yard enters service."
REPAIR_YARD = "Whether the Chinese-built ship-repair yard in Peru is completed."
SHIPYARD = "Whether the Chinese-funded shipyard in Peru moves from announcement to construction."
DREDGING = "Whether the Chinese contractor starts dredging the access channel of Peru's main port."
GAS = "Whether Chinese LPG supplies to Mozambique reach regular volumes."
HYDRO = "Whether China finances new hydroelectric dams in Honduras."
HYDRO_MZ = "Whether the Chinese-built hydroelectric dam in Mozambique starts generating power."
REPAIRS = (
    "Whether the rehabilitation of Honduras's largest hydroelectric dam by a Chinese firm begins."
)
REPAIRS_MZ = "Whether China completes the repairs of Mozambique's hydroelectric dam."
PARK_ES = "Whether the Chinese-run industrial park in Spain opens."
PARK_BR = "Whether the Chinese industrial park in Brazil is built."
PARK_VN = "Whether the Chinese industrial park in Vietnam is built."

PERU, HONDURAS, MOZAMBIQUE = ("Peru", "China"), ("Honduras", "China"), ("Mozambique", "China")

FACILITIES = [
    # a ship-repair yard and its docks are a shipyard's words
    (PERU, DOCK, "es", "China entrega a Perú un dique flotante para el Callao",
     "China entrega a Perú una donación de mantas para el Callao"),
    (PERU, DOCK, "pt", "China entrega ao Peru uma doca flutuante",
     "China entrega ao Peru uma doação de cobertores"),
    (PERU, DOCK, "zh", "中国向秘鲁船舶维修基地派遣技术人员", "中国向秘鲁医院派遣技术人员"),
    # an item writing "ship-repair yard", hyphen and all, names a shipyard
    (PERU, REPAIR_YARD, "es", "China y Perú firman un acuerdo sobre un astillero en el Callao",
     "China y Perú firman un acuerdo sobre un museo en el Callao"),
    (PERU, SHIPYARD, "es", "China y Perú firman un acuerdo sobre un dique seco en el Callao",
     "China y Perú firman un acuerdo sobre un museo en el Callao"),
    (PERU, SHIPYARD, "pt", "China e Peru assinam acordo sobre uma doca seca no Callao",
     "China e Peru assinam acordo sobre um museu no Callao"),
    (PERU, SHIPYARD, "zh", "中国与秘鲁签约合作船舶修造", "中国与秘鲁签约合作文化交流"),
    # dredging a port's access channel; a television channel is no channel of a port
    (PERU, DREDGING, "es", "Empresa china inicia el dragado del canal de acceso en Perú",
     "Empresa china inicia un canal de televisión en Perú"),
    (PERU, DREDGING, "pt", "Empresa chinesa inicia a dragagem do canal de acesso no Peru",
     "Empresa chinesa lança um canal de televisão no Peru"),
    (PERU, DREDGING, "zh", "中国企业开始疏浚秘鲁卡亚俄航道", "中国企业在秘鲁卡亚俄开设电视频道"),
    (PERU, DREDGING, "en", "Chinese dredgers arrive in Peru", "Chinese tourists arrive in Peru"),
    # LPG as Portugal, Angola and Mozambique write it
    (MOZAMBIQUE, GAS, "pt", "China envia a Moçambique o primeiro navio de GPL",
     "China envia a Moçambique o primeiro navio de turistas"),
    (MOZAMBIQUE, GAS, "pt", "Moçambique e China assinam acordo de fornecimento de gás de botija",
     "Moçambique e China assinam acordo de fornecimento de livros escolares"),
    # hydroelectric plants: plurals, Portugal's spelling, the Chinese plant words
    (HONDURAS, HYDRO, "es", "China financiará un proyecto hidroeléctrico en Honduras",
     "China financiará un proyecto educativo en Honduras"),
    (HONDURAS, HYDRO, "zh", "中国企业承建洪都拉斯水电厂", "中国企业承建洪都拉斯体育馆"),
    (HONDURAS, HYDRO, "zh", "洪都拉斯与中国合作发展水力发电", "洪都拉斯与中国合作发展职业教育"),
    (MOZAMBIQUE, HYDRO_MZ, "pt", "China e Moçambique assinam contrato da central hidroelétrica",
     "China e Moçambique assinam contrato da rede de bibliotecas"),
    (MOZAMBIQUE, HYDRO_MZ, "pt", "China financia novas barragens em Moçambique",
     "China financia novas bibliotecas em Moçambique"),
    # a rehabilitation, as its own matter
    (HONDURAS, REPAIRS, "es", "China y Honduras firman la repotenciación de la central",
     "China y Honduras firman un convenio de becas"),
    (HONDURAS, REPAIRS, "zh", "中国与洪都拉斯签署除险加固合同", "中国与洪都拉斯签署文化交流合同"),
    (MOZAMBIQUE, REPAIRS_MZ, "pt", "China e Moçambique acertam a reabilitação de Cahora Bassa",
     "China e Moçambique acertam um festival de cinema em Cahora Bassa"),
    (MOZAMBIQUE, REPAIRS_MZ, "zh", "中国与莫桑比克签署修复工程合同",
     "中国与莫桑比克签署文化交流合同"),
    # industrial parks: Spain's polígono, Brazil's complexo, China's development zones
    (("Spain", "China"), PARK_ES, "es",
     "Empresa china compra suelo en un polígono industrial de España",
     "Empresa china compra un club de fútbol de España"),
    (("Brazil", "China"), PARK_BR, "pt", "China anuncia complexo industrial no Brasil",
     "China anuncia festival de cinema no Brasil"),
    (("Vietnam", "China"), PARK_VN, "zh", "中国企业在越南设立经济开发区",
     "中国企业在越南设立奖学金"),
]  # fmt: skip


@pytest.mark.parametrize(("sides", "item", "language", "on_topic", "off_topic"), FACILITIES)
def test_a_facility_heard_only_through_its_new_words(
    sides: tuple[str, str], item: str, language: str, on_topic: str, off_topic: str
) -> None:
    judge = _judge(sides, item)
    assert _bears(judge, on_topic, language), on_topic
    assert not _bears(judge, off_topic, language), off_topic


def test_dredging_and_rehabilitation_are_works_not_facilities() -> None:
    """Both are works on a thing (a port, a dam) that a project's news names with them: no
    focus, which would leave the item only their words, and no thing of their own."""
    concepts = {c.key: c for c in glossary()}
    for key in ("dredging", "rehabilitation"):
        assert not concepts[key].focus and not concepts[key].thing, key
    assert concepts["shipyard"].thing and concepts["dam"].thing


@pytest.mark.parametrize(
    ("sides", "item", "language", "title"),
    [
        # 修复 alone mends ties; "reparación" is also redress for victims
        (HONDURAS, REPAIRS, "zh", "中国与洪都拉斯修复关系"),
        (HONDURAS, REPAIRS, "es", "Honduras pide a China reparación para las víctimas"),
        # 开发区域 is "develop the region", not a development zone
        (("Vietnam", "China"), PARK_VN, "zh", "中国与越南共同开发区域市场"),
        # 水电 is also the water and power bill
        (HONDURAS, HYDRO, "zh", "中国援建洪都拉斯学校减免水电费"),
        # a bare "canal" is a television channel
        (PERU, DREDGING, "es", "China y Perú lanzan un canal de noticias"),
    ],
)
def test_neighbouring_words_stay_off(
    sides: tuple[str, str], item: str, language: str, title: str
) -> None:
    assert not _bears(_judge(sides, item), title, language), title


# --- 2. products in regional usage (each a focus) ----------------------------------------------
CASHEW_SV = "Whether Salvadoran cashews gain access to China."
CASHEW_MZ = "Whether Mozambican cashews reach India in regular volumes."
PIGEON = "Whether Mozambican pigeon peas reach India under the import agreement."
TUNA_EC = "Whether Ecuadorian frozen tuna reaches China."
TUNA_CV = "Whether Cape Verdean frozen tuna reaches China."
SHRIMP_EC = "Whether Ecuadorian shrimp exports to China keep growing."
SHRIMP_BR = "Whether Brazilian farmed shrimp reaches China."
SV, MZ_IN = ("El Salvador", "China"), ("Mozambique", "India")

PRODUCTS = [
    # Central America's marañón, in the phrases that say the nut
    (SV, CASHEW_SV, "es", "El Salvador envía a China el primer lote de almendra de marañón",
     "El Salvador envía a China el primer lote de café"),
    (SV, CASHEW_SV, "es", "Crecen las exportaciones de marañón de El Salvador a China",
     "Crecen las exportaciones de azúcar de El Salvador a China"),
    (MZ_IN, CASHEW_MZ, "pt", "Índia financia a renovação de cajueiros em Moçambique",
     "Índia financia a renovação de escolas em Moçambique"),
    # pigeon peas as India's trade and Mozambique's farmers call them
    (MZ_IN, PIGEON, "en", "India extends duty-free tur imports from Mozambique",
     "India extends duty-free steel imports from Mozambique"),
    (MZ_IN, PIGEON, "en", "Mozambique ships its first toor cargo to India",
     "Mozambique ships its first cotton cargo to India"),
    (MZ_IN, PIGEON, "pt", "Moçambique embarca para a Índia o primeiro lote de feijão bóer",
     "Moçambique embarca para a Índia o primeiro lote de algodão"),
    (MZ_IN, PIGEON, "zh", "莫桑比克树豆首次出口印度", "莫桑比克棉花首次出口印度"),
    (MZ_IN, PIGEON, "zh", "莫桑比克樹豆首次出口印度", "莫桑比克棉花首次出口印度"),
    # tuna by species and in Taiwan's and Portugal's words; lobster is a neighbour
    (("Ecuador", "China"), TUNA_EC, "zh", "厄瓜多尔冷冻黄鳍鲔首批运抵中国",
     "厄瓜多尔冷冻龙虾首批运抵中国"),
    (("Ecuador", "China"), TUNA_EC, "zh", "厄瓜多爾冷凍黃鰭鮪首批運抵中國",
     "厄瓜多爾冷凍龍蝦首批運抵中國"),
    (("Ecuador", "China"), TUNA_EC, "en", "Ecuador ships its first skipjack cargo to China",
     "Ecuador ships its first banana cargo to China"),
    (("Cabo Verde", "China"), TUNA_CV, "pt",
     "Cabo Verde embarca para a China o primeiro lote de albacora congelada",
     "Cabo Verde embarca para a China o primeiro lote de lagosta congelada"),
    (("Cabo Verde", "China"), TUNA_CV, "pt", "Cabo Verde exporta mais gaiado para a China",
     "Cabo Verde exporta mais lagosta para a China"),
    # shrimp as its farming trade is named
    (("Ecuador", "China"), SHRIMP_EC, "es",
     "El sector camaronero de Ecuador cierra un acuerdo con China",
     "El sector bananero de Ecuador cierra un acuerdo con China"),
    (("Brazil", "China"), SHRIMP_BR, "pt", "Brasil e China assinam acordo de carcinicultura",
     "Brasil e China assinam acordo de cafeicultura"),
]  # fmt: skip


@pytest.mark.parametrize(("sides", "item", "language", "on_topic", "off_topic"), PRODUCTS)
def test_a_product_heard_in_its_regional_words(
    sides: tuple[str, str], item: str, language: str, on_topic: str, off_topic: str
) -> None:
    judge = _judge(sides, item)
    assert _bears(judge, on_topic, language), on_topic
    assert not _bears(judge, off_topic, language), off_topic


@pytest.mark.parametrize(
    ("sides", "item", "language", "title"),
    [
        # Marañón alone is a river of Peru and a surname
        (SV, CASHEW_SV, "es", "El ministro Marañón de El Salvador viaja a China"),
    ],
)  # fmt: skip
def test_a_regional_word_that_is_something_else_does_not_count(
    sides: tuple[str, str], item: str, language: str, title: str
) -> None:
    assert not _bears(_judge(sides, item), title, language), title


def test_a_products_new_words_stay_with_it() -> None:
    """A question on beans does not take pigeon peas (feijão bóer is written with "feijão"
    but pigeon peas' other words are theirs), nor a question on lobster the tuna's."""
    words = {c.key: set(c.words) for c in glossary()}
    assert {"feijão bóer", "tur", "toor", "树豆", "樹豆"} <= words["pigeon peas"]
    assert not {"tur", "toor", "树豆"} & words["beans"]
    assert {"鲔", "鮪", "albacora", "skipjack"} <= words["tuna"]
    assert not {"鲔", "鮪", "albacora"} & words["lobster"]


# --- 3. the gazetteer: ports and cities placed in their countries ------------------------------


def _port_question(country: str) -> Question:
    briefing = Briefing(
        title=f"{country} and China weigh a port agreement",
        source="t.md",
        date=date(2030, 1, 10),
        entities=(country, "China"),
        watch_items=(WatchItem(f"Whether {country} and China sign the port agreement.", 1),),
        body="",
    )
    question = build_watchlist(briefing).questions[0]
    assert {e.name for e in question.entities} == {country, "China"}
    return question


# English and Chinese reports: a Spanish or Portuguese one may leave its own country unsaid
# (the country's press writes so), and would bear without the port's name.
PORTS = [
    ("El Salvador", "en", "China signs the agreement on the port of Acajutla"),
    ("El Salvador", "zh", "中国与阿卡胡特拉签署港口协议"),
    ("El Salvador", "en", "China signs the agreement on the port of La Unión Centroamericana"),
    ("Nicaragua", "en", "China signs the agreement on Puerto Corinto"),
    ("Nicaragua", "zh", "中国与科林托港签署港口协议"),
    ("Nicaragua", "en", "China signs the agreement on the port of Puerto Sandino"),
    ("Nicaragua", "en", "China signs the agreement on the port of Puerto Cabezas"),
    ("Honduras", "zh", "中国与科尔特斯港签署港口协议"),
    ("Panama", "en", "China signs the agreement on the Puerto de Balboa"),
    ("Panama", "zh", "中国与巴尔博亚港签署港口协议"),
    ("Ecuador", "en", "China signs the agreement on the Puerto de Manta"),
    ("Ecuador", "zh", "中国与曼塔港签署港口协议"),
    ("Venezuela", "en", "China signs the agreement on the port of La Guaira"),
    ("Brazil", "en", "China signs the agreement on the port of Itaqui"),
    ("Brazil", "en", "China signs the agreement on the port of Itajaí"),
    ("Brazil", "en", "China signs the agreement on the Port of Açu"),
    ("Brazil", "en", "China signs the agreement with the Autoridade Portuária de Santos"),
    ("Angola", "en", "China signs the agreement on the port of Lobito"),
    ("Angola", "zh", "中国与洛比托签署港口协议"),
    ("Angola", "en", "China signs the agreement on the port of Cabinda"),
    ("Angola", "zh", "中国与索约签署港口协议"),
    ("Mozambique", "en", "China signs the agreement on the port of Nacala"),
    ("Mozambique", "zh", "中国与纳卡拉签署港口协议"),
    ("Mozambique", "en", "China signs the agreement on the Porto da Beira"),
    ("Mozambique", "zh", "中国与贝拉港签署港口协议"),
    ("Mozambique", "en", "China signs the agreement on the port of Quelimane"),
    ("Cabo Verde", "en", "China signs the agreement on the port of Mindelo"),
    ("Cabo Verde", "en", "China signs the port agreement in Cidade da Praia"),
    ("Cabo Verde", "zh", "中国与明德卢签署港口协议"),
    ("Timor-Leste", "en", "China signs the agreement on the port of Tibar"),
    ("Vietnam", "pt", "A China assina um acordo sobre portos com o Vietname"),
]


@pytest.mark.parametrize(("country", "language", "title"), PORTS)
def test_a_report_naming_only_a_port_is_placed_in_its_country(
    country: str, language: str, title: str
) -> None:
    assert _bears(Judge([_port_question(country)]), title, language), title


@pytest.mark.parametrize(
    "name", ["Beira", "Praia", "Manta", "Corinto", "La Unión", "Colón", "Balboa", "Pemba", "太特"]
)
def test_names_that_are_everyday_words_or_other_places_are_left_out(name: str) -> None:
    owners = [e.name for e in gazetteer() if fold(name) in {fold(n) for n in e.names}]
    assert owners == [], owners


@pytest.mark.parametrize(
    ("place", "country"),
    [
        ("La Unión Centroamericana", "El Salvador"),
        ("Port of Corinto", "Nicaragua"),
        ("Port of Balboa", "Panama"),
        ("Port of Manta", "Ecuador"),
        ("Lobito", "Angola"),
        ("Nacala", "Mozambique"),
        ("Port of Beira", "Mozambique"),
        ("Mindelo", "Cabo Verde"),
        ("Tibar", "Timor-Leste"),
    ],
)
def test_a_new_port_is_a_place_of_its_country(place: str, country: str) -> None:
    entry_ = gazetteer_index()[place]
    assert (entry_.type, entry_.part_of) == ("place", country)


def test_an_item_saying_cabo_verdean_is_about_cabo_verde() -> None:
    """English items that follow the country's own name write "Cabo Verdean": it is Cabo
    Verde, not a party of its own that reports would have to name."""
    item = "Whether Cabo Verdean frozen tuna starts reaching China."
    question = question_for(Case(("Cabo Verde", "China"), item, (), {}))
    assert sorted(e.name for e in question.entities) == ["Cabo Verde", "China"]
    assert _bears(Judge([question]), "首批佛得角冷冻金枪鱼运抵上海", "zh")


def test_hong_kong_answers_to_its_spanish_and_portuguese_demonyms() -> None:
    names = set(gazetteer_index()["Hong Kong"].names)
    assert {"hongkonés", "hongkonesa", "honconguês", "Hongkong"} <= names


def _rail_question() -> Question:
    briefing = Briefing(
        title="Helios Rail wins a Colombian metro contract",
        source="t.md",
        date=date(2030, 1, 10),
        entities=("Colombia", "Helios Rail"),
        watch_items=(
            WatchItem("Whether Helios Rail starts building the metro line in Colombia.", 1),
        ),
        body="Helios Rail, a rail builder, won the contract for the city's first metro line.",
    )
    question = build_watchlist(briefing).questions[0]
    assert [e.name for e in question.context] == ["Colombia"]
    return question


@pytest.mark.parametrize(
    ("place", "language"),
    [("Nacala", "en"), ("Lobito", "en"), ("Mindelo", "en"), ("Puerto de Manta", "es"),
     ("洛比托", "zh")],
)  # fmt: skip
def test_news_naming_another_countrys_port_is_about_elsewhere(place: str, language: str) -> None:
    """The Colombian metro question takes news of an unnamed city, but not of a port the
    gazetteer now places in Mozambique, Angola, Cabo Verde or Ecuador."""
    title = {
        "en": f"Helios Rail starts building the metro line in {place}",
        "es": f"Helios Rail comienza a construir la línea de metro en {place}",
        "zh": f"Helios Rail在{place}開始建造地鐵線",
    }[language]
    assert not _bears(Judge([_rail_question()]), title, language), title


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("pt", "Helios Rail começa a construir a linha de metrô à beira do rio"),
        ("pt", "Helios Rail começa a construir a linha de metrô perto da praia"),
        ("es", "Helios Rail comienza a construir la línea de metro y reparte mantas"),
        ("es", "Helios Rail comienza a construir la línea de metro en La Unión"),
        ("es", "Helios Rail comienza a construir la línea de metro en la avenida Colón"),
        ("es", "Helios Rail comienza a construir la línea de metro en el parque Balboa"),
        ("es", "Helios Rail comienza a construir la línea de metro con mármol de Corinto"),
        ("zh", "Helios Rail開始建造地鐵線，進度太特別了"),
    ],
)
def test_a_word_a_port_is_named_with_sends_no_news_elsewhere(language: str, title: str) -> None:
    """ "À beira", "praia", "mantas", La Unión, Colón, Balboa, Corinto and 太特 alone name no
    port: news of the Colombian metro that uses them is still the question's."""
    assert _bears(Judge([_rail_question()]), title, language), title
