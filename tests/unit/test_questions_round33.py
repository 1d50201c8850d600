"""Thirty-third to thirty-fifth-round rules for building a question from its watch item.

A treaty "approved by Colombia's Congress" asks for a ratification, though a court is named
beside it. An authority's answer to a request ("grants Uruguay's request to export beef") is a
decision, not the trade; a state lender's name ("Export-Import Bank of China") is no export.
State lenders go by their names in every language ("中国进出口银行", "JBIC"), and a body acting
on what a country owns ("guarantee Angola's bond") needs that country named: the same body's
guarantee for another country is another decision. A long form joined by "for" is one name
("Japan Bank for International Cooperation (JBIC)"). Every name of a firm, a body or a person
here is made up; the countries and the state lenders are real.
"""

from __future__ import annotations

from tests.unit.builders import observe, only_question, stages
from watcher.ladders import choose_kind
from watcher.model import Briefing, Polarity, Question
from watcher.naming import taught_aliases

D = Polarity.DONE


def test_a_treaty_approved_by_a_congress_and_a_court_is_a_ratification() -> None:
    item = (
        "Whether the Peru–Korea social security agreement is approved by Peru's Congress and "
        "Constitutional Court and by South Korea's National Assembly, and enters into force."
    )
    assert choose_kind(item) == "ratification"


def test_an_answer_to_a_request_to_export_is_a_decision() -> None:
    item = (
        "Whether Japan grants Paraguay's long-pending request to export pork to the Japanese "
        "market."
    )
    assert choose_kind(item) == "decision"


def test_a_state_lenders_name_is_no_export() -> None:
    item = (
        "Whether China agrees to Samoa's request to defer repayments on its Export-Import Bank "
        "of China loans."
    )
    assert choose_kind(item) == "decision"


def _guarantee() -> Question:
    return only_question(
        "Mozambique and Japan sign an investment pact",
        "Whether Japan's JBIC agrees to guarantee Mozambique's planned samurai bond.",
        entities=("Mozambique", "Japan"),
    )


def test_a_state_lender_is_found_by_its_chinese_name() -> None:
    found = observe(
        _guarantee(),
        "日本国际协力银行批准为莫桑比克武士债提供担保",
        "zh-Hans",
    )
    assert ("done", D) in stages(found)


def test_the_lenders_guarantee_for_the_country_is_the_decision() -> None:
    found = observe(
        _guarantee(),
        "JBIC approves guarantee for Mozambique's samurai bond",
        "en",
    )
    assert ("done", D) in stages(found)


def test_the_same_lenders_guarantee_for_another_country_is_another_decision() -> None:
    found = observe(
        _guarantee(),
        "JBIC approves guarantee for Ghana's samurai bond",
        "en",
        "Japan Bank for International Cooperation approved a guarantee for Ghana's ¥30 billion "
        "samurai bond, its second for an African borrower this year.",
    )
    assert ("done", D) not in stages(found)


def test_a_long_form_joined_by_for_is_one_name() -> None:
    briefing = Briefing(
        title="t",
        source="b",
        body="A guarantee from the Korea Agency for Export Credit (KAEC) is under review.",
    )
    assert "Korea Agency for Export Credit" in taught_aliases(briefing)["kaec"]
