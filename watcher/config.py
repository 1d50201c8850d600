"""Settings: read once from the environment and command-line flags, then frozen.

Only the composition root (the CLI) calls `load_settings`; everything else receives a
`Settings` value. Nothing here touches the database or the network.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from watcher.errors import WatcherError

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know about its surroundings."""

    home: Path
    database_url: str
    allow_private_networks: bool = False
    fetch_timeout: float = 20.0
    fetch_max_bytes: int = 10_000_000
    default_every: timedelta = timedelta(minutes=30)
    tick_seconds: float = 60.0
    digest_cron: str = "0 7 * * *"
    digest_since: timedelta = timedelta(days=1)
    stale_after: timedelta = timedelta(days=30)
    actor: str = "analyst"
    full_text_default: bool = False

    @property
    def watchlists_dir(self) -> Path:
        return self.home / "watchlists"

    @property
    def db_dir(self) -> Path:
        return self.home / "db"


def parse_duration(text: str, *, what: str = "duration") -> timedelta:
    """'30m', '2h', '7d', '90' (seconds) -> timedelta; a one-line error otherwise."""
    match = _DURATION.match(text or "")
    if not match or float(match.group(1)) <= 0:
        raise WatcherError(f"invalid {what} {text!r}: use a number with s, m, h, d or w (e.g. 30m)")
    return timedelta(seconds=float(match.group(1)) * _UNIT_SECONDS[match.group(2)])


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


def load_settings(env: Mapping[str, str] | None = None, *, db: str | None = None) -> Settings:
    """Build Settings from an environment mapping (os.environ by default) and flags."""
    env = os.environ if env is None else env
    home = Path(env.get("WATCHER_HOME") or ".").expanduser().resolve()
    url = db or env.get("WATCHER_DATABASE_URL") or f"sqlite:///{home / 'db' / 'watcher.sqlite3'}"
    return Settings(
        home=home,
        database_url=url,
        allow_private_networks=_flag(env.get("WATCHER_ALLOW_PRIVATE_NETWORKS")),
        fetch_timeout=float(env.get("WATCHER_FETCH_TIMEOUT") or 20.0),
        default_every=parse_duration(env.get("WATCHER_EVERY") or "30m", what="WATCHER_EVERY"),
        tick_seconds=parse_duration(
            env.get("WATCHER_TICK") or "60s", what="WATCHER_TICK"
        ).total_seconds(),
        digest_cron=env.get("WATCHER_DIGEST_CRON") or "0 7 * * *",
        actor=env.get("WATCHER_ACTOR") or env.get("USER") or "analyst",
        full_text_default=_flag(env.get("WATCHER_FULL_TEXT")),
    )
