"""Who may do what: the permissions of each role.

The services check them, from the role the database records for the person signed in
(``services/permissions.py``); the window only uses them to offer what may be done.

- **officer**: works the cases of their branch, within their delegation;
- **supervisor**: as an officer, and approves or rejects plans, reassigns cases, runs
  imports, allocates payments, exports outcomes, sends the day's letters;
- **administrator**: manages users, reference data and the policy, backs up and
  restores, runs the retention job (anonymisation); no case work;
- **auditor**: reads everything, changes nothing; reads the audit trail and the access
  log.
"""

from __future__ import annotations

from enum import StrEnum

from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import OfficerRole

__all__ = ["ROLE_PERMISSIONS", "Permission", "allows", "queue_branch"]


class Permission(StrEnum):
    READ_CASES = "read_cases"
    WORK_CASES = "work_cases"  # notes, contacts, promises, sessions, offers, agreements
    APPROVE_PLANS = "approve_plans"
    REASSIGN_CASES = "reassign_cases"
    IMPORT_DATA = "import_data"
    ALLOCATE_PAYMENTS = "allocate_payments"
    # A supervisor's (services/export_log.py): the file carries a whole branch's outcomes
    # out of the application and sets the core system acting on them; officers work
    # cases one by one, administrators see no client data.
    EXPORT_OUTCOMES = "export_outcomes"
    SEND_LETTERS = "send_letters"
    MANAGE_USERS = "manage_users"
    MANAGE_REFERENCE_DATA = "manage_reference_data"
    MANAGE_POLICY = "manage_policy"
    READ_AUDIT = "read_audit"
    READ_ACCESS_LOG = "read_access_log"
    BACKUP_RESTORE = "backup_restore"
    RUN_RETENTION = "run_retention"  # anonymise the clients of long-closed cases


_CASE_WORK = frozenset({Permission.READ_CASES, Permission.WORK_CASES})

ROLE_PERMISSIONS: dict[OfficerRole, frozenset[Permission]] = {
    OfficerRole.OFFICER: _CASE_WORK,
    OfficerRole.SUPERVISOR: _CASE_WORK
    | {
        Permission.APPROVE_PLANS,
        Permission.REASSIGN_CASES,
        Permission.IMPORT_DATA,
        Permission.ALLOCATE_PAYMENTS,
        Permission.EXPORT_OUTCOMES,
        Permission.SEND_LETTERS,
    },
    OfficerRole.ADMINISTRATOR: frozenset(
        {
            Permission.MANAGE_USERS,
            Permission.MANAGE_REFERENCE_DATA,
            Permission.MANAGE_POLICY,
            Permission.BACKUP_RESTORE,
            Permission.RUN_RETENTION,
        }
    ),
    OfficerRole.AUDITOR: frozenset(
        {Permission.READ_CASES, Permission.READ_AUDIT, Permission.READ_ACCESS_LOG}
    ),
}


def allows(role: OfficerRole, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


def queue_branch(identity: Identity) -> str | None:
    """The branch whose cases *identity*'s work queue lists: an officer's or a
    supervisor's own (``None``: every case, for an auditor). The services check each
    case all the same."""
    return None if identity.role is OfficerRole.AUDITOR else identity.branch
