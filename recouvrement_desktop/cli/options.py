"""Option values shared by several commands, read once and refused with one translated line."""

from __future__ import annotations

from datetime import date

from recouvrement_desktop.cli.errors import UsageError
from recouvrement_desktop.i18n.translation import translate


def iso_date(text: str | None, option: str) -> date | None:
    """The day an option names as YYYY-MM-DD, None when the option was not given."""
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(
            translate("Options", "{option}: a date YYYY-MM-DD is expected, not {text}").format(
                option=option, text=text
            )
        ) from None
