"""The feed's own country, as an operator set it (`watcher feeds add URL --country NAME`).

Outlets the briefing does not cite have no country the judge can derive, so English news
leaves its home country unknown. When the operator says which country a feed writes from, its
news may leave that country unsaid: "Senate passes the Borduria trade pact" in a Ruritanian
paper is Ruritania's act. The operator's word wins over the briefing's; a feed with no country
is read as before. (Ruritania, Borduria and Graustark are fictional.)
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.unit.builders import entry, question
from watcher.judge import Judge
from watcher.model import Entity, Entry, Observation, Polarity, Question

RURITANIA = Entity("Ruritania", ("Ruritanian",))
BORDURIA = Entity("Borduria", ("Bordurian",))
PACT = question(
    "pact",
    "Does the Ruritania–Borduria trade pact get through both parliaments and take effect?",
    "ratification",
    "signed",
    entities=(RURITANIA, BORDURIA),
    terms=("trade pact", "trade agreement"),
    parties=(RURITANIA, BORDURIA),
)
UNSAID = entry(
    "Senate passes the Borduria trade pact",
    "Senators voted 41 to 12 on Tuesday to ratify the trade pact with Borduria.",
    language="en",
    source="The Strelsau Courier",
)
NAMED = entry(
    "Ruritania's Senate passes the Borduria trade pact",
    "Ruritanian senators voted 41 to 12 on Tuesday to ratify the trade pact with Borduria.",
    language="en",
    source="The Strelsau Courier",
)


def read(q: Question, e: Entry, country: str | None) -> list[Observation]:
    """What a judge told of the feed's country observes in `e` from that feed."""
    judge = Judge([q], countries=[country] if country else [])
    return judge.observe(replace(e, country=country))


def acts(observations: list[Observation]) -> list[tuple[str | None, Polarity, str | None]]:
    return [(o.stage, o.polarity, o.party) for o in observations]


def test_the_feeds_country_may_go_unsaid_in_english() -> None:
    assert acts(read(PACT, UNSAID, "Ruritania")) == [
        ("ratified-partial", Polarity.DONE, "Ruritania")
    ]


def test_without_the_feeds_country_the_unsaid_one_is_not_assumed() -> None:
    assert read(PACT, UNSAID, None) == []


def test_a_feed_in_the_named_country_does_not_make_the_other_one_unsaid() -> None:
    # Borduria is named; the missing side is Ruritania, which this feed is not from.
    assert read(PACT, UNSAID, "Borduria") == []


@pytest.mark.parametrize("e", [UNSAID, NAMED], ids=["unsaid", "named"])
def test_a_feed_country_that_is_no_party_changes_nothing(e: Entry) -> None:
    assert read(PACT, e, "Graustark") == read(PACT, e, None)
    assert acts(read(PACT, NAMED, "Graustark")) == [
        ("ratified-partial", Polarity.DONE, "Ruritania")
    ]


# The briefing's sources place "The Strelsau Courier" in Borduria; the operator knows better.
PLACED = replace(PACT, outlet_countries=(("The Strelsau Courier", "Borduria"),))
PLACED_HOME = replace(PACT, outlet_countries=(("The Strelsau Courier", "Ruritania"),))


def test_the_feeds_country_wins_over_the_briefings_outlet_country() -> None:
    assert read(PLACED, UNSAID, None) == []
    assert acts(read(PLACED, UNSAID, "Ruritania")) == [
        ("ratified-partial", Polarity.DONE, "Ruritania")
    ]
    assert read(PLACED_HOME, UNSAID, "Graustark") == []


def test_a_feed_without_a_country_keeps_the_briefings_outlet_country() -> None:
    assert acts(read(PLACED_HOME, UNSAID, None)) == [
        ("ratified-partial", Polarity.DONE, "Ruritania")
    ]


def test_among_many_questions_only_the_feeds_countrys_bears() -> None:
    other = question(
        "other",
        "Does the Graustark–Borduria trade pact get through both parliaments?",
        "ratification",
        "signed",
        entities=(Entity("Graustark"), BORDURIA),
        terms=("trade pact",),
        parties=(Entity("Graustark"), BORDURIA),
    )
    judge = Judge([other, PACT], countries=["Ruritania", "Graustark"])
    found = judge.observe(replace(UNSAID, country="Ruritania"))
    assert [(o.question_id, o.party) for o in found] == [(PACT.id, "Ruritania")]


def test_an_entry_from_a_country_the_judge_was_not_told_of_is_refused() -> None:
    with pytest.raises(ValueError, match="Ruritania"):
        Judge([PACT]).observe(replace(UNSAID, country="Ruritania"))
