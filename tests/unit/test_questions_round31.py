"""Thirty-first and thirty-second-round rules for building a question from its watch item.

A participle after a number or a determiner qualifies a noun and reports no act: "nine
approved plants may ship beef" does not make a decision done at the briefing. A romanized name
may join its syllables with a hyphen ("Kai-Ming"): its first word still tells the firm. Every
name of a firm, a body or a person here is made up; the countries are real."""

from __future__ import annotations

from watcher.ladders import baseline_for
from watcher.model import Briefing, WatchItem
from watcher.naming import telling_word

ITEM = "Whether Brazil's Gecex imposes antidumping duties on canned tuna imported from Morocco."


def _briefing(body: str) -> Briefing:
    return Briefing(
        title="Brazil and Morocco sign an investment pact",
        source="b",
        body=body,
        watch_items=(WatchItem(ITEM, 1),),
    )


def test_approved_plants_are_no_decision_at_the_briefing() -> None:
    body = (
        "The two services agreed a sanitary certificate that lets nine approved Brazilian "
        "plants ship beef to Morocco, which has been importing more meat."
    )
    assert baseline_for("decision", ITEM, _briefing(body)) == "open"


def test_an_approval_told_as_an_act_still_counts() -> None:
    body = "Gecex approved antidumping duties on canned tuna imported from Morocco on Monday."
    assert baseline_for("decision", ITEM, _briefing(body)) == "done"


def test_a_hyphenated_romanized_name_has_a_telling_word() -> None:
    assert telling_word("Kai-Ming Textiles") == ("Kai-Ming", "Textiles")
