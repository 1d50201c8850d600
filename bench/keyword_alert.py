"""A keyword-alert baseline: what a plain news-alert service would report for watcher's questions.

An item is tied to a question when its text names every one of the question's entities (any of
an entity's names: its primary name or an alias, as a plain case-folded substring). It then moves
the question one stage forward when it also holds a cue word of the next stage from a small
English/Spanish table. There is no negation, modality, tense, party or date handling: that is
the point of a baseline. The bench replays it over the same articles, in the same order, as the
real pipeline, and scores both the same way.

Pure: items and questions in, status rows and evidence out. It reads no feed, database or clock,
and it never backs a question down (setbacks are out of its reach).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from watcher.model import Question

# Cue words per kind and stage (the stage an item would move the question *to*). Stems are
# deliberate: "ratif" catches ratify, ratified, ratifica, ratificó.
CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "ratification": {
        "submitted": (
            "submitted",
            "sent to congress",
            "sent to parliament",
            "remitió",
            "envía",
            "somete",
            "sometido",
        ),
        "ratified-partial": ("ratif", "approved", "aprobó", "aprueba"),
        "ratified-all": ("ratif", "approved", "aprobó", "aprueba"),
        "in-force": ("in force", "takes effect", "took effect", "en vigor", "vigencia"),
        "invoked": (
            "extradition request",
            "first request",
            "solicitud de extradición",
            "invoked",
            "invocó",
        ),
    },
    "project": {
        "preparing": (
            "financing",
            "contract",
            "land",
            "permit",
            "financiamiento",
            "contrato",
            "terreno",
            "licencia",
        ),
        "construction": (
            "construction",
            "broke ground",
            "groundbreaking",
            "construcción",
            "obras",
            "primera piedra",
        ),
        "operational": ("inaugurat", "operational", "operating", "inaugur", "opera "),
    },
    "market": {
        "first-shipment": (
            "first shipment",
            "first cargo",
            "shipment",
            "primer embarque",
            "primer envío",
            "embarque",
        ),
        "volumes-reported": ("tonnes", "tons", "toneladas", "million", "millones"),
    },
    "pressure": {
        "rhetorical": ("urge", "warn", "condemn", "oppose", "insta", "advierte", "condena"),
        "concrete": (
            "sanction",
            "ban",
            "suspend",
            "tariff",
            "sanción",
            "prohíbe",
            "suspende",
            "arancel",
        ),
    },
    "decision": {
        "signaled": (
            "intends",
            "decided to",
            "will seek",
            "announce",
            "anunció",
            "decidió",
            "prevé",
        ),
        "done": (
            "approved",
            "signed",
            "established",
            "joined",
            "created",
            "aprobó",
            "firmó",
            "creó",
            "ingresa",
        ),
    },
}

# Words of a watch item that never name anything (used only for questions without entities).
STOPWORDS = frozenset({"Whether", "The", "A", "An", "And", "Of", "In", "On", "To", "AI"})


@dataclass(frozen=True)
class AlertItem:
    """One article as a feed carries it: its id, when it was published, and title plus lead."""

    key: str
    published: datetime
    text: str


@dataclass
class AlertQuestion:
    """A question as the alert service follows it: the names it needs and where it stands."""

    question: Question
    names: tuple[tuple[str, ...], ...]
    stage: str
    history: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)


def names_of(question: Question) -> tuple[tuple[str, ...], ...]:
    """One group of case-folded names per entity; every group must be matched."""
    groups = tuple(tuple(n.casefold() for n in e.names if n) for e in question.entities)
    if groups:
        return groups
    # No entity: fall back on the watch item's capitalised words, as alert users type them.
    words = [w for w in re.findall(r"\b[A-Z][\w'-]+", question.text) if w not in STOPWORDS]
    return tuple((w.casefold(),) for w in words[:2])


def follow(questions: Sequence[Question]) -> list[AlertQuestion]:
    return [AlertQuestion(q, names_of(q), q.baseline) for q in questions]


def names_all(item_text: str, names: tuple[tuple[str, ...], ...]) -> bool:
    return bool(names) and all(any(n in item_text for n in group) for group in names)


def next_stage(question: Question, stage: str) -> str | None:
    stages = question.ladder.stages
    if stage not in stages or stages.index(stage) + 1 >= len(stages):
        return None
    return stages[stages.index(stage) + 1]


def read_item(followed: AlertQuestion, item: AlertItem) -> None:
    """Tie the item to the question when it names it; advance one stage on a cue word."""
    text = item.text.casefold()
    if not names_all(text, followed.names):
        return
    followed.evidence.append(item.key)
    target = next_stage(followed.question, followed.stage)
    cues = CUES.get(followed.question.kind, {}).get(target or "", ())
    if target and any(cue in text for cue in cues):
        followed.history.append(
            {"from": followed.stage, "to": target, "at": item.published.isoformat(),
             "by": "auto", "evidence": [{"url": item.key}]}
        )  # fmt: skip
        followed.stage = target


def run_alerts(
    questions: Sequence[Question], items: Iterable[AlertItem]
) -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
    """Replay the items in order; return status rows (the `status --json` shape, reduced) and
    the item keys tied to each question."""
    followed = follow(questions)
    for item in items:
        for f in followed:
            read_item(f, item)
    rows = [status_row(f) for f in followed]
    return rows, {f.question.id: list(f.evidence) for f in followed}


def status_row(followed: AlertQuestion) -> dict[str, Any]:
    q = followed.question
    return {
        "id": q.id,
        "text": q.text,
        "kind": q.kind,
        "stage": followed.stage,
        "baseline": q.baseline,
        "stages": list(q.ladder.stages),
        "setbacks": list(q.ladder.setbacks),
        "history": list(followed.history),
    }
