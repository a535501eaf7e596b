"""Search of the work queue by client name, phone or case reference, in SQL.

A search by name or phone finds its clients through a trigram index (migration 0004):
an FTS5 table asked here on SQLite, GIN indexes that serve LIKE by themselves on
PostgreSQL. Without it (a backend that cannot have it) a search reads every client and
finds the same. Few candidates are fetched by their index and sorted by the queue;
many are met while walking the queue's order index.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    column,
    exists,
    false,
    func,
    or_,
    select,
    table,
)
from sqlalchemy.orm import Session, aliased

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import SEARCH_INDEX, Case, Client
from recouvrement_desktop.domain.text import fold, phone_digits

__all__ = ["SEARCH_SET_LIMIT", "SPARSE_SEARCH_LIMIT", "CaseSearch", "prefix_match"]

_PHONE_CHARACTERS = set("0123456789 +.-()/")
# Up to this many matching clients (or references), a search lists its candidates and
# sorts them; beyond, walking the queue's order index and checking each row is cheaper.
SPARSE_SEARCH_LIMIT = 2000
# Up to this many clients found by SQLite's search index, that walk checks each row
# against the set of them; beyond, against the client's own row (the walk is short then).
SEARCH_SET_LIMIT = 30_000
_HIGHEST_CHARACTER = "\U0010ffff"
# SQLite's search index of client names and phones (db/models.py: SEARCH_INDEX), an FTS5
# table whose rowid is the client's id. Its trigram tokenizer finds a word of 3 or more
# characters anywhere in a name; shorter words are checked on the rows it finds.
_SEARCH_INDEX = table(SEARCH_INDEX, column("rowid"), column("search_name"), column("search_phones"))
_TRIGRAM = 3


def prefix_match(column: Any, prefix: str, *, sqlite: bool) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, in a form the backend's index can serve.

    SQLite's LIKE ignores case and so cannot use a plain index: a range on the binary
    collation can. PostgreSQL's collations need not order by prefix: LIKE it is there.
    """
    if sqlite:
        return and_(column >= prefix, column < prefix + _HIGHEST_CHARACTER)
    result: ColumnElement[bool] = column.startswith(prefix, autoescape=True)
    return result


class CaseSearch:
    """The condition a typed text puts on the queue (see the module docstring)."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self._search_index: bool | None = None  # whether SQLite's search index exists

    def condition(
        self, session: Session, text: str, *, counting: bool
    ) -> ColumnElement[bool] | None:
        """Cases whose client's name holds every typed word (accents and case ignored),
        whose phone holds the typed digits, or whose reference starts with the text.

        ``counting``: for a count, which needs no order, rather than for a page."""
        # NUL is in no name nor reference, and neither FTS5 nor PostgreSQL take it in a
        # query: a separator, as invisible as a space.
        text = text.replace("\x00", " ").strip()
        if not text:
            return None
        client = aliased(Client)
        wanted = _client_words(text)
        client_match = _client_match(client, wanted)
        indexed = self._indexed_clients(session, wanted)
        reference_match = prefix_match(
            Case.reference, text.upper(), sqlite=self._database.is_sqlite
        )

        # Ask first how many match (stopping early): few candidates are best fetched by
        # their index and sorted; many are best met while walking the queue's index.
        clients: Sequence[int] = []
        if client_match is not None:
            candidates = indexed if indexed is not None else select(client.id).where(client_match)
            clients = session.scalars(candidates.limit(SPARSE_SEARCH_LIMIT + 1)).all()
        references = session.scalars(
            select(Case.id).where(reference_match).limit(SPARSE_SEARCH_LIMIT + 1)
        ).all()
        if max(len(clients), len(references)) <= SPARSE_SEARCH_LIMIT:
            return or_(
                Case.client_id.in_(clients) if clients else false(),
                Case.id.in_(references) if references else false(),
            )
        if client_match is None:
            return reference_match
        if indexed is not None:
            if counting:  # no order to follow: from the clients found, up to the cap
                return or_(Case.client_id.in_(indexed), reference_match)
            # The walk checks each row against the clients found, read once from the index
            # ("+ 0": never through the client index) unless they are so many that the
            # walk is short and reading them all would cost more than it saves.
            found = select(func.count()).select_from(indexed.limit(SEARCH_SET_LIMIT + 1).subquery())
            if session.execute(found).scalar_one() <= SEARCH_SET_LIMIT:
                return or_((Case.client_id + 0).in_(indexed), reference_match)
        return or_(exists().where(client.id == Case.client_id, client_match), reference_match)

    def _indexed_clients(self, session: Session, wanted: _ClientWords | None) -> Select[int] | None:
        """Ids of the clients ``wanted``, found through SQLite's search index; ``None`` when
        there is no index to ask (PostgreSQL's trigram indexes serve LIKE as it stands),
        or no word long enough to look up in it."""
        if wanted is None or not self._has_search_index(session):
            return None
        indexed = [word for word in wanted.words if len(word) >= _TRIGRAM]
        if not indexed:
            return None
        # Each word a quoted phrase, its quotes doubled: whatever was typed is text to
        # find, never query syntax (operators, column filters, prefixes, parentheses).
        query = " ".join('"' + word.replace('"', '""') + '"' for word in indexed)
        statement = select(_SEARCH_INDEX.c.rowid).where(_SEARCH_INDEX.c[wanted.column].match(query))
        short = [word for word in wanted.words if len(word) < _TRIGRAM]
        if short:
            client = aliased(Client)
            statement = statement.join(client, client.id == _SEARCH_INDEX.c.rowid).where(
                *(_contains(getattr(client, wanted.column), word) for word in short)
            )
        result: Select[int] = statement
        return result

    def _has_search_index(self, session: Session) -> bool:
        """Whether SQLite's search index exists (not where the SQLite cannot have it)."""
        if self._search_index is None:
            master = table("sqlite_master", column("type"), column("name"))
            found = select(func.count()).where(
                master.c.type == "table", master.c.name == SEARCH_INDEX
            )
            self._search_index = self._database.is_sqlite and bool(session.scalar(found))
        return self._search_index


@dataclass(frozen=True)
class _ClientWords:
    """What a typed text asks of a client: every word contained in ``column``."""

    column: str  # "search_name" or "search_phones", on Client and on the search index
    words: tuple[str, ...]


def _client_words(text: str) -> _ClientWords | None:
    """The name's words or the phone's digits (at least 4) of the typed text; ``None``
    when it can be neither (letters and digits: a reference)."""
    digits = phone_digits(text)
    if set(text) <= _PHONE_CHARACTERS:
        return _ClientWords("search_phones", (digits,)) if len(digits) >= 4 else None
    words = tuple(fold(text).split())
    if digits or not words:  # no name holds a digit
        return None
    return _ClientWords("search_name", words)


def _client_match(client: Any, wanted: _ClientWords | None) -> ColumnElement[bool] | None:
    """Clients whose name holds every typed word, or whose phone numbers hold the typed
    digits, read on the client's row."""
    if wanted is None:
        return None
    column = getattr(client, wanted.column)
    return and_(*(_contains(column, word) for word in wanted.words))


def _contains(column: Any, word: str) -> ColumnElement[bool]:
    """``column`` holds ``word``, taken literally (``%`` and ``_`` are text, not wildcards).

    The pattern is whole in one parameter, so that PostgreSQL's planner sees what a
    trigram index can serve."""
    escaped = word.replace("/", "//").replace("%", "/%").replace("_", "/_")
    result: ColumnElement[bool] = column.like(f"%{escaped}%", escape="/")
    return result
