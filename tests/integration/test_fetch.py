"""Fetcher against a real HTTP server on 127.0.0.1, and the network guard by classification.

The guard is tested by classifying addresses, never by connecting anywhere but loopback.
"""

from __future__ import annotations

import gzip
import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import pytest

from watcher import fetch
from watcher.fetch import Fetcher, classify_address, parse_retry_after
from watcher.model import Feed, Fetched, FetchFailed, NotModified

if TYPE_CHECKING:  # the fixture's type, from tests/conftest.py (no package to import it from)
    from conftest import FeedServer

RSS = b"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title></channel></rss>"
STAMP = "Sun, 10 May 2026 10:00:00 GMT"


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(timeout=2, allow_private=True) as opened:
        yield opened


@pytest.mark.parametrize(
    ("ip", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.0.0.1", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("100.64.0.1", "private"),
        ("169.254.169.254", "cloud metadata"),
        ("fd00:ec2::254", "cloud metadata"),
        ("169.254.10.1", "link-local"),
        ("fd00::1", "private"),
        ("fe80::1", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("192.0.2.10", "reserved"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:10.1.2.3", "private"),
        ("not an address", "invalid"),
        ("8.8.8.8", None),
        ("2001:4860:4860::8888", None),
        ("93.184.215.14", None),
    ],
)
def test_classify_address(ip: str, reason: str | None) -> None:
    assert classify_address(ip) == reason


NOW = datetime(2026, 5, 10, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("120", timedelta(seconds=120)),
        (" 0 ", timedelta(0)),
        ("Sun, 10 May 2026 12:05:00 GMT", timedelta(minutes=5)),
        ("Sun, 10 May 2026 11:00:00 GMT", timedelta(0)),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_retry_after(header: str | None, expected: timedelta | None) -> None:
    assert parse_retry_after(header, NOW) == expected


def test_loopback_is_refused_before_connecting(feed_server: FeedServer) -> None:
    url = feed_server.set("/rss", RSS)
    with Fetcher() as guarded:
        outcome = guarded.fetch(Feed(url))
    assert isinstance(outcome, FetchFailed) and "loopback" in outcome.error
    assert feed_server.count("/rss") == 0


def test_loopback_is_fetched_when_allowed(feed_server: FeedServer, fetcher: Fetcher) -> None:
    url = feed_server.set("/rss", RSS, etag='"v1"', last_modified=STAMP,
                          headers={"Content-Type": "application/rss+xml"})  # fmt: skip
    outcome = fetcher.fetch(Feed(url))
    assert outcome == Fetched(url, RSS, '"v1"', STAMP, 200, url, "application/rss+xml")
    assert feed_server.last("/rss").headers["user-agent"].startswith("watcher/")


@pytest.mark.parametrize(
    ("cached", "sent"),
    [
        ({"etag": '"v1"'}, ("if-none-match", '"v1"')),
        ({"last_modified": STAMP}, ("if-modified-since", STAMP)),
    ],
)
def test_conditional_get_gives_not_modified(
    feed_server: FeedServer, fetcher: Fetcher, cached: dict[str, str], sent: tuple[str, str]
) -> None:
    url = feed_server.set("/rss", RSS, etag='"v1"', last_modified=STAMP)
    assert fetcher.fetch(Feed(url, **cached)) == NotModified(url)
    assert feed_server.last("/rss").headers[sent[0]] == sent[1]


def test_stale_validators_get_the_body(feed_server: FeedServer, fetcher: Fetcher) -> None:
    url = feed_server.set("/rss", RSS, etag='"v2"')
    outcome = fetcher.fetch(Feed(url, etag='"v1"'))
    assert isinstance(outcome, Fetched) and outcome.etag == '"v2"'


def test_redirects_are_followed(feed_server: FeedServer, fetcher: Fetcher) -> None:
    final = feed_server.set("/final", RSS)
    feed_server.set("/hop2", status=302, location="/final")
    start = feed_server.set("/hop1", status=301, location=feed_server.url("/hop2"))
    outcome = fetcher.fetch(Feed(start))
    assert isinstance(outcome, Fetched) and outcome.url == start and outcome.final_url == final


def test_more_than_five_redirects_fail(feed_server: FeedServer, fetcher: Fetcher) -> None:
    for hop in range(7):
        feed_server.set(f"/r{hop}", status=307, location=f"/r{hop + 1}")
    feed_server.set("/r7", RSS)
    outcome = fetcher.fetch(Feed(feed_server.url("/r0")))
    assert isinstance(outcome, FetchFailed) and "more than 5 redirects" in outcome.error
    assert feed_server.count("/r6") == 0


def test_each_redirect_hop_is_checked(
    feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pretend only 127.0.0.1 is public; the redirect to ::1 must then be refused unconnected.
    real = fetch.classify_address
    monkeypatch.setattr(
        fetch, "classify_address", lambda ip: None if ip == "127.0.0.1" else real(ip)
    )
    port = feed_server.base.rsplit(":", 1)[1]
    start = feed_server.set("/rss", status=302, location=f"http://[::1]:{port}/inner")
    with Fetcher(timeout=2) as guarded:
        outcome = guarded.fetch(Feed(start))
    assert isinstance(outcome, FetchFailed) and "loopback address (::1)" in outcome.error
    assert feed_server.count("/rss") == 1


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://127.0.0.1/x"])
def test_non_http_redirects_are_refused(
    feed_server: FeedServer, fetcher: Fetcher, target: str
) -> None:
    start = feed_server.set("/rss", status=302, location=target)
    outcome = fetcher.fetch(Feed(start))
    assert isinstance(outcome, FetchFailed) and "only http and https" in outcome.error


def test_a_non_http_feed_url_is_refused(fetcher: Fetcher) -> None:
    outcome = fetcher.fetch(Feed("file:///etc/passwd"))
    assert isinstance(outcome, FetchFailed) and "only http and https" in outcome.error


@pytest.mark.parametrize("encoding", [None, "gzip"])
def test_bodies_over_the_cap_fail(feed_server: FeedServer, encoding: str | None) -> None:
    big = b"<rss>" + b"x" * 5000 + b"</rss>"
    # gzip: small on the wire, large once decoded; the cap applies to the decoded size.
    body, headers = (gzip.compress(big), {"Content-Encoding": "gzip"}) if encoding else (big, {})
    url = feed_server.set("/big", body, headers=headers)
    with Fetcher(max_bytes=1000, allow_private=True) as capped:
        outcome = capped.fetch(Feed(url))
    assert isinstance(outcome, FetchFailed)
    assert outcome.error == f"{url}: response larger than 1000 bytes"


def test_gzip_bodies_are_decoded(feed_server: FeedServer, fetcher: Fetcher) -> None:
    url = feed_server.set("/gz", gzip.compress(RSS), headers={"Content-Encoding": "gzip"})
    outcome = fetcher.fetch(Feed(url))
    assert isinstance(outcome, Fetched) and outcome.body == RSS


@pytest.mark.parametrize(
    ("status", "headers", "retry_after"),
    [
        (404, {}, None),
        (410, {}, None),
        (500, {}, None),
        (503, {"Retry-After": "120"}, timedelta(seconds=120)),
        (429, {"Retry-After": "3600"}, timedelta(hours=1)),
    ],
)
def test_http_errors_are_one_line(
    feed_server: FeedServer, fetcher: Fetcher, status: int, headers: dict[str, str],
    retry_after: timedelta | None,
) -> None:  # fmt: skip
    url = feed_server.set("/rss", b"nope", status=status, headers=headers)
    outcome = fetcher.fetch(Feed(url))
    assert isinstance(outcome, FetchFailed) and outcome.status == status
    assert outcome.retry_after == retry_after
    assert outcome.error.startswith(f"{url}: HTTP {status} ") and "\n" not in outcome.error


def test_retry_after_as_http_date(feed_server: FeedServer, fetcher: Fetcher) -> None:
    later = datetime.now(UTC) + timedelta(hours=2)
    stamp = later.strftime("%a, %d %b %Y %H:%M:%S GMT")
    url = feed_server.set("/rss", status=503, headers={"Retry-After": stamp})
    outcome = fetcher.fetch(Feed(url))
    assert isinstance(outcome, FetchFailed) and outcome.retry_after is not None
    assert timedelta(hours=1, minutes=58) < outcome.retry_after <= timedelta(hours=2)


def test_slow_servers_time_out(feed_server: FeedServer) -> None:
    url = feed_server.set("/slow", RSS, delay=1.5)
    with Fetcher(timeout=0.3, allow_private=True) as hasty:
        outcome = hasty.fetch(Feed(url))
    assert isinstance(outcome, FetchFailed) and outcome.error == f"{url}: timed out after 0.3 s"


def test_connection_refused(fetcher: Fetcher) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago, now closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/rss"
    assert fetcher.fetch(Feed(url)) == FetchFailed(url, f"{url}: connection refused")


def test_fetch_page(feed_server: FeedServer, fetcher: Fetcher) -> None:
    page = b"<html><body><p>Article</p></body></html>"
    url = feed_server.set("/article", page, headers={"Content-Type": "text/html"})
    outcome = fetcher.fetch_page(url)
    assert isinstance(outcome, Fetched) and outcome.body == page
    assert "text/html" in feed_server.last("/article").headers["accept"]
    missing = fetcher.fetch_page(feed_server.url("/gone"))
    assert isinstance(missing, FetchFailed) and missing.status == 404
