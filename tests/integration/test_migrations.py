"""Replaying every migration yields exactly the schema the SQLModel tables declare, and a
database made by an older revision upgrades (and downgrades) with its data kept."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from watcher.store import MIGRATIONS, Store, create_engine, engine_url, migrate

TABLES = {
    "feeds", "entries", "question_states", "observations", "status_changes", "review_items",
    "review_acts",
}  # fmt: skip


def differences(store: Store, metadata: sa.MetaData) -> list[object]:
    with store.engine.connect() as connection:
        return list(compare_metadata(MigrationContext.configure(connection), metadata))


def tables(store: Store) -> set[str]:
    return set(sa.inspect(store.engine).get_table_names())


def test_migrations_match_the_models(db_url: str) -> None:
    store = Store.open(db_url)
    try:
        assert differences(store, SQLModel.metadata) == []
        assert tables(store) == TABLES | {"alembic_version"}
    finally:
        store.close()


def test_the_comparison_can_see_a_difference(db_url: str) -> None:
    widened = sa.MetaData()
    for table in SQLModel.metadata.tables.values():
        table.to_metadata(widened)
    sa.Table("feeds", widened, sa.Column("extra", sa.Integer()), extend_existing=True)
    store = Store.open(db_url)
    try:
        assert [d[0] for d in differences(store, widened)] == ["add_column"]  # type: ignore[index]
    finally:
        store.close()


def test_downgrade_to_base_and_back(db_url: str) -> None:
    store = Store.open(db_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with store.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
        assert tables(store) == {"alembic_version"}
        store.close()
        store = Store.open(db_url)
        assert differences(store, SQLModel.metadata) == []
    finally:
        store.close()


def test_migrations_ship_inside_the_package() -> None:
    assert (MIGRATIONS / "env.py").is_file() and (MIGRATIONS / "script.py.mako").is_file()
    assert (MIGRATIONS / "versions" / "0001_initial.py").is_file()
    assert (MIGRATIONS / "versions" / "0002_feed_country.py").is_file()


OLD_FEED = (
    "INSERT INTO feeds (id, url, watchlist, every_seconds, full_text, title, error_count,"
    " created_at) VALUES (7, 'https://a.example/rss', NULL, 3600, :no, 'A', 0, :at)"
)
OLD_ENTRY = (
    "INSERT INTO entries (feed_id, feed_url, key, title, summary, content, digest,"
    " first_seen_at, changed_at) VALUES (7, 'https://a.example/rss', :key, :title, '', '',"
    " 'd', :at, :at)"
)
AT = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def database_at_0001(db_url: str) -> None:
    """A database as the first release left it: schema 0001, one feed and two entries."""
    engine = create_engine(engine_url(db_url))
    try:
        migrate(engine, "0001")
        with engine.begin() as connection:
            connection.execute(sa.text(OLD_FEED), {"no": False, "at": AT})
            for key in ("e1", "e2"):
                connection.execute(sa.text(OLD_ENTRY), {"key": key, "title": f"T {key}", "at": AT})
    finally:
        engine.dispose()


def test_a_0001_database_upgrades_with_its_feeds_and_entries_kept(db_url: str) -> None:
    database_at_0001(db_url)
    store = Store.open(db_url)  # migrates to head
    try:
        (feed,) = store.list_feeds()
        assert (feed.id, feed.url, feed.title) == (7, "https://a.example/rss", "A")
        assert feed.country is None
        assert [(e.key, e.title, e.country) for e in store.iter_entries()] == [
            ("e1", "T e1", None),
            ("e2", "T e2", None),
        ]
        assert store.set_feed_country(7, "Kenya").country == "Kenya"
        assert differences(store, SQLModel.metadata) == []
    finally:
        store.close()


def test_downgrading_the_country_keeps_feeds_and_entries(db_url: str) -> None:
    database_at_0001(db_url)
    store = Store.open(db_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        store.set_feed_country(7, "Kenya")
        with store.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0001")
        columns = {c["name"] for c in sa.inspect(store.engine).get_columns("feeds")}
        assert "country" not in columns
        with store.engine.connect() as connection:
            assert connection.execute(sa.text("SELECT count(*) FROM entries")).scalar() == 2
            assert connection.execute(sa.text("SELECT url FROM feeds")).scalar() == (
                "https://a.example/rss"
            )
    finally:
        store.close()
