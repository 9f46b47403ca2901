"""Plain data and rules of Annotary. Standard library only: no Qt, no SQLite."""
