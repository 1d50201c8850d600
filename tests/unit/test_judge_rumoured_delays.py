"""A delay rumoured, feared, denied or contradicted is no stall: the project's setback is read
only when a report says it happened. (Found by category counts of false "stalled" transitions
on an unread round: negated, intent and unrelated mentions.)"""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, question
from watcher.model import Entity, Polarity

ANDORRA = Entity("Andorra", ("Andorran", "andorrano", "安道尔"))
PARK = question(
    "park",
    "Whether the Ribera Solar park is built and starts generating",
    "project",
    "announced",
    entities=(Entity("Ribera Solar", ("Ribera",)),),
    context=(ANDORRA,),
    terms=("solar park", "parque solar", "太阳能电厂", "usina solar"),
)


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Ribera solar park on schedule despite rumours of delays", "en"),
        ("Ribera solar park faces fears of further delays", "en"),
        ("Ribera太阳能电厂恐延宕", "zh"),
        ("Ribera太阳能电厂传停工 公司否认", "zh"),
    ],
)
def test_a_delay_not_reported_done_is_no_stall(title: str, language: str) -> None:
    assert all(o.polarity != Polarity.DONE for o in observe(PARK, title, language))


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Ribera solar park delayed by panel shortage", "en"),
        ("Ribera太阳能电厂停工", "zh"),
        # a word starting with 恐 that is no fear: terror at the site does not hedge the stop
        ("恐怖袭击后 Ribera太阳能电厂停工", "zh"),
    ],
)
def test_a_delay_reported_is_a_stall(title: str, language: str) -> None:
    [o] = observe(PARK, title, language)
    assert (o.stage, o.polarity) == ("stalled", Polarity.DONE)
