"""An outlet's own country goes without saying; a demonym says who, not where.

A Uruguayan paper writes "el Senado aprobó el acuerdo con Taiwán" without "Uruguay": the judge
reads it as bearing on a Uruguay–Taiwan question, as fully as if the sentence named Uruguay
(the sentence names the other side, or the legislature by its plain name). It does not when
another country is named, when the language is not the missing country's, when the report
names only a generic instrument, or when the language is also a context country's.
"""

from __future__ import annotations

import pytest

from tests.unit.builders import entry, observe, question
from watcher.judge import DEFAULT_POLICY, Judge
from watcher.model import Entity, Entry, Polarity, Question

URUGUAY = Entity("Uruguay", ("Uruguai", "uruguayo", "uruguaya", "uruguaio", "乌拉圭"))
TAIWAN = Entity("Taiwan", ("Taiwán", "台灣", "台湾"))
CHINA = Entity("China", ("中国", "中國"))
TAX_TREATY = question(
    "tax-treaty",
    "Whether the Uruguay–Taiwan double taxation agreement is ratified",
    "ratification",
    "signed",
    entities=(URUGUAY, TAIWAN),
    terms=(
        "double taxation",
        "doble imposición",
        "bitributação",
        "双重课税",
        "tratado",
        "convenio",
    ),
    parties=(
        Entity("General Assembly of Uruguay", ("Parlamento", "Senado", "Cámara de Representantes")),
        Entity("Legislative Yuan", ("立法院",)),
    ),
)
PRESSURE = question(
    "pressure",
    "Whether China steps up pressure on Uruguay over the agreement with Taiwan",
    "pressure",
    "baseline",
    entities=(CHINA, URUGUAY),
    context=(TAIWAN,),
    terms=("pressure", "presión", "施压", "警告"),
)


def observed(q: Question, item: Entry) -> list[tuple[float, str | None, Polarity]]:
    return [(o.score, o.stage, o.polarity) for o in Judge([q]).observe(item)]


def test_home_press_leaves_its_country_unsaid() -> None:
    item = entry(
        "El Senado aprobó el convenio para evitar la doble imposición con Taiwán",
        "La votación fue de 25 votos contra 4.",
        language="es",
    )
    [(score, stage, polarity)] = observed(TAX_TREATY, item)
    assert stage == "ratified-partial" and polarity is Polarity.DONE
    # Uruguay goes without saying in each sentence that names Taiwan: named in the sentence.
    assert score >= DEFAULT_POLICY.same_sentence_score
    # A lead saying the other chamber must still vote makes the headline one chamber's step.
    waiting = entry(
        "El Senado aprobó el convenio para evitar la doble imposición con Taiwán",
        "La norma pasa ahora a la Cámara de Representantes.",
        language="es",
    )
    [(_, stage, polarity)] = observed(TAX_TREATY, waiting)
    assert polarity is Polarity.INTENT
    # Nothing names Taiwan: Uruguay's own press or not, the entry does not bear.
    assert observed(TAX_TREATY, entry("El Senado aprobó el convenio", language="es")) == []


@pytest.mark.parametrize(
    "item",
    [
        # Another country named: a Chilean (or any other) paper's agreement with Taiwan.
        entry(
            "El Senado de Chile aprobó el convenio de doble imposición con Taiwán", language="es"
        ),
        # ... or only its demonym.
        entry(
            "Senadores chilenos aprobaron el convenio de doble imposición con Taiwán", language="es"
        ),
        # Uruguay's press does not write in Portuguese: a Brazilian paper may mean its own deal.
        entry("Senado aprova acordo de bitributação com Taiwan", language="pt"),
        # Only a generic instrument: one of many agreements with Taiwan.
        entry("El Senado aprobó un convenio de cooperación agrícola con Taiwán", language="es"),
    ],
)
def test_no_unsaid_home_when_the_entry_points_elsewhere(item: Entry) -> None:
    assert observed(TAX_TREATY, item) == []


def test_the_named_country_still_scores_as_named() -> None:
    item = entry("Uruguay y Taiwán firmaron el convenio de doble imposición", language="es")
    [(score, _, _)] = observed(TAX_TREATY, item)
    assert score >= DEFAULT_POLICY.same_sentence_score


def test_chinese_press_is_told_apart_by_its_script() -> None:
    # The mainland's press writes simplified characters, Taiwan's traditional: "外交部" in a
    # simplified report is Beijing's ministry, read in as if named ...
    item = entry("外交部警告乌拉圭不要批准协定", language="zh")
    [(score, stage, _)] = observed(PRESSURE, item)
    assert stage == "rhetorical" and score >= DEFAULT_POLICY.same_sentence_score
    # ... in a traditional one it is Taipei's, and China is not read in; nor when the script
    # cannot be told (no character differs) and no tag says it.
    assert observed(PRESSURE, entry("外交部警告烏拉圭不要批准協定", language="zh")) == []
    assert observed(PRESSURE, entry("外交部警告乌拉圭不要批准协定", language="zh-TW")) == []
    named = entry("中国外交部警告乌拉圭不要批准协定", language="zh")
    [(score, stage, _)] = observed(PRESSURE, named)
    assert stage == "rhetorical" and score >= DEFAULT_POLICY.same_sentence_score


def test_one_sided_submission_keeps_its_full_score() -> None:
    # The government sends the agreement to its own parliament: a one-sided act, named in the
    # sentence; the unsaid-home reading must not weaken it.
    item = entry(
        "El Ejecutivo remitió al Parlamento el convenio de doble imposición con Taiwán",
        language="es",
    )
    [(score, stage, _)] = observed(TAX_TREATY, item)
    assert stage == "submitted"
    assert score >= DEFAULT_POLICY.same_sentence_score


def test_a_demonym_does_not_place_the_matter_abroad() -> None:
    plant = question(
        "plant",
        "Whether the Helios refinery in Canelones is built",
        "project",
        "announced",
        entities=(Entity("Canelones"),),
        context=(URUGUAY,),
        terms=("refinería", "obras"),
    )
    guests = entry(
        "Comienzan las obras de la refinería de Canelones",
        "La ceremonia reunió al intendente y a ejecutivos chinos.",
        language="es",
    )
    assert [stage for _, stage, _ in observed(plant, guests)] == ["construction"]
    abroad = entry("Comienzan las obras de la refinería de Canelones en China", language="es")
    assert observed(plant, abroad) == []


def test_english_leaves_no_country_unsaid() -> None:
    # English is every wire's language: "the senate approved" in English could be anyone's.
    pork = question(
        "pork",
        "Whether the Philippines–Brazil pork protocol is approved",
        "decision",
        "open",
        entities=(Entity("Philippines", ("Filipinas",)), Entity("Brazil", ("Brasil",))),
        terms=("pork protocol", "protocolo de carne porcina"),
    )
    assert observe(pork, "Brazil's senate approves the pork protocol", "en") == []
    assert observe(pork, "Brazil and the Philippines approve the pork protocol", "en") != []
