"""Vocabulary of the recovery process: categories, stages, journal kinds, roles.

Plain enums, shared by every layer; their values are stored in the database, so never
rename a value without a migration.
"""

from __future__ import annotations

from enum import StrEnum


class LoanCategory(StrEnum):
    PERSONAL_LOAN = "personal_loan"
    CAR_LOAN = "car_loan"
    REVOLVING_CREDIT = "revolving_credit"
    OVERDRAFT = "overdraft"
    MORTGAGE = "mortgage"


class CaseStage(StrEnum):
    AMICABLE = "amicable"
    PRE_LITIGATION = "pre_litigation"
    LITIGATION = "litigation"
    RESCHEDULED = "rescheduled"
    SETTLED = "settled"
    WRITTEN_OFF = "written_off"


class CasePriority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class OfficerRole(StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"
    AUDITOR = "auditor"


class AuthSource(StrEnum):
    """Where an account's password is checked."""

    LOCAL = "local"  # its Argon2id hash, in this database
    DIRECTORY = "directory"  # the bank's directory (LDAP, Active Directory)


class EmploymentStatus(StrEnum):
    EMPLOYED = "employed"
    SELF_EMPLOYED = "self_employed"
    UNEMPLOYED = "unemployed"
    RETIRED = "retired"
    SICK_LEAVE = "sick_leave"
    STUDENT = "student"
    OTHER = "other"


class JournalKind(StrEnum):
    CONTACT = "contact"
    NOTE = "note"
    PROMISE = "promise"
    PROMISE_OUTCOME = "promise_outcome"
    PAYMENT = "payment"
    LIFE_EVENT = "life_event"
    OFFER = "offer"
    AGREEMENT = "agreement"
    STAGE_CHANGE = "stage_change"
    # A negotiation session (call or meeting) and its end, which refers to the start.
    SESSION = "session"
    SESSION_OUTCOME = "session_outcome"
    # A letter of the escalation sent (its document archived in the payload), and a
    # supervisor's approval or an officer's exclusion of a letter of the day's batch.
    LETTER = "letter"
    LETTER_DECISION = "letter_decision"
    # An instalment of a binding agreement's new schedule unpaid past the grace days
    # (``services/agreement_followup.py``): written by the application, once each.
    INSTALMENT_MISSED = "instalment_missed"


class Channel(StrEnum):
    PHONE = "phone"
    BRANCH = "branch"
    LETTER = "letter"
    EMAIL = "email"
    SMS = "sms"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class ContactResult(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    VOICEMAIL = "voicemail"
    WRONG_NUMBER = "wrong_number"
    PROMISE_OBTAINED = "promise_obtained"
    REFUSAL = "refusal"
    CALLBACK_REQUESTED = "callback_requested"
    AGREEMENT_REACHED = "agreement_reached"
    SENT = "sent"


class PromiseStatus(StrEnum):
    PENDING = "pending"
    KEPT = "kept"
    BROKEN = "broken"


class LifeEventType(StrEnum):
    JOB_LOSS = "job_loss"
    NEW_JOB = "new_job"
    ILLNESS = "illness"
    SEPARATION = "separation"
    BEREAVEMENT = "bereavement"
    BIRTH = "birth"
    RETIREMENT = "retirement"
    RELOCATION = "relocation"
    OTHER = "other"


class AgreementState(StrEnum):
    """Where a repayment agreement stands (``services/agreements``)."""

    PENDING_APPROVAL = "pending_approval"  # beyond the delegation: a supervisor decides
    REJECTED = "rejected"  # refused by a supervisor: never binding
    AWAITING_COUNTERSIGNATURE = "awaiting_countersignature"  # by phone: officer signed
    SIGNED = "signed"  # binding: signed by both parties


class SessionOutcome(StrEnum):
    """How a negotiation session ended."""

    PLAN_ACCEPTED = "plan_accepted"
    PROMISE_TO_PAY = "promise_to_pay"
    CALLBACK = "callback"
    REFUSAL = "refusal"
    NO_ANSWER = "no_answer"


class BankEntryStatus(StrEnum):
    """Where a payment read from the bank's statement stands (``services/payments``)."""

    MATCHED = "matched"  # recorded on a case (found by the import, or allocated)
    UNMATCHED = "unmatched"  # in the payments to allocate
    REVERSED = "reversed"  # undone by a later reversal from the bank
    REVERSAL = "reversal"  # the bank's reversal of an earlier entry


class OverindebtednessStatus(StrEnum):
    """Where a client's file before the Banque de France commission stands
    (``services/overindebtedness.py``); any status but ``closed`` freezes collection."""

    FILED = "filed"  # lodged with the commission
    ADMISSIBLE = "admissible"  # declared admissible (recevable)
    PLAN = "plan"  # a conventional plan agreed
    IMPOSED_MEASURES = "imposed_measures"  # measures imposed by the commission
    CLOSED = "closed"  # the file ended: the freeze is lifted


class RateType(StrEnum):
    """A contract's rate: fixed for its whole term, or variable (revisable)."""

    FIXED = "fixed"
    VARIABLE = "variable"
