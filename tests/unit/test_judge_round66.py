"""Sixty-sixth and sixty-seventh-round readings.

Names: Chinese news pairs China with Ethiopia as "中埃塞" (two characters of its name, where
"中埃" is Egypt); a name found inside a longer run the transliterator read as the matter's own
place ("比绍夫图" holds "比绍", Bissau) places nothing elsewhere; a firm named for its metal
("Lantian Aluminium") answers to its first word; transliteration reads "ny" as the press's "尼"
and "hi" as "希"/"欣"; "the X side" (加方) is a party's own among the question's parties; "the
Legislative Assembly" is a plain legislature's name, its country's own press's.
Readings: a treaty's full title in book-title marks, or a sum with a decimal point, is one step
of a Chinese gap; "将对华…协定提交议会" puts the text to parliament; a text tabled in the chamber
is submitted; a site's lease signed or a licence collected prepares a project; "复工指日可待" is
still to come; duties removed ("removed import duties", "win duty-free entry", in four
languages) are the decision; a visa waiver for the decider's own people is the other side's; a
suspension of the goods of another origin is no setback of the market; "sai no fim do mês" is
still to come. Every name of a firm, an outlet or a person here is made up; the countries and
their institutions are real.
"""

from __future__ import annotations

from tests.unit.builders import done_stages, observe, only_question
from watcher.judge.relevance import name_variants
from watcher.judge.text import fold
from watcher.judge.transliterate import Transliterator
from watcher.model import Polarity, Question

D = Polarity.DONE


# --- names ----------------------------------------------------------------------------------


def _ethiopia_treaty() -> Question:
    return only_question(
        "China and Ethiopia sign an investment agreement",
        "Whether the China–Ethiopia investment protection agreement is ratified by Ethiopia's "
        "House of Peoples' Representatives and by China and enters into force.",
    )


def test_the_pair_zhong_aisai_is_china_and_ethiopia_not_egypt() -> None:
    title = "中埃塞投资协定今起生效"
    lead = "两国去年签署的投资协定1日正式生效。"
    assert "in-force" in done_stages(observe(_ethiopia_treaty(), title, "zh-Hans", lead))
    egypt = only_question(
        "China and Egypt sign an investment agreement",
        "Whether the China–Egypt investment protection agreement is ratified by Egypt's House "
        "of Representatives and by China and enters into force.",
    )
    assert observe(egypt, title, "zh-Hans", lead) == []


def test_a_treaty_title_in_book_marks_is_one_step_of_a_gap() -> None:
    found = observe(
        _ethiopia_treaty(),
        "中方完成中埃塞投资协定国内程序",
        "zh-Hans",
        "商务部宣布，中方已完成《中华人民共和国政府和埃塞俄比亚联邦民主共和国政府关于相互促进和"
        "保护投资的协定》生效所需的国内核准程序，双方已互换照会。",
    )
    assert "ratified-all" in done_stages(found)


def _bishoftu_plant() -> Question:
    return only_question(
        "Xinghe Motors plans an assembly plant",
        "Whether Xinghe Motors' planned electric-vehicle assembly plant in Bishoftu, Ethiopia, "
        "moves from land and licences to construction.",
        entities=("Xinghe Motors", "Bishoftu", "Ethiopia"),
    )


def test_a_name_inside_the_matters_own_transliterated_place_is_no_elsewhere() -> None:
    found = observe(_bishoftu_plant(), "星河汽车比绍夫图电动汽车组装厂工地停工", "zh-Hans")
    assert "stalled" in done_stages(found)


def test_a_firm_named_for_its_metal_answers_to_its_first_word() -> None:
    q = only_question(
        "Lantian Aluminium plans a smelter",
        "Whether Lantian Aluminium's planned smelter gets its permits and is built.",
        entities=("Lantian Aluminium",),
    )
    assert "Lantian" in name_variants(q.entities[0].names)
    assert "construction" in done_stages(observe(q, "蓝天铝业冶炼厂奠基开工", "zh-Hans"))


def test_transliteration_reads_ny_as_ni_and_hi_as_xi() -> None:
    assert "nyinakoro" in Transliterator(["Nyinakoro"]).mark(fold("尼纳科罗项目"))
    assert "kahindo" in Transliterator(["Kahindo"]).mark(fold("卡欣多项目"))


def _ghana_treaty() -> Question:
    return only_question(
        "Ghana and China sign an investment agreement",
        "Whether the Ghana–China investment protection agreement is approved by Ghana's "
        "Parliament and by China and enters into force.",
    )


def test_the_x_side_is_its_partys_own_among_the_questions_parties() -> None:
    found = observe(
        _ghana_treaty(),
        "加纳对华投资协定迈出关键一步",
        "zh-Hans",
        "加方已完成《加中相互促进和保护投资协定》生效所需的国内批准程序。",
    )
    assert {(o.stage, o.party) for o in found if o.polarity is D} == {("ratified-partial", "Ghana")}


def test_the_legislative_assembly_is_the_home_countrys_legislature() -> None:
    q = only_question(
        "El Salvador and Egypt sign an investment agreement",
        "Whether the El Salvador–Egypt investment protection agreement is ratified by El "
        "Salvador's Legislative Assembly and by Egypt and enters into force.",
    )
    found = observe(
        q,
        "El Salvador da un paso más hacia el convenio con Egipto",
        "es",
        "Con 58 votos a favor, el pleno de la Asamblea Legislativa ratificó "
        "el convenio de inversiones entre El Salvador y la República Árabe de Egipto.",
    )
    assert {(o.stage, o.party) for o in found if o.polarity is D} == {
        ("ratified-partial", "El Salvador")
    }


# --- Chinese readings -----------------------------------------------------------------------


def test_jiang_before_a_treaty_with_dui_hua_puts_it_to_parliament() -> None:
    found = observe(_ghana_treaty(), "加纳政府将对华投资协定正式提交议会审议", "zh-Hans")
    assert "submitted" in done_stages(found)


def test_a_treaty_tabled_in_the_chamber_is_submitted() -> None:
    found = observe(
        _ghana_treaty(),
        "加纳议会开始审议对华投资协定",
        "zh-Hans",
        "加纳贸易部长阿莫阿科14日在议会全体会议上正式提交《加中相互促进和保护投资协定》，"
        "请求议会予以批准。",
    )
    assert "submitted" in done_stages(found)


def test_a_site_lease_signed_or_a_licence_collected_prepares_the_project() -> None:
    lease = observe(_bishoftu_plant(), "星河汽车签署比绍夫图电动汽车厂区土地租赁协议", "zh-Hans")
    licence = observe(_bishoftu_plant(), "星河汽车比绍夫图电动汽车组装厂领取投资许可证", "zh-Hans")
    assert "preparing" in done_stages(lease)
    assert "preparing" in done_stages(licence)


def test_a_resumption_told_as_near_is_still_to_come() -> None:
    q = only_question(
        "Xinghe Motors plans an assembly plant",
        "Whether Xinghe Motors' planned electric-vehicle assembly plant moves from land and "
        "licences to construction.",
        entities=("Xinghe Motors",),
    )
    found = observe(q, "星河汽车电动汽车组装厂复工指日可待", "zh-Hans")
    assert found
    assert "construction" not in done_stages(found)


def test_a_guarantee_held_back_with_its_sum_between_is_concrete_pressure() -> None:
    q = only_question(
        "Ethiopia signs a pact with China",
        "Whether the United States moves from silence to concrete measures against Ethiopia "
        "over its new pact with China.",
    )
    found = observe(q, "美国国际开发金融公司搁置埃塞风电项目1.8亿美元担保", "zh-Hans")
    assert "concrete" in done_stages(found)


# --- decisions and markets ------------------------------------------------------------------


def _duty_free() -> Question:
    return only_question(
        "Vietnam weighs duty-free access for Angolan coffee",
        "Whether the Vietnamese government decides to grant Angola's roasted coffee duty-free, "
        "quota-free access.",
    )


def test_duties_removed_are_the_decision_in_four_languages() -> None:
    reports = [
        ("Angolan roasted coffee wins duty-free entry to Vietnam", "en"),
        ("Vietnam has removed import duties on roasted coffee from Angola", "en"),
        ("Vietnam eliminó los aranceles a café tostado de Angola", "es"),
        ("Vietname zerou as tarifas sobre o café torrado de Angola", "pt"),
        ("越南取消安哥拉烘焙咖啡进口关税", "zh-Hans"),
        ("安哥拉烘焙咖啡获越南零关税待遇", "zh-Hans"),
    ]
    for title, language in reports:
        assert "done" in done_stages(observe(_duty_free(), title, language)), title


def _visa() -> Question:
    return only_question(
        "Angola asks Vietnam for visa-free entry",
        "Whether Vietnam decides to exempt holders of ordinary Angolan passports from visas.",
    )


def test_a_visa_waiver_for_the_deciders_own_people_is_the_other_sides() -> None:
    theirs = observe(
        _visa(), "Conselho de Ministros dispensa de visto os cidadãos vietnamitas", "pt"
    )
    ours = observe(
        _visa(),
        "Vietnam's cabinet approves visa-free entry for holders of ordinary Angolan passports",
        "en",
    )
    assert "done" not in done_stages(theirs)
    assert "done" in done_stages(ours)


def test_a_suspension_of_goods_from_another_origin_is_no_setback() -> None:
    q = only_question(
        "Mozambique opens a cashew market in Vietnam",
        "Whether raw cashew nuts from Mozambique start reaching Vietnam under the new "
        "phytosanitary protocol, from a first shipment to regular volumes.",
    )
    other = observe(
        q,
        "Vietnam suspends raw cashew import permits from Côte d'Ivoire",
        "en",
        "Vietnam's plant protection agency has suspended import permits for raw cashew nuts "
        "from Côte d'Ivoire after finding pests; shipments from Mozambique continue.",
    )
    own = observe(q, "Vietnam suspends raw cashew import permits from Mozambique", "en")
    assert "suspended" not in done_stages(other)
    assert "suspended" in done_stages(own)


def test_a_first_container_leaving_at_the_end_of_the_month_is_still_to_come() -> None:
    q = only_question(
        "Timor-Leste opens a coffee market in Vietnam",
        "Whether Timorese coffee starts reaching Vietnam, from a first shipment to regular "
        "volumes.",
    )
    title = "Café timorense agrada em Hanói; primeiro contentor para o Vietname sai no fim do mês"
    found = observe(q, title, "pt")
    assert "first-shipment" not in done_stages(found)
