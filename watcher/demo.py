"""The offline demo: the whole monitor, end to end, on this machine only.

It imports the example briefing, serves the sample feeds (written for watcher, in
`examples/feeds/day*/`) from an HTTP server on 127.0.0.1, lets the real scheduler tick a few
checks while the feeds grow one "day" per tick, then prints where each question stands and the
digest. Nothing leaves the machine: the server binds loopback and the demo alone allows the
fetcher to reach it. It does not judge or store anything itself: it calls the use cases.
"""

from __future__ import annotations

import hashlib
import http.server
import logging
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rich.console import Console

from watcher import report, service
from watcher.config import Settings, load_settings
from watcher.digest import render_markdown
from watcher.errors import WatcherError
from watcher.fetch import Fetcher
from watcher.model import Feed
from watcher.scheduler import run_scheduler
from watcher.store import Store

MARKER = ".watcher-demo"
EXAMPLES = Path(__file__).resolve().parent / "examples"


class DemoFeeds:
    """The sample feeds as they stand on the current demo day (bytes, with an ETag)."""

    def __init__(self) -> None:
        root = EXAMPLES / "feeds"
        self.days = sorted(p.name for p in root.iterdir() if p.name.startswith("day"))
        self.day = 0
        self.lock = threading.Lock()

    def advance(self) -> str:
        with self.lock:
            self.day = min(self.day + 1, len(self.days))
            return self.days[self.day - 1]

    def names(self) -> list[str]:
        folder = EXAMPLES / "feeds" / self.days[-1]
        return sorted(p.name for p in folder.iterdir() if p.name.endswith(".xml"))

    def body(self, name: str) -> bytes | None:
        with self.lock:
            if self.day == 0:
                return None
            path = EXAMPLES / "feeds" / self.days[self.day - 1] / name
        return path.read_bytes() if path.is_file() else None


def _handler(feeds: DemoFeeds) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = feeds.body(self.path.lstrip("/"))
            if body is None:
                self.send_error(404)
                return
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # the demo prints its own account of each check

    return Handler


@contextmanager
def serve(feeds: DemoFeeds) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(feeds))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def prepare_home(home: Path) -> Path:
    """A fresh demo folder; only a folder the demo made itself is ever wiped."""
    home = home.resolve()
    if home.exists() and any(home.iterdir()):
        if not (home / MARKER).exists():
            raise WatcherError(
                "folder exists and is not a watcher demo; choose --home", where=str(home)
            )
        shutil.rmtree(home)
    home.mkdir(parents=True, exist_ok=True)
    (home / MARKER).write_text("made by `watcher demo`; safe to delete\n", encoding="utf-8")
    return home


def run_demo(home: Path, *, ticks: int, tick_seconds: float, console: Console) -> None:
    home = prepare_home(home)
    s = replace(load_settings({"WATCHER_HOME": str(home)}), allow_private_networks=True)
    feeds = DemoFeeds()
    briefing = home / "example-briefing.md"
    briefing.write_bytes((EXAMPLES / "briefing.md").read_bytes())
    console.print(f"[1/4] demo home: {home}")
    with Store.open(s.database_url) as store, serve(feeds) as base:
        result = service.import_briefing(briefing, s.watchlists_dir, store, _now())
        console.print(f"[2/4] imported {briefing.name} -> {result.path.relative_to(home)}")
        for q in result.watchlist.questions:
            console.print(f"      {q.id} [{q.kind}] baseline {q.baseline}")
        _subscribe(store, feeds, base)
        console.print(f"[3/4] {ticks} scheduled checks of {len(feeds.names())} feeds on {base}")
        _run_ticks(s, store, feeds, ticks, tick_seconds, console)
        _finish(s, store, console)


def _now() -> datetime:
    return datetime.now(UTC)


def _subscribe(store: Store, feeds: DemoFeeds, base: str) -> None:
    for name in feeds.names():
        store.add_feed(Feed(url=f"{base}/{name}", every=timedelta(seconds=1)), _now())


def _run_ticks(
    s: Settings, store: Store, feeds: DemoFeeds, ticks: int, seconds: float, console: Console
) -> None:
    def tick() -> None:
        day = feeds.advance()
        with Fetcher(timeout=10, allow_private=True) as fetcher:
            watchlists = service.load_watchlists(s.watchlists_dir)
            r = service.check(store, fetcher, watchlists, _now(), all_feeds=True)
        console.print(
            f"      check ({day}): {r.fetched} fetched, {r.not_modified} not modified, "
            f"{r.new_entries} new entries, {r.matches} matches, {len(r.changes)} changes, "
            f"{len(r.reviews)} for review"
        )
        for c in r.changes:
            console.print(
                f"        {c.question_id}: {c.from_stage} -> {c.to_stage} ({c.at:%Y-%m-%d})"
            )

    # The demo ticks every second, so the first check (which loads the judge's tables) outlasts
    # a tick: APScheduler then warns that it skipped one. Runs never overlap by design; in a
    # demo that warning is noise, so only its errors are shown.
    scheduler_log = logging.getLogger("apscheduler")
    level = scheduler_log.level
    scheduler_log.setLevel(logging.ERROR)
    try:
        run_scheduler(
            tick, None, tick_seconds=seconds, digest_cron=None, stop_after=ticks,
            logger=logging.getLogger("watcher.demo"), install_signal_handlers=False,
        )  # fmt: skip
    finally:
        scheduler_log.setLevel(level)


def _finish(s: Settings, store: Store, console: Console) -> None:
    watchlists = service.load_watchlists(s.watchlists_dir)
    rows = report.status_rows(service.all_questions(watchlists), store.states(), store.history())
    console.print("[4/4] where the questions stand:")
    for row in rows:
        console.print(f"      {row['id']}: {row['stage']} ({len(row['history'])} changes)")
    now = _now()
    view = service.make_digest(store, watchlists, now - timedelta(days=1), now)
    console.print("\n" + render_markdown(view))
    waiting = len(store.reviews(status="open"))
    if waiting:
        console.print(f"{waiting} proposed change(s) wait for an analyst: see `watcher review`.")
    console.print(
        f"Explore it: WATCHER_HOME={s.home} watcher status   (or history, evidence, review)"
    )
