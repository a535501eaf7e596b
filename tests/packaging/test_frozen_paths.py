"""paths.py in a simulated frozen layout: ``sys._MEIPASS`` points at a folder laid out as
the spec lays out the bundle's ``_internal/``; every bundled file is found there."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from alembic.script import ScriptDirectory
from PySide6.QtCore import QTranslator

from recouvrement_desktop import paths
from recouvrement_desktop.db.migrate import alembic_config, head_revision
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.i18n.translation import catalogue_file
from tests.packaging.conftest import PACKAGING_DIR

ROOT = PACKAGING_DIR.parent
MIGRATIONS = ROOT / "recouvrement_desktop" / "db" / "migrations"


@pytest.fixture
def frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A bundle's contents folder with what the spec puts there, and ``sys._MEIPASS``."""
    contents = tmp_path / "_internal"
    shutil.copytree(ROOT / "resources" / "icons", contents / "resources" / "icons")
    (contents / "translations").mkdir(parents=True)
    for qm in (ROOT / "translations").glob("*.qm"):
        shutil.copy2(qm, contents / "translations")
    target = contents / "recouvrement_desktop" / "db" / "migrations"
    (target / "versions").mkdir(parents=True)
    shutil.copy2(MIGRATIONS / "env.py", target)
    shutil.copy2(MIGRATIONS / "script.py.mako", target)
    for version in (MIGRATIONS / "versions").glob("*.py"):
        shutil.copy2(version, target / "versions")
    monkeypatch.setattr(sys, "_MEIPASS", str(contents), raising=False)
    return contents


def test_resources_and_translations_come_from_the_bundle(frozen: Path) -> None:
    icon = paths.resource_path("icons", "recouvrement-desktop.svg")
    assert icon == frozen / "resources" / "icons" / "recouvrement-desktop.svg"
    assert icon.is_file()
    assert paths.translations_dir() == frozen / "translations"
    for language in Language:
        catalogue = catalogue_file(language)
        assert Path(catalogue).parent == frozen / "translations"
        assert QTranslator().load(catalogue)


def test_migrations_come_from_the_bundle(frozen: Path) -> None:
    assert paths.migrations_dir() == frozen / "recouvrement_desktop" / "db" / "migrations"
    script = ScriptDirectory.from_config(alembic_config())
    assert Path(script.dir) == paths.migrations_dir()
    assert script.get_current_head() == head_revision()
    assert {Path(revision.path).parent for revision in script.walk_revisions()} == {
        paths.migrations_dir() / "versions"
    }


def test_user_data_never_inside_the_bundle(frozen: Path) -> None:
    assert frozen not in paths.user_data_dir().parents
    assert frozen not in paths.default_database_path().parents


def test_source_layout_without_meipass() -> None:
    assert not hasattr(sys, "_MEIPASS")
    assert paths.migrations_dir() == MIGRATIONS
    assert paths.resource_path("icons", "recouvrement-desktop.svg").is_file()
    assert (paths.translations_dir() / "recouvrement_fr.qm").is_file()


def test_spec_places_migrations_where_paths_looks(frozen: Path, spec: dict[str, Any]) -> None:
    """Each migration file the spec ships lands, under _MEIPASS, in migrations_dir()."""
    shipped = {Path(source).name: Path(dest) for source, dest in spec["migration_datas"]()}
    assert shipped["env.py"] == paths.migrations_dir().relative_to(frozen)
    for version in (MIGRATIONS / "versions").glob("*.py"):
        assert shipped[version.name] == (paths.migrations_dir() / "versions").relative_to(frozen)


def test_no_module_builds_paths_from_file_outside_paths_py() -> None:
    """A frozen build has no source tree: only paths.py may start from ``__file__``."""
    package = ROOT / "recouvrement_desktop"
    offenders = [
        str(path.relative_to(ROOT))
        for path in package.rglob("*.py")
        if "__file__" in path.read_text(encoding="utf-8")
        and path.name != "paths.py"
        and "migrations" not in path.parts
    ]
    assert offenders == []
