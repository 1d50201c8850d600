"""Bundled reference data: the gazetteer (entities and aliases) and the glossary (topic terms).

Reads the YAML files shipped inside this package, once per process, into frozen records, and
says how their words are matched against text (`phrase_pattern`). It does not decide which
entities or terms a question gets: `watcher.questions` does that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ruamel.yaml import YAML

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class GazetteerEntry:
    """One entity of the gazetteer: its English name, kind of thing and every alias."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    legislature: str | None = None
    part_of: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Concept:
    """One glossary concept: its words in every language, and how questions use it."""

    key: str
    words: tuple[str, ...]
    slug: str | None = None
    kinds: tuple[str, ...] = ()
    broad: bool = False


def _read(name: str) -> Any:
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return YAML(typ="safe", pure=True).load(text)


@cache
def gazetteer() -> tuple[GazetteerEntry, ...]:
    """Every gazetteer entry, in file order."""
    return tuple(
        GazetteerEntry(
            name=str(row["name"]),
            type=str(row.get("type", "organisation")),
            aliases=tuple(str(a) for a in row.get("aliases") or ()),
            legislature=row.get("legislature"),
            part_of=row.get("part_of"),
        )
        for row in _read("gazetteer.yaml")["entities"]
    )


@cache
def gazetteer_index() -> dict[str, GazetteerEntry]:
    """Gazetteer entries by canonical name."""
    return {entry.name: entry for entry in gazetteer()}


@cache
def glossary() -> tuple[Concept, ...]:
    """Every glossary concept, in file order; `words` lists en, es, pt, zh in that order."""
    return tuple(
        Concept(
            key=str(row["key"]),
            words=_concept_words(row),
            slug=row.get("slug"),
            kinds=tuple(row.get("kinds") or ()),
            broad=bool(row.get("broad", False)),
        )
        for row in _read("glossary.yaml")["concepts"]
    )


def _concept_words(row: dict[str, Any]) -> tuple[str, ...]:
    words = [str(row["key"])]
    for language in ("en", "es", "pt", "zh"):
        words.extend(str(w) for w in row.get(language) or ())
    return tuple(dict.fromkeys(words))


@cache
def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """How a gazetteer or glossary phrase is found in text.

    Chinese has no spaces, so CJK phrases match anywhere; other phrases match as whole words.
    Phrases written in capitals ("WHO", "US", "AI") match only in capitals, because their
    lower-case forms are ordinary words.
    """
    if _CJK.search(phrase):
        return re.compile(re.escape(phrase))
    body = r"\s+".join(re.escape(part) for part in phrase.split())
    flags = 0 if phrase.isupper() else re.IGNORECASE
    return re.compile(rf"(?<!\w){body}(?!\w)", flags)


# Words that carry no topic: function words, the "Whether ..." frame of watch items, and vague
# qualifiers. Used to pick an item's key words (for ids) and to relate sentences to items.
# Kept as one block of text: a word table reads better than a list of quoted strings.
STOPWORDS = frozenset(
    """a an the and or nor but of in on at to for from by with into onto over under about as
    is are was were be been being has have had do does did it its it's this that these those
    their there here than then so such not no any all some each both either whether if when
    which who whom whose what how why after before during since until while per via up out
    off also only more most much many very just yet again further once same other own
    will would could should may might must can shall actual actually measurable concrete
    response respond visit formally any real really progresses progress translates translate
    increases increase begins begin finishes finish commits commit used use using
    promised schedule end year time de del la las el los en y o un una por para con
    que se su sus da do das dos em e um uma""".split()  # noqa: SIM905
)

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)


def content_words(text: str) -> list[str]:
    """Lower-cased words of `text` that carry a topic, in order, possessives stripped."""
    words = []
    for match in _WORD.finditer(text):
        word = re.sub(r"['’]s?$", "", match.group(0).lower()).strip("-")
        if len(word) > 1 and word not in STOPWORDS:
            words.append(word)
    return words
