"""Two countries in two characters: the Chinese press's pair abbreviations.

Chinese news names a bilateral matter by the first character of each country's name: "中斐投资
协定" (China and Fiji), "台史合作" (Taiwan and Eswatini), "中汤关系" (China and Tonga). Such a
pair names both countries, yet no name pattern sees it. A `PairMarker` knows the pairs of
countries the questions name together and marks, in folded text, each such pair that comes
right before a word of ties or of an instrument (协定, 关系, 合作, 投资, 签署 ...) with both
countries' names: "中斐投资协定" becomes "中斐 china fiji 投资协定", so the ordinary name patterns
match (a Latin word is one word to a cue's gap between Chinese words, which Chinese names would
stretch). Only the folded text the judge matches on is marked; quotes keep the words as
written.

Precision first: a pair is read only before such a word, and never where its two characters
spell something else (台海 the Taiwan Strait, 中东 the Middle East, 中非 China and Africa, 中西
Chinese and Western).

This module knows nothing of questions beyond their country names, and reads no stage cues.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from watcher.data import countries_by_name
from watcher.judge.romanize import insert_marks, marked_document
from watcher.judge.text import Document, fold, has_cjk
from watcher.model import Entity, Question

# Words of ties or instruments that follow a pair of countries in a headline or a lead.
_TIES = (
    "两国|双边|关系|合作|经贸|贸易|自贸|投资|协定|协议|条约|建交|断交|复交|外长|元首|领导人"
    "|峰会|联合|友好|直航|航线|签署|签订|商签|谈判|会谈|合资|农业|渔业|海关|检疫"
)
# Two characters that spell something else than two countries.
_NOT_PAIRS = frozenset({"台海", "中东", "中非", "中南", "中亚", "中欧", "中拉", "中西", "中美洲"})


class PairMarker:
    """Marks pairs of the questions' countries written as two characters in Chinese text."""

    def __init__(self, questions: Iterable[Question]) -> None:
        pairs: dict[str, tuple[str, str]] = {}
        for q in questions:
            # (first character of the Chinese name, the name a mark gives)
            names = [n for e in (*q.entities, *q.context) if (n := _abbreviated(e))]
            for a, a_name in names:
                for b, b_name in names:
                    pair = a + b
                    if a != b and pair not in _NOT_PAIRS:
                        pairs[pair] = (a_name, b_name)
        self._pairs = pairs
        self._pattern = re.compile(f"({'|'.join(sorted(pairs))})(?=(?:{_TIES}))") if pairs else None

    def __bool__(self) -> bool:
        return self._pattern is not None

    def mark(self, folded: str) -> str:
        """`folded` with each pair followed by both countries' Chinese names."""
        if self._pattern is None or not has_cjk(folded):
            return folded
        # (two spaces between words: a cue's gap reads each " word " as one)
        inserts = [
            (m.end(), "  ".join(w for name in self._pairs[m.group(1)] for w in name.split()))
            for m in self._pattern.finditer(folded)
        ]
        return insert_marks(folded, inserts) if inserts else folded

    def mark_document(self, doc: Document) -> Document:
        """The document with its folded sentences, paragraphs and lead context marked."""
        if self._pattern is None or not has_cjk(doc.folded):
            return doc
        return marked_document(doc, self.mark)


def _abbreviated(entity: Entity) -> tuple[str, str] | None:
    """A country's one-character Chinese abbreviation (the first of its own Chinese name, not
    its capital's) and the name a mark gives it: its English name, folded, which the entity's
    patterns know and which a cue's gap between Chinese words counts as one word a name."""
    country = countries_by_name().get(entity.name.casefold())
    if country is None or country.type != "country":
        return None
    local = dict(country.local).get("zh")
    return (fold(local)[0], fold(entity.name)) if local else None
