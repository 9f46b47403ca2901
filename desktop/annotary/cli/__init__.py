"""The ``annotary`` command line."""
