"""Entry point of the bundled program: the same ``annotary`` command as the installed one.

With no command it opens the window; with a command (``annotary export ...``) it runs
headless, exactly like the ``annotary`` script that ``pip install`` creates.
"""

from annotary.launcher import main

if __name__ == "__main__":
    raise SystemExit(main())
