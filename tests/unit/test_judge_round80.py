"""Classes of misreading found in blind rounds 80 and 81 (read in the thirty-second session),
each written here in new words: a briefing's dek that weighs a decision whose words hold a
participle ("drugs approved in Japan"), a union's grievance whose item names the ties it aims
at, a union named with a country's demonym, a chamber named with its country in a language
both parties' press writes, the NPC Standing Committee's approval last in a list of votes,
one packing house suspended, a first shipment told in the conditional, another firm's plant
at the question's site, a firm's name in Chinese and by its first word, a bank "based" in a
city, a decider's acronym taken for a scheme, both sides written 中老双方, an approval told
beside "but ... still not" of another matter, a motion put to the NPC Standing Committee, mung
beans as a product of their own, a port of Bangladesh, permits issued again after a
suspension, a union's order to its members and its withdrawal, and a resolution published
"luego de que"."""

from __future__ import annotations

from tests.unit.builders import done_stages, entity_names, observe, only_question
from watcher.model import Polarity, Question
from watcher.naming import clean_name


def test_what_a_regulator_weighs_is_not_done_on_the_briefing_day() -> None:
    q = only_question(
        "Uruguay and Japan sign a tax treaty",
        "Whether Uruguay's medicines agency decides to recognise Japan's PMDA as a reference "
        "authority for fast-track registration.",
        dek=(
            "Montevideo and Tokyo sign a tax treaty, and Uruguay's medicines agency weighs a "
            "fast track for drugs approved in Japan."
        ),
    )
    assert q.kind == "decision"
    assert q.baseline == "open"


def test_a_unions_grievance_is_not_the_ties_its_action_aims_at() -> None:
    q = only_question(
        "Peru and China open a new port route",
        "Whether the Peruvian Dockworkers' Union turns its concern over pay at Chancay into "
        "strikes or action against Lima's new ties with Beijing, and whether that eases.",
    )
    assert q.kind == "pressure"
    assert entity_names(q) == ["Peruvian Dockworkers' Union"]
    assert not {"ties", "relations", "diplomatic"} & {w.lower() for w in q.qualifiers}
    told = observe(
        q,
        "Dockworkers' union orders members to refuse night shifts at Chancay",
        "en",
        "The Peruvian Dockworkers' Union has instructed its members to refuse night shifts "
        "at the Chancay terminal from Monday over unpaid overtime.",
    )
    assert done_stages(told) == ["concrete"]
    threat = observe(
        q,
        "Dockworkers threaten to stop work at Chancay",
        "en",
        "The Peruvian Dockworkers' Union said it would tell members to refuse night shifts "
        "at Chancay unless overtime is paid.",
    )
    assert "concrete" not in done_stages(threat)
    lifted = observe(
        q,
        "Union lifts Chancay work order after pay deal",
        "en",
        "The Peruvian Dockworkers' Union on Friday withdrew its directive telling members to "
        "refuse night shifts at Chancay, after the operator agreed to pay overtime.",
    )
    assert done_stages(lifted) == ["eased"]


def test_a_chamber_named_with_its_country_is_that_countrys() -> None:
    q = only_question(
        "Angola and the Philippines sign a tax treaty",
        "Whether the Angola–Philippines tax treaty is ratified by both countries and enters "
        "into force.",
    )
    found = observe(
        q,
        "Convenção fiscal com Angola avança em Manila",
        "pt",
        "O Senado das Filipinas aprovou ontem, por unanimidade dos 22 senadores presentes, a "
        "convenção para evitar a dupla tributação com Angola, faltando apenas a ratificação "
        "pela Assembleia Nacional.",
    )
    parties = {o.party for o in found if o.stage == "ratified-partial"}
    assert parties == {"Philippines"}


def test_the_npc_standing_committee_approval_last_in_a_list() -> None:
    q = only_question(
        "China and Togo sign an extradition treaty",
        "Whether the China–Togo extradition treaty is approved by both countries and enters "
        "into force.",
    )
    found = observe(
        q,
        "人大常委会会议闭幕",
        "zh-Hans",
        "会议表决通过了三部法律修正案，以及关于批准《中华人民共和国和多哥共和国引渡条约》的决定。",
    )
    assert [(o.stage, o.party) for o in found if o.polarity is Polarity.DONE] == [
        ("ratified-partial", "China")
    ]


def test_a_motion_put_to_the_standing_committee_submits_the_treaty() -> None:
    q = only_question(
        "China and Laos sign an extradition treaty",
        "Whether the China–Laos extradition treaty is approved by both countries and enters "
        "into force.",
    )
    found = observe(q, "人大常委会会议开幕 中老引渡条约提请审议", "zh-Hans")
    assert done_stages(found) == ["submitted"]
    both = observe(
        q,
        "老挝国会批准引渡条约",
        "zh-Hans",
        "老挝国会8日表决批准了该条约。至此，中老双方均已完成引渡条约的国内批准程序。",
    )
    assert "ratified-all" in done_stages(both)


def test_one_packing_house_suspended_leaves_the_market_open() -> None:
    q = only_question(
        "China opens its market to Peruvian avocados",
        "Whether Peruvian fresh avocados reach China under the new protocol, from a first "
        "shipment to regular volumes.",
    )
    found = observe(
        q,
        "一家秘鲁鳄梨包装厂被暂停输华资格",
        "zh-Hans",
        "海关总署通报，决定自即日起暂停相关包装厂（注册号PE-AV-017）输华资格。",
    )
    assert "suspended" not in done_stages(found)


def test_a_first_shipment_in_the_conditional_is_to_come() -> None:
    q = only_question(
        "Chile opens its market to Colombian mangoes",
        "Whether Colombian mango exports to Chile get going, from a first shipment to regular "
        "volumes.",
    )
    found = observe(
        q,
        "Chile habilita 12 plantas colombianas; primer contenedor de mangos saldría pronto",
        "es",
        "El servicio agrícola chileno publicó la lista de plantas autorizadas y los primeros "
        "envíos se embarcarían tras una última inspección, informó el ICA.",
    )
    assert "first-shipment" not in done_stages(found)


def test_another_firms_plant_at_the_same_site_is_not_the_question() -> None:
    q = only_question(
        "Peru and Vietnam sign a fisheries deal",
        "Whether Hai Long Foods's shrimp processing plant in Tumbes moves from announcement to "
        "construction and operation.",
    )
    other = observe(
        q,
        "Peruvian processor starts up shrimp freezing plant in Tumbes",
        "en",
        "Peruvian seafood company Acuícola Norteña has started operating a US$ 15 million "
        "shrimp freezing plant in Tumbes, the country's main shrimp port.",
    )
    assert not done_stages(other)
    own = observe(
        q,
        "Hai Long breaks ground in Tumbes",
        "en",
        "Vietnamese seafood processor Hai Long broke ground on Monday on its shrimp processing "
        "plant in Tumbes.",
    )
    assert done_stages(own) == ["construction"]


def test_a_chinese_firm_written_in_characters_by_its_pinyin_name() -> None:
    q = only_question(
        "China and Laos sign a potash deal",
        "Whether Hengyuan Potash's potassium chloride plant in Thakhek district moves from "
        "announcement to construction.",
    )
    found = observe(q, "老挝甘蒙省解除停工令 恒源钾业项目复工", "zh-Hans")
    assert done_stages(found) == ["construction"]


def test_a_bank_based_in_a_city_and_its_licence_in_chinese() -> None:
    assert clean_name("Guilin-based Xiangyun Commercial Bank") == "Xiangyun Commercial Bank"
    q = only_question(
        "China and Cambodia sign a currency deal",
        "Whether the National Bank of Cambodia grants Guilin-based Xiangyun Commercial Bank a "
        "licence for a Phnom Penh branch offering riel–yuan settlement.",
    )
    assert q.kind == "decision"
    assert entity_names(q) == ["Xiangyun Commercial Bank"]
    found = observe(q, "祥云商业银行金边分行获颁柬埔寨银行业务许可证", "zh-Hans")
    assert done_stages(found) == ["done"]
    # A decider's acronym is not the scheme decided on.
    assert "PDR" not in _lao_licence().qualifiers


def _lao_licence() -> Question:
    return only_question(
        "China and Laos sign a currency deal",
        "Whether the Bank of the Lao PDR grants Xiangyun Commercial Bank a licence for a "
        "Vientiane branch.",
    )


def test_an_approval_beside_another_matter_still_open_is_not_its() -> None:
    q = _lao_licence()
    found = observe(
        q,
        "China-Laos ledger, six months on",
        "en",
        "Lao durian now reaches China every week and the Bank of the Lao PDR approved the "
        "kip-yuan swap line, but Xiangyun Commercial Bank's Vientiane branch still has no "
        "licence.",
    )
    assert "done" not in done_stages(found)
    # (in Chinese too)
    found = observe(
        q,
        "中老合作半年观察",
        "zh-Hans",
        "老挝榴莲已稳定输华，引渡条约也已获两国立法机构批准，但祥云商业银行万象分行的正式牌照仍未落地。",
    )
    assert "done" not in done_stages(found)


def test_mung_beans_are_their_own_product_and_chattogram_is_bangladeshs() -> None:
    q = only_question(
        "Bangladesh opens its market to Brazilian mung beans",
        "Whether Brazilian mung bean exports to Bangladesh get going, from a first shipment to "
        "regular volumes.",
    )
    cotton = observe(
        q,
        "Algodão brasileiro bate recorde em Bangladesh",
        "pt",
        "As exportações de algodão do Brasil para Bangladesh somaram 80 mil toneladas no bimestre.",
    )
    assert not cotton
    halted = observe(
        q,
        "Quarantine suspends Brazilian mung bean imports",
        "en",
        "Plant quarantine officials have suspended import permits for mung bean from Brazil "
        "after weevils were found in a consignment at Chattogram port.",
    )
    assert done_stages(halted) == ["suspended"]
    reopened = observe(
        q,
        "Bangladesh revoga suspensão do feijão-mungo brasileiro",
        "pt",
        "A quarentena vegetal de Bangladesh voltou a emitir licenças de importação para o "
        "feijão-mungo do Brasil, suspensas desde julho.",
    )
    assert done_stages(reopened) == ["opened"]


def test_a_resolution_published_told_after_luego_de_que() -> None:
    q = only_question(
        "Honduras and Japan sign a health arrangement",
        "Whether Honduras's health regulator ARSA decides to recognise Japan's PMDA as a "
        "reference authority.",
    )
    found = observe(
        q,
        "Japón entra en la lista de autoridades de referencia de la ARSA",
        "es",
        "Los medicamentos aprobados en Japón ya pueden registrarse por la vía abreviada, luego "
        "de que la ARSA publicara en La Gaceta la resolución que reconoce a la PMDA.",
    )
    assert done_stages(found) == ["done"]


def test_the_first_of_two_chambers_is_a_step() -> None:
    q = only_question(
        "China and Cameroon sign an extradition treaty",
        "Whether the China–Cameroon extradition treaty is approved by Cameroon's parliament and "
        "China's NPC Standing Committee and enters into force.",
    )
    first = observe(
        q,
        "喀麦隆国民议会通过中喀引渡条约批准法案",
        "zh-Hans",
        "喀麦隆国民议会17日举行全体会议，通过授权总统批准《中华人民共和国和喀麦隆共和国引渡条约》的法案。",
    )
    assert "ratified-partial" not in done_stages(first)
    second = observe(
        q,
        "Cameroon's Senate approves China extradition treaty",
        "en",
        "Cameroon's Senate on Tuesday passed the bill authorising the President to ratify the "
        "extradition treaty with China, completing parliament's approval.",
    )
    assert done_stages(second) == ["ratified-partial"]
