"""Deciding: from a question's observations to status changes (applied) or review items.

Done-signals of one stage (and party) within a few days form one event. An event moves the
question only when the matter is named in the sentence that reports it and the report is strong:
corroborated by independent sources, or from an official or briefing-cited outlet, or (a policy
knob) a single clear report in the title or lead that skips no stage. Weaker events
become review items. A question
never moves backwards silently and never further than its evidence says; setbacks apply when they
are newer than what established the current stage. Entries published on or before the briefing
date are context. This module reads no entries and knows no language: only observations.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from difflib import SequenceMatcher
from urllib.parse import urlsplit

from watcher.judge.dates import latest_day_named
from watcher.judge.text import fold
from watcher.model import (
    Decision,
    Evidence,
    Ladder,
    Observation,
    Polarity,
    Question,
    QuestionState,
    ReviewItem,
    StatusChange,
)


@dataclass(frozen=True)
class Policy:
    """Thresholds of the decider; the defaults favour precision without dropping clear reports.

    Scores follow `relevance.py`: >= `same_sentence_score` means the matter is named in the
    reporting sentence, >= `headline_score` that this sentence is the title or lead.
    """

    event_window: timedelta = timedelta(days=3)
    # A weak first report, then a strong one of the same stage within this: the first dates it.
    corroboration_window: timedelta = timedelta(days=14)
    min_sources: int = 2
    same_sentence_score: float = 0.9
    headline_score: float = 0.95
    accept_single_headline: bool = True
    syndication_similarity: float = 0.9
    official_suffixes: tuple[str, ...] = (".gov", ".gob", ".gov.tw", ".go.jp", ".gov.py", ".gov.br")
    corroborated_confidence: float = 0.9
    official_confidence: float = 0.9
    cited_confidence: float = 0.85
    headline_confidence: float = 0.7
    review_confidence: float = 0.4
    # Stages the news often never reports (a decision made without a prior signal).
    optional_stages: tuple[str, ...] = ("signaled", "signal", "preparing", "submitted")


DEFAULT_POLICY = Policy()


@dataclass(frozen=True)
class Event:
    """Done-observations of one stage and party, close together in time."""

    stage: str
    party: str | None
    observations: tuple[Observation, ...]

    @property
    def start(self) -> datetime:
        return _when(self.observations[0])

    @property
    def latest(self) -> datetime:
        return _when(self.observations[-1])


@dataclass(frozen=True)
class Cursor:
    """Where the question stands while decide walks the events, and since when."""

    stage: str
    parties: dict[str, str] = field(default_factory=dict)
    since: datetime | None = None
    # The rank of the furthest forward stage the question is known to have reached: a report of
    # an earlier one (a second permit after a setback in construction) is history, not news.
    furthest: int = -1
    # When the current stage was reached (the date of the change that set it), if after the
    # baseline: a forward report older than that speaks of something else.
    reached: datetime | None = None


def decide(
    question: Question,
    state: QuestionState,
    observations: Sequence[Observation],
    now: datetime,
    policy: Policy = DEFAULT_POLICY,
) -> list[Decision]:
    """What the evidence asks for beyond the current state, oldest event first (idempotent)."""
    events = collect_events(question, observations, now, policy)
    since = _established(question, state, events)
    furthest = _furthest(question, state, events, since, policy)
    cursor = Cursor(
        state.stage, dict(state.parties), since, furthest, _reached(question, state, events)
    )
    decisions: list[Decision] = []
    proposed: dict[tuple[str, str | None], Event] = {}
    for event in events:
        decision = judge_event(question, cursor, event, policy)
        if decision is None:
            continue
        if isinstance(decision, ReviewItem):
            proposed.setdefault((decision.proposed_stage, decision.party), event)
        else:
            first = proposed.pop((decision.to_stage, decision.party), None)
            decision = _dated_by_first_report(decision, first, cursor, policy)
            cursor = _advance(cursor, decision, event, question.ladder)
        decisions.append(decision)
    return decisions


def _dated_by_first_report(
    change: StatusChange, first: Event | None, cursor: Cursor, policy: Policy
) -> StatusChange:
    """A stage first reported weakly (sent to review) and confirmed by stronger news within
    `corroboration_window` happened when first reported: the change takes that date, and that
    report joins its evidence."""
    if first is None or change.at - first.start > policy.corroboration_window:
        return change
    if cursor.since is not None and first.start <= cursor.since:
        return change
    earlier = tuple(_evidence(o) for o in first.observations)
    note = f"{change.note}; first reported {first.start:%Y-%m-%d}, then sent to review"
    return dataclasses.replace(
        change, at=first.start, evidence=(*earlier, *change.evidence), note=note.lstrip("; ")
    )


def replay(
    question: Question,
    observations: Sequence[Observation],
    now: datetime,
    policy: Policy = DEFAULT_POLICY,
) -> list[Decision]:
    """Fold `decide` over the observations in publication order, starting from the baseline."""
    ordered = sorted((o for o in observations if o.published), key=_when)
    state = QuestionState(question.id, question.baseline)
    decisions: list[Decision] = []
    proposed: set[tuple[str, str | None, datetime]] = set()
    for i, obs in enumerate(ordered):
        if i + 1 < len(ordered) and _when(ordered[i + 1]) == _when(obs):
            continue  # judge everything published at one instant together
        for decision in decide(question, state, ordered[: i + 1], min(_when(obs), now), policy):
            if isinstance(decision, StatusChange):
                state = apply_change(state, decision)
                decisions.append(decision)
            elif (key := (decision.proposed_stage, decision.party, decision.at)) not in proposed:
                proposed.add(key)
                decisions.append(decision)
    return decisions


def apply_change(state: QuestionState, change: StatusChange) -> QuestionState:
    """The state after a change (what the store records; used by replay)."""
    parties = dict(state.parties)
    if change.party:
        parties[change.party] = change.at.date().isoformat()
    return QuestionState(state.question_id, change.to_stage, change.at, parties)


# --- events ------------------------------------------------------------------------------------


def collect_events(
    question: Question, observations: Iterable[Observation], now: datetime, policy: Policy
) -> list[Event]:
    """Done-observations after the briefing and not after `now`, grouped into events."""
    usable = sorted(
        (o for o in observations if _counts(question, o, now)),
        key=lambda o: (_when(o), o.entry_key),
    )
    open_events: dict[tuple[str, str | None], list[Observation]] = {}
    events: list[list[Observation]] = []
    for obs in usable:
        key = (obs.stage or "", obs.party)
        current = open_events.get(key)
        if current is None or _when(obs) - _when(current[0]) > policy.event_window:
            current = open_events[key] = []
            events.append(current)
        current.append(obs)
    return [Event(group[0].stage or "", group[0].party, tuple(group)) for group in events]


def _counts(question: Question, obs: Observation, now: datetime) -> bool:
    if obs.question_id != question.id or obs.stage is None or obs.polarity is not Polarity.DONE:
        return False
    if obs.published is None or _when(obs) > now:
        return False
    if question.since is None:
        return True
    published = _when(obs).date()
    if published <= question.since:
        return False
    # A report in the days after the briefing of an act it dates on or before the briefing's
    # day ("签署合同" on the 22nd, told on the 23rd; "signed on Tuesday") is the briefing's own
    # news, told late: context too.
    if published - question.since <= _LATE_COVERAGE:
        day = latest_day_named(fold(obs.quote), published)
        return day is None or day > question.since
    return True


# How long after a briefing its own day's news may still be told as fresh.
_LATE_COVERAGE = timedelta(days=7)


def _when(obs: Observation) -> datetime:
    published = obs.published or datetime.min.replace(tzinfo=UTC)
    return published if published.tzinfo else published.replace(tzinfo=UTC)


# --- one event -----------------------------------------------------------------------------------


def judge_event(
    question: Question, cursor: Cursor, event: Event, policy: Policy
) -> Decision | None:
    """A change, a review item, or nothing when the event adds nothing to where we stand."""
    target = _target(question, cursor, event)
    if target is None:
        return None
    evidence = tuple(_evidence(o) for o in event.observations)
    confidence, reason = _strength(question, event, policy)
    rule = event.observations[0].rule
    if confidence is not None and _leaps(question, cursor, target, confidence, policy):
        confidence, reason = None, "a single report skipping a stage of the ladder"
    if confidence is None or (event.party is None and _needs_party(question, target)):
        reason = reason if confidence is None else "the report does not say which party acted"
        return ReviewItem(
            question.id,
            cursor.stage,
            target,
            event.start,
            evidence,
            reason,
            policy.review_confidence,
            event.party,
        )
    return StatusChange(
        question.id,
        cursor.stage,
        target,
        event.start,
        evidence,
        confidence=confidence,
        note=reason,
        party=event.party,
        rule=rule,
    )


def _leaps(
    question: Question, cursor: Cursor, target: str, confidence: float, policy: Policy
) -> bool:
    """A lone headline that jumps over a forward stage is not enough: the monitor may have
    missed the stage between, or misread the report; an analyst confirms. Stages the news
    often skips (`optional_stages`) do not count as jumped over."""
    ladder = question.ladder
    if confidence > policy.headline_confidence or cursor.stage not in ladder.stages:
        return False
    # Stages reached before a setback are not jumped over when the question is back on track.
    return _skips(ladder, policy, max(ladder.rank(cursor.stage), cursor.furthest), target)


def _skips(ladder: Ladder, policy: Policy, reached: int, target: str) -> bool:
    """A report of `target` jumps over a forward stage above rank `reached`: not one the news
    often skips (`optional_stages`), nor the partial ratification that a report that every
    party has ratified (or the only one has) says too."""
    return any(
        stage not in policy.optional_stages
        and not (target == "ratified-all" and stage == "ratified-partial")
        for stage in ladder.stages[reached + 1 : max(ladder.rank(target), 0)]
    )


def _needs_party(question: Question, target: str) -> bool:
    return len(question.parties) >= 2 and target == "ratified-partial"


# (setback, stage): a suspension lifted puts the question back where it started, and that is
# news ("Jakarta lifts the suspension on Timorese cattle"); a treaty rejected is not signed
# again, nor a cancelled plant announced again.
_REOPENINGS = frozenset({("suspended", "opened")})


def _target(question: Question, cursor: Cursor, event: Event) -> str | None:
    """The stage the event takes the question to, or None when it would not move it forward."""
    ladder, stage = question.ladder, event.stage
    if stage not in ladder.all_stages:
        return None
    if stage == "ratified-partial" and event.party:
        if event.party in cursor.parties:
            return None
        acted = {*cursor.parties, event.party}
        stage = "ratified-all" if {p.name for p in question.parties} <= acted else stage
    if stage == cursor.stage:
        return None
    if stage in ladder.setbacks or cursor.stage not in ladder.stages:
        # Off the forward ladder, only news newer than what set the current stage counts; and
        # a way back onto it must go past the baseline (a "treaty signed with X" rejected is
        # not signed again).
        newer = cursor.since is None or event.start > cursor.since
        if (cursor.stage, stage) in _REOPENINGS:
            # A market suspended and open again is open: the one way back to the start.
            return stage if newer else None
        back_to_start = stage in ladder.stages and ladder.rank(stage) <= _baseline_rank(question)
        passed = stage in ladder.stages and ladder.rank(stage) < cursor.furthest
        return stage if newer and not back_to_start and not passed else None
    if cursor.reached is not None and event.start < cursor.reached:
        # Older than the change that set the current stage: a treaty is not in force eight
        # months before its ratification; such a report was about something else, or wrong.
        return None
    return stage if ladder.rank(stage) > ladder.rank(cursor.stage) else None


def _baseline_rank(question: Question) -> int:
    return max(question.ladder.rank(question.baseline), 0)


def _strength(question: Question, event: Event, policy: Policy) -> tuple[float | None, str]:
    named = [o for o in event.observations if o.score >= policy.same_sentence_score]
    if not named:
        return None, "the reporting sentence does not name the matter itself"
    sources = independent_sources(event.observations, policy)
    if sources >= policy.min_sources:
        return policy.corroborated_confidence, f"reported by {sources} independent sources"
    if any(_official(o, policy) for o in event.observations):
        return policy.official_confidence, "reported by an official source"
    if any(_cited(question, o) for o in event.observations):
        return policy.cited_confidence, "reported by an outlet the briefing cites"
    if policy.accept_single_headline and any(o.score >= policy.headline_score for o in named):
        return policy.headline_confidence, "a single clear report in the title or lead"
    return None, "a single report, not in the title or lead, not corroborated"


# --- sources -----------------------------------------------------------------------------------


def source_of(obs: Observation) -> str:
    """The outlet an observation came from: its name, else its host, else its feed's host."""
    if obs.source:
        return fold(obs.source)
    return host_of(obs.url) or host_of(obs.feed_url) or obs.feed_url


def host_of(url: str | None) -> str:
    host = (urlsplit(url).hostname or "") if url else ""
    return host.removeprefix("www.")


def independent_sources(observations: Iterable[Observation], policy: Policy) -> int:
    """Distinct outlets, a syndicated copy (near-identical title) counting once."""
    outlets: set[str] = set()
    titles: list[str] = []
    count = 0
    for obs in observations:
        outlet, title = source_of(obs), fold(obs.title)
        copy = any(
            SequenceMatcher(None, title, t).ratio() >= policy.syndication_similarity for t in titles
        )
        if outlet not in outlets and not copy:
            count += 1
        outlets.add(outlet)
        titles.append(title)
    return count


def _official(obs: Observation, policy: Policy) -> bool:
    host = f"{host_of(obs.url)}."
    return any(f"{suffix}." in host for suffix in policy.official_suffixes)


def _cited(question: Question, obs: Observation) -> bool:
    names = {fold(c) for c in question.cited_outlets}
    host = host_of(obs.url)
    if obs.source and fold(obs.source) in names:
        return True
    return bool(host) and any(host == n or host.endswith(f".{n}") for n in names)


def _evidence(obs: Observation) -> Evidence:
    return Evidence(
        url=obs.url,
        title=obs.title,
        published=obs.published,
        quote=obs.quote,
        rule=obs.rule,
        feed_url=obs.feed_url,
        entry_key=obs.entry_key,
    )


def _established(question: Question, state: QuestionState, events: list[Event]) -> datetime | None:
    """Since when the current stage holds: its newest event, else the state's own time."""
    times = [e.latest for e in events if e.stage == state.stage]
    if times:
        return max(times)
    return None if state.stage == question.baseline else state.updated_at


def _reached(question: Question, state: QuestionState, events: list[Event]) -> datetime | None:
    """When the evidence first put the question at its current stage: the first report of that
    stage, or the day the last party acted (a ratification completed party by party). Not the
    state's own time, which is when the change was recorded."""
    if state.stage == question.baseline and state.updated_at is None:
        return None
    # Back at the baseline (a market open again after a suspension): the reports of the stage
    # from before the setback set nothing now.
    after = None
    if _back_at_start(question, state):
        setbacks = question.ladder.setbacks
        after = max((e.latest for e in events if e.stage in setbacks), default=None)
    firsts = [
        e.start for e in events if e.stage == state.stage and (after is None or e.start > after)
    ]
    acted = [datetime.fromisoformat(day).replace(tzinfo=UTC) for day in state.parties.values()]
    return max([*firsts[:1], *acted], default=None)


def _back_at_start(question: Question, state: QuestionState) -> bool:
    """The question is at its baseline again after a change (a market reopened)."""
    return state.stage == question.baseline and state.updated_at is not None


def _furthest(
    question: Question,
    state: QuestionState,
    events: list[Event],
    since: datetime | None,
    policy: Policy,
) -> int:
    """The furthest forward rank known reached: the current stage's, or, off the ladder, that of
    the strong forward reports older than what set the current stage (what came before the
    setback)."""
    ladder = question.ladder
    if state.stage in ladder.stages and not _back_at_start(question, state):
        return ladder.rank(state.stage)
    # Off the ladder, or back at its start after a setback: what was reached before still was
    # (a market reopened had its first shipment; regular volumes skip nothing). Only what
    # strong reports took it to, a step at a time, was reached: a lone report that skipped
    # stages went to review and reached nothing ("operational" in one outlet's story of the
    # firm's other plant must not make the works resumed after a stall read as history;
    # round 70, read).
    reached = _baseline_rank(question)
    for event in events:
        if since is None or event.latest > since or event.stage not in ladder.stages:
            continue
        rank = ladder.rank(event.stage)
        confidence, _ = _strength(question, event, policy)
        if confidence is None or rank <= reached:
            continue
        if confidence <= policy.headline_confidence and _skips(
            ladder, policy, reached, event.stage
        ):
            continue
        reached = rank
    return reached


def _advance(cursor: Cursor, change: StatusChange, event: Event, ladder: Ladder) -> Cursor:
    parties = dict(cursor.parties)
    if change.party:
        parties[change.party] = change.at.date().isoformat()
    furthest = max(cursor.furthest, ladder.rank(change.to_stage))
    return dataclasses.replace(
        cursor,
        stage=change.to_stage,
        parties=parties,
        since=event.latest,
        furthest=furthest,
        reached=change.at,
    )
