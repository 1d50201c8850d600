"""Chinese stage cues, fourth round: families found on news the lexicon had never seen.

A cabinet (行政院会) approving a treaty sends it to the legislature (submitted), it does not
ratify it; the legislature's plenary finishing its review ratifies it even with the treaty's
long name between the words; a target or a time to come before the verb ("拚10月动土",
"明年初启用") is a plan; a builder chosen or a grant agreement signed prepares a project; a
hospital opening its doors is operational; running totals of cargoes are volumes; exporters
struck off or put back are pressure made concrete or eased; and a firm saying what it will do is
no signal of a government's decision. Both scripts: traditional text folds to simplified."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, question
from watcher.model import Entity, Polarity, Question

D, IN, NEG, NONE = Polarity.DONE, Polarity.INTENT, Polarity.NEGATED, Polarity.NONE

ANDORRA = Entity("Andorra", ("安道尔",))
NAURU = Entity("Nauru", ("瑙鲁", "诺鲁"))
RURITANIA = Entity("Ruritania", ("鲁里塔尼亚",))
HELIOS = Entity("Helios", ("赫利俄斯",))

PACT = question(
    "pact",
    "Whether the Andorra–Nauru economic cooperation agreement is approved and enters into force",
    "ratification",
    "signed",
    entities=(ANDORRA, NAURU),
    terms=("经济合作协定",),
    parties=(
        Entity("Nauru legislature", ("立法院", "立院")),
        Entity("Andorran parliament", ("安道尔议会", "安道尔参议院")),
    ),
)
HOSPITAL = question(
    "hospital",
    "Whether the regional hospital in Nauru is built and opens",
    "project",
    "announced",
    entities=(NAURU,),
    terms=("区域医院",),
)
SUGAR = question(
    "sugar",
    "Whether Andorran sugar reaches Nauru",
    "market",
    "opened",
    entities=(ANDORRA, NAURU),
    terms=("蔗糖",),
)
PRESSURE = question(
    "pressure",
    "Whether Ruritania steps up pressure on Nauru",
    "pressure",
    "baseline",
    entities=(RURITANIA, NAURU),
)
CONCESSION = question(
    "concession",
    "Whether Nauru's president grants Helios the port concession",
    "decision",
    "open",
    entities=(NAURU, HELIOS),
    terms=("特许经营",),
)


def read(q: Question, title: str) -> list[tuple[str | None, Polarity]]:
    return [(o.stage, o.polarity) for o in observe(q, title, "zh")]


CASES = [
    # --- 1. the cabinet approves and sends; it does not ratify
    (PACT, "行政院会今天通过「安道尔与瑙鲁经济合作协定」案，将函请立法院审议", ("submitted", D)),
    (PACT, "行政院會今天通過「安道爾與諾魯經濟合作協定」案，將函請立法院審議", ("submitted", D)),
    (PACT, "行政院院会通过安道尔瑙鲁经济合作协定", ("submitted", D)),
    (PACT, "安道尔瑙鲁经济合作协定 政院会拍板 函送立院审议", ("submitted", D)),
    (PACT, "安道尔瑙鲁经济合作协定已函请立法院审议", ("submitted", D)),
    (PACT, "行政院会下周将审议安道尔瑙鲁经济合作协定", (None, NONE)),
    # --- 2. the plenary ends its review: ratified by that legislature
    (PACT, "立法院院会今天完成「安道尔与瑙鲁经济合作协定」案审议，表决通过",
     ("ratified-partial", D)),
    (PACT, "立法院院會今天完成「安道爾與諾魯經濟合作協定」案審議，表決通過",
     ("ratified-partial", D)),
    (PACT, "立法院院会今天二读通过「安道尔与瑙鲁经济合作协定」案", ("ratified-partial", D)),
    (PACT, "立法院院会今天就「安道尔与瑙鲁经济合作协定」案表决通过", ("ratified-partial", D)),
    (PACT, "安道尔瑙鲁经济合作协定今在立院院会过关", ("ratified-partial", D)),
    (PACT, "安道尔议会完成安道尔瑙鲁经济合作协定批准程序", ("ratified-partial", D)),
    # ... but a committee step, a vote put off or scheduled, a rejection, a plan, a failure are not
    (PACT, "立法院外交及经济委员会联席会议初审通过「安道尔与瑙鲁经济合作协定」案",
     ("submitted", D)),
    (PACT, "安道尔瑙鲁经济合作协定 立院委员会初审过关", ("submitted", D)),
    (PACT, "原排定今天在立法院院会处理的「安道尔与瑙鲁经济合作协定」案，院会决议暂缓表决",
     (None, NONE)),
    (PACT, "立法院院会同意暂缓审议安道尔瑙鲁经济合作协定", (None, NONE)),
    (PACT, "立法院院会今天完成「安道尔与瑙鲁经济合作协定」案审议，决议不予通过", (None, NONE)),
    (PACT, "立法院院会今天进行「安道尔与瑙鲁经济合作协定」案二读", (None, NONE)),
    (PACT, "立法院院会预计下周完成安道尔瑙鲁经济合作协定审议", ("ratified-partial", IN)),
    (PACT, "立法院院会未能完成安道尔瑙鲁经济合作协定审议", ("ratified-partial", NEG)),
    # --- 3. a target or a time to come before the verb is a plan
    (PACT, "经济部盼立法院尽速排审，让安道尔瑙鲁经济合作协定年底前上路", ("in-force", IN)),
    (PACT, "安道尔瑙鲁经济合作协定可望于3月1日生效", ("in-force", IN)),
    (PACT, "安道尔瑙鲁经济合作协定今起正式上路", ("in-force", D)),
    (HOSPITAL, "瑙鲁区域医院设计定案 拚10月动土", ("construction", IN)),
    (HOSPITAL, "瑙鲁區域醫院設計定案 拚10月動土", ("construction", IN)),
    (HOSPITAL, "瑙鲁区域医院统包工程本周截标，目标10月举行动土典礼", ("construction", IN)),
    (HOSPITAL, "瑙鲁区域医院力拚年底前完工", ("construction", IN)),
    (HOSPITAL, "瑙鲁区域医院订于10月动工", ("construction", IN)),
    (HOSPITAL, "瑙鲁区域医院明年初启用", ("operational", IN)),
    (HOSPITAL, "瑙鲁区域医院启用典礼订于下月举行", ("operational", IN)),
    (HOSPITAL, "瑙鲁区域医院主体工程完工", ("construction", D)),
    # --- 4. a builder chosen, a contract or a grant agreement signed
    (HOSPITAL, "瑙鲁区域医院统包工程由光明营造得标，双方今天完成签约", ("preparing", D)),
    (HOSPITAL, "瑙鲁区域医院统包工程由光明营造以3,680万美元得标", ("preparing", D)),
    (HOSPITAL, "光明营造拿下瑙鲁区域医院统包工程", ("preparing", D)),
    (HOSPITAL, "光明营造获选为瑙鲁区域医院承包商", ("preparing", D)),
    (HOSPITAL, "赫利俄斯基金与瑙鲁签署4200万美元区域医院赠款协议", ("preparing", D)),
    (HOSPITAL, "瑙鲁区域医院与光明营造正式签约", ("preparing", D)),
    (HOSPITAL, "瑙鲁区域医院由光明营造签约承建", ("preparing", D)),
    (HOSPITAL, "瑙鲁区域医院合作意向书今天完成签约", (None, NONE)),
    (HOSPITAL, "瑙鲁区域医院统包工程预计下月决标", ("preparing", IN)),
    # --- 5. the hospital opens its doors
    (HOSPITAL, "瑙鲁区域医院今天正式开诊", ("operational", D)),
    (HOSPITAL, "瑙鲁区域医院开始接诊", ("operational", D)),
    (HOSPITAL, "瑙鲁区域医院收治首批病患", ("operational", D)),
    (HOSPITAL, "瑙鲁區域醫院收治首批病患", ("operational", D)),
    (HOSPITAL, "瑙鲁区域医院联外道路正式通车", ("operational", D)),
    (HOSPITAL, "瑙鲁区域医院今天开业", ("operational", D)),
    (HOSPITAL, "瑙鲁区域医院将于下月正式开诊", ("operational", IN)),
    # --- 6. running totals of cargoes
    (SUGAR, "首批安道尔蔗糖去年8月运抵瑙鲁以来，至今年1月底已进口6船次、共1万8,400公吨",
     ("volumes-reported", D)),
    (SUGAR, "首批安道爾蔗糖去年8月運抵諾魯以來，至今年1月底已進口6船次、共1萬8,400公噸",
     ("volumes-reported", D)),
    (SUGAR, "安道尔蔗糖去年输瑙鲁总计2万公吨", ("volumes-reported", D)),
    (SUGAR, "安道尔蔗糖预计今年累计输瑙鲁3万公吨", ("volumes-reported", IN)),
    (SUGAR, "首批安道尔蔗糖1,200吨运抵瑙鲁", ("first-shipment", D)),
    # --- 7. exporters struck off (concrete) or put back (eased)
    (PRESSURE, "鲁里塔尼亚暂停瑙鲁四家企业养殖对虾输华", ("concrete", D)),
    (PRESSURE, "鲁里塔尼亚海关即日起暂停四家瑙鲁企业相关产品进口", ("concrete", D)),
    (PRESSURE, "鲁里塔尼亚威胁暂停瑙鲁企业对虾输华", ("concrete", IN)),
    (PRESSURE, "鲁里塔尼亚恢复三家瑙鲁企业养殖对虾对华出口资格", ("eased", D)),
    (PRESSURE, "鲁里塔尼亚恢復三家諾魯企業養殖對蝦對華出口資格", ("eased", D)),
    (PRESSURE, "鲁里塔尼亚恢复瑙鲁对虾输华", ("eased", D)),
    (PRESSURE, "鲁里塔尼亚取消暂停瑙鲁对虾的措施", ("eased", D)),
    (PRESSURE, "鲁里塔尼亚结束暂停瑙鲁对虾进口", ("eased", D)),
    (PRESSURE, "鲁里塔尼亚解除暂停瑙鲁对虾进口", ("eased", D)),
    (PRESSURE, "鲁里塔尼亚拒绝恢复瑙鲁企业对虾出口资格", ("eased", NEG)),
    (PRESSURE, "鲁里塔尼亚考虑恢复瑙鲁企业对虾出口资格", ("eased", IN)),
    # --- 8. a stated will is a signal only with the decision's own act
    (CONCESSION, "瑙鲁总统表示将核准赫利俄斯港口特许经营", ("signaled", D)),
    (CONCESSION, "航商表示将待赫利俄斯瑙鲁特许经营码头启用后再评估是否挂靠", (None, NONE)),
]  # fmt: skip


@pytest.mark.parametrize(("q", "title", "expected"), CASES)
def test_chinese_round_four(q: Question, title: str, expected: tuple[str | None, Polarity]) -> None:
    assert read(q, title) == [expected]
