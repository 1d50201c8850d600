"""Build the digest's content: a view model of what moved and what needs an analyst.

`build_digest` takes the records the store gives back plus `since` and `now`, and returns a
`DigestView` of frozen dataclasses: per watchlist and question, the stage on its ladder, the
changes recorded in the period, the review items waiting, and whether the question is overdue or
has gone quiet; plus the feeds that fail. It is pure: it reads no clock, no database and renders
nothing. Renderers (`render_md`, `render_json`, later HTML, Atom, email) turn the view into text.

Period rule: a change belongs to the period when it was *recorded* in `[since, now]` (what the
analyst has not yet seen), whatever the date of its evidence; within a question, changes are
listed by the evidence's date `at`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar

from watcher.model import (
    Evidence,
    Feed,
    HistoryRecord,
    ObservationRecord,
    Question,
    QuestionState,
    ReviewRecord,
    Watchlist,
)

OPEN = "open"
R = TypeVar("R")


@dataclass(frozen=True)
class LadderPosition:
    """Where a stage sits: `index` is 0-based on the forward `stages`, -1 when off the ladder."""

    stages: tuple[str, ...]
    stage: str
    index: int
    setback: bool = False

    @property
    def length(self) -> int:
        return len(self.stages)

    @property
    def at_top(self) -> bool:
        """True at the last forward stage: nothing left to wait for."""
        return self.index == len(self.stages) - 1


@dataclass(frozen=True)
class PartyAct:
    """One party that has acted, with the date the state holds for it (verbatim)."""

    name: str
    on: str


@dataclass(frozen=True)
class PartyProgress:
    """How many of a question's parties have acted, e.g. 1 of 2 parliaments."""

    acted: tuple[PartyAct, ...]
    waiting: tuple[str, ...]

    @property
    def done(self) -> int:
        return len(self.acted)

    @property
    def total(self) -> int:
        return len(self.acted) + len(self.waiting)

    @property
    def label(self) -> str:
        return f"{self.done}/{self.total}"


@dataclass(frozen=True)
class EvidenceLink:
    """A link an analyst can follow, with the sentence that carried the signal."""

    title: str
    url: str | None
    published: datetime | None
    quote: str = ""
    rule: str | None = None


@dataclass(frozen=True)
class ChangeView:
    """A recorded status change; `by` is `auto` or `analyst`, `actor` the person when known."""

    id: int
    from_stage: str
    to_stage: str
    at: datetime
    recorded_at: datetime
    by: str
    confidence: float
    evidence: tuple[EvidenceLink, ...]
    note: str = ""
    party: str | None = None
    actor: str | None = None


@dataclass(frozen=True)
class ReviewView:
    """An open review item: a proposed move the judge left to an analyst."""

    id: int
    from_stage: str
    proposed_stage: str
    at: datetime
    created_at: datetime
    reason: str
    confidence: float
    evidence: tuple[EvidenceLink, ...]
    party: str | None = None


@dataclass(frozen=True)
class QuestionDigest:
    """One question in the digest. `last_heard_at` is the latest observation, else the list date."""

    id: str
    text: str
    kind: str
    position: LadderPosition
    changes: tuple[ChangeView, ...]
    reviews: tuple[ReviewView, ...]
    parties: PartyProgress | None = None
    deadline: date | None = None
    overdue: bool = False
    stale: bool = False
    last_heard_at: datetime | None = None
    silent_days: int | None = None

    @property
    def slug(self) -> str:
        return self.id.rsplit("/", 1)[-1]

    @property
    def needs_attention(self) -> bool:
        return self.overdue or self.stale


@dataclass(frozen=True)
class WatchlistDigest:
    """One watchlist's section: its questions in the watchlist's own order."""

    id: str
    title: str
    date: date | None
    questions: tuple[QuestionDigest, ...]
    canonical_url: str | None = None


@dataclass(frozen=True)
class FeedProblem:
    """A feed whose last polls failed."""

    url: str
    error_count: int
    last_error: str | None
    title: str | None = None
    watchlist: str | None = None
    last_checked_at: datetime | None = None
    next_check_at: datetime | None = None


@dataclass(frozen=True)
class DigestSummary:
    """The headline counts."""

    changes: int
    reviews_waiting: int
    stale: int
    overdue: int
    failing_feeds: int
    questions: int


@dataclass(frozen=True)
class DigestView:
    """Everything a digest shows, for the period `[since, now]`."""

    since: datetime
    now: datetime
    stale_after: timedelta
    summary: DigestSummary
    watchlists: tuple[WatchlistDigest, ...]
    feed_problems: tuple[FeedProblem, ...]


# --- building -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Records:
    """The inputs, grouped by question id once so each question is a lookup."""

    states: Mapping[str, QuestionState]
    changes: Mapping[str, list[HistoryRecord]]
    reviews: Mapping[str, list[ReviewRecord]]
    last_heard: Mapping[str, datetime]


def build_digest(
    watchlists: Sequence[Watchlist],
    states: Mapping[str, QuestionState],
    history: Sequence[HistoryRecord],
    reviews: Sequence[ReviewRecord],
    observations: Sequence[ObservationRecord],
    feeds: Sequence[Feed],
    since: datetime,
    now: datetime,
    stale_after: timedelta = timedelta(days=30),
) -> DigestView:
    """Build the view model of the digest for the period `[since, now]`."""
    records = _Records(
        states=states,
        changes=_group(
            (r for r in history if since <= r.recorded_at <= now),
            lambda r: r.change.question_id,
        ),
        reviews=_group(
            (r for r in reviews if r.status == OPEN and r.created_at <= now),
            lambda r: r.item.question_id,
        ),
        last_heard=_last_heard(observations),
    )
    sections = tuple(
        _watchlist_digest(wl, records, now, stale_after)
        for wl in sorted(watchlists, key=lambda w: w.id)
    )
    problems = _feed_problems(feeds)
    return DigestView(
        since=since,
        now=now,
        stale_after=stale_after,
        summary=_summarize(sections, problems),
        watchlists=sections,
        feed_problems=problems,
    )


def _group(records: Iterable[R], question_of: Callable[[R], str]) -> dict[str, list[R]]:
    grouped: dict[str, list[R]] = {}
    for record in records:
        grouped.setdefault(question_of(record), []).append(record)
    return grouped


def _last_heard(observations: Sequence[ObservationRecord]) -> dict[str, datetime]:
    """Latest time each question was spoken of.

    A feed's publication date can lie in the future (bad clocks, time zones dropped), which would
    keep a question "fresh" for ever; the earlier of published and recorded times is the safe one.
    """
    latest: dict[str, datetime] = {}
    for record in observations:
        obs = record.observation
        heard = min(obs.published, record.recorded_at) if obs.published else record.recorded_at
        if obs.question_id not in latest or heard > latest[obs.question_id]:
            latest[obs.question_id] = heard
    return latest


def _watchlist_digest(
    watchlist: Watchlist, records: _Records, now: datetime, stale_after: timedelta
) -> WatchlistDigest:
    questions = tuple(
        _question_digest(q, watchlist, records, now, stale_after) for q in watchlist.questions
    )
    return WatchlistDigest(
        id=watchlist.id,
        title=watchlist.title,
        date=watchlist.date,
        questions=questions,
        canonical_url=watchlist.canonical_url,
    )


def _question_digest(
    question: Question,
    watchlist: Watchlist,
    records: _Records,
    now: datetime,
    stale_after: timedelta,
) -> QuestionDigest:
    state = records.states.get(question.id)
    position = position_on_ladder(question, state.stage if state else question.baseline)
    last_heard = _latest(records.last_heard.get(question.id), _start_of(watchlist, question))
    stale = last_heard is not None and now - last_heard > stale_after
    return QuestionDigest(
        id=question.id,
        text=question.text,
        kind=question.kind,
        position=position,
        changes=_change_views(records.changes.get(question.id, [])),
        reviews=_review_views(records.reviews.get(question.id, [])),
        parties=party_progress(question, state),
        deadline=question.deadline,
        overdue=is_overdue(question, position, now),
        stale=stale,
        last_heard_at=last_heard,
        silent_days=(now - last_heard).days if last_heard else None,
    )


def position_on_ladder(question: Question, stage: str) -> LadderPosition:
    """Place `stage` on the question's forward ladder (index -1 for setbacks and strays)."""
    ladder = question.ladder
    return LadderPosition(
        stages=ladder.stages,
        stage=stage,
        index=ladder.rank(stage),
        setback=stage in ladder.setbacks,
    )


def is_overdue(question: Question, position: LadderPosition, now: datetime) -> bool:
    """Past its deadline (strictly before today, UTC) and not at the last forward stage."""
    if question.deadline is None:
        return False
    return question.deadline < now.astimezone(UTC).date() and not position.at_top


def party_progress(question: Question, state: QuestionState | None) -> PartyProgress | None:
    """Which parties have acted; state keys match a party by its name or any alias, any case."""
    if not question.parties:
        return None
    recorded = {name.casefold(): on for name, on in (state.parties if state else {}).items()}
    acted: list[PartyAct] = []
    waiting: list[str] = []
    for party in question.parties:
        on = next((recorded[n.casefold()] for n in party.names if n.casefold() in recorded), None)
        if on is None:
            waiting.append(party.name)
        else:
            acted.append(PartyAct(name=party.name, on=on))
    return PartyProgress(acted=tuple(acted), waiting=tuple(waiting))


def _start_of(watchlist: Watchlist, question: Question) -> datetime | None:
    """The moment watching began: the watchlist's date, else the question's own."""
    day = watchlist.date or question.since
    return datetime.combine(day, time.min, tzinfo=UTC) if day else None


def _latest(*moments: datetime | None) -> datetime | None:
    present = [m for m in moments if m is not None]
    return max(present) if present else None


def _evidence_links(evidence: Sequence[Evidence]) -> tuple[EvidenceLink, ...]:
    return tuple(
        EvidenceLink(title=e.title, url=e.url, published=e.published, quote=e.quote, rule=e.rule)
        for e in evidence
    )


def _change_views(records: Sequence[HistoryRecord]) -> tuple[ChangeView, ...]:
    ordered = sorted(records, key=lambda r: (r.change.at, r.recorded_at, r.id))
    return tuple(
        ChangeView(
            id=r.id,
            from_stage=r.change.from_stage,
            to_stage=r.change.to_stage,
            at=r.change.at,
            recorded_at=r.recorded_at,
            by=str(r.change.by),
            confidence=r.change.confidence,
            evidence=_evidence_links(r.change.evidence),
            note=r.change.note,
            party=r.change.party,
            actor=r.actor,
        )
        for r in ordered
    )


def _review_views(records: Sequence[ReviewRecord]) -> tuple[ReviewView, ...]:
    ordered = sorted(records, key=lambda r: (r.item.at, r.created_at, r.id))
    return tuple(
        ReviewView(
            id=r.id,
            from_stage=r.item.from_stage,
            proposed_stage=r.item.proposed_stage,
            at=r.item.at,
            created_at=r.created_at,
            reason=r.item.reason,
            confidence=r.item.confidence,
            evidence=_evidence_links(r.item.evidence),
            party=r.item.party,
        )
        for r in ordered
    )


def _feed_problems(feeds: Sequence[Feed]) -> tuple[FeedProblem, ...]:
    """Failing feeds, the most failing first."""
    failing = sorted((f for f in feeds if f.error_count > 0), key=lambda f: (-f.error_count, f.url))
    return tuple(
        FeedProblem(
            url=f.url,
            error_count=f.error_count,
            last_error=f.last_error,
            title=f.title,
            watchlist=f.watchlist,
            last_checked_at=f.last_checked_at,
            next_check_at=f.next_check_at,
        )
        for f in failing
    )


def _summarize(
    sections: Sequence[WatchlistDigest], problems: Sequence[FeedProblem]
) -> DigestSummary:
    questions = [q for wl in sections for q in wl.questions]
    return DigestSummary(
        changes=sum(len(q.changes) for q in questions),
        reviews_waiting=sum(len(q.reviews) for q in questions),
        stale=sum(q.stale for q in questions),
        overdue=sum(q.overdue for q in questions),
        failing_feeds=len(problems),
        questions=len(questions),
    )
