"""Use cases of Annotary. Each call is one transaction and returns what changed."""
