"""Replaying every migration yields exactly the schema the SQLModel tables declare."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from watcher.store import MIGRATIONS, Store

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
