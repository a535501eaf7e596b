"""``case show REF [--json]``: one case, its client, stage, promises, agreements and its
contracts with their legal deadlines (first unpaid instalment, forclusion date), its
overindebtedness file and the client's FICP registrations.

``case overindebtedness REF --status STATUS --on DATE [--filed-on DATE] [--note TEXT]``
records the file's new status; ``case ficp REF --register DATE --incident TEXT`` or
``case ficp REF --remove DATE`` registers the client at the FICP or removes it.

Signed in like every command that reads client data (``--user``, the password from
``RECOUVREMENT_PASSWORD`` or a prompt); the reading is written in the access log.
``--json`` prints one object::

    {"case": {...}, "client": {...}, "stage": "...", "promises": [...],
     "agreements": [...], "loans": [{"contract", "category", "first_unpaid_date",
     "forclusion_date", "outstanding_principal", "arrears_amount", "rate_type",
     "co_borrowers": [...], "guarantee", "guarantors": [...], "sepa_mandate_reference", ...}],
     "overindebtedness": {"status", "filed_on", "status_on", "open", "note"} | null,
     "ficp": [{"registered_on", "incident", "removed_on"}],
     "plan": {"agreement", "on", "grace_days", "paid", "due", "late", "missed",
              "imputed", "default_since", "instalments": [...]} | null}

``plan`` follows the case's binding agreement (``services/agreement_followup.py``):
``paid``, ``due`` (not yet past its due date), ``late`` (within the grace days) and
``missed`` are ``{"count", "amount"}`` (the instalments' amounts for those paid, what
is left to pay on the others); each instalment has ``period``, ``due_date``,
``amount``, ``paid`` (imputed to it) and ``status``.

Dates are ISO 8601, amounts strings with two decimals; ``forclusion_date`` is null
when no forclusion runs (``forclusion_state`` says why: ``not_running`` or, for a
mortgage, ``not_applicable``).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from recouvrement_desktop.cli.credentials import add_user_option, signed_in
from recouvrement_desktop.cli.database import add_database_options, chosen_database_url
from recouvrement_desktop.cli.errors import UsageError
from recouvrement_desktop.cli.options import iso_date
from recouvrement_desktop.cli.parser import Subparsers
from recouvrement_desktop.domain.recovery import OverindebtednessStatus
from recouvrement_desktop.i18n.translation import translate

if TYPE_CHECKING:
    from recouvrement_desktop.services.case_report import CaseReport
    from recouvrement_desktop.services.views import OverindebtednessView, PlanFollowUp

__all__ = ["case_json", "register", "run_ficp", "run_overindebtedness", "run_show"]


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "case",
        help=translate("Cases", "show a case"),
        description=translate("Cases", "A case, its contracts and their legal deadlines."),
    )
    actions = parser.add_subparsers(
        title=translate("Cases", "actions"), metavar="ACTION", required=True
    )
    show = actions.add_parser(
        "show",
        help=translate(
            "Cases", "show a case: client, stage, promises, agreements, loans and deadlines"
        ),
    )
    show.add_argument("reference", metavar="REF", help=translate("Cases", "its reference"))
    show.add_argument(
        "--json", action="store_true", help=translate("Cases", "print one JSON object")
    )
    add_database_options(show, top_level=False)
    add_user_option(show)
    show.set_defaults(handler=run_show)
    _register_overindebtedness(actions)
    _register_ficp(actions)


def _register_overindebtedness(actions: Subparsers) -> None:
    status = actions.add_parser(
        "overindebtedness",
        help=translate("Cases", "record the status of the case's overindebtedness file"),
    )
    status.add_argument("reference", metavar="REF", help=translate("Cases", "its reference"))
    status.add_argument(
        "--status",
        required=True,
        choices=[s.value for s in OverindebtednessStatus],
        help=translate("Cases", "the file's new status"),
    )
    status.add_argument(
        "--on", required=True, metavar="DATE", help=translate("Cases", "the status's date")
    )
    status.add_argument(
        "--filed-on",
        metavar="DATE",
        help=translate("Cases", "the day the file was lodged (a new file)"),
    )
    status.add_argument("--note", metavar="TEXT", help=translate("Cases", "a note"))
    add_database_options(status, top_level=False)
    add_user_option(status)
    status.set_defaults(handler=run_overindebtedness)


def _register_ficp(actions: Subparsers) -> None:
    ficp = actions.add_parser(
        "ficp", help=translate("Cases", "register the client at the FICP, or remove it")
    )
    ficp.add_argument("reference", metavar="REF", help=translate("Cases", "its reference"))
    change = ficp.add_mutually_exclusive_group(required=True)
    change.add_argument(
        "--register", metavar="DATE", help=translate("Cases", "the registration's date")
    )
    change.add_argument("--remove", metavar="DATE", help=translate("Cases", "the removal's date"))
    ficp.add_argument(
        "--incident",
        metavar="TEXT",
        help=translate("Cases", "the incident that caused the registration"),
    )
    add_database_options(ficp, top_level=False)
    add_user_option(ficp)
    ficp.set_defaults(handler=run_ficp)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def case_json(report: CaseReport) -> dict[str, Any]:
    detail = report.detail
    case, client = detail.case, detail.client
    today = detail.today or date.today()
    loans = []
    for loan, deadline in zip(detail.loans, detail.deadlines, strict=True):
        forclusion = deadline.forclusion
        loans.append(
            {
                "contract": loan.contract_number,
                "category": loan.category.value,
                "first_unpaid_date": _day(deadline.first_unpaid_date),
                "first_unpaid_derived": deadline.first_unpaid_derived,
                "forclusion_date": _day(forclusion.expires_on),
                "forclusion_state": forclusion.state.value,
                "forclusion_event": _day(forclusion.event),
                "forclusion_days_left": forclusion.days_left(today),
                "forclusion_reference": forclusion.reference,
                "rescheduled_by": deadline.agreement_reference,
                "outstanding_principal": _text(loan.outstanding_principal),
                "arrears_amount": _text(loan.arrears_amount),
                "arrears_count": loan.arrears_count,
                "days_past_due": loan.days_past_due,
                "installment": _text(loan.installment),
                "nominal_rate": _text(loan.nominal_rate),
                "start_date": _day(loan.start_date),
                "term_months": loan.term_months,
                "late_interest": _text(loan.late_interest),
                "fees": _text(loan.fees),
                "penalties": _text(loan.penalties),
                "rate_type": loan.rate_type.value,
                "co_borrowers": list(loan.co_borrowers),
                "guarantee": loan.guarantee or None,
                "guarantors": list(loan.guarantors),
                "sepa_mandate_reference": loan.sepa_mandate_reference or None,
            }
        )
    return {
        "case": {
            "reference": case.reference,
            "stage": case.stage.value,
            "priority": case.priority.value,
            "opened_on": _day(case.opened_on),
            "next_action_date": _day(case.next_action_date),
            "total_arrears": _text(case.total_arrears),
            "days_past_due": case.days_past_due,
            "officer": case.officer_name,
            "forclusion_date": _day(
                min(
                    (d.forclusion_date for d in detail.deadlines if d.forclusion_date),
                    default=None,
                )
            ),
            "today": today.isoformat(),
        },
        "client": {
            "client_number": client.client_number,
            "title": client.title,
            "first_name": client.first_name,
            "last_name": client.last_name,
            "postal_code": client.postal_code,
            "city": client.city,
            "mobile_phone": client.mobile_phone,
            "email": client.email,
        },
        "stage": case.stage.value,
        "promises": [
            {
                "amount": _text(promise.amount),
                "due_date": _day(promise.due_date),
                "made_on": promise.made_at.astimezone().date().isoformat(),
                "status": promise.status.value,
            }
            for promise in report.promises
        ],
        "agreements": [
            {
                "reference": agreement.reference,
                "status": agreement.status.value,
                "created_on": agreement.created_at.astimezone().date().isoformat(),
                "signed_on": agreement.signed_at.astimezone().date().isoformat()
                if agreement.signed_at
                else None,
                "installment": _text(agreement.installment),
                "periods": agreement.periods,
                "first_due": _day(agreement.first_due),
                "last_due": _day(agreement.last_due),
            }
            for agreement in report.agreements
        ],
        "loans": loans,
        "overindebtedness": _file_json(detail.overindebtedness),
        "ficp": [
            {
                "registered_on": _day(entry.registered_on),
                "incident": entry.incident,
                "removed_on": _day(entry.removed_on),
            }
            for entry in detail.ficp
        ],
        "plan": _plan_json(detail.plan),
    }


def _plan_json(plan: PlanFollowUp | None) -> dict[str, Any] | None:
    if plan is None:
        return None
    summary = plan.progress

    def tally(count: int, amount: Any) -> dict[str, Any]:
        return {"count": count, "amount": _text(amount)}

    return {
        "agreement": plan.reference,
        "on": plan.on.isoformat(),
        "grace_days": plan.grace_days,
        "paid": tally(summary.paid.count, summary.paid.amount),
        "due": tally(summary.due.count, summary.due.amount),
        "late": tally(summary.late.count, summary.late.amount),
        "missed": tally(summary.missed.count, summary.missed.amount),
        "imputed": _text(summary.imputed),
        "default_since": _day(summary.default_since),
        "instalments": [
            {
                "period": one.number,
                "due_date": one.due.isoformat(),
                "amount": _text(one.amount),
                "paid": _text(one.covered),
                "status": one.status.value,
            }
            for one in plan.instalments
        ],
    }


def _file_json(current: OverindebtednessView | None) -> dict[str, Any] | None:
    if current is None:
        return None
    return {
        "status": current.status.value,
        "filed_on": _day(current.filed_on),
        "status_on": _day(current.status_on),
        "open": current.open,
        "note": current.note,
    }


def _print_text(data: dict[str, Any]) -> None:
    case, client = data["case"], data["client"]
    name = " ".join(p for p in (client["title"], client["first_name"], client["last_name"]) if p)
    print(
        translate("Cases", "Case {reference} — {client} ({number}) — {stage}").format(
            reference=case["reference"], client=name, number=client["client_number"],
            stage=data["stage"],
        )
    )  # fmt: skip
    print(
        translate("Cases", "Arrears {amount}, {days} days past due, officer {officer}").format(
            amount=case["total_arrears"], days=case["days_past_due"], officer=case["officer"] or "—"
        )
    )
    print()
    print(translate("Cases", "Loans"))
    rows = [
        (
            loan["contract"],
            loan["category"],
            loan["outstanding_principal"],
            loan["arrears_amount"],
            translate("Cases", "first unpaid {date}").format(date=loan["first_unpaid_date"] or "—"),
            _forclusion_text(loan),
        )
        for loan in data["loans"]
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))] if rows else []
    for row in rows:
        print("  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    for title, lines in (
        (
            translate("Cases", "Promises"),
            [
                f"{p['made_on']}  {p['amount']}  → {p['due_date']}  {p['status']}"
                for p in data["promises"]
            ],
        ),
        (
            translate("Cases", "Agreements"),
            [
                f"{a['reference']}  {a['status']}  {a['periods']} × {a['installment']}  "
                f"{a['first_due']} – {a['last_due']}"
                for a in data["agreements"]
            ],
        ),
    ):
        print()
        print(title)
        for line in lines or ["—"]:
            print("  " + line)
    plan = data["plan"]
    if plan is not None:
        print()
        print(
            translate(
                "Cases",
                "Plan {agreement}: {paid} paid, {due} to come, {late} late, {missed} missed",
            ).format(
                agreement=plan["agreement"], paid=plan["paid"]["count"],
                due=plan["due"]["count"], late=plan["late"]["count"],
                missed=plan["missed"]["count"],
            )
        )  # fmt: skip
        if plan["default_since"]:
            print(
                "  "
                + translate("Cases", "in default since {date}").format(date=plan["default_since"])
            )


def _forclusion_text(loan: dict[str, Any]) -> str:
    from recouvrement_desktop.services.legal_deadlines import WARNING_DAYS

    state = loan["forclusion_state"]
    if state == "not_applicable":
        return translate("Cases", "forclusion not applicable (mortgage)")
    if loan["rescheduled_by"]:
        prefix = translate("Cases", "rescheduled by {reference}, ").format(
            reference=loan["rescheduled_by"]
        )
    else:
        prefix = ""
    if loan["forclusion_date"] is None:
        return prefix + translate("Cases", "forclusion not running")
    text = prefix + translate("Cases", "forclusion {date} ({days} days)").format(
        date=loan["forclusion_date"], days=loan["forclusion_days_left"]
    )
    if loan["forclusion_days_left"] < WARNING_DAYS:
        text += " " + translate("Cases", "⚠ within 60 days")
    return text


def run_show(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services.case_report import case_report

    database, _ = open_database(chosen_database_url(args))
    try:
        reader = signed_in(args, database)
        report = case_report(database, reader, args.reference)
    finally:
        database.dispose()
    data = case_json(report)
    if args.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    else:
        _print_text(data)
    return 0


def run_overindebtedness(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services.overindebtedness import case_by_reference, record_status

    on = iso_date(args.on, "--on")
    filed_on = iso_date(args.filed_on, "--filed-on")
    assert on is not None  # a required option
    database, _ = open_database(chosen_database_url(args))
    try:
        officer = signed_in(args, database)
        case_id = case_by_reference(database, args.reference)
        view = record_status(
            database,
            officer,
            case_id,
            OverindebtednessStatus(args.status),
            on,
            filed_on=filed_on,
            note=args.note,
        )
    finally:
        database.dispose()
    print(
        translate(
            "Cases",
            "Case {reference}: overindebtedness file {status} on {date} (lodged on {filed})",
        ).format(
            reference=args.reference,
            status=view.status.value,
            date=view.status_on.isoformat(),
            filed=view.filed_on.isoformat(),
        )
    )
    return 0


def run_ficp(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services.overindebtedness import (
        case_by_reference,
        register_ficp,
        remove_ficp,
    )

    registered = iso_date(args.register, "--register")
    removed = iso_date(args.remove, "--remove")
    if registered is not None and not (args.incident or "").strip():
        raise UsageError(translate("Cases", "--register needs --incident TEXT"))
    if removed is not None and args.incident is not None:
        raise UsageError(translate("Cases", "--incident goes with --register, not --remove"))
    database, _ = open_database(chosen_database_url(args))
    try:
        officer = signed_in(args, database)
        case_id = case_by_reference(database, args.reference)
        if registered is not None:
            register_ficp(database, officer, case_id, registered, args.incident)
            message = translate(
                "Cases", "Case {reference}: client registered at the FICP on {date}"
            )
            day = registered
        else:
            assert removed is not None  # one of the two is required
            remove_ficp(database, officer, case_id, removed)
            message = translate("Cases", "Case {reference}: FICP registration removed on {date}")
            day = removed
    finally:
        database.dispose()
    print(message.format(reference=args.reference, date=day.isoformat()))
    return 0
