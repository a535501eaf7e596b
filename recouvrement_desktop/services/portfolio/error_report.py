"""The lines an import refused, as a CSV file for whoever fixes the extract: line,
column, value and reason (in the interface's language, given by the caller)."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from pathlib import Path

from recouvrement_desktop.domain.portfolio_rows import RowIssue

__all__ = ["write_error_report"]

HEADER = ("line", "column", "value", "message")


def write_error_report(
    path: Path, issues: Iterable[RowIssue], message: Callable[[RowIssue], str]
) -> None:
    """Write the report (UTF-8 with a byte order mark, ``;``: it opens as is in a
    French spreadsheet); ``message`` gives each issue's translated reason."""
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow(HEADER)
        for issue in issues:
            writer.writerow((issue.line, issue.column, issue.value, message(issue)))
