"""next_poll: jittered intervals after success, capped exponential backoff after failure."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from watcher.model import Feed, Fetched, FetchFailed, NextPoll, NotModified, PollOutcome
from watcher.schedule import backoff, jitter_factor, next_poll

NOW = datetime(2026, 5, 10, 12, 0, tzinfo=UTC)
URL = "https://news.example/feed.xml"
HALF_HOUR = timedelta(minutes=30)


def failed(retry_after: timedelta | None = None) -> FetchFailed:
    return FetchFailed(URL, f"{URL}: HTTP 503 Service Unavailable", 503, retry_after)


@pytest.mark.parametrize(
    ("outcome", "every", "errors_before"),
    [
        (Fetched(URL, b"<rss/>"), HALF_HOUR, 0),
        (Fetched(URL, b"<rss/>"), HALF_HOUR, 4),
        (NotModified(URL), timedelta(hours=6), 2),
        (NotModified(URL), timedelta(minutes=1), 0),
    ],
)
def test_success_comes_back_after_the_interval_within_ten_percent(
    outcome: PollOutcome, every: timedelta, errors_before: int
) -> None:
    feed = Feed(URL, every=every, error_count=errors_before)
    result = next_poll(feed, outcome, NOW)
    assert result.error_count == 0
    assert every * 0.9 <= result.at - NOW <= every * 1.1


def test_jitter_is_deterministic_and_spread() -> None:
    feed = Feed(URL)
    assert next_poll(feed, NotModified(URL), NOW) == next_poll(feed, NotModified(URL), NOW)
    factors = {jitter_factor(f"https://news.example/{n}", NOW) for n in range(200)}
    assert len(factors) == 200 and all(0.9 <= f <= 1.1 for f in factors)
    assert min(factors) < 0.95 and max(factors) > 1.05  # uses the whole band, both sides
    later = {jitter_factor(URL, NOW + timedelta(minutes=m)) for m in range(50)}
    assert len(later) == 50  # the same feed drifts from one poll to the next


@pytest.mark.parametrize(
    ("every", "errors_before", "retry_after", "wait"),
    [
        (HALF_HOUR, 0, None, HALF_HOUR),
        (HALF_HOUR, 1, None, timedelta(hours=1)),
        (HALF_HOUR, 3, None, timedelta(hours=4)),
        (HALF_HOUR, 5, None, timedelta(hours=16)),
        (HALF_HOUR, 6, None, timedelta(hours=24)),
        (HALF_HOUR, 500, None, timedelta(hours=24)),
        (timedelta(hours=48), 0, None, timedelta(hours=48)),
        (timedelta(hours=48), 3, None, timedelta(hours=48)),
        (HALF_HOUR, 0, timedelta(hours=2), timedelta(hours=2)),
        (HALF_HOUR, 3, timedelta(hours=1), timedelta(hours=4)),
        (HALF_HOUR, 6, timedelta(days=3), timedelta(days=3)),
        (HALF_HOUR, 0, timedelta(0), HALF_HOUR),
    ],
)
def test_failure_backs_off(
    every: timedelta, errors_before: int, retry_after: timedelta | None, wait: timedelta
) -> None:
    feed = Feed(URL, every=every, error_count=errors_before)
    assert next_poll(feed, failed(retry_after), NOW) == NextPoll(NOW + wait, errors_before + 1)


@pytest.mark.parametrize(
    ("every", "errors", "wait"),
    [
        (timedelta(minutes=10), 0, timedelta(minutes=10)),
        (timedelta(minutes=10), 2, timedelta(minutes=40)),
        (timedelta(hours=25), 1, timedelta(hours=25)),
    ],
)
def test_backoff(every: timedelta, errors: int, wait: timedelta) -> None:
    assert backoff(every, errors) == wait


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        next_poll(Feed(URL), NotModified(URL), datetime(2026, 5, 10, 12, 0))
