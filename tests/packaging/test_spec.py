"""The PyInstaller spec, executed with stand-ins for PyInstaller's build classes: what it
would bundle, leave out and name, without a build."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from project_metadata import ProjectMetadata

import recouvrement_desktop
from tests.packaging.conftest import PACKAGING_DIR, Recorder

ROOT = PACKAGING_DIR.parent


def test_version_and_names_come_from_pyproject(spec: dict[str, Any]) -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        project = tomllib.load(file)["project"]
    assert spec["METADATA"].version == project["version"]
    assert spec["METADATA"].name == project["name"]
    assert recouvrement_desktop.__version__ == project["version"]
    assert spec["APP_ID"] == recouvrement_desktop.APP_ID
    assert spec["APP_NAME"] == recouvrement_desktop.APP_NAME
    assert spec["PUBLISHER"] == recouvrement_desktop.ORGANIZATION


def test_windows_version_has_four_numbers() -> None:
    def quad(version: str) -> str:
        return ProjectMetadata("x", version, "", "", "").windows_version_string

    assert quad("0.1.0") == "0.1.0.0"
    assert quad("1.2") == "1.2.0.0"
    assert quad("2.0.1rc3+local.7") == "2.0.1.0"


def test_one_folder_bundle_named_after_the_application(spec: dict[str, Any]) -> None:
    collect = spec["coll"]
    assert collect.kwargs["name"] == "recouvrement-desktop"
    (exe,) = [item for item in collect.args if isinstance(item, Recorder) and "name" in item.kwargs]
    assert exe.kwargs["name"] == "recouvrement-desktop"
    assert exe.kwargs["exclude_binaries"] is True  # one-folder, not one-file
    assert exe.kwargs["contents_directory"] == "_internal"
    assert Path(spec["a"].args[0][0]) == PACKAGING_DIR / "launcher.py"


def test_bundles_runtime_files_only(spec: dict[str, Any]) -> None:
    destinations = {Path(dest).as_posix() for dest, _, _ in spec["a"].datas}
    for qm in (ROOT / "translations").glob("*.qm"):
        assert f"translations/{qm.name}" in destinations
    assert "resources/icons/recouvrement-desktop.svg" in destinations
    assert not any(dest.endswith(".ts") for dest in destinations)
    assert not any("screenshots" in dest for dest in destinations)
    assert not any(dest.endswith("update_translations.py") for dest in destinations)
    assert not any(dest.startswith("tests/") for dest in destinations)
    migrations = ROOT / "recouvrement_desktop" / "db" / "migrations"
    for path in [migrations / "env.py", *sorted((migrations / "versions").glob("*.py"))]:
        assert path.relative_to(ROOT).as_posix() in destinations


def test_migrations_imports_are_hidden_imports(spec: dict[str, Any]) -> None:
    hidden = set(spec["a"].kwargs["hiddenimports"])
    assert {"alembic.op", "alembic.context", "sqlalchemy", "psycopg", "PySide6.QtCharts"} <= hidden
    assert "recouvrement_desktop.cli" in hidden
    assert {"sqlcipher3", "sqlcipher3.dbapi2", "sqlcipher3._sqlite3"} <= hidden  # encryption
    assert "typing.Any" not in hidden  # `from typing import Any` names no module
    assert not any(".migrations" in name for name in hidden if name.startswith("recouvrement"))


def test_unused_qt_modules_are_excluded(spec: dict[str, Any]) -> None:
    excluded = set(spec["a"].kwargs["excludes"])
    for module in (
        "QtWebEngineCore",
        "Qt3DCore",
        "QtQuick3D",
        "QtMultimedia",
        "QtBluetooth",
        "QtPositioning",
        "QtSensors",
        "QtSerialPort",
        "QtNfc",
        "QtDesigner",
        "QtQml",
    ):
        assert f"PySide6.{module}" in excluded
    for used in ("QtCore", "QtGui", "QtWidgets", "QtCharts", "QtSvg"):
        assert f"PySide6.{used}" not in excluded


def test_qt_translations_and_babel_locales_are_trimmed(spec: dict[str, Any]) -> None:
    keep = spec["_keep_data"]
    assert keep("PySide6/Qt/translations/qtbase_fr.qm")
    assert keep("PySide6/Qt/translations/qtbase_en.qm")
    assert not keep("PySide6/Qt/translations/qtbase_de.qm")
    assert not keep("PySide6/Qt/translations/qtdeclarative_fr.qm")
    assert keep("babel/locale-data/fr_FR.dat")
    assert keep("babel/locale-data/en_001.dat")
    assert keep("babel/locale-data/root.dat")
    assert not keep("babel/locale-data/de.dat")
    assert keep("babel/global.dat")
    assert keep("translations/recouvrement_fr.qm")


def test_unused_qt_libraries_and_plugins_are_dropped(spec: dict[str, Any]) -> None:
    keep = spec["_keep_binary"]
    assert not keep("PySide6/Qt/lib/libQt6WebEngineCore.so.6")
    assert not keep("libQt6Qml.so.6")  # the top-level symbolic link goes with its library
    assert not keep("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert keep("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert keep("PySide6/Qt/plugins/platforms/libqwayland.so")
    assert keep("PySide6/Qt/plugins/platforms/libqoffscreen.so")
    assert keep("PySide6/plugins/platforms/qwindows.dll")
    assert keep("PySide6/Qt/lib/libQt6Charts.so.6")
    assert keep("PySide6/Qt/plugins/iconengines/libqsvgicon.so")
