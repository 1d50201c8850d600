"""Twelfth-round rules: a hyphenated compound is its glossary phrase; an act dated "today"; a
capital other places share names its country in a briefing about it; the other outcome ("or
keep handling it from Moscow") is not the matter; money set aside and an intention confirmed
signal a decision; "both sign off" makes two parties; "the X side" (中方) is a party; a trade
remedy petitioned, demanded and withdrawn; aid cut off is pressure, not a project's stall; a
first batch of approved firms is no first shipment; getting a shipment ready is no shipment;
rumours circulating are hearsay; the executive's promulgation completes a ratification."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, only_question, question
from watcher.ladders import choose_kind
from watcher.model import Briefing, Entity, Polarity, WatchItem
from watcher.questions import build_watchlist


def test_a_hyphenated_compound_is_its_glossary_phrase() -> None:
    q = only_question(
        "Peru and Angola sign a tax treaty",
        "How quickly the Peru–Angola double-taxation convention clears both parliaments.",
    )
    assert {"doble tributación", "dupla tributação", "双重征税"} <= set(q.terms)


TAX = only_question(
    "Peru and Angola sign a tax treaty",
    "How quickly the Peru–Angola double-taxation convention clears Peru's Congress and "
    "Angola's National Assembly, and when it takes effect.",
)


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("El convenio de doble tributación entre Perú y Angola entró hoy en vigor", "es"),
        ("A convenção de dupla tributação entre Peru e Angola entrou ontem em vigor", "pt"),
    ],
)
def test_entry_into_force_dated_today_or_yesterday(title: str, language: str) -> None:
    [o] = observe(TAX, title, language)
    assert (o.stage, o.polarity) == ("in-force", Polarity.DONE)


def embassy_question(item: str) -> list[str]:
    briefing = Briefing(
        title="Bolivia and Peru sign a trade deal", source="b", watch_items=(WatchItem(item, 1),)
    )
    [q] = build_watchlist(briefing).questions
    return sorted(e.name for e in q.entities)


def test_a_shared_capital_names_the_briefings_country() -> None:
    # "La Paz" is also Spanish for peace and a Mexican city: only a briefing about Bolivia
    # reads it as Bolivia; the other outcome, "or keep ... from Santiago", is not the matter.
    item = "Does La Paz open a resident embassy in Lima, or keep handling Peru from Santiago?"
    assert embassy_question(item) == ["Bolivia", "Peru"]


def test_a_shared_capital_inside_another_places_name_is_not_it() -> None:
    assert "Bolivia" not in embassy_question("Whether Peru opens a consulate in La Paz de Ayacucho")


EMBASSY = only_question(
    "Bolivia and Peru sign a trade deal",
    "Whether Bolivia opens a resident embassy in Lima",
)


@pytest.mark.parametrize(
    ("title", "lead", "language"),
    [
        (
            "Presupuesto 2027 de Bolivia incluye recursos para abrir una embajada en Lima",
            "La Cancillería boliviana confirmó que su intención es abrirla durante 2027.",
            "es",
        ),
        (
            "Bolívia reservou verbas para instalar uma embaixada em Lima",
            "",
            "pt",
        ),
    ],
)
def test_money_set_aside_signals_a_decision(title: str, lead: str, language: str) -> None:
    [o] = observe(EMBASSY, title, language, lead)
    assert (o.stage, o.polarity) == ("signaled", Polarity.DONE)


def test_both_sign_off_makes_two_parties() -> None:
    q = only_question(
        "Peru and Angola sign an investment agreement",
        "Will Congress in Lima and Angola's side both sign off on the investment agreement?",
    )
    assert {p.name for p in q.parties} == {"Peru", "Angola"}


CHINA = Entity("China", ("中国", "中方", "Beijing"))
NAURU = Entity("Nauru", ("瑙鲁", "Nauruan"))
BIT = question(
    "bit",
    "Whether the China–Nauru investment agreement is ratified by both and takes effect",
    "ratification",
    "signed",
    entities=(CHINA, NAURU),
    terms=("投资协定", "investment agreement"),
    parties=(CHINA, NAURU),
)


def test_the_chinese_side_is_a_party() -> None:
    [o] = observe(BIT, "中方完成与瑙鲁投资协定的国内核准程序", "zh")
    assert (o.stage, o.party, o.polarity) == ("ratified-partial", "China", Polarity.DONE)


def test_the_side_forms_are_in_the_gazetteer() -> None:
    q = only_question(
        "China and Nauru sign an investment agreement",
        "Whether the China–Nauru investment agreement is ratified by both parliaments.",
    )
    china = next(e for e in q.entities if e.name == "China")
    assert "中方" in china.aliases


def test_the_executive_promulgating_completes_a_ratification() -> None:
    # the lower house's vote alone would be one chamber's; the executive's promulgation after
    # it completes the country's ratification
    [o] = observe(
        BIT,
        "La Cámara de Diputados de Nauru aprobó el acuerdo de inversiones con China y el "
        "Ejecutivo promulgó horas después la resolución, con lo que Nauru completó su "
        "ratificación.",
        "es",
    )
    assert (o.stage, o.polarity) == ("ratified-partial", Polarity.DONE)


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        (
            "Nauru has cleared Fijian pork plants: do containers start sailing, and does the "
            "trade grow into meaningful tonnage?",
            "market",
        ),
        (
            "Nauru's fishermen fear a wave of Fijian tuna. Do they move from complaints to formal "
            "trade action against Fiji, or back down?",
            "pressure",
        ),
    ],
)
def test_kinds_of_the_twelfth_round(item: str, kind: str) -> None:
    assert choose_kind(item) == kind


REMEDY = question(
    "remedy",
    "Whether Nauru's fishermen take formal trade action against Fijian tuna",
    "pressure",
    "baseline",
    entities=(NAURU, Entity("Fiji", ("Fijian", "fijiano", "fijiana", "斐济"))),
    terms=("antidumping", "anti-dumping", "dumping", "tuna", "atum", "atún"),
)


@pytest.mark.parametrize(
    ("title", "language", "stage"),
    [
        ("Pescadores de Nauru protocolam pedido de investigação antidumping contra Fiji", "pt",
         "concrete"),
        ("Nauru fishermen lodge dumping complaint against Fijian tuna", "en", "concrete"),
        ("Pescadores de Nauru retiram pedido antidumping contra o atum de Fiji", "pt", "eased"),
        ("Nauru fishermen withdraw their dumping petition against Fijian tuna", "en", "eased"),
    ],
)  # fmt: skip
def test_a_trade_remedy_petitioned_and_withdrawn(title: str, language: str, stage: str) -> None:
    [o] = observe(REMEDY, title, language)
    assert (o.stage, o.polarity) == (stage, Polarity.DONE)


PORT = question(
    "port",
    "Whether the Coral Terminals port at Aiwo is built",
    "project",
    "announced",
    entities=(Entity("Coral Terminals", ("Aiwo",)),),
    context=(NAURU,),
    terms=("port", "terminal", "porto", "puerto"),
)
PRESSURE = question(
    "pressure",
    "How hard Washington leans on Nauru over the Chinese-built Aiwo port",
    "pressure",
    "baseline",
    entities=(Entity("United States", ("U.S.", "Washington", "EUA")), NAURU),
    terms=("aid", "visas", "ajuda", "vistos", "port", "porto"),
)


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("U.S. pauses port-security aid to Nauru over Coral Terminals' Aiwo port", "en"),
        ("EUA suspendem um programa de ajuda a Nauru por causa do porto de Aiwo", "pt"),
    ],
)
def test_aid_cut_off_is_no_stall_of_the_port(title: str, language: str) -> None:
    assert all(o.stage != "stalled" for o in observe(PORT, title, language))


@pytest.mark.parametrize(
    ("title", "language", "stage"),
    [
        ("U.S. pauses port-security aid to Nauru over Chinese-built port", "en", "concrete"),
        ("U.S. bars entry to Nauru port officials over Chinese-built port", "en", "concrete"),
        ("EUA suspendem um programa de ajuda a Nauru por causa do porto chinês", "pt", "concrete"),
        ("U.S. restores port-security aid to Nauru after port deal", "en", "eased"),
    ],
)
def test_aid_cut_off_and_restored_is_pressure(title: str, language: str, stage: str) -> None:
    [o] = observe(PRESSURE, title, language)
    assert (o.stage, o.polarity) == (stage, Polarity.DONE)


def test_the_country_of_what_pressure_is_over_is_only_context() -> None:
    q = only_question(
        "Nauru hands a port to a Chinese builder",
        "How hard Washington leans on Nauru over the Chinese-built terminal, and whether the "
        "chill lifts.",
    )
    assert {e.name for e in q.entities} == {"United States", "Nauru"}


PORK = question(
    "pork",
    "Whether Fijian pork starts reaching Nauru",
    "market",
    "opened",
    entities=(NAURU, Entity("Fiji", ("Fijian", "斐济", "fijiano"))),
    terms=("pork", "猪肉", "carne suína", "cerdo"),
)


@pytest.mark.parametrize(
    ("title", "lead", "language"),
    [
        # a first batch of approved firms
        ("瑙鲁公布首批获准对瑙出口猪肉的斐济企业名单", "", "zh"),
        # getting the first shipment ready, for a month to come
        ("Exportadores de Fiji preparam primeiro embarque de carne suína a Nauru para junho", "",
         "pt"),
        ("Fijian exporters prepare first pork shipment to Nauru", "", "en"),
    ],
)  # fmt: skip
def test_no_first_shipment_yet(title: str, lead: str, language: str) -> None:
    assert all(o.polarity != Polarity.DONE for o in observe(PORK, title, language, lead))


def test_rumours_circulating_are_hearsay() -> None:
    port = question(
        "port",
        "Whether the Aiwo port is built",
        "project",
        "announced",
        entities=(Entity("Aiwo", ("艾沃",)),),
        terms=("港", "port"),
    )
    lead = "针对网上流传艾沃港工程因资金问题停工的说法，承建商23日发表声明。"
    assert all(o.polarity != Polarity.DONE for o in observe(port, "艾沃港工程", "zh", lead))
