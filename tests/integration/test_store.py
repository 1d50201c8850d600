"""Store against real databases: a SQLite file and PostgreSQL (see conftest.db_url)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy.exc import StatementError

from watcher.errors import FeedError, NotFound, StoreUnavailable, WatcherError
from watcher.model import (
    Actor,
    Entry,
    Evidence,
    Feed,
    Fetched,
    FetchFailed,
    Ladder,
    NextPoll,
    NotModified,
    Observation,
    Polarity,
    Question,
    ReviewItem,
    StatusChange,
)
from watcher.store import Store, hash_body

NOW = datetime(2026, 5, 10, 12, 0, tzinfo=UTC)
LADDER = Ladder("ratification", ("proposed", "signed", "ratified", "in-force"), ("withdrawn",))
EVIDENCE = (
    Evidence(
        "https://news.example/a", "Parliament votes", NOW - timedelta(hours=3), "voted", "en:r"
    ),
)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = Store.open(db_url)
    yield opened
    opened.close()


def question(slug: str = "treaty", baseline: str = "signed") -> Question:
    return Question(f"wl/{slug}", "wl", "Will the treaty pass?", "ratification", LADDER, baseline)


def entry(key: str, title: str = "A title", **fields: object) -> Entry:
    base = Entry("https://feeds.example/rss", key, title, f"https://news.example/{key}")
    return replace(base, **fields)


def change(frm: str, to: str, **fields: object) -> StatusChange:
    base = StatusChange("wl/treaty", frm, to, NOW - timedelta(hours=2), EVIDENCE, rule="en:x")
    return replace(base, **fields)


def observation(qid: str = "wl/treaty", key: str = "e1", **fields: object) -> Observation:
    base = Observation(
        qid, key, "https://feeds.example/rss", "https://news.example/e1", "Vote held",
        NOW - timedelta(hours=1), "ratified", Polarity.DONE, "the chamber ratified", 0.8,
    )  # fmt: skip
    return replace(base, **fields)


# --- opening -------------------------------------------------------------------------------------


def test_open_creates_the_sqlite_folder_and_reopens(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "w.sqlite3"
    Store.open(f"sqlite:///{path}").close()
    again = Store.open(f"sqlite:///{path}")  # migrations at head already: a no-op
    assert path.is_file() and again.feed_count() == 0
    again.close()


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://postgres@127.0.0.1:1/test",
        "sqlite:////dev/null/cannot/be/here.sqlite3",
        "nonsense-without-scheme",
    ],
)
def test_open_raises_one_line_store_unavailable(url: str) -> None:
    with pytest.raises(StoreUnavailable) as caught:
        Store.open(url)
    assert "\n" not in str(caught.value)
    assert caught.value.__suppress_context__ and caught.value.__cause__ is None


# --- feeds ---------------------------------------------------------------------------------------


def test_feed_round_trip_and_duplicate(store: Store) -> None:
    added = store.add_feed(Feed("https://a.example/rss", every=timedelta(minutes=45)), NOW)
    assert added.id is not None and added.every == timedelta(minutes=45)
    assert added.next_check_at == NOW and added.next_check_at.tzinfo is not None
    assert store.get_feed(added.id) == added == store.get_feed("https://a.example/rss")
    assert store.get_feed(str(added.id)) == added
    with pytest.raises(FeedError):
        store.add_feed(Feed("https://a.example/rss"), NOW)
    assert store.list_feeds() == [added] and store.feed_count() == 1


def test_a_feeds_country_is_kept_set_and_cleared(store: Store) -> None:
    kenyan = store.add_feed(Feed("https://a.example/rss", country="Kenya"), NOW)
    plain = store.add_feed(Feed("https://b.example/rss"), NOW)
    assert store.get_feed(kenyan.url).country == "Kenya" and plain.country is None
    assert store.set_feed_country(plain.url, "Uruguay").country == "Uruguay"
    assert store.set_feed_country(str(kenyan.id), None).country is None
    assert [f.country for f in store.list_feeds()] == [None, "Uruguay"]
    with pytest.raises(NotFound):
        store.set_feed_country("https://c.example/rss", "Kenya")


def test_entries_read_back_with_their_feeds_country_as_it_is_now(store: Store) -> None:
    feed = store.add_feed(Feed("https://feeds.example/rss", country="Kenya"), NOW)
    other = store.add_feed(Feed("https://other.example/rss"), NOW)
    assert feed.id is not None and other.id is not None
    # The judge hands entries over with a country: it is the feed's, never stored per entry.
    assert store.add_entries(feed.id, [entry("k1", country="Kenya")], NOW)
    store.add_entries(other.id, [entry("k2")], NOW)
    assert [(e.key, e.country) for e in store.iter_entries()] == [("k1", "Kenya"), ("k2", None)]
    store.set_feed_country(feed.id, "Uruguay")
    assert [e.country for e in store.iter_entries()] == ["Uruguay", None]
    # The same entry fetched again (no country attached) is not a change.
    assert store.add_entries(feed.id, [entry("k1")], NOW) == []


def test_remove_feed_drops_its_entries(store: Store) -> None:
    feed = store.add_feed(Feed("https://feeds.example/rss"), NOW)
    assert feed.id is not None
    store.add_entries(feed.id, [entry("k1"), entry("k2")], NOW)
    assert store.remove_feed(feed.url) == feed
    assert store.entry_count() == 0 and store.list_feeds() == []
    with pytest.raises(NotFound):
        store.get_feed(feed.id)


def test_due_feeds_most_overdue_first(store: Store) -> None:
    later = store.add_feed(Feed("https://a.example/1", next_check_at=NOW + timedelta(hours=1)), NOW)
    late = store.add_feed(Feed("https://a.example/2", next_check_at=NOW - timedelta(hours=1)), NOW)
    later_still = NOW - timedelta(minutes=5)
    recent = store.add_feed(Feed("https://a.example/3", next_check_at=later_still), NOW)
    assert store.due_feeds(NOW) == [late, recent]
    assert store.due_feeds(NOW, all=True) == [late, recent, later]


def test_record_poll_keeps_caching_and_errors(store: Store) -> None:
    feed = store.add_feed(Feed("https://a.example/rss"), NOW)
    assert feed.id is not None
    fetched = Fetched(
        feed.url, b"<rss/>", etag='"v1"', last_modified="Sun, 10 May 2026 10:00:00 GMT"
    )
    store.record_poll(feed.id, fetched, NextPoll(NOW + timedelta(minutes=30), 0), NOW, title="A")
    got = store.get_feed(feed.id)
    assert (got.etag, got.last_modified, got.title) == ('"v1"', fetched.last_modified, "A")
    assert got.body_hash == hash_body(b"<rss/>") and got.last_checked_at == NOW
    failed = FetchFailed(feed.url, "https://a.example/rss: HTTP 503 Service Unavailable", 503)
    store.record_poll(feed.id, failed, NextPoll(NOW + timedelta(hours=1), 1), NOW)
    got = store.get_feed(feed.id)
    assert (got.error_count, got.last_error, got.etag, got.title) == (1, failed.error, '"v1"', "A")
    store.record_poll(feed.id, NotModified(feed.url), NextPoll(NOW + timedelta(hours=2), 0), NOW)
    got = store.get_feed(feed.id)
    assert (got.error_count, got.last_error) == (0, None)
    assert got.next_check_at == NOW + timedelta(hours=2)


def test_datetimes_come_back_utc_aware_and_equal(store: Store) -> None:
    tokyo = datetime(2026, 5, 10, 21, 30, 15, 123456, tzinfo=timezone(timedelta(hours=9)))
    feed = store.add_feed(Feed("https://a.example/rss", next_check_at=tokyo), NOW)
    assert feed.id is not None
    store.add_entries(feed.id, [entry("k", published=tokyo, updated=None)], NOW)
    stored_feed, stored_entry = store.get_feed(feed.id), next(store.iter_entries())
    for value in (stored_feed.next_check_at, stored_entry.published, stored_feed.last_checked_at):
        assert value is None or value.utcoffset() == timedelta(0)
    assert stored_feed.next_check_at == tokyo and stored_entry.published == tokyo
    assert stored_entry.published is not None and stored_entry.published.hour == 12


def test_naive_datetimes_are_refused(store: Store) -> None:
    # A programming error: SQLAlchemy wraps the type's ValueError in a StatementError.
    with pytest.raises(StatementError, match="naive datetime"):
        store.add_feed(Feed("https://a.example/rss"), datetime(2026, 5, 10, 12, 0))


# --- entries -------------------------------------------------------------------------------------


def test_add_entries_returns_only_new_or_changed(store: Store) -> None:
    feed = store.add_feed(Feed("https://feeds.example/rss"), NOW)
    assert feed.id is not None
    first = [entry("k1"), entry("k2"), entry("k1", "repeated key")]
    assert store.add_entries(feed.id, first, NOW) == first[:2]
    assert store.add_entries(feed.id, first[:2], NOW) == []
    edited = entry("k2", "A corrected title")
    assert store.add_entries(feed.id, [entry("k1"), edited, entry("k3")], NOW) == [
        edited,
        entry("k3"),
    ]
    assert store.entry_count() == 3
    assert {e.key: e.title for e in store.iter_entries()}["k2"] == "A corrected title"


def test_iter_entries_since_and_full_round_trip(store: Store) -> None:
    feed = store.add_feed(Feed("https://feeds.example/rss"), NOW)
    assert feed.id is not None
    rich = entry(
        "k1", summary="one\ntwo", content="body", published=NOW, updated=NOW,
        language="es", source="Feed Title",
    )  # fmt: skip
    store.add_entries(feed.id, [rich], NOW - timedelta(days=1))
    store.add_entries(feed.id, [entry("k2")], NOW)
    assert list(store.iter_entries()) == [rich, entry("k2")]
    assert list(store.iter_entries(since=NOW - timedelta(hours=1))) == [entry("k2")]


# --- questions and history -----------------------------------------------------------------------


def test_sync_questions_starts_at_baseline_and_keeps_progress(store: Store) -> None:
    store.sync_questions([question()], NOW)
    assert store.state("wl/treaty").stage == "signed"
    assert store.apply_change(change("signed", "ratified"), NOW) is not None
    store.sync_questions([question(), question("other", "proposed")], NOW + timedelta(days=1))
    states = store.states()
    assert (states["wl/treaty"].stage, states["wl/other"].stage) == ("ratified", "proposed")
    with pytest.raises(NotFound):
        store.state("wl/missing")


def test_apply_change_records_once_and_moves_state(store: Store) -> None:
    store.sync_questions([question()], NOW)
    ratified = change("signed", "ratified", party="Paraguay")
    record = store.apply_change(ratified, NOW, actor="judge")
    assert record is not None and record.change == ratified and record.actor == "judge"
    assert record.recorded_at == NOW
    state = store.state("wl/treaty")
    assert (state.stage, state.parties, state.updated_at) == (
        "ratified",
        {"Paraguay": "2026-05-10"},
        NOW,
    )
    assert store.apply_change(ratified, NOW + timedelta(minutes=1)) is None
    assert store.history() == [record] == store.history("wl/treaty")
    assert store.history("wl/other") == []


def test_apply_change_refuses_a_stale_auto_change(store: Store) -> None:
    store.sync_questions([question()], NOW)
    assert store.apply_change(change("proposed", "ratified"), NOW) is None
    assert store.state("wl/treaty").stage == "signed" and store.history() == []


def test_analyst_override_applies_from_any_stage(store: Store) -> None:
    store.sync_questions([question()], NOW)
    override = change("proposed", "withdrawn", by=Actor.ANALYST, note="checked by phone", at=NOW)
    record = store.apply_change(override, NOW, actor="ana")
    assert record is not None and record.change.from_stage == "signed"
    assert record.change.by is Actor.ANALYST and record.change.evidence == EVIDENCE
    assert store.state("wl/treaty").stage == "withdrawn"


def test_apply_change_on_unknown_question(store: Store) -> None:
    with pytest.raises(NotFound):
        store.apply_change(change("signed", "ratified"), NOW)


def test_concurrent_changes_from_one_stage_apply_once(db_url: str) -> None:
    stores = [Store.open(db_url) for _ in range(2)]
    stores[0].sync_questions([question()], NOW)
    start, results = threading.Barrier(2), []
    proposals = [change("signed", "ratified"), change("signed", "withdrawn")]

    def apply(store: Store, proposal: StatusChange) -> None:
        start.wait()
        results.append(store.apply_change(proposal, NOW))

    threads = [
        threading.Thread(target=apply, args=pair) for pair in zip(stores, proposals, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    applied = [r for r in results if r is not None]
    assert len(results) == 2 and len(applied) == 1
    assert stores[1].state("wl/treaty").stage == applied[0].change.to_stage
    assert len(stores[1].history()) == 1
    for store in stores:
        store.close()


# --- observations --------------------------------------------------------------------------------


def test_observations_are_unique_per_question_and_entry(store: Store) -> None:
    store.add_feed(Feed("https://feeds.example/rss"), NOW)
    seen = [observation(), observation(), observation(key="e2", party="Taiwan", rule="en:r:x")]
    assert store.add_observations(seen, NOW) == 2
    assert store.add_observations([observation(), observation("wl/other")], NOW) == 1
    records = store.observations("wl/treaty")
    assert [r.observation for r in records] == [seen[0], seen[2]]
    assert records[0].recorded_at == NOW and len(store.observations()) == 3


def test_observation_of_an_unknown_feed_is_kept(store: Store) -> None:
    lost = observation(feed_url="https://gone.example/rss", polarity=Polarity.NEGATED, stage=None)
    assert store.add_observations([lost, lost], NOW) == 1
    assert store.observations()[0].observation == lost


# --- reviews -------------------------------------------------------------------------------------


def proposal(stage: str = "ratified", party: str | None = None) -> ReviewItem:
    return ReviewItem("wl/treaty", "signed", stage, NOW, EVIDENCE, "hedged wording", 0.5, party)


def test_review_lifecycle(store: Store) -> None:
    opened = store.add_review(proposal(), NOW)
    assert opened is not None and opened.item == proposal() and opened.status == "open"
    assert store.add_review(proposal(), NOW) is None
    other = store.add_review(proposal(party="Taiwan"), NOW)
    assert other is not None and store.reviews() == [opened, other]
    later = NOW + timedelta(hours=1)
    closed = store.resolve_review(opened.id, "rejected", "ana", "wrong chamber", later)
    assert (closed.status, closed.resolved_by, closed.resolved_at, closed.note) == (
        "rejected", "ana", later, "wrong chamber",
    )  # fmt: skip
    assert store.reviews() == [other] and store.reviews("rejected") == [closed]
    assert store.reviews(None) == [closed, other]
    assert store.add_review(proposal(), NOW) is None  # decided proposals are not reopened
    assert store.review(opened.id) == closed and store.review(other.id) == other
    assert store.review(999) is None


@pytest.mark.parametrize(
    ("review_id", "status", "error"),
    [(999, "confirmed", NotFound), (1, "maybe", WatcherError), (1, "open", WatcherError)],
)
def test_resolve_review_refuses(store: Store, review_id: int, status: str, error: type) -> None:
    opened = store.add_review(proposal(), NOW)
    assert opened is not None
    with pytest.raises(error):
        store.resolve_review(review_id if review_id == 999 else opened.id, status, "a", "", NOW)


def test_resolving_twice_is_refused(store: Store) -> None:
    opened = store.add_review(proposal(), NOW)
    assert opened is not None
    store.resolve_review(opened.id, "confirmed", "ana", "", NOW)
    with pytest.raises(WatcherError, match="already confirmed"):
        store.resolve_review(opened.id, "rejected", "ana", "", NOW)


def test_review_acts_are_logged_in_order(store: Store) -> None:
    first = store.review_act("wl/treaty", "confirm", "ratified", "ana", "ok", NOW, review_id=3)
    second = store.review_act("wl/treaty", "note", None, "bo", "watch Senate", NOW)
    acts = store.review_acts("wl/treaty")
    assert [a["id"] for a in acts] == [first, second]
    assert (acts[0]["review_id"], acts[1]["stage"], acts[1]["at"]) == (3, None, NOW)
    assert store.review_acts("wl/other") == []
