"""Display names of the recovery vocabulary, translated in the "Labels" context."""

from __future__ import annotations

from enum import StrEnum

from recouvrement_desktop.domain.recovery import (
    CasePriority,
    CaseStage,
    Channel,
    ContactResult,
    Direction,
    EmploymentStatus,
    JournalKind,
    LifeEventType,
    LoanCategory,
    OfficerRole,
    OverindebtednessStatus,
    PromiseStatus,
    RateType,
    SessionOutcome,
)
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP
from recouvrement_desktop.i18n.translation import translate

_SOURCES: dict[StrEnum, str] = {
    LoanCategory.PERSONAL_LOAN: QT_TRANSLATE_NOOP("Labels", "Personal loan"),
    LoanCategory.CAR_LOAN: QT_TRANSLATE_NOOP("Labels", "Car loan"),
    LoanCategory.REVOLVING_CREDIT: QT_TRANSLATE_NOOP("Labels", "Revolving credit"),
    LoanCategory.OVERDRAFT: QT_TRANSLATE_NOOP("Labels", "Overdraft"),
    LoanCategory.MORTGAGE: QT_TRANSLATE_NOOP("Labels", "Mortgage"),
    RateType.FIXED: QT_TRANSLATE_NOOP("Labels", "Fixed rate"),
    RateType.VARIABLE: QT_TRANSLATE_NOOP("Labels", "Variable rate"),
    CaseStage.AMICABLE: QT_TRANSLATE_NOOP("Labels", "Amicable"),
    CaseStage.PRE_LITIGATION: QT_TRANSLATE_NOOP("Labels", "Pre-litigation"),
    CaseStage.LITIGATION: QT_TRANSLATE_NOOP("Labels", "Litigation"),
    CaseStage.RESCHEDULED: QT_TRANSLATE_NOOP("Labels", "Rescheduled"),
    CaseStage.SETTLED: QT_TRANSLATE_NOOP("Labels", "Settled"),
    CaseStage.WRITTEN_OFF: QT_TRANSLATE_NOOP("Labels", "Written off"),
    CasePriority.LOW: QT_TRANSLATE_NOOP("Labels", "Low"),
    CasePriority.NORMAL: QT_TRANSLATE_NOOP("Labels", "Normal"),
    CasePriority.HIGH: QT_TRANSLATE_NOOP("Labels", "High"),
    CasePriority.URGENT: QT_TRANSLATE_NOOP("Labels", "Urgent"),
    OfficerRole.OFFICER: QT_TRANSLATE_NOOP("Labels", "Officer"),
    OfficerRole.SUPERVISOR: QT_TRANSLATE_NOOP("Labels", "Supervisor"),
    OfficerRole.ADMINISTRATOR: QT_TRANSLATE_NOOP("Labels", "Administrator"),
    OfficerRole.AUDITOR: QT_TRANSLATE_NOOP("Labels", "Auditor"),
    EmploymentStatus.EMPLOYED: QT_TRANSLATE_NOOP("Labels", "Employed"),
    EmploymentStatus.SELF_EMPLOYED: QT_TRANSLATE_NOOP("Labels", "Self-employed"),
    EmploymentStatus.UNEMPLOYED: QT_TRANSLATE_NOOP("Labels", "Unemployed"),
    EmploymentStatus.RETIRED: QT_TRANSLATE_NOOP("Labels", "Retired"),
    EmploymentStatus.SICK_LEAVE: QT_TRANSLATE_NOOP("Labels", "On sick leave"),
    EmploymentStatus.STUDENT: QT_TRANSLATE_NOOP("Labels", "Student"),
    EmploymentStatus.OTHER: QT_TRANSLATE_NOOP("Labels", "Other situation"),
    JournalKind.CONTACT: QT_TRANSLATE_NOOP("Labels", "Contact"),
    JournalKind.NOTE: QT_TRANSLATE_NOOP("Labels", "Note"),
    JournalKind.PROMISE: QT_TRANSLATE_NOOP("Labels", "Promise to pay"),
    JournalKind.PROMISE_OUTCOME: QT_TRANSLATE_NOOP("Labels", "Promise outcome"),
    JournalKind.PAYMENT: QT_TRANSLATE_NOOP("Labels", "Payment received"),
    JournalKind.LIFE_EVENT: QT_TRANSLATE_NOOP("Labels", "Life event"),
    JournalKind.OFFER: QT_TRANSLATE_NOOP("Labels", "Offer shown"),
    JournalKind.AGREEMENT: QT_TRANSLATE_NOOP("Labels", "Agreement"),
    JournalKind.STAGE_CHANGE: QT_TRANSLATE_NOOP("Labels", "Stage change"),
    JournalKind.SESSION: QT_TRANSLATE_NOOP("Labels", "Negotiation session"),
    JournalKind.SESSION_OUTCOME: QT_TRANSLATE_NOOP("Labels", "Session outcome"),
    JournalKind.LETTER: QT_TRANSLATE_NOOP("Labels", "Letter sent"),
    JournalKind.LETTER_DECISION: QT_TRANSLATE_NOOP("Labels", "Letter approved or excluded"),
    JournalKind.INSTALMENT_MISSED: QT_TRANSLATE_NOOP("Labels", "Agreement instalment missed"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
    Channel.BRANCH: QT_TRANSLATE_NOOP("Labels", "Branch"),
    Channel.LETTER: QT_TRANSLATE_NOOP("Labels", "Letter"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
    Channel.SMS: QT_TRANSLATE_NOOP("Labels", "SMS"),
    Direction.INBOUND: QT_TRANSLATE_NOOP("Labels", "inbound"),
    Direction.OUTBOUND: QT_TRANSLATE_NOOP("Labels", "outbound"),
    ContactResult.REACHED: QT_TRANSLATE_NOOP("Labels", "client reached"),
    ContactResult.NO_ANSWER: QT_TRANSLATE_NOOP("Labels", "no answer"),
    ContactResult.VOICEMAIL: QT_TRANSLATE_NOOP("Labels", "voicemail"),
    ContactResult.WRONG_NUMBER: QT_TRANSLATE_NOOP("Labels", "wrong number"),
    ContactResult.PROMISE_OBTAINED: QT_TRANSLATE_NOOP("Labels", "promise obtained"),
    ContactResult.REFUSAL: QT_TRANSLATE_NOOP("Labels", "refusal"),
    ContactResult.CALLBACK_REQUESTED: QT_TRANSLATE_NOOP("Labels", "callback requested"),
    ContactResult.AGREEMENT_REACHED: QT_TRANSLATE_NOOP("Labels", "agreement reached"),
    ContactResult.SENT: QT_TRANSLATE_NOOP("Labels", "sent"),
    PromiseStatus.PENDING: QT_TRANSLATE_NOOP("Labels", "pending"),
    PromiseStatus.KEPT: QT_TRANSLATE_NOOP("Labels", "kept"),
    PromiseStatus.BROKEN: QT_TRANSLATE_NOOP("Labels", "broken"),
    LifeEventType.JOB_LOSS: QT_TRANSLATE_NOOP("Labels", "Job loss"),
    LifeEventType.NEW_JOB: QT_TRANSLATE_NOOP("Labels", "New job"),
    LifeEventType.ILLNESS: QT_TRANSLATE_NOOP("Labels", "Illness"),
    LifeEventType.SEPARATION: QT_TRANSLATE_NOOP("Labels", "Separation"),
    LifeEventType.BEREAVEMENT: QT_TRANSLATE_NOOP("Labels", "Bereavement"),
    LifeEventType.BIRTH: QT_TRANSLATE_NOOP("Labels", "Birth"),
    LifeEventType.RETIREMENT: QT_TRANSLATE_NOOP("Labels", "Retirement"),
    LifeEventType.RELOCATION: QT_TRANSLATE_NOOP("Labels", "Relocation"),
    LifeEventType.OTHER: QT_TRANSLATE_NOOP("Labels", "Other event"),
    SessionOutcome.PLAN_ACCEPTED: QT_TRANSLATE_NOOP("Labels", "plan accepted"),
    SessionOutcome.PROMISE_TO_PAY: QT_TRANSLATE_NOOP("Labels", "promise to pay"),
    SessionOutcome.CALLBACK: QT_TRANSLATE_NOOP("Labels", "callback"),
    SessionOutcome.REFUSAL: QT_TRANSLATE_NOOP("Labels", "refusal"),
    SessionOutcome.NO_ANSWER: QT_TRANSLATE_NOOP("Labels", "no answer"),
    OverindebtednessStatus.FILED: QT_TRANSLATE_NOOP("Labels", "filed"),
    OverindebtednessStatus.ADMISSIBLE: QT_TRANSLATE_NOOP("Labels", "admissible"),
    OverindebtednessStatus.PLAN: QT_TRANSLATE_NOOP("Labels", "under a plan"),
    OverindebtednessStatus.IMPOSED_MEASURES: QT_TRANSLATE_NOOP("Labels", "under imposed measures"),
    OverindebtednessStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "closed"),
}


def label(value: StrEnum) -> str:
    """The translated display name of a vocabulary value."""
    return translate("Labels", _SOURCES[value])


def all_sources() -> dict[StrEnum, str]:
    """Every value with its English source text (tests check none is missing)."""
    return dict(_SOURCES)
