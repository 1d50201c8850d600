"""Glossary round 7: traded products, instruments and facilities heard in every language.

A watch item is written in English; a Spanish, Portuguese or Chinese report bears on its
question only through the words of a glossary concept the item names. Each row below names a
concept the glossary lacked (pears, copper, ethanol, a tax-stability contract, a landing
licence, a desalination plant...) and checks that the question's terms carry its words in the
other languages, and that a report in each language naming both sides and the matter bears on
the question while the same report on another matter does not. Further tests keep the words
specific: a product question does not take its neighbours' news, and words that are also
places, firms or surnames (Limón, Apple) do not count.
"""

from __future__ import annotations

import pytest

from tests.unit.builders import entry
from tests.unit.test_glossary_topics import Case, question_for
from watcher.data import glossary
from watcher.judge import Judge
from watcher.questions import item_terms

# --- 1. traded products (each a focus) ---------------------------------------------------------
PRODUCTS = {
    "pears": Case(
        ("Chile", "Vietnam"),
        "Whether Chilean pears start reaching Vietnam, from a first shipment to regular volumes.",
        ("peras", "pera", "pêra", "鲜梨", "鮮梨"),
        {
            "es": (
                "Chile despacha a Vietnam el primer embarque de peras",
                "Chile despacha a Vietnam el primer embarque de vinos",
            ),
            "pt": (
                "Chile embarca para o Vietnã o primeiro lote de peras",
                "Chile embarca para o Vietnã o primeiro lote de vinhos",
            ),
            "zh": ("智利首批鲜梨运抵越南", "智利首批葡萄酒运抵越南"),
        },
    ),
    "ethanol": Case(
        ("Brazil", "Japan"),
        "Whether Brazilian ethanol reaches Japan under the new import quota.",
        ("etanol", "bioetanol", "乙醇", "燃料乙醇"),
        {
            "es": (
                "Brasil despacha a Japón el primer cargamento de etanol",
                "Brasil despacha a Japón el primer cargamento de algodón",
            ),
            "pt": (
                "Brasil embarca para o Japão o primeiro lote de etanol",
                "Brasil embarca para o Japão o primeiro lote de algodão",
            ),
            "zh": ("巴西首批燃料乙醇运抵日本", "巴西首批棉花运抵日本"),
        },
    ),
    "liquefied natural gas": Case(
        ("Peru", "South Korea"),
        "Whether Peruvian LNG cargoes to South Korea resume.",
        ("gas natural licuado", "GNL", "液化天然气", "液化天然氣"),
        {
            "es": (
                "Perú retoma los envíos de gas natural licuado a Corea del Sur",
                "Perú retoma los envíos de espárragos a Corea del Sur",
            ),
            "pt": (
                "Peru retoma os embarques de gás natural liquefeito para a Coreia do Sul",
                "Peru retoma os embarques de aspargos para a Coreia do Sul",
            ),
            "zh": ("秘鲁恢复对韩国出口液化天然气", "秘鲁恢复对韩国出口芦笋"),
        },
    ),
    "cashews": Case(
        ("Brazil", "China"),
        "Whether Brazilian cashews gain access to China.",
        ("castanha de caju", "anacardos", "腰果"),
        {
            "es": (
                "Brasil obtiene acceso a China para sus anacardos",
                "Brasil obtiene acceso a China para sus películas",
            ),
            "pt": (
                "Brasil obtém acesso à China para a castanha de caju",
                "Brasil obtém acesso à China para seus filmes",
            ),
            "zh": ("巴西腰果获准进入中国市场", "巴西电影获准进入中国市场"),
        },
    ),
    "lamb": Case(
        ("Uruguay", "China"),
        "Whether Uruguayan lamb exports to China reach regular volumes.",
        ("carne ovina", "carne de cordeiro", "羊肉"),
        {
            "es": (
                "Uruguay envía a China el primer lote de carne ovina",
                "Uruguay envía a China el primer lote de lana",
            ),
            "pt": (
                "Uruguai embarca para a China o primeiro lote de carne de cordeiro",
                "Uruguai embarca para a China o primeiro lote de lã",
            ),
            "zh": ("乌拉圭首批羊肉运抵中国", "乌拉圭首批羊毛运抵中国"),
        },
    ),
    "electric vehicles": Case(
        ("Brazil", "China"),
        "Whether Chinese electric vehicles keep reaching Brazil after the tariff rise.",
        ("vehículos eléctricos", "veículos elétricos", "电动汽车", "電動汽車"),
        {
            "es": (
                "Llegan a Brasil nuevos vehículos eléctricos de China",
                "Llegan a Brasil nuevos turistas de China",
            ),
            "pt": (
                "Chegam ao Brasil mais veículos elétricos da China",
                "Chegam ao Brasil mais turistas da China",
            ),
            "zh": ("中国电动汽车持续进入巴西", "中国游客持续进入巴西"),
        },
    ),
    "urea": Case(
        ("Bolivia", "Brazil"),
        "Whether Bolivian urea reaches Brazil's farm belt in regular volumes.",
        ("urea", "ureia", "尿素"),
        {
            "es": (
                "Bolivia despacha a Brasil un nuevo lote de urea",
                "Bolivia despacha a Brasil un nuevo lote de quinua",
            ),
            "pt": (
                "Bolívia envia ao Brasil novo lote de ureia",
                "Bolívia envia ao Brasil novo lote de quinoa",
            ),
            "zh": ("玻利维亚向巴西出口尿素", "玻利维亚向巴西出口藜麦"),
        },
    ),
}

# --- 1b. minerals and metals: no focus, like lithium (their items are mostly a mine's or a
# smelter's, whose news names the facility without the metal) -----------------------------------
MINERALS = {
    "copper": Case(
        ("Peru", "India"),
        "Whether Peruvian copper concentrate starts reaching India under the new agreement.",
        ("cobre", "concentrado de cobre", "铜精矿", "銅精礦"),
        {
            "es": (
                "Perú envía a India el primer cargamento de concentrado de cobre",
                "Perú envía a India el primer cargamento de quinua",
            ),
            "pt": (
                "Peru embarca para a Índia o primeiro lote de concentrado de cobre",
                "Peru embarca para a Índia o primeiro lote de quinoa",
            ),
            "zh": ("秘鲁首批铜精矿运抵印度", "秘鲁首批藜麦运抵印度"),
        },
    ),
}

# --- 2. instruments and permits (no flags) ----------------------------------------------------
INSTRUMENTS = {
    "tax stability": Case(
        ("Chile", "India"),
        "Whether Chile's government grants the Indian smelter investors a tax stability contract.",
        ("invariabilidad tributaria", "estabilidade tributária", "税收稳定协议", "稅收穩定協議"),
        {
            "es": (
                "Chile concede a inversionistas de India la invariabilidad tributaria",
                "Chile concede a inversionistas de India un premio a la innovación",
            ),
            "pt": (
                "Chile concede estabilidade tributária a investidores da Índia",
                "Chile concede prêmio de inovação a investidores da Índia",
            ),
            "zh": ("智利与印度投资者签署税收稳定协议", "智利与印度投资者签署文化交流协议"),
        },
    ),
    "good manufacturing practice": Case(
        ("Brazil", "India"),
        "Whether Brazil's health regulator grants the Indian drugmaker a good manufacturing "
        "practice certificate.",
        (
            "buenas prácticas de manufactura",
            "boas práticas de fabricação",
            "GMP认证",
            "药品生产质量管理规范",
        ),
        {
            "es": (
                "Brasil otorga a laboratorio de India certificado de buenas prácticas de "
                "manufactura",
                "Brasil otorga a laboratorio de India un premio a la innovación",
            ),
            "pt": (
                "Brasil concede a laboratório da Índia certificado de boas práticas de fabricação",
                "Brasil concede a laboratório da Índia prêmio de inovação",
            ),
            "zh": ("巴西向印度药企颁发GMP认证", "巴西向印度药企颁发创新奖"),
        },
    ),
    "landing licence": Case(
        ("Brazil", "Nigeria"),
        "Whether Brazil's telecom regulator grants the Nigerian cable consortium a landing "
        "licence.",
        ("direito de aterrissagem", "licencia de aterrizaje", "登陆许可", "登陸權"),
        {
            "es": (
                "Brasil concede derechos de aterrizaje al cable de Nigeria",
                "Brasil concede una medalla al embajador de Nigeria",
            ),
            "pt": (
                "Brasil concede direito de aterrissagem ao cabo da Nigéria",
                "Brasil concede medalha ao embaixador da Nigéria",
            ),
            "zh": ("巴西给予尼日利亚海缆登陆权", "巴西授予尼日利亚大使勋章"),
        },
    ),
    "double taxation agreement": Case(
        ("Chile", "Vietnam"),
        "Whether the Chile–Vietnam double taxation agreement enters into force.",
        ("doble imposición", "dupla tributação", "双重征税", "雙重徵稅"),
        {
            "es": (
                "Chile y Vietnam firman convenio para evitar la doble imposición",
                "Chile y Vietnam firman convenio de intercambio cultural",
            ),
            "pt": (
                "Chile e Vietnã assinam acordo para evitar a dupla tributação",
                "Chile e Vietnã assinam acordo de intercâmbio cultural",
            ),
            "zh": ("智利与越南签署避免双重征税协定", "智利与越南签署文化交流协定"),
        },
    ),
    "mining concession": Case(
        ("Ecuador", "China"),
        "Whether Ecuador grants the Chinese-led consortium its mining concession.",
        ("concesión minera", "direito minerário", "采矿权", "採礦權"),
        {
            "es": (
                "Ecuador otorga la concesión minera al consorcio chino",
                "Ecuador otorga una beca al consorcio chino",
            ),
            "pt": (
                "Equador concede direito minerário a consórcio chinês",
                "Equador concede bolsa a consórcio chinês",
            ),
            "zh": ("厄瓜多尔向中国财团授予采矿权", "厄瓜多尔向中国财团颁发奖状"),
        },
    ),
}

# --- 3. facilities (things) -------------------------------------------------------------------
FACILITIES = {
    "desalination plant": Case(
        ("Chile", "China"),
        "Whether the Chinese-built desalination plant in Chile starts operating.",
        ("planta desalinizadora", "desaladora", "dessalinização", "海水淡化厂", "海水淡化廠"),
        {
            "es": (
                "China y Chile acuerdan ampliar la desaladora del norte",
                "China y Chile acuerdan ampliar el intercambio de estudiantes",
            ),
            "pt": (
                "China e Chile acertam ampliação da usina de dessalinização",
                "China e Chile acertam ampliação do intercâmbio de estudantes",
            ),
            "zh": ("中国企业承建的智利海水淡化厂签约", "中国与智利签署留学生交流协议"),
        },
    ),
    "shipyard": Case(
        ("Peru", "China"),
        "Whether the Chinese-funded shipyard in Peru moves from announcement to construction.",
        ("astillero", "estaleiro", "造船厂", "造船廠"),
        {
            "es": (
                "Perú y China acuerdan ampliar el astillero del Callao",
                "Perú y China acuerdan ampliar el intercambio de estudiantes",
            ),
            "pt": (
                "Peru e China acertam ampliação do estaleiro de Callao",
                "Peru e China acertam ampliação do intercâmbio de estudantes",
            ),
            "zh": ("秘鲁与中国商定扩建造船厂", "秘鲁与中国商定扩大留学生交流"),
        },
    ),
    "training centre": Case(
        ("Argentina", "China"),
        "Whether China opens a vocational training centre in Argentina.",
        ("centro de formación profesional", "centro de capacitação", "鲁班工坊", "魯班工坊"),
        {
            "es": (
                "China y Argentina acuerdan un centro de formación profesional",
                "China y Argentina acuerdan un festival de cine",
            ),
            "pt": (
                "China e Argentina acertam um centro de capacitação técnica",
                "China e Argentina acertam um festival de cinema",
            ),
            "zh": ("中国在阿根廷设立鲁班工坊", "中国在阿根廷举办电影节"),
        },
    ),
    "LNG terminal": Case(
        ("Colombia", "China"),
        "Whether the regasification terminal on Colombia's Pacific coast is built by a "
        "Chinese firm.",
        ("planta regasificadora", "terminal de regaseificação", "液化天然气接收站"),
        {
            "es": (
                "China y Colombia acuerdan la planta regasificadora del Pacífico",
                "China y Colombia acuerdan un festival de cine en el Pacífico",
            ),
            "pt": (
                "China e Colômbia acertam terminal de regaseificação no Pacífico",
                "China e Colômbia acertam festival de cinema no Pacífico",
            ),
            "zh": (
                "中国与哥伦比亚商定太平洋沿岸液化天然气接收站",
                "中国与哥伦比亚商定太平洋沿岸电影节",
            ),
        },
    ),
}

CASES = {**PRODUCTS, **MINERALS, **INSTRUMENTS, **FACILITIES}  # fmt: skip


@pytest.mark.parametrize("key", CASES)
def test_a_new_concept_is_in_the_glossary_with_its_words(key: str) -> None:
    concept = next((c for c in glossary() if c.key == key), None)
    assert concept is not None, key
    assert concept.focus == (key in PRODUCTS), key
    assert concept.thing == (key in FACILITIES), key


@pytest.mark.parametrize("key", CASES)
def test_an_item_naming_it_carries_its_words_in_every_language(key: str) -> None:
    case = CASES[key]
    question = question_for(case)
    assert sorted(e.name for e in question.entities) == sorted(case.sides)
    assert set(case.words) <= set(question.terms), set(case.words) - set(question.terms)


@pytest.mark.parametrize(
    ("key", "language"), [(key, language) for key in CASES for language in ("es", "pt", "zh")]
)
def test_a_report_in_another_language_bears_on_the_question(key: str, language: str) -> None:
    case = CASES[key]
    judge = Judge([question_for(case)])
    on_topic, off_topic = case.reports[language]
    assert judge.observe(entry(on_topic, language=language)), on_topic
    assert not judge.observe(entry(off_topic, language=language)), off_topic


# --- words kept specific --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "neighbour"),
    [
        (PRODUCTS["pears"].item, "apples"),
        (MINERALS["copper"].item, "lithium"),
        (MINERALS["copper"].item, "critical minerals"),
        (PRODUCTS["electric vehicles"].item, "cars"),
        (PRODUCTS["urea"].item, "fertilizers"),
        (PRODUCTS["ethanol"].item, "sugar"),
    ],
)
def test_a_product_question_leaves_its_neighbours_words_out(item: str, neighbour: str) -> None:
    words = next(c.words for c in glossary() if c.key == neighbour)
    terms = set(question_for(Case(("Chile", "India"), item, (), {})).terms)
    assert terms and not terms & set(words), terms & set(words)


@pytest.mark.parametrize(
    ("sides", "item", "language", "on_topic", "off_topic"),
    [
        # Limón is Costa Rica's province and port as well as a lemon.
        (
            ("Argentina", "Costa Rica"),
            "Whether Argentine lemons start reaching Costa Rica.",
            "es",
            "Argentina despacha a Costa Rica los primeros limones",
            "Argentina y Costa Rica firman un acuerdo para el puerto de Limón",
        ),
        # 苹果 is also Apple; the fruit is written 鲜苹果, 苹果出口...
        (
            ("Chile", "India"),
            "Whether Chilean apples start reaching India.",
            "zh",
            "智利鲜苹果首次出口印度",
            "智利锂矿供应苹果公司印度工厂",
        ),
        # 梨 alone is in 凤梨, pineapple.
        (
            ("Peru", "China"),
            "Whether Peruvian pears start reaching China.",
            "zh",
            "秘鲁鲜梨首次出口中国",
            "秘鲁凤梨首次出口中国",
        ),
        # "Plata" alone is a river: silver is spoken of as mined, exported, produced.
        (
            ("Argentina", "China"),
            "Whether Argentine silver exports to China grow.",
            "es",
            "Argentina y China acuerdan ampliar las exportaciones de plata",
            "Argentina y China acuerdan un festival en Mar del Plata",
        ),
        # Lula is Brazil's president: Portuguese squid is heard in the plural.
        (
            ("Brazil", "China"),
            "Whether Brazilian squid reaches China.",
            "pt",
            "Brasil embarca para a China o primeiro lote de lulas",
            "Lula embarca para a China com ministros",
        ),
    ],
)
def test_a_word_that_is_also_a_place_a_firm_or_a_name_does_not_count(
    sides: tuple[str, str], item: str, language: str, on_topic: str, off_topic: str
) -> None:
    judge = Judge([question_for(Case(sides, item, (), {}))])
    assert judge.observe(entry(on_topic, language=language)), on_topic
    assert not judge.observe(entry(off_topic, language=language)), off_topic


def test_a_decision_on_a_tax_stability_contract_listens_for_the_contract() -> None:
    """The contract is the decision's object: a report of another approval on the same smelter
    is not it, and the contract's words are what its stages listen for."""
    item = "Whether Chile grants the Mejora smelter a tax-invariability contract."
    terms = set(item_terms(item, "decision", ["Mejora"], named_thing=True))
    assert {"invariabilidad tributaria", "estabilidade tributária", "税收稳定协议"} <= terms
    assert not {"approved", "aprobó", "批准", "fundición", "冶炼厂"} & terms


def test_a_permission_to_land_a_cable_is_a_landing_licence() -> None:
    item = "Whether the regulator grants the Ondina consortium permission to land its cable."
    terms = set(item_terms(item, "decision", ["Ondina"], named_thing=True))
    assert {
        "direito de aterrissagem",
        "pouso de cabo",
        "derechos de aterrizaje",
        "登陆许可",
    } <= terms


def test_a_facility_named_with_its_product_hears_the_product() -> None:
    """A steel mill's item also names steel, a focus: its terms are steel's, which hold the
    mill's own words too, so news of the mill written "acería" or "钢厂" is heard."""
    terms = set(item_terms("Whether the Chinese steel mill in Peru is built.", "project"))
    assert {"acero", "aço", "钢铁", "鋼鐵", "acería", "钢厂", "鋼廠"} <= terms


def test_a_smelter_item_naming_its_metal_keeps_the_smelters_words() -> None:
    """Copper is no focus: news of a copper smelter's works often says only "la fundición"
    or "冶炼厂", so the item hears the smelter, the works and the metal in every language."""
    terms = set(item_terms("Whether the Chinese-owned copper smelter in Peru is built.", "project"))
    assert {"cobre", "铜冶炼", "銅冶煉", "fundición", "冶炼厂", "construcción"} <= terms
