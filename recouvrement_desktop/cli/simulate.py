"""``simulate``: compute a repayment schedule from the command line.

A fixed contract (issue 3) that scripts and checks rely on::

    recouvrement-desktop simulate --principal AMOUNT --rate PERCENT
        (--periods N | --installment AMOUNT)
        [--frequency monthly|bimonthly|quarterly|semiannual|annual]
        [--method annuity|constant-principal]
        [--grace N --grace-kind interest-only|capitalized]
        [--fee AMOUNT] [--insurance AMOUNT_PER_PERIOD]
        [--start YYYY-MM-DD] [--first-due YYYY-MM-DD]
        [--json] [--check [--category consumer|mortgage-fixed|mortgage-variable|bridge]]

``--check`` runs the legal checks (``domain/checks.py``) with ``--start`` as the date the
agreement is made (today when absent) and adds ``checks``, ``usury_threshold`` and
``usury_period`` to the JSON (the text lists the checks after the schedule). The exit
status stays 0: the checks are information for the caller, a blocking one included
(a script reads ``severity``). Without ``--check`` the output is unchanged.

Values are read as text and validated here (not by argparse) so that every error is
one translated line; the CLI core prints it and exits with status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from recouvrement_desktop.cli.errors import UsageError
from recouvrement_desktop.cli.options import iso_date
from recouvrement_desktop.cli.parser import Subparsers
from recouvrement_desktop.domain.apr import percent_2dp
from recouvrement_desktop.domain.calendar import Frequency, add_months
from recouvrement_desktop.domain.errors import (
    DomainError,
)
from recouvrement_desktop.domain.money import parse_amount, parse_rate, to_cents
from recouvrement_desktop.domain.policy import CreditKind
from recouvrement_desktop.domain.schedule import (
    ByInstallment,
    ByPeriods,
    Grace,
    GraceKind,
    LoanTerms,
    Method,
    Schedule,
    Sizing,
    build_schedule,
)
from recouvrement_desktop.i18n.domain_messages import domain_message, translated
from recouvrement_desktop.i18n.formatting import (
    format_date,
    format_money,
    format_percent,
)
from recouvrement_desktop.i18n.translation import translate

if TYPE_CHECKING:
    from recouvrement_desktop.domain.checks import CreditChecks

__all__ = ["checks_to_json", "register", "render_checks", "run", "schedule_to_json"]


def register(subparsers: Subparsers) -> None:
    """Add the ``simulate`` parser; its handler is :func:`run`."""
    parser = subparsers.add_parser(
        "simulate",
        help=translate("Simulate", "compute a repayment schedule"),
        description=translate(
            "Simulate", "Compute a repayment schedule, its total cost and its APR."
        ),
    )
    add = parser.add_argument
    add(
        "--principal",
        metavar="AMOUNT",
        help=translate("Simulate", "amount lent (12500 or 12500,00)"),
    )
    add(
        "--rate",
        metavar="PERCENT",
        help=translate("Simulate", "nominal annual rate in percent (4.5)"),
    )
    add(
        "--periods",
        metavar="N",
        help=translate("Simulate", "number of instalments, grace included"),
    )
    add("--installment", metavar="AMOUNT", help=translate("Simulate", "target instalment"))
    add(
        "--frequency",
        metavar="{" + ",".join(f.value for f in Frequency) + "}",
        default=Frequency.MONTHLY.value,
        help=translate("Simulate", "instalment frequency (default: monthly)"),
    )
    add(
        "--method",
        metavar="{" + ",".join(m.value for m in Method) + "}",
        default=Method.ANNUITY.value,
        help=translate("Simulate", "repayment method (default: annuity)"),
    )
    add("--grace", metavar="N", default="0", help=translate("Simulate", "grace instalments"))
    add(
        "--grace-kind",
        metavar="{" + ",".join(k.value for k in GraceKind) + "}",
        default=GraceKind.INTEREST_ONLY.value,
        help=translate("Simulate", "kind of grace (default: interest-only)"),
    )
    add(
        "--fee", metavar="AMOUNT", default="0", help=translate("Simulate", "fees paid at signature")
    )
    add(
        "--insurance",
        metavar="AMOUNT_PER_PERIOD",
        default="0",
        help=translate("Simulate", "borrower insurance per instalment"),
    )
    add("--start", metavar="YYYY-MM-DD", help=translate("Simulate", "date the funds are lent"))
    add(
        "--first-due",
        metavar="YYYY-MM-DD",
        help=translate("Simulate", "date of the first instalment"),
    )
    add("--json", action="store_true", help=translate("Simulate", "print one JSON object"))
    add(
        "--check",
        action="store_true",
        help=translate(
            "Simulate", "also run the legal checks (usury on the start date, benchmarks)"
        ),
    )
    add(
        "--category",
        metavar="{" + ",".join(k.value for k in CreditKind) + "}",
        help=translate(
            "Simulate",
            "kind of credit for the usury category with --check (default: consumer)",
        ),
    )
    parser.set_defaults(handler=run)


# --------------------------------------------------------------------------- input


def _amount(text: str, option: str) -> Decimal:
    try:
        return parse_amount(text, field=option)
    except DomainError as error:
        raise UsageError(f"{option}: {domain_message(error)}") from error


def _count(text: str, option: str) -> int:
    stripped = text.strip()
    if not stripped.isdigit() or not stripped.isascii():
        raise UsageError(
            translate("Simulate", "{option}: a whole number is expected, not {text}").format(
                option=option, text=text
            )
        )
    return int(stripped)


def _choice(text: str, option: str, values: Sequence[str]) -> str:
    if text not in values:
        raise UsageError(
            translate("Simulate", "{option}: choose one of {choices}").format(
                option=option, choices=", ".join(values)
            )
        )
    return text


def terms_from_args(args: argparse.Namespace, today: date | None = None) -> LoanTerms:
    """Validate the options and build the loan terms (raises :class:`UsageError`)."""
    if args.principal is None or args.rate is None:
        raise UsageError(translate("Simulate", "--principal and --rate are required"))
    if (args.periods is None) == (args.installment is None):
        raise UsageError(translate("Simulate", "give exactly one of --periods and --installment"))
    principal = _amount(args.principal, "--principal")
    try:
        rate = parse_rate(args.rate, field="--rate")
    except DomainError as error:
        raise UsageError(f"--rate: {domain_message(error)}") from error
    sizing: Sizing
    if args.periods is not None:
        sizing = ByPeriods(_count(args.periods, "--periods"))
    else:
        sizing = ByInstallment(_amount(args.installment, "--installment"))
    frequency = Frequency(_choice(args.frequency, "--frequency", [f.value for f in Frequency]))
    method = Method(_choice(args.method, "--method", [m.value for m in Method]))
    grace_kind = GraceKind(_choice(args.grace_kind, "--grace-kind", [k.value for k in GraceKind]))
    grace = Grace(_count(args.grace, "--grace"), grace_kind)
    fee = _amount(args.fee, "--fee")
    insurance = _amount(args.insurance, "--insurance")
    start = iso_date(args.start, "--start")
    first_due = iso_date(args.first_due, "--first-due")
    if start is None:
        if first_due is not None:
            start = add_months(first_due, -frequency.months)
        else:
            start = today or date.today()
    return LoanTerms(
        principal=principal,
        rate_pct=rate,
        sizing=sizing,
        start=start,
        frequency=frequency,
        method=method,
        grace=grace,
        fees=fee,
        insurance=insurance,
        first_due=first_due,
    )


# -------------------------------------------------------------------------- output


def _cents(value: Decimal) -> str:
    return str(to_cents(value))


def schedule_to_json(schedule: Schedule) -> dict[str, object]:
    """The JSON contract of issue 3 (amounts with two decimals, rates in percent)."""
    return {
        "installment": _cents(schedule.installment),
        "periods": schedule.periods,
        "total_interest": _cents(schedule.total_interest),
        "total_insurance": _cents(schedule.total_insurance),
        "total_fees": _cents(schedule.total_fees),
        "total_cost": _cents(schedule.total_cost),
        "apr": str(percent_2dp(schedule.apr)),
        "rows": [
            {
                "number": row.number,
                "due_date": row.due_date.isoformat(),
                "payment": _cents(row.payment),
                "interest": _cents(row.interest),
                "principal": _cents(row.principal),
                "insurance": _cents(row.insurance),
                "balance": _cents(row.balance),
            }
            for row in schedule.rows
        ],
    }


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    lines = ["  ".join(h.rjust(w) for h, w in zip(headers, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend("  ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) for r in rows)
    return lines


def render_text(schedule: Schedule) -> str:
    """The human-readable schedule, in the active language."""
    summary = [
        (translate("Simulate", "Instalment"), format_money(schedule.installment)),
        (translate("Simulate", "Number of instalments"), str(schedule.periods)),
        (translate("Simulate", "First due date"), format_date(schedule.first_due)),
        (translate("Simulate", "Last due date"), format_date(schedule.end_date)),
        (translate("Simulate", "Total interest"), format_money(schedule.total_interest)),
        (translate("Simulate", "Total insurance"), format_money(schedule.total_insurance)),
        (translate("Simulate", "Fees"), format_money(schedule.total_fees)),
        (translate("Simulate", "Total cost of the credit"), format_money(schedule.total_cost)),
        (translate("Simulate", "APR"), format_percent(percent_2dp(schedule.apr))),
    ]
    label_width = max(len(label) for label, _ in summary)
    lines = [f"{label.ljust(label_width)}  {value}" for label, value in summary]
    lines.append("")
    headers = [
        translate("Simulate", "No."),
        translate("Simulate", "Due date"),
        translate("Simulate", "Payment"),
        translate("Simulate", "Interest"),
        translate("Simulate", "Principal"),
        translate("Simulate", "Insurance"),
        translate("Simulate", "Balance"),
    ]
    body = [
        [
            str(row.number),
            format_date(row.due_date),
            format_money(row.payment),
            format_money(row.interest),
            format_money(row.principal),
            format_money(row.insurance),
            format_money(row.balance),
        ]
        for row in schedule.rows
    ]
    lines.extend(_table(headers, body))
    return "\n".join(lines)


def checks_to_json(result: CreditChecks) -> dict[str, object]:
    """The ``--check`` additions to the JSON: the checks, the threshold and its period."""
    threshold = result.usury.threshold
    return {
        "checks": [
            {
                "code": check.code,
                "severity": check.severity.value,
                "message": translated(check.message, dict(check.params)),
                "reference": check.reference,
            }
            for check in result.checks
        ],
        "usury_category": result.usury.category.value,
        "usury_threshold": None if threshold is None else str(threshold.rate_pct),
        "usury_period": None
        if threshold is None or threshold.effective_until is None
        else {
            "from": threshold.effective_from.isoformat(),
            "until": threshold.effective_until.isoformat(),
        },
    }


def render_checks(result: CreditChecks) -> str:
    """The checks as text lines: severity, code, message and reference."""
    # The guardrails are imported by the command, not by the parser that every start of
    # the window builds.
    from recouvrement_desktop.domain.guardrails import Severity

    lines = [translate("Simulate", "Checks")]
    threshold = result.usury.threshold
    if threshold is not None and threshold.effective_until is not None:
        lines.append(
            translate(
                "Simulate", "Usury threshold ({category}, {start} to {end}): {threshold}"
            ).format(
                category=result.usury.category.value,
                start=format_date(threshold.effective_from),
                end=format_date(threshold.effective_until),
                threshold=format_percent(threshold.rate_pct),
            )
        )
    severities = {
        Severity.BLOCKING: translate("Simulate", "BLOCKING"),
        Severity.WARNING: translate("Simulate", "warning"),
        Severity.INFO: translate("Simulate", "info"),
    }
    lines.extend(
        f"  [{severities[check.severity]}] {check.code}: "
        f"{translated(check.message, dict(check.params))} ({check.reference})"
        for check in result.checks
    )
    return "\n".join(lines)


def _credit_kind(args: argparse.Namespace) -> CreditKind:
    if args.category is None:
        return CreditKind.CONSUMER
    return CreditKind(_choice(args.category, "--category", [k.value for k in CreditKind]))


def run(args: argparse.Namespace) -> int:
    """Handler of ``simulate``: 0 on success; bad input raises :class:`UsageError`."""
    terms = terms_from_args(args)
    if args.category is not None and not args.check:
        raise UsageError(translate("Simulate", "--category goes with --check"))
    kind = _credit_kind(args)
    try:
        schedule = build_schedule(terms)
    except DomainError as error:
        raise UsageError(domain_message(error)) from error
    checks = None
    if args.check:
        from recouvrement_desktop.domain.checks import credit_checks
        from recouvrement_desktop.services.reference_data import published_policy

        checks = credit_checks(schedule, start=terms.start, kind=kind, policy=published_policy())
    if args.json:
        document = schedule_to_json(schedule)
        if checks is not None:
            document.update(checks_to_json(checks))
        sys.stdout.write(json.dumps(document, ensure_ascii=False) + "\n")
    else:
        text = render_text(schedule)
        if checks is not None:
            text += "\n\n" + render_checks(checks)
        sys.stdout.write(text + "\n")
    return 0
