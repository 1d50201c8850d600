"""Shared fixtures: database URLs on both engines, and a real feed server on loopback.

`db_url` gives a fresh database per test: a SQLite file under tmp_path, or a uniquely named
PostgreSQL schema (selected through the connection's search_path, dropped afterwards). The
PostgreSQL case skips with a reason when the server at 127.0.0.1:5432 cannot be reached.
`feed_server` is a ThreadingHTTPServer on 127.0.0.1 serving whatever bytes a test sets per path.
"""

from __future__ import annotations

import sys
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

PG_DSN = "host=127.0.0.1 port=5432 user=postgres dbname=test connect_timeout=3"
PG_URL = "postgresql://postgres@127.0.0.1:5432/test"
SHARED = Path(__file__).resolve().parents[2] / "shared"


@cache
def postgres_problem() -> str | None:
    """Why PostgreSQL cannot be used here, or None when it can (asked once per session)."""
    try:
        import psycopg

        with psycopg.connect(PG_DSN):
            return None
    except Exception as exc:  # any failure means: skip the PostgreSQL half, say why
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return f"PostgreSQL at 127.0.0.1:5432 (user postgres, db test) unreachable: {first}"


def run_postgres(sql: str) -> None:
    import psycopg

    with psycopg.connect(PG_DSN, autocommit=True) as connection:
        connection.execute("SET lock_timeout = '10s'")
        connection.execute(sql)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL to an empty database of the parametrized engine."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'db' / 'watcher.sqlite3'}"
        return
    problem = postgres_problem()
    if problem:
        pytest.skip(problem)
    schema = f"test_{uuid.uuid4().hex[:12]}"
    run_postgres(f'CREATE SCHEMA "{schema}"')
    yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    run_postgres(f'DROP SCHEMA "{schema}" CASCADE')


# --- the feed server -----------------------------------------------------------------------------


@dataclass
class Route:
    """What the server answers on one path."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None
    delay: float = 0.0


@dataclass
class Hit:
    """One request the server saw."""

    path: str
    headers: dict[str, str]


class FeedServer:
    """Routes, a request log and the base URL of a running loopback server."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self.lock = threading.Lock()
        self.base = ""

    def set(self, path: str, body: bytes = b"", **options: object) -> str:
        """Serve `body` (and the Route options) on `path`; returns the full URL."""
        self.routes[path] = Route(body=body, **options)  # type: ignore[arg-type]
        return self.url(path)

    def url(self, path: str) -> str:
        return self.base + path

    def count(self, path: str) -> int:
        with self.lock:
            return sum(1 for hit in self.hits if hit.path == path)

    def last(self, path: str) -> Hit:
        with self.lock:
            return [hit for hit in self.hits if hit.path == path][-1]


class FeedHandler(BaseHTTPRequestHandler):
    """Answers from the server's routes, with 304s for matching validators."""

    server: ThreadingHTTPServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        feeds: FeedServer = self.server.feeds  # type: ignore[attr-defined]
        with feeds.lock:
            feeds.hits.append(Hit(self.path, {k.lower(): v for k, v in self.headers.items()}))
        route = feeds.routes.get(self.path)
        if route is None:
            return self.answer(404, b"no such path", {})
        time.sleep(route.delay)
        if self.unchanged(route):
            return self.answer(304, b"", self.validators(route))
        headers = {**self.validators(route), **route.headers}
        if route.location:
            headers["Location"] = route.location
        self.answer(route.status, route.body, headers)

    def unchanged(self, route: Route) -> bool:
        tag, since = self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
        if route.status != 200:
            return False
        return bool(route.etag and tag == route.etag) or bool(
            route.last_modified and since == route.last_modified
        )

    def validators(self, route: Route) -> dict[str, str]:
        found = {"ETag": route.etag, "Last-Modified": route.last_modified}
        return {k: v for k, v in found.items() if v}

    def answer(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if status != 304:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output clean


class QuietServer(ThreadingHTTPServer):
    """A threading server that does not print when a client hangs up early (timeout tests)."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    """A running HTTP server on 127.0.0.1 (port chosen by the OS)."""
    feeds = FeedServer()
    server = QuietServer(("127.0.0.1", 0), FeedHandler)
    server.feeds = feeds  # type: ignore[attr-defined]
    feeds.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield feeds
    server.shutdown()
    server.server_close()


@pytest.fixture
def shared_dir() -> Path:
    """The third-party data folder next to the repository; skips when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent (third-party test data lives outside the repo)")
    return SHARED
