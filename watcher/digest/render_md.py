"""Render a `DigestView` as Markdown an analyst reads in a terminal or pastes into an email.

It only formats: every decision (what is in the period, what is stale or overdue) was made by
`build_digest`. Dates are shown as `YYYY-MM-DD` in UTC. Text from feeds (titles, quotes, notes)
is folded to one line so it cannot break the layout; no line ends in whitespace.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime
from typing import TypeVar

from watcher.digest.build import (
    ChangeView,
    DigestSummary,
    DigestView,
    EvidenceLink,
    FeedProblem,
    LadderPosition,
    QuestionDigest,
    ReviewView,
    WatchlistDigest,
)

ARROW = " → "
T = TypeVar("T")


def render_markdown(view: DigestView) -> str:
    """The whole digest as Markdown text, ending with one newline."""
    lines = [
        f"# watcher digest: {day(view.since)} to {day(view.now)} (UTC)",
        "",
        summary_line(view.summary),
    ]
    for section in view.watchlists:
        lines += ["", *_watchlist_lines(section)]
    if view.feed_problems:
        lines += ["", "## Feed problems", "", *map(feed_problem_line, view.feed_problems)]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def day(moment: datetime | date | None) -> str:
    """`YYYY-MM-DD`, in UTC for datetimes; `?` when unknown."""
    if moment is None:
        return "?"
    if isinstance(moment, datetime):
        moment = moment.astimezone(UTC).date()
    return moment.isoformat()


def one_line(text: str) -> str:
    """Fold any whitespace run (newlines included) to one space."""
    return re.sub(r"\s+", " ", text).strip()


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def summary_line(summary: DigestSummary) -> str:
    parts = [
        plural(summary.changes, "change"),
        f"{plural(summary.reviews_waiting, 'review')} waiting",
        f"{summary.stale} stale",
        f"{summary.overdue} overdue",
        f"{plural(summary.failing_feeds, 'failing feed')}",
    ]
    return "**Summary:** " + " · ".join(parts)


def ladder_line(position: LadderPosition) -> str:
    """`a → [b] → c (2/3)`; a setback is shown beside the ladder it left."""
    if position.index >= 0:
        steps = [f"[{s}]" if i == position.index else s for i, s in enumerate(position.stages)]
        return f"{ARROW.join(steps)} ({position.index + 1}/{position.length})"
    where = "setback" if position.setback else "off the ladder"
    return f"[{position.stage}] ({where}; ladder: {ARROW.join(position.stages)})"


def _watchlist_lines(section: WatchlistDigest) -> Iterator[str]:
    dated = f", {day(section.date)}" if section.date else ""
    yield f"## {one_line(section.title)} ({section.id}{dated})"
    if not section.questions:
        yield ""
        yield "No questions."
    for question in section.questions:
        yield ""
        yield from _question_lines(question)


def _question_lines(question: QuestionDigest) -> Iterator[str]:
    yield f"### {question.slug}"
    yield ""
    yield one_line(question.text)
    yield ""
    yield f"- Stage: {ladder_line(question.position)}"
    if question.parties is not None:
        acted = ", ".join(f"{p.name} {p.on}" for p in question.parties.acted)
        yield f"- Parties: {question.parties.label} acted" + (f" ({acted})" if acted else "")
    if question.deadline is not None:
        yield f"- Deadline: {day(question.deadline)}"
    yield from _attention_lines(question)
    yield from _block("Changes", question.changes, _change_lines, "No changes in the period.")
    yield from _block("Review waiting", question.reviews, _review_lines, None)


def _attention_lines(question: QuestionDigest) -> Iterator[str]:
    if question.overdue:
        yield (
            f"- Needs attention: overdue, deadline {day(question.deadline)} passed"
            f" at stage {question.position.stage}"
        )
    if question.stale:
        yield (
            f"- Needs attention: silent for {question.silent_days} days"
            f" (last heard {day(question.last_heard_at)})"
        )


def _block(
    title: str,
    items: Sequence[T],
    lines_of: Callable[[T], Iterator[str]],
    empty: str | None,
) -> Iterator[str]:
    """A titled list, or the `empty` sentence (nothing at all when `empty` is None)."""
    if not items:
        if empty:
            yield ""
            yield empty
        return
    yield ""
    yield f"{title}:"
    yield ""
    for item in items:
        yield from lines_of(item)


def _change_lines(change: ChangeView) -> Iterator[str]:
    who = change.by + (f" ({change.actor})" if change.actor else "")
    party = f" [{change.party}]" if change.party else ""
    yield (
        f"- {day(change.at)}: {change.from_stage}{ARROW}{change.to_stage}{party}"
        f" by {who}, confidence {change.confidence:.2f}, recorded {day(change.recorded_at)}"
    )
    if change.note:
        yield f"  - Note: {one_line(change.note)}"
    yield from map(evidence_line, change.evidence)


def _review_lines(review: ReviewView) -> Iterator[str]:
    party = f" [{review.party}]" if review.party else ""
    yield (
        f"- #{review.id} {day(review.at)}: {review.from_stage}{ARROW}{review.proposed_stage}?"
        f"{party} confidence {review.confidence:.2f}: {one_line(review.reason)}"
    )
    yield from map(evidence_line, review.evidence)


def evidence_line(evidence: EvidenceLink) -> str:
    """`  - [title](url) (date): “quote”`; a title without a URL stays plain text."""
    title = one_line(evidence.title) or "untitled"
    link = f"[{_escape_text(title)}]({_escape_url(evidence.url)})" if evidence.url else title
    dated = f" ({day(evidence.published)})" if evidence.published else ""
    quote = one_line(evidence.quote)
    return f"  - {link}{dated}" + (f": “{quote}”" if quote else "")


def feed_problem_line(problem: FeedProblem) -> str:
    name = f" ({one_line(problem.title)})" if problem.title else ""
    error = one_line(problem.last_error or "no message")
    failures = plural(problem.error_count, "failure")
    return f"- {problem.url}{name}: {failures} in a row, last: {error}"


def _escape_text(text: str) -> str:
    """Keep brackets in a title from closing the link text early."""
    return re.sub(r"([\\\[\]])", r"\\\1", text)


def _escape_url(url: str) -> str:
    """Spaces and parentheses would end a Markdown link destination; percent-encode them."""
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
