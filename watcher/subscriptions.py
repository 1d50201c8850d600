"""Feed subscriptions as data: checking a feed URL and a feed's country, reading and writing
OPML.

Pure: text in, values out. It does not fetch anything or touch the database; `feeds add`
and `feeds import` call it before the store records a feed.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from urllib.parse import urlsplit
from xml.sax.saxutils import quoteattr

from watcher.errors import FeedError
from watcher.model import Feed
from watcher.questions import country_named


@dataclass(frozen=True)
class Outline:
    """One feed of an OPML file; `country` as the file writes it (see `feed_country`)."""

    url: str
    title: str | None = None
    country: str | None = None


def validate_feed_url(url: str) -> str:
    """Return the URL stripped, or raise a one-line FeedError naming it."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        raise FeedError("only http and https feed URLs are supported", where=url or "''")
    if not parts.hostname:
        raise FeedError("the URL has no host", where=url)
    try:
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise FeedError("the URL has an invalid port", where=url) from None
    return url


def feed_country(name: str, option: str = "--country", where: str | None = None) -> str | None:
    """The country a feed writes from, by the gazetteer's own name: `name` may be any name the
    gazetteer knows for a country, in any language or case; blank means none. Raise a one-line
    FeedError naming the value and `option` when no country answers to it."""
    if not name.strip():
        return None
    country = country_named(name)
    if country is None:
        raise FeedError(
            f"unknown country {name!r} for {option}: no country of the gazetteer has that name",
            where=where,
        )
    return country


def parse_opml(text: str, path: str) -> list[Outline]:
    """Every outline with an xmlUrl, in document order; a one-line error for bad XML."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        line = exc.position[0] if exc.position else None
        raise FeedError(f"not valid OPML: {exc.msg}", where=path, line=line) from None
    if root.tag.lower() != "opml":
        raise FeedError(f"not OPML (root element <{root.tag}>)", where=path, line=1)
    outlines = []
    for node in root.iter("outline"):
        url = node.get("xmlUrl") or node.get("xmlurl")
        if url:
            title = node.get("title") or node.get("text")
            outlines.append(Outline(url.strip(), title, node.get("country")))
    return outlines


def render_opml(feeds: list[Feed], title: str = "watcher feeds") -> str:
    """OPML 2.0 that other readers import; a feed's watchlist travels as a category, its
    country as a `country` attribute (other readers ignore it; `parse_opml` reads it back)."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        f"  <head><title>{_escape(title)}</title></head>",
        "  <body>",
    ]
    for feed in feeds:
        attrs = f'type="rss" text={quoteattr(feed.title or feed.url)} xmlUrl={quoteattr(feed.url)}'
        if feed.watchlist:
            attrs += f" category={quoteattr(feed.watchlist)}"
        if feed.country:
            attrs += f" country={quoteattr(feed.country)}"
        lines.append(f"    <outline {attrs}/>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
