"""Acts told from words around them: extra inspections are concrete pressure, a government
dismissing a report is none, an approved environmental study prepares a project, a request for
approval on a session's agenda is not the approval; and a government's seat names its country."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.builders import observe
from tests.unit.test_judge_signals import PLANT, PRESSURE, TREATY
from watcher.model import Briefing, Polarity, WatchItem
from watcher.questions import build_watchlist

D = Polarity.DONE


@pytest.mark.parametrize(
    ("question", "lang", "title", "expected"),
    [
        # extra inspections cost something: concrete
        (PRESSURE, "en", "Ruritania orders extra screening of cargo from Nauru", "concrete"),
        (PRESSURE, "es", "Ruritania ordenó inspecciones adicionales a Nauru", "concrete"),
        (PRESSURE, "pt", "Ruritania determinou inspeções adicionais a Nauru", "concrete"),
        (PRESSURE, "zh", "鲁里塔尼亚对瑙鲁货物加强查验", "concrete"),
        # "calificó de" with a charge is words of pressure; dismissing a report is none
        (PRESSURE, "es", "Ruritania calificó de provocación el acuerdo de Nauru", "rhetorical"),
        (PRESSURE, "es", "Nauru calificó de especulación las versiones sobre Ruritania", None),
        # an environmental study approved prepares the project
        (PLANT, "en", "Nauru approves the environmental impact study of the Helios solar plant",
         "preparing"),
        (PLANT, "es", "Nauru aprobó el estudio de impacto ambiental de la planta solar de Helios",
         "preparing"),
        (PLANT, "pt", "Nauru aprovou o estudo de impacto ambiental da usina solar da Helios",
         "preparing"),
        (PLANT, "zh", "Helios瑙鲁太阳能电厂环评通过", "preparing"),
    ],
)  # fmt: skip
def test_acts(question, lang: str, title: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    done = [o.stage for o in observe(question, title, lang) if o.polarity is D]
    assert done == ([expected] if expected else [])


def test_a_request_for_approval_on_the_agenda_is_not_the_approval() -> None:
    agenda = "常委会会议议程包括审议国务院提请批准安道尔—瑙鲁司法互助条约的议案"
    assert [o.stage for o in observe(TREATY, agenda, "zh") if o.polarity is D] == []
    passed = "常委会会议表决通过了关于批准安道尔—瑙鲁司法互助条约的决定"
    assert [o.stage for o in observe(TREATY, passed, "zh") if o.polarity is D] != []


def test_a_governments_seat_names_its_country() -> None:
    briefing = Briefing(
        title="Washington and a port in Chile",
        source="t.md",
        date=date(2030, 1, 10),
        entities=("United States", "Chile"),
        watch_items=(WatchItem("Whether the United States steps up pressure on Chile.", 1),),
        body="",
    )
    question = build_watchlist(briefing).questions[0]
    found = observe(question, "State Department warns Chile over the port deal", "en")
    assert [(o.stage, o.polarity) for o in found] == [("rhetorical", D)]
