"""The recovery key shown at the first start of a database created encrypted: the
key as the service gives it, and no way out before it is written down."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from recouvrement_desktop.db.bootstrap import open_sqlite
from recouvrement_desktop.db.encryption import parse_recovery_key, stored_key
from recouvrement_desktop.services.accounts import create_first_administrator
from recouvrement_desktop.services.database_encryption import recovery_key_not_yet_shown
from recouvrement_desktop.ui.recovery_key_dialog import RecoveryKeyDialog


def test_the_first_administrator_sees_the_key_once_and_must_tick_to_close(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "cases.sqlite3"
    database, _ = open_sqlite(path, tmp_path / "backups")
    try:
        first = create_first_administrator(database, "admin", "Admin", "Tr3s-solide-Secret")
        key = recovery_key_not_yet_shown(database, first)
        assert recovery_key_not_yet_shown(database, first) is None  # once
    finally:
        database.dispose()
    assert key is not None and parse_recovery_key(key) == stored_key(path)

    dialog = RecoveryKeyDialog(key)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.key.text() == key
    assert not dialog.ok.isEnabled()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # not before it is written down
    dialog.written.click()
    assert dialog.ok.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok.click()
    assert not dialog.isVisible()
