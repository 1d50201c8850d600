"""The CLI as a user runs it: real files, a real database (SQLite and PostgreSQL), real HTTP.

Commands run in-process through `watcher.cli.main` (the console script's entry point) with the
environment a user would set; a few run as real subprocesses to check exit codes and that user
mistakes print one line and no traceback.
"""

from __future__ import annotations

import email.utils
import html
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from watcher.cli import main

SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "000_ef98f3b8df85f44e.txt"
EXAMPLE = Path(__file__).resolve().parents[2] / "watcher" / "examples" / "briefing.md"
BRIEFINGS = Path(__file__).resolve().parents[1] / "data" / "briefings"


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> object:
        return json.loads(self.out)


@pytest.fixture
def cli(
    tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    """Run `watcher ARGS` with WATCHER_HOME in tmp_path on the parametrized database."""
    monkeypatch.setenv("WATCHER_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("WATCHER_DATABASE_URL", db_url)
    monkeypatch.setenv("WATCHER_ALLOW_PRIVATE_NETWORKS", "1")  # the feed server is on loopback
    monkeypatch.setenv("WATCHER_ACTOR", "tester")

    def run(*args: str) -> Result:
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def rss(items: list[tuple[str, str, str, str]]) -> bytes:
    """RSS 2.0 bytes for (guid, date, title, description) items."""
    parts = [
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Wire</title>"
    ]
    for guid, day, title, desc in items:
        when = email.utils.format_datetime(datetime.fromisoformat(day).replace(hour=9, tzinfo=UTC))
        parts.append(
            f"<item><guid isPermaLink='false'>{guid}</guid><title>{html.escape(title)}</title>"
            f"<link>https://wire.example/{guid}</link><pubDate>{when}</pubDate>"
            f"<description>{html.escape(desc)}</description></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode()


RATIFIED = (
    "w1",
    "2026-06-20",
    "Paraguay's Congress ratifies mutual legal assistance treaty with Taiwan",
    "Paraguay's Congress ratified the mutual legal assistance treaty signed with Taiwan in May; "
    "Taiwan's Legislative Yuan has yet to vote on it.",
)
GROUNDBREAKING = (
    "w2",
    "2026-06-21",
    "Paraguay plans groundbreaking for Taiwan-backed AI data centre next year",
    "Officials said construction of the first phase of the AI data centre with Taiwan will begin "
    "next year; a groundbreaking ceremony is planned for March.",
)


def question(rows: object, fragment: str) -> dict:
    assert isinstance(rows, list)
    found = [r for r in rows if fragment in r["text"].lower()]
    assert len(found) == 1, [r["text"] for r in rows]
    return found[0]


@pytest.mark.shared
def test_seed_import_check_status_history_evidence_digest(cli, feed_server) -> None:
    if not SEED.exists():
        pytest.skip(f"{SEED} is absent (third-party seed briefing lives outside the repo)")
    imported = cli("import", str(SEED), "--json")
    assert imported.code == 0, imported.err
    body = imported.json()
    assert isinstance(body, dict)
    assert len(body["questions"]) == 4
    kinds = {q["kind"]: q["baseline"] for q in body["questions"]}
    assert kinds == {
        "project": "announced",
        "market": "opened",
        "pressure": "baseline",
        "ratification": "signed",
    }

    url = feed_server.set("/wire.xml", rss([RATIFIED, GROUNDBREAKING]), etag='"v1"')
    assert cli("feeds", "add", url).code == 0
    checked = cli("check", "--all", "--json")
    assert checked.code == 0, checked.err
    assert checked.json()["new_entries"] == 2  # type: ignore[index]

    rows = cli("status", "--json").json()
    treaty = question(rows, "mutual legal assistance")
    assert treaty["stage"] == "ratified-partial"
    (change,) = treaty["history"]
    assert (change["from"], change["to"], change["by"]) == ("signed", "ratified-partial", "auto")
    assert change["at"].startswith("2026-06-20")
    assert change["evidence"][0]["url"] == "https://wire.example/w1"
    assert (
        question(rows, "phase 1")["stage"] == "announced"
    )  # a planned groundbreaking moves nothing

    evidence = cli("evidence", treaty["id"], "--json").json()
    assert isinstance(evidence, list)
    assert {"url", "title", "published", "feed", "stage", "polarity", "quote"} <= set(evidence[0])
    assert any(e["polarity"] == "done" and e["stage"] == "ratified-partial" for e in evidence)

    history = cli("history", treaty["id"], "--json").json()
    assert [h["to"] for h in history] == ["ratified-partial"]  # type: ignore[union-attr]

    again = cli("check", "--all", "--json").json()
    assert again["not_modified"] == 1 and again["changes"] == []  # type: ignore[index]
    assert feed_server.last("/wire.xml").headers.get("if-none-match") == '"v1"'

    digest = cli("digest", "--since", "3650d")
    assert digest.code == 0
    assert "ratified-partial" in digest.out and "https://wire.example/w1" in digest.out
    assert cli("digest", "--format", "json").json()


def test_example_briefing_reimport_keeps_hand_edits(cli, tmp_path: Path) -> None:
    first = cli("import", str(EXAMPLE), "--json").json()
    path = Path(first["path"])  # type: ignore[index]
    edited = path.read_text(encoding="utf-8").replace("terms: [", "terms: [my own term, ", 1)
    assert edited != path.read_text(encoding="utf-8")
    path.write_text(edited, encoding="utf-8")
    second = cli("import", str(EXAMPLE), "--json").json()
    assert second["created"] is False  # type: ignore[index]
    assert "my own term" in path.read_text(encoding="utf-8")
    assert cli("status", "--json").code == 0


def test_import_asks_to_check_an_unsure_kind_until_it_is_edited(cli) -> None:
    briefing = str(BRIEFINGS / "vague_items.md")
    first = cli("import", briefing)
    assert first.code == 0, first.err
    lines = first.out.splitlines()
    treaty = next(i for i, line in enumerate(lines) if "[ratification]" in line)
    vague = next(i for i, line in enumerate(lines) if "idea-floated" in line)
    # The clear treaty item carries no warning; the vague one is flagged right under itself.
    assert "kind unsure" not in lines[treaty + 1]
    assert "kind unsure" in lines[vague + 1] and "1 kind(s) to check" in first.out
    rows = {
        q["id"].rsplit("/", 1)[1]: q for q in cli("import", briefing, "--json").json()["questions"]
    }  # type: ignore[index]
    (vague_id,) = [k for k in rows if "idea-floated" in k]
    assert rows[vague_id]["kind_unsure"] is True and rows[vague_id]["kind_why"]
    assert not any(q["kind_unsure"] for k, q in rows.items() if k != vague_id)

    path = Path(cli("import", briefing, "--json").json()["path"])  # type: ignore[index]
    text = path.read_text(encoding="utf-8")
    assert text.count("UNSURE") == 1  # said in the file, where the analyst edits the kind
    # The analyst decides: the vague item is a decision. Re-importing keeps it and stops asking.
    head, tail = text.split(f"id: {vague_id}", 1)
    tail = tail.replace("kind: generic", "kind: decision", 1)
    tail = tail.replace("stages: [open, signal, resolved-yes]", "stages: [open, signaled, done]", 1)
    tail = tail.replace("setbacks: [resolved-no]", "setbacks: [ruled-out]", 1)
    path.write_text(f"{head}id: {vague_id}{tail}", encoding="utf-8")
    again = cli("import", briefing)
    assert again.code == 0, again.err
    assert "kind unsure" not in again.out and "[decision]" in again.out


def test_a_kind_changed_alone_is_refused_until_reimport_rebuilds_the_question(cli) -> None:
    briefing = str(BRIEFINGS / "vague_items.md")
    first = cli("import", briefing, "--json").json()
    path = Path(first["path"])  # type: ignore[index]
    (vague,) = [q["id"] for q in first["questions"] if "idea-floated" in q["id"]]  # type: ignore[index]
    # The question moves on its first ladder (a person's act), then its kind is changed alone.
    assert cli("review", "set", vague, "signal", "--note", "minister said so").code == 0
    slug = vague.rsplit("/", 1)[1]
    head, tail = path.read_text(encoding="utf-8").split(f"id: {slug}", 1)
    path.write_text(f"{head}id: {slug}{tail.replace('kind: generic', 'kind: decision', 1)}")
    line = 1 + f"{head}id: {slug}{tail}".splitlines().index(
        next(x for x in tail.splitlines() if "kind: generic" in x)
    )
    refused = cli("status")
    assert refused.code == 1
    assert f"{path}:{line}:" in refused.err and "re-import the briefing" in refused.err

    again = cli("import", briefing, "--json").json()
    row = next(q for q in again["questions"] if q["id"] == vague)  # type: ignore[index]
    assert (row["kind"], row["baseline"], row["rebuilt"]) == ("decision", "open", True)
    assert "stages: [open, signaled, done]" in path.read_text(encoding="utf-8")
    assert not any(q["rebuilt"] for q in again["questions"] if q["id"] != vague)  # type: ignore[index]
    # It restarts at its new baseline, and the history says who and why.
    status = {r["id"]: r for r in cli("status", "--json").json()}  # type: ignore[union-attr]
    assert status[vague]["stage"] == "open"
    last = cli("history", vague, "--json").json()[-1]  # type: ignore[index]
    assert (last["from"], last["to"], last["by"]) == ("signal", "open", "analyst")
    assert "kind changed by hand to decision" in last["note"]
    # A third import changes nothing more.
    third = cli("import", briefing, "--json").json()
    assert not any(q["rebuilt"] for q in third["questions"])  # type: ignore[index]


def test_review_set_confirm_reject_keeps_every_act(cli) -> None:
    ids = [q["id"] for q in cli("import", str(EXAMPLE), "--json").json()["questions"]]  # type: ignore[index]
    assert cli("review", "set", ids[0], "no-such-stage", "--note", "x").code == 1
    assert cli("review", "set", ids[0], _second_stage(cli, ids[0])).code == 1  # a note is required
    stage = _second_stage(cli, ids[0])
    done = cli("review", "set", ids[0], stage, "--note", "phoned the ministry")
    assert done.code == 0, done.err
    (h,) = cli("history", ids[0], "--json").json()  # type: ignore[misc]
    assert (h["by"], h["actor"], h["note"]) == ("analyst", "tester", "phoned the ministry")
    assert cli("review", "--json").json() == []
    assert cli("review", "confirm", "999").code == 1


def _second_stage(cli, qid: str) -> str:
    row = next(r for r in cli("status", "--json").json() if r["id"] == qid)  # type: ignore[union-attr]
    return row["stages"][1]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("feeds", "add", "ftp://x.example/feed"), "only http and https"),
        (("feeds", "add", "http://x.example/feed", "--every", "soon"), "--every"),
        (("history", "no-such-question"), "no question"),
        (("digest", "--format", "pdf"), "--format"),
        (("import", "/no/such/briefing.md"), "/no/such/briefing.md"),
        (("import", str(BRIEFINGS / "no_watch_items.md")), "no_watch_items.md:"),
        (("import", str(BRIEFINGS / "binary.bin")), "binary.bin:1:"),
        (("import", str(BRIEFINGS / "empty.md")), "empty.md:"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(cli, args: tuple[str, ...], needle: str) -> None:
    result = cli(*args)
    assert result.code == 1
    assert needle in result.err
    assert "Traceback" not in result.err


def test_duplicate_feed_and_unreachable_feed(cli, feed_server) -> None:
    url = feed_server.url("/missing.xml")
    assert cli("feeds", "add", url).code == 0
    dup = cli("feeds", "add", url)
    assert dup.code == 1 and url in dup.err
    checked = cli("check", "--all", "--json")
    assert checked.code == 0  # a pass in which feeds failed is still a success
    (failure,) = checked.json()["failed"]  # type: ignore[index]
    assert failure["url"] == url and "404" in failure["error"]
    listed = cli("feeds", "list", "--json").json()
    assert listed[0]["error_count"] == 1  # type: ignore[index]


def test_broken_watchlist_edit_names_file_and_line(cli, tmp_path: Path) -> None:
    path = Path(cli("import", str(EXAMPLE), "--json").json()["path"])  # type: ignore[index]
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(5, "questions: [unclosed")
    path.write_text("\n".join(lines), encoding="utf-8")
    result = cli("status")
    assert result.code == 1
    assert str(path) in result.err and "Traceback" not in result.err


def test_feeds_opml_round_trip(cli, tmp_path: Path, feed_server) -> None:
    cli("feeds", "add", feed_server.url("/a.xml"), "--every", "2h")
    opml = tmp_path / "feeds.opml"
    assert cli("feeds", "export", "--out", str(opml)).code == 0
    assert cli("feeds", "remove", feed_server.url("/a.xml")).code == 0
    imported = cli("feeds", "import", str(opml))
    assert imported.code == 0 and "1 added" in imported.out
    assert "1 already" in cli("feeds", "import", str(opml)).out


def test_feeds_add_sets_updates_and_clears_a_country(cli, feed_server) -> None:
    url = feed_server.url("/n.xml")
    added = cli("feeds", "add", url, "--every", "2h", "--country", "kenia")
    assert added.code == 0, added.err
    assert added.out.strip().endswith("(every 2h, all watchlists, country Kenya)")
    # Re-running the same command (by another of the country's names) changes nothing.
    again = cli("feeds", "add", url, "--every", "2h", "--country", "肯尼亚")
    assert again.code == 0 and "already has country Kenya: nothing changed" in again.out
    moved = cli("feeds", "add", url, "--country", "Uruguay")
    assert moved.code == 0 and "country Uruguay (was Kenya)" in moved.out
    (listed,) = cli("feeds", "list", "--json").json()  # type: ignore[misc]
    assert listed["country"] == "Uruguay" and listed["every_seconds"] == 7200
    assert "Uruguay" in cli("feeds", "list").out.splitlines()[1]
    cleared = cli("feeds", "add", url, "--country", "")
    assert cleared.code == 0 and "country cleared (was Uruguay)" in cleared.out
    assert cli("feeds", "list", "--json").json()[0]["country"] is None  # type: ignore[index]


def test_feeds_add_changes_only_the_country_of_a_feed_already_added(cli, feed_server) -> None:
    url = feed_server.url("/n.xml")
    assert cli("feeds", "add", url, "--every", "2h").code == 0
    # Without --country, a feed already added is refused, as it always was.
    assert cli("feeds", "add", url).code == 1
    # Another option that would change it is refused too, and nothing is stored.
    refused = cli("feeds", "add", url, "--every", "30m", "--country", "Kenya")
    assert refused.code == 1 and "--every" in refused.err and "already added" in refused.err
    (listed,) = cli("feeds", "list", "--json").json()  # type: ignore[misc]
    assert (listed["country"], listed["every_seconds"]) == (None, 7200)


def test_an_unknown_country_is_one_line_and_stores_nothing(cli, feed_server) -> None:
    url = feed_server.url("/n.xml")
    result = cli("feeds", "add", url, "--country", "Narnia")
    assert result.code == 1
    assert "'Narnia'" in result.err and "--country" in result.err
    assert result.err.strip().count("\n") == 0 and "Traceback" not in result.err
    assert cli("feeds", "list", "--json").json() == []
    cli("feeds", "add", url, "--country", "Kenya")
    assert cli("feeds", "add", url, "--country", "Narnia").code == 1
    assert cli("feeds", "list", "--json").json()[0]["country"] == "Kenya"  # type: ignore[index]


def test_feeds_opml_round_trip_keeps_the_country(cli, tmp_path: Path, feed_server) -> None:
    cli("feeds", "add", feed_server.url("/a.xml"), "--country", "Quênia")
    cli("feeds", "add", feed_server.url("/b.xml"))
    opml = tmp_path / "feeds.opml"
    assert cli("feeds", "export", "--out", str(opml)).code == 0
    for feed in ("/a.xml", "/b.xml"):
        cli("feeds", "remove", feed_server.url(feed))
    assert cli("feeds", "import", str(opml)).code == 0
    listed = cli("feeds", "list", "--json").json()
    assert [(f["url"], f["country"]) for f in listed] == [  # type: ignore[index]
        (feed_server.url("/a.xml"), "Kenya"),
        (feed_server.url("/b.xml"), None),
    ]
    # A country no one knows, in a file, adds no feed at all.
    bad = tmp_path / "bad.opml"
    bad.write_text(
        opml.read_text(encoding="utf-8").replace('country="Kenya"', 'country="Narnia"'),
        encoding="utf-8",
    )
    for feed in ("/a.xml", "/b.xml"):
        cli("feeds", "remove", feed_server.url(feed))
    refused = cli("feeds", "import", str(bad))
    assert refused.code == 1 and "'Narnia'" in refused.err and str(bad) in refused.err
    assert cli("feeds", "list", "--json").json() == []


def run_watcher(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", "import sys; from watcher.cli import main; sys.exit(main())"]
    return subprocess.run(
        [*command, *args], env={**os.environ, **env}, capture_output=True, text=True, timeout=120
    )


def test_a_real_process_exit_codes(tmp_path: Path) -> None:
    env = {"WATCHER_HOME": str(tmp_path)}
    assert run_watcher("--help", env=env).returncode == 0
    bad = run_watcher("import", str(tmp_path / "nope.md"), env=env)
    assert bad.returncode == 1
    assert bad.stderr.strip().count("\n") == 0 and "nope.md" in bad.stderr
    down = run_watcher(
        "status", env={**env, "WATCHER_DATABASE_URL": "postgresql://postgres@127.0.0.1:1/x"}
    )
    assert down.returncode == 2, down.stderr
    assert "Traceback" not in down.stderr
    usage = run_watcher("no-such-command", env=env)
    assert usage.returncode == 1


ARTICLE = (
    b"<html><head><meta charset='utf-8'><title>Roundup</title></head><body><nav>Home</nav>"
    b"<article><h1>Tuesday in Congress</h1><p>Paraguay's Congress ratified the mutual legal "
    b"assistance treaty with Taiwan on Tuesday, after a short debate in both chambers.</p>"
    b"<p>The text now goes to the president for promulgation, officials said.</p></article>"
    b"<footer>Contact</footer></body></html>"
)


@pytest.mark.parametrize("full_text", [True, False])
def test_full_text_feed_reads_thin_entries_once(cli, feed_server, full_text: bool) -> None:
    cli("import", str(EXAMPLE))
    page = feed_server.set("/story/1", ARTICLE, headers={"Content-Type": "text/html"})
    thin = rss([("t1", "2026-06-20", "Tuesday in Congress", "Read the full story.")])
    body = thin.replace(b"https://wire.example/t1", page.encode())
    url = feed_server.set("/thin.xml", body)
    assert cli("feeds", "add", url, *(["--full-text"] if full_text else [])).code == 0
    assert cli("check", "--all").code == 0
    feed_server.set("/thin.xml", body + b" ")  # a new body, the same entry
    assert cli("check", "--all").code == 0
    assert feed_server.count("/story/1") == (1 if full_text else 0)
    treaty = next(r for r in cli("status", "--json").json() if "treaty" in r["text"])  # type: ignore[union-attr]
    evidence = cli("evidence", treaty["id"], "--json").json()
    done = [e for e in evidence if e["polarity"] == "done"]  # type: ignore[union-attr]
    assert bool(done) is full_text  # the ratification is only in the article's text
    if full_text:
        assert "ratified" in done[0]["quote"]


BURIED = (
    "b1",
    "2026-06-22",
    "Weekly roundup from Asunción",
    "Markets were calm on Monday and the rains eased in the north. Separately, lawmakers "
    "ratified the mutual legal assistance treaty between Paraguay and Taiwan.",
)


def test_uncertain_change_goes_to_review_then_confirm_and_log(cli, feed_server) -> None:
    cli("import", str(EXAMPLE))
    cli("feeds", "add", feed_server.set("/r.xml", rss([BURIED])))
    checked = cli("check", "--all", "--json").json()
    assert checked["changes"] == [] and len(checked["reviews"]) == 1  # type: ignore[index]
    (item,) = cli("review", "--json").json()  # type: ignore[misc]
    assert item["proposed"] == "ratified-partial" and item["status"] == "open"
    assert cli("review", "confirm", str(item["id"]), "--note", "seen the gazette").code == 0
    assert cli("review", "--json").json() == []
    assert cli("review", "confirm", str(item["id"])).code == 1  # already decided
    (h,) = cli("history", item["question"], "--json").json()  # type: ignore[misc]
    assert (h["to"], h["by"], h["actor"]) == ("ratified-partial", "analyst", "tester")
    (act,) = cli("review", "log", "--json").json()  # type: ignore[misc]
    assert (act["action"], act["actor"], act["note"]) == ("confirm", "tester", "seen the gazette")
    decided = cli("review", "--all", "--json").json()
    assert [d["status"] for d in decided] == ["confirmed"]  # type: ignore[union-attr]


def test_a_proposal_the_question_then_reaches_on_its_own_is_superseded(cli, feed_server) -> None:
    cli("import", str(EXAMPLE))
    url = feed_server.set("/r.xml", rss([BURIED]))
    cli("feeds", "add", url)
    cli("check", "--all")
    (item,) = cli("review", "--json").json()  # type: ignore[misc]
    clear = ("c1", "2026-06-24", RATIFIED[2], RATIFIED[3])
    feed_server.set("/r.xml", rss([clear, BURIED]))
    checked = cli("check", "--all", "--json").json()
    assert [c["to"] for c in checked["changes"]] == ["ratified-partial"]  # type: ignore[index]
    # Nothing is left for an analyst to decide: the proposal closes, and the act is logged.
    assert cli("review", "--json").json() == []
    (closed,) = cli("review", "--all", "--json").json()  # type: ignore[misc]
    assert (closed["id"], closed["status"]) == (item["id"], "superseded")
    assert "reached ratified-partial" in closed["note"]
    (act,) = cli("review", "log", "--json").json()  # type: ignore[misc]
    assert (act["action"], act["stage"], act["actor"]) == ("supersede", "ratified-partial", None)


MARKED = (
    "m1",
    "2026-06-25",
    "Paraguay's Congress ratifies Ñandutí legal assistance treaty with Taiwan",
    "Paraguay's Congress ratified the Ñandutí mutual legal assistance treaty with Taiwan.",
)


def test_rejudge_shows_then_applies_what_an_edit_changes(cli, feed_server) -> None:
    path = Path(cli("import", str(EXAMPLE), "--json").json()["path"])  # type: ignore[index]
    cli("feeds", "add", feed_server.set("/m.xml", rss([MARKED])))
    cli("check", "--all")
    treaty = next(r for r in cli("status", "--json").json() if "treaty" in r["text"])  # type: ignore[union-attr]
    assert treaty["stage"] == "ratified-partial"
    before = cli("rejudge", treaty["id"], "--json").json()
    assert before[0]["replayed"] == before[0]["current"] == "ratified-partial"  # type: ignore[index]

    # The analyst decides this "Ñandutí" treaty is a neighbouring matter and excludes it.
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("exclude: []", "exclude: [Ñandutí]", 1), encoding="utf-8")
    after = cli("rejudge", treaty["id"], "--json").json()
    assert after[0]["replayed"] == "signed"  # type: ignore[index]
    status = cli("status", "--json").json()
    assert next(r for r in status if r["id"] == treaty["id"])["stage"] == "ratified-partial"  # type: ignore[union-attr]
    assert cli("rejudge", treaty["id"], "--apply").code == 0
    status = cli("status", "--json").json()
    assert next(r for r in status if r["id"] == treaty["id"])["stage"] == "signed"  # type: ignore[union-attr]
    history = cli("history", treaty["id"], "--json").json()
    assert "rejudge" in history[-1]["note"]  # type: ignore[index]


def test_a_watchlist_feed_is_judged_only_against_its_own_watchlist(
    cli, feed_server, tmp_path
) -> None:
    twin = tmp_path / "twin.md"
    text = EXAMPLE.read_text(encoding="utf-8").split("\n", 1)
    twin.write_text(
        "# A twin briefing on the Asunción–Taipei agreements\n" + text[1], encoding="utf-8"
    )
    own = cli("import", str(EXAMPLE), "--json").json()["watchlist"]  # type: ignore[index]
    other = cli("import", str(twin), "--json").json()["watchlist"]  # type: ignore[index]
    assert own != other
    url = feed_server.set("/own.xml", rss([RATIFIED]))
    assert cli("feeds", "add", url, "--watchlist", own).code == 0
    assert cli("check", "--all").code == 0
    stages = {
        r["watchlist"]: r["stage"]
        for r in cli("status", "--json").json()  # type: ignore[union-attr]
        if "treaty" in r["text"]
    }
    assert stages == {own: "ratified-partial", other: "signed"}
    assert cli("feeds", "add", feed_server.url("/x.xml"), "--watchlist", "nope").code == 1
