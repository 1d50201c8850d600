"""`watcher run` as an operator runs it: a real process, the real scheduler, a real feed server.

The service is started as a subprocess; the test reads its log line by line (no sleeping while
waiting for background work), sends SIGTERM, and checks that a restart repeats no work.
"""

from __future__ import annotations

import email.utils
import json
import os
import signal
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[2] / "watcher" / "examples" / "briefing.md"
ENTRY = (
    "<item><guid>r1</guid><title>Paraguay's Congress ratifies legal assistance treaty with Taiwan"
    "</title><link>https://wire.example/r1</link><pubDate>{date}</pubDate><description>Paraguay's"
    " Congress ratified the mutual legal assistance treaty with Taiwan.</description></item>"
)


def feed_bytes() -> bytes:
    date = email.utils.format_datetime(datetime(2026, 6, 20, 9, tzinfo=UTC))
    item = ENTRY.format(date=date)
    return f"<rss version='2.0'><channel><title>Wire</title>{item}</channel></rss>".encode()


def watcher(*args: str) -> list[str]:
    code = "import sys; from watcher.cli import main; sys.exit(main())"
    return [sys.executable, "-c", code, *args]


@pytest.fixture
def env(tmp_path: Path, db_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "WATCHER_HOME": str(tmp_path),
        "WATCHER_DATABASE_URL": db_url,
        "WATCHER_ALLOW_PRIVATE_NETWORKS": "1",
    }


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(watcher(*args), env=env, capture_output=True, text=True, timeout=120)


def wait_for_line(proc: subprocess.Popen[str], needle: str, seen: list[str]) -> bool:
    """Read the service's log until a line contains `needle` (or the process ends)."""
    assert proc.stderr is not None
    for line in proc.stderr:
        seen.append(line)
        if needle in line:
            return True
    return False


def test_run_checks_on_schedule_stops_on_sigterm_and_restarts_cleanly(env, feed_server) -> None:
    assert run(env, "import", str(EXAMPLE)).returncode == 0
    url = feed_server.set("/wire.xml", feed_bytes(), etag='"e1"')
    assert run(env, "feeds", "add", url, "--every", "1s").returncode == 0

    proc = subprocess.Popen(
        watcher("run", "--tick", "0.3s"), env=env, stderr=subprocess.PIPE, text=True
    )
    seen: list[str] = []
    timer = threading.Timer(90, proc.kill)  # a hung service must not hang the suite
    timer.start()
    try:
        assert wait_for_line(proc, "check: 1 due", seen), "".join(seen)
        assert wait_for_line(proc, "check: 1 due", seen), "".join(seen)  # a second tick
        proc.send_signal(signal.SIGTERM)
        rest = proc.communicate(timeout=60)[1]
    finally:
        timer.cancel()
    log = "".join(seen) + rest
    assert proc.returncode == 0, log
    assert "stopped after" in log and "Traceback" not in log
    assert "Z INFO watcher.run: starting" in log  # UTC timestamps on every line

    history = json.loads(run(env, "status", "--json").stdout)
    changes = [h for q in history for h in q["history"]]
    restarted = run(env, "run", "--tick", "0.2s", "--stop-after", "2")
    assert restarted.returncode == 0, restarted.stderr
    again = json.loads(run(env, "status", "--json").stdout)
    assert [h for q in again for h in q["history"]] == changes  # nothing repeated
    assert feed_server.count("/wire.xml") >= 3


def test_run_with_an_unreachable_database_exits_2(tmp_path: Path) -> None:
    env = {**os.environ, "WATCHER_HOME": str(tmp_path)}
    env["WATCHER_DATABASE_URL"] = "postgresql://postgres@127.0.0.1:1/none"
    result = run(env, "run", "--stop-after", "1")
    assert result.returncode == 2
    assert result.stderr.strip().startswith("watcher: error:")
    assert "Traceback" not in result.stderr
