"""Twenty-fifth and twenty-sixth-round rules: a bare "Korean" is the South's; a central bank
named by its function and its initials; a board leaning one way; licences withheld or handed
back as pressure, and pressure over goods that yields to a sibling's goods; Kiritimati and a
fishing port in Chinese; a rumour headline opening on 传; works that stop; a firm's Turkish
sector word; a preferred bidder is no award; a day between verb and object ("assinou ontem o
contrato"); "the parliaments in A and B"; "Guinean" in a briefing on Guinea-Bissau; Turkish
ports; a legislature known by its own name; a second chamber still to vote. Every name of a
firm, a body or a person here is made up; the countries are real."""

from __future__ import annotations

from tests.unit.builders import observe, only_question, stages
from watcher.judge import Judge
from watcher.model import Briefing, Entry, Polarity, WatchItem
from watcher.naming import named_entries
from watcher.questions import build_watchlist

D, PLAN, S = Polarity.DONE, Polarity.INTENT, Polarity.SPECULATIVE


# --- names ------------------------------------------------------------------------------------


def test_a_bare_korean_is_the_souths_but_not_in_north_korean() -> None:
    kiwi = only_question(
        "Chile and South Korea agree kiwifruit access",
        "Whether Chilean kiwifruit reaches the Korean market, from a first shipment to volumes.",
    )
    assert sorted(e.name for e in kiwi.entities) == ["Chile", "South Korea"]
    found = observe(
        kiwi,
        "Zarpa hacia Corea el primer contenedor de kiwi chileno",
        "es",
        "El embarque salió de San Antonio con 20 toneladas de kiwi rumbo a Busan.",
    )
    assert stages(found) == [("first-shipment", D)]
    assert observe(kiwi, "North Korean buyers seek Chilean kiwifruit", "en") == []


def test_a_central_bank_answers_to_its_function_and_its_initials() -> None:
    rupee = only_question(
        "Paraguay and India sign a trade pact",
        "Whether the Central Bank of Paraguay decides to let trade with India be settled in "
        "rupees.",
    )
    names = {n for e in rupee.entities for n in e.names}
    assert {"banco central del Paraguay", "Paraguay's central bank", "BCP"} <= names
    # initials only for a bank named by its function: "BCE" is the ECB in Spanish
    spain = only_question(
        "Spain and Peru agree on a swap line",
        "Whether the Banco de España approves the swap line with Peru's central bank.",
    )
    assert "BCE" not in {n for e in spain.entities for n in e.names}
    leaning = observe(
        rupee,
        "El BCP se inclina por liquidar en rupias el comercio con India",
        "es",
        "Su presidente dijo que propondrá al directorio habilitar pagos en rupias.",
    )
    assert stages(leaning) == [("signaled", D)]


def test_a_firms_turkish_sector_word_is_dropped_for_its_own_name() -> None:
    airport = only_question(
        "Cabo Verde and Turkey sign an aviation deal",
        "Whether the government in Praia awards the airport concession to Doruk Havalimanları.",
    )
    assert "Doruk" in {n for e in airport.entities for n in e.names}


def test_the_parliaments_in_two_capitals_make_two_parties() -> None:
    treaty = only_question(
        "Senegal and Turkey sign an investment treaty",
        "Whether the Senegal–Turkey investment treaty is approved by the parliaments in Dakar "
        "and Ankara and enters into force.",
    )
    assert len(treaty.parties) == 2


def test_guinean_in_a_briefing_on_guinea_bissau_is_bissau_guinean() -> None:
    cashew = only_question(
        "Guinea-Bissau and Morocco open a market to Guinean cashew",
        "Whether Guinean cashew nuts reach Morocco, from a first cargo to regular volumes.",
    )
    assert "Guinea-Bissau" in {e.name for e in cashew.entities}
    assert "Guinea" not in {e.name for e in cashew.entities}


def test_turkish_ports_and_kiritimati_are_places_the_gazetteer_knows() -> None:
    assert [e.part_of for e in named_entries("a cargo unloaded in Mersin")] == ["Türkiye"]
    assert [e.part_of for e in named_entries("the fishing port on Kiritimati")] == ["Kiribati"]
    assert [e.part_of for e in named_entries("圣诞岛渔港")] == ["Kiribati"]


def test_a_fishing_port_named_only_in_chinese_is_the_ports_news() -> None:
    port = only_question(
        "Kiribati and China agree on a fishing port",
        "Whether the fishing port on Kiritimati moves from agreement to construction and use.",
    )
    found = observe(port, "圣诞岛渔港项目举行开工仪式", "zh", "打桩设备已进场施工。")
    assert stages(found) == [("construction", D)]


# --- stages -----------------------------------------------------------------------------------


def test_a_rumour_headline_opens_on_chuan_but_a_word_that_starts_with_it_does_not() -> None:
    port = only_question(
        "Kiribati and China agree on a fishing port",
        "Whether the fishing port on Kiritimati moves from agreement to construction and use.",
    )
    rumour = observe(port, "传圣诞岛渔港本月动工 当局未证实", "zh")
    assert stages(rumour) == [("construction", S)]
    assert stages(observe(port, "传统工艺：圣诞岛渔港项目开工", "zh")) == [("construction", D)]


def test_works_that_stop_stall_the_project() -> None:
    port = only_question(
        "Kiribati and China agree on a fishing port",
        "Whether the fishing port on Kiritimati moves from agreement to construction and use.",
    )
    assert stages(observe(port, "Kiritimati port work stops after court order", "en")) == [
        ("stalled", D)
    ]
    found = observe(
        port,
        "Court halts Kiritimati project",
        "en",
        "Construction of the Beijing-funded new fishing port on Kiritimati has stopped.",
    )
    assert stages(found) == [("stalled", D)]


AIRPORT = "Whether the government in Praia awards the airport concession to Doruk Havalimanları."


def test_a_preferred_bidder_or_exclusive_talks_signal_the_award_in_four_languages() -> None:
    airport = only_question("Cabo Verde and Turkey sign an aviation deal", AIRPORT)
    for title, lang in [
        ("Cabinet names Doruk preferred bidder for Praia airport concession", "en"),
        ("Conselho de Ministros aprovou o relatório e designou a Doruk como concorrente "
         "preferencial para a concessão do aeroporto da Praia", "pt"),
        ("Cabo Verde elige a Doruk como candidata preferente para la concesión del aeropuerto "
         "de Praia", "es"),
        ("佛得角政府确定多鲁克为普拉亚机场特许经营优先谈判对象", "zh"),
    ]:  # fmt: skip
        found = observe(airport, title, lang)
        assert stages(found) == [("signaled", D)], title


def test_a_concession_contract_signed_yesterday_is_the_award() -> None:
    airport = only_question("Cabo Verde and Turkey sign an aviation deal", AIRPORT)
    found = observe(
        airport,
        "Aeroporto da Praia entregue à Doruk",
        "pt",
        "O Governo assinou ontem o contrato de concessão do aeroporto da Praia com a Doruk.",
    )
    assert stages(found) == [("done", D)]


def test_a_day_between_a_verb_and_its_object_still_reads_the_act() -> None:
    treaty = only_question(
        "Uruguay and Vietnam sign an investment treaty",
        "Whether the Uruguay–Vietnam investment treaty is ratified by both parliaments and "
        "enters into force.",
    )
    found = observe(
        treaty, "El tratado de inversiones entre Uruguay y Vietnam entró este lunes en vigor", "es"
    )
    assert stages(found) == [("in-force", D)]
    found = observe(
        treaty,
        "Tratado de investimentos entre Uruguai e Vietnã entrou nesta segunda-feira em vigor",
        "pt",
    )
    assert stages(found) == [("in-force", D)]


def test_a_board_inclined_to_let_in_or_drafting_the_rules_has_signaled() -> None:
    visas = only_question(
        "Kiribati and China sign a tourism accord",
        "Whether Kiribati decides to let Chinese tourists enter without a visa.",
    )
    found = observe(
        visas,
        "Kiribati cabinet warms to visa-free entry for Chinese visitors",
        "en",
        "The minister said cabinet is inclined to allow Chinese visitors into Kiribati without "
        "a visa.",
    )
    assert stages(found) == [("signaled", D)]
    chinese = observe(visas, "基里巴斯宣布对中国公民免签入境", "zh")
    assert chinese and chinese[0].question_id == visas.id


def test_a_treaty_tabled_in_a_legislature_known_by_its_own_name() -> None:
    treaty = only_question(
        "Kiribati and China sign a legal assistance treaty",
        "Whether the China–Kiribati legal assistance treaty is ratified and enters into force.",
    )
    found = observe(
        treaty,
        "Legal assistance treaty with China tabled in Maneaba",
        "en",
        "The attorney general laid the treaty with China before the Maneaba ni Maungatabu.",
    )
    assert stages(found) == [("submitted", D)]


def test_a_lower_house_nod_with_the_senate_still_to_vote_is_no_ratification() -> None:
    eca = only_question(
        "Taiwan and Saint Lucia sign an economic cooperation agreement",
        "Whether the Taiwan–Saint Lucia economic cooperation agreement is approved by both "
        "legislatures.",
    )
    found = observe(
        eca,
        "Saint Lucia Senate to take up Taiwan pact after House nod",
        "en",
        "The Senate is scheduled to debate the agreement with Taiwan next week, after the House "
        "of Assembly approved a resolution backing it.",
    )
    assert [(o.stage, o.polarity) for o in found] == [("ratified-partial", PLAN)]


# --- pressure ---------------------------------------------------------------------------------

TUNA_BRIEFING = Briefing(
    title="Japan and Senegal open a fruit market as a tuna quarrel simmers",
    source="b",
    watch_items=(
        WatchItem("Whether Senegalese mangoes reach Japan, from a first cargo to volumes.", 1),
        WatchItem(
            "Whether Dakar steps up pressure on Tokyo over catches by Japanese tuna "
            "longliners in Senegalese waters.",
            2,
        ),
    ),
)


def _observed(briefing: Briefing, title: str, lang: str, lead: str = "") -> dict[str, str]:
    questions = build_watchlist(briefing).questions
    found = Judge(questions).observe(
        Entry(feed_url="http://127.0.0.1/f", key=title, title=title, summary=lead, language=lang)
    )
    return {o.question_id.rsplit("/", 1)[-1]: f"{o.stage}/{o.polarity.value}" for o in found}


def test_licences_withheld_or_handed_back_are_pressure() -> None:
    withheld = _observed(
        TUNA_BRIEFING,
        "Senegal recusa renovar licenças a 12 palangreiros japoneses",
        "pt",
        "O Ministério das Pescas do Senegal comunicou aos armadores japoneses que não renovará "
        "as licenças.",
    )
    assert [v for k, v in withheld.items() if "pressure" in k] == ["concrete/done"]
    back = _observed(
        TUNA_BRIEFING,
        "Senegal restores the licences of Japanese tuna longliners",
        "en",
        "Dakar reinstated the licences of twelve Japanese vessels after a deal on observers.",
    )
    assert [v for k, v in back.items() if "pressure" in k] == ["eased/done"]


def test_pressure_over_goods_of_its_own_is_not_a_siblings_goods_news() -> None:
    found = _observed(
        TUNA_BRIEFING,
        "Japão suspende importações de manga senegalesa",
        "pt",
        "O Ministério da Agricultura japonês suspendeu a entrada de manga do Senegal após "
        "detetar mosca-da-fruta.",
    )
    assert not any("pressure" in k for k in found)
    assert [v for k, v in found.items() if "mango" in k] == ["suspended/done"]
