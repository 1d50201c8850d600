"""The database edge: SQLModel tables and `Store`, the only module that speaks SQL.

`Store` turns rows into the value types of `watcher.model` and back, keeps every datetime
UTC-aware at its edge (SQLite hands back naive values), and runs the Alembic migrations to head
when it opens. It decides nothing: which change to apply, when a feed is due next or whether an
entry matters is decided by the pure core and handed in. The SQL here is kept to what both SQLite
and PostgreSQL accept.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.util import CommandError
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, SQLAlchemyError
from sqlmodel import Field, Session, SQLModel, col, func, select

from watcher.errors import FeedError, NotFound, StoreUnavailable, WatcherError
from watcher.model import (
    Actor,
    Entry,
    Evidence,
    Feed,
    Fetched,
    FetchFailed,
    HistoryRecord,
    NextPoll,
    Observation,
    ObservationRecord,
    Polarity,
    PollOutcome,
    Question,
    QuestionState,
    ReviewItem,
    ReviewRecord,
    StatusChange,
)

MIGRATIONS = Path(__file__).parent / "migrations"
# `superseded`: the question reached the proposed stage (or passed it) on stronger evidence.
REVIEW_OUTCOMES = frozenset({"confirmed", "rejected", "overridden", "superseded"})
PAGE_SIZE = 500


# --- column types ------------------------------------------------------------------------------


class UTCDateTime(sa.types.TypeDecorator[datetime]):
    """A timestamp that is always UTC-aware in Python, whatever the engine stores.

    SQLite keeps no offset and hands back naive values; PostgreSQL's timestamptz hands back
    aware ones. Both are normalized here so no naive datetime ever leaves the store.
    """

    impl = sa.DateTime
    cache_ok = True

    def __init__(self) -> None:
        super().__init__(timezone=True)

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r} given to the store; pass UTC-aware values")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# --- tables --------------------------------------------------------------------------------------


class FeedRow(SQLModel, table=True):
    """One polled feed with its schedule and caching state; lease columns are reserved."""

    __tablename__ = "feeds"
    __table_args__ = (sa.UniqueConstraint("url", name="uq_feeds_url"),)

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(sa_type=sa.Text)
    watchlist: str | None = Field(default=None, sa_type=sa.Text)
    every_seconds: int = 1800
    full_text: bool = False
    title: str | None = Field(default=None, sa_type=sa.Text)
    etag: str | None = Field(default=None, sa_type=sa.Text)
    last_modified: str | None = Field(default=None, sa_type=sa.Text)
    body_hash: str | None = Field(default=None, sa_type=sa.Text)
    next_check_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_checked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    error_count: int = 0
    last_error: str | None = Field(default=None, sa_type=sa.Text)
    created_at: datetime = Field(sa_type=UTCDateTime)
    lease_owner: str | None = Field(default=None, sa_type=sa.Text)
    lease_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    country: str | None = Field(default=None, sa_type=sa.Text)


class EntryRow(SQLModel, table=True):
    """A normalized entry; `digest` tells a changed entry from one seen before."""

    __tablename__ = "entries"
    __table_args__ = (sa.UniqueConstraint("feed_id", "key", name="uq_entries_feed_key"),)

    id: int | None = Field(default=None, primary_key=True)
    feed_id: int = Field(foreign_key="feeds.id", ondelete="CASCADE")
    feed_url: str = Field(sa_type=sa.Text)
    key: str = Field(sa_type=sa.Text)
    title: str = Field(sa_type=sa.Text)
    url: str | None = Field(default=None, sa_type=sa.Text)
    summary: str = Field(default="", sa_type=sa.Text)
    content: str = Field(default="", sa_type=sa.Text)
    published: datetime | None = Field(default=None, sa_type=UTCDateTime)
    updated: datetime | None = Field(default=None, sa_type=UTCDateTime)
    language: str | None = Field(default=None, sa_type=sa.Text)
    source: str | None = Field(default=None, sa_type=sa.Text)
    digest: str = Field(sa_type=sa.Text)
    first_seen_at: datetime = Field(sa_type=UTCDateTime)
    changed_at: datetime = Field(sa_type=UTCDateTime)


class QuestionStateRow(SQLModel, table=True):
    """Where a question stands; `version` grows by one with every applied change."""

    __tablename__ = "question_states"

    question_id: str = Field(sa_type=sa.Text, primary_key=True)
    watchlist: str = Field(sa_type=sa.Text)
    stage: str = Field(sa_type=sa.Text)
    parties: str = Field(default="{}", sa_type=sa.Text)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    version: int = 1


class ObservationRow(SQLModel, table=True):
    """What one entry says about one question; `feed_id` 0 means the feed is not known."""

    __tablename__ = "observations"
    __table_args__ = (
        sa.UniqueConstraint("question_id", "feed_id", "entry_key", name="uq_observations_entry"),
    )

    id: int | None = Field(default=None, primary_key=True)
    question_id: str = Field(sa_type=sa.Text)
    feed_id: int
    feed_url: str = Field(sa_type=sa.Text)
    entry_key: str = Field(sa_type=sa.Text)
    stage: str | None = Field(default=None, sa_type=sa.Text)
    polarity: str = Field(sa_type=sa.Text)
    party: str | None = Field(default=None, sa_type=sa.Text)
    quote: str = Field(default="", sa_type=sa.Text)
    rule: str | None = Field(default=None, sa_type=sa.Text)
    language: str | None = Field(default=None, sa_type=sa.Text)
    score: float = 0.0
    url: str | None = Field(default=None, sa_type=sa.Text)
    title: str = Field(default="", sa_type=sa.Text)
    published: datetime | None = Field(default=None, sa_type=UTCDateTime)
    source: str | None = Field(default=None, sa_type=sa.Text)
    recorded_at: datetime = Field(sa_type=UTCDateTime)


class StatusChangeRow(SQLModel, table=True):
    """The history: append-only. `party` is '' when none, so the unique key holds on NULLs."""

    __tablename__ = "status_changes"
    __table_args__ = (
        sa.UniqueConstraint(
            "question_id", "to_stage", "party", "by", "at", name="uq_status_changes_once"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    question_id: str = Field(sa_type=sa.Text)
    from_stage: str = Field(sa_type=sa.Text)
    to_stage: str = Field(sa_type=sa.Text)
    party: str = Field(default="", sa_type=sa.Text)
    at: datetime = Field(sa_type=UTCDateTime)
    recorded_at: datetime = Field(sa_type=UTCDateTime)
    by: str = Field(sa_type=sa.Text)
    actor: str | None = Field(default=None, sa_type=sa.Text)
    confidence: float = 1.0
    note: str = Field(default="", sa_type=sa.Text)
    rule: str | None = Field(default=None, sa_type=sa.Text)
    evidence: str = Field(default="[]", sa_type=sa.Text)


class ReviewItemRow(SQLModel, table=True):
    """A proposal waiting for (or decided by) an analyst; one per question, stage and party."""

    __tablename__ = "review_items"
    __table_args__ = (
        sa.UniqueConstraint("question_id", "proposed_stage", "party", name="uq_review_items_once"),
    )

    id: int | None = Field(default=None, primary_key=True)
    question_id: str = Field(sa_type=sa.Text)
    from_stage: str = Field(sa_type=sa.Text)
    proposed_stage: str = Field(sa_type=sa.Text)
    party: str = Field(default="", sa_type=sa.Text)
    at: datetime = Field(sa_type=UTCDateTime)
    evidence: str = Field(default="[]", sa_type=sa.Text)
    reason: str = Field(default="", sa_type=sa.Text)
    confidence: float = 0.0
    status: str = Field(default="open", sa_type=sa.Text)
    created_at: datetime = Field(sa_type=UTCDateTime)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    resolved_by: str | None = Field(default=None, sa_type=sa.Text)
    note: str = Field(default="", sa_type=sa.Text)


class ReviewActRow(SQLModel, table=True):
    """Append-only log of every analyst act (confirm, reject, override, note...)."""

    __tablename__ = "review_acts"

    id: int | None = Field(default=None, primary_key=True)
    review_id: int | None = None
    question_id: str = Field(sa_type=sa.Text)
    action: str = Field(sa_type=sa.Text)
    stage: str | None = Field(default=None, sa_type=sa.Text)
    actor: str | None = Field(default=None, sa_type=sa.Text)
    note: str = Field(default="", sa_type=sa.Text)
    at: datetime = Field(sa_type=UTCDateTime)


# --- opening -------------------------------------------------------------------------------------


def engine_url(url: str) -> sa.URL:
    """The SQLAlchemy URL for a user's URL: plain `postgresql://` means psycopg v3."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+psycopg")
    return parsed


def create_engine(url: sa.URL) -> Engine:
    """An engine; SQLite gets a parent folder and write-locking transactions."""
    if url.get_backend_name() != "sqlite":
        return sa.create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 5})
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(url, connect_args={"timeout": 30})
    sa.event.listen(engine, "connect", _sqlite_connected)
    sa.event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connected(dbapi_connection: Any, record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide when a transaction starts (see _sqlite_begin).
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA foreign_keys = ON")


def _sqlite_begin(connection: sa.Connection) -> None:
    # BEGIN IMMEDIATE takes the write lock up front: SQLite's stand-in for SELECT ... FOR UPDATE,
    # so two processes applying changes to one question cannot interleave read and write.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def migrate(engine: Engine, revision: str = "head") -> None:
    """Run the packaged Alembic migrations up to `revision` on `engine`."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _reason(exc: BaseException) -> str:
    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    lines = str(cause).strip().splitlines()
    return lines[0] if lines else type(cause).__name__


# --- conversions ---------------------------------------------------------------------------------


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat() if value else None


def _from_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value).astimezone(UTC) if value else None


def dump_evidence(evidence: Sequence[Evidence]) -> str:
    """Evidence as JSON text: a list of plain objects with ISO 8601 UTC dates."""
    return json.dumps([{**vars(e), "published": _iso(e.published)} for e in evidence])


def load_evidence(text: str) -> tuple[Evidence, ...]:
    items = json.loads(text or "[]")
    return tuple(Evidence(**{**i, "published": _from_iso(i.get("published"))}) for i in items)


def _feed(row: FeedRow) -> Feed:
    fields = row.model_dump(exclude={"every_seconds", "created_at", "lease_owner", "lease_until"})
    return Feed(**fields, every=timedelta(seconds=row.every_seconds))


def _entry_digest(entry: Entry) -> str:
    parts = [entry.title, entry.url, entry.summary, entry.content]
    parts += [_iso(entry.published), _iso(entry.updated), entry.language, entry.source]
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


def _entry(row: EntryRow, country: str | None = None) -> Entry:
    fields = row.model_dump(exclude={"id", "feed_id", "digest", "first_seen_at", "changed_at"})
    return Entry(**fields, country=country)


def _entry_fields(entry: Entry) -> dict[str, Any]:
    # An entry's country is its feed's (read through `feed_id`), never a copy kept per entry.
    fields = {k: v for k, v in vars(entry).items() if k != "country"}
    return {**fields, "digest": _entry_digest(entry)}


def _state(row: QuestionStateRow) -> QuestionState:
    return QuestionState(row.question_id, row.stage, row.updated_at, json.loads(row.parties))


def _observation(row: ObservationRow) -> ObservationRecord:
    fields = row.model_dump(exclude={"id", "feed_id", "recorded_at"})
    observation = Observation(**{**fields, "polarity": Polarity(row.polarity)})
    return ObservationRecord(row.id or 0, observation, row.recorded_at)


def _history_row(change: StatusChange, now: datetime, actor: str | None) -> StatusChangeRow:
    fields = vars(change) | {"party": change.party or "", "by": change.by.value}
    fields["evidence"] = dump_evidence(change.evidence)
    return StatusChangeRow(**fields, recorded_at=now, actor=actor)


def _history(row: StatusChangeRow) -> HistoryRecord:
    fields = row.model_dump(include=set(StatusChange.__dataclass_fields__))
    fields |= {"by": Actor(row.by), "party": row.party or None}
    change = StatusChange(**{**fields, "evidence": load_evidence(row.evidence)})
    return HistoryRecord(row.id or 0, change, row.recorded_at, row.actor)


def _review(row: ReviewItemRow) -> ReviewRecord:
    fields = row.model_dump(include=set(ReviewItem.__dataclass_fields__))
    fields |= {"party": row.party or None, "evidence": load_evidence(row.evidence)}
    return ReviewRecord(
        row.id or 0, ReviewItem(**fields), row.status, row.created_at, row.resolved_at,
        row.resolved_by, row.note,
    )  # fmt: skip


def _advance(row: QuestionStateRow, change: StatusChange, now: datetime) -> None:
    """Move the state row as the change says: stage, the party's date, time and version."""
    parties = json.loads(row.parties)
    if change.party:
        parties[change.party] = change.at.date().isoformat()
    row.stage, row.parties, row.updated_at = change.to_stage, json.dumps(parties), now
    row.version += 1


# --- the store -----------------------------------------------------------------------------------


class Store:
    """Every read and write of watcher's data. Build it with `Store.open(url)`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str) -> Store:
        """Connect, create the SQLite folder, migrate to head; StoreUnavailable when it cannot."""
        try:
            engine = create_engine(engine_url(url))
            migrate(engine)
        except (SQLAlchemyError, OSError, CommandError, ArgumentError) as exc:
            where = make_url(url).render_as_string() if "://" in url else url
            raise StoreUnavailable(
                f"cannot open the database: {_reason(exc)}", where=where
            ) from None
        return cls(engine)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    def _session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    # --- feeds ---

    def add_feed(self, feed: Feed, now: datetime) -> Feed:
        """Store a new feed, due at once unless it says otherwise; FeedError on a duplicate."""
        fields = {k: v for k, v in vars(feed).items() if k not in ("id", "every")}
        row = FeedRow(**fields, every_seconds=int(feed.every.total_seconds()), created_at=now)
        row.next_check_at = feed.next_check_at or now
        with self._session() as session:
            session.add(row)
            try:
                session.commit()
            except IntegrityError:
                raise FeedError("feed is already added", where=feed.url) from None
            return _feed(row)

    def _feed_row(self, session: Session, ref: int | str) -> FeedRow:
        text = str(ref)
        query = select(FeedRow).where(
            FeedRow.id == int(text) if text.isdigit() else FeedRow.url == text
        )
        row = session.exec(query).first()
        if row is None:
            raise NotFound(f"no feed {text}")
        return row

    def get_feed(self, ref: int | str) -> Feed:
        """A feed by id (int or digits) or by URL; NotFound when there is none."""
        with self._session() as session:
            return _feed(self._feed_row(session, ref))

    def remove_feed(self, ref: int | str) -> Feed:
        """Forget a feed and its entries; observations and history stay as evidence."""
        with self._session() as session:
            row = self._feed_row(session, ref)
            session.execute(sa.delete(EntryRow).where(col(EntryRow.feed_id) == row.id))
            session.delete(row)
            session.commit()
            return _feed(row)

    def set_feed_country(self, ref: int | str, country: str | None) -> Feed:
        """Set (or clear, with None) the country a feed writes from; NotFound when none."""
        with self._session() as session:
            row = self._feed_row(session, ref)
            row.country = country
            session.add(row)
            session.commit()
            return _feed(row)

    def list_feeds(self) -> list[Feed]:
        with self._session() as session:
            return [_feed(r) for r in session.exec(select(FeedRow).order_by(col(FeedRow.id)))]

    def due_feeds(self, now: datetime, all: bool = False) -> list[Feed]:
        """Feeds due at `now` (or every feed with `all`), most overdue first."""
        query = select(FeedRow).order_by(
            col(FeedRow.next_check_at).asc().nulls_first(), col(FeedRow.id)
        )
        if not all:
            due = col(FeedRow.next_check_at)
            query = query.where(sa.or_(due.is_(None), due <= now))
        with self._session() as session:
            return [_feed(r) for r in session.exec(query)]

    def record_poll(
        self, feed_id: int, outcome: PollOutcome, next_poll: NextPoll, now: datetime,
        title: str | None = None,
    ) -> None:  # fmt: skip
        """Keep what a poll taught: caching headers, body hash, error, and when to come back."""
        with self._session() as session:
            row = self._feed_row(session, feed_id)
            row.last_checked_at, row.next_check_at = now, next_poll.at
            row.error_count = next_poll.error_count
            row.last_error = outcome.error if isinstance(outcome, FetchFailed) else None
            if isinstance(outcome, Fetched):
                row.etag, row.last_modified = outcome.etag, outcome.last_modified
                row.body_hash = hash_body(outcome.body)
            row.title = title or row.title
            session.add(row)
            session.commit()

    def feed_count(self) -> int:
        with self._session() as session:
            return session.exec(select(func.count()).select_from(FeedRow)).one()

    # --- entries ---

    def add_entries(self, feed_id: int, entries: Iterable[Entry], now: datetime) -> list[Entry]:
        """Insert new entries, update changed ones; return only those (first of a repeated key)."""
        unique: dict[str, Entry] = {}
        for entry in entries:
            unique.setdefault(entry.key, entry)
        with self._session() as session:
            known_query = select(EntryRow.key, EntryRow.digest).where(EntryRow.feed_id == feed_id)
            known = {key: digest for key, digest in session.exec(known_query)}
            fresh = [e for e in unique.values() if known.get(e.key) != _entry_digest(e)]
            for new in fresh:
                self._put_entry(session, feed_id, new, new.key in known, now)
            session.commit()
        return fresh

    def _put_entry(
        self, session: Session, feed_id: int, entry: Entry, known: bool, now: datetime
    ) -> None:
        if not known:
            fields = _entry_fields(entry)
            session.add(EntryRow(**fields, feed_id=feed_id, first_seen_at=now, changed_at=now))
            return
        where = (EntryRow.feed_id == feed_id, EntryRow.key == entry.key)
        row = session.exec(select(EntryRow).where(*where)).one()
        row.sqlmodel_update(_entry_fields(entry) | {"changed_at": now})
        session.add(row)

    def set_entry_content(self, feed_id: int, key: str, content: str) -> None:
        """Keep the article text read for a thin entry (a cache: it is never fetched again).

        The digest is left as the feed gave the entry, so the next fetch of the same item does
        not count as a change and does not fetch the article again.
        """
        where = (EntryRow.feed_id == feed_id, EntryRow.key == key)
        with self._session() as session:
            row = session.exec(select(EntryRow).where(*where)).one()
            row.content = content
            session.add(row)
            session.commit()

    def iter_entries(self, since: datetime | None = None) -> Iterator[Entry]:
        """Every entry stored (or changed) at or after `since`, oldest first, page by page,
        with its feed's country as the feed has it now."""
        last_id = 0
        while True:
            query = (
                select(EntryRow, FeedRow.country)
                .join(FeedRow, col(EntryRow.feed_id) == col(FeedRow.id))
                .where(col(EntryRow.id) > last_id)
            )
            if since is not None:
                query = query.where(EntryRow.changed_at >= since)
            with self._session() as session:
                rows = session.exec(query.order_by(col(EntryRow.id)).limit(PAGE_SIZE)).all()
            yield from (_entry(row, country) for row, country in rows)
            if len(rows) < PAGE_SIZE:
                return
            last_id = rows[-1][0].id or 0

    def entry_count(self) -> int:
        with self._session() as session:
            return session.exec(select(func.count()).select_from(EntryRow)).one()

    # --- questions ---

    def sync_questions(self, questions: Iterable[Question], now: datetime) -> None:
        """Give every new question a state row at its baseline; known ones are left alone."""
        with self._session() as session:
            known = set(session.exec(select(QuestionStateRow.question_id)))
            for q in questions:
                if q.id not in known:
                    known.add(q.id)
                    row = QuestionStateRow(
                        question_id=q.id, watchlist=q.watchlist, stage=q.baseline, updated_at=now
                    )
                    session.add(row)
            session.commit()

    def states(self) -> dict[str, QuestionState]:
        with self._session() as session:
            return {r.question_id: _state(r) for r in session.exec(select(QuestionStateRow))}

    def state(self, qid: str) -> QuestionState:
        with self._session() as session:
            row = session.get(QuestionStateRow, qid)
        if row is None:
            raise NotFound(f"no question {qid}")
        return _state(row)

    # --- observations ---

    def add_observations(self, observations: Iterable[Observation], now: datetime) -> int:
        """Store observations not yet stored (one per question and entry); return how many."""
        with self._session() as session:
            feed_ids = {url: id or 0 for id, url in session.exec(select(FeedRow.id, FeedRow.url))}
            seen_query = select(
                ObservationRow.question_id, ObservationRow.feed_id, ObservationRow.entry_key
            )
            seen = set(session.exec(seen_query).all())
            added = 0
            for obs in observations:
                key = (obs.question_id, feed_ids.get(obs.feed_url, 0), obs.entry_key)
                if key not in seen:
                    seen.add(key)
                    fields = vars(obs) | {"polarity": obs.polarity.value, "feed_id": key[1]}
                    session.add(ObservationRow(**fields, recorded_at=now))
                    added += 1
            session.commit()
        return added

    def observations(self, qid: str | None = None) -> list[ObservationRecord]:
        query = select(ObservationRow).order_by(col(ObservationRow.id))
        if qid is not None:
            query = query.where(ObservationRow.question_id == qid)
        with self._session() as session:
            return [_observation(r) for r in session.exec(query)]

    # --- history ---

    def apply_change(
        self, change: StatusChange, now: datetime, actor: str | None = None
    ) -> HistoryRecord | None:
        """Record a change and move the state, in one locked transaction.

        None when the change was already recorded, or (for the judge's changes) when the
        question is no longer at `change.from_stage`. An analyst's override applies from
        wherever the question is, and its history row names that actual stage.
        """
        with self._session() as session:
            query = select(QuestionStateRow).where(
                QuestionStateRow.question_id == change.question_id
            )
            row = session.exec(query.with_for_update()).first()
            if row is None:
                raise NotFound(f"no question {change.question_id}")
            if change.by is Actor.AUTO and row.stage != change.from_stage:
                return None
            history = _history_row(replace(change, from_stage=row.stage), now, actor)
            if self._recorded(session, history):
                return None
            _advance(row, change, now)
            session.add_all([history, row])
            session.commit()
            return _history(history)

    def _recorded(self, session: Session, row: StatusChangeRow) -> bool:
        query = select(StatusChangeRow.id).where(
            StatusChangeRow.question_id == row.question_id,
            StatusChangeRow.to_stage == row.to_stage,
            StatusChangeRow.party == row.party,
            StatusChangeRow.by == row.by,
            StatusChangeRow.at == row.at,
        )
        return session.exec(query).first() is not None

    def history(self, qid: str | None = None) -> list[HistoryRecord]:
        query = select(StatusChangeRow).order_by(col(StatusChangeRow.id))
        if qid is not None:
            query = query.where(StatusChangeRow.question_id == qid)
        with self._session() as session:
            return [_history(r) for r in session.exec(query)]

    # --- reviews ---

    def add_review(self, item: ReviewItem, now: datetime) -> ReviewRecord | None:
        """Open a review item; None when the same proposal is already open or decided."""
        row = ReviewItemRow(
            **vars(item) | {"party": item.party or "", "evidence": dump_evidence(item.evidence)},
            created_at=now,
        )
        with self._session() as session:
            if self._proposed(session, row):
                return None
            session.add(row)
            try:
                session.commit()
            except IntegrityError:  # another process proposed it between our check and insert
                return None
            return _review(row)

    def _proposed(self, session: Session, row: ReviewItemRow) -> bool:
        query = select(ReviewItemRow.id).where(
            ReviewItemRow.question_id == row.question_id,
            ReviewItemRow.proposed_stage == row.proposed_stage,
            ReviewItemRow.party == row.party,
        )
        return session.exec(query).first() is not None

    def reviews(self, status: str | None = "open") -> list[ReviewRecord]:
        """Review items with `status` (every item when None), oldest first."""
        query = select(ReviewItemRow).order_by(col(ReviewItemRow.id))
        if status is not None:
            query = query.where(ReviewItemRow.status == status)
        with self._session() as session:
            return [_review(r) for r in session.exec(query)]

    def review(self, review_id: int) -> ReviewRecord | None:
        """One review item by id, whatever its status; None when there is none."""
        with self._session() as session:
            row = session.get(ReviewItemRow, review_id)
            return _review(row) if row is not None else None

    def resolve_review(
        self, review_id: int, status: str, actor: str | None, note: str, now: datetime
    ) -> ReviewRecord:
        """Close an open review item as confirmed, rejected, overridden or superseded."""
        if status not in REVIEW_OUTCOMES:
            raise WatcherError(f"cannot resolve a review as {status!r}")
        with self._session() as session:
            row = session.get(ReviewItemRow, review_id, with_for_update=True)
            if row is None:
                raise NotFound(f"no review item {review_id}")
            if row.status != "open":
                raise WatcherError(f"review item {review_id} is already {row.status}")
            row.status, row.resolved_by, row.resolved_at, row.note = status, actor, now, note
            session.add(row)
            session.commit()
            return _review(row)

    def review_act(
        self, question_id: str, action: str, stage: str | None, actor: str | None, note: str,
        now: datetime, review_id: int | None = None,
    ) -> int:  # fmt: skip
        """Log one analyst act (append-only); returns its id."""
        row = ReviewActRow(
            review_id=review_id, question_id=question_id, action=action, stage=stage,
            actor=actor, note=note, at=now,
        )  # fmt: skip
        with self._session() as session:
            session.add(row)
            session.commit()
            return row.id or 0

    def review_acts(self, question_id: str | None = None) -> list[dict[str, Any]]:
        """The analyst log as plain dicts, oldest first."""
        query = select(ReviewActRow).order_by(col(ReviewActRow.id))
        if question_id is not None:
            query = query.where(ReviewActRow.question_id == question_id)
        with self._session() as session:
            return [r.model_dump() for r in session.exec(query)]


def hash_body(body: bytes) -> str:
    """The hash kept per feed to tell an unchanged body from a changed one."""
    return hashlib.sha256(body).hexdigest()
