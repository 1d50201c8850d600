"""The documentation keeps up with the code: every command is in the README, and every
watchlist shipped in `watchlists/` loads."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

from watcher.cli import app
from watcher.watchlist import load_watchlist

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def command_paths() -> list[str]:
    """Every command and subcommand of the CLI, as a user types it after `watcher`."""
    root = typer.main.get_command(app)
    paths: list[str] = []
    for name, command in root.commands.items():  # type: ignore[attr-defined]
        subcommands = getattr(command, "commands", {})
        paths.append(name)
        paths.extend(f"{name} {sub}" for sub in subcommands)
    return sorted(paths)


def test_the_cli_has_the_commands_of_the_foundation_issue() -> None:
    expected = {"import", "check", "run", "status", "history", "evidence", "digest", "demo"}
    assert expected <= set(command_paths())
    assert {"feeds add", "feeds list", "feeds remove", "feeds import", "feeds export"} <= set(
        command_paths()
    )


@pytest.mark.parametrize("command", command_paths())
def test_every_command_is_documented_in_the_readme(command: str) -> None:
    assert f"watcher {command}" in README, f"README does not show `watcher {command}`"


@pytest.mark.parametrize("path", sorted((ROOT / "watchlists").glob("*.yaml")), ids=lambda p: p.name)
def test_every_shipped_watchlist_loads(path: Path) -> None:
    watchlist = load_watchlist(path.read_text(encoding="utf-8"), str(path))
    assert watchlist.questions, f"{path} has no questions"
    assert all(q.id.startswith(watchlist.id + "/") for q in watchlist.questions)


def test_readme_quick_start_is_two_commands() -> None:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = [line for line in section.splitlines() if line.startswith("$ ")]
    assert len(commands) == 2
    assert commands[0].endswith("watcher demo") and commands[1].endswith("pytest")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1].removeprefix("$ ") in ci  # CI runs the README's test command
