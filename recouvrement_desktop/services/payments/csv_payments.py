"""The plain CSV of payments, for banks without camt: a header row naming the columns
``contract_number``, ``date``, ``amount`` and ``reference`` (any order, any case), then
one payment a line. Separator ``;``, ``,`` or tab; UTF-8 (with or without BOM) or
Windows-1252; dates and amounts as in the portfolio layout (docs/import-format.md).

Any line that cannot be read refuses the whole file: nothing is written."""

from __future__ import annotations

import csv
import hashlib
import io
from typing import Final

from recouvrement_desktop.domain.import_values import BadValueError, read_amount, read_date
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP
from recouvrement_desktop.services.payments.statement import (
    Statement,
    StatementLine,
    digest_reference,
    refused,
)
from recouvrement_desktop.services.portfolio.reading import decode, separator_of

__all__ = ["COLUMNS", "read_payments_csv"]

COLUMNS: Final = ("contract_number", "date", "amount", "reference")
_REQUIRED: Final = ("contract_number", "date", "amount")


def _bad(line: int, column: str, value: str) -> Exception:
    return refused(
        QT_TRANSLATE_NOOP(
            "Payments",
            "Line {line}, column {column}: “{value}” cannot be read. Nothing was imported.",
        ),
        line=line,
        column=column,
        value=value,
    )


def read_payments_csv(data: bytes) -> Statement:
    text, _encoding = decode(data)
    rows = list(csv.reader(io.StringIO(text), delimiter=separator_of(text.partition("\n")[0])))
    if not rows:
        raise refused(QT_TRANSLATE_NOOP("Payments", "The file is empty."))
    header = [cell.strip().lower() for cell in rows[0]]
    missing = [name for name in _REQUIRED if name not in header]
    if missing:
        raise refused(
            QT_TRANSLATE_NOOP("Payments", "Required columns missing: {columns}"),
            columns=", ".join(missing),
        )
    where = {name: header.index(name) for name in COLUMNS if name in header}
    lines: list[StatementLine] = []
    seen: dict[tuple[str, object, object], int] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue  # a blank line (a trailing one, often)
        cells = {name: (row[i].strip() if i < len(row) else "") for name, i in where.items()}
        contract = cells["contract_number"]
        if not contract:
            raise _bad(number, "contract_number", contract)
        try:
            day = read_date(cells["date"])
        except BadValueError:
            raise _bad(number, "date", cells["date"]) from None
        try:
            amount = read_amount(cells["amount"])
        except BadValueError:
            raise _bad(number, "amount", cells["amount"]) from None
        if amount <= 0:
            raise _bad(number, "amount", cells["amount"])
        # Without a reference, a payment is named by what it says (and how many times the
        # file said the same): the same file again gives the same names.
        occurrence = seen[contract, day, amount] = seen.get((contract, day, amount), 0) + 1
        reference = cells.get("reference") or digest_reference(contract, day, amount, occurrence)
        lines.append(
            StatementLine(
                reference=reference[:80],
                booked_on=day,
                amount=amount,
                currency="EUR",
                credit=True,
                contract_number=contract,
                creditor_reference=contract[:35],
            )
        )
    return Statement(source="csv", sha256=hashlib.sha256(data).hexdigest(), lines=tuple(lines))
