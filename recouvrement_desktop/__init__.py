"""Recouvrement Desktop: a desktop tool for bank debt-recovery officers."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("recouvrement-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

APP_NAME = "Recouvrement Desktop"
APP_ID = "recouvrement-desktop"
ORGANIZATION = "Recouvrement"
