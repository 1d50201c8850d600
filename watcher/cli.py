"""The command line: watcher's composition root.

It reads the settings once, reads the clock once per run, builds the adapters (store, fetcher,
scheduler) and calls the use cases in `watcher.service`. It decides nothing about news. Errors a
user can cause print as one line on stderr (`watcher: error: ...`) with exit code 1 (bad input or
usage) or 2 (nothing could run); nothing imports this module.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from watcher import report, service
from watcher.config import Settings, load_settings, parse_duration
from watcher.digest import render_json, render_markdown
from watcher.errors import FeedError, NotFound, WatcherError
from watcher.fetch import Fetcher
from watcher.model import Feed, Question, StatusChange, Watchlist
from watcher.store import Store
from watcher.subscriptions import feed_country, parse_opml, render_opml, validate_feed_url

app = typer.Typer(
    help="Follow the 'What to watch' items of news briefings through the news.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
feeds_app = typer.Typer(help="Manage the feeds watcher polls.", no_args_is_help=True)
review_app = typer.Typer(help="Review proposed changes: list, confirm, reject, set a stage.")
app.add_typer(feeds_app, name="feeds")
app.add_typer(review_app, name="review")

out = Console(highlight=False, soft_wrap=True, markup=False)
err = Console(stderr=True, highlight=False, soft_wrap=True, markup=False)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def now_utc() -> datetime:
    """The one clock read of a run."""
    return datetime.now(UTC)


def settings(ctx: typer.Context) -> Settings:
    value: Settings = ctx.ensure_object(dict)["settings"]
    return value


@app.callback()
def main_callback(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(help="Database URL (default: $WATCHER_DATABASE_URL or SQLite under db/)."),
    ] = None,
) -> None:
    """watcher: briefings in, tracked questions, scheduled checks, status history, digest out.

    WATCHER_HOME (default: the current folder) holds watchlists/ and db/.
    """
    ctx.ensure_object(dict)["settings"] = load_settings(db=db)


@contextmanager
def open_store(s: Settings) -> Iterator[Store]:
    store = Store.open(s.database_url)
    try:
        yield store
    finally:
        store.close()


def make_fetcher(s: Settings) -> Fetcher:
    return Fetcher(
        timeout=s.fetch_timeout,
        max_bytes=s.fetch_max_bytes,
        allow_private=s.allow_private_networks,
    )


def columns(headers: list[str], rows: list[list[str]]) -> str:
    """Plain aligned columns: ids and URLs are never cut, whatever the terminal's width."""
    widths = [max(len(str(c)) for c in col) for col in zip(headers, *rows, strict=False)]
    lines = [headers, *rows]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)).rstrip()
                     for r in lines)  # fmt: skip


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


# --- import ---------------------------------------------------------------------------------------


@app.command("import")
def import_cmd(
    ctx: typer.Context,
    briefing: Annotated[Path, typer.Argument(help="A briefing file (markdown, any extension).")],
    json_out: JsonFlag = False,
) -> None:
    """Import a briefing into watchlists/<id>.yaml; re-importing keeps hand edits and history.

    Each watch item becomes a question with a kind (its ladder of stages); a kind the item's
    words leave unsure is flagged, here and in the file, for you to check. To change a kind,
    set `kind:` in the file and import again: that question is rebuilt for it."""
    s = settings(ctx)
    with open_store(s) as store:
        result = service.import_briefing(briefing, s.watchlists_dir, store, now_utc())
    if json_out:
        print_json(_import_json(result))
        return
    verb = "created" if result.created else "updated"
    out.print(f"{verb} {_rel(result.path, s)}: {len(result.watchlist.questions)} questions")
    for q in result.watchlist.questions:
        tag = "new " if q.id in result.added and not result.created else ""
        out.print(f"  {tag}{q.id}  [{q.kind}] at {q.baseline}", highlight=False)
        if q.id in result.rebuilt:
            out.print("      rebuilt for the kind set by hand", highlight=False)
        if choice := result.unsure_kinds.get(q.id):
            out.print(
                f"      kind unsure ({choice.why}): check `kind:` in the file", highlight=False
            )
    if result.unsure_kinds:
        out.print(
            f"{len(result.unsure_kinds)} kind(s) to check: to fix one, set its `kind:` in the "
            "file and import the briefing again (the question is rebuilt for that kind), then "
            "`watcher rejudge`",
            highlight=False,
        )


def _import_json(result: service.ImportResult) -> dict[str, Any]:
    return {
        "watchlist": result.watchlist.id,
        "path": str(result.path),
        "created": result.created,
        "added": list(result.added),
        "questions": [
            {
                "id": q.id,
                "kind": q.kind,
                "kind_unsure": q.id in result.unsure_kinds,
                "kind_why": result.unsure_kinds[q.id].why if q.id in result.unsure_kinds else None,
                "rebuilt": q.id in result.rebuilt,
                "baseline": q.baseline,
                "text": q.text,
            }
            for q in result.watchlist.questions
        ],
    }


def _rel(path: Path, s: Settings) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _watchlists(s: Settings) -> list[Watchlist]:
    return service.load_watchlists(s.watchlists_dir)


# --- feeds ----------------------------------------------------------------------------------------


@feeds_app.command("add")
def feeds_add(
    ctx: typer.Context,
    url: Annotated[str, typer.Argument(help="The feed's http(s) URL (RSS or Atom).")],
    watchlist: Annotated[
        str | None, typer.Option(help="Only judge this feed against one watchlist.")
    ] = None,
    every: Annotated[str | None, typer.Option(help="Poll interval, e.g. 30m, 2h.")] = None,
    full_text: Annotated[
        bool | None,
        typer.Option(
            "--full-text/--no-full-text",
            help="Read the linked article when an entry is only a headline and a line "
            "(default: $WATCHER_FULL_TEXT, off).",
        ),
    ] = None,
    country: Annotated[
        str | None,
        typer.Option(
            help="The country the feed writes from, by any name the gazetteer knows for it, in "
            "any language (Kenya, Kenia, 肯尼亚): its news may leave that country unsaid "
            "('Senate passes the China pact' in a Kenyan paper is Kenya's act). On a feed "
            "already added, sets its country; --country '' clears it.",
        ),
    ] = None,
) -> None:
    """Subscribe to a feed (global, or for one watchlist), or set the country of one added.

    A feed already added is refused, except with --country: then its country is set (or
    cleared) and nothing else; other options given must match the feed as it is."""
    s = settings(ctx)
    full = s.full_text_default if full_text is None else full_text
    chosen = feed_country(country) if country is not None else None
    feed = _new_feed(s, url, watchlist, every, full, chosen)
    given = {"--watchlist": watchlist, "--every": every, "--full-text": full_text}
    with open_store(s) as store:
        known = _known_feed(store, feed.url)
        if known is None or country is None:  # a duplicate without --country: refused
            _print_added(store.add_feed(feed, now_utc()))
            return
        _refuse_other_changes(known, feed, [o for o, v in given.items() if v is not None])
        if known.country == feed.country:
            has = f"country {known.country}" if known.country else "no country"
            out.print(f"feed #{known.id} {known.url} already has {has}: nothing changed")
            return
        updated = store.set_feed_country(feed.url, feed.country)
    now = f"country {updated.country}" if updated.country else "country cleared"
    out.print(f"updated feed #{updated.id} {updated.url}: {now} (was {known.country or 'none'})")


def _new_feed(
    s: Settings,
    url: str,
    watchlist: str | None,
    every: str | None,
    full_text: bool,
    country: str | None = None,
) -> Feed:
    url = validate_feed_url(url)
    if watchlist is not None and watchlist not in {w.id for w in _watchlists(s)}:
        raise WatcherError(f"no watchlist {watchlist!r} in {s.watchlists_dir}")
    interval = parse_duration(every, what="--every") if every else s.default_every
    return Feed(url=url, watchlist=watchlist, every=interval, full_text=full_text, country=country)


def _known_feed(store: Store, url: str) -> Feed | None:
    try:
        return store.get_feed(url)
    except NotFound:
        return None


def _refuse_other_changes(known: Feed, asked: Feed, given: list[str]) -> None:
    """Only --country changes a feed already added: any other option given must match it, so
    re-running the command that added it (with a country now) works and changes nothing else."""
    differs = {
        "--watchlist": known.watchlist != asked.watchlist,
        "--every": known.every != asked.every,
        "--full-text": known.full_text != asked.full_text,
    }
    changed = [option for option in given if differs[option]]
    if changed:
        raise FeedError(
            f"feed is already added: only --country changes it, not {', '.join(changed)}",
            where=known.url,
        )


def _print_added(feed: Feed) -> None:
    scope = f"watchlist {feed.watchlist}" if feed.watchlist else "all watchlists"
    country = f", country {feed.country}" if feed.country else ""
    out.print(f"added feed #{feed.id} {feed.url} (every {_every(feed)}, {scope}{country})")


def _every(feed: Feed) -> str:
    seconds = int(feed.every.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


@feeds_app.command("list")
def feeds_list(ctx: typer.Context, json_out: JsonFlag = False) -> None:
    """List feeds with their schedule and health."""
    with open_store(settings(ctx)) as store:
        feeds = store.list_feeds()
    if json_out:
        print_json([_feed_json(f) for f in feeds])
        return
    rows = [
        [str(f.id), f.url, f.watchlist or "-", f.country or "-", _every(f),
         _when(f.next_check_at), str(f.error_count), f.last_error or ""]
        for f in feeds
    ]  # fmt: skip
    headers = [
        "id", "url", "watchlist", "country", "every", "next check (UTC)", "errors", "last error"
    ]  # fmt: skip
    out.print(
        columns(headers, rows) if feeds else "no feeds yet: add one with `watcher feeds add URL`"
    )


def _feed_json(f: Feed) -> dict[str, Any]:
    return {
        "id": f.id,
        "url": f.url,
        "title": f.title,
        "watchlist": f.watchlist,
        "country": f.country,
        "every_seconds": int(f.every.total_seconds()),
        "full_text": f.full_text,
        "next_check_at": report.iso(f.next_check_at),
        "last_checked_at": report.iso(f.last_checked_at),
        "error_count": f.error_count,
        "last_error": f.last_error,
    }


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "now"


@feeds_app.command("remove")
def feeds_remove(
    ctx: typer.Context, feed: Annotated[str, typer.Argument(help="Feed id or URL.")]
) -> None:
    """Unsubscribe from a feed (its stored entries and evidence stay)."""
    with open_store(settings(ctx)) as store:
        removed = store.remove_feed(feed)
    out.print(f"removed feed #{removed.id} {removed.url}")


@feeds_app.command("import")
def feeds_import(
    ctx: typer.Context,
    opml: Annotated[Path, typer.Argument(help="An OPML file of feeds.")],
    watchlist: Annotated[str | None, typer.Option(help="Attach every feed to a watchlist.")] = None,
) -> None:
    """Subscribe to every feed of an OPML file; ones already there are skipped.

    An outline's `country` attribute (as `feeds export` writes it) sets the feed's country."""
    s = settings(ctx)
    outlines = parse_opml(service.read_text_file(opml), str(opml))
    # Every country is checked before anything is stored: a misspelt one adds no feed.
    countries = {
        o.url: feed_country(o.country or "", f"the country of {o.url}", where=str(opml))
        for o in outlines
    }
    added = skipped = 0
    with open_store(s) as store:
        known = {f.url for f in store.list_feeds()}
        for o in outlines:
            if o.url in known:
                skipped += 1
                continue
            feed = _new_feed(s, o.url, watchlist, None, s.full_text_default, countries[o.url])
            store.add_feed(feed, now_utc())
            known.add(o.url)
            added += 1
    out.print(f"imported {opml}: {added} added, {skipped} already subscribed")


@feeds_app.command("export")
def feeds_export(
    ctx: typer.Context,
    out_file: Annotated[Path | None, typer.Option("--out", help="Write here, not stdout.")] = None,
) -> None:
    """Print the feeds as OPML."""
    with open_store(settings(ctx)) as store:
        text = render_opml(store.list_feeds())
    _emit(text, out_file)


def _emit(text: str, out_file: Path | None) -> None:
    if out_file is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    out_file.parent.mkdir(parents=True, exist_ok=True)
    out_file.write_text(text, encoding="utf-8")
    err.print(f"wrote {out_file}")


# --- check and run --------------------------------------------------------------------------------


@app.command()
def check(
    ctx: typer.Context,
    all_feeds: Annotated[bool, typer.Option("--all", help="Check every feed, due or not.")] = False,
    json_out: JsonFlag = False,
) -> None:
    """One pass: fetch due feeds, store new entries, judge them, record changes."""
    s = settings(ctx)
    result = run_check(s, all_feeds=all_feeds, show_progress=not json_out)
    if json_out:
        print_json(_check_json(result))
    else:
        _print_check(result)


def run_check(s: Settings, *, all_feeds: bool, show_progress: bool) -> service.CheckReport:
    watchlists = _watchlists(s)
    with open_store(s) as store, make_fetcher(s) as fetcher:
        if show_progress and err.is_terminal:
            with err.status("checking feeds") as status:
                return service.check(
                    store, fetcher, watchlists, now_utc(), all_feeds=all_feeds,
                    progress=lambda m: status.update(m),
                )  # fmt: skip
        return service.check(store, fetcher, watchlists, now_utc(), all_feeds=all_feeds)


def _check_json(r: service.CheckReport) -> dict[str, Any]:
    return {
        "feeds_due": r.feeds_due,
        "fetched": r.fetched,
        "not_modified": r.not_modified,
        "failed": [{"url": u, "error": e} for u, e in r.failed],
        "new_entries": r.new_entries,
        "matches": r.matches,
        "changes": [_change_json(c) for c in r.changes],
        "reviews": [
            {
                "question": i.question_id,
                "from": i.from_stage,
                "proposed": i.proposed_stage,
                "reason": i.reason,
            }
            for i in r.reviews
        ],
    }


def _change_json(c: StatusChange) -> dict[str, Any]:
    return {
        "question": c.question_id,
        "from": c.from_stage,
        "to": c.to_stage,
        "at": report.iso(c.at),
        "party": c.party,
        "evidence": [e.url for e in c.evidence],
    }


def _print_check(r: service.CheckReport) -> None:
    out.print(
        f"checked {r.feeds_due} feeds: {r.fetched} fetched, {r.not_modified} not modified, "
        f"{len(r.failed)} failed; {r.new_entries} new entries, {r.matches} matches, "
        f"{len(r.changes)} changes, {len(r.reviews)} for review"
    )
    for url, error in r.failed:
        out.print(f"  failed: {url}: {error}")
    for c in r.changes:
        party = f" ({c.party})" if c.party else ""
        out.print(f"  {c.question_id}: {c.from_stage} -> {c.to_stage}{party} on {c.at:%Y-%m-%d}")
        for e in c.evidence[:3]:
            out.print(f"      {e.title} <{e.url}>")
    for i in r.reviews:
        out.print(f"  review: {i.question_id}: {i.from_stage} -> {i.proposed_stage}? {i.reason}")


@app.command()
def run(
    ctx: typer.Context,
    tick: Annotated[str | None, typer.Option(help="How often to look for due feeds.")] = None,
    digest_cron: Annotated[
        str | None, typer.Option(help="Crontab (UTC) for the digest, e.g. '0 7 * * *'.")
    ] = None,
    digest_dir: Annotated[
        Path | None, typer.Option(help="Where digests are written (default: WATCHER_HOME/digests).")
    ] = None,
    stop_after: Annotated[
        int | None, typer.Option(help="Stop after N checks (demos, tests).")
    ] = None,
) -> None:
    """Run as a background service: checks on a schedule, a daily digest, clean stop on SIGTERM."""
    from watcher.scheduler import run_scheduler

    s = settings(ctx)
    _configure_logging()
    log = logging.getLogger("watcher.run")
    seconds = parse_duration(tick, what="--tick").total_seconds() if tick else s.tick_seconds
    folder = digest_dir or s.home / "digests"
    with open_store(s):
        pass  # fail fast (exit 2) when the database cannot be reached or migrated
    log.info("starting: home=%s tick=%ss digest=%r", s.home, seconds, digest_cron or s.digest_cron)
    runs = run_scheduler(
        lambda: _tick(s, log),
        lambda: _scheduled_digest(s, folder, log),
        tick_seconds=seconds,
        digest_cron=digest_cron or s.digest_cron,
        stop_after=stop_after,
        logger=log,
    )
    log.info("stopped after %d checks", runs)


def _configure_logging() -> None:
    logging.Formatter.converter = time.gmtime
    logging.basicConfig(
        level=logging.INFO,
        stream=sys.stderr,
        format="%(asctime)sZ %(levelname)s %(name)s: %(message)s",
        datefmt="%Y-%m-%dT%H:%M:%S",
    )


def _tick(s: Settings, log: logging.Logger) -> service.CheckReport:
    r = run_check(s, all_feeds=False, show_progress=False)
    log.info(
        "check: %d due, %d fetched, %d not modified, %d failed, %d new entries, %d changes, "
        "%d for review", r.feeds_due, r.fetched, r.not_modified, len(r.failed), r.new_entries,
        len(r.changes), len(r.reviews),
    )  # fmt: skip
    for url, error in r.failed:
        log.warning("feed failed: %s: %s", url, error)
    for c in r.changes:
        log.info("change: %s %s -> %s", c.question_id, c.from_stage, c.to_stage)
    return r


def _scheduled_digest(s: Settings, folder: Path, log: logging.Logger) -> Path:
    now = now_utc()
    with open_store(s) as store:
        view = service.make_digest(store, _watchlists(s), now - s.digest_since, now, s.stale_after)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"digest-{now:%Y-%m-%dT%H%M}Z.md"
    path.write_text(render_markdown(view), encoding="utf-8")
    log.info("digest written: %s", path)
    return path


# --- status, history, evidence --------------------------------------------------------------------


@app.command()
def status(
    ctx: typer.Context,
    watchlist: Annotated[str | None, typer.Option(help="Only this watchlist.")] = None,
    json_out: JsonFlag = False,
) -> None:
    """Where each question stands."""
    s = settings(ctx)
    questions = [q for q in service.all_questions(_watchlists(s)) if _in(q, watchlist)]
    with open_store(s) as store:
        rows = report.status_rows(questions, store.states(), store.history())
    if json_out:
        print_json(rows)
        return
    lines = [[r["id"], r["kind"], r["stage"], _ladder(r), _day(r["updated_at"])] for r in rows]
    headers = ["question", "kind", "stage", "ladder", "updated (UTC)"]
    out.print(columns(headers, lines) if rows else "no questions yet: `watcher import FILE`")


def _in(q: Question, watchlist: str | None) -> bool:
    return watchlist is None or q.watchlist == watchlist


def _ladder(row: dict[str, Any]) -> str:
    stages: list[str] = row["stages"]
    pos = stages.index(row["stage"]) + 1 if row["stage"] in stages else 0
    done = [p for p in row["parties"] if p["done"]]
    parties = f" parties {len(done)}/{len(row['parties'])}" if row["parties"] else ""
    return f"{pos}/{len(stages)}{parties}" if pos else f"setback{parties}"


def _day(value: str | None) -> str:
    return value[:16].replace("T", " ") if value else "-"


def _question_rows(
    ctx: typer.Context,
    ref: str,
    read: Callable[[Store, str], Iterable[dict[str, Any]]],
) -> tuple[Question, list[dict[str, Any]]]:
    """Resolve a question id (or suffix) and read its rows from the store."""
    s = settings(ctx)
    q = service.resolve_question(ref, service.all_questions(_watchlists(s)))
    with open_store(s) as store:
        return q, list(read(store, q.id))


@app.command()
def history(
    ctx: typer.Context,
    question: Annotated[str, typer.Argument(help="Question id (or a unique suffix).")],
    json_out: JsonFlag = False,
) -> None:
    """How a question got where it is: every change, with evidence."""
    q, rows = _question_rows(
        ctx, question, lambda st, qid: map(report.history_row, st.history(qid))
    )
    if json_out:
        print_json(rows)
        return
    out.print(f"{q.id} [{q.kind}] baseline {q.baseline}")
    for r in rows:
        who = "auto" if r["by"] == "auto" else f"analyst {r['actor'] or ''}".strip()
        out.print(f"  {r['at'][:10]}  {r['from']} -> {r['to']}  by {who}  {r['note'] or ''}")
        for e in r["evidence"]:
            out.print(f"      {e['title']} <{e['url']}>")
    if not rows:
        out.print("  no changes yet")


@app.command()
def evidence(
    ctx: typer.Context,
    question: Annotated[str, typer.Argument(help="Question id (or a unique suffix).")],
    json_out: JsonFlag = False,
) -> None:
    """Every entry tied to a question, with the sentence that carries the signal."""
    q, rows = _question_rows(
        ctx, question, lambda st, qid: map(report.evidence_row, st.observations(qid))
    )
    if json_out:
        print_json(rows)
        return
    for r in rows:
        day = (r["published"] or "????-??-??")[:10]
        out.print(f"{day}  {r['polarity']:<11} {r['stage'] or '-':<16} {r['title']}")
        out.print(f"            {r['url']}\n            “{r['quote']}”")
    if not rows:
        out.print(f"no evidence yet for {q.id}")


# --- digest ---------------------------------------------------------------------------------------


@app.command()
def digest(
    ctx: typer.Context,
    since: Annotated[str, typer.Option(help="Period covered, e.g. 24h, 7d.")] = "7d",
    fmt: Annotated[str, typer.Option("--format", help="md or json.")] = "md",
    out_file: Annotated[Path | None, typer.Option("--out", help="Write here, not stdout.")] = None,
) -> None:
    """What changed and why, what is stale or overdue, what needs review."""
    if fmt not in {"md", "json"}:
        raise WatcherError(f"unknown --format {fmt!r}: use md or json")
    s = settings(ctx)
    now = now_utc()
    period = parse_duration(since, what="--since")
    with open_store(s) as store:
        view = service.make_digest(store, _watchlists(s), now - period, now, s.stale_after)
    _emit(render_markdown(view) if fmt == "md" else render_json(view), out_file)


# --- review ---------------------------------------------------------------------------------------


@review_app.callback(invoke_without_command=True)
def review_list(
    ctx: typer.Context,
    all_items: Annotated[bool, typer.Option("--all", help="Include decided items.")] = False,
    json_out: JsonFlag = False,
) -> None:
    """List proposed changes waiting for an analyst."""
    if ctx.invoked_subcommand:
        return
    with open_store(settings(ctx)) as store:
        rows = [report.review_row(r) for r in store.reviews(status=None if all_items else "open")]
    if json_out:
        print_json(rows)
        return
    for r in rows:
        out.print(f"#{r['id']} [{r['status']}] {r['question']}: {r['from']} -> {r['proposed']}")
        out.print(f"     {r['reason']}")
        for e in r["evidence"][:3]:
            out.print(f"     {e['title']} <{e['url']}>")
    if not rows:
        out.print("nothing waiting for review")


@review_app.command("confirm")
def review_confirm(
    ctx: typer.Context,
    item: Annotated[int, typer.Argument(help="Review item number.")],
    note: Annotated[str, typer.Option(help="Why (kept with the change).")] = "",
) -> None:
    """Apply a proposed change as your decision."""
    s = settings(ctx)
    with open_store(s) as store:
        h = service.confirm_review(store, item, s.actor, note, now_utc())
    out.print(
        f"confirmed #{item}: {h.change.question_id} {h.change.from_stage} -> {h.change.to_stage}"
    )


@review_app.command("reject")
def review_reject(
    ctx: typer.Context,
    item: Annotated[int, typer.Argument(help="Review item number.")],
    note: Annotated[str, typer.Option(help="Why (kept with the decision).")] = "",
) -> None:
    """Reject a proposed change; it stays on record as rejected."""
    s = settings(ctx)
    with open_store(s) as store:
        service.reject_review(store, item, s.actor, note, now_utc())
    out.print(f"rejected #{item}")


@review_app.command("set")
def review_set(
    ctx: typer.Context,
    question: Annotated[str, typer.Argument(help="Question id (or a unique suffix).")],
    stage: Annotated[str, typer.Argument(help="Any stage of the question's ladder.")],
    note: Annotated[str, typer.Option(help="Why (required).")] = "",
) -> None:
    """Set a question's stage by hand, with a note; recorded as the analyst's act."""
    s = settings(ctx)
    q = service.resolve_question(question, service.all_questions(_watchlists(s)))
    with open_store(s) as store:
        h = service.set_stage(store, q, stage, s.actor, note, now_utc())
    out.print(f"{q.id}: {h.change.from_stage} -> {h.change.to_stage} (by {s.actor})")


@review_app.command("log")
def review_log(
    ctx: typer.Context,
    question: Annotated[str | None, typer.Argument(help="Only this question.")] = None,
    json_out: JsonFlag = False,
) -> None:
    """Every analyst act, oldest first: who, when, what and why (never erased)."""
    s = settings(ctx)
    qid = None
    if question:
        qid = service.resolve_question(question, service.all_questions(_watchlists(s))).id
    with open_store(s) as store:
        acts = [_act_json(a) for a in store.review_acts(qid)]
    if json_out:
        print_json(acts)
        return
    for a in acts:
        item = f" (review #{a['review_id']})" if a["review_id"] else ""
        out.print(f"{a['at'][:16]}  {a['actor']}  {a['action']} {a['stage'] or ''}{item}  "
                  f"{a['question_id']}  {a['note']}")  # fmt: skip
    if not acts:
        out.print("no analyst acts recorded yet")


def _act_json(act: dict[str, Any]) -> dict[str, Any]:
    return {k: (report.iso(v) if isinstance(v, datetime) else v) for k, v in act.items()}


# --- rejudge --------------------------------------------------------------------------------------


@app.command()
def rejudge(
    ctx: typer.Context,
    question: Annotated[
        str | None, typer.Argument(help="Question id or suffix (default: all).")
    ] = None,
    apply: Annotated[
        bool, typer.Option("--apply", help="Record what the re-reading says.")
    ] = False,
    json_out: JsonFlag = False,
) -> None:
    """Re-read stored entries after editing questions or lexicons; show, then apply on request."""
    s = settings(ctx)
    watchlists = _watchlists(s)
    questions = service.all_questions(watchlists)
    ids = (
        [service.resolve_question(question, questions).id]
        if question
        else [q.id for q in questions]
    )
    now = now_utc()
    with open_store(s) as store:
        results = service.rejudge(store, watchlists, ids, now)
        applied = [service.apply_rejudge(store, r, s.actor, now) for r in results] if apply else []
    if json_out:
        print_json([_rejudge_json(r) for r in results])
        return
    for r in results:
        mark = "same" if r.current == r.replayed else f"would move {r.current} -> {r.replayed}"
        out.print(f"{r.question.id}: {len(r.observations)} relevant entries; {mark}")
    if apply:
        out.print(f"applied: {sum(applied)} changed")


def _rejudge_json(r: service.RejudgeResult) -> dict[str, Any]:
    return {
        "question": r.question.id,
        "current": r.current,
        "replayed": r.replayed,
        "relevant_entries": len(r.observations),
        "changes": [_change_json(d) for d in r.decisions if isinstance(d, StatusChange)],
    }


# --- demo -----------------------------------------------------------------------------------------


@app.command()
def demo(
    home: Annotated[
        Path, typer.Option(help="Folder for the demo's watchlists and database.")
    ] = Path("watcher-demo"),
    ticks: Annotated[int, typer.Option(help="Scheduled checks to run.")] = 3,
    tick: Annotated[float, typer.Option(help="Seconds between checks.")] = 1.0,
) -> None:
    """Run watcher end to end, offline: example briefing, sample feeds on 127.0.0.1, digest."""
    from watcher.demo import run_demo

    run_demo(home, ticks=ticks, tick_seconds=tick, console=out)


# --- entry point ----------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; user errors become one line and an exit code, never a traceback."""
    try:
        app(args=list(argv) if argv is not None else None, prog_name="watcher")
    except WatcherError as exc:
        err.print(f"watcher: error: {exc}", markup=False)
        return exc.exit_code
    except SystemExit as exc:
        # The parser exits 2 on bad usage; the contract says 1 (2 means nothing could run).
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        return 1 if code == 2 else code
    except KeyboardInterrupt:
        err.print("watcher: interrupted")
        return 130
    return 0
