"""Ratification by chambers and standing committees: a bill filed, one chamber of two, China's
NPC Standing Committee, and a treaty that takes effect only once a condition is met."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, question
from watcher.data import gazetteer_index
from watcher.model import Entity, Polarity
from watcher.naming import item_parties

_INDEX = gazetteer_index()
_PARTIES = item_parties(
    "Whether the treaty is ratified by Colombia's Congress and by China's NPC Standing Committee",
    [_INDEX["Colombia"], _INDEX["China"]],
)
TREATY = question(
    "bit",
    "Whether the Colombia–China investment treaty is ratified by both and enters into force",
    "ratification",
    "signed",
    entities=(
        Entity("Colombia", ("colombiano", "哥伦比亚", "哥倫比亞", "Colômbia")),
        Entity("China", ("中国", "中國", "中华人民共和国", "Pekín")),
    ),
    terms=("investment treaty", "tratado de inversiones", "投资协定", "acordo de investimentos"),
    parties=_PARTIES,
)
D, IN = Polarity.DONE, Polarity.INTENT


@pytest.mark.parametrize(
    ("lang", "title", "expected"),
    [
        # Filing the bill ("radicar", as Colombia says) is submission.
        ("es", "Colombia radica en el Senado el tratado de inversiones con China",
         ("submitted", D)),
        # One chamber of two voted: not yet the country's ratification.
        ("es", "El Senado de Colombia aprueba el tratado de inversiones con China; pasa a la "
               "Cámara", ("ratified-partial", IN)),
        ("pt", "Senado da Colômbia aprova acordo de investimentos com a China, que segue para a "
               "Câmara", ("ratified-partial", IN)),
        ("en", "Colombia's Senate approves investment treaty with China; it now goes to the "
               "lower house", ("ratified-partial", IN)),
        # The last vote: done.
        ("es", "El Congreso de Colombia aprueba el tratado de inversiones con China",
         ("ratified-partial", D)),
    ],
)  # fmt: skip
def test_chambers(lang: str, title: str, expected: tuple[str, Polarity]) -> None:
    [obs] = observe(TREATY, title, lang)
    assert (obs.stage, obs.polarity) == expected


def test_the_npc_standing_committee_ratifies_for_china() -> None:
    lead = (
        "全国人大常委会会议今天闭幕，会议表决通过了关于批准中华人民共和国和哥伦比亚共和国"
        "投资协定的决定。"
    )
    [obs] = observe(TREATY, "全国人大常委会批准中哥投资协定", "zh", lead)
    assert (obs.stage, obs.polarity, obs.party) == ("ratified-partial", D, "China")


def test_a_condition_still_to_be_met_is_no_entry_into_force() -> None:
    pending = observe(TREATY, "中国与哥伦比亚投资协定仍须双方立法机构批准后才能生效", "zh")
    assert [(o.stage, o.polarity) for o in pending] == [("in-force", IN)]
    done = observe(TREATY, "中国与哥伦比亚投资协定正式生效", "zh")
    assert [(o.stage, o.polarity) for o in done] == [("in-force", D)]
