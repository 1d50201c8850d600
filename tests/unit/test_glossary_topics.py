"""Glossary topics of foreign policy, trade and investment, heard in every language.

A watch item is written in English, and its own words are heard in English only: a report in
Spanish, Portuguese or Chinese bears on the question only when a glossary concept the item
names carries that language's words. Each row names one concept in English and checks that the
question's terms carry its words in the other languages, and that a report in each of them
naming both sides and the matter bears on the question, while the same report on another
matter does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import pytest
from opencc import OpenCC

from tests.unit.builders import entry
from watcher.data import glossary
from watcher.judge import Judge
from watcher.model import Briefing, Question, WatchItem
from watcher.questions import build_watchlist, item_terms

CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Case:
    """A watch item naming a concept; words its terms must carry; per language, a report on the
    matter and the same report on an unrelated one."""

    sides: tuple[str, str]
    item: str
    words: tuple[str, ...]
    reports: dict[str, tuple[str, str]]


CASES = {
    "agricultural attaché": Case(
        ("Brazil", "Philippines"),
        "Whether Brazil appoints an agricultural attaché to its mission in the Philippines.",
        ("agregado agrícola", "adido agrícola", "adidância agrícola", "農業參事", "农业参事"),
        {
            "es": ("Brasil designará un agregado agrícola en Filipinas",
                   "Brasil designará un entrenador de fútbol en Filipinas"),
            "pt": ("Brasil vai nomear um adido agrícola nas Filipinas",
                   "Brasil vai nomear um técnico de futebol nas Filipinas"),
            "zh": ("巴西將向菲律賓派駐農業參贊", "巴西將向菲律賓派出足球教練"),
        },
    ),
    "direct flight": Case(
        ("Brazil", "Philippines"),
        "Whether Brazil and the Philippines launch a direct flight between their capitals.",
        ("vuelos directos", "voos diretos", "直航", "直飛", "直飞"),
        {
            "es": ("Brasil y Filipinas anuncian vuelos directos desde junio",
                   "Brasil y Filipinas anuncian un festival de cine desde junio"),
            "pt": ("Brasil e Filipinas anunciam voos diretos a partir de junho",
                   "Brasil e Filipinas anunciam um festival de cinema a partir de junho"),
            "zh": ("巴西與菲律賓宣布六月起開通直航", "巴西與菲律賓宣布六月起舉辦電影節"),
        },
    ),
    "visa waiver": Case(
        ("Brazil", "Philippines"),
        "Whether the Philippines lets Brazilian tourists enter visa-free.",
        ("exención de visa", "isenção de visto", "免簽", "免签"),
        {
            "es": ("Filipinas aprueba la exención de visa para turistas de Brasil",
                   "Filipinas aprueba un torneo de fútbol con equipos de Brasil"),
            "pt": ("Filipinas concede isenção de visto a turistas do Brasil",
                   "Filipinas recebe um torneio de futebol com equipes do Brasil"),
            "zh": ("菲律賓給予巴西遊客免簽待遇", "菲律賓邀請巴西球隊參加足球賽"),
        },
    ),
    "sanitary protocol": Case(
        ("Brazil", "Philippines"),
        "Whether Brazil and the Philippines sign a phytosanitary protocol for mangoes.",
        ("protocolo fitosanitario", "protocolo fitossanitário", "檢疫", "检疫"),
        {
            "es": ("Brasil y Filipinas firman un protocolo fitosanitario para el mango",
                   "Brasil y Filipinas firman una carta de intención sobre turismo"),
            "pt": ("Brasil e Filipinas assinam protocolo fitossanitário para a manga",
                   "Brasil e Filipinas assinam carta de intenções sobre turismo"),
            "zh": ("巴西與菲律賓簽署芒果植物檢疫議定書", "巴西與菲律賓簽署旅遊合作意向書"),
        },
    ),
    "trade office": Case(
        ("Paraguay", "Taiwan"),
        "Whether Paraguay opens a trade office in Taiwan.",
        ("oficina comercial", "escritório comercial", "商務辦事處", "商务办事处"),
        {
            "es": ("Paraguay abrirá una oficina comercial en Taiwán",
                   "Paraguay abrirá una muestra de arte en Taiwán"),
            "pt": ("Paraguai abrirá um escritório comercial em Taiwan",
                   "Paraguai abrirá uma mostra de arte em Taiwan"),
            "zh": ("巴拉圭將在台灣設立商務辦事處", "巴拉圭將在台灣舉辦藝術展覽"),
        },
    ),
    "currency swap": Case(
        ("Argentina", "China"),
        "Whether China and Argentina renew their currency swap.",
        ("swap de monedas", "swap cambial", "貨幣互換", "货币互换"),
        {
            "es": ("Argentina y China renuevan el swap de monedas por tres años",
                   "Argentina y China renuevan un programa de intercambio estudiantil"),
            "pt": ("Argentina e China renovam o swap cambial por três anos",
                   "Argentina e China renovam um programa de intercâmbio estudantil"),
            "zh": ("阿根廷與中國續簽貨幣互換協議", "阿根廷與中國續簽學生交流計畫"),
        },
    ),
    "defence cooperation": Case(
        ("Paraguay", "Taiwan"),
        "Whether Taiwan and Paraguay expand military cooperation.",
        ("cooperación militar", "cooperação militar", "軍事合作", "军事合作"),
        {
            "es": ("Paraguay y Taiwán amplían la cooperación militar",
                   "Paraguay y Taiwán amplían la cooperación cultural"),
            "pt": ("Paraguai e Taiwan ampliam a cooperação militar",
                   "Paraguai e Taiwan ampliam a cooperação cultural"),
            "zh": ("巴拉圭與台灣擴大軍事合作", "巴拉圭與台灣擴大文化合作"),
        },
    ),
    "coffee": Case(
        ("Colombia", "China"),
        "Whether Colombian coffee exports to China reach regular volumes.",
        ("café", "咖啡"),
        {
            "es": ("Colombia envía a China su primer lote de café",
                   "Colombia envía a China su primer lote de flores"),
            "pt": ("Colômbia envia à China o primeiro lote de café",
                   "Colômbia envia à China o primeiro lote de flores"),
            "zh": ("哥伦比亚首批咖啡运抵中国", "哥伦比亚首批鲜花运抵中国"),
        },
    ),
    "metro": Case(
        ("Colombia", "China"),
        "Whether the Chinese-built metro line in Colombia opens on time.",
        ("línea de metro", "metrô", "地铁", "地鐵"),
        {
            "es": ("China y Colombia inauguran la primera línea de metro",
                   "China y Colombia celebran la primera feria de libros"),
            "pt": ("China e Colômbia inauguram a primeira linha de metrô",
                   "China e Colômbia celebram a primeira feira de livros"),
            "zh": ("中国承建的哥伦比亚地铁一号线通车", "中国与哥伦比亚举办书展"),
        },
    ),
    "hospital": Case(
        ("Colombia", "China"),
        "Whether the China-funded hospital in Colombia opens to patients.",
        ("hospital", "医院", "醫院"),
        {
            "es": ("China entrega a Colombia el nuevo hospital regional",
                   "China entrega a Colombia un lote de libros"),
            "pt": ("China entrega à Colômbia o novo hospital regional",
                   "China entrega à Colômbia um lote de livros"),
            "zh": ("中国援建的哥伦比亚区域医院启用", "中国向哥伦比亚捐赠图书"),
        },
    ),
    "economic cooperation agreement": Case(
        ("Colombia", "China"),
        "Whether the Colombia–China economic cooperation agreement enters into force.",
        ("acuerdo de cooperación económica", "经济合作协定", "經濟合作協定"),
        {
            "es": ("Colombia y China sellan un acuerdo de cooperación económica",
                   "Colombia y China sellan un acuerdo de intercambio cultural"),
            "pt": ("Colômbia e China assinam acordo de cooperação econômica",
                   "Colômbia e China assinam acordo de intercâmbio cultural"),
            "zh": ("哥伦比亚与中国签署经济合作协定", "哥伦比亚与中国签署文化交流计划"),
        },
    ),
    "sugar": Case(
        ("Colombia", "China"),
        "Whether Colombian raw sugar reaches China under the new quota.",
        ("蔗糖", "粗糖", "azúcar de caña"),
        {
            "es": ("Colombia despacha a China el primer cargamento de azúcar de caña",
                   "Colombia despacha a China el primer cargamento de carbón"),
            "pt": ("Colômbia embarca para a China o primeiro lote de açúcar bruto",
                   "Colômbia embarca para a China o primeiro lote de carvão"),
            # 糖 alone is in 糖尿病 (diabetes): a drug shipment is no sugar.
            "zh": ("哥伦比亚蔗糖首批运抵中国", "哥伦比亚糖尿病药物首批运抵中国"),
        },
    ),
    "water use": Case(
        ("Chile", "China"),
        "Whether Chile's water authority grants the Chinese plant a water-use concession.",
        ("agua", "água", "用水", "agua residual tratada"),
        {
            "es": ("Chile entrega agua tratada a la planta china",
                   "Chile entrega terrenos a una empresa china"),
            "pt": ("Chile concede água de reúso à fábrica chinesa",
                   "Chile concede terrenos a uma empresa chinesa"),
            "zh": ("智利批准中国工厂取水", "智利批准中国企业用地"),
        },
    ),
    "grapes": Case(
        ("Chile", "China"),
        "Whether Chilean table grapes reach China through the new protocol.",
        ("uva de mesa", "uvas de mesa", "鲜食葡萄"),
        {
            "es": ("Chile despacha a China las primeras uvas de mesa",
                   "Chile despacha a China los primeros vinos"),
            "pt": ("Chile despacha para a China as primeiras uvas de mesa",
                   "Chile despacha para a China os primeiros vinhos"),
            # Portugal (葡萄牙) in a report is no grape.
            "zh": ("智利首批鲜食葡萄出口中国", "智利与葡萄牙向中国出口葡萄酒"),
        },
    ),
}  # fmt: skip


def question_for(case: Case) -> Question:
    briefing = Briefing(
        title=f"{case.sides[0]} and {case.sides[1]} widen their ties",
        source="t.md",
        date=date(2030, 1, 10),
        entities=case.sides,
        watch_items=(WatchItem(case.item, 1),),
        body="",
    )
    return build_watchlist(briefing).questions[0]


@pytest.mark.parametrize("key", CASES)
def test_an_item_naming_a_concept_carries_its_words_in_every_language(key: str) -> None:
    case = CASES[key]
    question = question_for(case)
    assert sorted(e.name for e in question.entities) == sorted(case.sides)
    assert set(case.words) <= set(question.terms), key


@pytest.mark.parametrize(
    ("key", "language"), [(key, language) for key in CASES for language in ("es", "pt", "zh")]
)
def test_a_report_in_another_language_bears_on_the_question(key: str, language: str) -> None:
    case = CASES[key]
    judge = Judge([question_for(case)])
    on_topic, off_topic = case.reports[language]
    assert judge.observe(entry(on_topic, language=language)), on_topic
    assert not judge.observe(entry(off_topic, language=language)), off_topic


@pytest.mark.parametrize(
    ("item", "neighbour"),
    [
        # One attaché is no news of another.
        (CASES["agricultural attaché"].item, "defence attaché"),
        (CASES["agricultural attaché"].item, "commercial attaché"),
        # A visa exemption is not a tariff's or a water rule's.
        ("Whether the Philippines grants Brazilian tourists a visa exemption.", "exemption"),
    ],
)
def test_a_focus_concept_leaves_its_neighbours_words_out(item: str, neighbour: str) -> None:
    words = next(c.words for c in glossary() if c.key == neighbour)
    terms = set(question_for(Case(("Brazil", "Philippines"), item, (), {})).terms)
    assert terms and not terms & set(words), terms & set(words)


def test_a_free_trade_zone_is_not_a_free_trade_agreement() -> None:
    """A "free trade zone" also says "free trade": the zone's item hears the zone only."""
    case = Case(("Chile", "China"), "Whether Chile and China set up a free trade zone.", (), {})
    terms = set(question_for(case).terms)
    assert {"zona franca", "自由貿易區", "自贸区"} <= terms
    assert not {"acuerdo de libre comercio", "自由貿易協定", "free trade"} & terms


def test_glossary_simplified_words_have_their_traditional_twin() -> None:
    """The other half of `test_glossary_has_both_chinese_scripts` (simplified -> traditional)."""
    to_simplified, to_traditional = OpenCC("t2s"), OpenCC("s2tw")
    for concept in glossary():
        words = [w for w in concept.words if CJK.search(w)]
        for word in words:
            if to_simplified.convert(word) == word and to_traditional.convert(word) != word:
                twins = [w for w in words if w != word and to_simplified.convert(w) == word]
                assert twins, (concept.key, word)


def test_restrictions_are_words_of_pressure() -> None:
    case = Case(("United States", "Brazil"), "Whether the United States steps up pressure on "
                "Brazil over the refinery.", ("curbs", "restricciones", "restrições", "出口管制"),
                {})  # fmt: skip
    q = question_for(case)
    assert set(case.words) <= set(q.terms)
    found = Judge([q]).observe(entry("US weighs curbs on Brazilian refinery", language="en"))
    assert [o.question_id for o in found] == [q.id]


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("es", "China califica de callejón sin salida los lazos de Nauru con Taiwán"),
        ("pt", "China classifica como beco sem saída os laços do Nauru com Taiwan"),
        ("en", "China brands Nauru's ties with Taiwan a dead end"),
    ],
)
def test_a_government_labelling_the_others_ties_bears_on_its_pressure(
    language: str, title: str
) -> None:
    """Words on the matter, not yet a stage: the label is no charge ("provocation")."""
    case = Case(("China", "Nauru"), "Whether China steps up diplomatic pressure on Nauru.", (), {})
    q = question_for(case)
    found = Judge([q]).observe(entry(title, language=language))
    assert [(o.question_id, o.stage) for o in found] == [(q.id, None)]


def test_a_decision_on_a_named_facility_listens_for_the_act_not_the_facility() -> None:
    """A decree granting the Mareva terminal's concession is news of the decree; news that
    the terminal's works began is the project question's. Unnamed ("the new terminal"), the
    facility is what tells the act from the decider's others, and stays."""
    item = "Whether Chile's president grants the Mareva container terminal's concession by decree."
    named = set(item_terms(item, "decision", ["Mareva"], named_thing=True))
    assert {"concesión", "concessão", "decreto", "特许经营"} <= named
    assert not {"terminal", "码头", "集装箱码头"} & named
    assert {"terminal", "码头"} <= set(item_terms(item, "decision", ["Chile"]))
    assert {"terminal", "码头"} <= set(item_terms(item, "project", ["Mareva"], named_thing=True))


def test_a_loan_for_a_facility_is_heard_as_a_loan_in_every_language() -> None:
    item = "Whether the loan agreement for the Mareva hospital is approved by Chile's Congress."
    terms = set(item_terms(item, "ratification", ["Mareva"], named_thing=True))
    assert {"acuerdo de préstamo", "acordo de empréstimo", "贷款协议"} <= terms
    assert not {"hospital", "医院"} & terms


def test_a_decision_naming_its_object_listens_for_the_object_not_any_approval() -> None:
    with_object = "Whether Chile's president grants the Mareva concession by decree."
    terms = set(item_terms(with_object, "decision", ["Mareva"], named_thing=True))
    assert {"concesión", "decreto"} <= terms and not {"approved", "aprobó", "批准"} & terms
    bare = "Whether Chile's government decides on Mareva."
    assert {"approved", "aprobó"} <= set(item_terms(bare, "decision", ["Mareva"], True))


def test_chinas_customs_speak_for_china_in_its_own_press() -> None:
    """Beijing's press writes "海关总署" (the customs administration), not "China": the body
    names its country, so the act reads as named, not as a weak unsaid-home reading."""
    case = Case(("China", "Nauru"), "Whether China steps up pressure on Nauru.", (), {})
    q = question_for(case)
    [found] = Judge([q]).observe(entry("海关总署暂停瑙鲁三家企业对虾输华", language="zh-Hans"))
    assert found.stage == "concrete" and found.score >= 0.9
