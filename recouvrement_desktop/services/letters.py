"""Letters to a client: their data read from the case, rendered as PDF, e-mail or SMS.

Everything a letter states comes from the database and the policy — the client's
name and address, the contracts, the arrears, the deadlines — formatted in the
letter's language; nothing is typed.  Rendering writes no journal entry (sending a
letter does, ``letters send-batch``); reading the client's file for it is written in
the access log, as opening the case is.

The templates are read from the folder named by ``RECOUVREMENT_LETTERS_DIR`` when it
is set (the bank's legal department's own texts), else from the shipped defaults
(``resources/letters``); see ``docs/letters.md``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Agreement, Case, Client, JournalEntry
from recouvrement_desktop.documents.agreement_model import BranchTowns, Letterhead
from recouvrement_desktop.documents.letters.data import LetterData, Recipient
from recouvrement_desktop.documents.letters.mail import letter_email
from recouvrement_desktop.documents.letters.pdf import render_letter_pdf
from recouvrement_desktop.documents.letters.templates import RenderedText, load_template
from recouvrement_desktop.domain.consumer_credit import claimable_fees
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.letters import LetterKind
from recouvrement_desktop.domain.permissions import Permission
from recouvrement_desktop.domain.policy import DEMO_POLICY, Policy
from recouvrement_desktop.domain.recovery import AgreementState, JournalKind
from recouvrement_desktop.domain.sms import SmsCount, count_sms
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from recouvrement_desktop.i18n.formatting import format_date, format_integer, format_money
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.paths import resource_path
from recouvrement_desktop.services import sealing
from recouvrement_desktop.services.access_log import AccessPurpose, record_access
from recouvrement_desktop.services.agreements.snapshot import read_snapshot
from recouvrement_desktop.services.permissions import authorize, authorize_case

__all__ = [
    "ENV_LETTERS_DIR",
    "LetterCaseNotFoundError",
    "RenderedLetter",
    "letter_data",
    "letters_folder",
    "render_letter",
    "sms_text",
]

ENV_LETTERS_DIR: Final = "RECOUVREMENT_LETTERS_DIR"
#: Where the e-mails say they come from when the bank configured nothing.
DEFAULT_SENDER: Final = "recouvrement@banque.invalid"

_SALUTATIONS: Final = {
    Language.FRENCH: {"Mme": "Madame", "M.": "Monsieur"},
    Language.ENGLISH: {"Mme": "Ms", "M.": "Mr"},
}


class LetterCaseNotFoundError(UserFacingError):
    context = "Letters"
    exit_code = 2


@dataclass(frozen=True, slots=True)
class RenderedLetter:
    """A letter made for one case: its texts, the template version, and its files."""

    case_reference: str
    text: RenderedText
    data: LetterData
    pdf: bytes
    created_at: datetime

    @property
    def version(self) -> str:
        return self.text.version

    def email(self, sender: str = DEFAULT_SENDER) -> bytes:
        """The letter as an ``.eml``, its PDF attached."""
        return letter_email(
            self.text,
            self.data,
            self.pdf,
            sender=sender,
            created_at=self.created_at,
            attachment_name=f"{self.case_reference}-{self.text.kind.value}.pdf",
        )

    def sms(self) -> tuple[str, SmsCount] | None:
        """The SMS text of the letter and its cost, when the template has one."""
        if self.text.sms is None:
            return None
        plain = sms_text(self.text.sms)
        return plain, count_sms(plain)


def sms_text(text: str) -> str:
    """A text for SMS: the narrow spaces of formatted figures become plain spaces
    (they are not in the GSM-7 table and would force a costlier UCS-2 message)."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def letters_folder() -> Path:
    """The templates' folder: the bank's own, or the shipped defaults."""
    configured = os.environ.get(ENV_LETTERS_DIR)
    return Path(configured) if configured else resource_path("letters")


def _place(branch: str) -> str:
    for prefix in ("Agence ", "Branch "):
        if branch.startswith(prefix):
            return branch[len(prefix) :]
    return branch


def _address(client: Client) -> tuple[str, ...]:
    lines = [client.address_line1]
    if client.address_line2:
        lines.append(client.address_line2)
    lines.append(f"{client.postal_code} {client.city}".strip())
    if client.country and client.country != "FR":
        lines.append(client.country)
    return tuple(lines)


def _salutation(client: Client, language: Language) -> str:
    title = _SALUTATIONS[language].get(client.title)
    if language is Language.FRENCH:
        return title or "Madame, Monsieur"
    return f"Dear {title} {client.last_name}" if title else "Dear Sir or Madam"


def _pending_promise(session: Session, case_id: int) -> JournalEntry | None:
    settled = select(JournalEntry.refers_to_id).where(
        JournalEntry.kind == JournalKind.PROMISE_OUTCOME,
        JournalEntry.refers_to_id.is_not(None),
    )
    return session.scalars(
        select(JournalEntry)
        .where(
            JournalEntry.case_id == case_id,
            JournalEntry.kind == JournalKind.PROMISE,
            JournalEntry.amount.is_not(None),
            JournalEntry.due_date.is_not(None),
            JournalEntry.id.not_in(settled),
        )
        .order_by(JournalEntry.occurred_at.desc(), JournalEntry.id.desc())
        .limit(1)
    ).first()


def _latest_agreement(session: Session, case_id: int) -> Agreement | None:
    return session.scalars(
        select(Agreement)
        .where(
            Agreement.case_id == case_id,
            Agreement.status.in_((AgreementState.SIGNED, AgreementState.AWAITING_COUNTERSIGNATURE)),
        )
        .order_by(Agreement.created_at.desc(), Agreement.id.desc())
        .limit(1)
    ).first()


def letter_data(
    session: Session,
    case: Case,
    language: Language,
    *,
    today: date,
    letterhead: Letterhead,
    policy: Policy = DEMO_POLICY,
    towns: BranchTowns | None = None,
) -> LetterData:
    """The placeholders of a letter about *case*, formatted in *language*; the place it
    is written from is the town of the officer's branch (*towns*: the letterhead's when
    not given)."""
    client = case.client
    loans = list(case.loans)
    arrears = sum((loan.arrears_amount for loan in loans), Decimal(0))
    late = sum((loan.late_interest for loan in loans), Decimal(0))
    # A consumer credit's fees are not claimed (C. consom. L312-38).
    fees = sum(
        (claimable_fees(loan.category, loan.fees) + loan.penalties for loan in loans), Decimal(0)
    )
    principal = sum((loan.outstanding_principal for loan in loans), Decimal(0))
    total_arrears = arrears + late + fees

    def money(value: Decimal) -> str:
        return format_money(value, language)

    def day(value: date) -> str:
        return format_date(value, language, length="long")

    promise = _pending_promise(session, case.id)
    agreement = _latest_agreement(session, case.id)
    instalment = first_due = periods = missed_date = missed_amount = None
    agreement_reference = None
    if agreement is not None:
        snapshot = read_snapshot(agreement.snapshot)
        terms = snapshot.model.terms
        agreement_reference = agreement.reference
        instalment = money(terms.installment)
        first_due = day(terms.first_due)
        periods = format_integer(terms.periods, language)
        fallen_due = [row for row in snapshot.model.rows if row.due_date <= today]
        if fallen_due:
            missed_date = day(fallen_due[-1].due_date)
            missed_amount = money(fallen_due[-1].total_due)
    officer = case.officer
    contracts = tuple(loan.contract_number for loan in loans)
    title = client.title
    return LetterData(
        bank_name=letterhead.name,
        place=(towns or sealing.branch_towns()).town_of(officer.branch) if officer else "",
        letter_date=day(today),
        officer_name=officer.full_name if officer else "",
        branch=_place(officer.branch) if officer else "",
        mediator=", ".join(letterhead.mediator),
        client_title=title,
        client_name=" ".join(part for part in (title, client.first_name, client.last_name) if part),
        client_last_name=client.last_name,
        salutation=_salutation(client, language),
        client_number=client.client_number,
        case_reference=case.reference,
        contract_numbers=", ".join(contracts),
        contracts=contracts,
        days_past_due=format_integer(case.days_past_due, language),
        arrears_amount=money(arrears),
        late_interest=money(late),
        fees_amount=money(fees),
        outstanding_principal=money(principal),
        total_arrears=money(total_arrears),
        total_due=money(principal + total_arrears),
        cure_days=format_integer(policy.formal_notice_cure_days, language),
        cure_deadline=day(today + timedelta(days=policy.formal_notice_cure_days)),
        ficp_delay_days=format_integer(policy.ficp_notice_days, language),
        ficp_earliest_date=day(today + timedelta(days=policy.ficp_notice_days)),
        promise_amount=None if promise is None or promise.amount is None else money(promise.amount),
        promise_date=None if promise is None or promise.due_date is None else day(promise.due_date),
        agreement_reference=agreement_reference,
        instalment_amount=instalment,
        first_due_date=first_due,
        agreement_periods=periods,
        missed_instalment_date=missed_date,
        missed_instalment_amount=missed_amount,
        recipient=Recipient(
            name=" ".join(part for part in (title, client.first_name, client.last_name) if part),
            address_lines=_address(client),
            email=client.email,
            mobile_phone=client.mobile_phone,
        ),
        letterhead=letterhead,
    )


def render_letter(
    database: Database,
    identity: Identity | None,
    case_reference: str,
    kind: LetterKind,
    language: Language,
    *,
    today: date | None = None,
    created_at: datetime | None = None,
    folder: Path | None = None,
    letterhead: Letterhead | None = None,
    policy: Policy = DEMO_POLICY,
) -> RenderedLetter:
    """The letter of *kind* for the case *case_reference*, for *identity* who may read
    the case (``READ_CASES``): a preview, nothing is sent or journalled."""
    authorize(database, identity, Permission.READ_CASES)
    day = today or date.today()
    moment = created_at or datetime.combine(day, time(8, 0), tzinfo=UTC)
    template = load_template(folder or letters_folder(), kind, language)
    with database.session() as session:
        case = session.scalars(select(Case).where(Case.reference == case_reference)).first()
        if case is None:
            raise LetterCaseNotFoundError(
                QT_TRANSLATE_NOOP("Letters", "No case has the reference {reference}."),
                reference=case_reference,
            )
        case_id, client_id = case.id, case.client_id
    authorize_case(database, identity, case_id, Permission.READ_CASES)
    with database.session() as session:
        case = session.get_one(Case, case_id)
        data = letter_data(
            session,
            case,
            language,
            today=day,
            letterhead=letterhead or sealing.letterhead(),
            policy=policy,
        )
    text = template.render(data)
    pdf = render_letter_pdf(text, data, created_at=moment)
    assert identity is not None  # authorized
    record_access(database, identity, client_id, case_id, AccessPurpose.CASE_OPENED)
    return RenderedLetter(case_reference, text, data, pdf, moment)
