"""Which schema revisions this deepdive knows, read from the migration file names.

No SQLAlchemy or Alembic here: the quick SQLite path checks the stored revision with it.
"""

from __future__ import annotations

from pathlib import Path

MIGRATIONS = Path(__file__).with_name("migrations")


def known_revisions() -> list[str]:
    """Revision ids from the file names (`0002_memory.py` is revision "0002"), oldest first.

    A test checks that Alembic's own head agrees.
    """
    names = (p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))
    return sorted(names)
