"""A candidate index: from folded alias and term keys to the questions that need them.

Each alias or term yields one key: its longest Latin word, or its first CJK character pair (the
character itself for one-character names). An entry's keys are its Latin words (plus their
singulars) and every CJK character and character pair. A question is a candidate when every
entity, and the topic terms, have at least one key in the entry; the work is proportional to
the keys an entry hits, not to the number of questions. Candidates are a superset of the
questions the entry bears on; `relevance.py` then decides.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from watcher.judge.relevance import (
    institution_keys,
    merge_entities,
    name_variants,
    pair_abbreviations,
    pairs_of,
)
from watcher.judge.text import CJK_CHARS, fold, spelling_key
from watcher.model import Question

_LATIN_WORD = re.compile(r"[0-9a-z]+")
_CJK_RUN = re.compile(f"[{CJK_CHARS}]+")
TERMS_SLOT = -1


def name_key(name: str) -> str | None:
    """The one key an alias or term is filed under (None for a name with nothing to match)."""
    folded = fold(name)
    run = _CJK_RUN.search(folded)
    words = _LATIN_WORD.findall(folded)
    if words and (run is None or len(max(words, key=len)) >= 3):
        return spelling_key(_singular(max(words, key=len)))
    return run.group()[:2] if run else None


def entry_keys(folded_text: str) -> set[str]:
    """Every key an entry offers: Latin words and singulars, CJK characters and pairs."""
    keys: set[str] = set()
    for word in _LATIN_WORD.findall(folded_text):
        keys.add(word)
        keys.add(_singular(word))
        keys.add(spelling_key(_singular(word)))
    for run in _CJK_RUN.findall(folded_text):
        keys.update(run)
        keys.update(run[i : i + 2] for i in range(len(run) - 1))
    return keys


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


class CandidateIndex:
    """Postings from entity-alias key to (question id, entity slot); topic-term keys per question.

    Topic terms are shared by many questions ("treaty"), so they are not posted: they are checked
    only for the questions whose entities all hit. A question without entities is posted by its
    terms instead, and one with neither is always a candidate.
    """

    def __init__(
        self,
        questions: Sequence[Question],
        loose_terms: Iterable[str] = (),
        one_sided: Iterable[str] = (),
    ) -> None:
        """`loose_terms`: ids of questions with topic words beyond `terms` (a contrast member
        such as "pork"): their terms are left to `relevance.py` instead of checked here.
        `one_sided`: ids of questions an entry naming one of their entities may bear on (a
        government sending the agreement to its own legislature)."""
        self._postings: dict[str, set[tuple[str, int]]] = defaultdict(set)
        self._needed: dict[str, int] = {}
        self._term_keys: dict[str, frozenset[str]] = {}
        self._always: set[str] = set()
        self._loose = frozenset(loose_terms)
        self._one_sided = frozenset(one_sided)
        # A one-sided question with a single entity may bear on an entry that names none: its
        # outlet writes from that country ("Conselho de Ministros baixa sobretaxa"). It is
        # found by its topic words instead; `relevance.py` then asks where the outlet writes.
        self._by_terms: dict[str, set[str]] = defaultdict(set)
        for question in questions:
            self._add(question)

    def _add(self, question: Question) -> None:
        merged = merge_entities(question)
        slots = [(i, name_variants(names)) for i, names in enumerate(merged)]
        # "中斯" names both China and Sri Lanka: each slot is also filed under its pairs
        pairs = pair_abbreviations(question)
        paired = {i: pairs_of(names, pairs) for i, names in enumerate(merged)} if pairs else {}
        if not slots and question.terms:
            slots = [(TERMS_SLOT, question.terms)]
        elif question.terms and question.id not in self._loose:
            self._term_keys[question.id] = frozenset(_keys_of(question.terms))
        if not slots:
            self._always.add(question.id)
        self._needed[question.id] = len(slots)
        if len(slots) == 1 and slots[0][0] != TERMS_SLOT and question.id in self._one_sided:
            for key in _keys_of(question.terms):
                self._by_terms[key].add(question.id)
        for slot, names in slots:
            institutions = {k for n in names for k in institution_keys(n)}
            for key in _keys_of(names) | institutions | set(paired.get(slot, ())):
                self._postings[key].add((question.id, slot))

    def candidates(self, folded_text: str) -> set[str]:
        keys = entry_keys(folded_text)
        hits: dict[str, set[int]] = defaultdict(set)
        for key in keys:
            for qid, slot in self._postings.get(key, ()):
                hits[qid].add(slot)
        found = {
            qid
            for qid, slots in hits.items()
            if (len(slots) == self._needed[qid] or qid in self._one_sided)
            and self._terms_hit(qid, keys)
        }
        by_terms = {qid for key in keys for qid in self._by_terms.get(key, ())}
        return found | by_terms | self._always

    def _terms_hit(self, qid: str, keys: set[str]) -> bool:
        wanted = self._term_keys.get(qid)
        return wanted is None or not wanted.isdisjoint(keys)


def _keys_of(names: Iterable[str]) -> set[str]:
    return {k for k in (name_key(n) for n in names) if k}
