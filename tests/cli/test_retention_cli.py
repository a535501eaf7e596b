"""``retention run`` from the command line, as an administrator's script runs it: the dry
run lists the case and its closure date and changes nothing; the run anonymises it; an
officer is refused. With the installation's policy asking it, the sealed PDFs go too: the
counts, the export refused with the date, and a copy the client kept still verifies."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.database import Database, sqlite_url
from recouvrement_desktop.db.models import Agreement, Case, JournalEntry
from recouvrement_desktop.domain.calendar import add_months
from recouvrement_desktop.domain.recovery import (
    AgreementState,
    CasePriority,
    CaseStage,
    Channel,
    JournalKind,
)
from recouvrement_desktop.services.agreements import read_snapshot, seal_model, sealer_for
from recouvrement_desktop.services.sealing import settings_path
from tests.conftest import subprocess_env
from tests.db.conftest import new_client


def cli(*arguments: str, password: str = "demo") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "recouvrement_desktop", "--lang", "en", *arguments],
        capture_output=True, text=True, timeout=300, check=False,
        env=subprocess_env(RECOUVREMENT_PASSWORD=password),
    )  # fmt: skip


def rows(path: Path) -> dict[str, list[Any]]:
    """Every row of the tables that hold clients, cases and their history."""
    with closing(sqlite3.connect(path)) as connection:
        return {
            name: connection.execute(f"SELECT * FROM {name} ORDER BY id").fetchall()
            for name in ("clients", "cases", "loans", "journal_entries", "agreements")
        }


def test_a_dry_run_then_a_run(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    url = sqlite_url(path)
    assert cli("demo-data", "--cases", "5", "--db", url).returncode == 0
    closed_on = add_months(datetime.now(UTC).date(), -60) - timedelta(days=20)
    database = Database(url)
    try:
        with database.transaction() as session:
            case = Case(
                reference="DOS-RETENTION", client=new_client("C-RETENTION"), stage="settled",
                priority=CasePriority.LOW, opened_on=date(2018, 5, 1),
            )  # fmt: skip
            session.add(case)
            session.flush()
            session.add(
                JournalEntry(
                    case_id=case.id, kind=JournalKind.STAGE_CHANGE,
                    occurred_at=datetime.combine(closed_on, datetime.min.time(), UTC)
                    + timedelta(hours=12),
                    stage_from=CaseStage.AMICABLE, stage_to=CaseStage.SETTLED,
                )
            )  # fmt: skip
    finally:
        database.dispose()
    before = rows(path)

    dry = cli("retention", "run", "--dry-run", "--json", "--db", url, "--user", "demo.admin")
    assert dry.returncode == 0, dry.stderr
    listed = json.loads(dry.stdout)
    assert listed["dry_run"] is True and listed["retention_years"] == 5
    assert {"case": "DOS-RETENTION", "closed_on": closed_on.isoformat()}.items() <= next(
        case for case in listed["anonymised"] if case["case"] == "DOS-RETENTION"
    ).items()
    assert rows(path) == before

    refused = cli("retention", "run", "--db", url, "--user", "demo.officer")
    assert refused.returncode == 2 and "administrator" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert rows(path) == before

    done = cli("retention", "run", "--db", url, "--user", "demo.admin")
    assert done.returncode == 0, done.stderr
    assert "DOS-RETENTION" in done.stdout and "anonymised" in done.stdout
    with closing(sqlite3.connect(path)) as connection:
        number, name = connection.execute(
            "SELECT client_number, last_name FROM clients JOIN cases ON cases.client_id = "
            "clients.id WHERE cases.reference = 'DOS-RETENTION'"
        ).fetchone()
        events = connection.execute(
            "SELECT count(*) FROM audit_events WHERE action = 'retention.anonymised'"
        ).fetchone()[0]
    assert number.startswith("ANON-") and name == "—"
    assert events == len(listed["anonymised"])

    again = cli("retention", "run", "--dry-run", "--json", "--db", url, "--user", "demo.admin")
    assert json.loads(again.stdout)["anonymised"] == []


@pytest.fixture
def pdfs_removed_by_policy() -> Iterator[None]:
    """This installation's settings ask the retention job to remove the agreement PDFs."""
    path = settings_path()
    before = path.read_bytes() if path.is_file() else None
    settings = json.loads(before) if before else {}
    settings["retention"] = {"keep_agreement_documents": False}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(settings), encoding="utf-8")
    try:
        yield
    finally:
        if before is None:
            path.unlink()
        else:
            path.write_bytes(before)


def _old_case_with_a_sealed_agreement(url: str, closed_on: date) -> str:
    """A client's only case, settled on *closed_on*, with a signed agreement sealed like
    the demonstration's (its plan copied from one); the agreement's reference."""
    database = Database(url)
    try:
        with database.session() as session:
            snapshot = session.scalars(
                select(Agreement.snapshot).where(Agreement.status == AgreementState.SIGNED)
            ).first()
        assert snapshot is not None, "demo-data writes signed agreements"
        reference = "ACC-RETENTION-1"
        model = replace(read_snapshot(snapshot).model, reference=reference)
        pdf = seal_model(model, sealer_for(demonstration=True))
        with database.transaction() as session:
            case = Case(
                reference="DOS-RETENTION-PDF", client=new_client("C-RETENTION-PDF"),
                stage=CaseStage.SETTLED, priority=CasePriority.LOW, opened_on=date(2018, 5, 1),
            )  # fmt: skip
            session.add(case)
            session.flush()
            session.add(
                JournalEntry(
                    case_id=case.id, kind=JournalKind.STAGE_CHANGE,
                    occurred_at=datetime.combine(closed_on, datetime.min.time(), UTC)
                    + timedelta(hours=12),
                    stage_from=CaseStage.AMICABLE, stage_to=CaseStage.SETTLED,
                )
            )  # fmt: skip
            session.add(
                Agreement(
                    reference=reference, case_id=case.id, client_name="M. Paul Durand",
                    status=AgreementState.SIGNED, channel=Channel.BRANCH, language="fr",
                    snapshot=snapshot, pdf=pdf, pdf_sha256=hashlib.sha256(pdf).hexdigest(),
                )
            )  # fmt: skip
        return reference
    finally:
        database.dispose()


def test_a_policy_removing_the_pdfs_the_counts_and_the_readers(
    tmp_path: Path, pdfs_removed_by_policy: None
) -> None:
    path = tmp_path / "cases.sqlite3"
    url = sqlite_url(path)
    assert cli("demo-data", "--cases", "30", "--db", url).returncode == 0
    closed_on = add_months(datetime.now(UTC).date(), -60) - timedelta(days=20)
    reference = _old_case_with_a_sealed_agreement(url, closed_on)
    kept = tmp_path / "client-copy.pdf"  # the copy the client was given
    as_officer = ("--db", url, "--user", "demo.officer")
    exported = cli("agreement", "export", reference, "--out", str(kept), *as_officer)
    assert exported.returncode == 0, exported.stderr
    before = rows(path)

    said = cli("retention", "run", "--dry-run", "--db", url, "--user", "demo.admin")
    assert said.returncode == 0, said.stderr
    assert "sealed agreement PDF(s) would be removed (dry run)" in said.stdout
    dry = cli("retention", "run", "--dry-run", "--json", "--db", url, "--user", "demo.admin")
    assert dry.returncode == 0, dry.stderr
    listed = json.loads(dry.stdout)
    assert listed["agreement_documents"] == "removed"
    case = next(case for case in listed["anonymised"] if case["case"] == "DOS-RETENTION-PDF")
    assert case["agreement_pdfs_removed"] == 1
    assert listed["agreement_pdfs_removed"] == sum(
        case["agreement_pdfs_removed"] for case in listed["anonymised"]
    )
    assert rows(path) == before

    done = cli("retention", "run", "--json", "--db", url, "--user", "demo.admin")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["agreement_pdfs_removed"] == listed["agreement_pdfs_removed"]
    today = date.fromisoformat(report["today"])
    with closing(sqlite3.connect(path)) as connection:
        pdf, removed_on = connection.execute(
            "SELECT pdf, pdf_removed_on FROM agreements WHERE reference = ?", (reference,)
        ).fetchone()
        removed = connection.execute(
            "SELECT count(*) FROM agreements WHERE pdf_removed_on IS NOT NULL"
        ).fetchone()[0]
    assert pdf is None and removed_on == today.isoformat()
    assert removed == report["agreement_pdfs_removed"]
    database = Database(url)
    try:
        with database.session() as session:
            assert verify_audit(session).intact
    finally:
        database.dispose()

    again = cli("agreement", "export", reference, "--out", str(tmp_path / "x.pdf"), *as_officer)
    assert again.returncode == 2
    assert f"removed by the retention policy on {today.isoformat()}" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1 and "Unexpected" not in again.stderr
    assert not (tmp_path / "x.pdf").exists()

    verified = cli("verify", str(kept), "--db", url)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert verified.stdout.startswith("VALID") and reference in verified.stdout
    assert "removed by the retention policy" in verified.stdout
