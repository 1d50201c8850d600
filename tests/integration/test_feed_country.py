"""A feed's country, end to end: a real database (a SQLite file, and PostgreSQL when it
answers), real RSS bytes from a real HTTP server on 127.0.0.1, and the CLI as a user runs it.

A Kenyan paper reports "Senate passes the Borduria trade pact": Kenya goes without saying, but
nothing in English news says which country its outlet writes from, and no briefing cites this
one. Only the operator's `feeds add URL --country Kenya` lets `watcher check` (and `watcher
rejudge`, re-reading what is stored) move the question. (Borduria is fictional.)
"""

from __future__ import annotations

import email.utils
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from watcher.cli import main

WATCHLIST = """\
id: kenya-borduria-2026-01-10
title: Kenya and Borduria sign a trade pact
date: 2026-01-10
questions:
  - id: trade-pact
    text: Whether Kenya's National Assembly and Borduria's parliament ratify the trade pact.
    kind: ratification
    baseline: signed
    stages: [signed, submitted, ratified-partial, ratified-all, in-force, invoked]
    setbacks: [rejected, withdrawn]
    entities:
      - name: Kenya
        aliases: [Kenyan]
      - name: Borduria
        aliases: [Bordurian]
    terms: [trade pact, trade agreement]
    parties:
      - name: Kenya
        aliases: [Kenyan]
      - name: Borduria
        aliases: [Bordurian]
"""
QUESTION = "kenya-borduria-2026-01-10/trade-pact"
TITLE = "Senate passes the Borduria trade pact"
LEAD = "Senators voted 41 to 12 on Tuesday to ratify the trade pact with Borduria."


def rss() -> bytes:
    """One English item from a paper that leaves its own country unsaid."""
    when = email.utils.format_datetime(datetime(2026, 3, 3, 9, tzinfo=UTC))
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel>"
        "<title>The Mombasa Evening Star</title>"
        "<item><guid isPermaLink='false'>s1</guid>"
        f"<title>{TITLE}</title><link>https://evening-star.example/s1</link>"
        f"<pubDate>{when}</pubDate><description>{LEAD}</description></item>"
        "</channel></rss>"
    ).encode()


Run = Callable[..., tuple[int, Any]]


@pytest.fixture
def watcher(
    tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Run:
    """`watcher ARGS` in a home holding the watchlist; returns the exit code and the output
    (parsed when it is JSON)."""
    home = tmp_path / "home"
    (home / "watchlists").mkdir(parents=True)
    (home / "watchlists" / "kenya-borduria-2026-01-10.yaml").write_text(WATCHLIST, "utf-8")
    monkeypatch.setenv("WATCHER_HOME", str(home))
    monkeypatch.setenv("WATCHER_DATABASE_URL", db_url)
    monkeypatch.setenv("WATCHER_ALLOW_PRIVATE_NETWORKS", "1")  # the feed server is on loopback

    def run(*args: str) -> tuple[int, Any]:
        capsys.readouterr()
        code = main(list(args))
        out = capsys.readouterr().out
        return code, json.loads(out) if "--json" in args else out

    return run


def stage(watcher: Run) -> str:
    _, rows = watcher("status", "--json")
    (row,) = rows
    return str(row["stage"])


def test_check_moves_the_question_when_the_feed_says_its_country(watcher: Run, feed_server) -> None:
    url = feed_server.set("/star.xml", rss())
    assert watcher("feeds", "add", url, "--country", "Kenya")[0] == 0
    code, checked = watcher("check", "--all", "--json")
    assert code == 0 and checked["new_entries"] == 1
    (change,) = checked["changes"]
    assert (change["question"], change["from"], change["to"]) == (
        QUESTION,
        "signed",
        "ratified-partial",
    )
    assert change["party"] == "Kenya"
    assert change["evidence"] == ["https://evening-star.example/s1"]
    assert stage(watcher) == "ratified-partial"


def test_check_leaves_it_without_the_country_and_rejudge_reads_it_once_set(
    watcher: Run, feed_server
) -> None:
    url = feed_server.set("/star.xml", rss())
    assert watcher("feeds", "add", url)[0] == 0
    code, checked = watcher("check", "--all", "--json")
    assert code == 0 and checked["new_entries"] == 1
    assert checked["changes"] == [] and checked["matches"] == 0
    assert stage(watcher) == "signed"

    # The operator says where the feed writes from; the stored entry is read again.
    assert watcher("feeds", "add", url, "--country", "kenia")[0] == 0
    _, (shown,) = watcher("rejudge", "--json")
    assert (shown["current"], shown["replayed"]) == ("signed", "ratified-partial")
    assert [c["party"] for c in shown["changes"]] == ["Kenya"]
    assert watcher("rejudge", "--apply")[0] == 0
    assert stage(watcher) == "ratified-partial"
