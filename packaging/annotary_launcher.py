"""Entry point of the bundled program: the same ``annotary`` command as the installed one.

With no command it opens the window; with a command (``annotary export ...``) it runs
headless, exactly like the ``annotary`` script that ``pip install`` creates.
"""

import multiprocessing

from annotary.launcher import main

if __name__ == "__main__":
    # The suggestion engine's process is started by re-running this program: the
    # bundle must hand such a start to multiprocessing before anything else.
    multiprocessing.freeze_support()
    raise SystemExit(main())
