"""Allow ``python -m recouvrement_desktop``."""

import multiprocessing
import sys

from recouvrement_desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # worker processes of a frozen (PyInstaller) build
    sys.exit(main())
