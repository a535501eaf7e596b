"""What an import did (or would do): counts, and the lines it refused."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from recouvrement_desktop.domain.portfolio_rows import RowIssue

__all__ = ["ImportReport", "PriorImport"]


@dataclass(frozen=True, slots=True)
class PriorImport:
    """The first import of a file: when, and by whom (empty when no one signed in)."""

    at: datetime
    by: str


@dataclass
class ImportReport:
    file: str
    sha256: str
    lines: int
    dry_run: bool
    skip_invalid: bool
    created_clients: int = 0
    created_contracts: int = 0
    created_cases: int = 0
    updated_clients: int = 0
    updated_contracts: int = 0
    unchanged: int = 0
    journal_entries: int = 0
    left_contracts: int = 0  # contracts of open cases the (full) file no longer holds
    settle_proposed: int = 0  # cases whose every contract has left: may be settled
    rejected: list[RowIssue] = field(default_factory=list)
    already: PriorImport | None = None  # the same file was imported before: nothing done

    @property
    def refused(self) -> bool:
        """Invalid lines without ``--skip-invalid``: nothing was written."""
        return bool(self.rejected) and not self.skip_invalid

    @property
    def written(self) -> bool:
        return not (self.dry_run or self.refused or self.already)

    @property
    def rejected_lines(self) -> int:
        return len({issue.line for issue in self.rejected})

    def counts(self) -> dict[str, object]:
        """The figures of the audit event and of ``--json``."""
        return {
            "lines": self.lines,
            "created": {
                "clients": self.created_clients,
                "contracts": self.created_contracts,
                "cases": self.created_cases,
            },
            "updated": {"clients": self.updated_clients, "contracts": self.updated_contracts},
            "unchanged": self.unchanged,
            "left_extract": {"contracts": self.left_contracts, "cases": self.settle_proposed},
            "rejected_lines": self.rejected_lines,
        }
