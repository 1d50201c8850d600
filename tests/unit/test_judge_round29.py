"""Twenty-ninth and thirtieth-round readings.

Plans are no reports: what officials expect, what a minister estimates may leave, a stone to
be laid on a date, a treaty "once it takes effect", a vote with a third debate to come.
Studies and a cabinet's step are earlier stages: surveyors at work prepare the site, a
cabinet that sends the pact on has submitted it. A yes in principle (or a decider ready to
say yes) signals a decision; designating a bank or waiving a visa by decree decides it; a
request received decides nothing. A suspension lifted reopens a market; a first entry's
tonnage is the first shipment's size; works at a standstill have stalled; a claim frozen at
the WTO eases a pressure. The country that only owns the loan did not ratify
it. A central bank's and the Marshall Islands' Chinese names; a pressure over used cars is
not another trade's suspension; a ratification listens for its instrument (and for
approval, when its item speaks of it), not for decisions.
Every name of a firm, a body or a person here is made up; the countries are real."""

from __future__ import annotations

from tests.unit.builders import observe, only_question, stages
from watcher.model import Briefing, Polarity, WatchItem
from watcher.questions import build_watchlist

D, PLAN = Polarity.DONE, Polarity.INTENT


def test_what_officials_expect_is_no_first_shipment() -> None:
    cattle = only_question(
        "Timor-Leste and Indonesia open trade in live goats",
        "Whether Timorese live goats really start crossing into Indonesia under the new protocol.",
    )
    expected = observe(
        cattle,
        "Quarantine agency clears a Timorese holding yard",
        "en",
        "Officials expect the first consignment of live goats from Timor-Leste to cross into "
        "Indonesia at Wini some time in July.",
    )
    assert ("first-shipment", D) not in stages(expected)


def test_a_treaty_once_or_before_it_takes_effect_has_not() -> None:
    pact = only_question(
        "South Korea and the Dominican Republic sign a partnership agreement",
        "Whether the economic partnership agreement clears both legislatures and takes effect.",
    )
    once = observe(
        pact,
        "Exporters eye lower duties",
        "en",
        "Korean exporters expect Dominican duties to fall once the economic partnership "
        "agreement takes effect.",
    )
    assert ("in-force", D) not in stages(once)
    before = observe(
        pact,
        "Only a note swap remains",
        "en",
        "Seoul's lawmakers approved the economic partnership agreement with the Dominican "
        "Republic, leaving an exchange of notes before the pact takes effect.",
    )
    assert ("in-force", D) not in stages(before)


def test_a_yes_in_principle_or_a_decider_ready_to_say_yes_is_a_signal() -> None:
    post = only_question(
        "Timor-Leste and Indonesia sign a border treaty",
        "Whether Jakarta grants Dili's request for a formal border crossing at Naktuka.",
    )
    backed = observe(
        post,
        "Jakarta backs Naktuka crossing 'in principle'",
        "en",
        "Indonesia is ready in principle to open a border crossing with Timor-Leste at "
        "Naktuka, the foreign minister said, adding that a formal decision would come later.",
    )
    assert stages(backed) == [("signaled", D)]
    debt = only_question(
        "São Tomé and Príncipe and China sign an investment treaty",
        "Whether Beijing says yes to São Tomé's request to cancel part of what it owes China.",
    )
    willing = observe(
        debt,
        "Embaixador admite perdão de empréstimos a São Tomé",
        "pt",
        "O embaixador afirmou que a China está disposta a cancelar os empréstimos sem juros "
        "de São Tomé e Príncipe.",
    )
    assert stages(willing) == [("signaled", D)]


def test_designating_a_clearing_bank_decides_and_a_yes_in_principle_signals_it() -> None:
    briefing = Briefing(
        title="China and Papua New Guinea sign a trade pact",
        source="b",
        entities=("Bank of Papua New Guinea",),
        watch_items=(
            WatchItem(
                "Whether the Bank of Papua New Guinea settles on naming a renminbi clearing "
                "bank in Port Moresby.",
                1,
            ),
        ),
    )
    [bank] = build_watchlist(briefing).questions
    named = observe(
        bank,
        "Central bank picks a yuan clearing bank",
        "en",
        "The Bank of Papua New Guinea has designated the Port Moresby branch of China's "
        "Hengfeng Bank as the country's renminbi clearing bank.",
    )
    assert stages(named) == [("done", D)]
    agreed = observe(
        bank,
        "巴布亚新几内亚银行原则上同意设立人民币清算安排",
        "zh-Hans",
        "巴布亚新几内亚银行行长表示，央行已原则上同意在莫尔斯比港设立人民币清算安排。",
    )
    assert stages(agreed) == [("signaled", D)]


def test_a_suspension_lifted_reopens_the_market() -> None:
    goats = only_question(
        "Timor-Leste and Indonesia open trade in live goats",
        "Whether Timorese live goats really start crossing into Indonesia, and whether that "
        "trade holds up.",
    )
    lifted = observe(
        goats,
        "Jacarta levanta suspensão e volta a abrir a fronteira aos caprinos timorenses",
        "pt",
        "A Indonésia levantou hoje a suspensão das importações de caprinos vivos de Timor-Leste.",
    )
    assert stages(lifted) == [("opened", D)]


def test_a_first_entrys_tonnage_is_the_first_shipment() -> None:
    prawns = only_question(
        "China and Papua New Guinea sign a prawn protocol",
        "How far Papua New Guinea's frozen prawns reach Chinese buyers, from a first "
        "consignment to steady tonnages.",
    )
    first = observe(
        prawns,
        "巴布亚新几内亚冻虾运抵宁波",
        "zh-Hans",
        "一批重约18吨的巴布亚新几内亚冻虾在宁波完成通关，这是巴布亚新几内亚冻虾首次进入中国市场。",
    )
    assert stages(first) == [("first-shipment", D)]


def test_the_marshall_islands_short_chinese_name() -> None:
    tuna = only_question(
        "Taiwan and the Marshall Islands open trade in tuna",
        "Whether frozen tuna from the Marshall Islands reaches Taiwan in steady volumes.",
    )
    volumes = observe(
        tuna,
        "馬紹爾鮪魚進口已逾300公噸",
        "zh-Hant",
        "漁業署統計，台灣已進口馬紹爾冷凍鮪魚305公噸。",
    )
    assert stages(volumes) == [("volumes-reported", D)]


def test_pressure_over_used_cars_is_not_another_trades_suspension() -> None:
    briefing = Briefing(
        title="South Korea and the Dominican Republic sign a partnership agreement",
        source="b",
        watch_items=(
            WatchItem(
                "How fast Dominican papayas, newly cleared by Korean quarantine, turn into "
                "real trade.",
                1,
            ),
            WatchItem(
                "Whether Seoul moves to open pressure over the Dominican cap on used-car imports.",
                2,
            ),
        ),
    )
    papaya, cars = build_watchlist(briefing).questions
    assert cars.kind == "pressure"
    found = observe(
        [papaya, cars],
        "Corea suspende la entrada de papaya dominicana tras hallar larvas",
        "es",
        "Corea del Sur suspendió las importaciones de papaya de la República Dominicana tras "
        "detectar larvas en un contenedor.",
    )
    assert [o.question_id for o in found] == [papaya.id]


# --- plans, studies and the cabinet's step are not the stage ----------------------------------


def test_a_cabinet_sending_the_pact_on_has_submitted_it_not_ratified_it() -> None:
    pact = only_question(
        "Taiwan and the Marshall Islands sign a fisheries pact",
        "Will Taiwan's Legislative Yuan and the Nitijela both sign off on the fisheries "
        "agreement, and does it take effect?",
    )
    sent = observe(
        pact,
        "台馬漁業協定 行政院會通過 函送立法院審議",
        "zh-Hant",
        "行政院會今日通過《台馬漁業合作協定》，並將函請立法院審議。",
    )
    assert ("submitted", D) in stages(sent)
    assert not {s for s, _ in stages(sent)} & {"ratified-partial", "ratified-all"}


def test_surveyors_at_work_prepare_the_site_and_a_dated_stone_is_a_plan() -> None:
    port = only_question(
        "São Tomé and Príncipe and China sign a port deal",
        "How far the Chinese-built port at Praia Gamboa gets, from site surveys to quay works.",
        entities=("Praia Gamboa",),
    )
    surveys = observe(
        port,
        "Surveyors start work at the Praia Gamboa port site",
        "en",
        "A Chinese team began geotechnical surveys at Praia Gamboa on Monday.",
    )
    assert stages(surveys) == [("preparing", D)]
    plant = only_question(
        "Uruguay and India sign an investment treaty",
        "Keep an eye on Hemant Pharma's plant in the Zonamerica free zone: site works, "
        "construction and the day it starts producing.",
        entities=("Hemant Pharma", "Zonamerica"),
    )
    dated = observe(
        plant,
        "Hemant pondrá la piedra fundamental de su planta el 3 de octubre",
        "es",
        "La farmacéutica Hemant Pharma colocará el 3 de octubre la piedra fundamental de su "
        "planta en Zonamerica.",
    )
    assert ("construction", D) not in stages(dated)
    ground = observe(
        plant,
        "Hemant comenzó a preparar el terreno de su planta en Zonamerica",
        "es",
    )
    assert stages(ground) == [("preparing", D)]


def test_a_minister_who_estimates_a_first_container_may_leave_reports_none() -> None:
    cocoa = only_question(
        "São Tomé and Príncipe and China sign a cocoa protocol",
        "Whether São Tomé's cocoa beans actually reach China, first as a single container and "
        "then as steady tonnage.",
    )
    estimate = observe(
        cocoa,
        "Cacau para a China pode sair em julho",
        "pt",
        "A ministra estima que o primeiro contentor de cacau de São Tomé e Príncipe para a "
        "China possa sair em julho.",
    )
    assert ("first-shipment", D) not in stages(estimate)


def test_works_at_a_standstill_and_pressure_withdrawn() -> None:
    port = only_question(
        "São Tomé and Príncipe and China sign a port deal",
        "How far the Chinese-built port at Praia Gamboa gets, and whether the contractor "
        "downs tools.",
        entities=("Praia Gamboa",),
    )
    stopped = observe(port, "Obras do porto da Praia Gamboa paradas por falta de pagamento", "pt")
    assert stages(stopped) == [("stalled", D)]
    ships = only_question(
        "Taiwan and the Marshall Islands sign a fisheries pact",
        "How far Beijing goes in leaning on Majuro over the pact: sharper statements, or moves "
        "against the Marshall Islands ship registry.",
    )
    ended = observe(
        ships,
        "China encerra inspeção completa de navios das Ilhas Marshall",
        "pt",
        "A China revogou a circular que obrigava os navios das Ilhas Marshall a inspeção.",
    )
    assert stages(ended) == [("eased", D)]
    cars = only_question(
        "South Korea and the Dominican Republic sign a partnership agreement",
        "Whether Seoul moves to open pressure over the Dominican cap on used-car imports.",
    )
    frozen = observe(
        cars,
        "Corea congela su reclamo en la OMC contra República Dominicana por autos usados",
        "es",
    )
    assert stages(frozen) == [("eased", D)]


def test_a_visa_waived_by_decree_is_the_decision() -> None:
    visa = only_question(
        "Uruguay and India sign an investment treaty",
        "Whether Montevideo follows through and drops the business visa it demands of Indian "
        "nationals.",
    )
    waived = observe(
        visa,
        "Uruguay exonera de visa a los empresarios de la India",
        "es",
        "El Poder Ejecutivo publicó el decreto que exonera de visa a los ciudadanos de la "
        "India que viajen por negocios.",
    )
    assert stages(waived) == [("done", D)]
    willing = observe(
        visa,
        "Canciller: Uruguay eliminará la visa para empresarios de la India",
        "es",
        "El canciller dijo que el gobierno uruguayo está decidido a exonerar de visa a los "
        "ciudadanos de la India.",
    )
    assert stages(willing) == [("signaled", D)]


# --- who acted, and what a decision is about ---------------------------------------------------


def test_the_country_that_only_owns_the_loan_did_not_ratify_it() -> None:
    loan = only_question(
        "Timor-Leste and China sign a road loan",
        "Will the US$200 million Huaxin Bank loan for the Lospalos road get through "
        "Timor-Leste's National Parliament and Beijing's approval process and take effect?",
    )
    assert len(loan.parties) == 2
    found = observe(
        loan,
        "Parliament ratifies Chinese road loan, completing Timor-Leste's approval",
        "en",
    )
    assert [(o.stage, o.party) for o in found] == [("ratified-partial", "Timor-Leste")]


def test_a_vote_with_a_third_debate_to_come_is_a_step() -> None:
    pact = only_question(
        "Panama and South Korea sign a maritime agreement",
        "Whether the Panama–South Korea maritime agreement is approved by Panama's National "
        "Assembly and by South Korea's National Assembly and enters into force.",
    )
    second = observe(
        pact,
        "Pleno aprueba en segundo debate el acuerdo marítimo con Corea; el tercero, la próxima "
        "semana",
        "es",
    )
    assert stages(second) == [("ratified-partial", PLAN)]
    third = observe(
        pact, "Asamblea de Panamá aprueba en tercer debate el acuerdo marítimo con Corea", "es"
    )
    assert ("ratified-partial", D) in stages(third)


def test_a_request_received_is_no_licence_granted_nor_is_anothers_contract() -> None:
    licence = only_question(
        "São Tomé and Príncipe and Nigeria sign an energy agreement",
        "Does AGER, São Tomé's regulator, grant Lagoa Power the independent power producer "
        "licence the Neves plant needs?",
        entities=("Lagoa Power", "AGER"),
    )
    received = observe(
        licence,
        "AGER já tem em mãos o pedido de licença da Lagoa Power",
        "pt",
        "A AGER confirmou ter recebido o pedido de licença de produtor independente "
        "apresentado pela Lagoa Power.",
    )
    assert ("done", D) not in stages(received)
    contract = observe(
        licence,
        "Lagoa Power hires a builder for its São Tomé plant",
        "en",
        "Lagoa Power has awarded the construction contract for its 30 MW power station to a "
        "Chinese builder.",
    )
    assert ("done", D) not in stages(contract)
    granted = observe(
        licence,
        "AGER atribui à Lagoa Power a licença de produtor independente",
        "pt",
    )
    assert stages(granted) == [("done", D)]


def test_a_ratification_listens_for_its_instrument_and_approval_not_for_decisions() -> None:
    pact = only_question(
        "Panama and South Korea sign a maritime agreement",
        "Whether the maritime and logistics cooperation agreement is approved by both "
        "legislatures and enters into force.",
    )
    assert {"marítimo", "logística", "物流", "approved", "aprobó", "aprovou"} <= set(pact.terms)
    assert not {"decision", "decided", "authorised", "决定"} & set(pact.terms)
    # an item that never speaks of approval does not listen for it: "the Chamber approves the
    # defence agreement with Indonesia" is another agreement
    acfi = only_question(
        "Brazil and Indonesia sign an investment agreement",
        "The Brazil–Indonesia investment cooperation and facilitation agreement still has to "
        "clear Brazil's Congress and Indonesia's ratification before it can take effect.",
    )
    assert not {"approved", "aprova", "aprovou"} & set(acfi.terms)
