"""Entry point of the frozen application (PyInstaller's script).

``freeze_support()`` must run first: the demonstration-data generator starts worker
processes with the "spawn" method, and in a frozen build each worker is this same
executable started again with special arguments that ``freeze_support`` handles.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from recouvrement_desktop.cli import main

    sys.exit(main())
