"""The everyday commands (status, start, stop, log) on a SQLite workspace, through the
standard library's sqlite3 instead of SQLAlchemy.

Importing SQLAlchemy alone takes longer than the whole budget these commands have (three times
`watson status`, see bench/startup.py), so they read and write the few rows they need here.
The row mapping is shared with the SQLAlchemy repositories (`storage/rows.py`); whenever the
schema is not current, bootstrap falls back to the full path, which migrates it.
"""
