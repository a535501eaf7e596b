"""Qt translation: our catalogue plus Qt's own ``qtbase`` one, for the active language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from recouvrement_desktop.i18n.language import Language, babel_locale, set_active_language
from recouvrement_desktop.paths import translations_dir

CATALOGUE = "recouvrement"
_log = logging.getLogger(__name__)

# Translators must outlive the application's use of them; Qt does not own them.
_installed: list[QTranslator] = []


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate outside a QObject (CLI, messages of lower layers).

    Call it by this name with literal strings, so that ``pyside6-lupdate`` finds them.
    """
    return QCoreApplication.translate(context, source, disambiguation, n)


tr = translate  # kept for callers that translate texts marked elsewhere


def catalogue_file(language: Language) -> str:
    return str(translations_dir() / f"{CATALOGUE}_{language.value}.qm")


def install_translators(app: QCoreApplication, language: Language) -> None:
    """Switch the interface language; the caller needs a Q(Core)Application."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    set_active_language(language)
    # The Babel locale's country too (en_GB, not en_US), so that Qt's date fields write
    # dates the way the tables and documents do.
    QLocale.setDefault(QLocale(str(babel_locale(language))))

    candidates = []
    ours = QTranslator(app)
    if ours.load(catalogue_file(language)):
        candidates.append(ours)
    else:  # a broken installation: say so in the log, keep working in English
        _log.error("translation catalogue missing: %s", catalogue_file(language))
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language.value}", qt_dir):
        candidates.append(qt_own)
    for translator in candidates:
        app.installTranslator(translator)
        _installed.append(translator)
