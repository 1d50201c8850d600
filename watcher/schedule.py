"""Decides when a feed is next polled, from the outcome of the poll just made.

Pure: a feed, an outcome and `now` in, a `NextPoll` out. After a success the feed comes back
after its interval, give or take up to 10% so that feeds added together drift apart; the jitter
is derived from the feed URL and `now`, never from a random source, so the same inputs always
give the same answer. After a failure it backs off exponentially, capped at a day, and waits at
least as long as the server asked with Retry-After. It reads no clock and stores nothing.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from watcher.model import Feed, FetchFailed, NextPoll, PollOutcome

JITTER = 0.10
MAX_BACKOFF = timedelta(hours=24)
# 2**20 intervals is far past the cap for any sane interval; a larger exponent would only risk
# overflowing timedelta.
MAX_EXPONENT = 20


def jitter_factor(url: str, now: datetime) -> float:
    """A factor in [1 - JITTER, 1 + JITTER], fixed by the URL and the time."""
    digest = hashlib.sha256(f"{url}|{now.isoformat()}".encode()).digest()
    unit = int.from_bytes(digest[:8], "big") / 2**64
    return 1 + JITTER * (2 * unit - 1)


def backoff(every: timedelta, error_count: int) -> timedelta:
    """The wait after the (error_count + 1)th failure in a row: doubled, capped, never < every."""
    doubled = every * 2 ** min(error_count, MAX_EXPONENT)
    return max(min(doubled, MAX_BACKOFF), every)


def next_poll(feed: Feed, outcome: PollOutcome, now: datetime) -> NextPoll:
    """When to poll `feed` again after `outcome`, and its error count from now on."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if not isinstance(outcome, FetchFailed):
        return NextPoll(now + feed.every * jitter_factor(feed.url, now), 0)
    wait = backoff(feed.every, feed.error_count)
    if outcome.retry_after is not None and outcome.retry_after > wait:
        wait = outcome.retry_after
    return NextPoll(now + wait, feed.error_count + 1)
