"""Spanish and Portuguese futures differ from pasts only by an accent that folding removes:
"entrará en vigor" (will enter into force) must never read as done."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, question
from watcher.model import Entity, Polarity

TREATY = question(
    "treaty",
    "Whether the legal aid treaty between Andorra and Nauru enters into force",
    "ratification",
    "signed",
    entities=(Entity("Andorra", ("andorrano",)), Entity("Nauru", ("nauruano",))),
    terms=("asistencia judicial", "assistência judicial", "legal aid"),
)


def read(title: str) -> tuple[str | None, Polarity] | None:
    found = observe(TREATY, title)
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
