"""What a portfolio file looks like before it is imported: how it was read and its first
lines, as the import dialog shows them (nothing here touches the database)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from recouvrement_desktop.domain.import_profile import ImportProfile
from recouvrement_desktop.services.portfolio.reading import read_portfolio

__all__ = ["PortfolioPreview", "preview_portfolio"]

PREVIEW_LINES = 20


@dataclass(frozen=True, slots=True)
class PortfolioPreview:
    file: str
    encoding: str
    separator: str
    lines: int
    columns: tuple[str, ...]  # the standard columns found, in the file's order
    ignored: tuple[str, ...]  # the file's columns that fill none
    first: tuple[tuple[int, tuple[str, ...]], ...]  # (line number, cells by ``columns``)


def preview_portfolio(
    path: Path,
    *,
    encoding: str | None = None,
    profile: ImportProfile | None = None,
    count: int = PREVIEW_LINES,
) -> PortfolioPreview:
    """The file as read (refused as the import would refuse it: ``PortfolioFileError``)."""
    parsed = read_portfolio(path, encoding, profile)
    return PortfolioPreview(
        file=path.name,
        encoding=parsed.encoding,
        separator=parsed.separator,
        lines=len(parsed.lines),
        columns=parsed.columns,
        ignored=parsed.ignored,
        first=tuple(
            (raw.line, tuple(raw.cells.get(name, "") for name in parsed.columns))
            for raw in parsed.lines[:count]
        ),
    )
