"""Spanish and Portuguese futures differ from pasts only by an accent that folding removes:
"entrará en vigor" (will enter into force) must never read as done."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from watcher.judge import Judge
from watcher.ladders import LADDERS
from watcher.model import Entity, Entry, Polarity, Question

TREATY = Question(
    id="w/treaty",
    watchlist="w",
    text="Whether the legal aid treaty between Andorra and Nauru enters into force",
    kind="ratification",
    ladder=LADDERS["ratification"],
    baseline="signed",
    entities=(Entity("Andorra", ("andorrano",)), Entity("Nauru", ("nauruano",))),
    terms=("asistencia judicial", "assistência judicial", "legal aid"),
    since=date(2030, 1, 10),
)


def read(title: str) -> tuple[str | None, Polarity] | None:
    entry = Entry(
        "http://127.0.0.1/f", title[:20], title, published=datetime(2030, 3, 1, tzinfo=UTC)
    )
    found = Judge([TREATY]).observe(entry)
    return (found[0].stage, found[0].polarity) if found else None


@pytest.mark.parametrize(
    "title",
    [
        "El tratado de asistencia judicial entre Andorra y Nauru entrará en vigor en marzo",
        "O tratado de assistência judicial entre Andorra e Nauru entrará em vigor em março",
        "El Senado ratificará el tratado de asistencia judicial entre Andorra y Nauru",
    ],
)
def test_a_future_is_never_done(title: str) -> None:
    seen = read(title)
    assert seen is not None, "the entry bears on the question"
    assert seen[1] is not Polarity.DONE


@pytest.mark.parametrize(
    ("title", "stage"),
    [
        (
            "El tratado de asistencia judicial entre Andorra y Nauru entró en vigor este lunes",
            "in-force",
        ),
        (
            "O tratado de assistência judicial entre Andorra e Nauru entrou em vigor nesta segunda",
            "in-force",
        ),
    ],
)
def test_a_past_is_done(title: str, stage: str) -> None:
    assert read(title) == (stage, Polarity.DONE)
