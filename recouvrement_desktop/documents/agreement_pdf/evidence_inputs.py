"""The officer's simulation inputs, labelled and worded in the document's language.

The snapshot keeps the inputs in canonical form (``sizing {"periods": 24}``,
``grace 0 interest-only``…, see :func:`~..agreement_model.simulation_inputs_of`); the
evidence page shows them as a reader understands them.  An input this version does
not know is shown as stored rather than dropped: the page must stay complete.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal, InvalidOperation

from recouvrement_desktop.documents.agreement_pdf.styles import Formatter
from recouvrement_desktop.documents.texts import CATALOGUE

__all__ = ["labelled_inputs"]


def _known(f: Formatter, key: str) -> bool:
    return key in CATALOGUE[f.language]


def _money(f: Formatter, value: str) -> str:
    try:
        return f.money(Decimal(value))
    except InvalidOperation:
        return value


def _date(f: Formatter, value: str) -> str:
    try:
        return f.short_date(date.fromisoformat(value))
    except ValueError:
        return value


def _sizing(f: Formatter, value: str) -> str:
    try:
        data = json.loads(value)
    except ValueError:
        return value
    if isinstance(data, dict):
        if "periods" in data:
            return f.t("v_periods", n=f.integer(int(data["periods"])))
        if "installment" in data:
            return f.t("v_installment", amount=_money(f, str(data["installment"])))
        if "end" in data:
            return f.t("v_end", date=_date(f, str(data["end"])))
    return value


def _grace(f: Formatter, value: str) -> str:
    count, _, kind = value.partition(" ")
    if not count.isdigit():
        return value
    if int(count) == 0:
        return f.t("v_no_grace")
    key = f"v_grace_{kind}"
    return f.t(key, n=f.integer(int(count))) if _known(f, key) else value


def _treatment(f: Formatter, value: str) -> str:
    """``capitalize``, ``spread, over 12``, ``waive, waived 450.00``…"""
    words: list[str] = []
    for part in (p.strip() for p in value.split(",")):
        if part.startswith("waived "):
            words.append(f.t("v_waived", amount=_money(f, part.removeprefix("waived "))))
        elif part.startswith("over "):
            n = part.removeprefix("over ")
            words.append(f.t("v_over", n=f.integer(int(n))) if n.isdigit() else part)
        elif _known(f, f"v_{part}"):
            words.append(f.t(f"v_{part}"))
        else:
            words.append(part)
    return ", ".join(words)


def _value(f: Formatter, name: str, value: str) -> str:
    if name == "sizing":
        return _sizing(f, value)
    if name in ("start", "first_due"):
        return _date(f, value)
    if name == "rate_pct":
        if value == "contract":
            return f.t("v_contract_rate")
        try:
            return f.percent(Decimal(value))
        except InvalidOperation:
            return value
    if name in ("down_payment", "insurance", "signature_fees"):
        return _money(f, value)
    if name == "grace":
        return _grace(f, value)
    if name == "method":
        key = f"v_method_{value}"
        return f.t(key) if _known(f, key) else value
    if name in ("arrears", "late_interest", "fees", "penalties"):
        return _treatment(f, value)
    if name == "payment_day":
        return f.t("v_day", n=value)
    if name == "frequency":
        return f.t(f"v_{value}") if _known(f, f"v_{value}") else value
    return value


def labelled_inputs(f: Formatter, pairs: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """``(label, value)`` for each stored ``(name, value)`` input."""
    rows = []
    for stored, value in pairs:
        name = stored.replace("-", "_")  # debt components are stored as "late-interest"
        key = f"in_{name}"
        label = f.t(key) if _known(f, key) else stored
        rows.append((label, _value(f, name, value)))
    return rows
