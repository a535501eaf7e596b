"""The call script beside the session: the steps to follow while talking, ticked as
they are done, and the result to record at the end.

The dock follows the session bar (``SessionBar.session_shown``): when a session is
shown — started, or resumed with its case — the script of the case is read off the
GUI thread (``services/call_scripts.call_script``, through the window's
``OperationRunner``) and shown; when none is, the dock hides. The officer may close it
during the call and bring it back with its action (Ctrl+3), which also puts the keyboard
on the first step not yet ticked; Space ticks a step, Tab goes to the next one.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from recouvrement_desktop.i18n.language import active_language
from recouvrement_desktop.services.sessions import SessionView
from recouvrement_desktop.services.workspace import Workspace
from recouvrement_desktop.ui.focus import set_tab_order
from recouvrement_desktop.ui.labels import label
from recouvrement_desktop.ui.operations import Operation, OperationRunner
from recouvrement_desktop.ui.quick_entry import error_label
from recouvrement_desktop.ui.session_bar import SessionBar
from recouvrement_desktop.ui.theme import Tone, ToneLabel

if TYPE_CHECKING:
    # Scripts are Jinja2 templates: their module is imported when a script is read, off
    # the GUI thread, not when the window builds this (hidden) panel.
    from recouvrement_desktop.services.call_scripts import CallScript

STEP_INDENT: Final = 24  # the text under a step's check box, aligned with its title
_BOLD: Final = re.compile(r"\*\*(.+?)\*\*")


def script_html(text: str) -> str:
    """A step's text for a label: paragraphs, ``- `` items as a list, ``**bold**``."""
    blocks: list[str] = []
    items: list[str] = []
    paragraph: list[str] = []

    def inline(line: str) -> str:
        return _BOLD.sub(r"<b>\1</b>", html.escape(line, quote=False))

    def flush() -> None:
        if paragraph:
            blocks.append(f"<p>{' '.join(inline(line) for line in paragraph)}</p>")
            paragraph.clear()
        if items:
            rows = "".join(f"<li>{inline(item)}</li>" for item in items)
            blocks.append(f"<ul style='margin-left: -20px'>{rows}</ul>")
            items.clear()

    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("- "):
            if paragraph:
                flush()
            items.append(stripped[2:])
        elif not stripped:
            flush()
        else:
            if items:
                flush()
            paragraph.append(stripped)
    flush()
    return "".join(blocks)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class CallScriptPanel(QWidget):
    """The script of the session shown: its title, its steps, the results to record."""

    shown = Signal(bool)  # whether there is a session to show a script for
    loaded = Signal()  # a script (or why there is none) is on screen

    def __init__(
        self,
        runner: OperationRunner,
        workspace: Workspace,
        bar: SessionBar,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callScriptPanel")
        self._runner = runner
        self._workspace = workspace
        self._session_id: int | None = None
        self._reading: Operation[CallScript] | None = None
        self._ticked: dict[int, set[int]] = {}  # per session: the steps done, kept if resumed
        self.script: CallScript | None = None
        self.steps: list[QCheckBox] = []
        self.texts: list[QLabel] = []

        self.title_label = QLabel()
        self.title_label.setObjectName("callScriptTitle")
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.progress_label = ToneLabel(Tone.MUTED)
        self.progress_label.setObjectName("callScriptProgress")
        self.error_label = error_label("callScriptError")

        self._steps_widget = QWidget()
        self._steps_layout = QVBoxLayout(self._steps_widget)
        self._steps_layout.setContentsMargins(0, 0, 4, 0)
        self._steps_layout.setSpacing(2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the steps
        scroll.setWidget(self._steps_widget)

        self.outcomes_title = QLabel(self.tr("Result to record"))
        bold = self.outcomes_title.font()
        bold.setBold(True)
        self.outcomes_title.setFont(bold)
        self.outcomes_label = QLabel()
        self.outcomes_label.setObjectName("callScriptOutcomes")
        self.outcomes_label.setWordWrap(True)
        self.end_button = QToolButton()
        self.end_button.setDefaultAction(bar.end_action)
        self.end_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.error_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.outcomes_title)
        layout.addWidget(self.outcomes_label)
        layout.addWidget(self.end_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._clear()
        bar.session_shown.connect(self.follow)

    # Public API -----------------------------------------------------------------------

    def follow(self, session: SessionView | None) -> Operation[CallScript] | None:
        """Show the script of *session* (read off the GUI thread), or nothing."""
        if session is None:
            self._session_id = None
            self._cancel_reading()
            self._clear()
            self.shown.emit(False)
            return None
        if session.id == self._session_id:
            return self._reading  # already shown (or on its way)
        self._cancel_reading()
        self._clear()
        self._session_id = session.id
        self.title_label.setText(self.tr("Reading the call script…"))
        self.shown.emit(True)
        session_id, database, identity = (
            session.id,
            self._workspace.database,
            self._workspace.identity,
        )
        case_id, channel, language = session.case_id, session.channel, active_language()

        def read() -> CallScript:
            from recouvrement_desktop.services.call_scripts import call_script  # noqa: PLC0415

            return call_script(database, identity, case_id, channel, language)

        self._reading = self._runner.read(
            read,
            lambda script: self._show_script(session_id, script),
            failed=lambda message: self._failed(session_id, message),
            owner=self,
        )
        return self._reading

    def focus_chain(self) -> list[QWidget]:
        return [*self.steps, self.end_button]

    def focus_first_open_step(self) -> None:
        """The keyboard on the first step not yet ticked (else the end of the session)."""
        target: QWidget = next((box for box in self.steps if not box.isChecked()), self.end_button)
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def ticked(self) -> list[int]:
        """The indexes of the steps ticked."""
        return [index for index, box in enumerate(self.steps) if box.isChecked()]

    # Internals ------------------------------------------------------------------------

    def _cancel_reading(self) -> None:
        if self._reading is not None:
            self._reading.cancel()
            self._reading = None

    def _clear(self) -> None:
        self.script = None
        for widget in (*self.steps, *self.texts):
            self._steps_layout.removeWidget(widget)
            widget.deleteLater()
        self.steps, self.texts = [], []
        while self._steps_layout.count():  # the stretch
            self._steps_layout.takeAt(0)
        self.title_label.clear()
        self.progress_label.clear()
        self.error_label.hide()
        self.outcomes_title.hide()
        self.outcomes_label.hide()
        self.outcomes_label.clear()

    def _failed(self, session_id: int, message: str) -> None:
        if session_id != self._session_id:
            return
        self._reading = None
        self.title_label.setText(self.tr("No call script"))
        self.error_label.setText(message)
        self.error_label.show()
        self.loaded.emit()

    def _show_script(self, session_id: int, script: CallScript) -> None:
        if session_id != self._session_id:
            return
        self._reading = None
        self._clear()
        self.script = script
        self.title_label.setText(script.title)
        done = self._ticked.setdefault(session_id, set())
        for number, step in enumerate(script.steps):
            box = QCheckBox(f"{number + 1}. {step.title}")
            box.setObjectName(f"callScriptStep{number + 1}")
            font = box.font()
            font.setBold(True)
            box.setFont(font)
            box.setChecked(number in done)
            text = QLabel(script_html(step.text))
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setWordWrap(True)
            text.setContentsMargins(STEP_INDENT, 0, 0, 8)
            text.setEnabled(number not in done)  # a step done fades: what is left stands out
            box.toggled.connect(lambda checked, n=number: self._tick(session_id, n, checked))
            self._steps_layout.addWidget(box)
            self._steps_layout.addWidget(text)
            self.steps.append(box)
            self.texts.append(text)
        self._steps_layout.addStretch(1)
        self.outcomes_label.setText(" · ".join(_capitalised(label(o)) for o in script.outcomes))
        self.outcomes_title.show()
        self.outcomes_label.show()
        self._show_progress()
        set_tab_order(self.focus_chain())
        self.loaded.emit()

    def _tick(self, session_id: int, number: int, checked: bool) -> None:
        done = self._ticked.setdefault(session_id, set())
        if checked:
            done.add(number)
        else:
            done.discard(number)
        if session_id == self._session_id and number < len(self.texts):
            self.texts[number].setEnabled(not checked)
        self._show_progress()

    def _show_progress(self) -> None:
        self.progress_label.setText(
            self.tr("{done} of {total} steps done").format(
                done=len(self.ticked()), total=len(self.steps)
            )
        )


class CallScriptDock(QDockWidget):
    """The panel in a dock at the right of *window*, shown while a session is (whatever
    layout the window restores)."""

    def __init__(
        self,
        runner: OperationRunner,
        workspace: Workspace,
        bar: SessionBar,
        window: QMainWindow,
    ) -> None:
        super().__init__(self.tr("Call script"), window)
        self.setObjectName("callScriptDock")
        self.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self._session = False
        self.panel = CallScriptPanel(runner, workspace, bar)
        self.setWidget(self.panel)
        self.setMinimumWidth(300)
        self.show_action = QAction(self.tr("The call &script"), self)
        self.show_action.setShortcut(QKeySequence("Ctrl+3"))
        self.show_action.setEnabled(False)
        self.show_action.triggered.connect(self.bring_back)
        self.panel.shown.connect(self._follow)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        self.hide()

    def setVisible(self, visible: bool) -> None:
        # Never without a session: a layout saved during a call restores it shown.
        super().setVisible(visible and self._session)

    def bring_back(self) -> None:
        """Show the dock again (closed during the call) and go to the next step."""
        if not self._session:
            return
        self.show()
        self.raise_()
        self.panel.focus_first_open_step()

    def _follow(self, session: bool) -> None:
        self._session = session
        self.show_action.setEnabled(session)
        self.setVisible(session)
