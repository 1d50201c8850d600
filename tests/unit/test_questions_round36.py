"""Thirty-sixth and thirty-seventh-round rules for building a question from its watch item.

A capitalised run the item writes inside a country's longer name ("St Kitts" of "St Kitts and
Nevis") is a piece of that name, and a state's form alone ("the Federation's National
Assembly") names the state: neither is a matter of its own. A transition's council that
approves treaties is a legislature. A government letting others do something has a decision
to take, whatever trade it opens. A country whose people are one example of many ("Chinese
and other foreign traders"), or the alternative an item sets aside ("instead of covering it
from Dakar"), is not required. A district the item puts in a country ("Fiji's Nadroga
district") is one more of that country's names. Every name of a firm, a body or a person here
is made up; the countries are real.
"""

from __future__ import annotations

from tests.unit.builders import entity_names, only_question
from watcher.ladders import choose_kind


def test_a_run_inside_a_countrys_longer_name_is_no_name_of_its_own() -> None:
    q = only_question(
        "Taiwan and St Kitts and Nevis open a rice trade",
        "Whether Taiwanese rice exports to Antigua and Barbuda and St Kitts and Nevis grow "
        "from a first cargo to regular volumes.",
    )
    assert "St Kitts" not in entity_names(q)
    assert "Antigua" not in entity_names(q)
    assert {"Taiwan", "Saint Kitts and Nevis", "Antigua and Barbuda"} <= set(entity_names(q))


def test_a_states_form_written_for_it_is_no_name() -> None:
    q = only_question(
        "Taiwan and St Kitts and Nevis sign an air services pact",
        "Whether the Taiwan–St Kitts and Nevis air services agreement is approved by the "
        "Federation's National Assembly and enters into force.",
    )
    assert "Federation" not in entity_names(q)
    assert set(entity_names(q)) == {"Taiwan", "Saint Kitts and Nevis"}


def test_a_transition_council_that_approves_treaties_is_a_legislature() -> None:
    q = only_question(
        "Mali and Morocco sign an investment pact",
        "Whether the Mali–Morocco investment treaty is approved by Mali's National Transitional "
        "Council and ratified by Morocco, and enters into force.",
    )
    assert set(entity_names(q)) == {"Mali", "Morocco"}
    assert {p.name for p in q.parties} == {"Mali", "Morocco"}


def test_a_government_letting_others_trade_has_a_decision_to_take() -> None:
    item = (
        "Whether Benin's government lets Chinese and other foreign buyers purchase raw cotton "
        "directly from ginneries, as Beijing asked."
    )
    assert choose_kind(item) == "decision"


def test_a_country_whose_people_are_one_example_of_many_is_not_required() -> None:
    q = only_question(
        "Benin and China sign a trade pact",
        "Whether Benin's government lets Chinese and other foreign traders buy raw cotton "
        "directly from ginneries, as Beijing asked.",
    )
    assert entity_names(q) == ["Benin"]


def test_the_alternative_an_item_sets_aside_is_not_required() -> None:
    q = only_question(
        "Cabo Verde and Japan sign a fisheries pact",
        "Whether Japan decides to open a consulate in Praia instead of covering Cabo Verde "
        "from Dakar.",
    )
    assert "Senegal" not in entity_names(q)
    assert set(entity_names(q)) == {"Japan", "Cabo Verde"}


def test_a_district_the_item_puts_in_a_country_is_one_of_itsentity_names() -> None:
    q = only_question(
        "Fiji and China agree a solar farm",
        "Whether construction of the China-funded solar farm in Fiji's Nadroga district gets "
        "under way and the plant is brought into operation.",
    )
    fiji = next(e for e in q.entities if e.name == "Fiji")
    assert "Nadroga" in fiji.aliases
    assert "Nadroga district" in fiji.aliases
