"""Deciding status changes: strength of evidence, parties, setbacks, context, idempotence."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.unit.builders import question
from watcher.judge import DEFAULT_POLICY, Policy, decide, replay
from watcher.judge.decide import apply_change
from watcher.model import (
    Entity,
    Observation,
    Polarity,
    Question,
    QuestionState,
    ReviewItem,
    StatusChange,
)

TREATY = question(
    "treaty",
    "treaty",
    "ratification",
    "signed",
    cited_outlets=("Daily Ledger", "ledger.example"),
    parties=(Entity("Andorran parliament"), Entity("Nauru parliament")),
)
SOLO = question("solo", "solo", "ratification", "signed")
PLANT = question("plant", "plant", "project", "announced")
NOW = datetime(2030, 6, 1, tzinfo=UTC)
# Distinct wording per outlet, so only the syndication case below looks like a copy.
TITLES = {
    "Wire A": "Lawmakers act on the accord",
    "Wire B": "Late-night vote settles long fight",
    "B": "What the chamber decided this week",
    "Daily Ledger": "Ledger exclusive",
}


def obs(
    q: Question,
    stage: str | None,
    day: int,
    *,
    source: str = "Wire A",
    title: str | None = None,
    score: float = 0.9,
    polarity: Polarity = Polarity.DONE,
    party: str | None = None,
    url: str | None = None,
    month: int = 2,
) -> Observation:
    return Observation(
        question_id=q.id,
        entry_key=f"{source}-{month}-{day}-{stage}",
        feed_url="http://127.0.0.1/f",
        url=url,
        title=title or TITLES.get(source, source),
        quote="q",
        published=datetime(2030, month, day, 9, tzinfo=UTC),
        stage=stage,
        polarity=polarity,
        score=score,
        party=party,
        source=source,
    )


def state(q: Question, stage: str | None = None, **kw: object) -> QuestionState:
    return QuestionState(q.id, stage or q.baseline, **kw)  # type: ignore[arg-type]


def kinds(decisions: list) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [
        (type(d).__name__, d.to_stage if isinstance(d, StatusChange) else d.proposed_stage)
        for d in decisions
    ]


STRENGTH = [
    # body sentence, one source: review
    ([obs(SOLO, "ratified-all", 3)], [("ReviewItem", "ratified-all")]),
    # same, corroborated by a second outlet: applied
    (
        [obs(SOLO, "ratified-all", 3), obs(SOLO, "ratified-all", 4, source="Wire B")],
        [("StatusChange", "ratified-all")],
    ),
    # a syndicated copy (same title, other outlet) does not corroborate
    (
        [
            obs(SOLO, "ratified-all", 3, title="Senate ratifies the pact"),
            obs(SOLO, "ratified-all", 3, source="Wire B", title="Senate ratifies the pact!"),
        ],
        [("ReviewItem", "ratified-all")],
    ),
    # a second source outside the event window is another event
    (
        [obs(SOLO, "ratified-all", 3), obs(SOLO, "ratified-all", 20, source="Wire B")],
        [("ReviewItem", "ratified-all"), ("ReviewItem", "ratified-all")],
    ),
    # a single clear headline one stage up: applied
    ([obs(SOLO, "submitted", 3, score=1.0)], [("StatusChange", "submitted")]),
    # a single clear headline leaping over stages the news does report: review
    ([obs(SOLO, "in-force", 3, score=1.0)], [("ReviewItem", "in-force")]),
    # an official host: applied
    (
        [obs(SOLO, "ratified-all", 3, url="https://www.senate.gov.example.gov/news/1")],
        [("StatusChange", "ratified-all")],
    ),
    # the matter only named in context: review even with two sources
    (
        [
            obs(SOLO, "ratified-all", 3, score=0.7),
            obs(SOLO, "ratified-all", 4, source="B", score=0.7),
        ],
        [("ReviewItem", "ratified-all")],
    ),
    # intent, negated, speculative and stage-less observations never move anything
    (
        [
            obs(SOLO, "ratified-all", 3, score=1.0, polarity=p)
            for p in (Polarity.INTENT, Polarity.NEGATED, Polarity.SPECULATIVE)
        ]
        + [obs(SOLO, None, 3, score=1.0, polarity=Polarity.NONE)],
        [],
    ),
    # pre-briefing and briefing-day coverage is context
    (
        [
            obs(SOLO, "ratified-all", 9, month=1, score=1.0),
            obs(SOLO, "ratified-all", 10, month=1, score=1.0, source="B"),
        ],
        [],
    ),
    # a committee step after the briefing: submitted, not ratified
    ([obs(SOLO, "submitted", 3, score=1.0)], [("StatusChange", "submitted")]),
]


@pytest.mark.parametrize(("observations", "expected"), STRENGTH)
def test_strength_of_evidence(observations: list[Observation], expected: list) -> None:  # type: ignore[type-arg]
    assert kinds(decide(SOLO, state(SOLO), observations, NOW)) == expected


def test_headline_knob_off_sends_single_headline_to_review() -> None:
    strict = Policy(accept_single_headline=False)
    decisions = decide(SOLO, state(SOLO), [obs(SOLO, "ratified-all", 3, score=1.0)], NOW, strict)
    assert kinds(decisions) == [("ReviewItem", "ratified-all")]


def test_change_carries_earliest_time_and_all_evidence() -> None:
    found = [obs(SOLO, "in-force", 5, source="B"), obs(SOLO, "in-force", 3)]
    (change,) = decide(SOLO, state(SOLO), found, NOW)
    assert isinstance(change, StatusChange)
    assert change.at == datetime(2030, 2, 3, 9, tzinfo=UTC)
    assert len(change.evidence) == 2 and change.from_stage == "signed"
    assert change.to_stage == "in-force"  # as far as the evidence says, no further


def test_cited_outlet_applies() -> None:
    found = [obs(TREATY, "in-force", 3, source="Daily Ledger")]
    (change,) = decide(TREATY, state(TREATY), found, NOW)
    assert isinstance(change, StatusChange) and change.confidence == DEFAULT_POLICY.cited_confidence


@pytest.mark.parametrize(
    ("current", "stage", "expected"),
    [
        ("in-force", "ratified-all", []),  # never backwards
        ("in-force", "in-force", []),
        ("ratified-all", "in-force", [("StatusChange", "in-force")]),
        ("submitted", "in-force", [("ReviewItem", "in-force")]),  # a lone report leaping
        ("in-force", "withdrawn", [("StatusChange", "withdrawn")]),  # setbacks apply
    ],
)
def test_direction(current: str, stage: str, expected: list) -> None:  # type: ignore[type-arg]
    found = [obs(SOLO, stage, 3, score=1.0)]
    assert kinds(decide(SOLO, state(SOLO, current), found, NOW)) == expected


def test_parties_one_then_both() -> None:
    first = [obs(TREATY, "ratified-partial", 3, score=1.0, party="Andorran parliament")]
    (change,) = decide(TREATY, state(TREATY), first, NOW)
    assert isinstance(change, StatusChange)
    assert (change.to_stage, change.party) == ("ratified-partial", "Andorran parliament")
    after_one = apply_change(state(TREATY), change)
    assert after_one.parties == {"Andorran parliament": "2030-02-03"}
    assert decide(TREATY, after_one, first, NOW) == []
    second = [*first, obs(TREATY, "ratified-partial", 20, score=1.0, party="Nauru parliament")]
    (change2,) = decide(TREATY, after_one, second, NOW)
    assert isinstance(change2, StatusChange)
    assert (change2.to_stage, change2.party) == ("ratified-all", "Nauru parliament")


def test_unknown_party_goes_to_review() -> None:
    found = [
        obs(TREATY, "ratified-partial", 3, score=1.0),
        obs(TREATY, "ratified-partial", 3, source="B"),
    ]
    (item,) = decide(TREATY, state(TREATY), found, NOW)
    assert isinstance(item, ReviewItem) and item.proposed_stage == "ratified-partial"


def test_setback_then_progress_and_idempotence() -> None:
    found = [
        obs(PLANT, "construction", 3, score=1.0),
        obs(PLANT, "stalled", 10, month=3, score=1.0),
        obs(PLANT, "construction", 10, month=5, score=1.0),
    ]
    decisions = replay(PLANT, found, NOW)
    assert kinds(decisions) == [
        ("StatusChange", "construction"),
        ("StatusChange", "stalled"),
        ("StatusChange", "construction"),
    ]
    final = state(PLANT)
    for d in decisions:
        assert isinstance(d, StatusChange)
        final = apply_change(final, d)
    assert final.stage == "construction"
    assert decide(PLANT, final, found, NOW) == []  # nothing left to apply


def test_old_setback_does_not_undo_newer_progress() -> None:
    found = [
        obs(PLANT, "stalled", 3, score=1.0),
        obs(PLANT, "construction", 10, month=4, score=1.0),
    ]
    current = state(PLANT, "construction", updated_at=datetime(2030, 4, 10, 9, tzinfo=UTC))
    assert decide(PLANT, current, found, NOW) == []


def test_decide_ignores_observations_after_now() -> None:
    found = [obs(PLANT, "construction", 3, score=1.0)]
    assert decide(PLANT, state(PLANT), found, datetime(2030, 2, 1, tzinfo=UTC)) == []
    assert kinds(decide(PLANT, state(PLANT), found, NOW + timedelta(days=1))) == [
        ("StatusChange", "construction")
    ]


def test_replay_corroboration_arrives_later() -> None:
    found = [obs(SOLO, "in-force", 3), obs(SOLO, "in-force", 4, source="Wire B")]
    decisions = replay(SOLO, found, NOW)
    assert kinds(decisions) == [("ReviewItem", "in-force"), ("StatusChange", "in-force")]
    assert decisions[1].at == datetime(2030, 2, 3, 9, tzinfo=UTC)


DECISION = question("grant", "grant", "decision", "open")


@pytest.mark.parametrize(
    ("question", "current", "stage", "expected"),
    [
        # a lone headline may skip a stage the news often leaves out (no prior signal) ...
        (DECISION, "open", "done", [("StatusChange", "done")]),
        (PLANT, "announced", "construction", [("StatusChange", "construction")]),
        # ... but not one it reports: announced straight to operational goes to an analyst
        (PLANT, "announced", "operational", [("ReviewItem", "operational")]),
        (PLANT, "preparing", "operational", [("ReviewItem", "operational")]),
        (PLANT, "construction", "operational", [("StatusChange", "operational")]),
        # a report that every party (or the only one) has ratified says the partial step too
        (TREATY, "submitted", "ratified-all", [("StatusChange", "ratified-all")]),
        (SOLO, "submitted", "ratified-all", [("StatusChange", "ratified-all")]),
        (TREATY, "signed", "in-force", [("ReviewItem", "in-force")]),
    ],
)
def test_lone_headline_may_not_leap(
    question: Question,
    current: str,
    stage: str,
    expected: list,  # type: ignore[type-arg]
) -> None:
    found = [obs(question, stage, 3, score=1.0)]
    assert kinds(decide(question, state(question, current), found, NOW)) == expected


def test_leap_is_applied_when_corroborated() -> None:
    found = [obs(PLANT, "operational", 3), obs(PLANT, "operational", 4, source="B")]
    assert kinds(decide(PLANT, state(PLANT), found, NOW)) == [("StatusChange", "operational")]


@pytest.mark.parametrize(
    ("stage", "expected"),
    [
        ("signed", []),  # "the treaty signed with X" in a report of its rejection
        ("submitted", [("StatusChange", "submitted")]),  # past the baseline: a real step
    ],
)
def test_way_back_from_a_setback_must_pass_the_baseline(
    stage: str,
    expected: list,  # type: ignore[type-arg]
) -> None:
    current = state(SOLO, "rejected", updated_at=datetime(2030, 2, 1, tzinfo=UTC))
    found = [obs(SOLO, stage, 5), obs(SOLO, stage, 6, source="B")]
    assert kinds(decide(SOLO, current, found, NOW)) == expected


# A stage reported again (a second permit, then a loan) or one already passed is history: it
# never makes a second change, nor a review item.
REPEATED_STAGE_CASES = [
    (
        "second permit then a loan",
        [("preparing", 2, 3), ("preparing", 2, 20), ("preparing", 3, 5)],
        [("StatusChange", "preparing")],
    ),
    (
        "a permit reported after construction began",
        [("preparing", 2, 3), ("construction", 2, 20), ("preparing", 3, 5)],
        [("StatusChange", "preparing"), ("StatusChange", "construction")],
    ),
    (
        "a permit reported while construction is stalled",
        [("construction", 2, 3), ("stalled", 2, 20), ("preparing", 3, 5)],
        [("StatusChange", "construction"), ("StatusChange", "stalled")],
    ),
    (
        "construction resuming after the stall still counts",
        [("construction", 2, 3), ("stalled", 2, 20), ("preparing", 3, 5), ("construction", 4, 9)],
        [
            ("StatusChange", "construction"),
            ("StatusChange", "stalled"),
            ("StatusChange", "construction"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("reports", "expected"),
    [case[1:] for case in REPEATED_STAGE_CASES],
    ids=[case[0] for case in REPEATED_STAGE_CASES],
)
def test_a_repeated_or_passed_stage_is_history(
    reports: list[tuple[str, int, int]],
    expected: list,  # type: ignore[type-arg]
) -> None:
    found = [obs(PLANT, stage, day, month=month, score=1.0) for stage, month, day in reports]
    assert kinds(replay(PLANT, found, NOW)) == expected


def test_a_passed_stage_after_a_setback_makes_no_review_item() -> None:
    current = state(PLANT, "stalled", updated_at=datetime(2030, 2, 20, 9, tzinfo=UTC))
    found = [
        obs(PLANT, "construction", 3, score=1.0),
        obs(PLANT, "stalled", 20, score=1.0),
        obs(PLANT, "preparing", 5, month=3),  # weak: it would be a review item if it counted
    ]
    assert decide(PLANT, current, found, NOW) == []


def test_a_weak_first_report_confirmed_later_dates_the_change() -> None:
    weak = obs(PLANT, "preparing", 3, source="Local Paper", score=0.67)
    strong = obs(PLANT, "preparing", 9, source="Wire B", score=1.0)
    decisions = decide(PLANT, state(PLANT), [weak, strong], NOW)
    assert kinds(decisions) == [("ReviewItem", "preparing"), ("StatusChange", "preparing")]
    change = decisions[1]
    assert isinstance(change, StatusChange)
    assert change.at == weak.published
    assert [e.entry_key for e in change.evidence] == [weak.entry_key, strong.entry_key]
    assert "first reported 2030-02-03" in change.note
    # Too far apart, the weak report stays a review item and the change keeps its own date.
    late = obs(PLANT, "preparing", 25, source="Wire B", score=1.0)
    change = decide(PLANT, state(PLANT), [weak, late], NOW)[1]
    assert isinstance(change, StatusChange) and change.at == late.published


def test_report_older_than_the_current_stage_does_not_move_it_on() -> None:
    # "In force" reported in February (about another instrument, or wrongly), the ratification
    # completed in April: the old report does not put the treaty in force, backdated, once the
    # ratification is in. A new in-force report does.
    found = [
        obs(SOLO, "in-force", 3, source="Wire A", score=1.0),
        obs(SOLO, "in-force", 3, source="Wire B", score=1.0),
        obs(SOLO, "ratified-all", 10, month=4, source="Wire A", score=1.0),
        obs(SOLO, "ratified-all", 10, month=4, source="Wire B", score=1.0),
    ]
    ratified = state(SOLO, "ratified-all", updated_at=datetime(2030, 4, 10, 9, tzinfo=UTC))
    assert decide(SOLO, ratified, found, NOW) == []
    later = [*found, obs(SOLO, "in-force", 20, month=5, score=1.0)]
    assert kinds(decide(SOLO, ratified, later, NOW)) == [("StatusChange", "in-force")]


def test_a_later_rereport_of_the_current_stage_does_not_block_the_next() -> None:
    # Submitted in February, ratified by one party in March, the submission told again in
    # April ("the treaty, sent to parliament in February, ..."); the state was recorded today.
    found = [
        obs(TREATY, "submitted", 3, score=1.0),
        obs(TREATY, "ratified-partial", 10, month=3, score=1.0, party="Andorran parliament"),
        obs(TREATY, "submitted", 20, month=4, score=1.0, source="Wire B"),
    ]
    submitted = state(TREATY, "submitted", updated_at=NOW)
    assert kinds(decide(TREATY, submitted, found, NOW)) == [("StatusChange", "ratified-partial")]


def test_the_last_party_to_act_dates_a_completed_ratification() -> None:
    # Both parties acted (the second in April): an in-force report from February is older.
    found = [
        obs(TREATY, "in-force", 3, score=1.0),
        obs(TREATY, "in-force", 3, score=1.0, source="Wire B"),
    ]
    done = state(
        TREATY,
        "ratified-all",
        updated_at=NOW,
        parties={"Andorran parliament": "2030-01-10", "Nauru parliament": "2030-04-10"},
    )
    assert decide(TREATY, done, found, NOW) == []


MARKET = question("market", "market", "market", "opened")


def test_a_market_suspended_then_reopened_is_open_again() -> None:
    reports = [("first-shipment", 2, 3), ("suspended", 3, 5), ("opened", 4, 9)]
    found = [obs(MARKET, stage, day, month=month, score=1.0) for stage, month, day in reports]
    assert kinds(replay(MARKET, found, NOW)) == [
        ("StatusChange", "first-shipment"),
        ("StatusChange", "suspended"),
        ("StatusChange", "opened"),
    ]
    # ... but an opening reported before the suspension is history, not a reopening
    early = [("first-shipment", 2, 3), ("opened", 3, 1), ("suspended", 3, 5)]
    found = [obs(MARKET, stage, day, month=month, score=1.0) for stage, month, day in early]
    assert kinds(replay(MARKET, found, NOW))[-1] == ("StatusChange", "suspended")


def test_a_reopened_market_keeps_its_first_shipment_and_is_judged_once() -> None:
    # Round 62 (read): after the reopening, replay re-applied the first shipment and the
    # suspension on every later report, and regular volumes were read as skipping the first
    # shipment the market had already had.
    reports = [("first-shipment", 2, 3), ("suspended", 3, 5), ("opened", 4, 9)]
    found = [obs(MARKET, stage, day, month=month, score=1.0) for stage, month, day in reports]
    found += [
        obs(MARKET, None, 12, month=4, score=1.0, polarity=Polarity.NONE),
        obs(MARKET, "volumes-reported", 20, month=5, score=1.0),
    ]
    assert kinds(replay(MARKET, found, NOW)) == [
        ("StatusChange", "first-shipment"),
        ("StatusChange", "suspended"),
        ("StatusChange", "opened"),
        ("StatusChange", "volumes-reported"),
    ]
    reopened = state(MARKET, "opened", updated_at=datetime(2030, 4, 9, 9, tzinfo=UTC))
    assert decide(MARKET, reopened, found[:4], NOW) == []
