"""SQLite storage of a project: the only layer that knows table names and SQL."""

from annotary.storage.store import Store, open_sibling_store, open_store

__all__ = ["Store", "open_sibling_store", "open_store"]
