"""Replay labelled news sets through the real watcher pipeline and score what it decided.

Usage: python bench/eval.py [SET_DIR ...] [--json] [--window 3]

A set is a folder with a briefing, `gold.json` and `articles.jsonl` (see bench/README.md). For
each set this builds a throw-away WATCHER_HOME with a real SQLite database, imports the briefing,
serves one RSS feed per source (newest 20 items, description = lead) and one page per article on
a loopback HTTP server, grows the feeds day by day in publication order and runs
`watcher.service.check` after each day, with the clock simulated at that day's 23:00 UTC. It then
scores the questions' status histories and evidence against the labels exactly as the external
scorer does: a transition counts when the question reaches the mapped stage between 1 day before
and `--window` days after the labelled date; relevance is judged per article through the evidence
list; a false advance is a final stage past the labelled one on the ladder. The keyword-alert
baseline (bench/keyword_alert.py) is replayed over the same articles and scored the same way.

Beside those figures (which it leaves as the external scorer defines them) it reads the review
items the replay left open, as `watcher review list` does: a miss is "proposed for review" when an
open item proposes that stage in the same lag window, else "not proposed"; an open item that
matches no labelled transition is review noise, the load put on analysts for nothing.

It does not tune or change the judge, never reads the wall clock for the replay, and always exits
0 once it could run: it is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import email.utils
import hashlib
import html
import json
import re
import sys
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from keyword_alert import AlertItem, run_alerts

from watcher import service
from watcher.fetch import Fetcher
from watcher.model import Feed, Question, Watchlist
from watcher.report import review_row, status_rows
from watcher.store import Store

DATA_DIR = Path(__file__).resolve().parent / "data"
FEED_SIZE = 20  # items a feed carries, newest first, as news sites do
CHECK_AT = time(23, 0, tzinfo=UTC)  # the simulated hour of the daily check
PUBLISHED_AT = time(12, 0, tzinfo=UTC)  # articles carry a date only; noon keeps it that date

Row = dict[str, Any]


# --- labelled sets -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelledSet:
    """One replay: the briefing to import, the gold questions and the articles in publish order."""

    name: str
    folder: Path
    briefing: Path
    gold: dict[str, Any]
    articles: tuple[dict[str, Any], ...]


def load_set(folder: Path) -> LabelledSet:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    lines = (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    articles = sorted((_dated(json.loads(x)) for x in lines if x.strip()), key=publish_order)
    briefing = Path(gold.get("briefing_path") or "briefing.md")
    if not briefing.is_absolute():
        briefing = (folder / briefing).resolve()
    return LabelledSet(folder.name, folder, briefing, gold, tuple(articles))


def _dated(article: dict[str, Any]) -> dict[str, Any]:
    """`published` as its UTC day: a set may give a date ("2026-03-25") or an ISO date-time
    ("2026-03-25T13:10:00Z"), which is kept as `published_at` to order a day's articles."""
    published = str(article["published"])
    if len(published) <= 10:
        return article
    moment = datetime.fromisoformat(published.replace("Z", "+00:00"))
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return {**article, "published": moment.date().isoformat(), "published_at": published}


def publish_order(article: dict[str, Any]) -> tuple[str, str]:
    return (article.get("published_at") or article["published"], article["id"])


def default_sets() -> list[Path]:
    return sorted(p.parent for p in DATA_DIR.glob("*/gold.json"))


def source_slug(source: str) -> str:
    """A URL path word for an outlet; names that differ only outside a-z0-9 (Chinese names,
    accents) get their own digest so that two outlets never share a feed."""
    latin = re.sub(r"[^a-z0-9]+", "-", source.lower()).strip("-")[:40] or "source"
    if re.fullmatch(r"[A-Za-z0-9]+(?: [A-Za-z0-9]+)*", source) and len(source) <= 40:
        return latin
    return f"{latin}-{hashlib.sha1(source.encode()).hexdigest()[:8]}"


def at_time(day: str, moment: time) -> datetime:
    return datetime.combine(date.fromisoformat(day), moment)


# --- the loopback news site ----------------------------------------------------------------------


class NewsSite(ThreadingHTTPServer):
    """Pages held in memory, served on 127.0.0.1 with ETags so conditional GETs get 304s."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), PageHandler)
        self.pages: dict[str, tuple[bytes, str]] = {}
        self.lock = threading.Lock()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def put(self, path: str, body: bytes, content_type: str) -> None:
        with self.lock:
            self.pages[path] = (body, content_type)

    def get(self, path: str) -> tuple[bytes, str] | None:
        with self.lock:
            return self.pages.get(path)


class PageHandler(BaseHTTPRequestHandler):
    server: NewsSite

    def do_GET(self) -> None:
        page = self.server.get(self.path.split("?", 1)[0])
        if page is None:
            self.send_error(404)
            return
        body, content_type = page
        etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the bench prints its own report; access logs would drown it


@contextmanager
def news_site() -> Iterator[NewsSite]:
    site = NewsSite()
    thread = threading.Thread(target=site.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        site.shutdown()
        site.server_close()


def rss_document(source: str, articles: Sequence[dict[str, Any]], base: str) -> bytes:
    items = "".join(rss_item(a, base) for a in articles)
    title = html.escape(source)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{title}</title><link>{base}/</link><description>{title}</description>"
        f"{items}</channel></rss>\n"
    ).encode()


def rss_item(article: dict[str, Any], base: str) -> str:
    published = email.utils.format_datetime(at_time(article["published"], PUBLISHED_AT))
    return (
        f"<item><title>{html.escape(article['title'])}</title>"
        f"<link>{base}/articles/{article['id']}.html</link>"
        f'<guid isPermaLink="false">{html.escape(article["id"])}</guid>'
        f"<pubDate>{published}</pubDate>"
        f"<description>{html.escape(article.get('lead') or '')}</description></item>"
    )


def article_page(article: dict[str, Any]) -> bytes:
    text = article.get("body") or article.get("lead") or ""
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
    title = html.escape(article["title"])
    lang = html.escape(article.get("language") or "en")
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f"</head><body><article><h1>{title}</h1>{paras}</article></body></html>"
    ).encode()


def feed_path(source: str) -> str:
    return f"/feeds/{source_slug(source)}.xml"


def publish_day(site: NewsSite, lset: LabelledSet, day: str) -> None:
    """Every source's feed as it stands at the end of `day`: its newest items, newest first."""
    for source in sorted({a["source"] for a in lset.articles}):
        out = [a for a in lset.articles if a["source"] == source and a["published"] <= day]
        doc = rss_document(source, out[-FEED_SIZE:][::-1], site.base)
        site.put(feed_path(source), doc, "application/rss+xml; charset=utf-8")


# --- replays -------------------------------------------------------------------------------------


@dataclass
class Run:
    """What a monitor ended with: status rows, article ids tied to each question, failures and
    the review items left open for an analyst (a keyword alert has none)."""

    rows: list[Row]
    evidence: dict[str, set[str]]
    questions: list[Question] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    reviews: list[Row] = field(default_factory=list)  # open review items, as `review --json`


def article_id(url: str | None) -> str:
    return (url or "").rsplit("/", 1)[-1].removesuffix(".html")


def replay_days(lset: LabelledSet) -> list[str]:
    return sorted({a["published"] for a in lset.articles})


def start_time(lset: LabelledSet) -> datetime:
    """Midnight before the first article (or the briefing, when it is earlier)."""
    days = [*replay_days(lset), str(lset.gold.get("briefing_date") or "9999-12-31")]
    return at_time(min(days), time(0, 0, tzinfo=UTC)) - timedelta(days=1)


def replay_watcher(
    lset: LabelledSet, work: Path, full_text: bool = False, confirm_kinds: bool = False
) -> Run:
    """The real pipeline: import, add feeds, check after each simulated day; then read back."""
    store = Store.open(f"sqlite:///{work / 'watcher.sqlite3'}")
    try:
        with news_site() as site, Fetcher(allow_private=True) as fetcher:
            for a in lset.articles:
                site.put(f"/articles/{a['id']}.html", article_page(a), "text/html; charset=utf-8")
            watchlists = prepare_home(lset, site, store, work, full_text, confirm_kinds)
            failures: list[str] = []
            for day in replay_days(lset):
                publish_day(site, lset, day)
                report = service.check(store, fetcher, watchlists, at_time(day, CHECK_AT),
                                       all_feeds=True)  # fmt: skip
                failures += [f"{day} {url}: {error}" for url, error in report.failed]
        return read_back(store, service.all_questions(watchlists), failures)
    finally:
        store.close()


def prepare_home(
    lset: LabelledSet,
    site: NewsSite,
    store: Store,
    work: Path,
    full_text: bool,
    confirm_kinds: bool = False,
) -> list[Watchlist]:
    """Import the briefing and subscribe to every source's feed (empty before day one). With
    `confirm_kinds`, an analyst's first look is simulated: each kind import flags as unsure and
    the labels disagree with is set to the labelled kind in the file, and the briefing is
    imported again (which rebuilds those questions)."""
    now = start_time(lset)
    watchlists_dir = work / "watchlists"
    result = service.import_briefing(lset.briefing, watchlists_dir, store, now)
    if confirm_kinds and confirm_flagged_kinds(result, lset.gold):
        service.import_briefing(lset.briefing, watchlists_dir, store, now)
    publish_day(site, lset, "0000-00-00")
    for source in sorted({a["source"] for a in lset.articles}):
        store.add_feed(Feed(url=site.base + feed_path(source), full_text=full_text), now)
    return service.load_watchlists(watchlists_dir)


def confirm_flagged_kinds(result: service.ImportResult, gold: dict[str, Any]) -> list[str]:
    """Set the labelled kind in the watchlist file for each question flagged unsure whose kind
    the labels disagree with, as an analyst would; the ids of the questions changed."""
    labelled = {" ".join(q["watch_item"].split()): q["kind"] for q in gold["questions"]}
    text = result.path.read_text(encoding="utf-8")
    changed = []
    for q in result.watchlist.questions:
        want = labelled.get(" ".join(q.text.split()))
        if q.id not in result.unsure_kinds or want is None or want == q.kind:
            continue
        slug = q.id.rsplit("/", 1)[-1]
        head, _, tail = text.partition(f"- id: {slug}")
        tail = tail.replace(f"kind: {q.kind}", f"kind: {want}", 1)
        text = f"{head}- id: {slug}{tail}"
        changed.append(q.id)
    result.path.write_text(text, encoding="utf-8")
    return changed


def read_back(store: Store, questions: list[Question], failures: list[str]) -> Run:
    rows = status_rows(questions, store.states(), store.history())
    evidence = {
        q.id: {article_id(r.observation.url) for r in store.observations(q.id)} for q in questions
    }
    reviews = [review_row(r) for r in store.reviews(status="open")]  # what `watcher review` lists
    return Run(rows, evidence, questions, failures, reviews)


def replay_baseline(lset: LabelledSet, questions: list[Question]) -> Run:
    """The keyword alert over the same articles, in the same order, reading what feeds carry."""
    items = [
        AlertItem(a["id"], at_time(a["published"], PUBLISHED_AT), f"{a['title']}\n{a.get('lead')}")
        for a in lset.articles
    ]
    rows, evidence = run_alerts(questions, items)
    return Run(rows, {qid: set(keys) for qid, keys in evidence.items()}, questions)


# --- scoring (pure; the external scorer's rules) -------------------------------------------------


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def best_row(watch_item: str, rows: Sequence[Row]) -> Row | None:
    """The system question whose text shares the most words with the watch item (Jaccard)."""
    w = words(watch_item)

    def overlap(row: Row) -> float:
        t = words(row.get("text", ""))
        return len(w & t) / (len(w | t) or 1)

    return max(rows, key=overlap, default=None)


def stage_map(gold_q: dict[str, Any], kind: str | None) -> dict[str, str | None]:
    maps = gold_q.get("stage_maps") or {}
    return maps.get(kind) or gold_q.get("stage_map") or next(iter(maps.values()), {})


def wanted(gold_q: dict[str, Any], smap: dict[str, str | None]) -> list[tuple[str, str]]:
    """The labelled transitions in watcher's stage ids; unmapped and repeated stages dropped."""
    out: list[tuple[str, str]] = []
    last = smap.get(gold_q.get("baseline"), gold_q.get("baseline"))
    for t in gold_q.get("timeline", []):
        stage = smap.get(t["stage"], t["stage"])
        if stage is not None and stage != last:
            out.append((t["date"], stage))
            last = stage
    return out


def got(gold_q: dict[str, Any], row: Row | None) -> list[tuple[str, str, str]]:
    """Automatic transitions as (date, stage, article id of the first evidence)."""
    only = gold_q.get("score_only")
    out = []
    for h in (row or {}).get("history", []):
        if h.get("by", "auto") != "auto" or (only and h.get("to") not in only):
            continue
        first = (h.get("evidence") or [{}])[0]
        out.append((str(h.get("at") or "")[:10], h.get("to"), article_id(first.get("url"))))
    return out


def match(
    want: list[tuple[str, str]], have: list[tuple[str, str, str]], window: int
) -> dict[int, int]:
    """Wanted index -> index of the first unused transition to that stage, lag -1..window days."""
    pairs: dict[int, int] = {}
    for w, (day, stage) in enumerate(want):
        for i, (d, s, _) in enumerate(have):
            if i in pairs.values() or s != stage or not d:
                continue
            if -1 <= (date.fromisoformat(d) - date.fromisoformat(day)).days <= window:
                pairs[w] = i
                break
    return pairs


def proposal(review: Row) -> tuple[str, str, str]:
    """An open review item (a `review_row`) as (date, proposed stage, article id of the first
    evidence): the shape of an automatic transition, so `match` pairs it with labels alike."""
    first = (review.get("evidence") or [{}])[0]
    day = str(review.get("at") or "")[:10]
    return (day, review.get("proposed") or "", article_id(first.get("url")))


def review_lines(reviews: Sequence[Row], want: list[tuple[str, str]], window: int) -> list[Row]:
    """Open review items for the report, each marked when a labelled transition wants its stage
    within the lag window (else it is review noise)."""
    out = []
    for r in reviews:
        day, stage, article = proposal(r)
        labelled = bool(match(want, [(day, stage, article)], window))
        item = {
            "id": r.get("id"),
            "question": r.get("question"),
            "date": day,
            "stage": stage,
            "article": article,
            "reason": r.get("reason") or "",
            "labelled": labelled,
        }
        out.append(item)
    return out


@dataclass
class Tally:
    """Counts that add up across questions and sets."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    rel_tp: int = 0
    rel_fp: int = 0
    rel_fn: int = 0
    finals_ok: int = 0
    questions: int = 0
    false_advances: int = 0
    kind_errors: int = 0
    # Beside the scorer's figures: how the misses (fn) split, and the analysts' queue.
    misses_proposed: int = 0
    misses_not_proposed: int = 0
    review_items: int = 0
    review_noise: int = 0

    def add(self, other: Tally) -> None:
        for key, value in asdict(other).items():
            setattr(self, key, getattr(self, key) + value)

    def figures(self) -> dict[str, Any]:
        tp, tr, tf = prf(self.tp, self.fp, self.fn)
        rp, rr, rf = prf(self.rel_tp, self.rel_fp, self.rel_fn)
        return {
            "relevance": {"precision": rp, "recall": rr, "f1": rf, "tp": self.rel_tp,
                          "fp": self.rel_fp, "fn": self.rel_fn},
            "transitions": {"precision": tp, "recall": tr, "f1": tf, "tp": self.tp,
                            "fp": self.fp, "fn": self.fn},
            "false_advances": self.false_advances,
            "final_accuracy": self.finals_ok / self.questions if self.questions else 0.0,
            "finals_ok": self.finals_ok,
            "questions": self.questions,
            "kind_errors": self.kind_errors,
            "review": {"misses_proposed": self.misses_proposed,
                       "misses_not_proposed": self.misses_not_proposed,
                       "open_items": self.review_items, "noise": self.review_noise},
        }  # fmt: skip


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return round(p, 3), round(r, 3), round(2 * p * r / (p + r), 3) if p + r else 0.0


def final_wanted(gold_q: dict[str, Any], smap: dict[str, str | None], want: list) -> str | None:
    final = smap.get(gold_q.get("final"), gold_q.get("final"))
    return want[-1][1] if final is None and want else final


def advanced_too_far(row: Row | None, final_got: str | None, final_want: str | None) -> bool:
    ladder = list((row or {}).get("stages") or [])
    if final_got not in ladder or final_want not in ladder:
        return False
    return ladder.index(final_got) > ladder.index(final_want)


def relevant_ids(gold_id: str, articles: Sequence[dict[str, Any]]) -> set[str]:
    return {a["id"] for a in articles if a.get("labels", {}).get(gold_id, {}).get("relevant")}


def score_question(
    gold_q: dict[str, Any], run: Run, articles: Sequence[dict[str, Any]], window: int
) -> tuple[Tally, dict[str, Any]]:
    """One gold question against the run: its counts and what a developer needs to see."""
    row = best_row(gold_q["watch_item"], run.rows)
    kind = (row or {}).get("kind")
    smap = stage_map(gold_q, kind)
    want, have = wanted(gold_q, smap), got(gold_q, row)
    hits = match(want, have, window)
    final_want, final_got = final_wanted(gold_q, smap, want), (row or {}).get("stage")
    evidence = run.evidence.get((row or {}).get("id", ""), set())
    rel = relevant_ids(gold_q["id"], articles)
    missed = [w for i, w in enumerate(want) if i not in hits]
    reviews = [r for r in run.reviews if r.get("question") == (row or {}).get("id")]
    in_review = match(missed, [proposal(r) for r in reviews], window)
    tally = Tally(
        tp=len(hits), fp=len(have) - len(hits), fn=len(want) - len(hits),
        rel_tp=len(rel & evidence), rel_fp=len(evidence - rel), rel_fn=len(rel - evidence),
        finals_ok=int(final_want == final_got), questions=1,
        false_advances=int(advanced_too_far(row, final_got, final_want)),
        kind_errors=int(bool(gold_q.get("stage_maps")) and kind not in gold_q["stage_maps"]),
        misses_proposed=len(in_review), misses_not_proposed=len(missed) - len(in_review),
    )  # fmt: skip
    detail = {
        "id": gold_q["id"], "system_id": (row or {}).get("id"), "kind": kind,
        "wanted": [list(w) for w in want], "got": [list(g) for g in have],
        "missed": [list(w) for w in missed],
        "missed_proposed": [list(w) for i, w in enumerate(missed) if i in in_review],
        "missed_not_proposed": [list(w) for i, w in enumerate(missed) if i not in in_review],
        "reviews": review_lines(reviews, want, window),
        "false_transitions": [list(g) for i, g in enumerate(have) if i not in hits.values()],
        "final_wanted": final_want, "final_got": final_got,
        "relevance_fp": sorted(evidence - rel), "relevance_fn": sorted(rel - evidence),
    }  # fmt: skip
    return tally, detail


def score_run(
    gold: dict[str, Any], run: Run, articles: Sequence[dict[str, Any]], window: int
) -> tuple[Tally, list[dict[str, Any]]]:
    total, details = Tally(), []
    for gold_q in gold["questions"]:
        tally, detail = score_question(gold_q, run, articles, window)
        total.add(tally)
        details.append(detail)
    # Review noise is counted per item, once, whichever gold questions pair with its question:
    # an item on a question no label pairs with matches no labelled transition either.
    labelled = {r["id"] for d in details for r in d["reviews"] if r["labelled"]}
    total.review_items = len(run.reviews)
    total.review_noise = sum(1 for r in run.reviews if r.get("id") not in labelled)
    return total, details


def unpaired_reviews(run: Run, details: Sequence[dict[str, Any]]) -> list[Row]:
    """Open review items on system questions that no gold question pairs with (all noise)."""
    paired = {d["system_id"] for d in details}
    return review_lines([r for r in run.reviews if r.get("question") not in paired], [], 0)


# --- the report ----------------------------------------------------------------------------------


def evaluate_set(
    lset: LabelledSet, window: int, full_text: bool = False, confirm_kinds: bool = False
) -> tuple[dict[str, Any], Tally, Tally]:
    with tempfile.TemporaryDirectory(prefix=f"watcher-eval-{lset.name}-") as tmp:
        system = replay_watcher(lset, Path(tmp), full_text, confirm_kinds)
    baseline = replay_baseline(lset, system.questions)
    sys_tally, sys_detail = score_run(lset.gold, system, lset.articles, window)
    base_tally, base_detail = score_run(lset.gold, baseline, lset.articles, window)
    report = {
        "set": lset.name, "folder": str(lset.folder), "articles": len(lset.articles),
        "days": len(replay_days(lset)), "failures": system.failures,
        "watcher": sys_tally.figures(), "keyword_alert": base_tally.figures(),
        "questions": sys_detail, "keyword_alert_questions": base_detail,
        "unpaired_reviews": unpaired_reviews(system, sys_detail),
    }  # fmt: skip
    return report, sys_tally, base_tally


def evaluate(
    folders: Sequence[Path], window: int, full_text: bool = False, confirm_kinds: bool = False
) -> dict[str, Any]:
    sets, system, baseline = [], Tally(), Tally()
    for folder in folders:
        lset = load_set(folder)
        report, sys_tally, base_tally = evaluate_set(lset, window, full_text, confirm_kinds)
        sets.append(report)
        system.add(sys_tally)
        baseline.add(base_tally)
    overall = {"watcher": system.figures(), "keyword_alert": baseline.figures()}
    return {"window": window, "sets": sets, "overall": overall}


def figures_line(label: str, f: dict[str, Any]) -> str:
    rel, tr = f["relevance"], f["transitions"]
    return (
        f"  {label:<14} relevance P={rel['precision']:.2f} R={rel['recall']:.2f} "
        f"F1={rel['f1']:.2f} | transitions P={tr['precision']:.2f} R={tr['recall']:.2f} "
        f"(tp={tr['tp']} fp={tr['fp']} fn={tr['fn']}) | false advances {f['false_advances']} "
        f"| final {f['finals_ok']}/{f['questions']} | kind errors {f['kind_errors']}"
    )


def review_line(f: dict[str, Any]) -> str:
    r = f["review"]
    return (
        f"  {'review':<14} misses proposed for review {r['misses_proposed']}, "
        f"not proposed {r['misses_not_proposed']} | open review items {r['open_items']}, "
        f"review noise {r['noise']}"
    )


def open_review_line(item: dict[str, Any], with_question: bool = False) -> str:
    mark = "labelled" if item["labelled"] else "noise"
    where = f"{item['question']}: " if with_question else ""
    return (
        f"      for review: {where}{item['date']} {item['stage']} {item['article'] or '-'} "
        f"({mark}): {item['reason'] or '-'}"
    )


def moves(items: list[list[str]]) -> str:
    return ", ".join(" ".join(x for x in m if x) for m in items) or "-"


def question_lines(detail: dict[str, Any]) -> list[str]:
    reviews = [open_review_line(r) for r in detail["reviews"]] or ["      for review: -"]
    return [
        f"    {detail['id']} -> {detail['system_id']} ({detail['kind']}): "
        f"final wanted {detail['final_wanted']}, got {detail['final_got']}",
        f"      wanted: {moves(detail['wanted'])}",
        f"      got:    {moves(detail['got'])}",
        f"      missed: {moves(detail['missed'])}; false: {moves(detail['false_transitions'])}",
        f"      missed, proposed for review: {moves(detail['missed_proposed'])}; "
        f"not proposed: {moves(detail['missed_not_proposed'])}",
        *reviews,
        f"      relevance false positives: {', '.join(detail['relevance_fp']) or '-'}",
        f"      relevance false negatives: {', '.join(detail['relevance_fn']) or '-'}",
    ]


def render_text(result: dict[str, Any]) -> str:
    lines = []
    for s in result["sets"]:
        lines.append(f"{s['set']}: {s['articles']} articles over {s['days']} days")
        lines.append(figures_line("watcher", s["watcher"]))
        lines.append(figures_line("keyword alert", s["keyword_alert"]))
        lines.append(review_line(s["watcher"]))
        lines += [f"  failure: {f}" for f in s["failures"]]
        for detail in s["questions"]:
            lines += question_lines(detail)
        if s["unpaired_reviews"]:
            lines.append("    questions no label pairs with:")
            lines += [open_review_line(r, with_question=True) for r in s["unpaired_reviews"]]
        lines.append("")
    lines.append(f"overall (lag -1..{result['window']} days):")
    lines.append(figures_line("watcher", result["overall"]["watcher"]))
    lines.append(figures_line("keyword alert", result["overall"]["keyword_alert"]))
    lines.append(review_line(result["overall"]["watcher"]))
    return "\n".join(lines)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("sets", nargs="*", type=Path, help="set folders (default: bench/data/*)")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    ap.add_argument("--window", type=int, default=3, help="days late a detection may be")
    ap.add_argument(
        "--full-text",
        action="store_true",
        help="subscribe with --full-text: thin entries are read from their article pages",
    )
    ap.add_argument(
        "--confirm-kinds",
        action="store_true",
        help="simulate an analyst setting the labelled kind of each question import flags as "
        "unsure (then importing again); report these figures apart from the plain replay",
    )
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    folders = [f for f in args.sets if f.is_dir()] if args.sets else default_sets()
    for skipped in (f for f in args.sets if not f.is_dir()):
        print(f"eval: skipping {skipped}: not a folder", file=sys.stderr)
    missing = [str(f) for f in folders if not (f / "gold.json").is_file()]
    if missing:
        print(f"eval: not a labelled set (no gold.json): {', '.join(missing)}", file=sys.stderr)
        return 2
    result = evaluate(folders, args.window, args.full_text, args.confirm_kinds)
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else render_text(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
