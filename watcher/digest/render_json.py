"""Render a `DigestView` as JSON for other programs: stable field names, documented below.

It only formats; `build_digest` decides the content. Ids (watchlist, question, stage, review and
history ids) are emitted verbatim. Datetimes are ISO 8601 in UTC ending in `Z`; dates are
`YYYY-MM-DD`; a missing value is `null`. A reader should ignore keys it does not know: fields may
be added, never renamed, without bumping `schema`.

Shape (`schema` = "watcher.digest/1")::

    {"schema", "since", "now", "stale_after_days",
     "summary": {"changes", "reviews_waiting", "stale", "overdue", "failing_feeds", "questions"},
     "watchlists": [{"id", "title", "date", "canonical_url",
        "questions": [{"id", "text", "kind", "stage",
           "ladder": {"stages": [...], "index", "length", "setback", "at_top"},
           "parties": null | {"done", "total", "acted": [{"name", "on"}], "waiting": [...]},
           "deadline", "overdue", "stale", "last_heard_at", "silent_days",
           "changes": [{"id", "from", "to", "at", "recorded_at", "by", "actor", "confidence",
                        "note", "party", "evidence": [EVIDENCE]}],
           "reviews": [{"id", "from", "proposed", "at", "created_at", "reason", "confidence",
                        "party", "evidence": [EVIDENCE]}]}]}],
     "feed_problems": [{"url", "title", "watchlist", "error_count", "last_error",
                        "last_checked_at", "next_check_at"}]}

    EVIDENCE = {"title", "url", "published", "quote", "rule"}
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from watcher.digest.build import (
    ChangeView,
    DigestView,
    EvidenceLink,
    FeedProblem,
    LadderPosition,
    PartyProgress,
    QuestionDigest,
    ReviewView,
    WatchlistDigest,
)

SCHEMA = "watcher.digest/1"


def render_json(view: DigestView) -> str:
    """The digest as indented JSON text (UTF-8 safe, non-ASCII kept), ending with a newline."""
    return json.dumps(digest_document(view), ensure_ascii=False, indent=2) + "\n"


def digest_document(view: DigestView) -> dict[str, Any]:
    """The digest as plain JSON-ready data (what `render_json` dumps)."""
    summary = view.summary
    return {
        "schema": SCHEMA,
        "since": iso_time(view.since),
        "now": iso_time(view.now),
        "stale_after_days": view.stale_after.total_seconds() / 86400,
        "summary": {
            "changes": summary.changes,
            "reviews_waiting": summary.reviews_waiting,
            "stale": summary.stale,
            "overdue": summary.overdue,
            "failing_feeds": summary.failing_feeds,
            "questions": summary.questions,
        },
        "watchlists": [_watchlist(w) for w in view.watchlists],
        "feed_problems": [_feed_problem(p) for p in view.feed_problems],
    }


def iso_time(moment: datetime | None) -> str | None:
    """ISO 8601 in UTC with a `Z`, e.g. `2026-05-08T07:00:00Z`."""
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def iso_date(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _watchlist(section: WatchlistDigest) -> dict[str, Any]:
    return {
        "id": section.id,
        "title": section.title,
        "date": iso_date(section.date),
        "canonical_url": section.canonical_url,
        "questions": [_question(q) for q in section.questions],
    }


def _question(question: QuestionDigest) -> dict[str, Any]:
    return {
        "id": question.id,
        "text": question.text,
        "kind": question.kind,
        "stage": question.position.stage,
        "ladder": _ladder(question.position),
        "parties": _parties(question.parties),
        "deadline": iso_date(question.deadline),
        "overdue": question.overdue,
        "stale": question.stale,
        "last_heard_at": iso_time(question.last_heard_at),
        "silent_days": question.silent_days,
        "changes": [_change(c) for c in question.changes],
        "reviews": [_review(r) for r in question.reviews],
    }


def _ladder(position: LadderPosition) -> dict[str, Any]:
    return {
        "stages": list(position.stages),
        "index": position.index,
        "length": position.length,
        "setback": position.setback,
        "at_top": position.at_top,
    }


def _parties(progress: PartyProgress | None) -> dict[str, Any] | None:
    if progress is None:
        return None
    return {
        "done": progress.done,
        "total": progress.total,
        "acted": [{"name": p.name, "on": p.on} for p in progress.acted],
        "waiting": list(progress.waiting),
    }


def _change(change: ChangeView) -> dict[str, Any]:
    return {
        "id": change.id,
        "from": change.from_stage,
        "to": change.to_stage,
        "at": iso_time(change.at),
        "recorded_at": iso_time(change.recorded_at),
        "by": change.by,
        "actor": change.actor,
        "confidence": change.confidence,
        "note": change.note,
        "party": change.party,
        "evidence": [_evidence(e) for e in change.evidence],
    }


def _review(review: ReviewView) -> dict[str, Any]:
    return {
        "id": review.id,
        "from": review.from_stage,
        "proposed": review.proposed_stage,
        "at": iso_time(review.at),
        "created_at": iso_time(review.created_at),
        "reason": review.reason,
        "confidence": review.confidence,
        "party": review.party,
        "evidence": [_evidence(e) for e in review.evidence],
    }


def _evidence(evidence: EvidenceLink) -> dict[str, Any]:
    return {
        "title": evidence.title,
        "url": evidence.url,
        "published": iso_time(evidence.published),
        "quote": evidence.quote,
        "rule": evidence.rule,
    }


def _feed_problem(problem: FeedProblem) -> dict[str, Any]:
    return {
        "url": problem.url,
        "title": problem.title,
        "watchlist": problem.watchlist,
        "error_count": problem.error_count,
        "last_error": problem.last_error,
        "last_checked_at": iso_time(problem.last_checked_at),
        "next_check_at": iso_time(problem.next_check_at),
    }
