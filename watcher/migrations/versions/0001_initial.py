"""Initial schema: feeds, entries, question states, observations, history, reviews.

Revision ID: 0001
Revises:
Create Date: 2026-11-28

Written against plain SQLAlchemy types (not watcher.store's) so that this revision keeps
meaning what it meant when later code changes. Datetimes are timezone-aware columns; the
store normalizes them to UTC.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def text(name: str, nullable: bool = False) -> sa.Column[str]:
    return sa.Column(name, sa.Text(), nullable=nullable)


def moment(name: str, nullable: bool = False) -> sa.Column[datetime]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def number(name: str, kind: type[sa.Integer | sa.Float[float]] = sa.Integer) -> sa.Column[Any]:
    return sa.Column(name, kind(), nullable=False)


def key() -> sa.Column[int]:
    return sa.Column("id", sa.Integer(), primary_key=True)


def upgrade() -> None:
    op.create_table(
        "feeds",
        key(), text("url"), text("watchlist", True), number("every_seconds"),
        sa.Column("full_text", sa.Boolean(), nullable=False),
        text("title", True), text("etag", True), text("last_modified", True),
        text("body_hash", True), moment("next_check_at", True), moment("last_checked_at", True),
        number("error_count"), text("last_error", True), moment("created_at"),
        text("lease_owner", True), moment("lease_until", True),
        sa.UniqueConstraint("url", name="uq_feeds_url"),
    )  # fmt: skip
    op.create_table(
        "entries",
        key(), sa.Column("feed_id", sa.Integer(), nullable=False), text("feed_url"), text("key"),
        text("title"), text("url", True), text("summary"), text("content"),
        moment("published", True), moment("updated", True), text("language", True),
        text("source", True), text("digest"), moment("first_seen_at"), moment("changed_at"),
        sa.ForeignKeyConstraint(["feed_id"], ["feeds.id"], ondelete="CASCADE"),
        sa.UniqueConstraint("feed_id", "key", name="uq_entries_feed_key"),
    )  # fmt: skip
    op.create_table(
        "question_states",
        sa.Column("question_id", sa.Text(), primary_key=True), text("watchlist"), text("stage"),
        text("parties"), moment("updated_at"), number("version"),
    )  # fmt: skip
    op.create_table(
        "observations",
        key(), text("question_id"), number("feed_id"), text("feed_url"), text("entry_key"),
        text("stage", True), text("polarity"), text("party", True), text("quote"),
        text("rule", True), text("language", True), number("score", sa.Float), text("url", True),
        text("title"), moment("published", True), text("source", True), moment("recorded_at"),
        sa.UniqueConstraint("question_id", "feed_id", "entry_key", name="uq_observations_entry"),
    )  # fmt: skip
    op.create_table(
        "status_changes",
        key(), text("question_id"), text("from_stage"), text("to_stage"), text("party"),
        moment("at"), moment("recorded_at"), text("by"), text("actor", True),
        number("confidence", sa.Float), text("note"), text("rule", True), text("evidence"),
        sa.UniqueConstraint(
            "question_id", "to_stage", "party", "by", "at", name="uq_status_changes_once"
        ),
    )  # fmt: skip
    op.create_table(
        "review_items",
        key(), text("question_id"), text("from_stage"), text("proposed_stage"), text("party"),
        moment("at"), text("evidence"), text("reason"), number("confidence", sa.Float),
        text("status"), moment("created_at"), moment("resolved_at", True),
        text("resolved_by", True), text("note"),
        sa.UniqueConstraint("question_id", "proposed_stage", "party", name="uq_review_items_once"),
    )  # fmt: skip
    op.create_table(
        "review_acts",
        key(), sa.Column("review_id", sa.Integer(), nullable=True), text("question_id"),
        text("action"), text("stage", True), text("actor", True), text("note"), moment("at"),
    )  # fmt: skip


def downgrade() -> None:
    for table in ("review_acts", "review_items", "status_changes", "observations"):
        op.drop_table(table)
    for table in ("question_states", "entries", "feeds"):
        op.drop_table(table)
