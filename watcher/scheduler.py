"""Run `check` on an interval and `digest` on a cron schedule, until told to stop.

This is the clock edge: APScheduler 3.x (`BlockingScheduler`, memory job store) only ticks. The
schedule itself is data in the store (each feed's `next_check_at`), so the scheduler keeps no
state worth saving and a restart loses nothing. It does not decide what is due, fetch, or build a
digest: it calls the callables it is given and logs what they return or raise.
"""

from __future__ import annotations

import logging
import re
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import FrameType

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.schedulers.base import SchedulerNotRunningError
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from watcher.errors import WatcherError

CHECK_JOB = "check"
DIGEST_JOB = "digest"
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
# APScheduler 3.x day names, in its own order (Monday = 0).
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass
class CheckRuns:
    """Counts check runs (failed ones too) and stops the scheduler after `stop_after` of them."""

    scheduler: BlockingScheduler
    stop_after: int | None = None
    count: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self) -> None:
        with self.lock:
            self.count += 1
            done = self.stop_after is not None and self.count >= self.stop_after
        if done:
            stop_scheduler(self.scheduler)


def run_scheduler(
    tick: Callable[[], object],
    digest: Callable[[], object] | None,
    *,
    tick_seconds: float,
    digest_cron: str | None,
    stop_after: int | None = None,
    logger: logging.Logger | None = None,
    install_signal_handlers: bool = True,
) -> int:
    """Tick now and every `tick_seconds`, digest on `digest_cron`; block until stopped.

    Stops on SIGINT/SIGTERM (when `install_signal_handlers` and on the main thread) or after
    `stop_after` check runs. Returns the number of check runs. Raises `WatcherError` for an
    invalid interval or cron expression, before anything runs.
    """
    log = logger or logging.getLogger("watcher.scheduler")
    scheduler, runs = build_scheduler(
        tick,
        digest,
        tick_seconds=tick_seconds,
        digest_cron=digest_cron,
        stop_after=stop_after,
        logger=log,
    )
    with stop_signals_handled(scheduler, log, install_signal_handlers):
        log.info("scheduler started: check every %gs, digest %s", tick_seconds, digest_cron)
        scheduler.start()
    log.info("scheduler stopped after %d check runs", runs.count)
    return runs.count


def build_scheduler(
    tick: Callable[[], object],
    digest: Callable[[], object] | None,
    *,
    tick_seconds: float,
    digest_cron: str | None,
    stop_after: int | None = None,
    logger: logging.Logger,
) -> tuple[BlockingScheduler, CheckRuns]:
    """A configured, not yet started scheduler with its `check` and (optional) `digest` jobs."""
    if tick_seconds <= 0:
        raise WatcherError(f"check interval must be positive, got {tick_seconds:g} seconds")
    cron = cron_trigger(digest_cron) if digest_cron else None
    scheduler = BlockingScheduler(
        jobstores={"default": MemoryJobStore()},
        # Two workers: a long digest must not hold back a check, and vice versa.
        executors={"default": ThreadPoolExecutor(max_workers=2)},
        timezone=UTC,
    )
    runs = CheckRuns(scheduler, stop_after)
    scheduler.add_job(
        logged_job(CHECK_JOB, tick, logger, after=runs.record),
        IntervalTrigger(seconds=tick_seconds, timezone=UTC),
        id=CHECK_JOB,
        name=CHECK_JOB,
        replace_existing=True,
        coalesce=True,
        max_instances=1,
        next_run_time=datetime.now(UTC),
    )
    if digest is not None and cron is not None:
        scheduler.add_job(
            logged_job(DIGEST_JOB, digest, logger),
            cron,
            id=DIGEST_JOB,
            name=DIGEST_JOB,
            replace_existing=True,
            coalesce=True,
            max_instances=1,
        )
    return scheduler, runs


def cron_trigger(expression: str) -> CronTrigger:
    """A UTC trigger from a five-field crontab line; a bad line is a one-line `WatcherError`.

    Weekday numbers follow crontab (0 or 7 = Sunday), not APScheduler 3.x's own numbering.
    """
    fields = expression.split()
    if len(fields) != 5:
        raise _invalid_cron(expression, f"expected 5 fields, not {len(fields)}")
    minute, hour, day, month, weekday = fields
    try:
        return CronTrigger(
            minute=minute,
            hour=hour,
            day=day,
            month=month,
            day_of_week=crontab_weekdays(weekday),
            timezone=UTC,
        )
    except ValueError as error:
        raise _invalid_cron(expression, str(error)) from None


def _invalid_cron(expression: str, reason: str) -> WatcherError:
    one_line = " ".join(reason.split())
    return WatcherError(f"invalid digest cron expression {expression!r}: {one_line}")


def crontab_weekdays(field: str) -> str:
    """Rewrite a crontab weekday field as APScheduler 3.x day names.

    APScheduler 3.x counts Monday as 0 and Sunday as 6 even in `from_crontab` (its issue 286), so
    "1-5" would silently mean Tuesday to Saturday. Names mean the same on both sides; numbers,
    ranges and steps are expanded to names. A part that does not parse is passed on unchanged so
    APScheduler's own message reports it.
    """
    return ",".join(_weekday_names(part) for part in field.split(","))


def _weekday_names(part: str) -> str:
    found = re.fullmatch(r"(\*|\d+)(?:-(\d+))?(?:/(\d+))?", part)
    if part == "*" or found is None:
        return part
    start, end, step = found.groups()
    first = 0 if start == "*" else int(start)
    last = int(end) if end else (7 if start == "*" or step else first)
    if last > 7 or first > last or step == "0":
        return part
    days = {(day - 1) % 7 for day in range(first, last + 1, int(step or 1))}
    return ",".join(WEEKDAYS[d] for d in sorted(days))


def logged_job(
    name: str,
    job: Callable[[], object],
    logger: logging.Logger,
    after: Callable[[], None] | None = None,
) -> Callable[[], None]:
    """Wrap `job` so each run is logged and an exception never stops the scheduler."""

    def run() -> None:
        logger.info("%s: started", name)
        try:
            result = job()
        except Exception:
            # A failing run is reported and the next one still comes: the store holds the state.
            logger.exception("%s: failed", name)
        else:
            logger.info("%s: done: %s", name, result)
        finally:
            if after is not None:
                after()

    return run


def stop_scheduler(scheduler: BlockingScheduler, wait: bool = False) -> None:
    """Shut down; with `wait`, after the running jobs finish (a check is bounded by the
    fetcher's time limits). A job stopping its own scheduler must not wait for itself. A second
    stop is harmless."""
    with suppress(SchedulerNotRunningError):
        scheduler.shutdown(wait=wait)


@contextmanager
def stop_signals_handled(
    scheduler: BlockingScheduler, logger: logging.Logger, install: bool
) -> Iterator[None]:
    """Make SIGINT/SIGTERM stop `scheduler` while inside; restore the old handlers on exit."""
    if not install or threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        logger.info("received %s, stopping", signal.Signals(signum).name)
        # The handler runs on the main thread, possibly while it holds the scheduler's locks in
        # its own loop; shutting down from another thread waits for them instead of re-entering.
        # A check under way finishes first: its run is counted and logged, not cut off.
        stopper = threading.Thread(target=stop_scheduler, args=(scheduler, True), daemon=True)
        stoppers.append(stopper)
        stopper.start()

    stoppers: list[threading.Thread] = []
    previous = {sig: signal.signal(sig, on_signal) for sig in STOP_SIGNALS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        # The scheduler's loop may notice the stop before the running check ends; leave only
        # once it has (a second Ctrl-C, under the restored handler, still cuts the wait short).
        for stopper in stoppers:
            stopper.join()
