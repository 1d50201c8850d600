"""The network edge: every outgoing HTTP request of watcher goes through `Fetcher`.

It does conditional GETs with a feed's ETag / Last-Modified, follows at most five redirects
(checking each hop again), caps the body size while streaming, refuses hosts that resolve to
loopback, private, link-local or cloud-metadata addresses unless told otherwise, and turns every
failure into a one-line `FetchFailed`. It does not parse bodies, decide when to poll again, or
read the environment (config decides `allow_private`).
"""

from __future__ import annotations

import ipaddress
import socket
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from types import TracebackType
from urllib.parse import urljoin, urlsplit

import httpx

from watcher.model import Feed, Fetched, FetchFailed, NotModified, PollOutcome

MAX_REDIRECTS = 5
REDIRECTS = frozenset({301, 302, 303, 307, 308})
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8"
)
# Addresses that hand out cloud credentials; named apart because they are the usual SSRF target.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200")
)
# RFC 1918, carrier-grade NAT (private in practice) and IPv6 unique-local. Python's is_private
# also covers documentation and other special ranges; those are reported as "reserved".
PRIVATE_NETWORKS = tuple(
    ipaddress.ip_network(n)
    for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7")
)


class Refused(Exception):
    """A hop the network guard or the scheme check will not make (internal to this module)."""


def classify_address(ip: str) -> str | None:
    """Why `ip` must not be fetched from ("loopback", "private", ...), or None when public."""
    try:
        address = ipaddress.ip_address(ip.split("%")[0])
    except ValueError:
        return "invalid"
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    checks = (
        ("cloud metadata", address in METADATA_ADDRESSES),
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("private", any(address in network for network in PRIVATE_NETWORKS)),
        ("reserved", address.is_reserved or not address.is_global),
    )
    return next((reason for reason, hit in checks if hit), None)


def parse_retry_after(value: str | None, now: datetime) -> timedelta | None:
    """A Retry-After header (seconds or an HTTP date) as a delay from `now`; None if unreadable."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return timedelta(seconds=int(text))
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    when = when if when.tzinfo else when.replace(tzinfo=UTC)
    return max(when - now, timedelta(0))


class Fetcher:
    """Fetches feeds and pages over HTTP(S) with limits and a guard against internal networks."""

    def __init__(
        self,
        timeout: float = 20,
        max_bytes: int = 10_000_000,
        allow_private: bool = False,
        user_agent: str = "watcher/0.1 (+https://example.invalid/watcher)",
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.allow_private = allow_private
        # Redirects are followed by hand so that every hop passes the guard.
        self.client = httpx.Client(
            timeout=timeout, follow_redirects=False, headers={"User-Agent": user_agent}
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def fetch(self, feed: Feed) -> PollOutcome:
        """Conditional GET of a feed: Fetched, NotModified (304) or FetchFailed."""
        headers = {"Accept": FEED_ACCEPT}
        if feed.etag:
            headers["If-None-Match"] = feed.etag
        if feed.last_modified:
            headers["If-Modified-Since"] = feed.last_modified
        return self._get(feed.url, headers)

    def fetch_page(self, url: str) -> Fetched | FetchFailed:
        """Plain GET of an article page (no caching headers)."""
        outcome = self._get(url, {"Accept": "text/html, application/xhtml+xml, */*;q=0.8"})
        if isinstance(outcome, NotModified):
            return FetchFailed(url, f"{url}: unexpected 304 Not Modified", status=304)
        return outcome

    def _get(self, url: str, headers: dict[str, str]) -> PollOutcome:
        hop = url
        try:
            for _ in range(MAX_REDIRECTS + 1):
                self._check(hop)
                with self.client.stream("GET", hop, headers=headers) as response:
                    location = response.headers.get("location")
                    if response.status_code not in REDIRECTS or not location:
                        return self._outcome(url, hop, response)
                hop = urljoin(hop, location)
            return FetchFailed(url, f"{url}: more than {MAX_REDIRECTS} redirects")
        except Refused as refusal:
            return FetchFailed(url, f"{hop}: {refusal}")
        except httpx.HTTPError as exc:
            return FetchFailed(url, f"{hop}: {describe_error(exc, self.timeout)}")

    def _check(self, url: str) -> None:
        """Refuse a URL whose scheme is not HTTP(S) or whose host resolves somewhere internal."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise Refused("refused: only http and https URLs with a host are fetched")
        for ip in resolve(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)):
            reason = classify_address(ip)
            if reason and not self.allow_private:
                raise Refused(f"refused: {parts.hostname} resolves to a {reason} address ({ip})")

    def _outcome(self, url: str, hop: str, response: httpx.Response) -> PollOutcome:
        status = response.status_code
        if status == 304:
            return NotModified(url)
        if not 200 <= status < 300:
            retry = parse_retry_after(response.headers.get("retry-after"), datetime.now(UTC))
            reason = response.reason_phrase or "error"
            return FetchFailed(url, f"{hop}: HTTP {status} {reason}", status, retry)
        body = self._read(response)
        if body is None:
            return FetchFailed(url, f"{hop}: response larger than {self.max_bytes} bytes", status)
        return Fetched(
            url, body, response.headers.get("etag"), response.headers.get("last-modified"),
            status, hop, response.headers.get("content-type"),
        )  # fmt: skip

    def _read(self, response: httpx.Response) -> bytes | None:
        """The (decoded) body, or None as soon as it passes max_bytes: no unbounded reads."""
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            return None
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > self.max_bytes:
                return None
        return bytes(body)


def resolve(host: str, port: int) -> list[str]:
    """Every address `host` resolves to; raises Refused when it resolves to none."""
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise Refused(f"cannot resolve host {host} ({exc})") from None
    return sorted({str(info[4][0]) for info in infos})


def describe_error(exc: httpx.HTTPError, timeout: float) -> str:
    """One human line for a transport error."""
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out after {timeout:g} s"
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, httpx.ConnectError):
        return "connection refused" if "refused" in text.lower() else f"cannot connect ({text})"
    return f"{type(exc).__name__}: {text}"
