"""Sixtieth and sixty-first-round readings, and the questions they are read for.

Building questions: "decides to source" asks a decision; an example the item gives ("such as
the one planned at X") is not its matter; a listed name with an "of" and an "and" is a name of
its own, not the tail of the one before; an instrument's title ("Cooperation and Investment
Facilitation Agreement") names no agency; a short form found inside another listed name is
none; the firm a briefing says "would build" the facility answers for it; a party "on the
Chinese side" must act too; "open criticism" of someone is pressure. Names: Botswana and
Zimbabwe by their mainland Chinese names ("中博", "中津"), and a pair before "互免"; a
minister's "Hon." ends no sentence; an "acuerdo de comercio e inversiones" is an investment
pact; an "Exemption of Visas" is a visa waiver. Readings: a cabinet's "proposta de resolução"
sent on is submitted; a legislature's intake is; a duty rise drafted signals the decision
and one "decided not" rules it out, in a government's own press that names no country; a
supply agreement signed makes the decision, as does an instrument letting people in "sin
visa"; a quantity sold with its buyer between is volume; a report "of" a stoppage is hearsay,
as is a headline credited to "Sources:"; a Senate that approves the pact "com a Guiné-Bissau"
is the other side's; a committee's vote with the plenary's to come ratifies nothing; "完成《…
协定》生效所需的国内法律程序" is ratification. Every name of a firm, an outlet or a person here
is made up; the countries and their institutions are real.
"""

from __future__ import annotations

from tests.unit.builders import entity_names, entry, observe, only_question, questions_of, stages
from watcher.briefing import parse_briefing
from watcher.judge import Judge
from watcher.ladders import choose_kind
from watcher.model import Briefing, Polarity, Question, WatchItem
from watcher.questions import build_watchlist

D = Polarity.DONE


# --- building questions ---------------------------------------------------------------------


def test_deciding_to_source_from_a_plant_is_a_decision_not_the_plant() -> None:
    assert (
        choose_kind(
            "Whether Honduras's Ministry of Agriculture decides to source fertiliser for its "
            "smallholder programme from the Moroccan-built plant."
        )
        == "decision"
    )


def test_an_example_the_item_gives_is_not_what_is_decided() -> None:
    [_, decision] = questions_of(
        "Mozambique and Vietnam sign a tax treaty",
        "Whether the Vietnamese-financed rice mill planned at Xai-Xai moves from announcement "
        "to construction.",
        "Whether Mozambique's government decides to raise the import duty on milled rice to "
        "protect local mills such as the one planned at Xai-Xai.",
        entities=("Mozambique", "Vietnam", "Xai-Xai"),
    )
    assert entity_names(decision) == ["Mozambique"]


def test_a_listed_name_with_of_and_and_stands_on_its_own() -> None:
    briefing = parse_briefing(
        "# Brazil and Guinea-Bissau\n\nBody.\n\n## What to watch\n\n"
        "- Whether the investment agreement enters into force.\n\n"
        "- Entities: Brazil, National People's Assembly of Guinea-Bissau, Ministry of "
        "Agriculture and Livestock (Brazil), Ministry of Economy, Trade and Industry\n",
        "b.md",
    )
    assert "National People's Assembly of Guinea-Bissau" in briefing.entities
    assert "Ministry of Agriculture and Livestock (Brazil)" in briefing.entities
    assert "Ministry of Economy, Trade and Industry" in briefing.entities  # (still one name)


def test_an_instruments_title_names_no_agency_and_a_short_form_is_no_other_names() -> None:
    briefing = Briefing(
        title="Brazil and Angola sign a cooperation and investment facilitation agreement",
        source="b",
        entities=("Brazil", "Angola", "Brazilian Cooperation Agency", "Huayuan Water Works"),
        body="The Cooperation Agency will fund training. Huayuan Water Works, a Chinese "
        "contractor, would build a water treatment plant at Kifangondo.",
        watch_items=(
            WatchItem(
                "Whether the Brazil–Angola Cooperation and Investment Facilitation Agreement is "
                "approved by Brazil's National Congress and by Angola's National Assembly and "
                "enters into force.",
                1,
            ),
        ),
    )
    [q] = build_watchlist(briefing).questions
    assert entity_names(q) == ["Brazil", "Angola"]


def test_the_firm_the_briefing_says_would_build_the_plant_answers_for_it() -> None:
    briefing = Briefing(
        title="China and Malawi sign a water deal",
        source="b",
        entities=("Malawi", "China", "Lilongwe Water Board", "Huayuan Water Engineering"),
        body="A Chinese contractor, Huayuan Water Engineering, would build a water treatment "
        "plant at Mponela, north of the capital.",
        watch_items=(
            WatchItem(
                "Whether the Chinese-financed Mponela water treatment plant moves from a signed "
                "framework deal to financing, construction and operation.",
                1,
            ),
        ),
    )
    [q] = build_watchlist(briefing).questions
    names = {n for e in q.entities for n in e.names}
    assert "Mponela" in names and "Huayuan Water Engineering" in names
    assert "Water" not in names  # "Water" of another listed name is no short form


def test_a_party_on_the_chinese_side_must_act_too() -> None:
    q = only_question(
        "China and Namibia sign a visa deal",
        "Whether the China–Namibia mutual visa exemption agreement is approved by Namibia's "
        "National Assembly, cleared on the Chinese side and enters into force.",
    )
    assert [p.name for p in q.parties] == ["China", "Namibia"] or {p.name for p in q.parties} == {
        "China",
        "Namibia",
    }


def test_criticism_or_steps_against_a_country_is_pressure_by_the_one_that_takes_them() -> None:
    q = only_question(
        "China and Zambia sign a power deal",
        "Whether the European Union turns its unease over the Mabeta coal plant into open "
        "criticism or concrete steps against Zambia, such as freezing budget support.",
        body="A Chinese contractor is to build the Mabeta coal plant, which Brussels dislikes.",
    )
    assert entity_names(q)[0] == "European Union"
    assert "Mabeta" not in entity_names(q)


# --- names ----------------------------------------------------------------------------------


def _visa_treaty() -> Question:
    return only_question(
        "China and Botswana sign a visa agreement",
        "Whether the China–Botswana mutual visa exemption agreement is approved by Botswana's "
        "National Assembly and by China and enters into force.",
    )


def test_botswanas_mainland_name_and_a_pair_before_mutual_exemption() -> None:
    [o] = observe(
        _visa_treaty(),
        "中方完成中博互免签证协定国内程序",
        "zh-Hans",
        "外交部发言人说，中方已完成《中博互免持普通护照人员签证协定》生效所需的国内法律程序，并已照会博方。",
    )
    assert (o.stage, o.polarity, o.party) == ("ratified-partial", D, "China")


def test_a_ministers_style_ends_no_sentence_and_exemption_of_visas_is_the_waiver() -> None:
    found = observe(
        _visa_treaty(),
        "Minister tables visa agreement",
        "en",
        "The Minister of International Relations, Hon. Tebogo Kgosi, today laid before the "
        "National Assembly the Agreement between the Republic of Botswana and the People's "
        "Republic of China on the Mutual Exemption of Visas for Holders of Ordinary Passports.",
    )
    assert [(o.stage, o.polarity, o.score >= 0.9) for o in found] == [("submitted", D, True)]


def test_a_trade_and_investment_agreement_in_spanish_is_the_investment_pact() -> None:
    q = only_question(
        "Ecuador and Jordan sign a trade and investment agreement",
        "Whether the Ecuador–Jordan Trade and Investment Agreement is approved by Ecuador's "
        "National Assembly and Jordan's parliament and enters into force.",
    )
    [o] = observe(
        q,
        "La Asamblea aprueba el acuerdo de comercio e inversiones con Jordania",
        "es",
        "Con 101 votos, el pleno aprobó el acuerdo de comercio e inversiones con Jordania.",
    )
    assert (o.stage, o.polarity, o.party) == ("ratified-partial", D, "Ecuador")


# --- readings -------------------------------------------------------------------------------


def _tax_treaty() -> Question:
    return only_question(
        "Mozambique and Vietnam sign a tax treaty",
        "Whether the Mozambique–Vietnam double taxation agreement is approved by the Assembleia "
        "da República, ratified by Vietnam and brought into force.",
    )


def test_a_cabinets_bill_sent_on_to_the_assembly_is_submitted() -> None:
    found = observe(
        _tax_treaty(),
        "Executivo remete acordo fiscal com o Vietname",
        "pt",
        "O Conselho de Ministros aprovou a proposta de resolução que ratifica o Acordo entre "
        "Moçambique e o Vietname para Evitar a Dupla Tributação e submeteu-a à Assembleia da "
        "República.",
    )
    assert ("submitted", D) in stages(found)


def test_a_legislatures_intake_is_the_treaty_submitted() -> None:
    q = only_question(
        "Ecuador and Jordan sign an investment treaty",
        "Whether the Ecuador–Jordan investment agreement is approved by Ecuador's National "
        "Assembly and Jordan's parliament and enters into force.",
    )
    found = observe(
        q,
        "El CAL tramita el acuerdo con Jordania",
        "es",
        "El Consejo de Administración Legislativa recibió del Ejecutivo el acuerdo de "
        "inversiones entre Ecuador y Jordania y lo remitió a la Comisión de Relaciones "
        "Internacionales.",
    )
    assert ("submitted", D) in stages(found)


def _rice_duty() -> Question:
    return only_question(
        "Mozambique and Vietnam sign a tax treaty",
        "Whether Mozambique's government decides to raise the import duty on milled rice.",
    )


def test_a_governments_own_press_drafting_a_duty_rise_signals_it() -> None:
    found = observe(
        _rice_duty(),
        "Executivo admite rever taxas",
        "pt",
        "O ministro da Economia disse no Parlamento que o Governo está a preparar uma proposta "
        "para aumentar o direito aduaneiro sobre o arroz importado.",
    )
    assert ("signaled", D) in stages(found)


def test_a_duty_rise_decided_against_is_ruled_out_not_done() -> None:
    for title, lang in (
        ("Governo decidiu não aumentar o direito aduaneiro sobre o arroz importado", "pt"),
        ("Governo afasta subida do direito aduaneiro sobre o arroz importado", "pt"),
    ):
        assert stages(observe(_rice_duty(), title, lang)) == [("ruled-out", D)], title


def test_a_supply_agreement_signed_makes_the_decision_to_source() -> None:
    q = only_question(
        "Honduras and Morocco sign an investment agreement",
        "Whether Honduras's Ministry of Agriculture decides to source fertiliser for its "
        "smallholder programme from the Moroccan-built plant at Choloma.",
    )
    found = observe(
        q,
        "Agricultura firma convenio para abastecer su programa desde Choloma",
        "es",
        "El Ministerio de Agricultura de Honduras suscribió con Atlas Norte el convenio para "
        "abastecer de fertilizante su programa de pequeños productores desde la planta de "
        "Choloma.",
    )
    assert ("done", D) in stages(found)


def test_an_instrument_that_lets_them_in_without_a_visa_is_the_decision() -> None:
    q = only_question(
        "Ecuador and Jordan sign a tourism accord",
        "Whether Ecuador lifts its tourist visa requirement for Jordanian citizens.",
    )
    found = observe(
        q,
        "Acuerdo ministerial sobre visados",
        "es",
        "El Ministerio de Relaciones Exteriores de Ecuador dispone que los ciudadanos jordanos "
        "con pasaporte ordinario puedan ingresar al país sin visa por hasta 90 días.",
    )
    assert ("done", D) in stages(found)


def test_a_quantity_sold_with_its_buyer_between_is_volume() -> None:
    q = only_question(
        "Ecuador and Jordan open banana trade",
        "Whether Ecuadorian banana exports to Jordan get under way, from a first shipment to "
        "regular volumes.",
    )
    found = observe(
        q,
        "Jordania ya compra 900.000 cajas de banano ecuatoriano",
        "es",
    )
    assert ("volumes-reported", D) in stages(found)


def _water_plant() -> Question:
    return only_question(
        "China and Malawi sign a water deal",
        "Whether the Chinese-financed Mponela water treatment plant moves from a signed "
        "framework deal to financing, construction and operation.",
    )


def test_a_report_of_a_stoppage_and_a_sourced_headline_are_hearsay() -> None:
    found = observe(
        _water_plant(),
        "承建方：姆波内拉水厂项目施工正常",
        "zh-Hans",
        "针对当地媒体有关姆波内拉 mponela 水厂工地停工的报道，承建方表示，项目施工正常。",
    )
    assert ("stalled", D) not in stages(found)
    sourced = observe(_water_plant(), "Sources: Chinese lender slows Mponela plant payouts", "en")
    assert ("stalled", D) not in stages(sourced)


def _acfi() -> Question:
    return only_question(
        "Brazil and Guinea-Bissau sign an investment agreement",
        "Whether the Brazil–Guinea-Bissau investment facilitation agreement is approved by "
        "Brazil's National Congress and by Guinea-Bissau's National People's Assembly and "
        "enters into force.",
    )


def test_a_senate_approving_the_pact_with_the_other_state_is_its_own_states() -> None:
    found = observe(
        _acfi(),
        "Senado aprova acordo de investimentos com a Guiné-Bissau",
        "pt",
        "O plenário do Senado aprovou nesta terça-feira o acordo de facilitação de investimentos "
        "entre Brasil e Guiné-Bissau.",
    )
    assert [(o.stage, o.polarity, o.party) for o in found] == [("ratified-partial", D, "Brazil")]


def test_a_committee_vote_with_the_plenary_to_come_ratifies_nothing() -> None:
    found = observe(
        _acfi(),
        "Comissão aprova acordo com a Guiné-Bissau",
        "pt",
        "A Comissão de Relações Exteriores do Senado aprovou o acordo de investimentos com a "
        "Guiné-Bissau, que ainda precisa ser votado em plenário.",
    )
    assert ("ratified-partial", D) not in stages(found)


def test_a_judge_reads_zimbabwe_by_its_mainland_pair() -> None:
    q = only_question(
        "China and Zimbabwe sign an investment treaty",
        "Whether the China–Zimbabwe investment treaty is ratified by both countries and enters "
        "into force.",
    )
    assert Judge([q]).observe(entry("中津投资协定正式生效", language="zh-Hans"))
