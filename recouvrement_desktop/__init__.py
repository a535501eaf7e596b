"""Recouvrement Desktop: a desktop tool for bank debt-recovery officers."""

# Written here rather than read from the installed metadata, which costs a start
# 50 ms; tests/packaging/test_spec.py keeps it equal to pyproject.toml's.
__version__ = "0.1.0"

APP_NAME = "Recouvrement Desktop"
APP_ID = "recouvrement-desktop"
ORGANIZATION = "Recouvrement"
