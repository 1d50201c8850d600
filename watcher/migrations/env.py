"""Alembic environment for watcher's schema.

`Store.open` runs this with its own connection in `config.attributes["connection"]`; the
`alembic` command line (with a `sqlalchemy.url` option) gets an engine built here instead.
It only wires Alembic to the tables declared in `watcher.store`; it defines no schema itself.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, engine_from_config, pool
from sqlmodel import SQLModel

import watcher.store  # noqa: F401  (declares the tables on SQLModel.metadata)

target_metadata = SQLModel.metadata


def run_with(connection: Connection) -> None:
    # Batch mode lets later migrations alter SQLite tables (it copies them; no ALTER needed).
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_offline() -> None:
    context.configure(url=context.config.get_main_option("sqlalchemy.url"), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        run_with(connection)
        return
    options = context.config.get_section(context.config.config_ini_section, {})
    engine = engine_from_config(options, prefix="sqlalchemy.", poolclass=pool.NullPool)
    with engine.connect() as fresh:
        run_with(fresh)


if context.is_offline_mode():
    run_offline()
else:
    run_online()
