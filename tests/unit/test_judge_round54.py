"""Fifty-fourth and fifty-fifth-round readings, and the questions they are read for.

A facility named after a capital other places share ("São Tomé International Airport") takes
no short name from it, so an item on the country's treaty is not about the airport; an airport
named in English answers to its Spanish and Portuguese names. A report "不符合事实" denies what
it reports; an envoy who "presses" a debtor to clear its arrears presses. "Anuncia que vai
isentar" signals a decision; "três contentores por semana" is a steady trade. Every name of a
firm, a body or a person here is made up; the countries, their regions and their institutions
are real.
"""

from __future__ import annotations

import pytest

from tests.unit.builders import entity_names, observe, only_question, questions_of, stages
from watcher.model import Polarity, Question

D = Polarity.DONE

_SAO_TOME = (
    "São Tomé and Príncipe",
    "Turkey",
    "Kavak Yapı",
    "São Tomé International Airport",
)


def _sao_tome() -> list[Question]:
    return questions_of(
        "São Tomé and Príncipe and Türkiye sign an investment pact",
        "Whether the São Tomé and Príncipe–Turkey investment agreement is approved by São "
        "Tomé's National Assembly and Turkey's Grand National Assembly and enters into force.",
        "Whether Turkish contractor Kavak Yapı moves from its memorandum with São Tomé's "
        "government to building the new passenger terminal at São Tomé International Airport.",
        entities=_SAO_TOME,
        body="Kavak Yapı will build the new terminal at São Tomé International Airport. Tomé "
        "is what the island's people call their capital's saint.",
    )


def test_a_facility_named_after_a_shared_capital_takes_no_short_name_from_it() -> None:
    treaty, _ = _sao_tome()
    assert entity_names(treaty) == ["São Tomé and Príncipe", "Türkiye"]


def test_an_airport_answers_to_its_portuguese_name() -> None:
    _, terminal = _sao_tome()
    assert "Aeroporto Internacional de São Tomé" in terminal.entities[0].names
    found = observe(
        terminal,
        "Obras do terminal avançam",
        "pt",
        "A construção do novo terminal de passageiros do Aeroporto Internacional de São Tomé "
        "conta já com 140 trabalhadores.",
    )
    assert found


# --- a denial after the report; a creditor's envoy --------------------------------------------


def _debt() -> Question:
    return only_question(
        "China and Djibouti sign a trade pact",
        "Whether Beijing steps up pressure on Djibouti over its loan arrears, from words to "
        "concrete measures such as freezing new lending.",
    )


def test_a_report_said_to_be_untrue_is_denied() -> None:
    found = observe(
        _debt(),
        "中国驻吉布提使馆回应贷款传闻",
        "zh",
        "中国驻吉布提使馆表示，有关中方决定冻结对吉布提贷款的报道“不符合事实”。",
    )
    assert ("concrete", D) not in stages(found)


def test_an_envoy_pressing_a_debtor_to_clear_its_arrears_presses() -> None:
    found = observe(
        _debt(),
        "Chinese ambassador publicly presses Djibouti to clear railway loan arrears",
        "en",
    )
    assert ("rhetorical", D) in stages(found)


# --- a decision announced; a steady pace ---------------------------------------------------------


def test_an_announced_visa_waiver_is_signalled() -> None:
    q = only_question(
        "Angola and Morocco sign an investment pact",
        "Whether the Angolan government decides to exempt Moroccan holders of ordinary passports "
        "from visas.",
    )
    found = observe(
        q,
        "Ministro anuncia que Angola vai isentar marroquinos de visto",
        "pt",
        "O ministro do Interior anunciou que o Governo vai dispensar de visto os cidadãos "
        "marroquinos com passaporte comum e que o decreto está a ser redigido.",
    )
    assert ("signaled", D) in stages(found)


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Banana angolana segue para Marrocos a três contentores por semana", "pt"),
        ("El banano angoleño llega a Marruecos a tres contenedores por semana", "es"),
        ("Angolan bananas now reach Morocco at three containers a week", "en"),
    ],
)
def test_a_steady_pace_is_volumes(title: str, language: str) -> None:
    q = only_question(
        "Angola and Morocco sign a phytosanitary protocol",
        "Whether Angolan fresh banana exports to Morocco get going, from a first shipment to "
        "regular volumes.",
    )
    assert ("volumes-reported", D) in stages(observe(q, title, language))
