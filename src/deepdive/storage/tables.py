"""The schema, as SQLAlchemy Core tables. Timestamps are naive UTC; dates are local to the dive.

Migrations in `migrations/versions` create and change these; keep both in step.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _id() -> Column[int]:
    return Column("id", Integer, primary_key=True, autoincrement=True)


def _dive_fk(nullable: bool = False) -> Column[int]:
    return Column(
        "dive_id", Integer, ForeignKey("dives.id", ondelete="CASCADE"), nullable=nullable
    )


def _resource_fk(name: str = "resource_id", nullable: bool = True) -> Column[int]:
    return Column(name, Integer, ForeignKey("resources.id", ondelete="SET NULL"), nullable=nullable)


settings = Table(
    "settings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

dives = Table(
    "dives",
    metadata,
    _id(),
    Column("number", Integer, nullable=False),
    Column("title", Text, nullable=False),
    Column("why", Text, nullable=False, default=""),
    Column("goals", JSON, nullable=False),
    Column("start", Date, nullable=False),
    Column("weeks", Integer, nullable=False),
    Column("daily_minutes", Integer, nullable=False),
    Column("slot_start", String(5)),
    Column("slot_end", String(5)),
    Column("status", String(16), nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("ended_at", DateTime),
    Column("end_reason", Text, nullable=False, default=""),
    Column("idea_id", Integer),
    Column("retro", Text, nullable=False, default="", server_default=""),  # the closing retro
)

weeks = Table(
    "weeks",
    metadata,
    _id(),
    _dive_fk(),
    Column("number", Integer, nullable=False),
    Column("focus", Text, nullable=False, default=""),
    Column("kind", String(16), nullable=False),
    Column("backup", Text, nullable=False, default=""),
    Column("retro_title", Text, nullable=False, default=""),
    Column("retro_text", Text, nullable=False, default=""),
    UniqueConstraint("dive_id", "number"),
)

resources = Table(
    "resources",
    metadata,
    _id(),
    Column("title", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("url", Text, nullable=False, default=""),
    Column("authors", JSON, nullable=False),
    Column("year", Integer),
    Column("arxiv_id", String(32), nullable=False, default=""),
    Column("doi", String(255), nullable=False, default=""),
    Column("minutes", Integer),
    Column("words", Integer),
    Column("pages", Integer),
    Column("source", Text, nullable=False, default=""),
    Column("needs_refresh", Boolean, nullable=False, default=False),
    Column("created_at", DateTime, nullable=False),
)

placements = Table(
    "placements",
    metadata,
    _id(),
    _dive_fk(),
    Column("resource_id", Integer, ForeignKey("resources.id", ondelete="CASCADE"), nullable=False),
    Column("week", Integer),
    Column("position", Integer, nullable=False, default=0),
    Column("status", String(16), nullable=False),
    Column("optional", Boolean, nullable=False, default=False),
    Column("recommended_by", Text, nullable=False, default=""),
    Column("why", Text, nullable=False, default=""),
    Column("status_reason", Text, nullable=False, default=""),
    _resource_fk("backup_for"),
    # when a backup should replace what it backs up: too-hard, too-boring, unavailable, any
    Column("backup_trigger", String(16), nullable=False, default="any", server_default="any"),
    Column("added_at", DateTime, nullable=False),
    UniqueConstraint("dive_id", "resource_id"),
)

ratings = Table(
    "ratings",
    metadata,
    _id(),
    _dive_fk(),
    Column("resource_id", Integer, ForeignKey("resources.id", ondelete="CASCADE"), nullable=False),
    Column("score", Integer, nullable=False),
    Column("reason", Text, nullable=False, default=""),
    Column("at", DateTime, nullable=False),
    Index(None, "dive_id", "resource_id"),
)

swaps = Table(
    "swaps",
    metadata,
    _id(),
    _dive_fk(),
    _resource_fk("from_resource_id"),
    _resource_fk("to_resource_id"),
    Column("why", Text, nullable=False, default=""),
    Column("at", DateTime, nullable=False),
)

sessions = Table(
    "sessions",
    metadata,
    _id(),
    _dive_fk(),
    _resource_fk(),
    Column("kind", String(16), nullable=False),
    Column("started_at", DateTime, nullable=False),
    Column("ended_at", DateTime),
    Column("mood", Integer),
    Column("note", Text, nullable=False, default=""),
    Index(None, "dive_id", "started_at"),
    Index(None, "ended_at"),
)

notes = Table(
    "notes",
    metadata,
    _id(),
    _dive_fk(),
    _resource_fk(),
    Column("text", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)

ideas = Table(
    "ideas",
    metadata,
    _id(),
    Column("title", Text, nullable=False),
    Column("note", Text, nullable=False, default=""),
    Column("created_at", DateTime, nullable=False),
    Column("dive_id", Integer, ForeignKey("dives.id", ondelete="SET NULL")),
)

# Memory: cards with their FSRS state, the answers given, and media from imported decks.
cards = Table(
    "cards",
    metadata,
    _id(),
    _dive_fk(nullable=True),
    _resource_fk(),
    Column("note_id", Integer, ForeignKey("notes.id", ondelete="SET NULL")),
    Column("kind", String(16), nullable=False),  # basic, reversed, cloze
    Column("front", Text, nullable=False),
    Column("back", Text, nullable=False, default=""),
    Column("ordinal", Integer, nullable=False, default=1),  # cloze number or reverse side
    Column("guid", String(64), nullable=False),
    Column("source_key", String(128)),  # where `cards extract` found it, for idempotence
    Column("tags", JSON, nullable=False),
    Column("fsrs", JSON, nullable=False),
    Column("due", DateTime, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Index(None, "due"),
    Index(None, "dive_id", "due"),
    Index(None, "source_key"),
)

reviews = Table(
    "reviews",
    metadata,
    _id(),
    Column("card_id", Integer, ForeignKey("cards.id", ondelete="CASCADE"), nullable=False),
    Column("rating", Integer, nullable=False),  # 1 again, 2 hard, 3 good, 4 easy
    Column("at", DateTime, nullable=False),
    Column("duration_ms", Integer, nullable=False, default=0),
    Column("state_before", JSON, nullable=False),  # for undo
    Column("due_before", DateTime, nullable=False),
    Index(None, "card_id"),
    Index(None, "at"),
)

media = Table(
    "media",
    metadata,
    _id(),
    Column("filename", Text, nullable=False),
    Column("sha1", String(40), nullable=False),
    Column("data", LargeBinary, nullable=False),
    UniqueConstraint("sha1"),
)

# Reflection: what was tried, explained, asked and checked, and what should change next time.
experiments = Table(
    "experiments",
    metadata,
    _id(),
    _dive_fk(),
    _resource_fk(),
    Column("title", Text, nullable=False),
    Column("setup", Text, nullable=False, default=""),
    Column("expectation", Text, nullable=False, default=""),
    Column("result", Text, nullable=False, default=""),
    Column("surprise", Text, nullable=False, default=""),
    Column("at", DateTime, nullable=False),
)

explanations = Table(
    "explanations",
    metadata,
    _id(),
    _dive_fk(),
    Column("topic", Text, nullable=False),
    Column("audience", Text, nullable=False),
    Column("minutes", Integer),
    Column("at", DateTime, nullable=False),
)

checkins = Table(
    "checkins",
    metadata,
    _id(),
    _dive_fk(),
    Column("with_whom", Text, nullable=False),
    Column("at", DateTime, nullable=False),
    Column("planned", Boolean, nullable=False, default=False),
    Column("note", Text, nullable=False, default=""),
)

claims = Table(
    "claims",
    metadata,
    _id(),
    Column("checkin_id", Integer, ForeignKey("checkins.id", ondelete="CASCADE"), nullable=False),
    Column("text", Text, nullable=False),
    Column("verdict", String(16), nullable=False),  # right, partly, wrong
    Column("correction", Text, nullable=False, default=""),
)

questions = Table(
    "questions",
    metadata,
    _id(),
    _dive_fk(),
    Column("text", Text, nullable=False),
    Column("to_whom", Text, nullable=False, default=""),
    Column("status", String(16), nullable=False),  # open, asked, answered, dropped
    Column("answer", Text, nullable=False, default=""),
    Column("explanation_id", Integer, ForeignKey("explanations.id", ondelete="SET NULL")),
    Column("claim_id", Integer, ForeignKey("claims.id", ondelete="SET NULL")),
    Column("created_at", DateTime, nullable=False),
    Column("answered_at", DateTime),
)

lessons = Table(
    "lessons",
    metadata,
    _id(),
    _dive_fk(),
    Column("text", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
)

lesson_uptakes = Table(
    "lesson_uptakes",
    metadata,
    _id(),
    _dive_fk(),
    Column("lesson_id", Integer, ForeignKey("lessons.id", ondelete="CASCADE"), nullable=False),
    Column("taken_up", Boolean, nullable=False),
    UniqueConstraint("dive_id", "lesson_id"),
)

recommendations = Table(
    "recommendations",
    metadata,
    _id(),
    _dive_fk(),
    Column("resource_id", Integer, ForeignKey("resources.id", ondelete="CASCADE"), nullable=False),
    Column("place", String(16), nullable=False),  # start, then, finally, optional, skip
    Column("rank", Integer),
    Column("comment", Text, nullable=False, default=""),
    Column("at", DateTime, nullable=False),
    UniqueConstraint("dive_id", "resource_id"),
)
