"""Tenth-round rules: a known legislature an item names stands for its country; a currency is
no country and a sum no topic; the party that acts is the one before the verb (or after "by");
and lexicon classes in three languages: getting ready for a date, a shipment not expected yet,
a bill sent on to congress, "there was no suspension"."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, question
from watcher.model import Briefing, Entity, Polarity, WatchItem
from watcher.naming import named_entries
from watcher.questions import build_watchlist


def _only_question(title: str, item: str, **fields: object) -> object:
    briefing = Briefing(title=title, source="b", watch_items=(WatchItem(item, 1),), **fields)  # type: ignore[arg-type]
    [q] = build_watchlist(briefing).questions
    return q


def test_a_known_legislature_stands_for_its_country() -> None:
    q = _only_question(
        "Guatemala and Taiwan sign a bridge loan",
        "Can the US$90 million Taiwanese bridge loan clear Guatemala's Congress and start "
        "disbursing?",
    )
    assert {e.name for e in q.entities} == {"Guatemala", "Taiwan"}  # type: ignore[attr-defined]
    # The sum is how much, not what about; "clear" is the item's frame.
    assert not {"us", "million", "90", "clear"} & set(q.terms)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("a US$120 million loan", []),
        ("an HK$3 billion bond", []),
        ("the US and Guatemala", ["United States", "Guatemala"]),
        ("US troops", ["United States"]),
    ],
)
def test_capitals_before_a_dollar_sign_are_a_currency(text: str, names: list[str]) -> None:
    assert [e.name for e in named_entries(text)] == names


ANDORRA = Entity("Andorra", ("Andorran", "andorrano", "andorrana", "安道尔"))
NAURU = Entity("Nauru", ("Nauruan", "nauruano", "nauruana", "瑙鲁"))
FTA = question(
    "fta",
    "Whether the Andorra–Nauru free trade agreement is ratified by both and enters into force",
    "ratification",
    "signed",
    entities=(ANDORRA, NAURU),
    terms=("free trade agreement", "tratado de libre comercio", "TLC"),
    parties=(ANDORRA, NAURU),
)


@pytest.mark.parametrize(
    ("title", "party"),
    [
        # the subject acts; the other side only qualifies the object
        ("Andorran lawmakers ratify Nauru free trade agreement", "Andorra"),
        ("Nauruan lawmakers ratify Andorra free trade agreement", "Nauru"),
        # after the verb, an agent acts
        ("Free trade agreement with Andorra ratified by Nauru", "Nauru"),
        ("Tratado de libre comercio ratificado por Nauru; Andorra espera", "Nauru"),
    ],
)
def test_the_party_before_the_verb_acts(title: str, party: str) -> None:
    [o] = observe(FTA, title)
    assert (o.stage, o.party, o.polarity) == ("ratified-partial", party, Polarity.DONE)


LOAN = question(
    "loan",
    "Whether the Andorran loan for bridges clears Nauru's Congress",
    "ratification",
    "signed",
    entities=(NAURU, ANDORRA),
    terms=("préstamo", "crédito", "loan"),
)
SOYMEAL = question(
    "soymeal",
    "Whether Nauruan soybean meal starts shipping to Andorra",
    "market",
    "opened",
    entities=(NAURU, ANDORRA),
    terms=("harina de soya", "farelo de soja", "豆粕", "soybean meal"),
)
AVOCADO = question(
    "avocado",
    "Whether Nauruan avocados reach Andorra in steady volumes",
    "market",
    "first-shipment",
    entities=(NAURU, ANDORRA),
    terms=("aguacate", "abacate", "酪梨", "牛油果", "avocado"),
)


@pytest.mark.parametrize(
    ("q", "title", "language", "stage", "polarity"),
    [
        # a bill that would approve the loan, sent on to congress: a submission
        (
            LOAN,
            "Finanzas trasladó este martes al Congreso de Nauru la iniciativa de ley que aprueba "
            "el préstamo andorrano",
            "es",
            "submitted",
            Polarity.DONE,
        ),
        # getting ready for August: a plan
        (
            SOYMEAL,
            "Aceiteras nauruanas alistan para agosto el primer embarque de harina de soya a "
            "Andorra",
            "es",
            "first-shipment",
            Polarity.INTENT,
        ),
        (
            SOYMEAL,
            "O primeiro embarque de farelo de soja nauruano para Andorra não deverá acontecer "
            "antes do verão",
            "pt",
            "first-shipment",
            Polarity.INTENT,
        ),
    ],
)
def test_lexicon_classes(
    q: object, title: str, language: str, stage: str, polarity: Polarity
) -> None:
    observations = observe(q, title, language)  # type: ignore[arg-type]
    assert [(o.stage, o.polarity) for o in observations] == [(stage, polarity)]


def test_there_was_no_suspension() -> None:
    [o] = observe(AVOCADO, "安道尔检疫局澄清：瑙鲁酪梨并无暂停输入之事", "zh")
    assert o.polarity is not Polarity.DONE
    # Without the denial, the suspension is reported.
    [done] = observe(AVOCADO, "安道尔检疫局暂停瑙鲁酪梨输入", "zh")
    assert (done.stage, done.polarity) == ("suspended", Polarity.DONE)
