"""The JSON contract of `status`, `history`, `evidence` and `check`, built from records.

Pure: records in, plain dicts (JSON-ready) out. Scripts rely on these shapes (see the README's
"JSON contract"); change them only by adding keys. Dates are ISO 8601 in UTC.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from watcher.model import (
    Evidence,
    HistoryRecord,
    ObservationRecord,
    Question,
    QuestionState,
    ReviewRecord,
)


def iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def evidence_ref(ev: Evidence) -> dict[str, Any]:
    return {"url": ev.url, "title": ev.title, "published": iso(ev.published), "quote": ev.quote}


def history_row(record: HistoryRecord) -> dict[str, Any]:
    change = record.change
    return {
        "from": change.from_stage,
        "to": change.to_stage,
        "at": iso(change.at),
        "recorded_at": iso(record.recorded_at),
        "by": str(change.by),
        "actor": record.actor,
        "confidence": round(change.confidence, 3),
        "party": change.party,
        "rule": change.rule,
        "evidence": [evidence_ref(e) for e in change.evidence],
        "note": change.note,
    }


def status_row(
    question: Question, state: QuestionState | None, history: Sequence[HistoryRecord]
) -> dict[str, Any]:
    """One question as `watcher status --json` prints it."""
    parties = [
        {"name": p.name, "done": (state.parties.get(p.name) if state else None)}
        for p in question.parties
    ]
    return {
        "id": question.id,
        "watchlist": question.watchlist,
        "text": question.text,
        "kind": question.kind,
        "stage": state.stage if state else question.baseline,
        "baseline": question.baseline,
        "stages": list(question.ladder.stages),
        "setbacks": list(question.ladder.setbacks),
        "parties": parties,
        "deadline": iso(question.deadline),
        "updated_at": iso(state.updated_at) if state else None,
        "history": [history_row(h) for h in history if h.change.question_id == question.id],
    }


def status_rows(
    questions: Sequence[Question],
    states: Mapping[str, QuestionState],
    history: Sequence[HistoryRecord],
) -> list[dict[str, Any]]:
    return [status_row(q, states.get(q.id), history) for q in questions]


def evidence_row(record: ObservationRecord) -> dict[str, Any]:
    """One entry tied to a question, as `watcher evidence QID --json` prints it."""
    obs = record.observation
    return {
        "url": obs.url,
        "title": obs.title,
        "published": iso(obs.published),
        "feed": obs.feed_url,
        "source": obs.source,
        "stage": obs.stage,
        "polarity": str(obs.polarity),
        "party": obs.party,
        "quote": obs.quote,
        "rule": obs.rule,
        "language": obs.language,
        "score": round(obs.score, 3),
        "recorded_at": iso(record.recorded_at),
    }


def review_row(record: ReviewRecord) -> dict[str, Any]:
    item = record.item
    return {
        "id": record.id,
        "question": item.question_id,
        "from": item.from_stage,
        "proposed": item.proposed_stage,
        "party": item.party,
        "at": iso(item.at),
        "reason": item.reason,
        "confidence": round(item.confidence, 3),
        "status": record.status,
        "created_at": iso(record.created_at),
        "resolved_at": iso(record.resolved_at),
        "resolved_by": record.resolved_by,
        "note": record.note,
        "evidence": [evidence_ref(e) for e in item.evidence],
    }
