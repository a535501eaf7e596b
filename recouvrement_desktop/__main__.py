"""Allow ``python -m recouvrement_desktop``."""

import sys

from recouvrement_desktop.cli import main

sys.exit(main())
