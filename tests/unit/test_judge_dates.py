"""Dates a sentence names, read against the entry's own day: a step dated after the report is
still to come. Every name of a firm or a person here is made up; the countries are real."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.unit.builders import entry, only_question, stages
from watcher.judge import Judge
from watcher.judge.dates import names_later_date
from watcher.model import Polarity

PUBLISHED = date(2030, 5, 10)


@pytest.mark.parametrize(
    ("text", "later"),
    [
        ("the first container sails in june", True),
        ("colocara el 29 de mayo la piedra fundamental", True),
        ("o primeiro contentor pode sair em junho de 2030", True),
        ("首批货柜6月运抵", True),
        ("la proxima semana", True),
        ("下月", True),
        # past, or the same month without a later day
        ("the first container sailed in april", False),
        ("the works began in december", False),  # five months back is the nearer reading
        ("inauguro el 3 de mayo", False),
        ("exports in may", False),  # "may" alone is an English verb
        ("a march on parliament", False),
        ("o marco legal do setor", False),  # Portuguese "março" folds to "marco"
        ("em marco de 2031", True),
        # a month that opens a span now past
        ("310 millones de litros desde agosto", False),
        ("shipped 40 containers since june", False),
        ("自6月以来累计出口", False),
    ],
)
def test_names_later_date(text: str, later: bool) -> None:
    assert names_later_date(text, PUBLISHED) is later


def test_a_first_shipment_dated_after_the_report_is_still_to_come() -> None:
    cocoa = only_question(
        "São Tomé and Príncipe and China sign a cocoa protocol",
        "Whether São Tomé's cocoa beans actually reach China, first as a single container and "
        "then as steady tonnage.",
    )
    judge = Judge([cocoa])
    title = "First container of São Tomé and Príncipe cocoa for China sails on 20 June"
    before = judge.observe(entry(title, published=datetime(2030, 6, 2, 9, tzinfo=UTC)))
    assert stages(before) == [("first-shipment", Polarity.INTENT)]
    after = judge.observe(entry(title, published=datetime(2030, 6, 21, 9, tzinfo=UTC)))
    assert stages(after) == [("first-shipment", Polarity.DONE)]
