"""Relevance: does an entry bear on a question, how strongly, and which sentence says so.

An entry bears on a question when one sentence names every entity of the question (through any
alias; the title and lead paragraph may supply an entity the sentence leaves implicit) and at
least one topic term, with no `exclude` term in that sentence. A paragraph that does the same
scores lower. Scores are fixed levels times a placement weight, so the decider can read them:

    1.0  every entity and a term in the sentence itself
    0.75 a term and some entity in the sentence, the other entities in the title or lead
    0.7  a term in the sentence, the entities only in the title or lead
    0.5  only the paragraph as a whole names them all
    x 1.0 in the title, x 0.95 in the lead, x 0.9 in the body

So a score of at least 0.9 means "the matter is named in the sentence", and at least 0.95
"...and that sentence is the title or lead". This module does not read stage cues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from watcher.judge.text import PLACE_LEAD, PLACE_TITLE, Document, Sentence, compile_terms
from watcher.model import Entity, Question

SAME_SENTENCE = 1.0
WITH_CONTEXT = 0.75
CONTEXT_ONLY = 0.7
SAME_PARAGRAPH = 0.5
PLACEMENT = {PLACE_TITLE: 1.0, PLACE_LEAD: 0.95}
BODY_WEIGHT = 0.9


@dataclass(frozen=True)
class Matter:
    """A question compiled for matching: one pattern per entity, terms, excludes, parties."""

    question: Question
    entities: tuple[re.Pattern[str], ...]
    terms: re.Pattern[str] | None
    exclude: re.Pattern[str] | None
    parties: tuple[tuple[str, re.Pattern[str]], ...]


@dataclass(frozen=True)
class Relevance:
    """How an entry bears on a question: the best score and sentence, and every sentence's."""

    score: float
    best: Sentence | None
    scores: tuple[float, ...]


def compile_matter(question: Question) -> Matter:
    return Matter(
        question=question,
        entities=tuple(p for p in (_entity_pattern(e) for e in question.entities) if p),
        terms=compile_terms(question.terms),
        exclude=compile_terms(question.exclude),
        parties=tuple(
            (party.name, pattern)
            for party in question.parties
            if (pattern := _entity_pattern(party)) is not None
        ),
    )


def _entity_pattern(entity: Entity) -> re.Pattern[str] | None:
    return compile_terms([n for n in entity.names if n.strip()])


def assess(matter: Matter, doc: Document) -> Relevance:
    """Score every sentence of `doc` against the matter; 0 means the sentence does not bear."""
    context = [bool(p.search(doc.lead_context)) for p in matter.entities]
    paragraph_ok = [_paragraph_bears(matter, text, context) for text in doc.paragraphs]
    scores = tuple(_sentence_score(matter, s, context, paragraph_ok) for s in doc.sentences)
    if not scores or max(scores) <= 0:
        return Relevance(0.0, None, scores)
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    return Relevance(scores[best], doc.sentences[best], scores)


def _sentence_score(
    matter: Matter, sentence: Sentence, context: list[bool], paragraph_ok: list[bool]
) -> float:
    level = _sentence_level(matter, sentence.folded, context)
    if level == 0 and paragraph_ok[sentence.paragraph]:
        level = SAME_PARAGRAPH
    return round(level * PLACEMENT.get(sentence.place, BODY_WEIGHT), 4)


def _sentence_level(matter: Matter, text: str, context: list[bool]) -> float:
    if not _has_term(matter, text) or _excluded(matter, text):
        return 0.0
    present = [bool(p.search(text)) for p in matter.entities]
    if all(present):
        return SAME_SENTENCE
    if not all(p or c for p, c in zip(present, context, strict=True)):
        return 0.0
    return WITH_CONTEXT if any(present) else CONTEXT_ONLY


def _paragraph_bears(matter: Matter, text: str, context: list[bool]) -> bool:
    if not _has_term(matter, text) or _excluded(matter, text):
        return False
    return all(bool(p.search(text)) or c for p, c in zip(matter.entities, context, strict=True))


def _has_term(matter: Matter, text: str) -> bool:
    return matter.terms is None or matter.terms.search(text) is not None


def _excluded(matter: Matter, text: str) -> bool:
    return matter.exclude is not None and matter.exclude.search(text) is not None


def parties_named(matter: Matter, text: str, near: int) -> list[str]:
    """Parties named in `text`, the one closest to position `near` first."""
    found: list[tuple[int, str]] = []
    for name, pattern in matter.parties:
        positions = [abs(m.start() - near) for m in pattern.finditer(text)]
        if positions:
            found.append((min(positions), name))
    return [name for _, name in sorted(found)]
