"""Turns the bytes of an RSS, Atom or RDF feed into normalized `Entry` values.

Pure: bytes and headers in, a `ParsedFeed` out. feedparser is only ever handed bytes, never a
str, because a str would make it fetch a URL or open a local path. Dates come out UTC-aware,
summaries and content as plain text (paragraphs kept as lines), links absolute, and each entry
gets a stable key. It does not fetch, store, or judge anything.
"""

from __future__ import annotations

import calendar
import hashlib
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from time import struct_time
from typing import Any
from urllib.parse import urljoin

import feedparser

from watcher.errors import FeedError
from watcher.model import Entry

BLOCK_TAGS = frozenset(
    {"p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
     "blockquote", "pre", "section", "article", "hr", "dd", "dt", "figure", "figcaption",
     "header", "footer"}
)  # fmt: skip
HIDDEN_TAGS = frozenset({"script", "style", "template", "noscript"})


@dataclass(frozen=True)
class ParsedFeed:
    """A feed's title and its entries, in feed order, one per key."""

    title: str | None
    entries: tuple[Entry, ...]


class TextExtractor(HTMLParser):
    """Collects the visible text of an HTML fragment, marking block boundaries as newlines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN_TAGS and self.hidden:
            self.hidden -= 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: one line per paragraph, spaces collapsed."""
    extractor = TextExtractor()
    extractor.feed(html)
    extractor.close()
    return tidy_lines("".join(extractor.parts))


def tidy_lines(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def as_text(detail: Mapping[str, Any] | None, fallback: str = "") -> str:
    """A feedparser text construct as plain text (HTML stripped unless it is plain already)."""
    value = (detail or {}).get("value", fallback) or ""
    if (detail or {}).get("type") == "text/plain":
        return tidy_lines(value)
    return html_to_text(value)


def as_utc(moment: struct_time | None) -> datetime | None:
    """feedparser's parsed dates are UTC struct_times; out-of-range ones are dropped."""
    if moment is None:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(moment), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None


def language_of(*tags: str | None) -> str | None:
    """The first language tag given, lower-cased with '-' separators (`en-us`)."""
    tag = next((t for t in tags if t and t.strip()), None)
    return tag.strip().lower().replace("_", "-") if tag else None


def entry_key(raw: dict[str, Any], link: str | None, title: str, summary: str) -> str:
    """guid/id, else the link, else a hash of title and summary: stable across fetches."""
    guid = (raw.get("id") or "").strip()
    if guid or link:
        return guid or link or ""
    return "sha256:" + hashlib.sha256(f"{title}\n{summary}".encode()).hexdigest()


def build_entry(feed_url: str, raw: dict[str, Any], feed_meta: Mapping[str, Any]) -> Entry:
    """One normalized Entry from a feedparser entry."""
    link = urljoin(feed_url, raw["link"].strip()) if raw.get("link") else None
    title = " ".join(as_text(raw.get("title_detail"), raw.get("title", "")).split())
    summary = as_text(raw.get("summary_detail"), raw.get("summary", ""))
    content = "\n".join(as_text(part) for part in raw.get("content", []))
    # dict.get: feedparser's own get() maps a missing updated_parsed to published_parsed, noisily.
    updated = as_utc(dict.get(raw, "updated_parsed"))
    details = [raw.get(k) or {} for k in ("title_detail", "summary_detail")]
    return Entry(
        feed_url=feed_url,
        key=entry_key(raw, link, title, summary),
        title=title,
        url=link,
        summary=summary,
        content=content if content != summary else "",
        # Atom entries often carry only <updated>; it is the best publication time they give.
        published=as_utc(dict.get(raw, "published_parsed")) or updated,
        updated=updated,
        language=language_of(*(d.get("language") for d in details), feed_meta.get("language")),
        source=feed_meta.get("title") or None,
    )


def run_feedparser(feed_url: str, body: bytes, headers: Mapping[str, str]) -> Any:
    """feedparser on bytes, with the feed URL as base for relative links."""
    if not isinstance(body, bytes):
        raise TypeError(
            "parse_feed takes the body as bytes, never a str (feedparser would fetch it)"
        )
    response_headers = {k.lower(): v for k, v in headers.items()}
    response_headers.setdefault("content-location", feed_url)
    # Without a content type feedparser flags any HTTP response as broken (bozo). application/xml
    # lets the XML declaration name the encoding, as when no headers are given at all.
    response_headers.setdefault("content-type", "application/xml")
    try:
        return feedparser.parse(io.BytesIO(body), response_headers=response_headers)
    except Exception as exc:  # feedparser runs on untrusted bytes; a crash means "not a feed"
        raise FeedError(f"not a feed: {type(exc).__name__}: {exc}", where=feed_url) from None


def parse_feed(feed_url: str, body: bytes, headers: Mapping[str, str]) -> ParsedFeed:
    """Parse a feed body; FeedError when it is not a feed (an HTML page, an empty broken body)."""
    result = run_feedparser(feed_url, body, headers)
    if not result.entries and (result.bozo or not result.get("version")):
        raise FeedError(f"not a feed: {why_not_a_feed(result)}", where=feed_url)
    channel = result.feed
    title = " ".join(as_text(channel.get("title_detail"), channel.get("title", "")).split())
    language = language_of(channel.get("language"), headers_language(headers))
    meta = {"title": title or None, "language": language}
    entries: dict[str, Entry] = {}
    for raw in result.entries:
        entry = build_entry(feed_url, raw, meta)
        entries.setdefault(entry.key, entry)  # a repeated guid: the first one wins
    return ParsedFeed(title or None, tuple(entries.values()))


def headers_language(headers: Mapping[str, str]) -> str | None:
    return next((v for k, v in headers.items() if k.lower() == "content-language"), None)


def why_not_a_feed(result: Any) -> str:
    exception = result.get("bozo_exception")
    if exception is not None:
        text = re.sub(r"\s+", " ", str(exception)).strip()
        return text or type(exception).__name__
    return "no RSS, Atom or RDF elements found"
