"""Deterministic demonstration rows: officers, clients, loans and cases, drawn from one
seeded generator (the same seed and day give the same rows)."""

from __future__ import annotations

import hashlib
import random
import uuid
from bisect import bisect
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from recouvrement_desktop.domain.legal_deadlines import expiry_from, forclusion_event
from recouvrement_desktop.domain.money import floor_cents
from recouvrement_desktop.domain.recovery import (
    AuthSource,
    CasePriority,
    CaseStage,
    EmploymentStatus,
    LoanCategory,
)
from recouvrement_desktop.domain.text import fold, phone_digits
from recouvrement_desktop.services.demo_data.history import CaseHistory
from recouvrement_desktop.services.demo_data.parties import NO_PARTIES, demo_parties
from recouvrement_desktop.services.demo_data.vocabulary import (
    BRANCHES,
    CATEGORY_WEIGHTS,
    CHILDREN_WEIGHTS,
    CITIES,
    DEFAULT_SEED,
    DEMO_PASSWORD,
    EMAIL_DOMAINS,
    EMPLOYERS,
    EMPLOYMENT_WEIGHTS,
    FEMALE_FIRST_NAMES,
    LAST_NAMES,
    LOAN_PROFILES,
    LOANS_PER_CASE_WEIGHTS,
    MALE_FIRST_NAMES,
    OFFICERS,
    STREETS,
    UNPAID_WEIGHTS,
    Weighted,
    annuity,
    balance_after,
    money,
)
from recouvrement_desktop.services.passwords import hash_password

_T = TypeVar("_T")


@dataclass
class NextIds:
    """Next free identifier of each table, so that appending never collides."""

    client: int
    case: int
    loan: int
    journal: int


@dataclass
class RowBatch:
    clients: list[dict[str, Any]] = field(default_factory=list)
    cases: list[dict[str, Any]] = field(default_factory=list)
    loans: list[dict[str, Any]] = field(default_factory=list)
    journal: list[dict[str, Any]] = field(default_factory=list)


class DemoDataGenerator:
    def __init__(
        self, seed: int = DEFAULT_SEED, today: date | None = None, uuid_clock_offset: int = 0
    ) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.today = today or date.today()
        midnight = datetime.combine(self.today, time(), tzinfo=UTC)
        # Milliseconds, as in UUIDv7; each batch of a run starts on its own range.
        self._uuid_clock = int(midnight.timestamp() * 1000) + uuid_clock_offset

    def pick(self, weighted: Weighted[_T]) -> _T:
        """One of ``weighted``'s values, drawn with its weight."""
        values, cumulative = weighted
        return values[bisect(cumulative, self.rng.random() * cumulative[-1])]

    def between(self, low: int, high: int) -> int:
        """A uniform integer in [low, high]; a few times cheaper than ``randint``."""
        return low + int(self.rng.random() * (high - low + 1))

    def uuid(self) -> uuid.UUID:
        """A time-ordered UUID (version 7) stamped with a deterministic creation instant.

        Ordered identifiers append to the unique indexes instead of scattering writes
        across them, which is what keeps bulk generation fast.
        """
        self._uuid_clock += 1
        random_bits = self.rng.getrandbits(74)
        value = (self._uuid_clock << 80) | (0x7 << 76) | ((random_bits >> 62) << 64)
        value |= (0b10 << 62) | (random_bits & ((1 << 62) - 1))
        return uuid.UUID(int=value)

    def moment(self, day: date) -> datetime:
        """A plausible office-hours instant on ``day``, in UTC."""
        minutes = self.between(8 * 60 + 30, 18 * 60)
        return datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=UTC)

    def officer_rows(self, first_id: int) -> list[dict[str, Any]]:
        """The demonstration team, every account with the password ``DEMO_PASSWORD``."""
        # One hash, with a salt of the seed: the same rows for the same seed.
        salt = hashlib.sha256(f"demo-accounts-{self.seed}".encode()).digest()[:16]
        password_hash = hash_password(DEMO_PASSWORD, salt=salt)
        rows = []
        for offset, (login, name, role, branch, waiver, months, rate) in enumerate(OFFICERS):
            rows.append(
                {
                    "id": first_id + offset,
                    "uuid": self.uuid(),
                    "login": login,
                    "full_name": name,
                    "role": role,
                    "branch": BRANCHES[branch],
                    "max_waiver": Decimal(waiver),
                    "max_extension_months": months,
                    "min_rate": Decimal(rate),
                    "active": True,
                    "created_at": self.moment(self.today - timedelta(days=900)),
                    "auth_source": AuthSource.LOCAL,
                    "password_hash": password_hash,
                    "password_changed_at": None,
                    "must_change_password": False,
                    "failed_sign_ins": 0,
                    "locked_until": None,
                }
            )
        return rows

    def client_row(self, client_id: int) -> dict[str, Any]:
        rng = self.rng
        female = rng.random() < 0.5
        first = rng.choice(FEMALE_FIRST_NAMES if female else MALE_FIRST_NAMES)
        last = rng.choice(LAST_NAMES)
        postal_code, city = rng.choice(CITIES)
        mobile = f"06 {self.between(10, 99)} {self.between(10, 99)} {self.between(10, 99)} " + (
            f"{self.between(10, 99)}"
        )
        home = (
            f"0{self.between(1, 5)} {self.between(10, 99)} {self.between(10, 99)} "
            f"{self.between(10, 99)} {self.between(10, 99)}"
            if rng.random() < 0.35
            else None
        )
        employment = self.pick(EMPLOYMENT_WEIGHTS)
        income_by_status = {
            EmploymentStatus.EMPLOYED: (1400, 4200),
            EmploymentStatus.SELF_EMPLOYED: (900, 5000),
            EmploymentStatus.UNEMPLOYED: (650, 1500),
            EmploymentStatus.RETIRED: (900, 2600),
            EmploymentStatus.SICK_LEAVE: (800, 1900),
            EmploymentStatus.STUDENT: (300, 900),
            EmploymentStatus.OTHER: (600, 2000),
        }
        low, high = income_by_status[employment]
        income = Decimal(self.between(low * 100, high * 100)) / 100
        adults = rng.choice((1, 1, 2, 2, 2))
        email_local = fold(f"{first}.{last}").replace(" ", "-").replace("'", "")
        return {
            "id": client_id,
            "uuid": self.uuid(),
            "client_number": f"CL{client_id:08d}",
            "title": "Mme" if female else "M.",
            "first_name": first,
            "last_name": last,
            "birth_date": self.today - timedelta(days=self.between(20 * 365, 78 * 365)),
            "mobile_phone": mobile,
            "home_phone": home,
            "email": f"{email_local}@{rng.choice(EMAIL_DOMAINS)}" if rng.random() < 0.8 else None,
            "address_line1": f"{self.between(1, 180)} {rng.choice(STREETS)}",
            "address_line2": f"Bâtiment {rng.choice('ABCDE')}" if rng.random() < 0.15 else None,
            "postal_code": postal_code,
            "city": city,
            "country": "FR",
            "household_adults": adults,
            "household_children": self.pick(CHILDREN_WEIGHTS),
            "employment": employment,
            "employer": rng.choice(EMPLOYERS)
            if employment in (EmploymentStatus.EMPLOYED, EmploymentStatus.SICK_LEAVE)
            else None,
            "monthly_income": income,
            "housing_cost": money(income * Decimal(self.between(18, 40)) / 100),
            "other_credit_payments": money(rng.choice((0, 0, 0, 45, 120, 230, 380))),
            "search_name": fold(f"{first} {last}"),
            "search_phones": " ".join(filter(None, (phone_digits(mobile), phone_digits(home)))),
            "created_at": self.moment(self.today - timedelta(days=self.between(400, 4000))),
            "updated_at": self.moment(self.today - timedelta(days=self.between(0, 300))),
        }

    def loan_row(self, loan_id: int, case_id: int, number_in_case: int) -> dict[str, Any]:
        rng = self.rng
        category = self.pick(CATEGORY_WEIGHTS)
        _, (low, high), (rate_low, rate_high), (term_low, term_high) = LOAN_PROFILES[category]
        amount = Decimal(self.between(low, high) // 10 * 10)
        rate = Decimal(self.between(rate_low, rate_high)) / 100
        term = self.between(term_low, term_high)
        if category == LoanCategory.OVERDRAFT:
            installment, outstanding, elapsed = Decimal("0.00"), amount, 0
            start = self.today - timedelta(days=self.between(60, 700))
        else:
            elapsed = self.between(3, max(4, term - 2))
            start = self.today - timedelta(days=elapsed * 30 + self.between(0, 29))
            installment = annuity(amount, rate, term)
            outstanding = balance_after(amount, rate, installment, elapsed)
        unpaid = self.pick(UNPAID_WEIGHTS)
        monthly = installment if installment else money(outstanding * Decimal("0.05"))
        arrears = money(monthly * unpaid)
        insurance = money(amount * Decimal("0.0003")) if category != LoanCategory.OVERDRAFT else 0
        return {
            "id": loan_id,
            "uuid": self.uuid(),
            "case_id": case_id,
            "contract_number": f"{category.value[:2].upper()}{case_id:08d}{number_in_case}",
            "category": category,
            "original_amount": amount,
            "nominal_rate": rate,
            "start_date": start,
            "term_months": term,
            "installment": installment,
            "insurance_monthly": Decimal(insurance),
            "outstanding_principal": outstanding,
            "arrears_count": unpaid,
            "arrears_amount": arrears,
            "late_interest": money(arrears * rate / 1200 * unpaid / 2 + arrears * Decimal("0.003")),
            # A flat charge (letters, returned debits) and a penalty per unpaid
            # instalment, kept under the consumer-credit indemnity's cap of 8 % of the
            # capital due (C. consom. D312-16).
            "fees": money(rng.choice((0, 15, 25, 40, 60))),
            "penalties": min(money(8 * unpaid), floor_cents(outstanding * Decimal("0.08"))),
            "days_past_due": unpaid * 30 + self.between(0, 29),
            "left_extract_on": None,
            **NO_PARTIES,
            "created_at": datetime.combine(start, time(9), tzinfo=UTC),
            "updated_at": self.moment(self.today - timedelta(days=self.between(0, 30))),
        }

    def case_rows(self, ids: NextIds, officer_ids: list[int], batch: RowBatch) -> None:
        """One case: its client, loans and history, appended to ``batch``."""
        rng = self.rng
        client = self.client_row(ids.client)
        case_id = ids.case
        loans = [
            self.loan_row(ids.loan + n, case_id, n + 1)
            for n in range(self.pick(LOANS_PER_CASE_WEIGHTS))
        ]
        ids.client += 1
        ids.case += 1
        ids.loan += len(loans)
        if case_id % OLD_ARREARS_EVERY == OLD_ARREARS_EVERY // 2:
            # A few cases in arrears for nearly two years: their forclusion is near.
            for loan in loans:
                loan["days_past_due"] = 640 + case_id % 100
        days_past_due = max(loan["days_past_due"] for loan in loans)
        total_arrears = sum((loan["arrears_amount"] for loan in loans), Decimal("0.00"))
        stage = self._stage(days_past_due)
        officer_id = rng.choice(officer_ids)
        opened = self.today - timedelta(days=days_past_due - self.between(0, 10))
        history = CaseHistory(
            self,
            case_id=case_id,
            officer_id=officer_id,
            opened=opened,
            client=client,
            loans=loans,
            ids=ids,
        )
        entries = history.build(stage)
        closed = stage in (CaseStage.SETTLED, CaseStage.WRITTEN_OFF)
        if stage == CaseStage.SETTLED:
            for loan in loans:
                loan.update(arrears_count=0, arrears_amount=Decimal("0.00"), days_past_due=0)
                loan.update(late_interest=Decimal("0.00"), fees=Decimal("0.00"))
                loan.update(penalties=Decimal("0.00"))
            total_arrears, days_past_due = Decimal("0.00"), 0
        for loan in loans:
            days = loan["days_past_due"]
            loan["first_unpaid_date"] = self.today - timedelta(days=days) if days else None
            loan.update(demo_parties(loan, client, case_id))
        priority = (
            CasePriority.URGENT
            if history.broken_promise or total_arrears > 5000
            else CasePriority.HIGH
            if days_past_due > 90
            else CasePriority.NORMAL
            if total_arrears > 300
            else CasePriority.LOW
        )
        batch.clients.append(client)
        batch.loans.extend(loans)
        batch.journal.extend(entries)
        batch.cases.append(
            {
                "id": case_id,
                "uuid": self.uuid(),
                "reference": f"REC-{opened.year}-{case_id:07d}",
                "client_id": client["id"],
                "officer_id": officer_id,
                "stage": stage,
                "priority": priority,
                "opened_on": opened,
                "next_action_date": None
                if closed
                else self.today + timedelta(days=self.between(-20, 30)),
                "total_arrears": total_arrears,
                "days_past_due": days_past_due,
                "last_contact_at": history.last_contact,
                "has_broken_promise": history.broken_promise and not closed,
                "forclusion_date": _nearest_forclusion(loans),
                # Set by the follow-up of the agreements the demonstration signs.
                "agreement_default_since": None,
                "agreement_check_on": None,
                "created_at": datetime.combine(opened, time(8), tzinfo=UTC),
                "updated_at": self.moment(self.today - timedelta(days=self.between(0, 20))),
            }
        )

    def _stage(self, days_past_due: int) -> CaseStage:
        roll = self.rng.random()
        if roll < 0.08:
            return CaseStage.RESCHEDULED
        if roll < 0.12:
            return CaseStage.SETTLED
        if roll < 0.14 and days_past_due > 180:
            return CaseStage.WRITTEN_OFF
        if days_past_due > 180:
            return CaseStage.LITIGATION
        if days_past_due > 90:
            return CaseStage.PRE_LITIGATION
        return CaseStage.AMICABLE


OLD_ARREARS_EVERY = 50  # one case in this many has arrears nearly two years old


def _nearest_forclusion(loans: list[dict[str, Any]]) -> date | None:
    """What ``services/legal_deadlines.nearest_forclusion`` gives for these rows
    (no agreement yet: those of the demonstration refresh their cases)."""
    events = [forclusion_event(loan["category"], loan["first_unpaid_date"]) for loan in loans]
    return min((expiry_from(event) for event in events if event is not None), default=None)
