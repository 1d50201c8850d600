"""Thirty-third to thirty-fifth-round readings.

A plant's output tells it from its neighbours in the same town: a fuel-oil power station is no
solar park, a shrimp-feed mill no shrimp packing plant. Works "taken up again" in a headline's
participle are construction; works that "restart soon" are not yet. A date set for the
groundbreaking ("定…月…动工"), or a first batch made ready ("已完成检疫"), reports nothing done.
A permit granted in the active voice prepares a project. A decider that tells the asker it
will say yes, leans towards it, or has only its board's vote left signals its decision; a
decision put off is not taken; a deadline extended for a finding is no finding. A treaty
that "still has to be approved … and ratified" is not ratified; two states named together as
the subject complete the ratification; a step still left "before it can take effect" and an
exchange of notes still to come are no entry into force; a court's review still ahead is not
the country's ratification. "The Korean firm" says whose a plant is, not where it is. Every
name of a firm, a body or a person here is made up; the countries are real.
"""

from __future__ import annotations

from tests.unit.builders import observe, only_question, stages
from watcher.model import Polarity, Question

D = Polarity.DONE


def _solar() -> Question:
    return only_question(
        "Peru and Japan sign a partnership",
        "Whether Hikari Denryoku's 80-megawatt solar park at Olmos moves from announcement to "
        "construction and into operation.",
        entities=("Peru", "Japan", "Hikari Denryoku"),
    )


def test_a_fuel_oil_plant_in_the_same_town_is_no_solar_park() -> None:
    found = observe(
        _solar(),
        "Inauguran central a diésel en Olmos",
        "es",
        "La peruana Energía Norteña inauguró en Olmos una central de 6 megavatios a diésel.",
    )
    assert ("operational", D) not in stages(found)


def test_a_solar_park_starting_up_still_counts() -> None:
    found = observe(
        _solar(),
        "Entra en operación el parque solar de Hikari Denryoku en Olmos",
        "es",
        "La central fotovoltaica de 80 megavatios de la japonesa Hikari Denryoku en Olmos empezó "
        "a entregar energía a la red.",
    )
    assert ("operational", D) in stages(found)


def test_a_shrimp_feed_mill_is_no_shrimp_packing_plant() -> None:
    packer = only_question(
        "Ecuador and South Korea sign a trade pact",
        "Whether Haesong Foods builds its planned shrimp processing plant in Machala.",
        entities=("Ecuador", "South Korea", "Haesong Foods"),
    )
    found = observe(packer, "越南企业在厄瓜多尔马查拉的虾饲料厂投产", "zh-Hans")
    assert ("operational", D) not in stages(found)


def _mill() -> Question:
    return only_question(
        "Mozambique and India sign an investment pact",
        "Whether Surya Textiles builds its announced spinning mill at Chimoio, in Manica province.",
        entities=("Mozambique", "India", "Surya Textiles"),
    )


def test_works_taken_up_again_in_a_participle_headline_are_construction() -> None:
    found = observe(_mill(), "Retomados os trabalhos da fiação da Surya em Chimoio", "pt")
    assert ("construction", D) in stages(found)


def test_works_that_restart_soon_have_not_restarted() -> None:
    found = observe(_mill(), "Obras da fiação da Surya em Chimoio recomeçam em breve", "pt")
    assert ("construction", D) not in stages(found)


def test_a_date_set_for_the_groundbreaking_is_no_construction() -> None:
    depot = only_question(
        "China and Vanuatu sign a fisheries deal",
        "Whether Haiyang Fisheries' cold-storage depot at Luganville moves from announcement to "
        "construction and operation.",
        entities=("China", "Vanuatu", "Haiyang Fisheries"),
    )
    found = observe(depot, "海洋渔业卢甘维尔冷库定十月下旬动工", "zh-Hans")
    assert ("construction", D) not in stages(found)


def test_a_first_batch_made_ready_has_not_been_shipped() -> None:
    noni = only_question(
        "China and Tonga sign a plant-health protocol",
        "Whether Tongan noni fruit reaches the Chinese market under the new protocol, from a first "
        "shipment to regular volumes.",
        entities=("China", "Tonga"),
    )
    found = observe(
        noni,
        "汤加诺丽果输华在即",
        "zh-Hans",
        "首批汤加诺丽果已完成出口检疫，预计月底装船运往广州。",
    )
    assert ("first-shipment", D) not in stages(found)


def test_a_development_consent_granted_prepares_the_project() -> None:
    found = observe(
        _solar(),
        "Regional authority clears Olmos solar park",
        "en",
        "The regional government has granted development consent for Hikari Denryoku's solar "
        "park at Olmos, in Peru's Lambayeque region.",
    )
    assert ("preparing", D) in stages(found)


def _credit() -> Question:
    return only_question(
        "Bolivia and South Korea sign a cooperation pact",
        "Whether South Korea approves Bolivia's request for a loan to expand drinking-water "
        "supply in El Alto.",
        entities=("Bolivia", "South Korea"),
    )


def test_a_decider_telling_the_asker_it_will_say_yes_signals() -> None:
    found = observe(
        _credit(),
        "Seoul tells La Paz it will fund El Alto water loan",
        "en",
        "South Korea's finance ministry has told Bolivia it intends to provide a loan of about "
        "US$ 90 million for El Alto's water supply.",
    )
    assert ("signaled", D) in stages(found)


def test_only_the_boards_vote_left_signals_the_decision() -> None:
    found = observe(
        _credit(),
        "Korean lender's committee backs Bolivia water loan",
        "en",
        "A credit committee in Seoul has endorsed Bolivia's request for the El Alto water "
        "loan, leaving only board approval before the signing.",
    )
    assert ("signaled", D) in stages(found)


def _duty() -> Question:
    return only_question(
        "Chile and Vietnam sign a trade pact",
        "Whether Chile's trade remedies commission grants Vietnam's request to lift the "
        "anti-dumping duty on Vietnamese steel nails.",
        entities=("Chile", "Vietnam"),
    )


def test_leaning_towards_lifting_a_duty_signals() -> None:
    found = observe(
        _duty(),
        "Chile leans toward scrapping anti-dumping duty on Vietnamese nails",
        "en",
    )
    assert ("signaled", D) in stages(found)


def test_a_decision_put_off_is_not_taken() -> None:
    found = observe(
        _duty(),
        "智利委员会推迟对越南钢钉反倾销税作出决定",
        "zh-Hans",
        "智利贸易救济委员会在本月会议上未就是否取消对越南钢钉征收的反倾销税作出决定。",
    )
    assert ("done", D) not in stages(found)


def test_a_deadline_extended_for_a_finding_is_no_finding() -> None:
    duty = only_question(
        "Peru and China sign a trade pact",
        "Whether Peru's trade ministry decides to impose anti-dumping duties on Chinese steel "
        "wire, as local producers have asked.",
        entities=("Peru", "China"),
    )
    found = observe(
        duty,
        "Indecopi amplía plazo en caso antidumping contra alambre chino",
        "es",
        "La comisión amplió en tres meses el plazo para la determinación preliminar en la "
        "investigación por dumping contra el alambre de acero de China.",
    )
    assert ("signaled", D) not in stages(found)


def test_a_debt_relief_signed_is_the_decision_on_it() -> None:
    relief = only_question(
        "China and Vanuatu review their ties",
        "Whether China agrees to Vanuatu's request to defer principal repayments on its "
        "Export-Import Bank of China loans.",
        entities=("China", "Vanuatu"),
    )
    assert relief.kind == "decision"
    found = observe(relief, "中国进出口银行与瓦努阿图签署还款展期协议", "zh-Hans")
    assert ("done", D) in stages(found)


def _treaty() -> Question:
    return only_question(
        "Vietnam and Fiji sign an extradition treaty",
        "Whether the Vietnam–Fiji extradition treaty is approved by Fiji's parliament and "
        "ratified by Vietnam's National Assembly and enters into force.",
        entities=("Vietnam", "Fiji"),
    )


def test_a_treaty_that_still_has_to_be_ratified_is_not() -> None:
    found = observe(
        _treaty(),
        "Vietnã e Fiji assinam tratado de extradição",
        "pt",
        "O tratado ainda tem de ser aprovado pelo parlamento de Fiji e ratificado pela "
        "Assembleia Nacional do Vietnã.",
    )
    assert not any(s and s.startswith("ratified") and p is D for s, p in stages(found))


def test_a_treaty_tabled_in_a_legislative_assembly_is_submitted() -> None:
    pact = only_question(
        "China and Samoa sign a police pact",
        "Whether the China–Samoa police cooperation treaty is approved by Samoa's Legislative "
        "Assembly and ratified by China, and enters into force.",
        entities=("China", "Samoa"),
    )
    found = observe(pact, "Police treaty with China tabled in Legislative Assembly", "en")
    assert ("submitted", D) in stages(found)


def test_two_states_named_together_complete_the_ratification() -> None:
    found = observe(
        _treaty(),
        "Vietnam y Fiji completan los trámites internos del tratado de extradición",
        "es",
        "Vietnam y Fiji concluyeron los trámites internos del tratado de extradición, que regirá "
        "desde marzo.",
    )
    assert ("ratified-all", D) in stages(found)


def test_a_step_left_before_it_can_take_effect_is_no_entry_into_force() -> None:
    found = observe(
        _treaty(),
        "Fiji ratifies extradition treaty with Vietnam",
        "en",
        "Fiji's ratification of the extradition treaty with Vietnam was published in the "
        "official gazette on Monday, leaving Vietnam's vote as the last step before it can take "
        "effect.",
    )
    assert ("in-force", D) not in stages(found)


def test_notes_still_to_be_exchanged_are_no_entry_into_force() -> None:
    found = observe(_treaty(), "越南斐济引渡条约本月下旬换文后生效", "zh-Hans")
    assert ("in-force", D) not in stages(found)


def test_a_courts_review_still_ahead_is_not_the_countrys_ratification() -> None:
    pact = only_question(
        "Colombia and Japan sign a tax treaty",
        "Whether the Colombia–Japan double taxation convention is approved by Colombia's Congress "
        "and Constitutional Court and by Japan's Diet, and enters into force.",
        entities=("Colombia", "Japan"),
    )
    assert pact.kind == "ratification"
    found = observe(
        pact,
        "Congreso aprueba el convenio tributario con Japón; ahora decide la Corte",
        "es",
        "La plenaria del Senado aprobó la ley del convenio, que pasará a sanción presidencial y "
        "luego a revisión de la Corte Constitucional.",
    )
    assert not any(s and s.startswith("ratified") and p is D for s, p in stages(found))


def test_a_plant_abroad_of_the_investors_firm_is_elsewhere() -> None:
    plant = only_question(
        "Peru and South Korea sign a trade pact",
        "Whether Daehan Mobility's planned electric-bus plant in Chilca moves from announcement to "
        "construction and production.",
        entities=("Peru", "South Korea", "Daehan Mobility"),
    )
    found = observe(
        plant,
        "Daehan Mobility starts production at its new plant",
        "en",
        "Daehan Mobility rolled its first bus off the line at its new plant in Monterrey, Mexico, "
        "the Korean firm's first factory abroad.",
    )
    assert ("operational", D) not in stages(found)
