"""Signing in: the sign-in dialog, the first administrator's account, a new password.

Each dialog only collects what is typed and shows the answer: the start-up
(``cli/gui.py``) checks it through the services, off the GUI thread, and calls
``refuse(message)`` or closes the dialog. The password fields never echo.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recouvrement_desktop import APP_NAME
from recouvrement_desktop.ui.quick_entry import error_label
from recouvrement_desktop.ui.theme import Tone, ToneLabel

__all__ = ["ChangePasswordDialog", "FirstAdministratorDialog", "SignInDialog"]

DEMO_LOGINS = ("demo.officer", "demo.supervisor", "demo.admin", "demo.auditor")


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _heading(subtitle: str) -> QWidget:
    """The application's icon and name, and what the dialog is for."""
    heading = QWidget()
    icon = QLabel()
    size = heading.fontMetrics().height() * 3
    icon.setPixmap(QApplication.windowIcon().pixmap(size, size))
    title = QLabel(APP_NAME)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    title.setFont(font)
    words = ToneLabel(Tone.MUTED, subtitle)
    words.setWordWrap(True)
    text = QVBoxLayout()
    text.addWidget(title)
    text.addWidget(words)
    row = QHBoxLayout(heading)
    row.setContentsMargins(0, 0, 0, 6)
    row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
    row.addLayout(text, 1)
    return heading


class _Form(QDialog):
    """A dialog of fields, a message line and one button that submits."""

    def __init__(self, title: str, action: str, subtitle: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME} — {title}")
        self.setModal(True)
        self.form = QFormLayout()
        self.error = error_label("signInError")
        self.submit = QPushButton(action)
        self.submit.setDefault(True)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.submit, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.submit.clicked.connect(self._submit)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(_heading(subtitle))
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 56)

    def _submit(self) -> None:
        raise NotImplementedError

    def busy(self, waiting: bool) -> None:
        """While the services check: nothing more to click."""
        self.submit.setEnabled(not waiting)
        self.setCursor(Qt.CursorShape.BusyCursor if waiting else Qt.CursorShape.ArrowCursor)

    def refuse(self, message: str) -> None:
        self.busy(False)
        self.error.setText(message)
        self.error.show()


class SignInDialog(_Form):
    """Who is at the keyboard. On a demonstration database it says which accounts exist
    and their password (it is a demonstration: nothing to hide)."""

    submitted = Signal(str, str)  # login, password

    def __init__(
        self, login: str = "", *, demo: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Sign in"),
            self.tr("Sign &in"),
            self.tr("Sign in to open the cases of your branch."),
            parent,
        )
        self.login = QLineEdit(login)
        self.login.setObjectName("signInLogin")
        self.password = _password_field()
        self.password.setObjectName("signInPassword")
        self.form.addRow(self.tr("&Login"), self.login)
        self.form.addRow(self.tr("&Password"), self.password)
        self.demo_note = ToneLabel(
            Tone.MUTED,
            self.tr(
                "Demonstration database: sign in as {accounts} (their roles), password: demo."
            ).format(accounts=", ".join(DEMO_LOGINS)),
        )
        self.demo_note.setWordWrap(True)
        self.demo_note.setVisible(demo)
        self.layout_.insertWidget(2, self.demo_note)
        (self.password if login else self.login).setFocus()

    def _submit(self) -> None:
        if not self.login.text().strip():
            self.refuse(self.tr("Type your login."))
            return
        self.busy(True)
        self.error.hide()
        self.submitted.emit(self.login.text().strip(), self.password.text())

    def refuse(self, message: str) -> None:
        super().refuse(message)
        self.password.clear()
        self.password.setFocus()


class FirstAdministratorDialog(_Form):
    """The first start of a bank's database: the administrator's own account."""

    submitted = Signal(str, str, str, str)  # login, full name, branch, password

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("First administrator"),
            self.tr("&Create the account"),
            self.tr(
                "This database has no account yet. Create the administrator's, who will "
                "then add the officers, supervisors and auditors."
            ),
            parent,
        )
        self.login = QLineEdit()
        self.full_name = QLineEdit()
        self.branch = QLineEdit()
        self.password = _password_field()
        self.again = _password_field()
        self.form.addRow(self.tr("&Login"), self.login)
        self.form.addRow(self.tr("Full &name"), self.full_name)
        self.form.addRow(self.tr("&Branch"), self.branch)
        self.form.addRow(self.tr("&Password"), self.password)
        self.form.addRow(self.tr("&Again"), self.again)
        self.form.addRow(
            "",
            ToneLabel(
                Tone.MUTED,
                self.tr("At least 12 characters, of three kinds: lower, upper, digits, others."),
            ),
        )

    def _submit(self) -> None:
        if self.password.text() != self.again.text():
            self.refuse(self.tr("The two passwords differ."))
            return
        self.busy(True)
        self.submitted.emit(
            self.login.text(), self.full_name.text(), self.branch.text(), self.password.text()
        )


class ChangePasswordDialog(_Form):
    """A new password, required after an administrator set the current one."""

    submitted = Signal(str, str)  # current, new

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("New password"),
            self.tr("&Change the password"),
            self.tr("Choose your own password before you start."),
            parent,
        )
        self.current = _password_field()
        self.new = _password_field()
        self.again = _password_field()
        self.form.addRow(self.tr("&Current password"), self.current)
        self.form.addRow(self.tr("&New password"), self.new)
        self.form.addRow(self.tr("&Again"), self.again)

    def _submit(self) -> None:
        if self.new.text() != self.again.text():
            self.refuse(self.tr("The two passwords differ."))
            return
        self.busy(True)
        self.submitted.emit(self.current.text(), self.new.text())
