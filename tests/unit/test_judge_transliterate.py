"""Transliterations: a foreign place or firm the briefing names in Latin letters, the Chinese
news by its sounds (纳米贝 for Namibe)."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, question
from watcher.judge.text import fold
from watcher.judge.transliterate import Transliterator, latin_sounds, takes_part
from watcher.model import Entity, Polarity


def marks(names: list[str], text: str) -> str:
    return Transliterator(names).mark(fold(text))


@pytest.mark.parametrize(
    ("name", "written", "word"),
    [
        ("Namibe", "纳米贝", "namibe"),
        ("Belize", "伯利兹", "belize"),
        ("Belize", "貝里斯", "belize"),  # Taiwan's press, traditional: folded first
        ("Camaçari", "卡马萨里", "camacari"),
        ("Barranquilla", "巴兰基亚", "barranquilla"),
        ("Formosa", "福尔摩沙", "formosa"),
        ("Formosa", "福爾摩沙", "formosa"),
        ("Antofagasta", "安托法加斯塔", "antofagasta"),
        # Invented names, both scripts.
        ("Belmorano", "贝尔莫拉诺", "belmorano"),
        ("Quissanga", "基桑加", "quissanga"),
        ("Tchimuku", "奇穆库", "tchimuku"),
        ("Lobitara", "洛比塔拉", "lobitara"),
        ("Borduvia", "博尔杜维亚", "borduvia"),
        ("Borduvia", "博爾杜維亞", "borduvia"),
        ("Moçâmedes", "莫萨梅迪什", "mocamedes"),
        # Mandarin b/p, d/t, g/k differ by breath, not voice: 波 bo writes "po", 加 jia "ca".
        ("Zapotal", "萨波塔尔", "zapotal"),
        ("Capotera", "卡波特拉", "capotera"),
    ],
)
def test_a_transliteration_is_marked_with_the_name(name: str, written: str, word: str) -> None:
    assert marks([name], f"{written}港口正式开工") == f"{fold(written)} {word} 港口正式开工"


def test_a_name_may_follow_another_transliteration() -> None:
    # 安哥拉 (Angola) runs straight into 纳米贝: the name may start inside the stretch.
    assert marks(["Namibe"], "安哥拉纳米贝港") == "安哥拉纳米贝 namibe 港"


def test_a_whole_name_of_several_words_is_marked_whole() -> None:
    assert " punta arenilla " in marks(["Punta Arenilla"], "蓬塔阿雷尼亚港二期开工")
    # Its distinctive word alone is marked too.
    assert " arenilla " in marks(["Punta Arenilla"], "阿雷尼亚港二期开工")


@pytest.mark.parametrize(
    ("names", "text"),
    [
        # Ordinary Chinese made of some transliteration characters.
        (["Namibe"], "纳米材料产业园"),
        (["Mashangi"], "我们马上出发"),
        (["Basilan"], "巴西利亚会谈"),  # Brasília, not a name of the question
        (["Namibia"], "纳米贝港"),  # a neighbour's name: one sound off in three is too far
        (["Canary"], "库内内省"),  # Cunene: too far from Canary
        (["Basque"], "兰巴耶克大区"),
        # A name that stops inside a longer transliteration is part of another name:
        # 阿布扎 in 阿布扎比 (Abu Dhabi) is not Abuja; 西雷孔 in 巴西雷孔卡武 is not Silicon.
        (["Abuja"], "阿布扎比签署协定"),
        (["Silicon"], "巴西雷孔卡武建筑公司"),
        # Two characters are too few to tell a name by (利马 is Lima, and 立马 "at once").
        (["Lima"], "利马港"),
        (["Limari"], "利马港"),
    ],
)
def test_ordinary_text_and_near_names_are_not_marked(names: list[str], text: str) -> None:
    assert marks(names, text) == fold(text)


@pytest.mark.parametrize(
    ("word", "part"),
    [
        ("namibe", True),
        ("camaçari", True),  # ç is no pinyin letter
        ("lima", False),  # too short
        ("huaxing", False),  # pinyin: the Romanizer reads it
        ("manila", False),  # reads as pinyin too (ma-ni-la: 马尼拉 is its pinyin reading)
        ("construction", False),  # an ordinary word, which Chinese translates
        ("digital", False),
    ],
)
def test_which_words_take_part(word: str, part: bool) -> None:
    from watcher.judge.transliterate import _common_words

    assert takes_part(word, _common_words()) is part


def test_spelling_rules() -> None:
    assert latin_sounds("Camaçari") == ["kamasali"]
    assert latin_sounds("Barranquilla") == ["balankiya", "balankila"]
    assert latin_sounds("Belize") == ["belizE"]  # a final e may be silent
    assert latin_sounds("Port-of") == []


def test_nothing_is_loaded_for_latin_text_or_without_names() -> None:
    marker = Transliterator(["Namibe"])
    assert marker.mark("namibe port") == "namibe port"
    assert marker._compiled is None
    assert not Transliterator(["纳米贝", "Lima", "Huaxing"])


TERMINAL = question(
    "terminal",
    "Whether the Namibe container terminal moves into construction",
    "project",
    "announced",
    entities=(Entity("Port of Namibe", ("Namibe",)),),
    context=(Entity("Angola", ("安哥拉",)),),
    terms=("container terminal", "terminal de contentores", "集装箱码头"),
)


def test_chinese_news_of_a_transliterated_place_bears_on_its_question() -> None:
    [obs] = observe(TERMINAL, "安哥拉纳米贝港集装箱码头项目正式开工", "zh")
    assert (obs.stage, obs.polarity) == ("construction", Polarity.DONE)
    # The quote is the sentence as written, without the mark.
    assert obs.quote == "安哥拉纳米贝港集装箱码头项目正式开工"


def test_chinese_news_of_another_place_does_not() -> None:
    assert observe(TERMINAL, "安哥拉罗安达港集装箱码头项目正式开工", "zh") == []
