"""ISO 20022 bank-to-customer cash management messages: camt.053 (the statement) and
camt.054 (the debit/credit notification), any version (.001.02 and .001.08 tested),
told apart by their namespace.

Parsing is defused: no DTD is loaded, no entity expanded, nothing fetched from the
network, and a document that declares a DOCTYPE at all is refused (a statement never
needs one; an entity bomb or an external reference always does). Elements are found by
their namespaced path, never by searching the text.

The versions differ in a few places read here: the entry's status (``<Sts>BOOK</Sts>``
in .02, ``<Sts><Cd>BOOK</Cd></Sts>`` from .04 on), a transaction's amount
(``AmtDtls/TxAmt/Amt`` or ``Amt``) and the debtor's name (``Dbtr/Nm`` or
``Dbtr/Pty/Nm``).
"""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Final

from lxml import etree

from recouvrement_desktop.errors import QT_TRANSLATE_NOOP
from recouvrement_desktop.services.payments.statement import (
    NOT_PROVIDED,
    UNREADABLE,
    Statement,
    StatementLine,
    digest_reference,
    refused,
)

__all__ = ["is_xml", "read_camt"]

ISO_PREFIX: Final = "urn:iso:std:iso:20022:tech:xsd:"
# The message kinds read, and the path from the document to its entries.
ENTRIES: Final = {
    "camt.053": "c:BkToCstmrStmt/c:Stmt/c:Ntry",
    "camt.054": "c:BkToCstmrDbtCdtNtfctn/c:Ntfctn/c:Ntry",
}
MAX_BYTES: Final = 200 * 1024 * 1024  # a day's statement is a few megabytes


def is_xml(data: bytes) -> bool:
    """Whether the file is XML rather than CSV: its first character is ``<``."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


def _parse(data: bytes) -> etree._Element:
    parser = etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        dtd_validation=False,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise refused(UNREADABLE, reason=str(error)) from None
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise refused(
            QT_TRANSLATE_NOOP(
                "Payments",
                "This file declares a document type (DTD): a bank statement never does, "
                "it is refused.",
            )
        )
    return root


def _message(root: etree._Element) -> tuple[str, str]:
    """The message's kind (``camt.053``) and its full name with version, by namespace."""
    namespace = etree.QName(root).namespace or ""
    name = namespace.removeprefix(ISO_PREFIX)
    kind = name[:8]
    if not namespace.startswith(ISO_PREFIX) or kind not in ENTRIES or len(name) < 13:
        raise refused(
            QT_TRANSLATE_NOOP(
                "Payments", "This file is not a camt.053 or camt.054 statement ({namespace})."
            ),
            namespace=namespace or etree.QName(root).localname,
        )
    return kind, name


class _Reader:
    def __init__(self, namespace: str) -> None:
        self.ns = {"c": namespace}

    def text(self, element: etree._Element | None, path: str) -> str | None:
        if element is None:
            return None
        found = element.find(path, self.ns)
        if found is None or found.text is None:
            return None
        return found.text.strip() or None

    def texts(self, element: etree._Element, path: str) -> list[str]:
        return [
            found.text.strip()
            for found in element.iterfind(path, self.ns)
            if found.text and found.text.strip()
        ]

    def status(self, entry: etree._Element) -> str | None:
        status = entry.find("c:Sts", self.ns)
        if status is None:
            return None
        return self.text(status, "c:Cd") or (status.text or "").strip() or None

    def amount(self, element: etree._Element, number: int) -> tuple[Decimal, str]:
        found = element.find("c:Amt", self.ns)
        if found is None:
            found = element.find("c:AmtDtls/c:TxAmt/c:Amt", self.ns)
        if found is None:
            raise refused(
                QT_TRANSLATE_NOOP("Payments", "Entry {number}: the amount is missing."),
                number=number,
            )
        try:
            value = Decimal((found.text or "").strip())
        except InvalidOperation:
            value = Decimal("NaN")
        if not value.is_finite() or value < 0 or value != value.quantize(Decimal("0.01")):
            raise refused(
                QT_TRANSLATE_NOOP("Payments", "Entry {number}: the amount {amount} is not valid."),
                number=number,
                amount=(found.text or "").strip(),
            )
        return value, (found.get("Ccy") or "").strip().upper()

    def day(self, entry: etree._Element, number: int) -> date:
        for path in ("c:BookgDt/c:Dt", "c:BookgDt/c:DtTm", "c:ValDt/c:Dt", "c:ValDt/c:DtTm"):
            text = self.text(entry, path)
            if text:
                try:
                    return date.fromisoformat(text[:10])
                except ValueError:
                    break
        raise refused(
            QT_TRANSLATE_NOOP("Payments", "Entry {number}: the booking date is missing or wrong."),
            number=number,
        )

    def lines(self, entry: etree._Element, number: int) -> list[StatementLine]:
        """The transactions of one entry (a batch booking holds several)."""
        amount, currency = self.amount(entry, number)
        credit = self.text(entry, "c:CdtDbtInd") != "DBIT"
        reversal = (self.text(entry, "c:RvslInd") or "").lower() in {"true", "1"}
        booked = self.status(entry) == "BOOK"
        booked_on = self.day(entry, number)
        base = self.text(entry, "c:AcctSvcrRef") or self.text(entry, "c:NtryRef")
        details = list(entry.iterfind("c:NtryDtls/c:TxDtls", self.ns))
        if not details:
            details = [entry]  # no details: the entry is the transaction
        made: list[StatementLine] = []
        for index, detail in enumerate(details, start=1):
            single = len(details) == 1
            own_amount = detail is not entry and (
                detail.find("c:Amt", self.ns) is not None
                or detail.find("c:AmtDtls/c:TxAmt/c:Amt", self.ns) is not None
            )
            if own_amount or not single:
                value, ccy = self.amount(detail, number)  # a batch names each amount
            else:
                value, ccy = amount, currency
            indicator = self.text(detail, "c:CdtDbtInd") if detail is not entry else None
            line_credit = credit if indicator is None else indicator != "DBIT"
            end_to_end = self.text(detail, "c:Refs/c:EndToEndId")
            if end_to_end == NOT_PROVIDED:
                end_to_end = None
            creditor_ref = self.text(detail, "c:RmtInf/c:Strd/c:CdtrRefInf/c:Ref")
            remittance = " ".join(self.texts(detail, "c:RmtInf/c:Ustrd")) or None
            debtor = self.text(detail, "c:RltdPties/c:Dbtr/c:Nm") or self.text(
                detail, "c:RltdPties/c:Dbtr/c:Pty/c:Nm"
            )
            own = self.text(detail, "c:Refs/c:AcctSvcrRef") if detail is not entry else None
            if single:
                reference = base
            elif own and own != base:
                reference = own
            else:
                reference = f"{base}/{index}" if base else None
            made.append(
                StatementLine(
                    reference=(reference or digest_reference(
                        booked_on, value, ccy, line_credit, reversal, end_to_end,
                        creditor_ref, remittance, debtor, index,
                    ))[:80],
                    booked_on=booked_on,
                    amount=value,
                    currency=ccy or currency or "EUR",
                    credit=line_credit,
                    booked=booked,
                    reversal=reversal,
                    end_to_end_id=end_to_end[:35] if end_to_end else None,
                    creditor_reference=creditor_ref[:35] if creditor_ref else None,
                    remittance=remittance,
                    debtor_name=debtor[:140] if debtor else None,
                )
            )  # fmt: skip
        return made


def read_camt(data: bytes) -> Statement:
    """Every transaction of a camt.053 or camt.054 document; a file that is not one, or
    an entry without its amount or date, refuses the whole file."""
    if len(data) > MAX_BYTES:
        raise refused(UNREADABLE, reason="too large")
    root = _parse(data)
    kind, name = _message(root)
    reader = _Reader(etree.QName(root).namespace or "")
    lines: list[StatementLine] = []
    for number, entry in enumerate(root.iterfind(ENTRIES[kind], reader.ns), start=1):
        lines.extend(reader.lines(entry, number))
    return Statement(source=name[:16], sha256=hashlib.sha256(data).hexdigest(), lines=tuple(lines))
