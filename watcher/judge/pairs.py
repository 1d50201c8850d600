"""Countries by one character: the Chinese press's pair and single abbreviations.

Chinese news names a bilateral matter by the first character of each country's name: "中斐投资
协定" (China and Fiji), "台史合作" (Taiwan and Eswatini), "中汤关系" (China and Tonga). Such a
pair names both countries, yet no name pattern sees it. A `PairMarker` knows the pairs of
countries the questions name together and marks, in folded text, each such pair that comes
right before a word of ties or of an instrument (协定, 关系, 合作, 投资, 签署 ...) with both
countries' names as the pact's sides: "中斐投资协定" becomes "中斐 between china and fiji 投资
协定", so the ordinary name patterns match and neither country is read as the one that acted (a
Latin word is one word to a cue's gap between Chinese words, which Chinese names would
stretch). Only the folded text the judge matches on is marked; quotes keep the words as
written.

The press also writes one country as its character and 国 ("史国参议院通过", Eswatini's
senate): that is marked with the country's name alone, so the country is read as the actor.

Precision first: a pair is read only before such a word, and never where its two characters
spell something else (台海 the Taiwan Strait, 中东 the Middle East, 中非 China and Africa, 中西
Chinese and Western); a single never where it is a place's name (安国).

This module knows nothing of questions beyond their country names, and reads no stage cues.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from watcher.data import countries_by_name
from watcher.judge.romanize import insert_marks, marked_document
from watcher.judge.text import Document, fold, has_cjk
from watcher.model import Entity, Question

# Words of ties or instruments that follow a pair of countries in a headline or a lead.
_TIES = (
    "两国|双边|关系|合作|经贸|贸易|自贸|投资|协定|协议|条约|建交|断交|复交|外长|元首|领导人"
    "|峰会|联合|友好|直航|航线|航空|签|商签|谈判|会谈|合资|农业|渔业|海关|检疫|投保"
    # (an instrument's own name: "中冈共同发展经济伙伴关系框架协定", round 57, read; not 经济,
    # which "巴日经济伙伴协定" and "台帛经济合作协定" already read well without)
    "|共同|共建|框架"
    # (what two states grant each other: "中博互免签证协定", round 61, read)
    "|互免|互认|互设|互派|免签"
    # (a tax treaty's own name: "中马避免双重征税协定", "中马税收协定", round 68, read)
    "|避免|税收"
    # (a treaty's formal title: "《中利关于促进和相互保护投资协定》", round 74, read)
    "|关于"
    # (both sides, and a judicial treaty's own name: "中老双方均已完成…", "老中移管被判刑人条约",
    # "中科引渡条约", round 81, read)
    "|双方|移管|引渡|司法|刑事"
)
# Two characters that spell something else than two countries.
_NOT_PAIRS = frozenset({"台海", "中东", "中非", "中南", "中亚", "中欧", "中拉", "中西", "中美洲"})
# A character and 国 that name a place of their own (安国, a city in Hebei).
_NOT_SINGLES = frozenset({"安国", "多国"})  # (多国: "many countries", not São Tomé)
_SAINT = "圣"
# What follows 圣 and a character in other saints' names: 圣克鲁斯 (Santa Cruz), 圣克拉拉.
_NOT_AFTER_SAINT = "鲁|拉|莱"


class PairMarker:
    """Marks the questions' countries written by their first character in Chinese text: a
    pair of them before a word of ties ("中斐投资协定"), or one with 国 ("史国参议院", the
    press's "that country")."""

    def __init__(self, questions: Iterable[Question]) -> None:
        pairs: dict[str, set[tuple[str, str]]] = defaultdict(set)
        singles: dict[str, set[str]] = defaultdict(set)
        # A saint's country is also "saint" and its next character (圣克, St Kitts and Nevis),
        # but not where its own name goes on (圣克里斯多福) or another saint's place begins.
        saints: dict[str, str] = {}
        for q in questions:
            # (a character of the Chinese name, the name a mark gives)
            names = [n for e in (*q.entities, *q.context) for n in _abbreviated(e)]
            for a, a_name in names:
                # (not where the country's own name is its character and 国: 中国, 韩国)
                if f"{a}国" not in _NOT_SINGLES and not _own_name_is(f"{a}国", a_name):
                    singles[f"{a}国"].add(a_name)
                if (after := _saint_goes_on(a, a_name)) is not None:
                    singles[f"{_SAINT}{a}"].add(a_name)
                    saints[f"{_SAINT}{a}"] = after
            # (the mainland's short forms too, in pairs only: "中利投资协定", round 74, read;
            # alone with 国 they are other countries' too, 加国 Canada's)
            paired = [*names, *(n for e in (*q.entities, *q.context) for n in _mainland_shorts(e))]
            for a, a_name in paired:
                for b, b_name in paired:
                    if a != b and a_name != b_name and a + b not in _NOT_PAIRS:
                        pairs[a + b].add((a_name, b_name))
        # A character two of the questions' countries share says neither (巴: Brazil, Paraguay).
        self._marks = _unambiguous(singles, pairs)
        self._pattern = _pattern(
            [p for p in self._marks if p in pairs],
            [s for s in self._marks if s in singles and s not in saints],
            {s: after for s, after in saints.items() if s in self._marks},
        )

    def __bool__(self) -> bool:
        return self._pattern is not None

    def mark(self, folded: str) -> str:
        """`folded` with each pair or single followed by its countries' names."""
        if self._pattern is None or not has_cjk(folded):
            return folded
        inserts = [(m.end(), self._marks[m.group(1)]) for m in self._pattern.finditer(folded)]
        return insert_marks(folded, inserts) if inserts else folded

    def mark_document(self, doc: Document) -> Document:
        """The document with its folded sentences, paragraphs and lead context marked."""
        if self._pattern is None or not has_cjk(doc.folded):
            return doc
        return marked_document(doc, self.mark)


def _unambiguous(
    singles: dict[str, set[str]], pairs: dict[str, set[tuple[str, str]]]
) -> dict[str, str]:
    """Each abbreviation that stands for one country (or one pair) only, with its mark."""
    marks = {s: "  ".join(next(iter(n)).split()) for s, n in singles.items() if len(n) == 1}
    marks |= {p: _sides(*next(iter(n))) for p, n in pairs.items() if len(n) == 1}
    return marks


def _pattern(
    pairs: list[str], singles: list[str], saints: dict[str, str]
) -> re.Pattern[str] | None:
    alternatives = [f"(?:{'|'.join(sorted(pairs))})(?=(?:{_TIES}))"] if pairs else []
    alternatives += [f"(?:{'|'.join(sorted(singles))})"] if singles else []
    alternatives += [f"{s}(?!{after}|{_NOT_AFTER_SAINT})" for s, after in sorted(saints.items())]
    return re.compile(f"({'|'.join(alternatives)})") if alternatives else None


def _sides(a: str, b: str) -> str:
    """The mark of a pair: "between a and b", which names the pact's sides, not who acted
    (`relevance.acting_party`); two spaces between words, as a cue's gap between Chinese words
    reads each " word " as one."""
    return "  ".join(["between", *a.split(), "and", *b.split()])


def _own_name_is(single: str, name: str) -> bool:
    country = countries_by_name().get(name.casefold())
    return country is not None and any(fold(n).startswith(single) for n in country.names)


def _abbreviated(entity: Entity) -> list[tuple[str, str]]:
    """A country's one-character Chinese abbreviations (the first of its own Chinese name, not
    its capital's; a saint's also by the character after "saint": 聖克里斯多福 is 克 in "台克")
    and the name a mark gives it: its English name, folded, which the entity's patterns know
    and which a cue's gap between Chinese words counts as one word a name."""
    country = countries_by_name().get(entity.name.casefold())
    if country is None or country.type != "country":
        return []
    local = dict(country.local).get("zh")
    if not local:
        return []
    short, name = fold(local), fold(entity.name)
    found = [(short[0], name)]
    if short[0] == _SAINT and len(short) > 2:
        found.append((short[1], name))
    return found


def _mainland_shorts(entity: Entity) -> list[tuple[str, str]]:
    """A country's one-character abbreviations in the mainland press where its Chinese name
    in the gazetteer (Taiwan's usage) begins otherwise (利 for Liberia, 賴比瑞亞), with its mark."""
    country = countries_by_name().get(entity.name.casefold())
    if country is None or country.type != "country":
        return []
    return [(fold(c), fold(entity.name)) for c in country.zh_short]


def _saint_goes_on(char: str, name: str) -> str | None:
    """For a saint's country abbreviated by `char` (克 for 圣克里斯多福), the character its own
    names go on with after "saint" and `char` (里): where it follows, the name is written whole."""
    country = countries_by_name().get(name.casefold())
    if country is None:
        return None
    own = [fold(n) for n in country.names if fold(n).startswith(f"{_SAINT}{char}")]
    after = sorted({n[2] for n in own if len(n) > 2})
    return "|".join(after) if own and after else None
