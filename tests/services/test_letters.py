"""Letters made from real demonstration cases, read back with poppler and the e-mail
parser of the standard library."""

from __future__ import annotations

import email
import re
from datetime import timedelta
from decimal import Decimal
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from xml.etree import ElementTree

import pytest
from sqlalchemy import func, select

from recouvrement_desktop.db.audit import COVERAGE_ACTIONS
from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Agreement, AuditEvent, Case, JournalEntry, Officer
from recouvrement_desktop.documents.letters.pdf import ADDRESS_WINDOW
from recouvrement_desktop.documents.letters.templates import MissingFactError, load_template
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.letters import LetterKind
from recouvrement_desktop.domain.recovery import (
    AgreementState,
    JournalKind,
    LoanCategory,
    OfficerRole,
)
from recouvrement_desktop.i18n.formatting import format_money
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.paths import resource_path
from recouvrement_desktop.services.agreements.snapshot import read_snapshot
from recouvrement_desktop.services.demo_agreements import write_demo_agreements
from recouvrement_desktop.services.letters import (
    LetterCaseNotFoundError,
    RenderedLetter,
    render_letter,
)
from recouvrement_desktop.services.permissions import AccessRefusedError
from recouvrement_desktop.services.views import identity_of
from tests.conftest import DEMO_TODAY
from tests.documents.conftest import run_tool

MM = 72 / 25.4


def plain(value: str) -> str:
    """poppler turns U+202F and U+00A0 into plain spaces; so does this."""
    return re.sub(r"[\u202f\u00a0]", " ", value)


def pdf_words(path: Path) -> str:
    """The PDF's text with its lines joined (a name may wrap at a line's end)."""
    text = run_tool("pdftotext", "-enc", "UTF-8", path, "-").stdout
    return " ".join(plain(text).split())


def case_with_arrears(database: Database) -> tuple[str, Identity, Decimal]:
    with database.session() as session:
        case = session.scalars(
            select(Case)
            .where(Case.officer_id.is_not(None), Case.total_arrears > 0)
            .order_by(Case.id)
        ).first()
        assert case is not None and case.officer is not None
        arrears = sum(
            (
                loan.arrears_amount
                + loan.late_interest
                + loan.penalties
                # a consumer credit's fees are not claimed (C. consom. L312-38)
                + (loan.fees if loan.category is LoanCategory.MORTGAGE else 0)
            )
            for loan in case.loans
        )
        return case.reference, identity_of(case.officer), Decimal(arrears)


def case_with_pending_promise(database: Database) -> tuple[str, Identity, Decimal]:
    settled = select(JournalEntry.refers_to_id).where(
        JournalEntry.kind == JournalKind.PROMISE_OUTCOME, JournalEntry.refers_to_id.is_not(None)
    )
    with database.session() as session:
        promise = session.scalars(
            select(JournalEntry)
            .join(Case, Case.id == JournalEntry.case_id)
            .where(
                JournalEntry.kind == JournalKind.PROMISE,
                JournalEntry.id.not_in(settled),
                Case.officer_id.is_not(None),
            )
            .order_by(JournalEntry.id)
        ).first()
        assert promise is not None and promise.amount is not None
        case = session.get_one(Case, promise.case_id)
        assert case.officer is not None
        # the latest pending promise of that case is the one the letter confirms
        latest = session.scalars(
            select(JournalEntry)
            .where(
                JournalEntry.case_id == case.id,
                JournalEntry.kind == JournalKind.PROMISE,
                JournalEntry.id.not_in(settled),
            )
            .order_by(JournalEntry.occurred_at.desc(), JournalEntry.id.desc())
        ).first()
        assert latest is not None and latest.amount is not None
        return case.reference, identity_of(case.officer), latest.amount


def render(
    database: Database, identity: Identity, reference: str, kind: LetterKind, lang: Language
) -> RenderedLetter:
    return render_letter(database, identity, reference, kind, lang, today=DEMO_TODAY)


def client_name(database: Database, reference: str) -> str:
    with database.session() as session:
        case = session.scalars(select(Case).where(Case.reference == reference)).one()
        return f"{case.client.first_name} {case.client.last_name}"


CASE_KINDS = [
    LetterKind.REMINDER_1,
    LetterKind.REMINDER_2,
    LetterKind.FORMAL_NOTICE,
    LetterKind.ACCELERATION,
    LetterKind.FICP_NOTICE,
]


@pytest.mark.parametrize("language", list(Language))
def test_every_case_letter_renders_with_the_case_figures(
    demo_database: Database, tmp_path: Path, language: Language
) -> None:
    reference, identity, arrears = case_with_arrears(demo_database)
    name = client_name(demo_database, reference)
    with demo_database.session() as session:
        case = session.scalars(select(Case).where(Case.reference == reference)).one()
        principal = sum((loan.outstanding_principal for loan in case.loans), Decimal(0))
    for kind in CASE_KINDS:
        letter = render(demo_database, identity, reference, kind, language)
        path = tmp_path / f"{kind.value}.pdf"
        path.write_bytes(letter.pdf)
        words = pdf_words(path)
        assert name in words, kind
        assert reference in words, kind
        if kind is LetterKind.ACCELERATION:  # the whole amount owed, principal included
            assert plain(format_money(arrears + principal, language)) in words, kind
        else:
            assert plain(format_money(arrears, language)) in words, kind
        assert f"v{letter.version}" in words  # the template's version on every page
        assert letter.version == load_template(resource_path("letters"), kind, language).version
    # the formal notice gives the policy's cure period and its deadline
    notice = render(demo_database, identity, reference, LetterKind.FORMAL_NOTICE, language)
    month = {Language.FRENCH: "décembre", Language.ENGLISH: "December"}[language]
    assert "**15 days**" in notice.text.body or "**15 jours**" in notice.text.body
    assert f"13 {month} 2026" in notice.text.body  # 28 November + 15 days
    ficp = render(demo_database, identity, reference, LetterKind.FICP_NOTICE, language)
    assert "**30 days**" in ficp.text.body or "**30 jours**" in ficp.text.body
    assert f"28 {month} 2026" in ficp.text.body  # 28 November + 30 days


@pytest.mark.parametrize("language", list(Language))
def test_the_promise_confirmation_gives_the_pending_promise(
    demo_database: Database, tmp_path: Path, language: Language
) -> None:
    reference, identity, amount = case_with_pending_promise(demo_database)
    letter = render(demo_database, identity, reference, LetterKind.PROMISE_CONFIRMATION, language)
    path = tmp_path / "promise.pdf"
    path.write_bytes(letter.pdf)
    words = pdf_words(path)
    assert plain(format_money(amount, language)) in words
    assert client_name(demo_database, reference) in words
    assert reference in words


def test_a_case_without_a_promise_or_an_agreement_has_no_such_letter(
    demo_database: Database,
) -> None:
    reference, identity, _ = case_with_arrears(demo_database)
    for kind in (LetterKind.AGREEMENT_COVER, LetterKind.AGREEMENT_MISSED):
        with pytest.raises(MissingFactError) as caught:
            render(demo_database, identity, reference, kind, Language.FRENCH)
        assert caught.value.params == {"case": reference, "kind": kind.value}


@pytest.mark.parametrize("language", list(Language))
def test_the_agreement_letters_give_the_agreement_terms(
    demo_database: Database, tmp_path: Path, language: Language
) -> None:
    assert write_demo_agreements(demo_database, limit=1) >= 1
    with demo_database.session() as session:
        agreement = session.scalars(
            select(Agreement).where(Agreement.status == AgreementState.SIGNED)
        ).first()
        assert agreement is not None
        case = session.get_one(Case, agreement.case_id)
        assert case.officer is not None
        reference, identity = case.reference, identity_of(case.officer)
        agreement_reference = agreement.reference
        installment = read_snapshot(agreement.snapshot).installment
    later = DEMO_TODAY + timedelta(days=100)  # instalments have fallen due by then
    for kind in (LetterKind.AGREEMENT_COVER, LetterKind.AGREEMENT_MISSED):
        letter = render_letter(demo_database, identity, reference, kind, language, today=later)
        path = tmp_path / f"{kind.value}.pdf"
        path.write_bytes(letter.pdf)
        words = pdf_words(path)
        assert agreement_reference in words
        assert reference in words
        assert client_name(demo_database, reference) in words
    cover = render(demo_database, identity, reference, LetterKind.AGREEMENT_COVER, language)
    assert format_money(installment, language) in cover.text.body
    with pytest.raises(MissingFactError):  # nothing has fallen due on the day it is signed
        render(demo_database, identity, reference, LetterKind.AGREEMENT_MISSED, language)


def test_the_address_sits_in_the_envelope_window(demo_database: Database, tmp_path: Path) -> None:
    reference, identity, _ = case_with_arrears(demo_database)
    letter = render(demo_database, identity, reference, LetterKind.FORMAL_NOTICE, Language.FRENCH)
    path = tmp_path / "notice.pdf"
    path.write_bytes(letter.pdf)
    html = run_tool("pdftotext", "-bbox", "-f", "1", "-l", "1", path, "-").stdout
    root = ElementTree.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", html))
    words = [
        (
            w.text or "",
            float(w.get("xMin", 0)),
            float(w.get("yMin", 0)),
            float(w.get("xMax", 0)),
            float(w.get("yMax", 0)),
        )
        for w in root.iter("{http://www.w3.org/1999/xhtml}word")
    ]
    x1, y1, x2, y2 = (value * MM for value in ADDRESS_WINDOW)
    address = [*letter.data.recipient.name.split()]
    for line in letter.data.recipient.address_lines:
        address += line.split()
    for token in address:
        boxes = [w for w in words if w[0] == token]
        assert boxes, token
        # the token appears inside the window (it may appear elsewhere too: a town)
        assert any(
            x1 <= bx1 and bx2 <= x2 and y1 <= by1 and by2 <= y2 for _, bx1, by1, bx2, by2 in boxes
        ), token
    # and nothing of the body runs into the window
    subject_box = next(w for w in words if w[0] == "Objet")
    assert subject_box[2] > y2


def test_the_email_carries_the_pdf(demo_database: Database) -> None:
    reference, identity, arrears = case_with_arrears(demo_database)
    letter = render(demo_database, identity, reference, LetterKind.REMINDER_2, Language.FRENCH)
    message = email.message_from_bytes(letter.email(), policy=default)
    assert isinstance(message, EmailMessage)
    assert message["Subject"] == letter.text.subject
    assert reference in message["Subject"]
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content()
    assert format_money(arrears, Language.FRENCH) in text
    assert "**" not in text
    attachments = list(message.iter_attachments())
    assert len(attachments) == 1
    assert attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_filename() == f"{reference}-reminder-2.pdf"
    assert attachments[0].get_content() == letter.pdf


def test_the_sms_text_is_counted_in_gsm7(demo_database: Database) -> None:
    reference, identity, _ = case_with_arrears(demo_database)
    letter = render(demo_database, identity, reference, LetterKind.REMINDER_1, Language.FRENCH)
    sms = letter.sms()
    assert sms is not None
    text, count = sms
    assert reference in text
    assert count.encoding == "gsm-7"  # the narrow spaces of amounts are made plain
    assert not count.warning


def test_rendering_writes_no_journal_entry_and_keeps_the_audit_intact(
    demo_database: Database,
) -> None:
    reference, identity, _ = case_with_arrears(demo_database)
    with demo_database.session() as session:
        entries = session.scalar(select(func.count()).select_from(JournalEntry))
    render(demo_database, identity, reference, LetterKind.FORMAL_NOTICE, Language.FRENCH)
    with demo_database.session() as session:
        assert session.scalar(select(func.count()).select_from(JournalEntry)) == entries
        actions = session.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.action.not_in(COVERAGE_ACTIONS))
            .order_by(AuditEvent.sequence.desc())
            .limit(1)
        ).all()
        assert actions == ["access.case_opened"]
        assert verify_audit(session).intact


def test_an_unknown_case_is_refused(demo_database: Database) -> None:
    _, identity, _ = case_with_arrears(demo_database)
    with pytest.raises(LetterCaseNotFoundError):
        render(demo_database, identity, "REC-0000-NONE", LetterKind.REMINDER_1, Language.FRENCH)


def test_an_administrator_and_another_branch_are_refused(demo_database: Database) -> None:
    reference, officer, _ = case_with_arrears(demo_database)
    with demo_database.session() as session:
        admin = session.scalars(
            select(Officer).where(Officer.role == OfficerRole.ADMINISTRATOR)
        ).first()
        stranger = session.scalars(
            select(Officer).where(
                Officer.role == OfficerRole.OFFICER,
                Officer.branch != session.get_one(Officer, officer.id).branch,
            )
        ).first()
        assert admin is not None and stranger is not None
        refused = [identity_of(admin), identity_of(stranger)]
    for identity in refused:
        with pytest.raises(AccessRefusedError):
            render(demo_database, identity, reference, LetterKind.REMINDER_1, Language.FRENCH)
