"""Classes of misreading found in blind rounds 74 and 75 (read in the twenty-ninth session),
each written here in new words: a foreign firm's plant at home taken for its plant abroad, a
gerund clause read apart from the plan it hangs on, a first shipment recalled in a speech,
containers booked for a first cargo, a ministry asking its cabinet, Malaysia's bodies by their
Malay names, the mainland's short form of a country in a pair, a bill tabled before a
parliament, a trade probe opened, a lender's delayed review completed, a legislature named
without its state beside the other state's cabinet, and one of a group that asks taken for the
decider."""

from __future__ import annotations

from tests.unit.builders import done_stages, entity_names, observe, only_question, questions_of
from watcher.model import Polarity

SITE_TITLE = "Peru and Malaysia sign a fisheries investment deal"
SITE_ITEM = (
    "Whether Tanjung Seafood Berhad's anchovy-meal plant at Chancay moves from announcement to "
    "construction and production."
)


def _site_question():  # type: ignore[no-untyped-def]
    return only_question(
        SITE_TITLE, SITE_ITEM, entities=("Peru", "Malaysia", "Tanjung Seafood Berhad")
    )


def test_a_foreign_firms_plant_at_home_is_not_its_plant_abroad() -> None:
    q = _site_question()
    # The firm's other plant, in a town of its own country: not the plant at Chancay.
    assert not observe(
        q,
        "Tanjung Seafood opens fishmeal line in Kuching",
        "en",
        "Tanjung Seafood Berhad has started production at a new fishmeal line in Kuching, "
        "Sarawak, its second in the state.",
    )
    # Its plant at the site, or in the site's country, is the matter.
    assert "construction" in done_stages(
        observe(q, "Tanjung Seafood begins building its Chancay plant", "en")
    )


def test_a_site_in_the_firms_own_country_is_still_the_site() -> None:
    q = only_question(
        "Peru and Malaysia sign a fisheries investment deal",
        "Whether Andes Marine's squid-processing plant at Port Klang moves from announcement to "
        "construction and production.",
        entities=("Peru", "Malaysia", "Andes Marine"),
    )
    assert "construction" in done_stages(
        observe(q, "Andes Marine starts building squid plant in Port Klang", "en")
    )


TREATY_TITLE = "Ghana and Malaysia sign an investment protection agreement"
TREATY_ITEM = (
    "Whether the Ghana–Malaysia investment protection agreement is ratified by both countries "
    "and enters into force."
)


def test_a_gerund_clause_hangs_on_the_plan_before_it() -> None:
    [q] = questions_of(TREATY_TITLE, TREATY_ITEM)
    planned = observe(
        q,
        "Ghana and Malaysia set date for treaty swap",
        "en",
        "Ghana and Malaysia intend to swap ratification instruments for their investment "
        "agreement in Accra next month, bringing it into force, diplomats said.",
    )
    assert "in-force" not in done_stages(planned)
    done = observe(
        q,
        "Ghana and Malaysia swap treaty instruments",
        "en",
        "Ghana and Malaysia swapped ratification instruments for their investment agreement "
        "in Accra on Friday, bringing it into force.",
    )
    assert "in-force" in done_stages(done)


MARKET_TITLE = "Angola opens its market to Brazilian frozen chicken"
MARKET_ITEM = (
    "Whether Brazilian frozen chicken reaches Angola under the new sanitary protocol, from a "
    "first container to regular volumes."
)


def test_a_first_shipment_recalled_in_a_speech_is_no_news() -> None:
    q = only_question(MARKET_TITLE, MARKET_ITEM)
    found = observe(
        q,
        "Governador inaugura armazém frigorífico e relembra primeiro contentor de frango "
        "brasileiro para Angola",
        "pt",
    )
    assert "first-shipment" not in done_stages(found)


def test_containers_booked_for_a_first_cargo_are_a_plan() -> None:
    q = only_question(MARKET_TITLE, MARKET_ITEM)
    found = observe(
        q,
        "Brazilian poultry exporters reserve reefers for Angola",
        "en",
        "Two Brazilian poultry exporters have reserved refrigerated containers for a first "
        "cargo of frozen chicken to Angola, set to leave Santos next month.",
    )
    assert found and "first-shipment" not in done_stages(found)


def test_a_ministry_asking_its_cabinet_is_a_signal_and_malay_names_say_malaysia() -> None:
    q = only_question(
        "Malaysia and Zambia sign a trade pact",
        "Whether Kuala Lumpur decides to open a resident embassy in Lusaka.",
    )
    found = observe(
        q,
        "Wisma Putra seeks new mission in Lusaka",
        "en",
        "The foreign minister told the Dewan Rakyat that Wisma Putra had asked the Cabinet to "
        "approve a resident embassy in Lusaka.",
    )
    assert [o.stage for o in found if o.polarity is Polarity.DONE] == ["signaled"]


ZH_TREATY = (
    "Whether the China–Liberia investment treaty is ratified by Liberia's legislature and by "
    "China and enters into force."
)


def test_the_mainland_short_form_of_a_country_names_it_in_a_pair() -> None:
    [q] = questions_of("China and Liberia sign an investment treaty", ZH_TREATY)
    found = observe(
        q,
        "中方完成国内程序",
        "zh",
        "外交部宣布，中方已完成《中利关于促进和保护投资协定》所需的国内法律程序。",
    )
    assert [(o.stage, o.party) for o in found if o.polarity is Polarity.DONE] == [
        ("ratified-partial", "China")
    ]
    assert found[0].score >= 0.9


def test_a_bill_tabled_before_parliament_in_chinese_is_submitted() -> None:
    [q] = questions_of("China and Liberia sign an investment treaty", ZH_TREATY)
    found = observe(q, "利比里亚政府向国会提交批准中利投资协定的议案", "zh")
    assert done_stages(found) == ["submitted"]


PRESSURE_TITLE = "Costa Rica and Vietnam sign an investment treaty as Washington warns"
PRESSURE_ITEM = (
    "Whether Washington moves from warnings to concrete trade measures against Costa Rica over "
    "Vietnamese goods assembled in its free zones."
)


def test_a_trade_probe_opened_is_concrete_pressure() -> None:
    q = only_question(PRESSURE_TITLE, PRESSURE_ITEM)
    for title, lang in [
        ("US launches anti-dumping investigation into Costa Rican solar panels", "en"),
        ("Estados Unidos inicia una investigación antidumping contra paneles de Costa Rica", "es"),
    ]:
        assert "concrete" in done_stages(observe(q, title, lang)), title


def test_a_lenders_delayed_review_completed_eases_pressure() -> None:
    q = only_question(
        "China and Malawi sign a loan deal as the IMF warns",
        "Whether the IMF hardens its stance on Malawi's Chinese borrowing, from warnings to "
        "conditions on its lending.",
        entities=("China", "Malawi", "International Monetary Fund"),
    )
    found = observe(
        q,
        "IMF board completes overdue Malawi review",
        "en",
        "The International Monetary Fund completed its overdue review of Malawi's programme, "
        "after Lilongwe disclosed the terms of its Chinese loans.",
    )
    assert "eased" in done_stages(found)


def test_a_legislature_named_without_its_state_and_the_other_states_cabinet() -> None:
    q = only_question(
        "Mozambique and Indonesia sign an investment agreement",
        "Whether the Mozambique–Indonesia investment agreement clears the Assembleia da "
        "República and the Indonesian cabinet and then enters into force.",
    )
    assert sorted(p.name for p in q.parties) == ["Indonesia", "Mozambique"]
    # A chamber by its common noun may be the same state's as the cabinet after it.
    one = only_question(
        "Chile and Indonesia sign an investment agreement",
        "Whether Chile's investment agreement with Indonesia clears the Senate and the Chilean "
        "cabinet.",
    )
    assert not one.parties


def test_one_of_a_group_who_ask_is_not_the_decider() -> None:
    q = only_question(
        "Angola and Malaysia sign an investment agreement",
        "Whether Luanda agrees to cut the import duty on raw sugar that refiners, Gula Emas "
        "among them, say their plans depend on.",
        entities=("Angola", "Malaysia", "Gula Emas"),
    )
    assert entity_names(q) == ["Angola"]


def test_a_passage_the_sentence_takes_back_or_a_plan_goes_on_to_is_not_read_as_done() -> None:
    [q] = questions_of(TREATY_TITLE, TREATY_ITEM)
    found = observe(
        q,
        "Malaysian MPs back Ghana investment pact",
        "en",
        "Malaysia's lower house approved the investment agreement with Ghana on Monday, but it "
        "cannot be ratified until the upper house also votes on it.",
    )
    assert not any(s and s.startswith("ratified") for s in done_stages(found))
    plant = only_question(
        "China and Samoa sign a fisheries deal",
        "Whether Haiyun Fisheries' cold-storage base at Apia moves from announcement to "
        "construction and operation.",
        entities=("China", "Samoa", "Haiyun Fisheries"),
    )
    planned = observe(
        plant, "海运渔业宣布，其阿皮亚冷库基地将于十月举行奠基仪式，正式开工建设。", "zh"
    )
    assert planned and "construction" not in done_stages(planned)
