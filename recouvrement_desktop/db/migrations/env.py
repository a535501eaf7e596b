"""Alembic environment: always run on a connection handed over by ``db.migrate``."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy.types import TypeDecorator

from recouvrement_desktop.db.models import Base, is_search_index


def render_item(kind: str, item: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Write our column types as the plain types they store, so that migrations never
    import application code that may change later."""
    if kind == "type" and isinstance(item, TypeDecorator):
        return f"sa.{item.impl_instance!r}"
    return False


def include_name(name: str | None, kind: str, _parents: Any) -> bool:
    """Autogenerate leaves the search index alone: it is created by hand (0004)."""
    return not (kind in ("table", "index") and is_search_index(name))


config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only db.migrate drives migrations
    raise RuntimeError("run migrations through recouvrement_desktop.db.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copy
    compare_type=True,
    render_item=render_item,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
