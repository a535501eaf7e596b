"""The QApplication, with the identity that QSettings and the desktop use."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from recouvrement_desktop import APP_ID, APP_NAME, ORGANIZATION, __version__
from recouvrement_desktop.paths import resource_path
from recouvrement_desktop.ui import theme


def create_application(arguments: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        QGuiApplication.highDpiScaleFactorRoundingPolicy().PassThrough
    )
    app = QApplication([sys.argv[0] if sys.argv else APP_ID])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    theme.install(app)  # Fusion, the system's light or dark palette followed
    icon = resource_path("icons", "recouvrement-desktop.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app
