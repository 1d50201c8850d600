"""Twenty-second and twenty-third-round rules: two states' bodies joined as the ones that must
approve ("Chile's National Assembly and the Thai government"); a request of "both governments"
makes no parties; an item's bare "treaty" is the one its briefing's title names; a treaty that
"enters into force thirty days after" the exchange of notes is not in force; a cabinet that
approves a treaty and sends it on has submitted it; a loan's lender by its short name; a loan's
first disbursement is its use; the first containers counted; buffalo meat and sea moss as
products; ships inspected one by one, and the checks lifted; draft rules and a decider leaning
toward a grant signal; an order placed or a month set for the first cargo is a plan; an
authority due to rule asks a decision. Every name of a firm, a body or a person here is made
up; the countries are real."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, only_question, stages
from watcher.ladders import weigh_kinds
from watcher.model import Polarity

BIT = only_question(
    "Chile and Thailand sign an investment treaty",
    "How quickly Chile's National Assembly and the Thai government approve the investment "
    "protection agreement, and when it takes effect after the exchange of notes.",
)


def test_two_states_bodies_joined_must_each_approve() -> None:
    assert [p.name for p in BIT.parties] == ["Chile", "Thailand"]
    senate = only_question(
        "Chile and Thailand sign an investment treaty",
        "Track the treaty's path through the Chilean Senate and the Thai government's approval.",
    )
    assert [p.name for p in senate.parties] == ["Chile", "Thailand"]


def test_what_both_governments_asked_for_is_no_act_of_theirs() -> None:
    rupees = only_question(
        "Chile and Thailand sign an investment treaty",
        "Whether the Central Bank of Chile lets local banks settle trade with Thailand in "
        "pesos and baht, as both governments requested.",
    )
    assert rupees.parties == ()


@pytest.mark.parametrize(
    ("title", "lead", "language", "party"),
    [
        (
            "Deputados chilenos dão o sim final ao tratado com a Tailândia",
            "O Congresso do Chile aprovou em votação final global o acordo de investimentos; "
            "falta agora a aprovação do lado tailandês.",
            "pt",
            "Chile",
        ),
        (
            "El Parlamento chileno aprueba el tratado de inversiones con Tailandia",
            "Bangkok aún debe completar su propio trámite.",
            "es",
            "Chile",
        ),
    ],
)
def test_one_states_vote_is_its_side_only(title: str, lead: str, language: str, party: str) -> None:
    found = observe(BIT, title, language, lead)
    assert [(o.stage, o.polarity, o.party) for o in found] == [
        ("ratified-partial", Polarity.DONE, party)
    ]


def test_a_bare_treaty_is_the_one_the_title_names() -> None:
    bare = only_question(
        "Chile and Thailand sign an investment treaty in Bangkok",
        "Track the treaty's path through the Chilean Senate and the Thai government's approval.",
    )
    found = observe(
        bare,
        "El Ejecutivo envía al Senado el acuerdo de inversiones con Tailandia",
        "es",
        "La Secretaría General remitió el acuerdo de protección de inversiones firmado con "
        "Tailandia a la Comisión de Relaciones Exteriores del Senado.",
    )
    assert ("submitted", Polarity.DONE) in stages(found)


@pytest.mark.parametrize(
    ("title", "lead", "language"),
    [
        (
            "Tailândia conclui aprovação do acordo de investimentos; falta a troca de notas",
            "O tratado está aprovado pelos dois países e entra em vigor trinta dias após a "
            "troca de notas diplomáticas com o Chile.",
            "pt",
        ),
        (
            "Tailandia completa la aprobación del tratado con Chile",
            "El acuerdo de inversiones entra en vigor treinta días después del canje de notas.",
            "es",
        ),
        (
            "Thai cabinet clears Chile investment treaty",
            "The agreement enters into force thirty days after the two governments exchange "
            "notes, officials in Bangkok and Chile said.",
            "en",
        ),
    ],
)
def test_in_force_days_after_the_exchange_is_no_entry_into_force(
    title: str, lead: str, language: str
) -> None:
    assert ("in-force", Polarity.DONE) not in stages(observe(BIT, title, language, lead))


def test_a_cabinet_that_approves_and_sends_it_on_has_submitted_it() -> None:
    fta = only_question(
        "Chile and Thailand sign a protocol upgrading their free trade agreement",
        "Chile's Congress and Thailand's National Assembly both have to approve the FTA "
        "upgrade protocol.",
    )
    found = observe(
        fta,
        "Cabinet approves Chile trade protocol, sends it to National Assembly",
        "en",
        "Thailand's cabinet approved the protocol upgrading the Chile–Thailand free trade "
        "agreement and submitted it to the National Assembly for consent to ratification.",
    )
    assert stages(found) == [("submitted", Polarity.DONE)]


LOAN = only_question(
    "Malawi takes a Chinese loan for a rail line",
    "Malawi's National Assembly still has to approve the US$400 million Qiaofeng loan before "
    "it can take effect and the first tranche can be drawn for the railway.",
    entities=("Malawi", "China", "Qiaofeng Export Credit Bank"),
)


def test_a_loan_named_by_its_lenders_short_name_is_the_borrowers() -> None:
    assert [e.name for e in LOAN.entities] == ["Malawi"]
    found = observe(
        LOAN,
        "马拉维国民议会批准中国铁路贷款",
        "zh-Hans",
        "马拉维国民议会21日表决通过4亿美元铁路贷款协议。",
    )
    assert ("ratified-all", Polarity.DONE) in stages(found)


@pytest.mark.parametrize(
    ("title", "lead", "language"),
    [
        (
            "Malaui recebe primeiro desembolso do empréstimo chinês para a ferrovia",
            "O banco chinês Qiaofeng libertou 60 milhões de dólares para as obras.",
            "pt",
        ),
        (
            "马拉维铁路贷款首笔资金到位",
            "马拉维财政部宣布，银行已拨付铁路贷款首笔款项6000万美元。",
            "zh-Hans",
        ),
    ],
)
def test_a_loans_first_disbursement_is_its_use(title: str, lead: str, language: str) -> None:
    assert ("invoked", Polarity.DONE) in stages(observe(LOAN, title, language, lead))


BUFFALO = only_question(
    "Ghana and India sign a sanitary protocol",
    "Watch for Indian frozen buffalo meat to start reaching Accra under the new sanitary "
    "protocol, and for customs data to show regular monthly volumes.",
)


@pytest.mark.parametrize(
    ("title", "lead", "language"),
    [
        (
            "Carne de búfalo indiana já está nos armazéns de Tema",
            "Os primeiros 24 contentores de carne de búfalo congelada saíram do porto de Tema "
            "rumo a Acra, vindos da Índia.",
            "pt",
        ),
        ("首批印度冷冻水牛肉运抵加纳", "24个冷藏集装箱的印度冷冻水牛肉已在特马港清关。", "zh-Hans"),
    ],
)
def test_the_first_buffalo_meat_containers_are_a_first_shipment(
    title: str, lead: str, language: str
) -> None:
    assert ("first-shipment", Polarity.DONE) in stages(observe(BUFFALO, title, language, lead))


def test_a_date_in_the_portuguese_sense_is_no_topic_word() -> None:
    assert "data" not in BUFFALO.terms and "watch" not in BUFFALO.terms
    assert (
        observe(
            BUFFALO,
            "Votação do acordo com a Índia sai da agenda",
            "pt",
            "A votação na Assembleia de Gana foi adiada; a nova data aponta para 25 de Junho.",
        )
        == []
    )


SHIPS = only_question(
    "Taiwan and Saint Vincent and the Grenadines sign an economic pact",
    "Beijing has so far kept to its usual protests; the question is whether it moves to "
    "concrete measures against Kingstown over the deal, or later lets them drop.",
)


@pytest.mark.parametrize(
    ("title", "lead", "language", "stage"),
    [
        (
            "China orders blanket inspections of Vincentian-flagged ships",
            "China's maritime authority will inspect every ship flying the flag of Saint "
            "Vincent and the Grenadines that calls at a Chinese port.",
            "en",
            "concrete",
        ),
        (
            "海事局对圣文森特和格林纳丁斯籍船舶实施全面检查",
            "中国海事局通知，把该国籍船舶列为重点检查对象。",
            "zh-Hans",
            "concrete",
        ),
        (
            "海事局恢复对圣文森特和格林纳丁斯籍船舶的常规抽查",
            "中国海事局发布通知，取消对圣文森特和格林纳丁斯籍船舶逐艘检查的要求，恢复常规抽查。",
            "zh-Hans",
            "eased",
        ),
        (
            "China levanta las inspecciones especiales a los buques de San Vicente y las "
            "Granadinas",
            "La autoridad marítima china volvió a los controles ordinarios.",
            "es",
            "eased",
        ),
    ],
)
def test_ships_inspected_one_by_one_and_the_checks_lifted(
    title: str, lead: str, language: str, stage: str
) -> None:
    assert (stage, Polarity.DONE) in stages(observe(SHIPS, title, language, lead))


MOSS = only_question(
    "Taiwan and Saint Vincent and the Grenadines sign an economic pact",
    "Vincentian dried sea moss now has a door into Taiwan; the test is whether a first "
    "consignment clears the border and regular volumes follow.",
)


def test_sea_moss_in_chinese_and_a_first_cargo_still_to_sail() -> None:
    arrived = observe(MOSS, "首批聖文森海苔運抵高雄港 通過邊境查驗", "zh-Hant")
    assert ("first-shipment", Polarity.DONE) in stages(arrived)
    ordered = observe(
        MOSS,
        "進口商：首批聖文森海苔7月初出貨",
        "zh-Hant",
        "高雄一家進口商表示，已向聖文森業者下單首批乾燥海苔約兩公噸。",
    )
    assert ("first-shipment", Polarity.DONE) not in stages(ordered)


@pytest.mark.parametrize(
    ("title", "lead", "language"),
    [
        (
            "Ghana's central bank says cedi-rupee settlement rules are drafted",
            "Governor Ama Kyerewaa said the Bank of Ghana has finished a draft notice letting "
            "local banks hold rupee accounts for trade with India.",
            "en",
        ),
    ],
)
def test_draft_rules_finished_signal_the_decision(title: str, lead: str, language: str) -> None:
    rupee = only_question(
        "Ghana and India sign an investment treaty",
        "Whether the Bank of Ghana allows local banks to settle trade with India in rupees "
        "and cedis.",
    )
    assert ("signaled", Polarity.DONE) in stages(observe(rupee, title, language, lead))


def test_a_ministry_leaning_toward_the_grant_signals() -> None:
    licence = only_question(
        "Zambia and China sign a loan",
        "Whether the mines ministry grants Fengxiang Copper the large-scale mining licence it "
        "has sought for the Mumbwa deposit.",
        entities=("Zambia", "China", "Fengxiang Copper"),
    )
    found = observe(
        licence,
        "赞比亚矿业部长：倾向于批准Fengxiang Copper姆布瓦采矿许可",
        "zh-Hans",
        "赞比亚矿业部长表示，矿业部倾向于向Fengxiang Copper颁发姆布瓦大型采矿许可证。",
    )
    assert ("signaled", Polarity.DONE) in stages(found)


@pytest.mark.parametrize(
    "item",
    [
        "Cofide's trade-remedies commission is due to rule by October on anti-dumping duties "
        "against Korean galvanized steel sheet.",
        "Hanoi still has to rule on whether fresh Mexican avocados may enter Vietnam.",
    ],
)
def test_an_authority_due_to_rule_asks_a_decision(item: str) -> None:
    assert weigh_kinds(item).kind == "decision"


@pytest.mark.parametrize(
    ("title", "lead", "language"),
    [
        (
            "Chile and Thailand sign air services arrangement",
            "The two governments signed an arrangement letting their airlines fly between "
            "them, separate from the investment agreement awaiting an exchange of notes.",
            "en",
        ),
        (
            "Chile e Tailândia assinam memorando sobre bolsas de estudo",
            "O ministério acordou 200 bolsas para estudantes chilenos, num entendimento "
            "separado do acordo de investimentos.",
            "pt",
        ),
    ],
)
def test_what_is_set_apart_as_separate_is_not_the_matter(
    title: str, lead: str, language: str
) -> None:
    assert observe(BIT, title, language, lead) == []


def test_a_peruvian_agency_in_chinese_answers_to_its_name() -> None:
    duties = only_question(
        "Peru and Korea sign an FTA upgrade",
        "Indecopi's trade-remedies commission is due to rule by October on anti-dumping duties "
        "against Korean galvanized steel sheet.",
    )
    found = observe(
        duties,
        "秘鲁对韩国镀锌钢板征收最终反倾销税",
        "zh-Hans",
        "秘鲁国家竞争和知识产权保护局14日裁定，对原产于韩国的镀锌钢板征收最终反倾销税。",
    )
    assert ("done", Polarity.DONE) in stages(found)


def test_a_short_pinyin_name_counts_before_its_sector_word() -> None:
    licence = only_question(
        "Zambia and China sign a loan",
        "Whether the mines ministry grants Jinlu Copper the large-scale mining licence it has "
        "sought for the Mumbwa deposit.",
        entities=("Zambia", "China", "Jinlu Copper"),
        body="How the mines ministry treats Jinlu will show whether the loan turns into mines.",
    )
    assert ("done", Polarity.DONE) in stages(
        observe(licence, "赞比亚向金禄铜业颁发姆布瓦大型采矿许可证", "zh-Hans")
    )
    # the same two characters with no sector word after them are not the firm
    assert observe(licence, "赞比亚向金禄公司颁发大型采矿许可证", "zh-Hans") == []


ENERGY = only_question(
    "São Tomé and Príncipe signs an energy deal with Nigeria",
    "How quickly the energy agreement clears São Tomé's National Assembly and Nigeria's "
    "Federal Executive Council, and when it actually takes legal effect.",
)


def test_a_seat_and_a_federal_council_name_the_two_parties() -> None:
    assert sorted(p.name for p in ENERGY.parties) == ["Nigeria", "São Tomé and Príncipe"]


def test_an_energy_agreement_in_portuguese_is_the_energy_agreement() -> None:
    found = observe(
        ENERGY,
        "Parlamento aprova acordo energético com a Nigéria",
        "pt",
        "A Assembleia Nacional aprovou hoje, em votação final global, a resolução que "
        "ratifica o acordo de cooperação energética com a Nigéria.",
    )
    assert [(o.stage, o.polarity, o.party) for o in found] == [
        ("ratified-partial", Polarity.DONE, "São Tomé and Príncipe")
    ]


def test_a_seat_says_where_a_foreign_builder_works() -> None:
    plant = only_question(
        "São Tomé and Príncipe signs an energy deal with Nigeria",
        "Watch for the Neves gas-fired plant to move from paper to a building site.",
        entities=("São Tomé and Príncipe", "Nigeria", "Neves"),
    )
    found = observe(
        plant,
        "Developer hires Chinese builder, secures $48m loan for São Tomé plant",
        "en",
        "The developer awarded the construction contract for its 36 MW Neves power station to "
        "a Chinese contractor and closed a $48 million loan.",
    )
    assert ("preparing", Polarity.DONE) in stages(found)


def test_a_seasonal_workers_scheme_in_its_draft_and_a_signal_of_openness() -> None:
    workers = only_question(
        "Portugal and Cabo Verde sign a package of agreements",
        "Whether Portugal decides to bring Cabo Verde into its hiring-in-origin scheme for "
        "seasonal farm workers, as the labour-mobility memorandum envisages.",
    )
    draft = observe(
        workers,
        "Portugal inclui Cabo Verde no projeto de portaria de contratação sazonal",
        "pt",
        "O projeto de portaria, posto em consulta pública, inclui Cabo Verde com 900 vagas "
        "provisórias para trabalhadores agrícolas.",
    )
    assert ("signaled", Polarity.DONE) in stages(draft)
    opening = observe(
        workers, "Lisboa sinaliza abertura a trabalhadores agrícolas cabo-verdianos", "pt"
    )
    assert ("signaled", Polarity.DONE) in stages(opening)


def test_a_defence_industry_agreement_in_portuguese() -> None:
    pact = only_question(
        "Brazil and India sign a defence-industrial pact",
        "Whether the Brazil–India defence-industrial cooperation agreement is approved by "
        "Brazil's National Congress and by India's cabinet and enters into force.",
    )
    found = observe(
        pact,
        "Presidente encaminha ao Congresso acordo de cooperação na indústria de defesa com a Índia",
        "pt",
    )
    assert ("submitted", Polarity.DONE) in stages(found)


def test_leave_to_issue_a_bond_of_a_long_amount_is_a_step_towards_it() -> None:
    bond = only_question(
        "Namibia and China sign a financing package",
        "Whether finance minister Tuyeni Haufiku follows through on a first panda bond, or "
        "drops the idea.",
    )
    found = observe(
        bond,
        "Decreto autoriza Finanças da Namíbia a emitir até 3 mil milhões de yuan em "
        "obrigações panda na China",
        "pt",
    )
    assert stages(found) == [("signaled", Polarity.DONE)]


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("La cámara del calzado pide al Senado rechazar el acuerdo con Vietnam", "es"),
        ("Mexican shoemakers urge senators to reject the Vietnam treaty", "en"),
        ("Calçadistas mexicanos pedem ao Senado que rejeite o acordo com o Vietnã", "pt"),
    ],
)
def test_a_group_asking_the_legislature_to_reject_the_treaty_is_rhetorical_pressure(
    title: str, language: str
) -> None:
    shoes = only_question(
        "Mexico and Vietnam sign an investment treaty",
        "How far Mexican footwear producers take their campaign against the treaty and "
        "against Vietnamese imports, from public statements to formal complaints or protests.",
    )
    assert ("rhetorical", Polarity.DONE) in stages(observe(shoes, title, language))


def test_procedures_completed_for_a_treaty_named_in_brackets() -> None:
    bit = only_question(
        "Chile and China sign an investment facilitation agreement",
        "How quickly Chile's Congress and China's government approve the investment "
        "facilitation agreement, and when it enters into force.",
    )
    found = observe(
        bit,
        "中国完成中国—智利投资便利化协定国内核准程序",
        "zh-Hans",
        "商务部消息，中方已完成《中华人民共和国政府与智利共和国政府投资便利化协定》的国内核准程序。",
    )
    assert [(o.stage, o.polarity, o.party) for o in found] == [
        ("ratified-partial", Polarity.DONE, "China")
    ]


def test_a_first_container_with_its_tonnage_is_a_first_shipment() -> None:
    shrimp = only_question(
        "Taiwan and Belize sign an investment pact",
        "Whether Belizean farmed shrimp reaches Taiwan under the new protocol, from a first "
        "container to steady volumes.",
    )
    found = observe(
        shrimp,
        "貝里斯白蝦首度進軍南台灣",
        "zh-Hant",
        "首個裝載18公噸貝里斯冷凍白蝦的貨櫃昨天在高雄港卸貨，是貝里斯養殖蝦首度輸入台灣。",
    )
    assert stages(found) == [("first-shipment", Polarity.DONE)]


def test_a_dredger_at_work_on_the_site_is_construction() -> None:
    yard = only_question(
        "Cabo Verde and China sign a shipyard deal",
        "Whether the Chinese-built ship repair yard at Baía das Gaivotas moves from plans to "
        "works and to its first ships.",
        entities=("Cabo Verde", "China", "Baía das Gaivotas"),
    )
    found = observe(
        yard,
        "Arrancan en Mindelo las obras del astillero chino",
        "es",
        "La draga de la constructora china empezó a trabajar el lunes en la Baía das Gaivotas, "
        "donde se levantará el dique flotante.",
    )
    assert ("construction", Polarity.DONE) in stages(found)


def test_a_partial_scope_agreement_in_spanish() -> None:
    pta = only_question(
        "Guatemala and India sign a partial scope agreement",
        "Whether the Guatemala–India partial-scope agreement is approved by Guatemala's "
        "Congress and India's cabinet and starts to apply.",
    )
    found = observe(
        pta,
        "El Ejecutivo traslada al Congreso el acuerdo de alcance parcial con la India",
        "es",
    )
    assert ("submitted", Polarity.DONE) in stages(found)


def test_a_decree_is_the_form_of_the_decision_not_what_a_signal_must_name() -> None:
    bank = only_question(
        "Peru keeps China's bank waiting",
        "Whether Peru's government decides to join the China-led Andes Infrastructure Bank, "
        "moving from signals to a formal decree.",
        entities=("Peru", "China", "Andes Infrastructure Bank"),
    )
    assert [stage for stage, _ in bank.stage_cues] == ["done"]
    found = observe(
        bank,
        "Perú pedirá su ingreso al Andes Infrastructure Bank",
        "es",
        "El Consejo de Ministros dio luz verde para presentar la solicitud formal de adhesión "
        "al Andes Infrastructure Bank.",
    )
    assert ("signaled", Polarity.DONE) in stages(found)


def test_a_plant_that_already_produces_is_in_operation() -> None:
    plant = only_question(
        "A Chinese lithium plant for Salta",
        "Whether Qingyuan's lithium carbonate plant in Cachi, Salta, moves from announcement "
        "through permits and financing to construction and operation.",
        entities=("Argentina", "China", "Qingyuan", "Cachi"),
    )
    found = observe(plant, "La planta de Cachi ya produce carbonato de litio", "es")
    assert ("operational", Polarity.DONE) in stages(found)
