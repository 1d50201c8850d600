"""What a watch item singles out: neighbours told apart (ordinals, meats, treaty types), target
acts, the builder's qualifiers and stage cues, topic cues of pressure questions, schedule slips,
in English, Spanish, Portuguese and Chinese."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.unit.builders import ANDORRA, observe, question
from watcher.judge.relevance import merge_entities, name_variants
from watcher.ladders import LADDERS
from watcher.model import Entity, Polarity, Question
from watcher.questions import instance_terms

D, IN, N, S = Polarity.DONE, Polarity.INTENT, Polarity.NEGATED, Polarity.SPECULATIVE
NAURU = Entity("Nauru", ("Nauruan", "nauruano", "nauruana", "瑙鲁"))
HELIOS = Entity("Helios", ("Helios Corp", "赫利俄斯"))
PLANT_TERMS = ("plant", "factory", "planta", "fábrica", "usina", "工厂", "工场", "厂")

SECOND = question(
    "second",
    "Whether Helios breaks ground on its second Nauru plant",
    "project",
    "announced",
    entities=(HELIOS, NAURU),
    terms=PLANT_TERMS,
)
FIRST_OUTPUT = question(
    "first-output",
    "Whether the first Helios plant in Nauru begins mass production",
    "project",
    "construction",
    entities=(HELIOS, NAURU),
    terms=PLANT_TERMS,
)
PORK = question(
    "pork",
    "Whether Andorra's opening to Nauruan pork leads to first shipments",
    "market",
    "opened",
    entities=(ANDORRA, NAURU),
    terms=("exports", "exportaciones", "exportações", "出口"),
)
EXTRADITION = question(
    "extradition",
    "Whether the Andorra-Nauru extradition treaty enters into force",
    "ratification",
    "signed",
    entities=(ANDORRA, NAURU),
    terms=("treaty", "agreement", "tratado", "acuerdo", "acordo", "条约", "协定"),
)
SUBSIDY = question(
    "subsidy",
    "Whether Nauru formally commits subsidies to the Helios plant",
    "decision",
    "open",
    entities=(NAURU, HELIOS),
    terms=PLANT_TERMS,
)
JOIN = question(
    "join",
    "Whether Andorra decides to join the Pacific Infrastructure Bank",
    "decision",
    "open",
    entities=(
        ANDORRA,
        Entity("Pacific Infrastructure Bank"),
        Entity("Pacific Infrastructure Bank."),
    ),
    terms=("decision", "decides", "decided"),
)
PRESSURE = question(
    "pressure",
    "Whether Andorra increases pressure on Nauru",
    "pressure",
    "baseline",
    entities=(ANDORRA, NAURU),
    terms=("pressure", "presión", "pressão", "施压"),
)


NEIGHBOURS = [
    # a report naming only another instance of the thing is not about this question
    (SECOND, "en", "Helios opens its first Nauru plant", None),
    (SECOND, "en", "Helios breaks ground on second Nauru chip plant", ("construction", D)),
    (SECOND, "en", "Helios begins building its 2nd plant in Nauru", ("construction", D)),
    (SECOND, "es", "Helios inaugura su primera planta en Nauru", None),
    (
        SECOND,
        "es",
        "Helios inicia la construcción de su segunda planta en Nauru",
        ("construction", D),
    ),
    (SECOND, "pt", "Helios inaugura sua primeira fábrica em Nauru", None),
    (SECOND, "pt", "Helios inicia as obras da segunda fábrica em Nauru", ("construction", D)),
    (SECOND, "zh", "赫利俄斯瑙鲁第一工厂启用", None),
    (SECOND, "zh", "赫利俄斯瑙鲁第二工厂动工", ("construction", D)),
    # both instances named: the cue belongs to the one named nearest to it
    (
        SECOND,
        "en",
        "Helios's first Nauru plant began operations, and it broke ground on a second plant",
        ("construction", D),
    ),
    # meats: chicken is not pork, and "pork" itself is a topic word of a pork question
    (PORK, "en", "Andorran chicken exports to Nauru rise", None),
    (PORK, "en", "Nauru suspends imports of Andorran pork", ("suspended", D)),
    (PORK, "es", "Exportaciones de pollo andorrano a Nauru crecen", None),
    (PORK, "es", "Nauru suspende importaciones de carne de cerdo andorrana", ("suspended", D)),
    (PORK, "pt", "Exportações de frango andorrano para Nauru crescem", None),
    (PORK, "pt", "Nauru suspende importações de carne suína andorrana", ("suspended", D)),
    (PORK, "zh", "安道尔鸡肉出口瑙鲁增长", None),
    (PORK, "zh", "瑙鲁暂停进口安道尔猪肉", ("suspended", D)),
    # treaty types: a tax treaty between the same states is another matter
    (EXTRADITION, "en", "Andorra-Nauru double taxation treaty enters into force", None),
    (EXTRADITION, "en", "Andorra-Nauru extradition treaty enters into force", ("in-force", D)),
    (
        EXTRADITION,
        "es",
        "Entra en vigor el convenio de doble imposición entre Andorra y Nauru",
        None,
    ),
    (EXTRADITION, "pt", "Acordo de bitributação entre Andorra e Nauru entra em vigor", None),
    (EXTRADITION, "zh", "安道尔与瑙鲁避免双重课税协定今起生效", None),
    (EXTRADITION, "zh", "安道尔与瑙鲁引渡条约今起生效", ("in-force", D)),
]


@pytest.mark.parametrize(("q", "lang", "title", "expected"), NEIGHBOURS)
def test_neighbours_are_told_apart(
    q: Question, lang: str, title: str, expected: tuple[str, Polarity] | None
) -> None:
    found = observe(q, title, lang)
    got = (found[0].stage, found[0].polarity) if found and found[0].stage else None
    assert got == expected
    if expected is None and found:
        assert found[0].stage is None  # bears at most as context, never as a stage


ACTS = [
    # a mass-production question is not made operational by an opening ceremony
    (FIRST_OUTPUT, "en", "Helios holds opening ceremony for first Nauru plant", None),
    (FIRST_OUTPUT, "en", "Helios's first Nauru plant begins mass production", ("operational", D)),
    (FIRST_OUTPUT, "es", "Helios inaugura su primera planta en Nauru", None),
    (
        FIRST_OUTPUT,
        "es",
        "La primera planta de Helios en Nauru comenzó la producción en masa",
        ("operational", D),
    ),
    (FIRST_OUTPUT, "pt", "Helios inaugura a primeira fábrica em Nauru", None),
    (FIRST_OUTPUT, "zh", "赫利俄斯瑙鲁第一工厂落成启用", None),
    (FIRST_OUTPUT, "zh", "赫利俄斯瑙鲁第一工厂开始量产", ("operational", D)),
    # a subsidy question: a company's own plan is neither a signal nor a decision of the state
    (SUBSIDY, "en", "Helios said it will build a new plant in Nauru", None),
    (SUBSIDY, "en", "Nauru approves subsidies for the Helios plant", ("done", D)),
    (SUBSIDY, "es", "Nauru aprobó subsidios para la planta de Helios", ("done", D)),
    (SUBSIDY, "pt", "Nauru aprovou subsídios para a fábrica da Helios", ("done", D)),
    (SUBSIDY, "zh", "瑙鲁批准赫利俄斯工厂补助", ("done", D)),
    # deciding to apply is a signal; being admitted is the decision
    (
        JOIN,
        "en",
        "Andorra has decided to seek membership of the Pacific Infrastructure Bank",
        ("signaled", D),
    ),
    (
        JOIN,
        "en",
        "Pacific Infrastructure Bank approves Andorra as a new member",
        ("done", D),
    ),
]


@pytest.mark.parametrize(("q", "lang", "title", "expected"), ACTS)
def test_named_acts_narrow_stages(
    q: Question, lang: str, title: str, expected: tuple[str, Polarity] | None
) -> None:
    found = observe(q, title, lang)
    got = (found[0].stage, found[0].polarity) if found and found[0].stage else None
    assert got == expected


SLIPS = [
    # "due to" gives a cause here, not a schedule
    ("en", "Construction of Helios's second Nauru plant delayed due to traffic problems", D),
    ("en", "Helios's second Nauru plant pushed back to next year", D),
    ("en", "Helios denies its second Nauru plant has been delayed", None),
    ("es", "Helios aplaza la construcción de su segunda planta en Nauru", D),
    ("es", "Helios pospuso la segunda planta de Nauru hasta 2031", D),
    ("pt", "Helios adia obras da segunda fábrica em Nauru", D),
    ("pt", "Obras da segunda fábrica da Helios em Nauru adiadas para 2031", D),
    ("zh", "赫利俄斯瑙鲁第二工厂动工延后", D),
    ("zh", "赫利俄斯决定暂停瑙鲁第二工厂兴建计画", D),
]


@pytest.mark.parametrize(("lang", "title", "polarity"), SLIPS)
def test_schedule_slips_are_setbacks(lang: str, title: str, polarity: Polarity | None) -> None:
    found = observe(SECOND, title, lang)
    stalled = [o.polarity for o in found if o.stage == "stalled"]
    assert (stalled[0] if stalled else None) == polarity


def test_builder_qualifiers_and_stage_cues_apply() -> None:
    q = question(
        "q",
        "Whether Helios opens its Nauru plant",
        "project",
        "construction",
        entities=(HELIOS, NAURU),
        terms=PLANT_TERMS,
        qualifiers=("Kaveri plant",),
        stage_cues=(("operational", ("inaugurated", "inaugura")),),
    )
    assert observe(q, "Helios inaugurated its Nauru plant", "en") == []  # not the Kaveri plant
    found = observe(q, "Helios inaugurated its Kaveri plant in Nauru", "en")
    assert [(o.stage, o.polarity) for o in found] == [("operational", D)]
    found = observe(q, "Helios began operations at its Kaveri plant in Nauru", "en")
    assert [o.stage for o in found] == [None]  # operational needs the item's own words


@pytest.mark.parametrize(
    ("lang", "title", "stage"),
    [
        ("en", "Andorra urged Nauru to cut ties with its rival", "rhetorical"),
        ("es", "Andorra insta a Nauru a romper relaciones", "rhetorical"),
        ("pt", "Andorra condenou Nauru em nota oficial", "rhetorical"),
        ("zh", "安道尔对瑙鲁表示关切", "rhetorical"),
    ],
)
def test_pressure_cues_are_topic_words(lang: str, title: str, stage: str) -> None:
    found = observe(PRESSURE, title, lang)
    assert [(o.stage, o.polarity) for o in found] == [(stage, D)]


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Andorra tried to lure Nauru into cutting ties, without success"),
        ("zh", "安道尔利诱瑙鲁断交，未能如愿"),
    ],
)
def test_a_failed_lure_is_not_concrete_pressure(lang: str, title: str) -> None:
    assert [o for o in observe(PRESSURE, title, lang) if o.polarity is D] == []


@pytest.mark.parametrize(
    ("title", "stage"),
    [
        ("First container of Nauruan pork set to sail for Andorra next month", None),
        ("First container of Nauruan pork leaves for Andorra with 25 tonnes", "first-shipment"),
        ("Nauruan pork exports to Andorra reach 2,400 tonnes in June", "volumes-reported"),
    ],
)
def test_first_shipment_is_not_a_volume(title: str, stage: str | None) -> None:
    found = [o for o in observe(PORK, title, "en") if o.polarity is D]
    assert (found[0].stage if found else None) == stage


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # a trailing dot or possessive does not make another entity
        (
            [("Pacific Infrastructure Bank",), ("Pacific Infrastructure Bank.",)],
            [("Pacific Infrastructure Bank",)],
        ),
        ([("Helios Digital",), ("Helios Digital's",)], [("Helios Digital",)]),
        ([("Nauru", "Nauruan"), ("Andorra",)], [("Nauru", "Nauruan"), ("Andorra",)]),
    ],
)
def test_entities_merge(names: list[tuple[str, ...]], expected: list[tuple[str, ...]]) -> None:
    q = question(
        "e",
        "e",
        "generic",
        "open",
        ladder=LADDERS["decision"],
        entities=tuple(Entity(n[0], n[1:]) for n in names),
    )
    assert merge_entities(q) == expected


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (("Pacific Infrastructure Bank",), ("Pacific Infrastructure Bank", "PIB")),
        (("Helios Digital",), ("Helios Digital", "Helios")),
        (("Nauru", "Nauruan"), ("Nauru", "Nauruan")),  # the gazetteer spoke: nothing added
        (("Dominican Congress",), ("Dominican Congress",)),  # not a company, too short for initials
        # A parent the briefing taught: its first word too, but never a place's name.
        (("Keel Consortium", "Ostra Metals"), ("Keel Consortium", "Ostra Metals", "Ostra")),
        (("TSMC", "Taiwan Semiconductor Company"), ("TSMC", "Taiwan Semiconductor Company")),
    ],
)
def test_name_variants(names: tuple[str, ...], expected: tuple[str, ...]) -> None:
    assert name_variants(names) == expected


def test_a_sentence_naming_both_instances_bears_on_the_first() -> None:
    text = "Whether Helios opens its first Nauru plant"
    _, later = instance_terms(text, (HELIOS, NAURU))
    first = question(
        "first-open",
        text,
        "project",
        "construction",
        entities=(HELIOS, NAURU),
        terms=PLANT_TERMS,
        exclude=later,
    )
    # Only the second plant: not this question's news, even where the title says just "plant".
    assert observe(first, "Helios broke ground on its second Nauru plant", "en") == []
    lead = "Helios will delay work on its second plant in Nauru."
    assert observe(first, "Helios to delay Nauru plant", "en", lead) == []
    lead = "Helios says its first plant in Nauru is ready; a second plant may follow."
    assert observe(first, "Helios to open Nauru plant", "en", lead) != []
    # Both: it bears, and the cue beside "first" is read for the first plant ...
    both = observe(first, "Helios inaugurated its first Nauru plant and plans a second plant", "en")
    assert [(o.stage, o.polarity) for o in both] == [("operational", D)]
    # ... while a cue beside "second" is not.
    beside = observe(
        first, "Helios opened its second plant, next to the first plant in Nauru", "en"
    )
    assert [o.stage for o in beside] == [None]
    # A word the analyst excluded is excluded, own member named or not.
    edited = replace(first, exclude=(*later, "Kaveri"))
    assert observe(edited, "Helios inaugurated its first Nauru plant in Kaveri", "en") == []
