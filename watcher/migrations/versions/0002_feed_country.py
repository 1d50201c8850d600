"""A feed's country: the country it writes from, as an operator sets it (nullable).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29

A plain ADD / DROP COLUMN, not a batch copy of the table: on SQLite a batch operation drops
and recreates `feeds`, and with foreign keys on that drop would cascade to every entry.
(SQLite has had DROP COLUMN since 3.35.)
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("feeds", sa.Column("country", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("feeds", "country")
