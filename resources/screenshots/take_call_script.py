"""Regenerate ``docs/images/call-script.png``: the call script of a broken promise,
two steps ticked, during a call.

Run from the project root: ``QT_QPA_PLATFORM=offscreen uv run python
resources/screenshots/take_call_script.py [en|fr]`` (English by default). It opens the
real window on a fresh demonstration database in a temporary folder, at the width of a
1920-pixel screen, selects a case of the officer's branch with a broken promise and
starts a call.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    sandbox = Path(tempfile.mkdtemp(prefix="screenshots-"))
    os.environ["XDG_DATA_HOME"] = str(sandbox / "data")
    os.environ["XDG_CONFIG_HOME"] = str(sandbox / "config")

    from PySide6.QtCore import QEventLoop, QTimer
    from sqlalchemy import select

    from recouvrement_desktop.db.bootstrap import open_sqlite
    from recouvrement_desktop.db.models import Case, Officer
    from recouvrement_desktop.domain.recovery import Channel
    from recouvrement_desktop.i18n.language import Language
    from recouvrement_desktop.i18n.translation import install_translators
    from recouvrement_desktop.services.demo_data import generate_demo_data
    from recouvrement_desktop.services.officers import acting_officer
    from recouvrement_desktop.services.workspace import Workspace
    from recouvrement_desktop.ui.application import create_application
    from recouvrement_desktop.ui.main_window import MainWindow

    language = Language(sys.argv[1]) if len(sys.argv) > 1 else Language.ENGLISH
    app = create_application(sys.argv[:1])
    install_translators(app, language)
    database, _ = open_sqlite(sandbox / "demo.sqlite3", sandbox / "backups", demonstration=True)
    generate_demo_data(database, 300)

    def settle(milliseconds: int = 300) -> None:
        loop = QEventLoop()
        QTimer.singleShot(milliseconds, loop.quit)
        loop.exec()

    identity = acting_officer(database, None)
    assert identity is not None
    with database.session() as session:
        reference = session.scalars(
            select(Case.reference)
            .join(Officer, Officer.id == Case.officer_id)
            .where(Case.has_broken_promise, Officer.branch == identity.branch)
            .order_by(Case.id)
        ).first()
    assert reference is not None
    window = MainWindow(Workspace(database, identity), demo=True, restore_layout=False)
    window.resize(1640, 900)
    window.show()
    window.start()
    settle(1500)
    window.case_list.search.setText(reference)
    settle(1500)
    window.session_bar.start(Channel.PHONE)
    settle(1500)
    for step in window.call_script.panel.steps[:2]:
        step.setChecked(True)
    settle(500)
    window.grab().save(str(ROOT / "docs" / "images" / "call-script.png"))
    window.close()
    # Windows deleted by Qt while the application lives, not by Python's shutdown.
    for widget in app.topLevelWidgets():
        widget.deleteLater()
    settle(100)
    database.dispose()


if __name__ == "__main__":
    main()
