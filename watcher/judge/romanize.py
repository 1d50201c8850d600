"""Pinyin: find a company's romanized name written in Chinese characters.

Briefings name Chinese firms the way English news does, in pinyin ("Yunhai Digital", "Xinyuan
Lithium"); Chinese news writes 云海数字, 新源锂业 and never the Latin name, and no briefing
lists the characters. A `Romanizer` knows the pinyin names of a set of questions and marks,
in folded Chinese text, each run of characters that reads as one of them: "新源锂业" becomes
"新源 xinyuan 锂业", so the ordinary name patterns match. Only the folded text the judge
matches on is marked; quotes keep the words as written.

Only names that are unlikely to be read by accident take part: a word of two syllables needs
at least six letters (Yunhai, Huawei; not "Lima", which 立马 "at once" would match), longer
words qualify from three syllables on; a shorter two-syllable word counts only right before
its firm's sector word as Chinese writes it ("Jinlu Copper" in 金禄铜业). A character counts
with every reading it has.

This module knows nothing of questions beyond their names, and reads no stage cues.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cache

from watcher.judge.text import CJK_CHARS, Document, fold, has_cjk

_CJK_RUN = re.compile(f"[{CJK_CHARS}]+")
# A name word; a romanized name may join its syllables by a hyphen ("Pei-Lin", "Hai-Yang").
_WORD = re.compile(r"^[a-z]+(?:-[a-z]+)*$")
MIN_LETTERS_TWO_SYLLABLES = 6


@cache
def readings() -> dict[str, frozenset[str]]:
    """Character -> its pinyin readings without tones (行 -> xing, hang, heng)."""
    from pypinyin.pinyin_dict import pinyin_dict  # ~0.2 s: loaded only when a name needs it

    table: dict[str, frozenset[str]] = {}
    for code, spelled in pinyin_dict.items():
        table[chr(code)] = frozenset(_toneless(s) for s in spelled.split(","))
    return table


@cache
def syllables() -> frozenset[str]:
    """Every toneless pinyin syllable, less the bare nasals of interjections (嗯 n, 呣 m)."""
    return frozenset(s for found in readings().values() for s in found) - _NASALS


_NASALS = frozenset({"n", "m", "ng", "hm", "hng"})


def _toneless(syllable: str) -> str:
    # ü is written v in typed pinyin and u in most romanized names (Lü -> Lu).
    bare = unicodedata.normalize("NFKD", syllable.strip())
    return "".join(c for c in bare if not unicodedata.combining(c)).replace("ü", "u").lower()


def segmentations(word: str) -> list[tuple[str, ...]]:
    """Every way to read `word` (lower case) as a sequence of pinyin syllables."""
    valid = syllables()
    found: list[tuple[str, ...]] = []

    def walk(start: int, taken: tuple[str, ...]) -> None:
        if start == len(word):
            found.append(taken)
            return
        for end in range(min(len(word), start + 6), start, -1):
            # Pinyin marks a syllable that starts with a vowel inside a word (Xi'an): without
            # the mark, "Panama" is not pan-a-ma.
            if word[start:end] in valid and not (start and word[start] in "aeo"):
                walk(end, (*taken, word[start:end]))

    walk(0, ())
    return found


def pinyin_name(word: str) -> list[tuple[str, ...]]:
    """The syllable readings of a name word that may take part (see module doc), or []."""
    word = word.lower()
    if not _WORD.match(word):
        return []
    letters = word.replace("-", "")
    return [
        parts
        for parts in segmentations(letters)
        if len(parts) >= 3 or (len(parts) == 2 and len(letters) >= MIN_LETTERS_TWO_SYLLABLES)
        # a hyphen parts syllables: "pei-lin" is pei + lin, not pe + ilin
        if "-" not in word or _parted_at_hyphens(parts, word)
    ]


def _parted_at_hyphens(parts: tuple[str, ...], word: str) -> bool:
    bounds, at = set(), 0
    for part in parts[:-1]:
        at += len(part)
        bounds.add(at)
    cuts, at = set(), 0
    for piece in word.split("-")[:-1]:
        at += len(piece)
        cuts.add(at)
    return cuts <= bounds


# A firm's sector word as the Chinese press writes it after the firm's name ("Jinlu Copper"
# is 金禄铜业): a short name of two syllables, too likely to be read by accident alone, counts
# when this word follows it.
SECTOR_IN_CHINESE: dict[str, tuple[str, ...]] = {
    "copper": ("铜业", "铜矿"),
    "mining": ("矿业",),
    "steel": ("钢铁",),
    "energy": ("能源",),
    "solar": ("太阳能", "光伏"),
    "cement": ("水泥",),
    "metals": ("金属",),
    "lithium": ("锂业",),
    "harbour": ("港湾",),
    "harbor": ("港湾",),
    "port": ("港口", "港务"),
    "engineering": ("工程",),
    "construction": ("建设", "建工", "建筑"),
    "shipping": ("航运", "海运"),
    "fisheries": ("渔业",),
    "potash": ("钾业", "钾肥"),
    "power": ("电力",),
    "rail": ("铁路",),
    "railway": ("铁路",),
}

# A name's reading: its syllables, the word, and what must follow it in the run (or nothing).
_Reading = tuple[tuple[str, ...], str, tuple[str, ...]]


class Romanizer:
    """Marks pinyin names in folded Chinese text. The pinyin table (~0.4 s to load) is read
    the first time Chinese text comes with names that may be pinyin, not before."""

    def __init__(self, names: Iterable[str]) -> None:
        self._words = sorted(
            {
                w.lower()
                for n in names
                if not has_cjk(n)
                for w in n.split()
                if _WORD.match(w.lower())
            }
        )
        # "Jinlu Copper", "Huayu Harbour Engineering": the short first word with the sector
        # word after it; the whole name is marked ("华屿 huayu harbour engineering 港湾工程"),
        # since the short word alone may be no name of the question's.
        self._before_sector = sorted(
            {
                (words[0].lower(), words[1].lower(), fold(n))
                for n in names
                if not has_cjk(n)
                and len(words := n.split()) >= 2
                and words[1].lower() in SECTOR_IN_CHINESE
                and _WORD.match(words[0].lower())
            }
        )
        self._compiled: dict[str, list[_Reading]] | None = None

    @property
    def _by_first(self) -> dict[str, list[_Reading]]:
        if self._compiled is None:
            self._compiled = defaultdict(list)
            for word in self._words:
                for parts in pinyin_name(word):
                    # (marked as folded names read: "pei-lin" folds to "pei lin")
                    self._compiled[parts[0]].append((parts, word.replace("-", " "), ()))
            for word, sector, name in self._before_sector:
                # (a longer first word is marked alone as well, above; the whole name too, as
                # the question may know the firm only by it: "Nanhai Harbour Engineering Co")
                for parts in segmentations(word):
                    if len(parts) >= 2:
                        self._compiled[parts[0]].append((parts, name, SECTOR_IN_CHINESE[sector]))
        return self._compiled

    def __bool__(self) -> bool:
        return bool(self._words) and bool(self._by_first)

    def mark(self, folded: str) -> str:
        """`folded` with each Chinese run that reads as a known name followed by that name."""
        if not self._words or not has_cjk(folded) or not self._by_first:
            return folded
        inserts: list[tuple[int, str]] = []
        for run in _CJK_RUN.finditer(folded):
            inserts.extend(self._in_run(run.group(), run.start()))
        return insert_marks(folded, inserts)

    def mark_document(self, doc: Document) -> Document:
        """The document with its folded sentences, paragraphs and lead context marked."""
        if not self._words or not has_cjk(doc.folded):
            return doc
        return marked_document(doc, self.mark)

    def _in_run(self, run: str, offset: int) -> list[tuple[int, str]]:
        table = readings()
        found: list[tuple[int, str]] = []
        for i, char in enumerate(run):
            for first in table.get(char, ()):
                for parts, word, sector in self._by_first.get(first, ()):
                    end = i + len(parts)
                    if (
                        end <= len(run)
                        and all(
                            syl in table.get(c, ())
                            for syl, c in zip(parts, run[i:end], strict=True)
                        )
                        and (not sector or run.startswith(sector, end))
                    ):
                        found.append((offset + end, word))
        return sorted(set(found))


def insert_marks(folded: str, inserts: Iterable[tuple[int, str]]) -> str:
    """`folded` with each (position, word) inserted as " word " at its position."""
    for at, word in sorted(set(inserts), reverse=True):
        folded = f"{folded[:at]} {word} {folded[at:]}"
    return folded


def marked_document(doc: Document, mark: Callable[[str], str]) -> Document:
    """The document with `mark` applied to its folded sentences, paragraphs and lead context
    (what the judge matches on; quotes keep the words as written)."""
    return replace(
        doc,
        sentences=tuple(replace(s, folded=mark(s.folded)) for s in doc.sentences),
        paragraphs=tuple(mark(p) for p in doc.paragraphs),
        lead_context=mark(doc.lead_context),
    )
