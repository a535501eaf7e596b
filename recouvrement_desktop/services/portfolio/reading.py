"""A portfolio file read into lines: its encoding and separator found, its header
matched to the standard columns. A file that cannot be read, or lacks a required
column, is refused here, before any line is looked at."""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from recouvrement_desktop.domain.import_profile import ImportProfile
from recouvrement_desktop.domain.portfolio_layout import COLUMNS, REQUIRED, column_named
from recouvrement_desktop.domain.portfolio_rows import RawLine
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError

__all__ = ["PortfolioFile", "PortfolioFileError", "decode", "read_portfolio", "separator_of"]

SEPARATORS: Final = (";", "\t", ",")
_COLUMN: Final = {column.name: column for column in COLUMNS}


class PortfolioFileError(UserFacingError):
    """The whole file is refused: nothing was written."""

    context = "Import"
    exit_code = 2


@dataclass(frozen=True, slots=True)
class PortfolioFile:
    path: Path
    sha256: str
    encoding: str
    separator: str
    columns: tuple[str, ...]  # the standard columns the header names
    ignored: tuple[str, ...]  # header cells that name no standard column
    lines: tuple[RawLine, ...]


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text and the encoding it was read in: the one given, else UTF-8 (with or
    without its byte order mark), else Windows-1252."""
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise PortfolioFileError(
                QT_TRANSLATE_NOOP("Import", "Unknown encoding: {encoding}"), encoding=encoding
            ) from None
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            raise PortfolioFileError(
                QT_TRANSLATE_NOOP("Import", "The file is not written in {encoding}"),
                encoding=encoding,
            ) from None
        return text.removeprefix("\ufeff"), encoding
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise PortfolioFileError(
            QT_TRANSLATE_NOOP(
                "Import", "The file is neither UTF-8 nor Windows-1252: give its --encoding"
            )
        ) from None


def separator_of(header: str) -> str:
    """The separator the header line uses most: ``;``, tab or ``,``."""
    counts = {separator: header.count(separator) for separator in SEPARATORS}
    best = max(SEPARATORS, key=lambda separator: counts[separator])
    if counts[best] == 0:
        raise PortfolioFileError(
            QT_TRANSLATE_NOOP(
                "Import", "No separator in the header line (expected ';', ',' or a tab)"
            )
        )
    return best


def _columns(
    header: list[str], profile: ImportProfile | None
) -> tuple[list[str | None], list[str]]:
    names: list[str | None] = []
    ignored: list[str] = []
    for cell in header:
        column = column_named(cell if profile is None else profile.column_for(cell))
        if column is None:
            names.append(None)
            if cell.strip():
                ignored.append(cell.strip())
        elif column.name in names:
            raise PortfolioFileError(
                QT_TRANSLATE_NOOP("Import", "The column {column} is named twice"),
                column=column.name,
            )
        else:
            names.append(column.name)
    missing = [name for name in REQUIRED if name not in names]
    if missing:
        raise PortfolioFileError(
            QT_TRANSLATE_NOOP("Import", "Required columns are missing: {columns}"),
            columns=", ".join(missing),
        )
    return names, ignored


def parse_text(
    text: str, profile: ImportProfile | None = None
) -> tuple[str, list[str | None], list[str], list[RawLine]]:
    """The separator, the header's columns, the unknown header cells and the lines (their
    cells in the standard writing when a *profile* describes the bank's own)."""
    header_line = text.split("\n", 1)[0]
    if not header_line.strip():
        raise PortfolioFileError(QT_TRANSLATE_NOOP("Import", "The file has no header line"))
    separator = (profile.separator if profile else None) or separator_of(header_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    try:
        header = next(reader)
        names, ignored = _columns(header, profile)
        lines: list[RawLine] = []
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue  # a blank line (often the last one)
            cells_by_name = {
                name: cell for name, cell in zip(names, cells, strict=False) if name is not None
            }
            if profile is not None:
                cells_by_name = {
                    name: profile.standard_cell(_COLUMN[name], cell)
                    for name, cell in cells_by_name.items()
                }
            lines.append(RawLine(reader.line_num, cells_by_name))
    except csv.Error as error:
        raise PortfolioFileError(
            QT_TRANSLATE_NOOP("Import", "The file cannot be read near line {line}: {reason}"),
            line=reader.line_num,
            reason=str(error),
        ) from None
    return separator, names, ignored, lines


def read_portfolio(
    path: Path, encoding: str | None = None, profile: ImportProfile | None = None
) -> PortfolioFile:
    """The file read, in the given *encoding*, else the profile's, else the one found."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise PortfolioFileError(
            QT_TRANSLATE_NOOP("Import", "The file {path} cannot be read: {reason}"),
            path=str(path),
            reason=error.strerror or str(error),
        ) from None
    text, found = decode(data, encoding or (profile.encoding if profile else None))
    separator, names, ignored, lines = parse_text(text, profile)
    return PortfolioFile(
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=found,
        separator=separator,
        columns=tuple(name for name in names if name is not None),
        ignored=tuple(ignored),
        lines=tuple(lines),
    )
