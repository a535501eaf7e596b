"""The shipped mapping profiles, on SQLite and on the real PostgreSQL server: the same
contracts written in a bank's own layout import to the same records as the standard
example (so importing them after it changes nothing), and a broken profile is refused
before the database is touched."""

from __future__ import annotations

from pathlib import Path

import pytest

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.import_profile import ProfileError
from recouvrement_desktop.paths import resource_path
from recouvrement_desktop.services.portfolio.importer import import_portfolio
from recouvrement_desktop.services.portfolio.profiles import load_profile
from recouvrement_desktop.services.portfolio.reading import PortfolioFileError

from .test_portfolio_import import (  # shared fixtures
    EXAMPLE,
    TODAY,
    assert_audit_intact,
    officers,  # noqa: F401
    supervisor,  # noqa: F401
    totals,
)

PROFILES = resource_path("import", "profiles")


@pytest.mark.parametrize(
    ("profile", "example"),
    [
        ("core-banking-fr.toml", "core-banking-fr-example.csv"),
        ("ledger-export-en.toml", "ledger-export-en-example.tsv"),
    ],
)
def test_a_banks_layout_reads_as_the_standard_one(
    database: Database,
    supervisor: Identity,  # noqa: F811
    officers: dict[str, Identity],  # noqa: F811
    profile: str,
    example: str,
) -> None:
    standard = import_portfolio(database, supervisor, EXAMPLE, today=TODAY)
    assert standard.rejected == [] and standard.created_contracts == 10
    before = totals(database)
    again = import_portfolio(
        database, supervisor, PROFILES / example, profile=load_profile(PROFILES / profile),
        today=TODAY,
    )  # fmt: skip
    assert again.rejected == [] and again.lines == 10
    counts = again.counts()
    assert counts["created"] == {"clients": 0, "contracts": 0, "cases": 0}
    assert counts["updated"] == {"clients": 0, "contracts": 0}
    assert again.unchanged == 10
    assert totals(database) == before
    assert_audit_intact(database)


def test_without_its_profile_a_banks_file_lacks_every_column(
    database: Database,
    supervisor: Identity,  # noqa: F811
) -> None:
    with pytest.raises(PortfolioFileError, match="Required columns are missing"):
        import_portfolio(database, supervisor, PROFILES / "core-banking-fr-example.csv")


def test_a_broken_profile_is_refused_with_its_reason(tmp_path: Path) -> None:
    syntax = tmp_path / "syntax.toml"
    syntax.write_text('name = "x"\n[columns\n', encoding="utf-8")
    with pytest.raises(PortfolioFileError, match=r"not valid TOML.*line 2"):
        load_profile(syntax)
    wrong = tmp_path / "wrong.toml"
    wrong.write_text('[columns]\nclient_no = "NUM"\n', encoding="utf-8")
    with pytest.raises(ProfileError, match=r"columns\.client_no"):
        load_profile(wrong)
    with pytest.raises(PortfolioFileError, match="cannot be read"):
        load_profile(tmp_path / "absent.toml")
