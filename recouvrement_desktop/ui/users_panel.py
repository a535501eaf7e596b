"""The administrator's screen: the accounts that sign in, their role, branch and state.

Add an account (a local one gets a first password its owner changes at first sign-in;
a directory one has none here), disable one, give a new first password (which also
lifts a lockout). Everything goes through ``services.accounts``, off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recouvrement_desktop.domain.recovery import AuthSource, OfficerRole
from recouvrement_desktop.i18n.formatting import format_datetime
from recouvrement_desktop.services import accounts
from recouvrement_desktop.services.accounts import AccountView
from recouvrement_desktop.services.changes import Changes, Record
from recouvrement_desktop.services.workspace import Workspace
from recouvrement_desktop.ui.labels import label
from recouvrement_desktop.ui.operations import OperationRunner
from recouvrement_desktop.ui.quick_entry import error_label
from recouvrement_desktop.ui.theme import Tone, ToneLabel

__all__ = ["NewAccountDialog", "UsersPanel"]

ACCOUNT_CHANGE = Changes.of((), Record.OFFICER)


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class NewAccountDialog(QDialog):
    """What a new account needs; ``submitted`` once the two passwords agree."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New account"))
        self.login = QLineEdit()
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for role in OfficerRole:
            self.role.addItem(label(role), role.value)
        self.branch = QLineEdit()
        self.directory = QCheckBox(self.tr("The bank's directory checks the password"))
        self.password = _password_field()
        self.again = _password_field()
        self.error = error_label("newAccountError")
        form = QFormLayout()
        form.addRow(self.tr("&Login"), self.login)
        form.addRow(self.tr("Full &name"), self.full_name)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&Branch"), self.branch)
        form.addRow("", self.directory)
        form.addRow(self.tr("First &password"), self.password)
        form.addRow(self.tr("&Again"), self.again)
        hint = ToneLabel(
            Tone.MUTED, self.tr("Its owner changes it at the first sign-in (12 characters…).")
        )
        hint.setWordWrap(True)
        form.addRow("", hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self.directory.toggled.connect(self._source_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def chosen_role(self) -> OfficerRole:
        return OfficerRole(str(self.role.currentData()))

    def source(self) -> AuthSource:
        return AuthSource.DIRECTORY if self.directory.isChecked() else AuthSource.LOCAL

    def _source_changed(self) -> None:
        local = not self.directory.isChecked()
        self.password.setEnabled(local)
        self.again.setEnabled(local)

    def _submit(self) -> None:
        if self.source() is AuthSource.LOCAL and self.password.text() != self.again.text():
            self.refuse(self.tr("The two passwords differ."))
            return
        self.buttons.setEnabled(False)
        self.submitted.emit()

    def refuse(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(message)
        self.error.show()


class UsersPanel(QWidget):
    loaded = Signal()  # the list shows the accounts as they are now
    done = Signal(str)  # what the last action did, as shown

    COLUMNS = 6

    def __init__(
        self, runner: OperationRunner, workspace: Workspace, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._workspace = workspace
        self._rows: list[AccountView] = []
        title = QLabel(self.tr("Users"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Login"), self.tr("Name"), self.tr("Role"), self.tr("Branch"),
             self.tr("Sign-in"), self.tr("State")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add an account…"))
        self.disable_button = QPushButton(self.tr("&Disable"))
        self.reset_button = QPushButton(self.tr("New first &password…"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.disable_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add_account)
        self.disable_button.clicked.connect(self.disable_selected)
        self.reset_button.clicked.connect(self.reset_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        runner.changed.connect(self._on_changes)
        self.reload()

    def reload(self) -> None:
        database, administrator = self._workspace.database, self._workspace.identity
        self._runner.read(
            lambda: accounts.list_users(database, administrator),
            self._show,
            failed=self.message.setText,
            owner=self,
        )

    def selected(self) -> AccountView | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _show(self, rows: list[AccountView]) -> None:
        chosen = self.selected()
        self._rows = rows
        self.table.setRowCount(len(rows))
        for row, view in enumerate(rows):
            values = (
                view.login,
                view.full_name,
                label(view.role),
                view.branch,
                self.tr("Bank directory")
                if view.auth_source is AuthSource.DIRECTORY
                else self.tr("Password"),
                self._state(view),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        logins = [view.login for view in rows]
        if chosen is not None and chosen.login in logins:
            self.table.selectRow(logins.index(chosen.login))
        self._update_buttons()
        self.loaded.emit()

    def _state(self, view: AccountView) -> str:
        if not view.active:
            return self.tr("Disabled")
        if view.locked_until is not None:
            return self.tr("Locked until {time}").format(
                time=format_datetime(view.locked_until.astimezone())
            )
        if view.must_change_password:
            return self.tr("Password to change")
        return self.tr("Active")

    def _update_buttons(self) -> None:
        view = self.selected()
        mine = view is not None and self._workspace.identity is not None
        mine = mine and view is not None and view.id == self._workspace.identity.id  # type: ignore[union-attr]
        self.disable_button.setEnabled(view is not None and view.active and not mine)
        self.reset_button.setEnabled(
            view is not None and view.active and view.auth_source is AuthSource.LOCAL
        )

    def _on_changes(self, changes: Changes) -> None:
        if changes.concerns(Record.OFFICER):
            self.reload()

    def _report(self, text: str) -> None:
        self.message.setText(text)
        self.done.emit(text)

    # Actions -------------------------------------------------------------------------

    def add_account(self) -> NewAccountDialog:
        dialog = NewAccountDialog(self)
        database, administrator = self._workspace.database, self._workspace.identity

        def added(view: AccountView) -> None:
            dialog.accept()
            self._report(self.tr("Account {login} added.").format(login=view.login))

        def submit() -> None:
            login, name, role = dialog.login.text(), dialog.full_name.text(), dialog.chosen_role()
            branch, source = dialog.branch.text(), dialog.source()
            password = dialog.password.text() if source is AuthSource.LOCAL else None
            self._runner.write(
                lambda: accounts.add_user(
                    database, administrator, login, name, role, branch, password, auth_source=source
                ),
                added,
                changes=ACCOUNT_CHANGE,
                failed=dialog.refuse,
                owner=dialog,
            )

        dialog.submitted.connect(submit)
        dialog.open()
        return dialog

    def disable_selected(self) -> None:
        view = self.selected()
        if view is None:
            return
        database, administrator = self._workspace.database, self._workspace.identity
        self._runner.write(
            lambda: accounts.disable_user(database, administrator, view.login),
            lambda done: self._report(
                self.tr("Account {login} disabled.").format(login=done.login)
            ),
            changes=ACCOUNT_CHANGE,
            failed=self._report,
            owner=self,
        )

    def reset_selected(self) -> QDialog | None:
        view = self.selected()
        if view is None:
            return None
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("New first password for {login}").format(login=view.login))
        password, again = _password_field(), _password_field()
        error = error_label("resetError")
        form = QFormLayout(dialog)
        form.addRow(self.tr("First &password"), password)
        form.addRow(self.tr("&Again"), again)
        form.addRow(error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form.addRow(buttons)
        buttons.rejected.connect(dialog.reject)
        database, administrator = self._workspace.database, self._workspace.identity

        def refuse(message: str) -> None:
            error.setText(message)
            error.show()

        def reset(done: AccountView) -> None:
            dialog.accept()
            self._report(
                self.tr("Account {login}: a new password to change.").format(login=done.login)
            )

        def submit() -> None:
            if password.text() != again.text():
                refuse(self.tr("The two passwords differ."))
                return
            typed = password.text()
            self._runner.write(
                lambda: accounts.reset_password(database, administrator, view.login, typed),
                reset,
                changes=ACCOUNT_CHANGE,
                failed=refuse,
                owner=dialog,
            )

        buttons.accepted.connect(submit)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
