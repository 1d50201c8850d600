"""Settings come from the environment once; durations parse or fail in one line."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from watcher.config import load_settings, parse_duration
from watcher.errors import WatcherError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30m", timedelta(minutes=30)),
        ("2h", timedelta(hours=2)),
        ("7d", timedelta(days=7)),
        ("1w", timedelta(weeks=1)),
        ("90", timedelta(seconds=90)),
        ("0.5s", timedelta(seconds=0.5)),
    ],
)
def test_durations(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["", "soon", "-5m", "0", "5y"])
def test_bad_durations_name_the_value(text: str) -> None:
    with pytest.raises(WatcherError) as caught:
        parse_duration(text, what="--every")
    assert "--every" in str(caught.value)


def test_defaults_put_the_database_under_home(tmp_path: Path) -> None:
    s = load_settings({"WATCHER_HOME": str(tmp_path)})
    assert s.database_url == f"sqlite:///{tmp_path / 'db' / 'watcher.sqlite3'}"
    assert s.watchlists_dir == tmp_path / "watchlists"
    assert s.allow_private_networks is False


def test_environment_and_flags(tmp_path: Path) -> None:
    env = {
        "WATCHER_HOME": str(tmp_path),
        "WATCHER_DATABASE_URL": "postgresql://postgres@127.0.0.1/test",
        "WATCHER_ALLOW_PRIVATE_NETWORKS": "1",
    }
    assert load_settings(env).database_url.startswith("postgresql://")
    assert load_settings(env).allow_private_networks is True
    assert load_settings(env, db="sqlite:///x.db").database_url == "sqlite:///x.db"


@pytest.mark.parametrize(("value", "expected"), [(None, False), ("1", True), ("no", False)])
def test_full_text_default_is_opt_in(tmp_path: Path, value: str | None, expected: bool) -> None:
    env = {"WATCHER_HOME": str(tmp_path)} | ({"WATCHER_FULL_TEXT": value} if value else {})
    assert load_settings(env).full_text_default is expected
