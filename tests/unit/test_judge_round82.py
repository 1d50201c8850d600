"""Classes of misreading found in blind rounds 82 and 83 (read in the thirty-third session),
each written here in new words: a visa waiver for official passports that enters into force
beside an investment treaty (in English and Chinese), a ratification urged to be done soon,
a Chinese firm based in a provincial capital whose plant at home is not its project abroad,
another firm named by a name ending in "Group", a period's import figures after a first cargo,
registrations of suspended exporters restored, site works begun told by their verbs in
Portuguese, a passage through Congress completed by approving the decree's bill, a word of an
instrument's title taken for a body's short name, one chamber with the other still to vote,
a season's total beside a market still closed, a country's goods from a named firm, an act
recommended in the subjunctive, a firm's home town, and visa requirements dropped."""

from __future__ import annotations

from tests.unit.builders import done_stages, entity_names, observe, only_question
from watcher.model import Polarity


def _investment_treaty() -> object:
    return only_question(
        "China and Peru sign an investment treaty",
        "Whether the China–Peru investment protection agreement is approved by Peru's Congress "
        "and China's NPC Standing Committee and then enters into force.",
    )


def test_a_visa_waiver_entering_into_force_is_not_the_treaty() -> None:
    q = _investment_treaty()
    english = observe(
        q,
        "Peru and China drop visas for official travellers",
        "en",
        "An agreement freeing holders of Peruvian and Chinese diplomatic and official passports "
        "from visa requirements for stays of up to 90 days took effect on Monday.",
    )
    assert "in-force" not in done_stages(english)
    chinese = observe(q, "中国和秘鲁互免外交和公务护照签证协定正式生效", "zh-Hans")
    assert "in-force" not in done_stages(chinese)
    own = observe(q, "中国和秘鲁投资保护协定正式生效", "zh-Hans")
    assert done_stages(own) == ["in-force"]


def test_a_ratification_urged_to_be_done_soon_is_not_done() -> None:
    q = _investment_treaty()
    found = observe(
        q,
        "商务部：推动中秘投资保护协定尽快完成国内批准程序",
        "zh-Hans",
        "商务部新闻发言人表示，中方将积极推动中国和秘鲁投资保护协定尽早完成各自国内批准程序。",
    )
    assert not done_stages(found)


def test_a_firm_based_in_a_provincial_capital_builds_at_home_elsewhere() -> None:
    q = only_question(
        "China and Zambia sign a copper deal",
        "Whether Tianfu Copper Group's smelter in Kitwe moves from a signed agreement to "
        "construction.",
        dek="Chengdu-based Tianfu Copper Group signs an agreement to build a smelter in Zambia.",
    )
    assert q.site == "Zambia"
    home = observe(
        q,
        "天府铜业成都冶炼厂扩建项目开工",
        "zh-Hans",
        "天府铜业集团6月2日在四川成都举行冶炼厂扩建项目开工仪式。",
    )
    assert not done_stages(home)
    abroad = observe(q, "Tianfu Copper breaks ground on Kitwe smelter", "en")
    assert done_stages(abroad) == ["construction"]


def test_another_firm_named_by_a_name_ending_in_group() -> None:
    q = only_question(
        "Brazil and Pakistan sign an investment agreement",
        "Whether Marlim Transformadores's plant at Sundar Industrial Estate in Lahore moves "
        "from an announced investment to construction.",
    )
    other = observe(
        q,
        "Textile mill breaks ground at Sundar Industrial Estate",
        "en",
        "Work began on Tuesday on a US$ 60 million denim mill by Pakistan's Ravi Weaving Group "
        "at Sundar Industrial Estate, the estate's management said.",
    )
    assert not done_stages(other)
    own = observe(
        q,
        "Marlim breaks ground at Sundar Industrial Estate",
        "en",
        "Brazil's Marlim Transformadores broke ground on its transformer plant in Lahore.",
    )
    assert done_stages(own) == ["construction"]


def test_a_periods_import_figures_after_a_first_cargo_are_volumes() -> None:
    q = only_question(
        "China and Zambia sign a honey protocol",
        "Whether Zambian honey actually reaches China under the new protocol and grows into a "
        "steady trade.",
    )
    found = observe(
        q,
        "海关数据：前5个月我国自赞比亚进口蜂蜜420吨",
        "zh-Hans",
        "海关总署数据显示，今年1—5月我国自赞比亚进口蜂蜜约420吨，赞比亚蜂蜜自3月首批到港后进口量逐月增加。",
    )
    assert done_stages(found) == ["volumes-reported"]


def test_registrations_of_suspended_exporters_restored_eases_pressure() -> None:
    q = only_question(
        "Paraguay and Taiwan sign a trade deal",
        "Whether China turns its anger over Paraguay's new deal with Taiwan into measures "
        "against Paraguayan beef exporters, and whether it later eases them.",
    )
    found = observe(
        q,
        "China restores eleven Paraguayan beef plants",
        "en",
        "China's customs administration reinstated the registrations of eleven of the fourteen "
        "Paraguayan beef plants it had delisted in May, a notice said on Friday.",
    )
    assert done_stages(found) == ["eased"]


def test_site_works_begun_told_by_their_verbs_in_portuguese() -> None:
    q = only_question(
        "Brazil and Mozambique sign a soy deal",
        "Whether Sertão Agro's soybean crushing plant in Nacala moves from announcement to site "
        "works and construction.",
    )
    found = observe(
        q,
        "Sertão Agro já mexe no terreno em Nacala",
        "pt",
        "Com a licença ambiental na mão, a Sertão Agro começou a limpar e a nivelar o terreno "
        "em Nacala onde vai erguer a fábrica de esmagamento de soja.",
    )
    assert [(o.stage, o.polarity) for o in found] == [("preparing", Polarity.DONE)]


def test_a_passage_completed_by_approving_the_decrees_bill() -> None:
    q = only_question(
        "Brazil and Kenya sign an investment agreement",
        "Whether the Brazil–Kenya investment cooperation and facilitation agreement is approved "
        "by Brazil's Congress and Kenya's cabinet and then enters into force.",
    )
    found = observe(
        q,
        "Acordo com o Quênia: fim da etapa no Congresso",
        "pt",
        "Com a votação no Senado na terça-feira, o Congresso Nacional concluiu a tramitação do "
        "projeto de decreto legislativo que aprova o acordo de investimentos com o Quênia.",
    )
    assert done_stages(found) == ["ratified-partial"]
    assert [o.party for o in found] == ["Brazil"]


def test_a_word_of_an_instruments_title_is_no_bodys_short_name() -> None:
    q = only_question(
        "Uruguay and Vietnam sign an investment agreement",
        "Whether the Uruguay–Vietnam agreement on the promotion and reciprocal protection of "
        "investments is approved by Uruguay's parliament and Vietnam's government.",
        body=(
            "The ministers signed an Agreement on the Promotion and Reciprocal Protection of "
            "Investments. Vietnam's Plant Protection Department also listed citrus packers."
        ),
        entities=("Uruguay", "Vietnam", "Vietnam Plant Protection Department"),
    )
    assert entity_names(q) == ["Uruguay", "Vietnam"]


def _two_chamber_treaty() -> object:
    return only_question(
        "Uruguay and Thailand sign an investment agreement",
        "Whether the Uruguay–Thailand investment protection agreement is approved by both "
        "chambers of Uruguay's General Assembly and by Thailand's cabinet, and then enters "
        "into force.",
    )


def test_one_chamber_with_the_other_still_to_vote_is_a_step() -> None:
    q = _two_chamber_treaty()
    assert q.kind == "ratification"
    found = observe(
        q,
        "Senado aprobó el acuerdo de inversiones con Tailandia",
        "es",
        "El Senado aprobó el miércoles el acuerdo de inversiones con Tailandia, pero el trámite "
        "no quedará cerrado hasta que lo vote la Cámara de Representantes.",
    )
    assert not done_stages(found)


def test_a_season_total_beside_a_market_still_closed_is_no_trade() -> None:
    q = only_question(
        "Uruguay and Thailand open a citrus market",
        "Whether Uruguayan citrus actually reaches Thailand under the new protocol and grows "
        "into a steady trade.",
    )
    found = observe(
        q,
        "Cítricos: cierre de zafra con Tailandia en pausa",
        "es",
        "Los envíos de cítricos uruguayos sumaron 90.000 toneladas en la zafra, sobre todo a "
        "Europa; Tailandia sigue cerrada para la fruta uruguaya desde la veda de octubre.",
    )
    assert "volumes-reported" not in done_stages(found)


def test_goods_of_a_country_from_a_named_firm_are_the_countrys_trade() -> None:
    q = only_question(
        "Brazil and Egypt open a poultry market",
        "Whether Brazilian frozen chicken from Aurora Sul actually reaches Egyptian buyers under "
        "the new halal certificate, and whether the first cargoes grow into a steady trade.",
        entities=("Brazil", "Egypt", "Aurora Sul"),
    )
    assert entity_names(q) == ["Brazil", "Egypt"]
    found = observe(
        q,
        "Egypt halts Brazilian chicken imports after bird flu case",
        "en",
        "Egypt's veterinary services on Monday suspended imports of frozen chicken from Brazil "
        "after a bird flu case was confirmed at a farm in Paraná.",
    )
    assert done_stages(found) == ["suspended"]
    own_deal = only_question(
        "Mozambique and Japan sign a cashew deal",
        "Whether Mozambican cashew kernels from Caju Norte start reaching Japanese roasters "
        "under its offtake contract with Sakura Foods.",
        entities=("Mozambique", "Japan", "Caju Norte", "Sakura Foods"),
    )
    assert entity_names(own_deal) == ["Caju Norte"]


def test_an_act_recommended_in_the_subjunctive_is_still_to_come() -> None:
    q = only_question(
        "China and Eritrea sign a legal assistance treaty",
        "Whether the China–Eritrea legal assistance treaty is ratified by both countries and "
        "enters into force.",
    )
    found = observe(
        q,
        "Eritrean cabinet backs China legal assistance treaty",
        "en",
        "Eritrea's Cabinet of Ministers on Monday examined the legal assistance treaty with China "
        "and advised that it be ratified by proclamation.",
    )
    assert not done_stages(found)


def test_a_firms_home_town_is_not_the_matter() -> None:
    # (the provincial capitals added for the firm's home must not become the item's entity)
    q = only_question(
        "China and Zambia sign a currency deal",
        "Whether the Bank of Zambia grants Kunming-based Dianchi Commercial Bank a licence for a "
        "Lusaka branch.",
    )
    assert entity_names(q) == ["Dianchi Commercial Bank"]


def test_visa_requirements_dropped_are_the_visa_questions_own() -> None:
    q = only_question(
        "China and Namibia sign an extradition treaty",
        "Whether Namibia decides to exempt Chinese visitors from visa requirements.",
    )
    found = observe(
        q,
        "Namibia and China sign extradition treaty",
        "en",
        "Namibia and China signed an extradition treaty on Tuesday, and the home affairs "
        "minister said Windhoek was still weighing whether to drop visa requirements for "
        "Chinese visitors.",
    )
    assert [o.question_id for o in found] == [q.id]


def test_a_visa_dropped_by_its_verb_in_spanish_is_the_visa_questions_own() -> None:
    q = only_question(
        "Honduras and Thailand sign an investment agreement",
        "Whether Honduras's government decides to drop the visa requirement for Thai nationals.",
    )
    found = observe(
        q,
        "Honduras y Tailandia firman un acuerdo de inversiones",
        "es",
        "Honduras y Tailandia firmaron el martes un acuerdo de protección de inversiones; la "
        "Cancillería aún estudia si elimina la visa para los tailandeses.",
    )
    assert [o.question_id for o in found] == [q.id]


def test_a_tax_convention_is_a_neighbour_of_the_protection_of_investments() -> None:
    q = only_question(
        "Uruguay and Thailand sign an investment agreement",
        "Whether the Uruguay–Thailand agreement on the promotion and reciprocal protection of "
        "investments is approved by both chambers of Uruguay's Asamblea General and by "
        "Thailand's government, and then enters into force.",
    )
    found = observe(
        q,
        "Diputados aprobó el convenio tributario con Tailandia",
        "es",
        "La Cámara de Representantes aprobó el jueves el convenio entre Uruguay y Tailandia "
        "para evitar la doble imposición en materia de impuestos sobre la renta, que ya "
        "contaba con la sanción del Senado.",
    )
    assert not done_stages(found)
