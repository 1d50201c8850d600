"""The scheduler run for real: real APScheduler, real threads, a real SIGTERM to this process."""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from datetime import UTC, datetime

import pytest

from watcher.errors import WatcherError
from watcher.scheduler import DIGEST_JOB, build_scheduler, cron_trigger, run_scheduler

pytestmark = pytest.mark.timeout(30)
LOG = "watcher.test.scheduler"


class Tick:
    """A check stand-in that records how many runs overlapped; it can be slow or fail."""

    def __init__(self, work_seconds: float = 0.0, fail_on: frozenset[int] = frozenset()) -> None:
        self.work_seconds = work_seconds
        self.fail_on = fail_on
        self.lock = threading.Lock()
        self.calls = 0
        self.running = 0
        self.most_at_once = 0
        self.first_run = threading.Event()

    def __call__(self) -> str:
        with self.lock:
            self.calls += 1
            call = self.calls
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
        self.first_run.set()
        try:
            time.sleep(self.work_seconds)  # the work itself, not a wait for another thread
            if call in self.fail_on:
                raise RuntimeError(f"feed store on fire in run {call}")
            return f"run {call} ok"
        finally:
            with self.lock:
                self.running -= 1


def test_it_ticks_at_start_and_stops_after_the_requested_runs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    tick = Tick()
    caplog.set_level(logging.INFO, logger=LOG)
    started = time.monotonic()
    runs = run_scheduler(
        tick, None, tick_seconds=0.2, digest_cron=None, stop_after=3,
        logger=logging.getLogger(LOG), install_signal_handlers=False,
    )  # fmt: skip
    elapsed = time.monotonic() - started
    assert (runs, tick.calls) == (3, 3)
    # the first run is at start, so three runs take about two intervals, not three
    assert 0.35 < elapsed < 2.0
    done = [r.getMessage() for r in caplog.records if r.getMessage().startswith("check: done")]
    assert done == ["check: done: run 1 ok", "check: done: run 2 ok", "check: done: run 3 ok"]


def test_a_tick_slower_than_the_interval_never_runs_twice_at_once() -> None:
    tick = Tick(work_seconds=0.5)
    runs = run_scheduler(
        tick, None, tick_seconds=0.2, digest_cron=None, stop_after=3,
        logger=logging.getLogger(LOG), install_signal_handlers=False,
    )  # fmt: skip
    assert (runs, tick.calls, tick.most_at_once) == (3, 3, 1)


def test_a_failing_tick_is_logged_and_the_next_one_still_runs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    tick = Tick(fail_on=frozenset({1}))
    caplog.set_level(logging.INFO, logger=LOG)
    runs = run_scheduler(
        tick, None, tick_seconds=0.2, digest_cron=None, stop_after=2,
        logger=logging.getLogger(LOG), install_signal_handlers=False,
    )  # fmt: skip
    assert (runs, tick.calls) == (2, 2)
    failures = [r for r in caplog.records if r.getMessage() == "check: failed"]
    assert len(failures) == 1 and failures[0].exc_info is not None
    assert "feed store on fire in run 1" in str(failures[0].exc_info[1])
    assert "check: done: run 2 ok" in [r.getMessage() for r in caplog.records]


@pytest.mark.skipif(not hasattr(signal, "SIGTERM"), reason="needs POSIX signals")
def test_sigterm_stops_it_cleanly_and_restores_the_old_handler() -> None:
    # The signal arrives while the first check is still working: it finishes and is counted.
    tick = Tick(work_seconds=0.5)
    before = signal.getsignal(signal.SIGTERM)

    def terminate_after_first_tick() -> None:
        if tick.first_run.wait(10):
            os.kill(os.getpid(), signal.SIGTERM)

    killer = threading.Thread(target=terminate_after_first_tick, daemon=True)
    killer.start()
    runs = run_scheduler(
        tick, None, tick_seconds=0.2, digest_cron=None, logger=logging.getLogger(LOG)
    )
    killer.join(5)
    assert not killer.is_alive()
    assert runs >= 1 and runs == tick.calls
    assert signal.getsignal(signal.SIGTERM) is before


@pytest.mark.parametrize(
    "expression",
    ["61 * * * *", "0 7 * *", "every morning", "0 7 * * mon-funday", "0 7 * * 8", "0 7 * * 5-2"],
)
def test_an_invalid_cron_expression_is_one_line_naming_it(expression: str) -> None:
    with pytest.raises(WatcherError) as raised:
        run_scheduler(
            Tick(), lambda: None, tick_seconds=0.2, digest_cron=expression,
            install_signal_handlers=False,
        )  # fmt: skip
    message = str(raised.value)
    assert repr(expression) in message and "\n" not in message


@pytest.mark.parametrize("seconds", [0, -1.0])
def test_a_non_positive_interval_is_refused(seconds: float) -> None:
    with pytest.raises(WatcherError, match="must be positive"):
        run_scheduler(Tick(), None, tick_seconds=seconds, digest_cron=None)


def test_the_digest_job_runs_on_its_cron_in_utc_and_its_failure_is_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken_digest() -> None:
        raise ValueError("no template")

    logger = logging.getLogger(LOG)
    caplog.set_level(logging.INFO, logger=LOG)
    scheduler, _ = build_scheduler(
        Tick(), broken_digest, tick_seconds=60, digest_cron="30 6 * * 1-5", logger=logger
    )
    job = scheduler.get_job(DIGEST_JOB)
    assert job is not None
    saturday = datetime(2026, 6, 20, 12, 0, tzinfo=UTC)
    assert job.trigger.get_next_fire_time(None, saturday) == datetime(
        2026, 6, 22, 6, 30, tzinfo=UTC
    )
    job.func()  # the wrapped callable, as the executor would call it
    assert [r.getMessage() for r in caplog.records][-1] == "digest: failed"


@pytest.mark.parametrize(
    ("expression", "next_run"),
    [
        ("0 7 * * 1", "2026-06-22 07:00 Monday"),
        ("0 7 * * 0", "2026-06-21 07:00 Sunday"),
        ("0 7 * * 7", "2026-06-21 07:00 Sunday"),
        ("0 7 * * 1-5", "2026-06-22 07:00 Monday"),
        ("0 7 * * 5-7", "2026-06-20 07:00 Saturday"),
        ("0 7 * * */3", "2026-06-20 07:00 Saturday"),
        ("0 7 * * 2,4", "2026-06-23 07:00 Tuesday"),
        ("0 7 * * thu", "2026-06-25 07:00 Thursday"),
        ("15 */6 * * *", "2026-06-20 06:15 Saturday"),
    ],
)
def test_cron_weekdays_count_from_sunday_as_crontab_does(expression: str, next_run: str) -> None:
    saturday_dawn = datetime(2026, 6, 20, 1, 0, tzinfo=UTC)
    fire = cron_trigger(expression).get_next_fire_time(None, saturday_dawn)
    assert fire is not None
    assert fire.strftime("%Y-%m-%d %H:%M %A") == next_run
