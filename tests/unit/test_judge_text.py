"""Folding, splitting and term matching of the judge's text layer."""

from __future__ import annotations

import pytest

from tests.unit.builders import entry
from watcher.judge.text import compile_terms, fold, read_entry, split_sentences


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Ratificó el TRATADO", "ratifico el tratado"),
        ("Assistência Jurídica Mútua", "assistencia juridica mutua"),
        ("ＴＳＭＣ　熊本", "tsmc 熊本"),
        ("立法院三讀通過", "立法院三读通过"),
        ("data-centre\u2014phase", "data centre phase"),
        ("It’s  done", "it's done"),
        ("ガソリン", "ガソリン"),  # kana voicing marks survive accent stripping
        # dollars written with a country's letters are a currency, not the country
        ("un crédito por US$ 1.500 millones", "un credito por usd 1.500 millones"),
        ("HK$3bn and NT $5", "hkd3bn and ntd 5"),
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


@pytest.mark.parametrize(
    ("paragraph", "count"),
    [
        ("The Senate met. It ratified the pact! Was it wise? Yes.", 4),
        ("Mr. Smith arrived in the U.S. Senate. Then he left.", 2),
        ("The rate rose 2.5 percent. Then it fell.", 2),
        ("立法院開會。條約三讀通過！各方表示歡迎；行政院回應。", 4),
        ("¿Ratificó el Senado? Sí. El tratado entró en vigor.", 3),
        # months, company forms and initials do not end a sentence
        ("The plant began operations on Feb. 24, as the company said. It grew.", 2),
        ("Helios Co. (Helios) said so, chairman C. C. Wei told reporters. Then it rained.", 2),
    ],
)
def test_split_sentences(paragraph: str, count: int) -> None:
    assert len(split_sentences(paragraph)) == count


@pytest.mark.parametrize(
    ("terms", "text", "hit"),
    [
        (("treaty",), "the treaties were signed", True),
        (("data centre",), "two new data-centres", True),
        (("Taiwan",), "taiwanese investors", False),
        (("Paraguay",), "Paraguay's senate", True),
        (("AI",), "said the chairman", False),
        (("台湾",), "巴拉圭与台湾签署", True),
        (("TSMC",), "TSMC熊本工厂", True),
        (("Taiwán",), "TAIWAN", True),
    ],
)
def test_terms_match_on_word_edges_and_cjk_substrings(
    terms: tuple[str, ...], text: str, hit: bool
) -> None:
    pattern = compile_terms(terms)
    assert pattern is not None
    assert (pattern.search(fold(text)) is not None) is hit


def test_read_entry_places_title_lead_body_and_drops_repeated_lead() -> None:
    item = entry(
        "Plant opens",
        "First line. Second line.",
        content="First line. Second line.\nA body paragraph.",
    )
    doc = read_entry(item)
    places = [(s.place, s.text) for s in doc.sentences]
    assert places == [
        ("title", "Plant opens"),
        ("lead", "First line."),
        ("lead", "Second line."),
        ("body", "A body paragraph."),
    ]
    assert "plant opens" in doc.lead_context and "second line" in doc.lead_context
