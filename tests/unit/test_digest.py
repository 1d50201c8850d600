"""Tests for the digest: the view model built from hand-made records, and its two renderers."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from watcher.digest import (
    DigestView,
    QuestionDigest,
    build_digest,
    render_json,
    render_markdown,
)
from watcher.model import (
    Actor,
    Entity,
    Evidence,
    Feed,
    HistoryRecord,
    Ladder,
    Observation,
    ObservationRecord,
    Polarity,
    Question,
    QuestionState,
    ReviewItem,
    ReviewRecord,
    StatusChange,
    Watchlist,
)

NOW = datetime(2026, 6, 20, 12, 0, tzinfo=UTC)
SINCE = datetime(2026, 6, 13, 12, 0, tzinfo=UTC)
LADDER = Ladder(
    kind="ratification",
    stages=("proposed", "signed", "submitted", "approved-one", "ratified", "in-force"),
    setbacks=("rejected", "withdrawn"),
)
WL = "alpha-beta-2026-05-08"
TREATY = f"{WL}/mla-treaty"
PORT = f"{WL}/port-deal"
PARTIES = (Entity("Senate of Alpha", ("Alpha Senate",)), Entity("Beta Assembly"))


def day_at(d: int, month: int = 6, hour: int = 9) -> datetime:
    return datetime(2026, month, d, hour, 0, tzinfo=UTC)


def question(slug: str, **fields: object) -> Question:
    base = Question(
        id=f"{WL}/{slug}", watchlist=WL, text=f"Will the {slug} move?", kind="ratification",
        ladder=LADDER, baseline="signed",
    )  # fmt: skip
    return replace(base, **fields)  # type: ignore[arg-type]


def watchlist(
    *questions: Question, wl_id: str = WL, on: date | None = date(2026, 5, 8)
) -> Watchlist:
    return Watchlist(id=wl_id, title=f"Watchlist {wl_id}", date=on, questions=questions)


def evidence(
    title: str = "Senate backs the pact", url: str | None = "https://news.test/a"
) -> Evidence:
    return Evidence(url=url, title=title, published=day_at(14), quote="The senate voted 40 to 3.")


def history(
    rid: int,
    recorded_at: datetime,
    at: datetime | None = None,
    qid: str = TREATY,
    to: str = "submitted",
    **fields: object,
) -> HistoryRecord:
    change = StatusChange(
        question_id=qid, from_stage="signed", to_stage=to, at=at or recorded_at,
        evidence=(evidence(),), confidence=0.9,
    )  # fmt: skip
    return HistoryRecord(id=rid, change=replace(change, **fields), recorded_at=recorded_at)  # type: ignore[arg-type]


def review(rid: int, status: str = "open", created_at: datetime | None = None) -> ReviewRecord:
    item = ReviewItem(
        question_id=TREATY, from_stage="submitted", proposed_stage="approved-one",
        at=day_at(15, hour=6), evidence=(evidence("Vote due next week"),),
        reason="stage reported as planned", confidence=0.55,
    )  # fmt: skip
    return ReviewRecord(id=rid, item=item, status=status, created_at=created_at or day_at(15))


def observed(qid: str, published: datetime | None, recorded_at: datetime) -> ObservationRecord:
    obs = Observation(
        question_id=qid, entry_key="k", feed_url="https://feeds.test/rss", url=None,
        title="t", published=published, stage=None, polarity=Polarity.NONE, quote="",
    )  # fmt: skip
    return ObservationRecord(id=1, observation=obs, recorded_at=recorded_at)


def digest_of(
    lists: tuple[Watchlist, ...] = (),
    states: dict[str, QuestionState] | None = None,
    changes: tuple[HistoryRecord, ...] = (),
    reviews: tuple[ReviewRecord, ...] = (),
    observations: tuple[ObservationRecord, ...] = (),
    feeds: tuple[Feed, ...] = (),
    now: datetime = NOW,
) -> DigestView:
    lists = lists or (watchlist(question("mla-treaty")),)
    return build_digest(
        lists, states or {}, changes, reviews, observations, feeds, SINCE, now,
        stale_after=timedelta(days=30),
    )  # fmt: skip


def only_question(view: DigestView) -> QuestionDigest:
    return view.watchlists[0].questions[0]


# --- the view model -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("recorded_at", "included"),
    [
        (SINCE - timedelta(seconds=1), False),
        (SINCE, True),
        (day_at(16), True),
        (NOW, True),
        (NOW + timedelta(seconds=1), False),
    ],
)
def test_a_change_counts_when_recorded_in_the_period(recorded_at: datetime, included: bool) -> None:
    view = digest_of(changes=(history(1, recorded_at, at=day_at(1)),))
    assert [c.id for c in only_question(view).changes] == ([1] if included else [])
    assert view.summary.changes == int(included)


def test_changes_are_ordered_by_the_date_of_their_evidence() -> None:
    records = (
        history(1, day_at(18), at=day_at(17), to="approved-one"),
        history(2, day_at(19), at=day_at(14), to="submitted"),
        history(3, day_at(16), at=day_at(15), qid=PORT),
    )
    lists = (watchlist(question("mla-treaty"), question("port-deal")),)
    view = digest_of(lists, changes=records)
    treaty, port = view.watchlists[0].questions
    assert [c.id for c in treaty.changes] == [2, 1]
    assert [c.id for c in port.changes] == [3]
    first = treaty.changes[0]
    assert (first.from_stage, first.to_stage, first.at, first.by) == (
        "signed", "submitted", day_at(14), "auto",
    )  # fmt: skip
    assert first.evidence[0].quote == "The senate voted 40 to 3."


@pytest.mark.parametrize(
    ("deadline", "stage", "overdue"),
    [
        (None, "submitted", False),
        (date(2026, 6, 19), "submitted", True),
        (date(2026, 6, 20), "submitted", False),
        (date(2026, 6, 19), "in-force", False),
        (date(2026, 6, 19), "rejected", True),
    ],
)
def test_overdue_means_past_deadline_and_not_at_the_top(
    deadline: date | None, stage: str, overdue: bool
) -> None:
    states = {TREATY: QuestionState(TREATY, stage)}
    view = digest_of((watchlist(question("mla-treaty", deadline=deadline)),), states)
    assert only_question(view).overdue is overdue
    assert view.summary.overdue == int(overdue)


@pytest.mark.parametrize(
    ("listed_on", "heard", "stale", "silent_days"),
    [
        (date(2026, 5, 8), [], True, 43),
        (date(2026, 6, 1), [], False, 19),
        (date(2026, 5, 8), [(day_at(10), day_at(10))], False, 10),
        (date(2026, 5, 8), [(day_at(10, month=5), day_at(11, month=5))], True, 41),
        # a future publication date cannot keep a question fresh: the recorded time wins
        (date(2026, 5, 8), [(day_at(1, month=7), day_at(12, month=5))], True, 39),
        (date(2026, 5, 8), [(None, day_at(18))], False, 2),
        (None, [], False, None),
    ],
)
def test_a_question_silent_longer_than_stale_after_is_stale(
    listed_on: date | None,
    heard: list[tuple[datetime | None, datetime]],
    stale: bool,
    silent_days: int | None,
) -> None:
    records = tuple(observed(TREATY, p, r) for p, r in heard)
    view = digest_of((watchlist(question("mla-treaty"), on=listed_on),), observations=records)
    q = only_question(view)
    assert (q.stale, q.silent_days) == (stale, silent_days)
    assert view.summary.stale == int(stale)


@pytest.mark.parametrize(
    ("reviews", "waiting"),
    [
        ((review(1),), [1]),
        ((review(1, status="confirmed"), review(2, status="rejected")), []),
        ((review(1, created_at=NOW + timedelta(hours=1)),), []),
        ((review(2, status="open"), review(1, status="overridden")), [2]),
    ],
)
def test_only_open_reviews_are_waiting(
    reviews: tuple[ReviewRecord, ...], waiting: list[int]
) -> None:
    view = digest_of(reviews=reviews)
    assert [r.id for r in only_question(view).reviews] == waiting
    assert view.summary.reviews_waiting == len(waiting)


@pytest.mark.parametrize(
    ("parties", "recorded", "label", "acted"),
    [
        ((), {"Senate of Alpha": "2026-06-01"}, None, None),
        (PARTIES, {}, "0/2", []),
        (PARTIES, {"Senate of Alpha": "2026-06-01"}, "1/2", ["Senate of Alpha"]),
        (PARTIES, {"alpha senate": "2026-06-01"}, "1/2", ["Senate of Alpha"]),
        (
            PARTIES,
            {"Beta Assembly": "a", "Senate of Alpha": "b"},
            "2/2",
            ["Senate of Alpha", "Beta Assembly"],
        ),
    ],
)
def test_party_progress_counts_the_parties_that_acted(
    parties: tuple[Entity, ...],
    recorded: dict[str, str],
    label: str | None,
    acted: list[str] | None,
) -> None:
    states = {TREATY: QuestionState(TREATY, "submitted", parties=recorded)}
    view = digest_of((watchlist(question("mla-treaty", parties=parties)),), states)
    progress = only_question(view).parties
    if label is None:
        assert progress is None
    else:
        assert progress is not None
        assert (progress.label, [p.name for p in progress.acted]) == (label, acted)


@pytest.mark.parametrize(
    ("state", "stage", "index", "setback"),
    [
        (None, "signed", 1, False),
        ("submitted", "submitted", 2, False),
        ("in-force", "in-force", 5, False),
        ("rejected", "rejected", -1, True),
        ("unheard-of", "unheard-of", -1, False),
    ],
)
def test_the_stage_is_placed_on_the_ladder(
    state: str | None, stage: str, index: int, setback: bool
) -> None:
    states = {TREATY: QuestionState(TREATY, state)} if state else {}
    position = only_question(digest_of(states=states)).position
    assert (position.stage, position.index, position.length, position.setback) == (
        stage, index, 6, setback,
    )  # fmt: skip


def test_failing_feeds_are_listed_most_failing_first() -> None:
    feeds = (
        Feed(url="https://ok.test/rss"),
        Feed(url="https://b.test/rss", error_count=2, last_error="HTTP 503"),
        Feed(url="https://a.test/rss", error_count=5, last_error="timed out"),
    )
    view = digest_of(feeds=feeds)
    assert [(p.url, p.last_error) for p in view.feed_problems] == [
        ("https://a.test/rss", "timed out"),
        ("https://b.test/rss", "HTTP 503"),
    ]
    assert view.summary.failing_feeds == 2


def test_watchlists_sort_by_id_and_questions_keep_their_order() -> None:
    later = watchlist(question("zeta"), question("alpha"), wl_id="zz-list")
    earlier = watchlist(question("mid"), wl_id="aa-list")
    view = digest_of((later, earlier))
    assert [w.id for w in view.watchlists] == ["aa-list", "zz-list"]
    assert [q.slug for q in view.watchlists[1].questions] == ["zeta", "alpha"]
    assert view.summary.questions == 3


# --- Markdown -----------------------------------------------------------------------------------


@pytest.fixture
def busy_view() -> DigestView:
    """One question with a change, a review, party progress, overdue and stale; a failing feed."""
    treaty = question("mla-treaty", parties=PARTIES, deadline=date(2026, 6, 1))
    states = {TREATY: QuestionState(TREATY, "submitted", parties={"Beta Assembly": "2026-06-14"})}
    change = history(
        7, day_at(16), at=day_at(14, hour=23), by=Actor.ANALYST, note="checked\nby hand",
        evidence=(evidence("Pact [final] text", "https://news.test/a b"),),
    )  # fmt: skip
    feed = Feed(url="https://down.test/rss", title="Down", error_count=3, last_error="HTTP 500")
    return digest_of(
        (watchlist(treaty),), states, (replace(change, actor="ana"),), (review(4),), (), (feed,)
    )


@pytest.mark.parametrize(
    "line",
    [
        "# watcher digest: 2026-06-13 to 2026-06-20 (UTC)",
        "**Summary:** 1 change · 1 review waiting · 1 stale · 1 overdue · 1 failing feed",
        f"## Watchlist {WL} ({WL}, 2026-05-08)",
        "### mla-treaty",
        "Will the mla-treaty move?",
        "- Stage: proposed → signed → [submitted] → approved-one → ratified → in-force (3/6)",
        "- Parties: 1/2 acted (Beta Assembly 2026-06-14)",
        "- Deadline: 2026-06-01",
        "- Needs attention: overdue, deadline 2026-06-01 passed at stage submitted",
        "- Needs attention: silent for 43 days (last heard 2026-05-08)",
        "- 2026-06-14: signed → submitted by analyst (ana), confidence 0.90, recorded 2026-06-16",
        "  - Note: checked by hand",
        "  - [Pact \\[final\\] text](https://news.test/a%20b) (2026-06-14):"
        " “The senate voted 40 to 3.”",
        "- #4 2026-06-15: submitted → approved-one? confidence 0.55: stage reported as planned",
        "  - [Vote due next week](https://news.test/a) (2026-06-14): “The senate voted 40 to 3.”",
        "- https://down.test/rss (Down): 3 failures in a row, last: HTTP 500",
    ],
)
def test_markdown_shows_the_line(busy_view: DigestView, line: str) -> None:
    assert line in render_markdown(busy_view).splitlines()


def test_markdown_has_no_trailing_whitespace_and_ends_with_one_newline(
    busy_view: DigestView,
) -> None:
    text = render_markdown(busy_view)
    assert text.endswith("\n") and not text.endswith("\n\n")
    assert [line for line in text.splitlines() if line != line.rstrip()] == []


def test_markdown_says_when_nothing_changed_and_shows_a_setback_beside_its_ladder() -> None:
    states = {TREATY: QuestionState(TREATY, "rejected")}
    lines = render_markdown(digest_of(states=states)).splitlines()
    assert "No changes in the period." in lines
    assert "Review waiting:" not in lines
    assert (
        "- Stage: [rejected] (setback; ladder: proposed → signed → submitted → approved-one"
        " → ratified → in-force)"
    ) in lines


def test_markdown_dates_are_utc() -> None:
    late = datetime(2026, 6, 14, 23, 30, tzinfo=timezone(timedelta(hours=-5)))  # 15th in UTC
    view = digest_of(changes=(history(1, day_at(16), at=late),))
    assert any(
        line.startswith("- 2026-06-15: signed") for line in render_markdown(view).splitlines()
    )


# --- JSON ---------------------------------------------------------------------------------------


def parse_time(text: str) -> datetime:
    assert text.endswith("Z")
    return datetime.fromisoformat(text)


def test_json_round_trips_the_key_fields(busy_view: DigestView) -> None:
    doc = json.loads(render_json(busy_view))
    assert doc["schema"] == "watcher.digest/1"
    assert (parse_time(doc["since"]), parse_time(doc["now"])) == (SINCE, NOW)
    assert doc["summary"] == {
        "changes": 1, "reviews_waiting": 1, "stale": 1, "overdue": 1, "failing_feeds": 1,
        "questions": 1,
    }  # fmt: skip
    q = doc["watchlists"][0]["questions"][0]
    assert (q["id"], q["stage"], q["ladder"]["index"], q["deadline"]) == (
        TREATY, "submitted", 2, "2026-06-01",
    )  # fmt: skip
    assert q["parties"]["done"] == 1 and q["parties"]["total"] == 2
    change = busy_view.watchlists[0].questions[0].changes[0]
    c = q["changes"][0]
    assert (c["id"], c["from"], c["to"]) == (7, "signed", "submitted")
    assert (c["by"], c["actor"]) == ("analyst", "ana")
    assert (parse_time(c["at"]), parse_time(c["recorded_at"])) == (change.at, change.recorded_at)
    assert c["evidence"][0]["url"] == "https://news.test/a b"
    assert q["reviews"][0]["proposed"] == "approved-one"
    assert doc["feed_problems"][0]["last_error"] == "HTTP 500"


def test_json_keeps_non_ascii_text_verbatim() -> None:
    text = "¿Ratificará el Senado? 立法院"
    lists = (watchlist(question("mla-treaty", text=text)),)
    doc = json.loads(render_json(digest_of(lists)))
    assert doc["watchlists"][0]["questions"][0]["text"] == text
