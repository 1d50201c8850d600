"""The Chinese press's two-character pairs of countries ("中斐投资协定", "台史合作"): both
countries named, when the pair stands before a word of ties or of an instrument, and only
for pairs of countries the questions name together. Names of firms and people are made up."""

from __future__ import annotations

from tests.unit.builders import observe, only_question
from watcher.judge.pairs import PairMarker
from watcher.judge.text import fold


def _treaty(countries: str) -> object:
    return only_question(
        f"{countries} sign an investment agreement",
        f"Whether the {countries.replace(' and ', '–')} investment agreement is ratified by both "
        "sides and takes effect.",
    )


def test_a_pair_before_an_instrument_names_both_countries() -> None:
    marker = PairMarker([_treaty("China and Fiji")])  # type: ignore[list-item]
    marked = marker.mark(fold("中斐投资协定完成换文"))
    assert "china" in marked and "fiji" in marked


def test_the_pair_in_either_order_and_either_script() -> None:
    marker = PairMarker([_treaty("Taiwan and Eswatini")])  # type: ignore[list-item]
    assert "eswatini" in marker.mark(fold("政院會通過臺史投資協定"))
    assert "taiwan" in marker.mark(fold("史台合作再升级"))


def test_a_pair_is_read_only_before_a_word_of_ties() -> None:
    marker = PairMarker([_treaty("Taiwan and Eswatini")])  # type: ignore[list-item]
    assert marker.mark(fold("台史研究学会年会召开")) == fold("台史研究学会年会召开")


def test_two_characters_that_spell_something_else_are_no_pair() -> None:
    marker = PairMarker([_treaty("Taiwan and Haiti")])  # type: ignore[list-item]
    text = fold("台海关系紧张，两岸对话停滞")
    assert marker.mark(text) == text


def test_only_pairs_of_a_questions_countries() -> None:
    marker = PairMarker([_treaty("China and Fiji")])  # type: ignore[list-item]
    text = fold("中汤投资协定生效")
    assert marker.mark(text) == text


def test_a_headline_naming_the_pair_bears_on_the_treaty() -> None:
    treaty = _treaty("China and Tonga")
    found = observe(treaty, "中汤投资协定正式生效", "zh-Hans")  # type: ignore[arg-type]
    assert [o.stage for o in found] == ["in-force"]


def test_a_marked_pair_does_not_stretch_a_cues_gap() -> None:
    protocol = only_question(
        "Ecuador and China amend their trade pact",
        "Will Ecuador's National Assembly approve the protocol amending its free trade "
        "agreement with China?",
    )
    found = observe(protocol, "厄瓜多尔政府从国会撤回中厄自贸协定修订议定书", "zh-Hans")  # type: ignore[arg-type]
    assert [(o.stage, o.polarity.value) for o in found] == [("withdrawn", "done")]


def test_a_country_by_its_character_and_guo_is_the_actor() -> None:
    treaty = only_question(
        "Taiwan and Eswatini sign an investment agreement",
        "Whether Eswatini's Parliament and Taiwan's Legislative Yuan approve the investment "
        "agreement and it takes effect.",
    )
    found = observe(treaty, "史國參議院通過台史投資協定 球傳到立法院", "zh-Hant")  # type: ignore[arg-type]
    assert [(o.stage, o.party) for o in found] == [("ratified-partial", "Eswatini")]


def test_a_places_name_is_no_country() -> None:
    marker = PairMarker([_treaty("Angola and China")])  # type: ignore[list-item]
    text = fold("河北安国市药材交易会开幕")
    assert marker.mark(text) == text


def test_a_character_two_countries_share_marks_neither() -> None:
    marker = PairMarker(
        [_treaty("China and Brazil"), _treaty("China and Pakistan")]  # type: ignore[list-item]
    )
    text = fold("巴国议会通过中巴投资协定")
    assert marker.mark(text) == text
