"""Article text from a page's HTML bytes, for feeds that give only a headline and a line.

Pure: bytes in, text out, through trafilatura (main-text extraction, no comments, no tables of
navigation). It does not fetch: the fetcher gets the page (size and time limits, network guard)
and the service decides when an entry is thin enough to need it (`needs_article`).
"""

from __future__ import annotations

import trafilatura

from watcher.model import Entry

# Below this many characters of summary and content, a feed entry is "thin": a headline and
# a line. Longer entries already carry the sentence an analyst needs.
THIN_ENTRY_CHARS = 400
# An article longer than this adds nothing the judge needs and costs time to read.
MAX_ARTICLE_CHARS = 20_000


def needs_article(entry: Entry) -> bool:
    """A thin entry with a link: the linked page may say what the feed does not."""
    return bool(entry.url) and len(entry.summary) + len(entry.content) < THIN_ENTRY_CHARS


def extract_article_text(body: bytes, url: str) -> str:
    """The page's main text, paragraphs separated by newlines; "" when none is found."""
    # Bytes, not text: trafilatura then finds the page's own encoding (meta charset, BOM).
    text = trafilatura.extract(body, url=url, include_comments=False, include_tables=False)
    return (text or "")[:MAX_ARTICLE_CHARS]
