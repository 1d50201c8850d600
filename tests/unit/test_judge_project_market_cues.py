"""Project and market stage cues, read the way an analyst reads, in English, Spanish, Portuguese,
Chinese (both scripts) and Japanese.

Preparing is everything between the announcement and the start of works (a licence granted, a
loan approved, land bought or leased, a contract or tender awarded, a final investment decision,
a site handed over); construction, operation, setbacks, first shipments, volumes and import bans
follow. Hard negatives: plans, futures (folded Spanish and Portuguese futures too), denials,
rumours, a licence applied for but not granted, a ban lifted or only weighed, a first cargo that
is still to sail, and a Japanese headline with a time to come ("来年着工") never read as done."""

from __future__ import annotations

import pytest

from tests.unit import builders
from tests.unit.builders import question
from watcher.judge.lexicon import load_lexicon, stage_of
from watcher.ladders import LADDERS
from watcher.model import Entity, Polarity, Question

D, IN, NEG, SPEC, NONE = (
    Polarity.DONE,
    Polarity.INTENT,
    Polarity.NEGATED,
    Polarity.SPECULATIVE,
    Polarity.NONE,
)
PREP, CONS, OPER, STALL, CANC = "preparing", "construction", "operational", "stalled", "cancelled"
FIRST, VOL, SUSP, OPENED = "first-shipment", "volumes-reported", "suspended", "opened"

NAURU = Entity("Nauru", ("Nauruan", "nauruano", "nauruana", "諾魯", "瑙鲁", "ナウル"))
ANDORRA = Entity("Andorra", ("Andorran", "andorrano", "andorrana", "安道尔", "アンドラ"))
HELIOS = Entity("Helios", ("赫利俄斯", "ヘリオス"))
PLANT = question(
    "plant",
    "Whether Helios builds its solar plant in Nauru",
    "project",
    "announced",
    entities=(NAURU, HELIOS),
    terms=("solar plant", "planta solar", "usina solar", "太阳能电厂", "太陽光発電所"),
)
CHICKEN = question(
    "chicken",
    "Whether Andorran chicken reaches the Nauruan market",
    "market",
    "opened",
    entities=(ANDORRA, NAURU),
    terms=("chicken", "pollo", "frango", "鸡肉", "鶏肉"),
)
# A second plant in Kumamoto, which Japanese headlines name by place and ordinal only.
KUMAMOTO = question(
    "kumamoto",
    "Whether the second plant in Kumamoto is built",
    "project",
    "announced",
    entities=(Entity("Kumamoto", ("熊本",)),),
    terms=("second plant", "第2工場"),
)


def read(q: Question, lang: str | None, title: str) -> list[tuple[str | None, Polarity]]:
    return [(o.stage, o.polarity) for o in builders.observe(q, title, lang)]


# --- 1. Project stages reported done -------------------------------------------------------------
PROJECT_DONE = [
    # English: preparing
    ("en", "Helios secures environmental licence for Nauru solar plant", PREP),
    ("en", "Development bank approves $300m loan for Helios solar plant in Nauru", PREP),
    ("en", "Financing for Helios solar plant in Nauru approved by development bank", PREP),
    ("en", "Helios takes final investment decision on Nauru solar plant", PREP),
    ("en", "Helios leases land for Nauru solar plant", PREP),
    ("en", "Helios bought 40 hectares for the Nauru solar plant", PREP),
    ("en", "EPC contract for Helios solar plant in Nauru awarded to Solaria", PREP),
    ("en", "Helios wins tender for Nauru solar plant", PREP),
    ("en", "Site handed over to Helios for Nauru solar plant", PREP),
    # English: construction
    ("en", "Helios lays first stone of Nauru solar plant", CONS),
    ("en", "Foundation stone laid for Helios solar plant in Nauru", CONS),
    ("en", "Site works under way at Helios solar plant in Nauru", CONS),
    ("en", "Works have begun at the Helios solar plant in Nauru", CONS),
    ("en", "Groundbreaking ceremony held for Helios solar plant in Nauru", CONS),
    # English: operational
    ("en", "Helios solar plant in Nauru starts commercial operation", OPER),
    ("en", "Helios solar plant in Nauru connected to the grid", OPER),
    ("en", "Helios solar plant in Nauru produced first power", OPER),
    ("en", "Helios solar plant in Nauru was officially opened", OPER),
    # English: setbacks
    ("en", "Nauru revokes licence of Helios solar plant", STALL),
    ("en", "Nauru cancelled the environmental licence of the Helios solar plant", STALL),
    ("en", "Court orders halt to construction of Helios solar plant in Nauru", STALL),
    ("en", "Helios dropped its plans for the Nauru solar plant", CANC),
    # Spanish (third person plural and passives among them)
    ("es", "El BID aprobó un préstamo para la planta solar de Helios en Nauru", PREP),
    ("es", "Fue otorgada la licencia ambiental de la planta solar de Helios en Nauru", PREP),
    ("es", "La licencia de la planta solar de Helios fue otorgada en Nauru", PREP),
    ("es", "Helios y Solaria obtuvieron la licencia para la planta solar de Nauru", PREP),
    ("es", "Helios tomó la decisión final de inversión de la planta solar de Nauru", PREP),
    ("es", "Helios arrendó los terrenos para la planta solar de Nauru", PREP),
    ("es", "Nauru entregó el terreno para la planta solar de Helios", PREP),
    ("es", "Helios y Solaria colocaron la primera piedra de la planta solar de Nauru", CONS),
    ("es", "Helios dio inicio a las obras de la planta solar en Nauru", CONS),
    ("es", "Las obras de la planta solar de Helios ya están en marcha en Nauru", CONS),
    ("es", "La planta solar de Helios en Nauru fue puesta en marcha", OPER),
    ("es", "La planta solar de Helios en Nauru inició su operación comercial", OPER),
    ("es", "Un juez ordenó suspender las obras de la planta solar de Helios en Nauru", STALL),
    ("es", "Nauru revocó la licencia ambiental de la planta solar de Helios", STALL),
    ("es", "La planta solar de Helios en Nauru fue cancelada", CANC),
    # Portuguese (a leading feminine article "A" is no preposition "a")
    ("pt", "BNDES aprova financiamento de R$ 1 bilhão para a usina solar da Helios em Nauru", PREP),
    ("pt", "Foi aprovado o financiamento da usina solar da Helios em Nauru", PREP),
    ("pt", "A licença da usina solar da Helios foi concedida em Nauru", PREP),
    ("pt", "Helios e Solaria obtiveram a licença da usina solar em Nauru", PREP),
    ("pt", "Helios assinou a ordem de serviço da usina solar em Nauru", PREP),
    ("pt", "Helios lançou a pedra fundamental da usina solar em Nauru", CONS),
    ("pt", "A pedra fundamental da usina solar da Helios em Nauru foi lançada", CONS),
    ("pt", "As obras da usina solar da Helios já estão em andamento em Nauru", CONS),
    ("pt", "A usina solar da Helios em Nauru foi colocada em operação", OPER),
    ("pt", "A usina solar da Helios em Nauru iniciou a operação comercial", OPER),
    ("pt", "Justiça embargou as obras da usina solar da Helios em Nauru", STALL),
    ("pt", "Ibama cassou a licença da usina solar da Helios em Nauru", STALL),
    ("pt", "A usina solar da Helios em Nauru foi cancelada", CANC),
    # Chinese, traditional and simplified: both fold to simplified
    ("zh", "國發基金核准赫利俄斯太陽能電廠融資，瑙鲁政府表示欢迎", PREP),
    ("zh", "国发基金核准赫利俄斯太阳能电厂融资，瑙鲁政府表示欢迎", PREP),
    ("zh", "赫利俄斯瑙鲁太阳能电厂通过环评", PREP),
    ("zh", "赫利俄斯买下瑙鲁太阳能电厂用地", PREP),
    ("zh", "赫利俄斯瑙鲁太阳能电厂工程由光明营造得标", PREP),
    ("zh", "赫利俄斯瑙鲁太阳能电厂今日动土", CONS),
    ("zh", "赫利俄斯瑙鲁太陽能電廠併網發電", OPER),
    ("zh", "瑙鲁撤销赫利俄斯太阳能电厂环评", STALL),
    ("zh", "赫利俄斯瑙鲁太阳能电厂计划告吹", CANC),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "stage"), PROJECT_DONE)
def test_project_stages_reported_done(lang: str, title: str, stage: str) -> None:
    assert read(PLANT, lang, title) == [(stage, D)]


# --- 2. Project hard negatives: plans, futures, denials, rumours, applications ------------------
PROJECT_NEGATIVES = [
    ("en", "Helios will begin construction of the Nauru solar plant next year", (CONS, IN)),
    ("en", "Helios applies for environmental licence for Nauru solar plant", (None, NONE)),
    ("en", "Nauru agency received Helios application for an environmental licence for the solar "
           "plant", (None, NONE)),
    ("en", "Helios nears final investment decision on Nauru solar plant", (None, NONE)),
    ("en", "Helios aims to take a final investment decision on the Nauru solar plant",
     (None, NONE)),
    ("en", "Financing for Helios solar plant in Nauru has not been approved", (None, NONE)),
    ("en", "Helios secured financing for the Nauru solar plant, sources said", (PREP, SPEC)),
    ("en", "Helios solar plant in Nauru will be connected to the grid in May", (OPER, IN)),
    ("en", "Helios solar plant in Nauru due to be connected to the grid in May", (None, NONE)),
    ("en", "Helios shares dropped after news about the Nauru solar plant", (None, NONE)),
    ("en", "Preparations for construction under way at Helios solar plant in Nauru", (None, NONE)),
    ("es", "Helios solicitó la licencia ambiental para la planta solar de Nauru", (None, NONE)),
    ("es", "Nauru recibió la solicitud de licencia ambiental de la planta solar de Helios",
     (None, NONE)),
    ("es", "El BID aprobará un préstamo para la planta solar de Helios en Nauru", (None, NONE)),
    ("es", "El BID prevé aprobar un préstamo para la planta solar de Helios en Nauru",
     (None, NONE)),
    ("es", "Helios iniciará las obras de la planta solar de Nauru el próximo año", (None, NONE)),
    ("es", "La colocación de la primera piedra de la planta solar de Helios en Nauru será en mayo",
     (None, NONE)),
    ("es", "La planta solar de Helios en Nauru será inaugurada en mayo", (None, NONE)),
    ("es", "Helios desmintió que haya cancelado la planta solar de Nauru", (CANC, NEG)),
    ("es", "Según fuentes, Helios canceló la planta solar de Nauru", (CANC, SPEC)),
    ("pt", "Helios solicitou a licença ambiental da usina solar em Nauru", (None, NONE)),
    ("pt", "Nauru recebeu o pedido de licença da usina solar da Helios", (None, NONE)),
    ("pt", "BNDES deverá aprovar financiamento para a usina solar da Helios em Nauru",
     (None, NONE)),
    ("pt", "BNDES aprovará financiamento para a usina solar da Helios em Nauru", (None, NONE)),
    ("pt", "Helios vai iniciar as obras da usina solar em Nauru no ano que vem", (CONS, IN)),
    ("pt", "A usina solar da Helios em Nauru será inaugurada em maio", (None, NONE)),
    ("pt", "Helios negou ter cancelado a usina solar em Nauru", (CANC, NEG)),
    ("zh", "赫利俄斯瑙鲁太阳能电厂申请取得建照", (None, NONE)),
    ("zh", "赫利俄斯瑙鲁太阳能电厂环评初审通过", (None, NONE)),
    ("zh", "赫利俄斯瑙鲁太阳能电厂计划明年取得融资", (PREP, IN)),
    ("zh", "赫利俄斯瑙鲁太阳能电厂预计明年动工", (CONS, IN)),
    ("zh", "赫利俄斯瑙鲁太阳能电厂可望年底动工", (None, NONE)),
    ("zh", "赫利俄斯瑙鲁太阳能电厂将于明年商转", (OPER, IN)),
    ("zh", "赫利俄斯否认瑙鲁太阳能电厂计划告吹", (CANC, NEG)),
    ("zh", "据传赫利俄斯瑙鲁太阳能电厂停建", (CANC, SPEC)),
    ("zh", "赫利俄斯瑙鲁太阳能电厂申请并网", (None, NONE)),
    ("zh", "赫利俄斯瑙鲁太阳能电厂建设计划评估进行中", (None, NONE)),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "expected"), PROJECT_NEGATIVES)
def test_project_plans_denials_rumours_and_applications_are_not_done(
    lang: str, title: str, expected: tuple[str | None, Polarity]
) -> None:
    assert read(PLANT, lang, title) == [expected]


# --- 3. Market stages -----------------------------------------------------------------------------
MARKET = [
    # done
    ("en", "Nauru lifts import ban on Andorran chicken", (OPENED, D)),
    ("en", "First shipment of Andorran chicken arrives in Nauru", (FIRST, D)),
    ("en", "Andorra shipped a maiden cargo of chicken to Nauru", (FIRST, D)),
    ("en", "Andorra begins chicken exports to Nauru", (FIRST, D)),
    ("en", "Cumulative Andorran chicken exports to Nauru topped 3,000 tonnes", (VOL, D)),
    ("en", "Imports of Andorran chicken were suspended by Nauru", (SUSP, D)),
    ("en", "Nauru imposes a ban on Andorran chicken imports", (SUSP, D)),
    ("es", "Llegó a Nauru el primer embarque de pollo andorrano", (FIRST, D)),
    ("es", "Andorra comenzó a exportar pollo a Nauru", (FIRST, D)),
    ("es", "Andorra y Nauru despacharon los primeros cargamentos de pollo", (FIRST, D)),
    ("es", "Las exportaciones acumuladas de pollo andorrano a Nauru suman 3.000 toneladas",
     (VOL, D)),
    ("es", "Las importaciones de pollo andorrano fueron suspendidas por Nauru", (SUSP, D)),
    ("pt", "A primeira exportação de frango andorrano chegou a Nauru", (FIRST, D)),
    ("pt", "Andorra começou a exportar frango para Nauru", (FIRST, D)),
    ("pt", "As importações de frango andorrano foram suspensas por Nauru", (SUSP, D)),
    ("pt", "Nauru suspendeu o embargo às importações de frango andorrano", (OPENED, D)),
    ("zh", "安道尔开始出口鸡肉至瑙鲁", (FIRST, D)),
    ("zh", "安道尔鸡肉累计出口瑙鲁1.2万吨", (VOL, D)),
    ("zh", "瑙鲁安道尔鸡肉进口暂停", (SUSP, D)),
    ("zh", "諾魯解除暫停進口安道爾雞肉", (OPENED, D)),
    # not done: a cargo still to sail, a ban lifted or weighed, a list of approved plants
    ("en", "The first shipment of Andorran chicken will arrive in Nauru next month", (None, NONE)),
    ("en", "Andorran chicken exports to Nauru began to fall", (None, NONE)),
    ("en", "Nauru mulls import ban on Andorran chicken", (None, NONE)),
    ("en", "Andorra began formal talks on chicken exports to Nauru", (None, NONE)),
    ("en", "Andorra began restricting chicken exports to Nauru", (None, NONE)),
    ("en", "Nauru approved the first batch of Andorran chicken plants allowed to export",
     (None, NONE)),
    ("es", "El primer embarque de pollo andorrano llegará a Nauru en mayo", (None, NONE)),
    ("es", "El primer envío de pollo andorrano a Nauru saldría este mes", (None, NONE)),
    ("es", "Nauru evalúa suspender las importaciones de pollo andorrano", (None, NONE)),
    ("es", "Nauru aprobó el primer lote de frigoríficos andorranos habilitados para exportar "
           "pollo", (None, NONE)),
    ("pt", "O primeiro embarque de frango andorrano chegará a Nauru em maio", (None, NONE)),
    ("pt", "O primeiro embarque de frango andorrano para Nauru sairia este mês", (None, NONE)),
    ("pt", "Nauru estuda suspender as importações de frango andorrano", (None, NONE)),
    ("zh", "安道尔鸡肉首批将运抵瑙鲁", (None, NONE)),
    ("zh", "瑙鲁公布首批获准输出鸡肉的安道尔工厂名单", (None, NONE)),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "expected"), MARKET)
def test_market_stages(lang: str, title: str, expected: tuple[str | None, Polarity]) -> None:
    assert read(CHICKEN, lang, title) == [expected]


# --- 4. Japanese: the same schema, core cues and the hedges that keep plans plans -----------------
JAPANESE = [
    (KUMAMOTO, "熊本第2工場、建設を開始", (CONS, D)),
    (KUMAMOTO, "熊本第2工場、年内に着工予定", (CONS, IN)),
    (KUMAMOTO, "ヘリオス熊本第2工場の起工式を開いた", (CONS, D)),
    (KUMAMOTO, "ヘリオス熊本第2工場、来年着工", (CONS, IN)),
    (KUMAMOTO, "ヘリオス熊本第2工場、来月にも着工", (CONS, IN)),
    (KUMAMOTO, "ヘリオス熊本第2工場の着工は来年4月", (CONS, IN)),
    (KUMAMOTO, "ヘリオス熊本第2工場、27年稼働", (OPER, IN)),
    (KUMAMOTO, "ヘリオス熊本第2工場、着工へ", (CONS, IN)),
    (KUMAMOTO, "ヘリオス熊本第2工場、着工を検討", (CONS, IN)),
    (KUMAMOTO, "ヘリオス熊本第2工場、着工する方向で調整", (CONS, IN)),
    (KUMAMOTO, "ヘリオス熊本第2工場、着工か", (CONS, SPEC)),
    (KUMAMOTO, "ヘリオス熊本第2工場、建設を開始と報じた", (CONS, SPEC)),
    (KUMAMOTO, "関係者によると、ヘリオス熊本第2工場は建設を開始した", (CONS, SPEC)),
    (KUMAMOTO, "ヘリオス熊本第2工場が稼働を開始した", (OPER, D)),
    (KUMAMOTO, "ヘリオス熊本第2工場の建設許可を取得", (PREP, D)),
    (KUMAMOTO, "ヘリオス熊本第2工場の建設許可を申請", (None, NONE)),
    (KUMAMOTO, "ヘリオス熊本第2工場に政策銀行が融資を決定", (PREP, D)),
    (KUMAMOTO, "ヘリオス熊本第2工場の用地を取得", (PREP, D)),
    (KUMAMOTO, "ヘリオス熊本第2工場の建設を一時中止", (STALL, D)),
    (KUMAMOTO, "ヘリオス熊本第2工場の建設中止を否定", (CANC, NEG)),
    (KUMAMOTO, "ヘリオス熊本第2工場、計画を白紙に", (CANC, D)),
    (KUMAMOTO, "ヘリオス熊本第2工場、建設計画を進めている", (None, NONE)),
    (KUMAMOTO, "ヘリオス熊本第2工場の建設中止が決まった", (CANC, D)),
    (KUMAMOTO, "建設中のヘリオス熊本第2工場", (CONS, D)),
    (KUMAMOTO, "ヘリオス熊本第2工場、着工時期は未定", (None, NONE)),
    (CHICKEN, "アンドラ産鶏肉、ナウルへ初出荷", (FIRST, D)),
    (CHICKEN, "アンドラ産鶏肉、ナウルへ来月初出荷", (FIRST, IN)),
    (CHICKEN, "アンドラ産鶏肉のナウル向け輸出量が累計1万トンを突破", (VOL, D)),
    (CHICKEN, "ナウル、アンドラ産鶏肉の輸入を停止", (SUSP, D)),
    (CHICKEN, "ナウル、アンドラ産鶏肉の輸入停止を解除", (OPENED, D)),
    (CHICKEN, "ナウル、アンドラ産鶏肉の輸入停止を検討", (SUSP, IN)),
]  # fmt: skip


@pytest.mark.parametrize(("q", "title", "expected"), JAPANESE)
def test_japanese_headlines(q: Question, title: str, expected: tuple[str | None, Polarity]) -> None:
    assert read(q, None, title) == [expected]


@pytest.mark.parametrize("kind", ["project", "market"])
def test_japanese_covers_every_stage_of_the_ladder(kind: str) -> None:
    lexicon = load_lexicon(("ja",))
    stages = {stage_of(key) for key, _ in lexicon.stage_groups("ja", kind)}
    ladder = LADDERS[kind]
    # every stage a report can move a question to (the first one is where questions start)
    assert set(ladder.all_stages) - {ladder.stages[0]} <= stages <= set(ladder.all_stages)
