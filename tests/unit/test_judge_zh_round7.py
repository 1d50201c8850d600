"""Chinese stage cues, seventh round: families the judge missed on news it had not seen.

One chamber of two passing a treaty and sending it on ("参议院通过…，送交众议院审议") is no
ratification of the country, while a legislature's approval completed ("完成国会审议", "完成立法
程序") is; an executive ratifies with the word itself ("核准批准…协定", "交存批准书"); a president
sends the text ("咨请国会批准", "向国会提交"); a decree from which the treaty applies ("即日起
实施") puts it in force; the environmental approval, an incentive regime, a loan landed or a
supply contract signed prepare a project; a cable laid or the works phase entered is
construction; a network gone live or a first batch out is operational; a project run aground
stalls; the first container or ship is a first shipment; so much already moved is volumes; a
certificate issued or a contract signed is a decision done, a report recommending it a signal;
guarantees withdrawn and talks frozen are pressure made concrete. Both scripts: traditional text
folds to simplified."""

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
    "Whether the Andorra–Nauru investment agreement is approved and enters into force",
    "ratification",
    "signed",
    entities=(ANDORRA, NAURU),
    terms=("投资协定",),
    parties=(
        Entity("Nauru government", ("瑙鲁",)),
        Entity("Andorran parliament", ("安道尔议会", "安道尔参议院", "安道尔众议院", "安道尔国会")),
    ),
)
CABLE = question(
    "cable",
    "Whether the Helios submarine cable to Nauru is built and carries traffic",
    "project",
    "announced",
    entities=(NAURU, HELIOS),
    terms=("海缆", "海底电缆"),
)
PLANT = question(
    "plant",
    "Whether the Helios lithium plant in Nauru is built and produces",
    "project",
    "announced",
    entities=(NAURU, HELIOS),
    terms=("锂厂", "碳酸锂"),
)
ETHANOL = question(
    "ethanol",
    "Whether Andorran ethanol reaches Nauru",
    "market",
    "opened",
    entities=(ANDORRA, NAURU),
    terms=("乙醇",),
)
PRESSURE = question(
    "pressure",
    "Whether Ruritania steps up pressure on Nauru",
    "pressure",
    "baseline",
    entities=(RURITANIA, NAURU),
)
LICENCE = question(
    "licence",
    "Whether Nauru grants Helios the operating licence",
    "decision",
    "open",
    entities=(NAURU, HELIOS),
    terms=("运营许可", "经营许可"),
)


def read(q: Question, title: str) -> list[tuple[str | None, Polarity]]:
    return [(o.stage, o.polarity) for o in observe(q, title, "zh")]


CASES = [
    # --- 1. one chamber of two sends the treaty on: no ratification
    (PACT, "安道尔参议院通过安道尔瑙鲁投资协定，送交众议院审议", ("submitted", D)),
    (PACT, "安道尔參議院通過安道爾諾魯投資協定，移送眾議院審議", ("submitted", D)),
    (PACT, "安道尔参议院表决通过安道尔瑙鲁投资协定，现转交众议院审议", ("submitted", D)),
    (PACT, "安道尔参议院批准了安道尔瑙鲁投资协定，该协定尚待众议院批准", (None, NONE)),
    (PACT, "安道尔瑙鲁投资协定获安道尔参议院批准，还须经众议院表决", (None, NONE)),
    (PACT, "安道爾瑙魯投資協定獲安道爾參議院批准，還須經眾議院表決", (None, NONE)),
    (PACT, "安道尔参议院批准安道尔瑙鲁投资协定，下一步将交由众议院表决", ("submitted", IN)),
    # ... while the legislature's approval completed is ratification
    (PACT, "安道尔瑙鲁投资协定完成安道尔国会审议", ("ratified-partial", D)),
    (PACT, "安道爾瑙魯投資協定完成安道爾國會審議", ("ratified-partial", D)),
    (PACT, "安道尔议会完成安道尔瑙鲁投资协定的立法程序", ("ratified-partial", D)),
    (PACT, "安道尔瑙鲁投资协定获安道尔国会两院通过，完成立法程序", ("ratified-partial", D)),
    (PACT, "国会通过安道尔瑙鲁投资协定", ("ratified-partial", D)),
    (PACT, "安道尔国会预计年底完成安道尔瑙鲁投资协定审议", ("ratified-partial", IN)),
    (PACT, "安道尔国会外交委员会完成安道尔瑙鲁投资协定审查", (None, NONE)),
    # --- 2. an executive ratifies with the word itself, or deposits the instrument
    (PACT, "瑙鲁部长会议核准批准安道尔瑙鲁投资协定", ("ratified-partial", D)),
    (PACT, "瑙鲁部長會議核准批准安道爾瑙魯投資協定", ("ratified-partial", D)),
    (PACT, "瑙鲁内阁通过了安道尔瑙鲁投资协定的批准", ("ratified-partial", D)),
    (PACT, "瑙鲁向安道尔交存安道尔瑙鲁投资协定批准书", ("ratified-partial", D)),
    (PACT, "瑙鲁与安道尔互换安道尔瑙鲁投资协定批准书", ("ratified-partial", D)),
    (PACT, "瑙鲁已走完安道尔瑙鲁投资协定的国内核准程序", ("ratified-partial", D)),
    (PACT, "瑙鲁计划年底前交存安道尔瑙鲁投资协定批准书", ("ratified-partial", IN)),
    (PACT, "瑙鲁内阁将审议批准安道尔瑙鲁投资协定", (None, NONE)),
    # --- 3. the president sends the text to the legislature
    (PACT, "安道尔总统向国会提交安道尔瑙鲁投资协定", ("submitted", D)),
    (PACT, "安道尔总统咨请国会批准安道尔瑙鲁投资协定", ("submitted", D)),
    (PACT, "安道爾總統咨請國會批准安道爾瑙魯投資協定", ("submitted", D)),
    (PACT, "安道尔总统呈交安道尔瑙鲁投资协定至议会审议", ("submitted", D)),
    (PACT, "安道尔政府已提交安道尔瑙鲁投资协定供议会审议", ("submitted", D)),
    (PACT, "安道尔参议院下周将表决安道尔瑙鲁投资协定", (None, NONE)),
    # --- 4. a decree from which it applies: in force
    (PACT, "安道尔颁布法令，安道尔瑙鲁投资协定即日起实施", ("in-force", D)),
    (PACT, "安道尔瑙鲁投资协定自3月1日起正式实施", ("in-force", D)),
    (PACT, "安道爾瑙魯投資協定自3月1日起正式實施", ("in-force", D)),
    (PACT, "安道尔公布安道尔瑙鲁投资协定，自公布之日起施行", ("in-force", D)),
    (PACT, "安道尔瑙鲁投资协定尚未实施", (None, NONE)),
    (PACT, "安道尔瑙鲁投资协定的实施细则仍在研议", (None, NONE)),
    # --- 5. environmental approval, incentive regime, loan landed, supply contract signed
    (CABLE, "瑙鲁环境部批复赫利俄斯海缆项目环评", ("preparing", D)),
    (CABLE, "瑙鲁環境部核准赫利俄斯海纜項目環評", ("preparing", D)),
    (CABLE, "赫利俄斯瑙鲁海缆项目获准纳入投资激励制度", ("preparing", D)),
    (CABLE, "赫利俄斯瑙鲁海缆项目贷款落地", ("preparing", D)),
    (CABLE, "赫利俄斯瑙鲁海缆项目完成融资关闭", ("preparing", D)),
    (CABLE, "赫利俄斯与光明公司签署瑙鲁海缆供货协议", ("preparing", D)),
    (CABLE, "赫利俄斯與光明公司簽署瑙魯海纜供貨協議", ("preparing", D)),
    (CABLE, "赫利俄斯瑙鲁海缆项目正在申请纳入投资激励制度", (None, NONE)),
    (CABLE, "赫利俄斯瑙鲁海缆项目环评审查中", (None, NONE)),
    (CABLE, "赫利俄斯与光明公司签署瑙鲁海缆合作备忘录", (None, NONE)),
    (CABLE, "赫利俄斯瑙鲁海缆项目贷款将于下月落地", (None, NONE)),
    # --- 6. the cable laid, the works phase entered, the site opened
    (CABLE, "赫利俄斯瑙鲁海缆开始敷设", ("construction", D)),
    (CABLE, "赫利俄斯瑙鲁海纜開始鋪設", ("construction", D)),
    (CABLE, "赫利俄斯瑙鲁海缆项目进入施工阶段", ("construction", D)),
    (CABLE, "赫利俄斯瑙鲁海缆项目施工队进场施工", ("construction", D)),
    (CABLE, "赫利俄斯瑙鲁海缆登陆站开始土方工程", ("construction", D)),
    (CABLE, "赫利俄斯瑙鲁海缆项目展开整地工程", ("construction", D)),
    (CABLE, "赫利俄斯瑙鲁海缆预计明年开始敷设", ("construction", IN)),
    # --- 7. gone live, first output
    (CABLE, "赫利俄斯瑙鲁海缆开始承载商业流量", ("operational", D)),
    (CABLE, "赫利俄斯瑙鲁海缆正式开通", ("operational", D)),
    (CABLE, "赫利俄斯瑙鲁海纜正式上線", ("operational", D)),
    (CABLE, "赫利俄斯瑙鲁海缆正式商用", ("operational", D)),
    (PLANT, "赫利俄斯瑙鲁锂厂产出首批碳酸锂", ("operational", D)),
    (PLANT, "赫利俄斯瑙鲁锂厂首批碳酸锂产品下线", ("operational", D)),
    (CABLE, "赫利俄斯瑙鲁海缆将于年底开通", (None, NONE)),
    (CABLE, "赫利俄斯瑙鲁海缆尚未开通", (None, NONE)),
    # --- 8. run aground, frozen
    (CABLE, "赫利俄斯瑙鲁海缆项目搁浅", ("stalled", D)),
    (CABLE, "赫利俄斯瑙鲁海缆项目陷入停滞", ("stalled", D)),
    (CABLE, "赫利俄斯瑙鲁海纜項目被凍結", ("stalled", D)),
    (CABLE, "赫利俄斯瑙鲁海缆项目停摆", ("stalled", D)),
    (CABLE, "赫利俄斯否认瑙鲁海缆项目搁浅", ("stalled", NEG)),
    # --- 9. the first container or ship
    (ETHANOL, "首个装载安道尔乙醇的集装箱运往瑙鲁", ("first-shipment", D)),
    (ETHANOL, "安道尔乙醇首船运抵瑙鲁", ("first-shipment", D)),
    (ETHANOL, "第一艘装载安道尔乙醇的货轮抵达瑙鲁", ("first-shipment", D)),
    (ETHANOL, "第一艘裝載安道爾乙醇的貨輪抵達諾魯", ("first-shipment", D)),
    (ETHANOL, "安道尔乙醇首船将于3月运抵瑙鲁", (None, NONE)),
    # --- 10. so much already moved
    (ETHANOL, "自去年8月首批发运以来，安道尔乙醇已发运3.1亿升至瑙鲁", ("volumes-reported", D)),
    (ETHANOL, "安道尔乙醇已累计向瑙鲁出口3.1亿升", ("volumes-reported", D)),
    (ETHANOL, "安道尔今年已向瑙鲁发运乙醇3100万升", ("volumes-reported", D)),
    (ETHANOL, "安道尔今年已向瑙鲁運送乙醇3,100萬公升", ("volumes-reported", D)),
    (ETHANOL, "安道尔乙醇输瑙鲁至今已达120万桶", ("volumes-reported", D)),
    (ETHANOL, "首批安道尔乙醇1200吨已运抵瑙鲁", ("first-shipment", D)),
    (ETHANOL, "安道尔今年计划向瑙鲁发运乙醇3100万升", (None, NONE)),
    # --- 11. a certificate issued, a contract signed; a recommendation signals
    (LICENCE, "瑙鲁向赫利俄斯颁发运营许可证书", ("done", D)),
    (LICENCE, "瑙鲁向赫利俄斯頒發運營許可證書", ("done", D)),
    (LICENCE, "瑙鲁签发赫利俄斯运营许可", ("done", D)),
    (LICENCE, "瑙鲁准许赫利俄斯取得运营许可", ("done", D)),
    (LICENCE, "瑙鲁与赫利俄斯签署运营许可合同", ("done", D)),
    (LICENCE, "瑙鲁监管机构技术报告建议核发赫利俄斯运营许可", ("signaled", D)),
    (LICENCE, "瑙鲁监管机构审查报告建议予以核发赫利俄斯运营许可", ("signaled", D)),
    (LICENCE, "瑙鲁监管机构对赫利俄斯运营许可出具正面意见", ("signaled", D)),
    (LICENCE, "瑙鲁官员证实政府将授予赫利俄斯运营许可", ("signaled", D)),
    (LICENCE, "赫利俄斯申请瑙鲁运营许可", (None, NONE)),
    (LICENCE, "瑙鲁将于下月向赫利俄斯颁发运营许可", ("done", IN)),
    (LICENCE, "瑙鲁拒绝向赫利俄斯颁发运营许可", ("ruled-out", D)),
    # --- 12. guarantees withdrawn, talks frozen
    (PRESSURE, "鲁里塔尼亚撤回对瑙鲁的贷款担保", ("concrete", D)),
    (PRESSURE, "鲁里塔尼亚暂停与瑙鲁的自贸谈判", ("concrete", D)),
    (PRESSURE, "鲁里塔尼亚暫停與諾魯的談判", ("concrete", D)),
    (PRESSURE, "鲁里塔尼亚冻结与瑙鲁的谈判", ("concrete", D)),
    (PRESSURE, "鲁里塔尼亚中止对瑙鲁的信用证", ("concrete", D)),
    (PRESSURE, "鲁里塔尼亚威胁暂停与瑙鲁的谈判", ("concrete", IN)),
    (PRESSURE, "鲁里塔尼亚考虑撤回对瑙鲁的贷款担保", ("concrete", IN)),
    (PRESSURE, "鲁里塔尼亚否认暂停与瑙鲁的谈判", ("concrete", NEG)),
    (PRESSURE, "鲁里塔尼亚与瑙鲁恢复自贸谈判", ("eased", D)),
]  # fmt: skip


@pytest.mark.parametrize(("q", "title", "expected"), CASES)
def test_chinese_round_seven(
    q: Question, title: str, expected: tuple[str | None, Polarity]
) -> None:
    assert read(q, title) == [expected]
