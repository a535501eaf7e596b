"""Sending the day's letters (``send_batch``), one letter outside a batch
(``record_letter``), and a letter sent read back from its archive (``archived_letter``).

What is due comes from ``services/escalation.py``. Each letter is rendered by
``services/letters.py``, then every letter of the run is recorded in one transaction —
a LETTER journal entry with the PDF archived in its payload under its SHA-256 (the
journal is append-only and covered by the audit chain, as an agreement's archived PDF
is), and its audit event — and only then are the files written: one merged PDF to print
for the post, one CSV for the e-mail and SMS gateway, the PDF an e-mail attaches. A
letter already recorded for that case and day is never recorded again, whatever runs
meanwhile; a run that has nothing to send writes no file, and a file of an earlier run
is never overwritten.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from pypdf import PdfReader, PdfWriter
from sqlalchemy import select
from sqlalchemy.orm import Session

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import JournalEntry
from recouvrement_desktop.db.types import utc_now
from recouvrement_desktop.documents.agreement_model import Letterhead
from recouvrement_desktop.domain.escalation import EscalationPolicy, Status
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.letters import LetterKind
from recouvrement_desktop.domain.permissions import Permission
from recouvrement_desktop.domain.recovery import Channel, JournalKind
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.services.escalation import (
    BATCH_TIME,
    BatchLine,
    LetterBatchError,
    batch_lines,
    branch_of,
    case_id_of,
    letter_day,
    load_policy,
    moment_of,
)
from recouvrement_desktop.services.journal import (
    locked_case,
    new_entry,
    note_contact,
    require_officer,
)
from recouvrement_desktop.services.letters import RenderedLetter, render_letter
from recouvrement_desktop.services.permissions import authorize, authorize_case
from recouvrement_desktop.services.unit_of_work import unit_of_work

__all__ = [
    "GATEWAY_COLUMNS",
    "SentBatch",
    "SentLetterView",
    "archived_letter",
    "record_letter",
    "send_batch",
]

#: The gateway file's columns, in order.
GATEWAY_COLUMNS: Final = (
    "case",
    "kind",
    "channel",
    "recipient",
    "subject",
    "text",
    "attachment",
)


@dataclass(frozen=True, slots=True)
class SentLetterView:
    case_reference: str
    kind: LetterKind
    channel: Channel
    recipient: str
    sha256: str
    version: str
    attachment: Path | None  # the PDF the gateway attaches to an e-mail


@dataclass(frozen=True, slots=True)
class SentBatch:
    """What a run sent, and the files it wrote (``None``: nothing of that sort)."""

    on: date
    sent: tuple[SentLetterView, ...]
    held: tuple[BatchLine, ...]  # awaiting a supervisor's approval
    skipped: tuple[BatchLine, ...]
    print_pdf: Path | None
    gateway_csv: Path | None


def _recipient(letter: RenderedLetter, channel: Channel) -> str:
    recipient = letter.data.recipient
    if channel is Channel.EMAIL:
        return recipient.email or ""
    if channel is Channel.SMS:
        return recipient.mobile_phone or ""
    return "\n".join((recipient.name, *recipient.address_lines))


def _gateway_text(letter: RenderedLetter, channel: Channel) -> str:
    if channel is Channel.SMS:
        sms = letter.sms()
        return sms[0] if sms else letter.text.subject
    return letter.text.body.replace("**", "")  # the template's bold marks, not for a mail


def _free(path: Path) -> Path:
    """*path*, or the first ``name-2``, ``name-3``… not taken (an earlier run's file is
    never overwritten)."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def _already_sent(session: Session, case_id: int, kind: LetterKind, on: date) -> bool:
    for entry in session.scalars(
        select(JournalEntry).where(
            JournalEntry.case_id == case_id, JournalEntry.kind == JournalKind.LETTER
        )
    ):
        if (entry.payload or {}).get("letter") == kind.value and letter_day(entry) == on:
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Made:
    line: BatchLine
    letter: RenderedLetter
    sha256: str


def _record(database: Database, identity: Identity, made: Sequence[_Made], on: date) -> list[_Made]:
    """One LETTER entry per letter, all in one transaction; a letter another run sent
    meanwhile is left out (what was recorded is returned)."""
    recorded = []
    with unit_of_work(database, identity) as uow:
        for item in made:
            case = locked_case(uow.session, item.line.case_id)
            if _already_sent(uow.session, case.id, item.line.kind, on):
                continue
            at = moment_of(on)
            entry = new_entry(
                uow,
                case,
                JournalKind.LETTER,
                at,
                channel=item.line.channel,
                payload={
                    "letter": item.line.kind.value,
                    "on": on.isoformat(),
                    "channel": item.line.channel.value,
                    "language": item.letter.text.language.value,
                    "version": item.letter.version,
                    "recipient": _recipient(item.letter, item.line.channel),
                    "sha256": item.sha256,
                    "pdf": base64.b64encode(item.letter.pdf).decode("ascii"),
                },
            )
            note_contact(case, at)
            uow.audit(
                "letters.sent",
                "journal_entry",
                entry.uuid,
                case=str(case.uuid),
                letter=item.line.kind.value,
                channel=item.line.channel.value,
                version=item.letter.version,
                sha256=item.sha256,
                on=on.isoformat(),
            )
            recorded.append(item)
    return recorded


def _merged(pdfs: Iterable[bytes]) -> bytes:
    writer = PdfWriter()
    for pdf in pdfs:
        writer.append(PdfReader(io.BytesIO(pdf)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _write_files(
    recorded: Sequence[_Made], out_dir: Path, on: date
) -> tuple[Path | None, Path | None, dict[tuple[str, LetterKind], Path]]:
    out_dir.mkdir(parents=True, exist_ok=True)
    posted = [item for item in recorded if item.line.channel is Channel.LETTER]
    gateway = [item for item in recorded if item.line.channel is not Channel.LETTER]
    print_pdf = gateway_csv = None
    attachments: dict[tuple[str, LetterKind], Path] = {}
    if posted:
        print_pdf = _free(out_dir / f"letters-{on.isoformat()}.pdf")
        print_pdf.write_bytes(_merged(item.letter.pdf for item in posted))
    if gateway:
        gateway_csv = _free(out_dir / f"gateway-{on.isoformat()}.csv")
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(GATEWAY_COLUMNS)
        for item in gateway:
            attachment = None
            if item.line.channel is Channel.EMAIL:
                attachment = _free(
                    out_dir
                    / f"{item.line.case_reference}-{item.line.kind.value}-{on.isoformat()}.pdf"
                )
                attachment.write_bytes(item.letter.pdf)
                attachments[item.line.case_reference, item.line.kind] = attachment
            writer.writerow(
                (
                    item.line.case_reference,
                    item.line.kind.value,
                    item.line.channel.value,
                    _recipient(item.letter, item.line.channel),
                    item.letter.text.subject,
                    _gateway_text(item.letter, item.line.channel),
                    str(attachment) if attachment else "",
                )
            )
        gateway_csv.write_text(buffer.getvalue(), encoding="utf-8")
    return print_pdf, gateway_csv, attachments


def send_batch(
    database: Database,
    identity: Identity | None,
    *,
    on: date,
    out_dir: Path,
    language: Language = Language.FRENCH,
    policy: EscalationPolicy | None = None,
    folder: Path | None = None,
    letterhead: Letterhead | None = None,
) -> SentBatch:
    """Send the due letters of the day *on* (``SEND_LETTERS``, a supervisor's right) for
    *identity*'s branch: render, record, then write the files into *out_dir*.

    Held letters (approval missing) and skipped ones are returned, not sent. Run again
    the same day, it sends nothing twice and writes no file when nothing is left."""
    require_officer(identity)
    assert identity is not None
    branch = branch_of(database, identity, Permission.SEND_LETTERS)
    if on > utc_now().astimezone().date():  # the local day, as the journal's clock
        raise LetterBatchError(
            QT_TRANSLATE_NOOP("Letters", "The letters of a day to come cannot be sent yet.")
        )
    chosen = policy or load_policy(folder)
    with database.session() as session:
        lines = batch_lines(session, branch, chosen, on)
    due = [line for line in lines if line.status is Status.DUE]
    made = []
    for line in due:
        letter = render_letter(
            database,
            identity,
            line.case_reference,
            line.kind,
            language,
            today=on,
            created_at=datetime.combine(on, BATCH_TIME),
            folder=folder,
            letterhead=letterhead,
        )
        made.append(_Made(line, letter, hashlib.sha256(letter.pdf).hexdigest()))
    recorded = _record(database, identity, made, on) if made else []
    print_pdf, gateway_csv, attachments = (
        _write_files(recorded, out_dir, on) if recorded else (None, None, {})
    )
    sent = tuple(
        SentLetterView(
            case_reference=item.line.case_reference,
            kind=item.line.kind,
            channel=item.line.channel,
            recipient=_recipient(item.letter, item.line.channel),
            sha256=item.sha256,
            version=item.letter.version,
            attachment=attachments.get((item.line.case_reference, item.line.kind)),
        )
        for item in recorded
    )
    return SentBatch(
        on=on,
        sent=sent,
        held=tuple(line for line in lines if line.status is Status.AWAITING_APPROVAL),
        skipped=tuple(line for line in lines if line.status is Status.SKIPPED),
        print_pdf=print_pdf,
        gateway_csv=gateway_csv,
    )


def record_letter(
    database: Database,
    identity: Identity | None,
    case_reference: str,
    kind: LetterKind,
    channel: Channel,
    *,
    on: date,
    language: Language = Language.FRENCH,
    folder: Path | None = None,
) -> SentLetterView | None:
    """Record one letter sent on *on* outside a batch (sent by hand, or the history of
    the demonstration data): rendered, archived and journalled as a batch's, no file
    written. ``None`` when that letter of the case is already recorded for that day."""
    require_officer(identity)
    assert identity is not None
    authorize(database, identity, Permission.SEND_LETTERS)
    letter = render_letter(
        database,
        identity,
        case_reference,
        kind,
        language,
        today=on,
        created_at=datetime.combine(on, BATCH_TIME),
        folder=folder,
    )
    line = BatchLine(
        case_id_of(database, case_reference), case_reference, "", kind, channel, Status.DUE, ()
    )
    made = _Made(line, letter, hashlib.sha256(letter.pdf).hexdigest())
    if not _record(database, identity, [made], on):
        return None
    return SentLetterView(
        case_reference,
        kind,
        channel,
        _recipient(letter, channel),
        made.sha256,
        letter.version,
        None,
    )


def archived_letter(database: Database, identity: Identity | None, sha256: str) -> bytes:
    """The PDF of a letter sent, as archived in its journal entry (the same bytes)."""
    authorize(database, identity, Permission.READ_CASES)
    with database.session() as session:
        for case_id, payload in session.execute(
            select(JournalEntry.case_id, JournalEntry.payload).where(
                JournalEntry.kind == JournalKind.LETTER
            )
        ):
            data: dict[str, Any] = payload or {}
            if data.get("sha256") == sha256:
                authorize_case(database, identity, case_id, Permission.READ_CASES)
                return base64.b64decode(data["pdf"])
    raise LetterBatchError(
        QT_TRANSLATE_NOOP("Letters", "No letter sent has the SHA-256 {sha256}."), sha256=sha256
    )
