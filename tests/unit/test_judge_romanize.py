"""Pinyin names: a Chinese firm the briefing names in Latin letters, the news in characters."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.unit.builders import observe, question
from watcher.judge.romanize import Romanizer, pinyin_name
from watcher.model import Entity, Polarity


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Jinhai", [("jin", "hai")]),
        ("Xinyuan", [("xin", "yuan")]),
        ("Manila", [("ma", "ni", "la")]),
        # Two syllables and fewer than six letters: too easy to read by accident (立马, 资金).
        ("Lima", []),
        ("Zijin", []),
        # A vowel does not start a syllable inside a pinyin word without an apostrophe.
        ("Nigeria", []),
        # Not pinyin at all.
        ("Helios", []),
        ("Quilicura", []),
        ("TSMC", []),
    ],
)
def test_which_names_read_as_pinyin(word: str, expected: list[tuple[str, ...]]) -> None:
    assert pinyin_name(word) == expected


def test_marks_every_reading_of_a_name_in_chinese_text() -> None:
    marker = Romanizer(["Jinhai Mining"])
    # (the firm's word, and its whole name since its sector word follows in Chinese)
    assert marker.mark("金海矿业在智利开工") == "金海 jinhai  jinhai mining 矿业在智利开工"
    # Another pair of characters with the same sounds is marked too: the judge still needs
    # the rest of the matter (place, topic) in the entry.
    assert "jinhai" in marker.mark("近海")
    assert marker.mark("海金矿业") == "海金矿业"
    assert marker.mark("Jinhai Mining in Chile") == "Jinhai Mining in Chile"


def test_a_romanizer_without_names_is_empty() -> None:
    assert not Romanizer(["Helios", "台湾", "Lima"])


MINE = question(
    "mine",
    "Whether Jinhai Mining's copper mine in Atacama starts production",
    "project",
    "announced",
    entities=(Entity("Jinhai Mining", ("Jinhai",)),),
    context=(Entity("Chile", ("智利",)),),
    terms=("copper mine", "mina de cobre", "铜矿"),
)


def test_chinese_news_of_a_pinyin_named_firm_bears_on_its_question() -> None:
    [obs] = observe(MINE, "金海矿业智利铜矿正式投产", "zh", lead="首批铜精矿已经运出。")
    assert (obs.stage, obs.polarity) == ("operational", Polarity.DONE)
    # The quote is the sentence as written, without the mark.
    assert obs.quote == "金海矿业智利铜矿正式投产"


def test_a_name_with_chinese_characters_is_matched_by_them_only() -> None:
    named = replace(MINE, entities=(Entity("Jinhai Mining", ("金海集团",)),))
    assert observe(named, "金海矿业智利铜矿正式投产", "zh") == []
    assert observe(named, "金海集团智利铜矿正式投产", "zh") != []
