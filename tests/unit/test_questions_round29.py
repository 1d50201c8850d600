"""Twenty-ninth and thirtieth-round rules for building a question from its watch item: which
names are the matter and which are only where it happens or who acts.

A word of a country's name inside a bank's name does not make a country's item the bank's;
"PNG", the Nitijela and Indonesia's DPR are known; a region of a partner country is that
country's in a market item; a facility named by one word the briefing also uses is the
matter, and so is the firm the briefing says builds it; "how fast the deal is approved"
reports nothing; another kind's act words and "clearing the way" are no topic; "says yes to
a request" asks for a decision. Every name of a firm, a body, a person or a small place here
is made up; the countries are real."""

from __future__ import annotations

from tests.unit.builders import observe, only_question, stages
from watcher.model import Briefing, Polarity, WatchItem
from watcher.questions import build_watchlist

D = Polarity.DONE


def entity_names(question: object) -> list[str]:
    return [e.name for e in question.entities]  # type: ignore[attr-defined]


def test_a_word_of_a_countrys_name_in_a_banks_name_does_not_make_the_item_the_banks() -> None:
    pact = only_question(
        "China and Papua New Guinea sign a fisheries pact",
        "Whether Papua New Guinea's National Parliament and Beijing both complete approval of "
        "the fisheries cooperation agreement.",
        entities=("China", "Papua New Guinea", "Bank of Papua New Guinea"),
    )
    assert entity_names(pact) == ["Papua New Guinea", "China"]
    assert [p.name for p in pact.parties] == ["Papua New Guinea", "China"]


def test_png_names_papua_new_guinea() -> None:
    vanilla = only_question(
        "China and Papua New Guinea sign a vanilla protocol",
        "How far PNG vanilla pods actually reach Chinese buyers under the new protocol.",
    )
    assert sorted(entity_names(vanilla)) == ["China", "Papua New Guinea"]


def test_the_nitijela_is_the_marshall_islands_legislature_not_the_matter() -> None:
    pact = only_question(
        "Taiwan and the Marshall Islands sign a fisheries pact",
        "Will Taiwan's Legislative Yuan and the Nitijela both sign off on the fisheries agreement?",
    )
    assert sorted(entity_names(pact)) == ["Marshall Islands", "Taiwan"]
    assert not pact.context


def test_a_treaty_clearing_two_possessed_legislatures_has_two_parties() -> None:
    treaty = only_question(
        "Timor-Leste and Indonesia sign a maritime treaty",
        "How quickly the maritime treaty clears Timor-Leste's National Parliament and "
        "Indonesia's DPR, and when it takes effect.",
    )
    assert sorted(p.name for p in treaty.parties) == ["Indonesia", "Timor-Leste"]
    ratified = observe(
        treaty,
        "Indonesia's DPR ratifies the maritime treaty with Timor-Leste",
        "en",
        "The House of Representatives in Jakarta approved the treaty in a plenary vote.",
    )
    assert ("ratified-partial", D) in stages(ratified)
    assert ("ratified-all", D) not in stages(ratified)


def test_a_partner_countrys_region_in_a_market_item_is_that_country() -> None:
    coffee = only_question(
        "Timor-Leste and Indonesia open trade in coffee",
        "Whether Timorese coffee really starts crossing into West Timor under the new protocol.",
    )
    assert sorted(entity_names(coffee)) == ["Indonesia", "Timor-Leste"]
    first = observe(
        coffee,
        "First Timorese coffee truck crosses into Indonesia",
        "en",
        "The first shipment of Timorese coffee crossed the border at Motaain on Monday.",
    )
    assert ("first-shipment", D) in stages(first)


def test_a_facility_named_by_one_word_the_briefing_uses_is_the_matter() -> None:
    briefing = Briefing(
        title="Taiwan and the Marshall Islands sign an energy pact",
        source="b",
        body="The ministers announced a wind-and-battery station at Ebwoj, to be financed by "
        "a Taiwanese fund and built by the Taiwanese firm Hsinmao Energy.",
        watch_items=(
            WatchItem(
                "The Ebwoj wind-and-battery station: look for the land lease, then crews on site.",
                1,
            ),
        ),
    )
    [station] = build_watchlist(briefing).questions
    assert entity_names(station) == ["Ebwoj"]
    # ... and the firm the briefing says builds it, which its news often names instead
    assert station.entities[0].names == ("Ebwoj", "Hsinmao Energy")
    assert sorted(e.name for e in station.context) == ["Marshall Islands", "Taiwan"]


def test_how_fast_a_deal_is_approved_reports_no_decision() -> None:
    briefing = Briefing(
        title="China and Papua New Guinea sign a trade pact",
        source="b",
        body="How fast the deal is approved and how the Bank of Papua New Guinea handles yuan "
        "settlement will show how deep the tie runs.",
        entities=("Bank of Papua New Guinea",),
        watch_items=(
            WatchItem(
                "Whether the Bank of Papua New Guinea settles on naming a yuan settlement bank.",
                1,
            ),
        ),
    )
    [bank] = build_watchlist(briefing).questions
    assert bank.kind == "decision"
    assert bank.baseline == "open"


def test_another_kinds_act_words_are_no_topic() -> None:
    visa = only_question(
        "Uruguay and India sign an investment treaty",
        "Whether Montevideo follows through and drops the business visa it currently demands "
        "of Indian nationals.",
    )
    assert visa.kind == "decision"
    assert "pressure" not in visa.terms
    pact = only_question(
        "China and Papua New Guinea sign a trade pact",
        "Whether Papua New Guinea's parliament and Beijing both complete approval of the "
        "free trade agreement, clearing the way for it to take effect.",
    )
    assert pact.kind == "ratification"
    assert "clearing" not in pact.terms
    assert "decision" not in pact.terms


def test_saying_yes_to_a_request_is_a_decision_on_debt() -> None:
    debt = only_question(
        "São Tomé and Príncipe and China sign an investment treaty",
        "Whether Beijing says yes to São Tomé's request to cancel or reschedule part of what "
        "it owes China.",
    )
    assert debt.kind == "decision"
    assert "debt" in debt.terms and "债务" in debt.terms
