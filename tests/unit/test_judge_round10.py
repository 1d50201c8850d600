"""Tenth-round rules: a known legislature an item names stands for its country; a currency is
no country and a sum no topic; the party that acts is the one before the verb (or after "by");
and lexicon classes in three languages: getting ready for a date, a shipment not expected yet,
a bill sent on to congress, "there was no suspension"."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, only_question, question
from watcher.model import Entity, Polarity
from watcher.naming import named_entries


def test_a_known_legislature_stands_for_its_country() -> None:
    q = only_question(
        "Guatemala and Taiwan sign a bridge loan",
        "Can the US$90 million Taiwanese bridge loan clear Guatemala's Congress and start "
        "disbursing?",
    )
    assert {e.name for e in q.entities} == {"Guatemala", "Taiwan"}
    # The sum is how much, not what about; "clear" is the item's frame.
    assert not {"us", "million", "90", "clear"} & set(q.terms)


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


def test_a_single_capitalised_name_the_headline_shares_is_the_matter() -> None:
    # "the Zenda plant": one capitalised word used as a name, which the title uses too.
    q = only_question(
        "Nauru signs a lithium contract for the Zenda salt flat",
        "On the salt flat, look for an environmental licence, then foundations — the first "
        "signs that the Zenda plant is more than a promise.",
    )
    assert [e.name for e in q.entities] == ["Zenda"]
    assert not {"look", "itself", "promise"} & set(q.terms)
    # ... but not a place in a list, nor one after "in"
    q = only_question(
        "Nauru and Andorra open a sea line to Yaren",
        "Whether the new line between Andorra, Yaren and Menen starts sailing, as promised in "
        "Yaren.",
    )
    assert "Yaren" not in [e.name for e in q.entities]


def test_products_named_after_a_country_name_no_country() -> None:
    assert [e.name for e in named_entries("Bolivia opens China to its Brazil nuts")] == [
        "Bolivia",
        "China",
    ]
    # (输华, "to China", names China: round 78, read; 巴西 inside the nut's name still names no
    # Brazil)
    assert [e.name for e in named_entries("玻利维亚巴西坚果获准输华")] == ["Bolivia", "China"]
    # ... while a product said with its origin does name it
    assert [e.name for e in named_entries("el vino chileno")] == ["Chile"]


def test_a_legislature_named_in_the_item_gives_no_topic_words() -> None:
    q = only_question(
        "Nauru signs a contract with Zenda Metals",
        "Can the Zenda Metals contract clear Nauru's Plurinational Legislative Assembly and "
        "take effect?",
        entities=("Nauru", "Zenda Metals"),
    )
    terms = set(q.terms)
    assert not {"plurinational", "legislative", "assembly"} & terms
    assert {"contract", "contrato", "合同"} <= terms


PLANT = question(
    "plant",
    "Whether the Zenda plant moves from site works to construction",
    "project",
    "announced",
    entities=(Entity("Zenda"),),
    terms=("planta", "plant", "obras"),
)
DEAL = question(
    "deal",
    "Whether the Zenda contract clears the Assembly and takes effect",
    "ratification",
    "ratified-all",
    entities=(Entity("Zenda"),),
    terms=("contrato", "contract", "acuerdo"),
)
ROYALTIES = question(
    "royalties",
    "Whether Yaren's civic committee presses for a bigger share of the Zenda royalties",
    "pressure",
    "baseline",
    entities=(Entity("Yaren"),),
    terms=(
        "paro",
        "bloqueo",
        "ultimátum",
        "strike",
        "blockade",
        "ultimatum",
        "greve",
        "bloqueio",
        "罢工",
        "封路",
        "最后通牒",
    ),
)


@pytest.mark.parametrize(
    ("q", "title", "language", "stage", "polarity"),
    [
        # the site being prepared is no construction yet
        (
            PLANT,
            "Zenda obtiene la licencia y empiezan los trabajos previos en la planta",
            "es",
            "preparing",
            Polarity.DONE,
        ),
        (PLANT, "Zenda inicia las obras de la planta", "es", "construction", Polarity.DONE),
        # published, the law brings the contract into force; it is not yet used
        (
            DEAL,
            "Su publicación en la Gaceta Oficial activó el contrato de Zenda",
            "es",
            "in-force",
            Polarity.DONE,
        ),
        # pressure at home: an ultimatum is words; a strike and blockade are acts; lifting
        # them eases
        (
            ROYALTIES,
            "Cívicos de Yaren lanzaron un ultimátum por las regalías de Zenda",
            "es",
            "rhetorical",
            Polarity.DONE,
        ),
        (
            ROYALTIES,
            "Yaren amanece bloqueada: cívicos inician un paro indefinido por Zenda",
            "es",
            "concrete",
            Polarity.DONE,
        ),
        (
            ROYALTIES,
            "Yaren protesters blocked the main highway in the Zenda royalty strike",
            "en",
            "concrete",
            Polarity.DONE,
        ),
        (
            ROYALTIES,
            "Acuerdo en Yaren: se levanta el bloqueo tras subir las regalías de Zenda",
            "es",
            "eased",
            Polarity.DONE,
        ),
        (
            ROYALTIES,
            "Grevistas de Yaren suspenderam a greve após acordo sobre Zenda",
            "pt",
            "eased",
            Polarity.DONE,
        ),
        (ROYALTIES, "Yaren民众因Zenda矿区权益金发起罢工并封路", "zh", "concrete", Polarity.DONE),
    ],
)
def test_round10_lexicon_classes(
    q: object, title: str, language: str, stage: str, polarity: Polarity
) -> None:
    observations = observe(q, title, language)  # type: ignore[arg-type]
    assert [(o.stage, o.polarity) for o in observations] == [(stage, polarity)]


@pytest.mark.parametrize(
    ("title", "language"),
    [
        # a strike threatened is words, not a strike
        ("Cívicos de Yaren amenazan con un paro por las regalías de Zenda", "es"),
        # a strike elsewhere, in a sentence not about the committee's demand: no concrete act
        ("Zenda says a dockers' strike abroad has not delayed Yaren shipments", "en"),
    ],
)
def test_home_pressure_hard_negatives(title: str, language: str) -> None:
    stages = [(o.stage, o.polarity) for o in observe(ROYALTIES, title, language)]
    assert ("concrete", Polarity.DONE) not in stages


def test_an_official_named_by_title_is_not_the_matter() -> None:
    q = only_question(
        "Nauru and Andorra sign an investment treaty",
        "Finance minister Lia Toreva says Nauru is studying a debut panda bond — look for a "
        "mandate and whether a bond is priced.",
        entities=("Nauru", "Andorra", "Lia Toreva"),
    )
    assert [e.name for e in q.entities] == ["Nauru"]
    terms = set(q.terms)
    # a bond is what is decided: its words, not every loan's
    assert {"panda bond", "obrigações", "熊猫债"} <= terms and "loan" not in terms


BOND = question(
    "bond",
    "Whether Nauru sells a debut panda bond",
    "decision",
    "open",
    entities=(NAURU,),
    terms=("bond", "panda bond", "bono", "obrigações", "emissão panda", "熊猫债"),
)


@pytest.mark.parametrize(
    ("title", "language", "stage", "polarity"),
    [
        ("Nauru prices its debut panda bond at 3.2%", "en", "done", Polarity.DONE),
        (
            "Nauru coloca 2.000 millones de yuanes en su primer bono panda",
            "es",
            "done",
            Polarity.DONE,
        ),
        ("Nauru coloca mil milhões de yuan na primeira emissão panda", "pt", "done", Polarity.DONE),
        ("瑙鲁首笔熊猫债成功发行", "zh", "done", Polarity.DONE),
        ("Nauru mandates two banks for a debut panda bond", "en", "signaled", Polarity.DONE),
        (
            "Decreto autoriza o Nauru a emitir obrigações panda",
            "pt",
            "signaled",
            Polarity.DONE,
        ),
    ],
)
def test_a_bond_sold_and_its_mandate(
    title: str, language: str, stage: str, polarity: Polarity
) -> None:
    observations = observe(BOND, title, language)
    assert [(o.stage, o.polarity) for o in observations] == [(stage, polarity)]


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Nauru plans to issue a debut panda bond next year", "en"),
        ("瑙鲁计划发行熊猫债", "zh"),
        # a loan from the same lender country is another matter
        ("Nauru's Congress approves a Chinese loan for a power plant", "en"),
    ],
)
def test_a_bond_not_sold(title: str, language: str) -> None:
    stages = [(o.stage, o.polarity) for o in observe(BOND, title, language)]
    assert ("done", Polarity.DONE) not in stages


def test_an_acts_report_cues_keep_the_main_groups_vetoes() -> None:
    # The `post` act reports "设立" as done; the main `done` group vetoes it when the order
    # is still to be issued. A variant group of `done` (bonds) must not carry it unvetoed.
    post = question(
        "post",
        "Whether Nauru sets up an agricultural attaché post in Andorra",
        "decision",
        "open",
        entities=(NAURU,),
        terms=("参赞", "attaché"),
    )
    found = observe(post, "部长宣布政府决定在瑙鲁设立农业参赞，相关命令将在未来几周发布", "zh")
    assert ("done", Polarity.DONE) not in [(o.stage, o.polarity) for o in found]


TERMINAL = question(
    "terminal",
    "Whether Zenda's ore terminal moves from financing to construction",
    "project",
    "announced",
    entities=(Entity("Zenda"),),
    terms=("terminal", "terminal mineraleiro", "ore terminal", "obras"),
)


@pytest.mark.parametrize(
    ("title", "language", "stage"),
    [
        # the contractor moving in prepares the site; it builds nothing yet (Portuguese keeps
        # "instalou o canteiro de obras" as construction: an earlier round's labels)
        ("Zenda mobilises at the ore terminal site with a first team", "en", "preparing"),
        ("Zenda instaló el campamento de obra del terminal", "es", "preparing"),
        # ... while works begun are construction
        ("Arrancam as obras do terminal da Zenda", "pt", "construction"),
    ],
)
def test_the_contractor_moving_in_is_preparing(title: str, language: str, stage: str) -> None:
    found = [(o.stage, o.polarity) for o in observe(TERMINAL, title, language)]
    assert found == [(stage, Polarity.DONE)]
