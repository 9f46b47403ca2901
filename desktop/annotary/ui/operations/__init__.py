"""Every change the window makes, as a named operation run through one entry point.

``operation.py`` defines :class:`Operation`; ``runner.py`` runs one
(``ctx.operations.run``: inline or in the background, undo step, change
notice, failure report); ``tasks.py`` holds the background threads. The other
modules name the window's operations, one module per kind of record.
"""
