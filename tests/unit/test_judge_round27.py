"""Twenty-seventh and twenty-eighth-round rules: a decision item's own name for what is decided
("block ZX-4") answers its stage words; Chinese pair abbreviations ("台帛", "中斯"); British and
American spellings ("labour", "labor"); "join the list of countries" is no membership; a
decision made by listing; a preferred supplier is no award; a regulation taking effect "即日"
is no treaty in force; a first debate or vote is no ratification; a hope is no report; a firm
order is a purchase decided. Every name of a firm, a body or a person here is made up; the
countries are real."""

from __future__ import annotations

from tests.unit.builders import observe, only_question, stages
from watcher.model import Polarity

D, PLAN, S = Polarity.DONE, Polarity.INTENT, Polarity.SPECULATIVE


# --- what a decision is about ---------------------------------------------------------------


def test_a_decision_items_own_name_for_its_object_answers_its_stage_words() -> None:
    block = only_question(
        "Angola and Vietnam sign an investment pact",
        "Whether Luanda formally awards onshore block ZX-4 to Vietnam's Kestrel Energy, or "
        "shelves the bid.",
    )
    decree = observe(
        block,
        "Decreto presidencial atribui bloco ZX-4 à vietnamita Kestrel Energy",
        "pt",
        "O Presidente da República aprovou por decreto a concessão do bloco terrestre ZX-4 à "
        "Kestrel Energy, que será operadora com 80%.",
    )
    assert (("done", D)) in stages(decree)
    awarded = observe(
        block,
        "Angola adjudica oficialmente el bloque ZX-4 a la vietnamita Kestrel Energy",
        "es",
    )
    assert stages(awarded) == [("done", D)]
    # the stage words still keep another decision out: the firm's own loan approved
    loan = observe(
        block,
        "Kestrel Energy board approves a loan for its Hanoi headquarters",
        "en",
        "The board approved the loan on Tuesday.",
    )
    assert ("done", D) not in stages(loan)


def test_a_preferred_supplier_or_partner_is_a_signal_not_the_award() -> None:
    jets = only_question(
        "Brazil and Egypt sign an investment pact",
        "Whether Egypt's state carrier Nilotica picks Brazil's Cerrojet regional jets to renew "
        "its fleet.",
    )
    chosen = observe(
        jets,
        "Diretoria da Nilotica escolhe Cerrojet como fornecedora preferencial de jatos",
        "pt",
        "O conselho da egípcia Nilotica aprovou a brasileira Cerrojet como fornecedora "
        "preferencial na concorrência por até 15 jatos regionais.",
    )
    assert ("done", D) not in stages(chosen)
    assert ("signaled", D) in stages(chosen)


def test_a_decision_made_by_listing_is_done() -> None:
    workers = only_question(
        "Taiwan and Tuvalu sign a patrol pact",
        "Taipei's labour ministry has yet to say whether Tuvalu will join the list of countries "
        "allowed to send migrant workers to Taiwan.",
    )
    added = observe(
        workers,
        "Taiwan opens door to Tuvaluan fishing crews in labor rule change",
        "en",
        "Taiwan has formally added Tuvalu to the list of countries that may send migrant "
        "workers, the labor ministry announced.",
    )
    assert ("done", D) in stages(added)


# --- names ------------------------------------------------------------------------------------


def test_join_the_list_of_countries_is_no_membership_and_labour_hears_labor() -> None:
    workers = only_question(
        "Taiwan and Tuvalu sign a patrol pact",
        "Taipei's labour ministry has yet to say whether Tuvalu will join the list of countries "
        "allowed to send migrant workers to Taiwan.",
    )
    found = observe(
        workers,
        "Labor ministry: no timetable for letting Tuvaluan workers into Taiwan",
        "en",
        "Taiwan's labor ministry said it has no timetable for adding Tuvalu to the countries "
        "allowed to send migrant workers.",
    )
    assert found, "the entry bears on the question"
    assert ("done", D) not in stages(found)


def test_a_chinese_pair_abbreviation_names_both_countries() -> None:
    pact = only_question(
        "Taiwan and Palau sign a fisheries pact",
        "Whether the Taiwan–Palau fisheries cooperation agreement clears the Legislative Yuan.",
    )
    committee = observe(
        pact,
        "台帛渔业合作协定 立院委员会审查完竣",
        "zh-Hant",
        "立法院外交及国防委员会9日审查「渔业合作协定」，决议审查完竣，尚待院会表决。",
    )
    assert committee, "台帛 names Taiwan and Palau"
    assert ("ratified-partial", D) not in stages(committee)
    # two initials side by side that are no pair: "会议中安排" is no China and Angola
    angola = only_question(
        "China and Angola sign a trade pact",
        "Whether the China–Angola trade agreement clears Angola's National Assembly.",
    )
    assert observe(angola, "会议中安排了贸易议题", "zh-Hans", "与会者讨论了协定。") == []


# --- stages -----------------------------------------------------------------------------------


def test_a_regulation_taking_effect_is_no_treaty_in_force() -> None:
    pact = only_question(
        "Taiwan and Tuvalu sign a patrol pact",
        "Whether the Taiwan–Tuvalu maritime patrol and fisheries agreement is ratified and "
        "takes effect.",
    )
    rule = observe(
        pact,
        "劳动部公告 吐瓦鲁纳入外籍渔工来源国",
        "zh-Hant",
        "劳动部27日公告修正相关规定，将吐瓦鲁纳入来源国，首波开放台湾远洋渔船渔工，即日生效。",
    )
    assert ("in-force", D) not in stages(rule)
    treaty = observe(
        pact,
        "台吐海巡渔业合作协定正式生效",
        "zh-Hant",
        "台湾与吐瓦鲁完成换文，协定即日生效。",
    )
    assert ("in-force", D) in stages(treaty)


def test_a_first_debate_or_vote_is_no_ratification() -> None:
    pact = only_question(
        "Costa Rica and South Korea sign a digital pact",
        "How far the Costa Rica–Korea digital economy agreement gets through the Legislative "
        "Assembly and the National Assembly, up to its entry into force.",
    )
    first = observe(
        pact,
        "Acuerdo digital con Corea pasa el primer debate",
        "es",
        "El plenario legislativo aprobó en primer debate el acuerdo de economía digital con "
        "Corea del Sur, que irá en consulta a la Sala Constitucional.",
    )
    assert not any(stage and stage.startswith("ratified") for stage, _ in stages(first))
    vote = observe(
        only_question(
            "Brazil and Egypt sign an investment pact",
            "Whether the Brazil–Egypt investment agreement clears Brazil's Congress.",
        ),
        "Câmara aprova em primeira votação acordo de investimentos com o Egito",
        "pt",
    )
    assert not any(stage and stage.startswith("ratified") for stage, _ in stages(vote))


def test_a_hope_is_no_report() -> None:
    fruit = only_question(
        "Costa Rica and South Korea sign a digital pact",
        "Whether Costa Rican dragon fruit keeps reaching South Korea, and whether Seoul keeps "
        "the door open.",
    )
    found = observe(
        fruit,
        "Dragon fruit growers hope Korea lifts ban by early 2027",
        "en",
        "Costa Rican exporters sent Seoul a corrective action plan.",
    )
    assert not any(p is D for _, p in stages(found))


def test_a_firm_order_is_the_purchase_decided() -> None:
    jets = only_question(
        "Brazil and Egypt sign an investment pact",
        "Whether Egypt's state carrier Nilotica picks Brazil's Cerrojet regional jets to renew "
        "its fleet.",
    )
    order = observe(
        jets,
        "Nilotica signs firm order for 12 Cerrojet regional jets",
        "en",
        "Egypt's Nilotica has signed a firm order for 12 regional jets from Brazil's Cerrojet.",
    )
    assert ("done", D) in stages(order)
    talks = observe(
        jets,
        "Nilotica nears a firm order for Cerrojet jets",
        "en",
        "Egypt's Nilotica expects to sign a firm order with Brazil's Cerrojet next month.",
    )
    assert ("done", D) not in stages(talks)


def test_a_free_zone_is_no_france_and_cartago_is_in_costa_rica() -> None:
    plant = only_question(
        "Costa Rica and South Korea sign a digital pact",
        "Progress on Hanbit Chips' planned packaging plant in Cartago: permits, groundbreaking "
        "and construction.",
        entities=("Hanbit Chips",),
    )
    found = observe(
        plant,
        "Hanbit Chips obtiene viabilidad ambiental y régimen de zona franca para su planta en "
        "Cartago",
        "es",
    )
    assert ("preparing", D) in stages(found)


def test_ending_a_ban_is_a_decision_and_a_firm_intention_its_signal() -> None:
    from watcher.ladders import choose_kind

    assert (
        choose_kind("Whether Colombo ends its freeze on port calls by foreign research vessels.")
        == "decision"
    )
    reserves = only_question(
        "Nicaragua and China sign an investment treaty",
        "Does the Banco Central de Nicaragua commit to holding renminbi in its reserves, or drop "
        "the idea?",
    )
    found = observe(
        reserves,
        "El Banco Central de Nicaragua y el yuan",
        "es",
        "Su presidente dijo que la institución tiene «la intención firme» de mantener una parte "
        "de las reservas en renminbi.",
    )
    assert ("signaled", D) in stages(found)


def test_pressure_from_a_country_on_another_pulled_away_from_a_third() -> None:
    pressure = only_question(
        "Taiwan and Tuvalu sign a patrol pact",
        "Any escalation from Beijing, in words or in concrete measures, aimed at pulling Tuvalu "
        "away from Taipei.",
    )
    assert [e.name for e in pressure.entities] == ["China", "Tuvalu"]
    assert "Taiwan" in [e.name for e in pressure.context]
    stopped = observe(
        pressure,
        "渔业主管部门通知远洋渔企暂停购买图瓦卢入渔许可",
        "zh-Hans",
        "中国渔业主管部门通知远洋渔业企业，即日起暂停向图瓦卢购买新的入渔许可。",
    )
    assert ("concrete", D) in stages(stopped)
    told = observe(
        pressure,
        "Tuvalu decries China's halt to fishing licence purchases",
        "en",
        "Chinese fishing companies were told to stop buying licences to fish in Tuvaluan waters.",
    )
    assert ("concrete", D) in stages(told)


def test_a_contract_awaiting_its_decree_is_no_award_and_a_choice_made_is_a_signal() -> None:
    block = only_question(
        "Angola and Vietnam sign an investment pact",
        "Whether Luanda formally awards onshore block ZX-4 to Vietnam's Kestrel Energy, or "
        "shelves the bid.",
    )
    initialled = observe(
        block,
        "Agência e Kestrel Energy rubricam contrato do bloco ZX-4; decreto ainda por publicar",
        "pt",
        "A agência angolana de concessões e a vietnamita Kestrel Energy rubricaram o contrato "
        "do bloco ZX-4, que só produzirá efeitos depois de aprovado por decreto presidencial.",
    )
    assert ("done", D) not in stages(initialled)
    chosen = observe(
        block,
        "Ministro diz que escolha da Kestrel para o ZX-4 está feita, falta o decreto",
        "pt",
        "O ministro angolano afirmou que o Executivo optou pela proposta da vietnamita Kestrel "
        "Energy para o bloco ZX-4.",
    )
    assert ("signaled", D) in stages(chosen)


def test_land_ceded_and_engineering_hired_prepare_a_plant() -> None:
    plant = only_question(
        "Brazil and Egypt sign an investment pact",
        "Whether Brazil's Planalto Fertilizantes moves its urea plant in Ain Sokhna from "
        "memorandum to construction.",
        entities=("Planalto Fertilizantes",),
    )
    found = observe(
        plant,
        "Planalto Fertilizantes assina cessão de terreno em Ain Sokhna e contrata projeto de "
        "engenharia da fábrica de ureia",
        "pt",
    )
    assert ("preparing", D) in stages(found)


def test_glossary_words_seen_in_these_rounds_and_a_ban_lifted() -> None:
    ships = only_question(
        "Sri Lanka and China sign a free trade agreement",
        "Whether Colombo ends its freeze on port calls by foreign research vessels, as Beijing "
        "keeps asking.",
    )
    lifted = observe(
        ships,
        "Colombo levanta proibição de escalas de navios de investigação estrangeiros",
        "pt",
        "O Governo do Sri Lanka pôs fim à moratória sobre navios de investigação estrangeiros.",
    )
    assert ("done", D) in stages(lifted)
    grid = only_question(
        "Taiwan and Tuvalu sign a patrol pact",
        "Does the Taiwan-funded solar microgrid on Funafuti get past the pledge stage, or does "
        "it bog down?",
    )
    ground = observe(
        grid, "富纳富提太阳能微电网动土", "zh-Hant", "由台湾出资的吐瓦鲁太阳能微电网15日动土。"
    )
    assert ("construction", D) in stages(ground)
    fta = only_question(
        "Sri Lanka and China sign a free trade agreement",
        "Progress of the Sri Lanka–China free trade agreement through Sri Lanka's Parliament.",
    )
    tabled = observe(
        fta,
        "Acordo de comércio livre com a China chega ao Parlamento do Sri Lanka",
        "pt",
        "O acordo de comércio livre entre o Sri Lanka e a China foi apresentado ao Parlamento.",
    )
    assert ("submitted", D) in stages(tabled)
