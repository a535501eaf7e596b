"""A letter as an e-mail (RFC 5322, standard library): the text, and the PDF attached.

The bank's e-mail gateway sends the file as it is; the letter's PDF is the document
of record, the text body says the same in plain words.
"""

from __future__ import annotations

import re
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

from recouvrement_desktop.documents.letters.data import LetterData
from recouvrement_desktop.documents.letters.templates import RenderedText

__all__ = ["letter_email", "plain_text"]


def plain_text(body: str) -> str:
    """The body without its markup: ``**bold**`` becomes plain, items keep their dash."""
    return re.sub(r"\*\*(.+?)\*\*", r"\1", body)


def letter_email(
    letter: RenderedText,
    data: LetterData,
    pdf: bytes,
    *,
    sender: str,
    created_at: datetime,
    attachment_name: str,
) -> bytes:
    """The e-mail as bytes (CRLF line ends, as on the wire)."""
    message = EmailMessage()
    message["Subject"] = letter.subject
    message["From"] = formataddr((data.letterhead.name, sender))
    if data.recipient.email:
        message["To"] = formataddr((data.recipient.name, data.recipient.email))
    message["Date"] = format_datetime(created_at)
    domain = sender.rpartition("@")[2] or None
    message["Message-ID"] = make_msgid(idstring=data.case_reference, domain=domain)
    message["Content-Language"] = letter.language.value
    signature = f"\n\n{data.officer_name}\n{data.letterhead.name}\n"
    message.set_content(plain_text(letter.body) + signature)
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=attachment_name)
    return message.as_bytes()
