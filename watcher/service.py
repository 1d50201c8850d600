"""Use cases: import a briefing, check feeds, build a digest, review, rejudge.

Each use case calls adapters and the pure core in order and decides nothing itself. The
composition root (the CLI) builds the adapters, reads the clock once and passes `now` in.

check():
    store.due_feeds(now)                  DB: due feeds (every feed with all=True)
    | fetcher.fetch(feed)                 network: Fetched | NotModified | FetchFailed
    | parse_feed(url, body, headers)      pure: feedparser on bytes only; UTC dates; stable keys
    | store.add_entries(...)              DB: dedup, returns the new/changed ones
    | judge.observe(entry)                pure: relevance + stage signal + polarity, with quotes
                                          (each entry carrying its feed's country, if set)
    | store.add_observations(...)         DB: unique per question and entry
    | next_poll(feed, outcome, now)       pure
    | store.record_poll(...)              DB
  then, per question touched in the pass:
    decide(question, state, observations, now)   pure: StatusChange | ReviewItem | nothing
    | store.apply_change / store.add_review      DB: one transaction each; idempotent
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path

from watcher.article import extract_article_text, needs_article
from watcher.briefing import parse_briefing
from watcher.digest import DigestView, build_digest
from watcher.errors import BriefingError, NotFound, WatcherError, WatchlistError
from watcher.feeds import parse_feed
from watcher.fetch import Fetcher
from watcher.judge import Judge, decide, replay
from watcher.ladders import KindChoice, weigh_kinds
from watcher.model import (
    Actor,
    Decision,
    Entry,
    Feed,
    Fetched,
    FetchFailed,
    HistoryRecord,
    NotModified,
    Observation,
    PollOutcome,
    Question,
    ReviewItem,
    ReviewRecord,
    StatusChange,
    Watchlist,
)
from watcher.questions import build_watchlist
from watcher.schedule import next_poll
from watcher.store import Store, hash_body
from watcher.watchlist import dump_watchlist, hand_kinds, load_watchlist

Progress = Callable[[str], None]
# Article pages read per feed and pass, at most: a burst of new entries must not turn one pass
# into hundreds of page fetches against one site.
MAX_ARTICLES_PER_PASS = 20


# --- watchlists ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    """What `import_briefing` did: the file it wrote and how the watchlist changed."""

    watchlist: Watchlist
    path: Path
    created: bool
    added: tuple[str, ...]
    kept: tuple[str, ...]
    # Question id -> why its kind needs a person's look (chosen unsure, not edited by hand).
    unsure_kinds: dict[str, KindChoice]
    # Questions whose kind a person changed: built again for it, restarted at its baseline.
    rebuilt: tuple[str, ...] = ()


def read_text_file(path: Path) -> str:
    """Read a user's text file: UTF-8 (BOM tolerated); a one-line error otherwise."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise WatcherError("no such file", where=str(path)) from None
    except OSError as exc:
        raise WatcherError(f"cannot read: {exc.strerror}", where=str(path)) from None
    if b"\x00" in raw[:4096]:
        raise BriefingError("not a text file (binary content)", where=str(path), line=1)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise BriefingError("not UTF-8 text", where=str(path), line=line) from None


def import_briefing(path: Path, watchlists_dir: Path, store: Store, now: datetime) -> ImportResult:
    """Briefing file -> watchlists/<id>.yaml (hand edits kept) -> question rows at baseline."""
    briefing = parse_briefing(read_text_file(path), str(path))
    fresh = build_watchlist(briefing)
    target = watchlists_dir / f"{fresh.id}.yaml"
    previous = target.read_text(encoding="utf-8") if target.exists() else None
    previous_kinds = hand_kinds(previous, str(target)) if previous else {}
    # A kind changed by hand (and its ladder left as it was) is honoured: those questions are
    # built again for their new kind, ladder, baseline and terms.
    if kinds := {slug: kind for slug, kind in previous_kinds.items() if kind}:
        fresh = build_watchlist(briefing, fresh.id, kinds)
    text = dump_watchlist(fresh, previous)
    merged = load_watchlist(text, str(target))
    before = {q.id for q in merged.questions if q.id.rsplit("/", 1)[-1] in previous_kinds}
    watchlists_dir.mkdir(parents=True, exist_ok=True)
    _write_atomically(target, text)
    store.sync_questions(merged.questions, now)
    for q in merged.questions:
        if q.id.rsplit("/", 1)[-1] in kinds:
            _restart_for_kind(store, q, now)
    ids = [q.id for q in merged.questions]
    return ImportResult(
        watchlist=merged,
        path=target,
        created=previous is None,
        added=tuple(i for i in ids if i not in before),
        kept=tuple(i for i in ids if i in before),
        unsure_kinds=unsure_kinds(merged.questions),
        rebuilt=tuple(i for i in ids if i.rsplit("/", 1)[-1] in kinds),
    )


def _restart_for_kind(store: Store, question: Question, now: datetime) -> None:
    """A question given another kind by hand restarts at its new baseline, as a person's act
    in its history (its stage on the old ladder means nothing on the new one)."""
    current = store.state(question.id).stage
    if current == question.baseline:
        return
    store.apply_change(
        StatusChange(
            question_id=question.id,
            from_stage=current,
            to_stage=question.baseline,
            at=now,
            evidence=(),
            by=Actor.ANALYST,
            note=f"kind changed by hand to {question.kind}: restarts at its baseline",
        ),
        now,
        actor="watcher import",
    )


def unsure_kinds(questions: Iterable[Question]) -> dict[str, KindChoice]:
    """The questions whose kind was chosen without a clear winner and is still that choice."""
    choices = {q.id: (q, weigh_kinds(q.text)) for q in questions}
    return {
        qid: choice
        for qid, (q, choice) in choices.items()
        if choice.kind == q.kind and not choice.confident
    }


def _write_atomically(target: Path, text: str) -> None:
    # A crash mid-write must not leave a half watchlist: write aside, then rename.
    tmp = target.with_suffix(target.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)


def load_watchlists(watchlists_dir: Path) -> list[Watchlist]:
    """Every `*.yaml` under the folder, validated; question ids unique across files."""
    lists: list[Watchlist] = []
    seen: dict[str, str] = {}
    for path in sorted(watchlists_dir.glob("*.yaml")):
        wl = load_watchlist(path.read_text(encoding="utf-8"), str(path))
        for q in wl.questions:
            if q.id in seen:
                raise WatchlistError(f"question id {q.id} also in {seen[q.id]}", where=str(path))
            seen[q.id] = str(path)
        lists.append(wl)
    return lists


def all_questions(watchlists: Iterable[Watchlist]) -> list[Question]:
    return [q for wl in watchlists for q in wl.questions]


def resolve_question(ref: str, questions: Sequence[Question]) -> Question:
    """A full id, or a suffix that names exactly one question (`mla-treaty`)."""
    exact = [q for q in questions if q.id == ref]
    matches = exact or [q for q in questions if q.id.endswith("/" + ref) or q.id.endswith(ref)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFound(f"no question {ref!r} (see `watcher status`)")
    names = ", ".join(q.id for q in matches[:5])
    raise NotFound(f"question {ref!r} is ambiguous: {names}")


# --- checking feeds -----------------------------------------------------------------------------


@dataclass
class CheckReport:
    """The summary of one pass, as a person reads it and as `--json` prints it."""

    feeds_due: int = 0
    fetched: int = 0
    not_modified: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    new_entries: int = 0
    matches: int = 0
    changes: list[StatusChange] = field(default_factory=list)
    reviews: list[ReviewItem] = field(default_factory=list)


def check(
    store: Store,
    fetcher: Fetcher,
    watchlists: Sequence[Watchlist],
    now: datetime,
    *,
    all_feeds: bool = False,
    progress: Progress | None = None,
) -> CheckReport:
    """One pass over the due feeds; a failing feed is recorded and the pass goes on."""
    questions = all_questions(watchlists)
    store.sync_questions(questions, now)
    report = CheckReport()
    touched: set[str] = set()
    feeds = store.due_feeds(now, all=all_feeds)
    judges = JudgesByScope(watchlists, {f.country for f in feeds if f.country})
    report.feeds_due = len(feeds)
    for n, feed in enumerate(feeds, 1):
        if progress:
            progress(f"[{n}/{len(feeds)}] {feed.url}")
        outcome = fetcher.fetch(feed)
        touched |= _take_outcome(store, fetcher, feed, outcome, judges, now, report)
    _decide_touched(store, questions, touched, now, report)
    return report


class JudgesByScope:
    """One judge per scope, built on first use: a global feed is read against every question,
    a watchlist's feed only against its own (and a pass that touches no such feed builds none).
    `countries`: those the pass's feeds write from, as their operator set them."""

    def __init__(self, watchlists: Sequence[Watchlist], countries: Iterable[str] = ()) -> None:
        self.watchlists = {wl.id: wl for wl in watchlists}
        self.countries = frozenset(countries)
        self.judges: dict[str | None, Judge] = {}

    def for_feed(self, feed: Feed) -> Judge:
        scope = feed.watchlist if feed.watchlist in self.watchlists else None
        if scope not in self.judges:
            chosen = [self.watchlists[scope]] if scope else list(self.watchlists.values())
            self.judges[scope] = Judge(all_questions(chosen), countries=self.countries)
        return self.judges[scope]


def _take_outcome(
    store: Store,
    fetcher: Fetcher,
    feed: Feed,
    outcome: PollOutcome,
    judges: JudgesByScope,
    now: datetime,
    report: CheckReport,
) -> set[str]:
    """Store what one fetch brought, judge the new entries; returns the questions touched."""
    title = None
    touched: set[str] = set()
    if isinstance(outcome, Fetched) and hash_body(outcome.body) == feed.body_hash:
        outcome = NotModified(feed.url)  # same bytes without a 304: nothing new to read
    if isinstance(outcome, Fetched):
        try:
            parsed = parse_feed(feed.url, outcome.body, _headers(outcome))
        except WatcherError as exc:
            outcome = FetchFailed(feed.url, str(exc))
        else:
            title = parsed.title
            new = store.add_entries(_feed_id(feed), parsed.entries, now)
            if feed.full_text:
                new = _read_articles(store, fetcher, feed, new)
            new = [replace(e, country=feed.country) for e in new]  # the operator's, for the judge
            report.fetched += 1
            report.new_entries += len(new)
            touched = _observe(store, judges.for_feed(feed), new, now, report)
    if isinstance(outcome, NotModified):
        report.not_modified += 1
    if isinstance(outcome, FetchFailed):
        report.failed.append((feed.url, outcome.error))
    store.record_poll(_feed_id(feed), outcome, next_poll(feed, outcome, now), now, title=title)
    return touched


def _read_articles(store: Store, fetcher: Fetcher, feed: Feed, entries: list[Entry]) -> list[Entry]:
    """For a full-text feed, read the linked page of each thin new entry (once: it is kept)."""
    out = []
    for n, entry in enumerate(entries):
        if n < MAX_ARTICLES_PER_PASS and entry.url and needs_article(entry):
            page = fetcher.fetch_page(entry.url)
            if isinstance(page, Fetched):
                text = extract_article_text(page.body, entry.url)
                if text:
                    store.set_entry_content(_feed_id(feed), entry.key, text)
                    entry = replace(entry, content=text)
        out.append(entry)
    return out


def _feed_id(feed: Feed) -> int:
    if feed.id is None:
        raise ValueError(f"feed {feed.url} has no id: it was not read from the store")
    return feed.id


def _headers(fetched: Fetched) -> dict[str, str]:
    headers = {"content-location": fetched.final_url or fetched.url}
    if fetched.content_type:
        headers["content-type"] = fetched.content_type
    return headers


def _observe(
    store: Store, judge: Judge, entries: Sequence[Entry], now: datetime, report: CheckReport
) -> set[str]:
    observations: list[Observation] = []
    for entry in sorted(entries, key=_published_key):
        observations.extend(judge.observe(entry))
    store.add_observations(observations, now)
    report.matches += len(observations)
    return {o.question_id for o in observations}


def _published_key(entry: Entry) -> tuple[bool, datetime | None]:
    return (entry.published is None, entry.published)


def _decide_touched(
    store: Store,
    questions: Sequence[Question],
    touched: set[str],
    now: datetime,
    report: CheckReport,
) -> None:
    by_id = {q.id: q for q in questions}
    for qid in sorted(touched):
        if qid in by_id:
            _apply_decisions(store, by_id[qid], now, report)


def _apply_decisions(store: Store, question: Question, now: datetime, report: CheckReport) -> None:
    observations = [r.observation for r in store.observations(question.id)]
    for decision in decide(question, store.state(question.id), observations, now):
        if isinstance(decision, StatusChange):
            if store.apply_change(decision, now) is not None:
                report.changes.append(decision)
                _supersede_reviews(store, question, decision, now)
        elif store.add_review(decision, now) is not None:
            report.reviews.append(decision)


def _supersede_reviews(
    store: Store, question: Question, change: StatusChange, now: datetime
) -> None:
    """Close the open proposals the question has now reached or passed on stronger evidence:
    nothing is left for an analyst to decide there. The act is logged like an analyst's."""
    ladder = question.ladder
    if change.to_stage not in ladder.stages:
        return
    reached = ladder.rank(change.to_stage)
    for record in store.reviews(status="open"):
        item = record.item
        if (
            item.question_id == question.id
            and item.proposed_stage in ladder.stages
            and ladder.rank(item.proposed_stage) <= reached
        ):
            note = f"{question.id} reached {change.to_stage} on {change.at:%Y-%m-%d} without it"
            store.resolve_review(record.id, "superseded", None, note, now)
            store.review_act(
                question.id, "supersede", item.proposed_stage, None, note, now, record.id
            )


# --- digest -------------------------------------------------------------------------------------


def make_digest(
    store: Store,
    watchlists: Sequence[Watchlist],
    since: datetime,
    now: datetime,
    stale_after: timedelta = timedelta(days=30),
) -> DigestView:
    """Gather the records of the period and build the digest's view model."""
    return build_digest(
        watchlists,
        store.states(),
        store.history(),
        store.reviews(status=None),
        store.observations(),
        store.list_feeds(),
        since,
        now,
        stale_after=stale_after,
    )


# --- review -------------------------------------------------------------------------------------


def confirm_review(
    store: Store, review_id: int, actor: str, note: str, now: datetime
) -> HistoryRecord:
    """Apply a proposed change as the analyst's act; the review is closed, never erased."""
    record = _open_review(store, review_id)
    item = record.item
    current = store.state(item.question_id).stage
    change = StatusChange(
        question_id=item.question_id,
        from_stage=current,
        to_stage=item.proposed_stage,
        at=item.at,
        evidence=item.evidence,
        by=Actor.ANALYST,
        confidence=1.0,
        note=note or f"confirmed review #{review_id}",
        party=item.party,
    )
    applied = store.apply_change(change, now, actor=actor)
    if applied is None:
        raise WatcherError(f"review #{review_id}: question moved meanwhile; look again")
    store.resolve_review(review_id, "confirmed", actor, note, now)
    store.review_act(item.question_id, "confirm", item.proposed_stage, actor, note, now, review_id)
    return applied


def reject_review(
    store: Store, review_id: int, actor: str, note: str, now: datetime
) -> ReviewRecord:
    record = _open_review(store, review_id)
    item = record.item
    store.review_act(item.question_id, "reject", item.proposed_stage, actor, note, now, review_id)
    return store.resolve_review(review_id, "rejected", actor, note, now)


def set_stage(
    store: Store, question: Question, stage: str, actor: str, note: str, now: datetime
) -> HistoryRecord:
    """An analyst's override: any stage of the ladder, with a note; open reviews close."""
    if stage not in question.ladder.all_stages:
        stages = ", ".join(question.ladder.all_stages)
        raise WatcherError(f"{stage!r} is not a stage of {question.id} ({stages})")
    if not note.strip():
        raise WatcherError("an override needs a note saying why (--note)")
    current = store.state(question.id).stage
    change = StatusChange(question.id, current, stage, now, (), Actor.ANALYST, 1.0, note)
    applied = store.apply_change(change, now, actor=actor)
    if applied is None:
        raise WatcherError(f"{question.id}: the question moved meanwhile; look again")
    store.review_act(question.id, "set", stage, actor, note, now)
    for record in store.reviews(status="open"):
        if record.item.question_id == question.id:
            store.resolve_review(record.id, "overridden", actor, note, now)
    return applied


def _open_review(store: Store, review_id: int) -> ReviewRecord:
    record = store.review(review_id)
    if record is None:
        raise NotFound(f"no review item #{review_id} (see `watcher review`)")
    if record.status != "open":
        raise WatcherError(f"review #{review_id} is already {record.status}")
    return record


# --- rejudge ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RejudgeResult:
    """What re-reading the stored entries says, next to what is recorded now."""

    question: Question
    current: str
    replayed: str
    decisions: tuple[Decision, ...]
    observations: tuple[Observation, ...]


def rejudge(
    store: Store, watchlists: Sequence[Watchlist], question_ids: Iterable[str], now: datetime
) -> list[RejudgeResult]:
    """Re-read every stored entry against the questions as they are now, each with its feed's
    country as the feed has it now; change nothing."""
    questions = [q for q in all_questions(watchlists) if q.id in set(question_ids)]
    judge = Judge(questions, countries={f.country for f in store.list_feeds() if f.country})
    found: dict[str, list[Observation]] = {q.id: [] for q in questions}
    for entry in sorted(store.iter_entries(), key=_published_key):
        for obs in judge.observe(entry):
            found[obs.question_id].append(obs)
    results = []
    for q in questions:
        decisions = tuple(replay(q, found[q.id], now))
        replayed = _final_stage(q.baseline, decisions)
        current = store.state(q.id).stage
        results.append(RejudgeResult(q, current, replayed, decisions, tuple(found[q.id])))
    return results


def _final_stage(baseline: str, decisions: Sequence[Decision]) -> str:
    stage = baseline
    for d in decisions:
        if isinstance(d, StatusChange):
            stage = d.to_stage
    return stage


def apply_rejudge(store: Store, result: RejudgeResult, actor: str, now: datetime) -> bool:
    """Record the re-read observations and, when the stage differs, one explained change."""
    store.add_observations(result.observations, now)
    if result.replayed == result.current:
        return False
    last = [d for d in result.decisions if isinstance(d, StatusChange)]
    change = StatusChange(
        question_id=result.question.id,
        from_stage=result.current,
        to_stage=result.replayed,
        at=last[-1].at if last else now,
        evidence=last[-1].evidence if last else (),
        by=Actor.AUTO,
        confidence=last[-1].confidence if last else 1.0,
        note=f"rejudge requested by {actor}",
        rule=last[-1].rule if last else None,
    )
    return store.apply_change(change, now, actor=actor) is not None
