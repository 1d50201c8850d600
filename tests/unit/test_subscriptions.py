"""Feed URLs and OPML: what `feeds add` and `feeds import|export` accept and write."""

from __future__ import annotations

from datetime import timedelta

import pytest

from watcher.errors import FeedError
from watcher.model import Feed
from watcher.subscriptions import feed_country, parse_opml, render_opml, validate_feed_url


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.org/feed", "only http and https"),
        ("example.org/feed.xml", "only http and https"),
        ("", "only http and https"),
        ("http:///feed.xml", "no host"),
        ("http://example.org:99999/feed", "invalid port"),
    ],
)
def test_bad_urls_are_refused_with_the_url_named(url: str, message: str) -> None:
    with pytest.raises(FeedError) as caught:
        validate_feed_url(url)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000/a.xml", " https://example.org/rss "])
def test_good_urls_pass_stripped(url: str) -> None:
    assert validate_feed_url(url) == url.strip()


def test_opml_round_trip_keeps_urls_titles_and_watchlists() -> None:
    feeds = [
        Feed(url="https://a.example/rss?x=1&y=2", title="A & B <news>", watchlist="wl-1"),
        Feed(url="https://b.example/atom", every=timedelta(hours=1)),
    ]
    outlines = parse_opml(render_opml(feeds), "feeds.opml")
    assert [(o.url, o.title) for o in outlines] == [
        ("https://a.example/rss?x=1&y=2", "A & B <news>"),
        ("https://b.example/atom", "https://b.example/atom"),
    ]


def test_opml_round_trip_keeps_a_feeds_country() -> None:
    feeds = [Feed(url="https://a.example/rss", country="Kenya"), Feed(url="https://b.example/rss")]
    text = render_opml(feeds)
    assert 'country="Kenya"' in text
    assert [(o.url, o.country) for o in parse_opml(text, "feeds.opml")] == [
        ("https://a.example/rss", "Kenya"),
        ("https://b.example/rss", None),
    ]


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Kenya", "Kenya"),
        ("kenya", "Kenya"),
        (" KENIA ", "Kenya"),  # Spanish, any case, blanks around
        ("Quênia", "Kenya"),  # Portuguese
        ("肯尼亚", "Kenya"),  # Chinese, simplified
        ("肯亞", "Kenya"),  # Chinese, traditional
        ("uruguay", "Uruguay"),
        ("", None),  # blank: no country (clears it)
        ("  ", None),
    ],
)
def test_a_feeds_country_by_any_name_the_gazetteer_knows(name: str, country: str | None) -> None:
    assert feed_country(name) == country


@pytest.mark.parametrize("name", ["Narnia", "Nairobi Ledger", "Africa"])
def test_an_unknown_country_is_one_line_naming_the_value_and_the_option(name: str) -> None:
    with pytest.raises(FeedError) as caught:
        feed_country(name)
    message = str(caught.value)
    assert repr(name) in message and "--country" in message and "\n" not in message


def test_nested_outlines_are_found() -> None:
    text = (
        '<opml version="1.0"><body><outline text="group">'
        '<outline text="x" xmlUrl="https://x.example/feed"/></outline></body></opml>'
    )
    assert [o.url for o in parse_opml(text, "f.opml")] == ["https://x.example/feed"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("<opml><body><outline", "f.opml:1"),
        ("<rss></rss>", "f.opml:1"),
    ],
)
def test_bad_opml_is_one_line_naming_file_and_line(text: str, where: str) -> None:
    with pytest.raises(FeedError) as caught:
        parse_opml(text, "f.opml")
    assert str(caught.value).startswith(where)
