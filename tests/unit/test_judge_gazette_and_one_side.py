"""Entry into force by a done gazette publication, and one-sided submissions to a legislature."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe
from tests.unit.test_judge_signals import TREATY
from watcher.model import Polarity

D, NONE = Polarity.DONE, Polarity.NONE


def read(title: str, lang: str) -> tuple[str | None, Polarity, float]:
    observations = observe(TREATY, title, lang)
    assert len(observations) == 1, "the entry should bear on the question"
    obs = observations[0]
    return obs.stage, obs.polarity, obs.score


# A done publication that gives the date of entry into force (an exchange of instruments is a
# ratification, below).
GAZETTE_CASES = [
    (
        "en",
        "Andorra-Nauru legal aid treaty will enter into force on 4 April, under a decree "
        "published in the Official Gazette",
        "in-force",
        D,
    ),
    # Instruments exchanged with a later date are the last ratification step, not the entry
    # into force (blind-labelled sets agree; the pt and es lexicons read it so too). Which
    # party acted is read as for any ratification (both are named: the nearest is taken).
    (
        "en",
        "Andorra and Nauru exchanged the instruments of ratification of the legal aid treaty, "
        "which will enter into force on 9 May",
        "ratified-partial",
        D,
    ),
    (
        "es",
        "El tratado de asistencia judicial entre Andorra y Nauru entrará en vigor el 2 de junio, "
        "según el decreto publicado en el Boletín Oficial",
        "in-force",
        D,
    ),
    (
        "pt",
        "Decreto publicado no Diário Oficial fixa que o tratado de assistência judiciária entre "
        "Andorra e Nauru entra em vigor em 3 de julho",
        "in-force",
        D,
    ),
    # no done publication: the date alone is still a plan
    ("en", "Andorra-Nauru legal aid treaty will enter into force on 4 April", None, NONE),
    # a publication that says nothing of entry into force reports no entry into force
    (
        "en",
        "Andorra published the Nauru legal aid treaty in the Official Gazette",
        None,
        NONE,
    ),
    # a publication still to come is no done one
    (
        "en",
        "Andorra-Nauru legal aid treaty will enter into force after it is published in the "
        "Official Gazette",
        None,
        NONE,
    ),
    (
        "en",
        "Andorra-Nauru legal aid treaty to take effect upon the exchange of instruments of "
        "ratification",
        None,
        NONE,
    ),
    (
        "es",
        "Andorra: el tratado de asistencia judicial con Nauru regirá desde que sea publicado en "
        "el Boletín Oficial",
        None,
        NONE,
    ),
    (
        "pt",
        "Andorra e Nauru: o tratado de assistência judiciária vai entrar em vigor depois de ser "
        "publicado no Diário Oficial",
        None,
        NONE,
    ),
]


@pytest.mark.parametrize(("lang", "title", "stage", "polarity"), GAZETTE_CASES)
def test_a_done_gazette_publication_puts_the_treaty_in_force(
    lang: str, title: str, stage: str | None, polarity: Polarity
) -> None:
    got_stage, got_polarity, _ = read(title, lang)
    assert (got_stage, got_polarity) == (stage, polarity)


# One government sends the agreement to its own legislature: the other side is not named.
ONE_SIDE_CASES = [
    ("en", "Andorra's government sent the legal aid treaty to parliament", "submitted"),
    (
        "es",
        "El Ejecutivo andorrano remitió al Congreso el tratado de asistencia judicial",
        "submitted",
    ),
    (
        "pt",
        "O Executivo andorrano enviou ao Congresso o tratado de assistência judiciária",
        "submitted",
    ),
]


@pytest.mark.parametrize(("lang", "title", "stage"), ONE_SIDE_CASES)
def test_a_one_sided_submission_counts_when_the_agreement_is_named(
    lang: str, title: str, stage: str
) -> None:
    got_stage, got_polarity, score = read(title, lang)
    assert (got_stage, got_polarity) == (stage, D)
    assert score >= 0.9, "the submission should be strong enough to move the question"


# One side named, but no submission, or no agreement named by its topic: nothing for the question.
ONE_SIDE_MISSES = [
    ("en", "Andorra's senate ratified the legal aid treaty"),
    ("es", "El Ejecutivo andorrano remitió al Congreso el presupuesto"),
    ("pt", "O Executivo andorrano enviou ao Congresso um acordo"),
]


@pytest.mark.parametrize(("lang", "title"), ONE_SIDE_MISSES)
def test_one_side_alone_does_not_bear_on_other_stages(lang: str, title: str) -> None:
    assert observe(TREATY, title, lang) == []
