"""parse_feed on feeds written here, and on the third-party corpus in ../shared when present."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from watcher.errors import FeedError
from watcher.feeds import ParsedFeed, html_to_text, parse_feed

FEED_URL = "https://news.example/section/feed.xml"
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "feeds"

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
  <title>Harbour Gazette</title><link>https://news.example/</link><language>es-PY</language>
  <item>
    <title>Council &amp; port board meet</title>
    <link>/2026/05/council</link>
    <guid isPermaLink="false">gazette-101</guid>
    <pubDate>Sun, 10 May 2026 09:30:00 -0400</pubDate>
    <description>&lt;p&gt;First &lt;b&gt;paragraph&lt;/b&gt;.&lt;/p&gt;
    &lt;p&gt;Second one.&lt;/p&gt;
    &lt;script&gt;track()&lt;/script&gt;</description>
  </item>
  <item>
    <title>No guid here</title>
    <link>https://news.example/2026/05/no-guid</link>
  </item>
  <item>
    <title>Neither guid nor link</title>
    <description>Only words.</description>
  </item>
  <item>
    <title>Repeated guid</title>
    <guid isPermaLink="false">gazette-101</guid>
  </item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="pt-BR">
  <title type="html">Di&#225;rio &lt;i&gt;Teste&lt;/i&gt;</title>
  <id>urn:example:feed</id><updated>2026-05-10T12:00:00Z</updated>
  <entry>
    <title>Acordo assinado</title>
    <id>urn:example:entry:1</id>
    <link href="materia/1" rel="alternate"/>
    <updated>2026-05-10T08:15:00+02:00</updated>
    <content type="html">&lt;div&gt;Linha um&lt;br/&gt;Linha dois&lt;/div&gt;</content>
  </entry>
</feed>"""

RDF = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://news.example/"><title>RDF Wire</title>
    <link>https://news.example/</link><description>d</description></channel>
  <item rdf:about="https://news.example/rdf/1">
    <title>Cable laid</title><link>https://news.example/rdf/1</link>
    <dc:date>2026-05-09T23:00:00-03:00</dc:date><dc:language>en</dc:language>
  </item>
</rdf:RDF>"""

LATIN1 = (
    '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel>'
    "<title>Peri\u00f3dico</title><item><title>Se firm\u00f3 el acuerdo en Asunci\u00f3n</title>"
    "<guid>l1</guid></item></channel></rss>"
).encode("latin-1")

CRLF = RSS.replace(b"\n", b"\r\n")

HTML_PAGE = b"""<!DOCTYPE html><html><head><title>Welcome</title></head>
<body><h1>Not a feed</h1><p>Just a page.<br></p></body></html>"""


def parse(body: bytes, headers: dict[str, str] | None = None) -> ParsedFeed:
    return parse_feed(FEED_URL, body, headers or {})


@pytest.mark.parametrize("body", [RSS, CRLF], ids=["lf", "crlf"])
def test_rss(body: bytes) -> None:
    feed = parse(body)
    first, no_guid, bare = feed.entries
    assert feed.title == "Harbour Gazette" and len(feed.entries) == 3
    assert (first.key, first.title, first.url) == (
        "gazette-101", "Council & port board meet", "https://news.example/2026/05/council",
    )  # fmt: skip
    assert first.published == datetime(2026, 5, 10, 13, 30, tzinfo=UTC)
    assert first.summary == "First paragraph.\nSecond one."
    assert (first.language, first.source, first.feed_url) == ("es-py", "Harbour Gazette", FEED_URL)
    assert no_guid.key == "https://news.example/2026/05/no-guid" and no_guid.published is None
    expected = hashlib.sha256(b"Neither guid nor link\nOnly words.").hexdigest()
    assert bare.key == f"sha256:{expected}" and bare.url is None


def test_keys_are_stable_across_parses() -> None:
    assert [e.key for e in parse(RSS).entries] == [e.key for e in parse(CRLF).entries]


def test_atom() -> None:
    feed = parse(ATOM)
    (only,) = feed.entries
    assert feed.title == "Diário Teste"
    assert only.url == "https://news.example/section/materia/1"
    assert only.updated == only.published == datetime(2026, 5, 10, 6, 15, tzinfo=UTC)
    # feedparser copies Atom content into the summary; content is only kept when it adds text.
    assert only.summary == "Linha um\nLinha dois" and only.content == ""
    assert only.language == "pt-br"


def test_rdf() -> None:
    (only,) = parse(RDF).entries
    assert (only.key, only.title, only.source) == (
        "https://news.example/rdf/1",
        "Cable laid",
        "RDF Wire",
    )
    assert only.published == datetime(2026, 5, 10, 2, 0, tzinfo=UTC)


def test_latin1() -> None:
    feed = parse(LATIN1)
    assert feed.title == "Periódico" and feed.entries[0].title == "Se firmó el acuerdo en Asunción"


def test_header_language_is_a_fallback() -> None:
    assert parse(LATIN1, {"Content-Language": "es"}).entries[0].language == "es"


def test_an_empty_but_valid_feed_has_no_entries() -> None:
    body = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    assert parse(body) == ParsedFeed("Quiet", ())


@pytest.mark.parametrize(
    "body",
    [HTML_PAGE, b"", b"\x00\x01\x02 binary", b"/etc/passwd", b"https://example.org/feed.xml",
     b'{"version": "https://jsonfeed.org/version/1.1", "items": []}'],
    ids=["html", "empty", "binary", "path", "url", "json"],
)  # fmt: skip
def test_not_a_feed(body: bytes) -> None:
    with pytest.raises(FeedError, match="not a feed") as caught:
        parse(body)
    assert caught.value.where == FEED_URL and "\n" not in str(caught.value)


def test_a_str_body_is_refused() -> None:
    with pytest.raises(TypeError, match="bytes"):
        parse_feed(FEED_URL, "https://example.org/feed.xml", {})


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("plain words", "plain words"),
        ("<p>one</p><p>two</p>", "one\ntwo"),
        ("a<br>b<br/>c", "a\nb\nc"),
        ("<ul><li>x</li><li>y</li></ul>", "x\ny"),
        ("  lots   of\n\n\n   space  ", "lots of\nspace"),
        ("caf&eacute; &amp; t&#233;", "café & té"),
        ("<style>p {}</style><p>kept</p><script>gone()</script>", "kept"),
        ("<b>bold</b> <i>italic</i>", "bold italic"),
        ("unclosed <p>tag", "unclosed\ntag"),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


# --- the real-world corpus ----------------------------------------------------------------------


def corpus_cases() -> list[object]:
    expected_file = CORPUS / "expected.json"
    if not expected_file.is_file():
        reason = f"{CORPUS} is absent (third-party feeds live outside the repo)"
        return [pytest.param(None, None, marks=pytest.mark.skip(reason=reason), id="absent")]
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    return [pytest.param(name, facts, id=name) for name, facts in sorted(expected.items())]


@pytest.mark.shared
@pytest.mark.parametrize(("name", "facts"), corpus_cases())
def test_corpus_file(name: str, facts: dict[str, object]) -> None:
    body = (CORPUS / name).read_bytes()
    if not facts["entries"]:  # feedparser itself finds nothing: the file is not a usable feed
        with pytest.raises(FeedError):
            parse_feed(f"https://corpus.example/{name}", body, {})
        return
    feed = parse_feed(f"https://corpus.example/{name}", body, {})
    count = facts["entries"]
    assert isinstance(count, int) and 1 <= len(feed.entries) <= count  # repeated keys collapse
    assert len({e.key for e in feed.entries}) == len(feed.entries)
    first_title = " ".join(html_to_text(str(facts["first_title"] or "")).split())
    assert feed.entries[0].title == first_title
    if facts["dated_entries"] == count:
        assert all(entry.published is not None for entry in feed.entries)
    for entry in feed.entries:
        assert entry.published is None or entry.published.tzinfo == UTC
        assert entry.url is None or entry.url.startswith(("http://", "https://"))
