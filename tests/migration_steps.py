"""One migration run alone, down or up, on a database of the newest schema.

A test of what a migration does to a populated database cannot downgrade the whole
schema to before it: the code writes and reads the columns later migrations added, and
a later migration's downgrade drops what the records hold. So the migration under test
runs by itself, as Alembic would run it, against the rest of the newest schema."""

from __future__ import annotations

import importlib.util

from alembic.migration import MigrationContext
from alembic.operations import Operations

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.paths import migrations_dir


def run_alone(database: Database, revision: str, *, up: bool) -> None:
    """Run migration *revision*'s ``upgrade`` (or ``downgrade``) in one transaction."""
    path = migrations_dir() / "versions" / f"{revision}.py"
    spec = importlib.util.spec_from_file_location(f"migration_{revision}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with (
        database.engine.begin() as connection,
        Operations.context(MigrationContext.configure(connection)),
    ):
        (module.upgrade if up else module.downgrade)()
