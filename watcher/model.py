"""The vocabulary of watcher: frozen value types shared by the core and the adapters.

This module only defines data. It does no I/O, reads no clock and holds no rules beyond
trivial derived properties (a ladder's order, say). Every datetime here is timezone-aware UTC;
constructors of these types are expected to pass aware values (the store converts at its edge).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum


class Polarity(StrEnum):
    """How an entry speaks of a stage: as done, planned, denied, rumoured, or not at all."""

    DONE = "done"
    INTENT = "intent"
    NEGATED = "negated"
    SPECULATIVE = "speculative"
    NONE = "none"


class Actor(StrEnum):
    """Who made a status change: the judge (`auto`) or a person (`analyst`)."""

    AUTO = "auto"
    ANALYST = "analyst"


# --- briefings ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """One outlet the briefing cites."""

    outlet: str
    url: str | None = None
    language: str | None = None
    region: str | None = None
    lens: str | None = None


@dataclass(frozen=True)
class WatchItem:
    """One bullet of the briefing's "What to watch" section; `line` is 1-based in the file."""

    text: str
    line: int


@dataclass(frozen=True)
class Briefing:
    """A parsed briefing; `body` is its prose (summary, split, why it matters), for baselines."""

    title: str
    source: str
    dek: str = ""
    date: date | None = None
    canonical_url: str | None = None
    entities: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    watch_items: tuple[WatchItem, ...] = ()
    body: str = ""


# --- watchlists and questions ------------------------------------------------------------------


@dataclass(frozen=True)
class Ladder:
    """A question kind's stages: `stages` in forward order, `setbacks` off to the side.

    The first stage is where an untouched question starts. Terminal alternatives (for instance
    `resolved-yes | resolved-no`) are both listed in `stages` and `setbacks` respectively.
    """

    kind: str
    stages: tuple[str, ...]
    setbacks: tuple[str, ...] = ()

    @property
    def all_stages(self) -> tuple[str, ...]:
        return self.stages + self.setbacks

    def rank(self, stage: str) -> int:
        """Position on the forward ladder; setbacks rank -1 (they are off the ladder)."""
        return self.stages.index(stage) if stage in self.stages else -1


@dataclass(frozen=True)
class Entity:
    """A named thing with its aliases in every language we read (folded when matched)."""

    name: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Question:
    """A tracked question built from one watch item.

    `id` is globally unique: `<watchlist id>/<question slug>`. `entities` must all be named for
    an entry to bear on the question (each through any alias); `context` (optional) lists the
    countries the matter happens in: never required, but an entry that names none of them and
    names another country instead speaks of elsewhere. `terms` are topic terms of which
    at least one must appear near them. `exclude` lists terms that mark a neighbouring matter.
    `since` is the briefing's date: entries published before it are context, never progress.

    `qualifiers` (optional) name the one instance of a thing the question is about when the
    briefing speaks of several ("second fab", "第二工廠", "Phase 2"): when given, a sentence
    bears on the question only if it, the sentence before it, or the entry's title or lead
    names one of them. `stage_cues` (optional) narrow what counts as a stage for this question:
    `(stage, words)` pairs; a cue of that stage counts only when its sentence also holds one of
    the words (a "mass production" question's `operational` is not an opening ceremony).
    `site` (optional, one of `context`) is the country a firm's facility is in when the firm is
    from the other one: news of the firm's plants at home is not news of this one.
    `outlet_countries` (derived from the briefing's sources, never written to the file) pairs
    an outlet's name or web host with the country it writes from: that outlet's news may leave
    its own country unsaid, in any language (a Kenyan paper's "China pact vote put off").
    """

    id: str
    watchlist: str
    text: str
    kind: str
    ladder: Ladder
    baseline: str
    entities: tuple[Entity, ...] = ()
    terms: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    parties: tuple[Entity, ...] = ()
    deadline: date | None = None
    since: date | None = None
    cited_outlets: tuple[str, ...] = ()
    line: int | None = None
    qualifiers: tuple[str, ...] = ()
    stage_cues: tuple[tuple[str, tuple[str, ...]], ...] = ()
    context: tuple[Entity, ...] = ()
    outlet_countries: tuple[tuple[str, str], ...] = ()
    site: str | None = None


@dataclass(frozen=True)
class Watchlist:
    """A briefing's watchlist: its metadata and questions (the YAML file, as data)."""

    id: str
    title: str
    date: date | None = None
    canonical_url: str | None = None
    briefing: str | None = None
    entities: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    questions: tuple[Question, ...] = ()


# --- feeds and entries -------------------------------------------------------------------------


@dataclass(frozen=True)
class Feed:
    """A feed as the scheduler and fetcher see it; caching info is opaque data kept per feed.

    `country` is the country the feed writes from, as an operator set it (`feeds add
    --country`), by the gazetteer's name: its news may leave that country unsaid.
    """

    url: str
    id: int | None = None
    watchlist: str | None = None
    every: timedelta = timedelta(minutes=30)
    full_text: bool = False
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    next_check_at: datetime | None = None
    last_checked_at: datetime | None = None
    error_count: int = 0
    last_error: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class Entry:
    """A normalized feed entry. `key` is stable across fetches (guid, else link, else a hash).

    `country` is its feed's `country` when it is judged: the feed's, not the entry's own data,
    so it is never stored with the entry (changing the feed's country changes a rejudge).
    """

    feed_url: str
    key: str
    title: str
    url: str | None = None
    summary: str = ""
    content: str = ""
    published: datetime | None = None
    updated: datetime | None = None
    language: str | None = None
    source: str | None = None
    country: str | None = None

    @property
    def text(self) -> str:
        """Everything readable, title first: what the judge reads."""
        parts = [self.title, self.summary]
        if self.content and self.content not in self.summary:
            parts.append(self.content)
        return "\n".join(p for p in parts if p)


# --- fetching ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fetched:
    """A 200 response: the body as bytes and the headers we keep."""

    url: str
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    status: int = 200
    final_url: str | None = None
    content_type: str | None = None


@dataclass(frozen=True)
class NotModified:
    """A 304 (or an identical body): nothing new."""

    url: str


@dataclass(frozen=True)
class FetchFailed:
    """Any failure, as one line a person can read; `retry_after` when the server said so."""

    url: str
    error: str
    status: int | None = None
    retry_after: timedelta | None = None


PollOutcome = Fetched | NotModified | FetchFailed


@dataclass(frozen=True)
class NextPoll:
    """When a feed is next due and its error count after this poll."""

    at: datetime
    error_count: int


# --- judging -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Observation:
    """What one entry says about one question: the analyst's reading, with the quote.

    `stage` is the stage the entry speaks of (None when it bears on the question without a stage
    signal); `polarity` says whether it reports it done. `rule` names the lexicon cue that fired
    (`lang:kind:stage:cue`). `party` is set when the signal concerns one of several parties.
    """

    question_id: str
    entry_key: str
    feed_url: str
    url: str | None
    title: str
    published: datetime | None
    stage: str | None
    polarity: Polarity
    quote: str
    score: float = 0.0
    party: str | None = None
    rule: str | None = None
    language: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Evidence:
    """A pointer to an entry that justifies a change."""

    url: str | None
    title: str
    published: datetime | None
    quote: str = ""
    rule: str | None = None
    feed_url: str | None = None
    entry_key: str | None = None


@dataclass(frozen=True)
class QuestionState:
    """Where a question stands now; `parties` maps a party's name to the date it acted."""

    question_id: str
    stage: str
    updated_at: datetime | None = None
    parties: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class StatusChange:
    """An intent to move a question. `at` is the evidence's publication time (UTC)."""

    question_id: str
    from_stage: str
    to_stage: str
    at: datetime
    evidence: tuple[Evidence, ...]
    by: Actor = Actor.AUTO
    confidence: float = 1.0
    note: str = ""
    party: str | None = None
    rule: str | None = None


@dataclass(frozen=True)
class ReviewItem:
    """A proposed change the judge was not sure enough to apply; an analyst decides."""

    question_id: str
    from_stage: str
    proposed_stage: str
    at: datetime
    evidence: tuple[Evidence, ...]
    reason: str
    confidence: float
    party: str | None = None


Decision = StatusChange | ReviewItem


# --- records (what the store gives back) -------------------------------------------------------


@dataclass(frozen=True)
class HistoryRecord:
    """A status change as recorded: never updated, never erased."""

    id: int
    change: StatusChange
    recorded_at: datetime
    actor: str | None = None


@dataclass(frozen=True)
class ReviewRecord:
    """A review item and what became of it (`open`, `confirmed`, `rejected`, `overridden`,
    `superseded`)."""

    id: int
    item: ReviewItem
    status: str
    created_at: datetime
    resolved_at: datetime | None = None
    resolved_by: str | None = None
    note: str = ""


@dataclass(frozen=True)
class ObservationRecord:
    """An observation as stored, with the feed it came through."""

    id: int
    observation: Observation
    recorded_at: datetime
