"""Deterministic demonstration data: realistic French recovery cases with their history.

The same seed and reference date give the same rows. Rows are built as plain
dictionaries and written with bulk (executemany) inserts, with identifiers assigned here,
so that 100,000 cases and their histories are written in well under a minute.
"""

from __future__ import annotations

import itertools
import multiprocessing
import random
import uuid
from bisect import bisect
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, TypeVar

from sqlalchemy import Connection, Table, func, make_url, select
from sqlalchemy.orm import Session

from recouvrement_desktop.db.audit import append_event
from recouvrement_desktop.db.bulk import (
    bulk_insert,
    insert_tuples,
    search_index_suspended,
    to_tuples,
)
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case, Client, JournalEntry, Loan, Officer, table_of
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
    PromiseStatus,
)
from recouvrement_desktop.domain.text import fold, phone_digits

CENT = Decimal("0.01")
DEFAULT_SEED = 20261128
BATCH_CASES = 5000
WORKERS = 2
INDEX_REBUILD_THRESHOLD = 20_000  # cases: below it, rebuilding costs more than it saves
UUID_CLOCK_SPAN_PER_BATCH = 10_000_000  # ms; far more than the rows of one batch

FEMALE_FIRST_NAMES = (
    "Hélène", "Zoé", "Gaëlle", "Anaïs", "Maëlle", "Cécile", "Chloé", "Agnès", "Léa", "Inès",
    "Clémence", "Aurélie", "Thérèse", "Ève", "Élodie", "Mélanie", "Sophie", "Émilie", "Noémie",
    "Françoise", "Geneviève", "Joëlle", "Océane", "Amélie", "Valérie", "Nathalie", "Isabelle",
    "Séverine", "Perrine", "Laëtitia", "Margaux", "Bérénice", "Camille", "Manon", "Juliette",
)  # fmt: skip
MALE_FIRST_NAMES = (
    "François", "Jérôme", "Noël", "Loïc", "Stéphane", "Frédéric", "Benoît", "Raphaël", "Théo",
    "Joël", "Sébastien", "Grégoire", "Hervé", "Aurélien", "Rémi", "Jérémy", "Gérard", "André",
    "Cédric", "Mickaël", "Léon", "Thierry", "Jean-Luc", "Pierre-Yves", "Yannick", "Nicolas",
    "Mathéo", "Édouard", "Clément", "Damien", "Lucas", "Hugo", "Antoine", "Julien", "Maël",
)  # fmt: skip
LAST_NAMES = (
    "Lefèvre", "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
    "Leroy", "Moreau", "Simon", "Laurent", "Michel", "Garcia", "David", "Bertrand", "Roux",
    "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet",
    "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin",
    "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier",
    "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson", "Gérard", "Nguyen", "Boyer",
    "Denis", "Lemaire", "Duval", "Joly", "Roche", "Noël", "Meyer", "Lucas", "Meunier", "Pérez",
    "Marchand", "Dufour", "Blanchard", "Barbier", "Brun", "Dumas", "Brunet", "Schmitt", "Leroux",
    "Colin", "Fernandez", "Renard", "Arnaud", "Caron", "Aubert", "Giraud", "Leclerc", "Vidal",
    "Bourgeois", "Lemoine", "Picard", "Gaillard", "Lacroix", "Fabre", "Dupuis", "Da Silva",
    "Hubert", "Rivière", "Le Gall", "Ménard", "Fleury", "Deschamps", "Carpentier", "Prévost",
    "Poirier", "Charpentier", "Carré", "Rémy", "Lefebvre", "Béranger", "Kergoët", "Benaïssa",
    "Traoré", "Ould-Mérabet", "Le Bihan", "Château", "Després", "Lefèvre-Ménard", "Bézier",
)  # fmt: skip
STREETS = (
    "rue de la République", "avenue Victor-Hugo", "rue des Écoles", "rue Pasteur",
    "boulevard du Général-de-Gaulle", "avenue Jean-Jaurès", "place de l'Église",
    "allée des Lilas", "chemin du Château",
    "rue Émile-Zola", "avenue de la Gare", "impasse des Peupliers", "rue Saint-Éloi",
    "rue des Frères-Lumière", "quai de la Marne", "rue du Faubourg-Saint-Honoré",
    "cours Mirabeau", "rue de la Poste", "avenue des Champs-Élysées", "rue Aristide-Briand",
    "rue du Maréchal-Foch", "route de Béthune", "rue de l'Hôtel-de-Ville", "allée des Érables",
)  # fmt: skip
CITIES = (
    ("75011", "Paris"), ("69003", "Lyon"), ("13005", "Marseille"), ("31000", "Toulouse"),
    ("06000", "Nice"), ("44000", "Nantes"), ("67000", "Strasbourg"), ("34000", "Montpellier"),
    ("33000", "Bordeaux"), ("59000", "Lille"), ("35000", "Rennes"), ("51100", "Reims"),
    ("42000", "Saint-Étienne"), ("76600", "Le Havre"), ("83000", "Toulon"), ("38000", "Grenoble"),
    ("21000", "Dijon"), ("49000", "Angers"), ("30000", "Nîmes"), ("63000", "Clermont-Ferrand"),
    ("13100", "Aix-en-Provence"), ("29200", "Brest"), ("37000", "Tours"), ("80000", "Amiens"),
    ("87000", "Limoges"), ("25000", "Besançon"), ("45000", "Orléans"), ("34500", "Béziers"),
    ("91000", "Évry-Courcouronnes"), ("36000", "Châteauroux"), ("62300", "Lens"),
    ("97400", "Saint-Denis"), ("74000", "Annecy"), ("64100", "Bayonne"), ("57000", "Metz"),
)  # fmt: skip
EMPLOYERS = (
    "Boulangerie Lemaître", "Hôpital Édouard-Herriot", "Mairie de Nîmes", "Société Générale",
    "Carrefour Market", "SNCF Voyageurs", "Bâtiments Durand & Fils", "La Poste", "Décathlon",
    "Clinique Sainte-Thérèse", "Transports Bréhat", "Crèche Les Petits Loups", "Renault",
    "EHPAD Les Glycines", "Café de la Gare", "Menuiserie Rivière",
)  # fmt: skip
EMAIL_DOMAINS = ("orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr", "wanadoo.fr")
BRANCHES = ("Agence Lyon Part-Dieu", "Agence Paris Bastille", "Plateau recouvrement Nantes")

OFFICERS = (
    ("cmartin", "Claire Martin", OfficerRole.OFFICER, 0, "500.00", 24, "3.0000"),
    ("jlefevre", "Julien Lefèvre", OfficerRole.OFFICER, 0, "500.00", 24, "3.0000"),
    ("ndiallo", "Nadia Diallo", OfficerRole.OFFICER, 1, "500.00", 24, "3.0000"),
    ("pgerard", "Pascal Gérard", OfficerRole.OFFICER, 1, "750.00", 36, "2.5000"),
    ("smoreau", "Sophie Moreau", OfficerRole.OFFICER, 2, "500.00", 24, "3.0000"),
    ("tnguyen", "Thomas Nguyen", OfficerRole.OFFICER, 2, "500.00", 24, "3.0000"),
    ("acheval", "Agnès Chevalier", OfficerRole.SUPERVISOR, 0, "5000.00", 84, "0.0000"),
    ("brenaud", "Bruno Renaud", OfficerRole.SUPERVISOR, 2, "5000.00", 84, "0.0000"),
    ("admin", "Administrateur", OfficerRole.ADMINISTRATOR, 0, "0.00", 0, "99.0000"),
)  # fmt: skip

# Category: (weight, amount range, nominal rate range in percent, term range in months)
LOAN_PROFILES: dict[LoanCategory, tuple[int, tuple[int, int], tuple[int, int], tuple[int, int]]] = {
    LoanCategory.PERSONAL_LOAN: (35, (2_000, 35_000), (390, 890), (24, 84)),
    LoanCategory.CAR_LOAN: (25, (6_000, 40_000), (350, 690), (36, 72)),
    LoanCategory.REVOLVING_CREDIT: (18, (500, 6_000), (1290, 2090), (12, 48)),
    LoanCategory.OVERDRAFT: (12, (300, 3_000), (1400, 2100), (1, 1)),
    LoanCategory.MORTGAGE: (10, (60_000, 320_000), (110, 420), (180, 300)),
}

_T = TypeVar("_T")
_Weighted = tuple[tuple[_T, ...], tuple[int, ...]]


def _weighted(pairs: dict[_T, int]) -> _Weighted[_T]:
    """Values and their cumulative weights, prepared once for ``DemoDataGenerator.pick``."""
    return tuple(pairs), tuple(itertools.accumulate(pairs.values()))


EMPLOYMENT_WEIGHTS = _weighted(dict(zip(EmploymentStatus, (48, 8, 20, 10, 8, 2, 4), strict=True)))
CHILDREN_WEIGHTS = _weighted({0: 40, 1: 25, 2: 22, 3: 9, 4: 4})
CATEGORY_WEIGHTS = _weighted({category: profile[0] for category, profile in LOAN_PROFILES.items()})
UNPAID_WEIGHTS = _weighted(
    dict(zip(range(1, 13), (20, 18, 15, 11, 9, 7, 6, 4, 4, 3, 2, 1), strict=True))
)
LOANS_PER_CASE_WEIGHTS = _weighted({1: 70, 2: 25, 3: 5})

CONTACT_NOTES = (
    "Client joint, explique des difficultés passagères.",
    "Messagerie, message laissé pour rappel.",
    "Le client demande un échéancier ; situation à réexaminer.",
    "Appel entrant : la cliente souhaite régulariser en plusieurs fois.",
    "Conjoint au téléphone, rappeler en soirée.",
    "Client de bonne foi, attend le versement de son indemnité.",
    "Refus de s'engager pour l'instant, relance dans 15 jours.",
    "Courrier de relance amiable envoyé.",
    "SMS de rappel d'échéance envoyé.",
)  # fmt: skip
LIFE_EVENT_NOTES = {
    LifeEventType.JOB_LOSS: "Licenciement économique, inscription à France Travail en cours.",
    LifeEventType.NEW_JOB: "Nouveau CDI signé, reprise de salaire le mois prochain.",
    LifeEventType.ILLNESS: "Arrêt maladie longue durée, indemnités journalières réduites.",
    LifeEventType.SEPARATION: "Séparation récente, un seul revenu dans le foyer.",
    LifeEventType.BEREAVEMENT: "Décès du conjoint, succession en cours.",
    LifeEventType.BIRTH: "Naissance d'un enfant, congé parental.",
    LifeEventType.RETIREMENT: "Départ à la retraite, baisse de revenus.",
    LifeEventType.RELOCATION: "Déménagement pour raisons professionnelles.",
    LifeEventType.OTHER: "Situation familiale à préciser lors du prochain entretien.",
}


@dataclass
class _Ids:
    """Next free identifier of each table, so that appending never collides."""

    client: int
    case: int
    loan: int
    journal: int


@dataclass
class _Batch:
    clients: list[dict[str, Any]] = field(default_factory=list)
    cases: list[dict[str, Any]] = field(default_factory=list)
    loans: list[dict[str, Any]] = field(default_factory=list)
    journal: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class DemoDataReport:
    officers: int
    cases: int
    loans: int
    journal_entries: int


def _money(value: float | Decimal) -> Decimal:
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def _annuity(principal: Decimal, annual_rate_percent: Decimal, months: int) -> Decimal:
    rate = annual_rate_percent / Decimal(1200)
    if rate == 0:
        return _money(principal / months)
    return _money(principal * rate / (1 - (1 + rate) ** -months))


def _balance_after(
    principal: Decimal, annual_rate_percent: Decimal, payment: Decimal, paid: int
) -> Decimal:
    rate = annual_rate_percent / Decimal(1200)
    growth = (1 + rate) ** paid
    balance = principal * growth - (payment * (growth - 1) / rate if rate else payment * paid)
    return max(_money(balance), Decimal("0.00"))


class DemoDataGenerator:
    def __init__(
        self, seed: int = DEFAULT_SEED, today: date | None = None, uuid_clock_offset: int = 0
    ) -> None:
        self.rng = random.Random(seed)
        self.today = today or date.today()
        midnight = datetime.combine(self.today, time(), tzinfo=UTC)
        # Milliseconds, as in UUIDv7; each batch of a run starts on its own range.
        self._uuid_clock = int(midnight.timestamp() * 1000) + uuid_clock_offset

    def pick(self, weighted: _Weighted[_T]) -> _T:
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
            "housing_cost": _money(income * Decimal(self.between(18, 40)) / 100),
            "other_credit_payments": _money(rng.choice((0, 0, 0, 45, 120, 230, 380))),
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
            installment = _annuity(amount, rate, term)
            outstanding = _balance_after(amount, rate, installment, elapsed)
        unpaid = self.pick(UNPAID_WEIGHTS)
        monthly = installment if installment else _money(outstanding * Decimal("0.05"))
        arrears = _money(monthly * unpaid)
        insurance = _money(amount * Decimal("0.0003")) if category != LoanCategory.OVERDRAFT else 0
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
            "late_interest": _money(
                arrears * rate / 1200 * unpaid / 2 + arrears * Decimal("0.003")
            ),
            "fees_and_penalties": _money(rng.choice((0, 15, 25, 40, 60)) + 8 * unpaid),
            "days_past_due": unpaid * 30 + self.between(0, 29),
            "created_at": datetime.combine(start, time(9), tzinfo=UTC),
            "updated_at": self.moment(self.today - timedelta(days=self.between(0, 30))),
        }

    def case_rows(self, ids: _Ids, officer_ids: list[int], batch: _Batch) -> None:
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
        days_past_due = max(loan["days_past_due"] for loan in loans)
        total_arrears = sum((loan["arrears_amount"] for loan in loans), Decimal("0.00"))
        stage = self._stage(days_past_due)
        officer_id = rng.choice(officer_ids)
        opened = self.today - timedelta(days=days_past_due - self.between(0, 10))
        history = _History(
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
                loan.update(late_interest=Decimal("0.00"), fees_and_penalties=Decimal("0.00"))
            total_arrears, days_past_due = Decimal("0.00"), 0
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


class _History:
    """The journal of one case, told in order from the first unpaid instalment."""

    def __init__(
        self,
        generator: DemoDataGenerator,
        *,
        case_id: int,
        officer_id: int,
        opened: date,
        client: dict[str, Any],
        loans: list[dict[str, Any]],
        ids: _Ids,
    ) -> None:
        self.g = generator
        self.case_id = case_id
        self.officer_id = officer_id
        self.opened = opened
        self.client = client
        self.loans = loans
        self.ids = ids
        self.rows: list[dict[str, Any]] = []
        self.last_contact: datetime | None = None
        self.broken_promise = False

    def entry(self, kind: JournalKind, day: date, **values: Any) -> dict[str, Any]:
        at = self.g.moment(day)
        row: dict[str, Any] = {
            "id": len(self.rows),  # provisional: renumbered in time order by build()
            "uuid": self.g.uuid(),
            "case_id": self.case_id,
            "kind": kind,
            "occurred_at": at,
            "recorded_at": at + timedelta(minutes=self.g.between(0, 30)),
            "officer_id": self.officer_id,
            "corrects_id": None,
            "refers_to_id": None,
            "note": None,
            "channel": None,
            "direction": None,
            "result": None,
            "amount": None,
            "due_date": None,
            "promise_status": None,
            "life_event": None,
            "stage_from": None,
            "stage_to": None,
            "payload": None,
        }
        row.update(values)
        self.rows.append(row)
        return row

    def build(self, stage: CaseStage) -> list[dict[str, Any]]:
        rng = self.g.rng
        today = self.g.today
        span = max((today - self.opened).days, 10)
        days = sorted(
            self.opened + timedelta(days=self.g.between(0, span - 1))
            for _ in range(self.g.between(2, 7))
        )
        employment = self.client["employment"]
        if employment == EmploymentStatus.UNEMPLOYED or rng.random() < 0.15:
            event = (
                LifeEventType.JOB_LOSS
                if employment == EmploymentStatus.UNEMPLOYED
                else rng.choice(list(LifeEventType))
            )
            self.entry(
                JournalKind.LIFE_EVENT,
                self.opened - timedelta(days=self.g.between(5, 60)),
                life_event=event,
                note=LIFE_EVENT_NOTES[event],
            )
        letter = self.entry(
            JournalKind.CONTACT,
            self.opened,
            channel=Channel.LETTER,
            direction=Direction.OUTBOUND,
            result=ContactResult.SENT,
            note=CONTACT_NOTES[7],
        )
        self.last_contact = letter["occurred_at"]
        for day in days:
            self._step(day)
        if stage != CaseStage.AMICABLE:
            self._stage_change(stage, days[-1])
        return self._renumbered()

    def _renumbered(self) -> list[dict[str, Any]]:
        """Identifiers in time order, so that every reference points at an earlier row."""
        self.rows.sort(key=lambda row: row["occurred_at"])
        new_ids = {row["id"]: self.ids.journal + index for index, row in enumerate(self.rows)}
        for row in self.rows:
            row["id"] = new_ids[row["id"]]
            if row["refers_to_id"] is not None:
                row["refers_to_id"] = new_ids[row["refers_to_id"]]
        self.ids.journal += len(self.rows)
        return self.rows

    def _step(self, day: date) -> None:
        rng = self.g.rng
        roll = rng.random()
        if roll < 0.45:
            reached = rng.random() < 0.55
            channel = Channel.PHONE if rng.random() < 0.85 else Channel.BRANCH
            contact = self.entry(
                JournalKind.CONTACT,
                day,
                channel=channel,
                direction=Direction.OUTBOUND if rng.random() < 0.8 else Direction.INBOUND,
                result=ContactResult.REACHED if reached else ContactResult.NO_ANSWER,
                note=rng.choice(CONTACT_NOTES[:7]) if reached else CONTACT_NOTES[1],
            )
            self.last_contact = max(
                self.last_contact or contact["occurred_at"], contact["occurred_at"]
            )
            if reached and rng.random() < 0.6:
                self._promise(day)
        elif roll < 0.6:
            self.entry(
                JournalKind.CONTACT,
                day,
                channel=Channel.SMS,
                direction=Direction.OUTBOUND,
                result=ContactResult.SENT,
                note=CONTACT_NOTES[8],
            )
        elif roll < 0.8:
            self.entry(JournalKind.PAYMENT, day, amount=self._partial_amount())
        else:
            self.entry(JournalKind.NOTE, day, note="Dossier revu, situation inchangée.")

    def _partial_amount(self) -> Decimal:
        base = self.loans[0]["installment"] or self.loans[0]["arrears_amount"]
        return _money(max(Decimal(20), base * Decimal(self.g.between(30, 150)) / 100))

    def _promise(self, day: date) -> None:
        rng = self.g.rng
        due = day + timedelta(days=self.g.between(5, 30))
        amount = self._partial_amount()
        promise = self.entry(JournalKind.PROMISE, day, amount=amount, due_date=due)
        if due >= self.g.today:
            return  # still pending
        kept = rng.random() < 0.55
        if kept:
            self.entry(JournalKind.PAYMENT, due, amount=amount)
        self.entry(
            JournalKind.PROMISE_OUTCOME,
            due + timedelta(days=1),
            refers_to_id=promise["id"],
            promise_status=PromiseStatus.KEPT if kept else PromiseStatus.BROKEN,
        )
        self.broken_promise = not kept

    def _stage_change(self, stage: CaseStage, day: date) -> None:
        previous = CaseStage.AMICABLE
        if stage == CaseStage.RESCHEDULED:
            offer = self.entry(
                JournalKind.OFFER,
                day,
                channel=Channel.PHONE,
                payload=self._plan_payload(),
                note="Plan présenté au client par téléphone.",
            )
            agreement = self.entry(
                JournalKind.AGREEMENT,
                day,
                refers_to_id=offer["id"],
                payload=offer["payload"],
                note="Protocole d'accord signé en agence.",
            )
            agreement["occurred_at"] = offer["occurred_at"] + timedelta(minutes=20)
            agreement["recorded_at"] = agreement["occurred_at"]
        change = self.entry(JournalKind.STAGE_CHANGE, day, stage_from=previous, stage_to=stage)
        change["occurred_at"] = max(row["occurred_at"] for row in self.rows) + timedelta(minutes=30)
        change["recorded_at"] = change["occurred_at"]

    def _plan_payload(self) -> dict[str, Any]:
        loan = self.loans[0]
        debt = loan["outstanding_principal"] + loan["arrears_amount"]
        months = self.g.rng.choice((24, 36, 48, 60))
        rate = loan["nominal_rate"]
        return {
            "principal": str(debt),
            "rate": str(rate),
            "periods": months,
            "installment": str(_annuity(debt, rate, months)),
        }


def _next_ids(session: Session) -> _Ids:
    def next_id(column: Any) -> int:
        return int(session.execute(select(func.coalesce(func.max(column), 0))).scalar_one()) + 1

    return _Ids(
        client=next_id(Client.id),
        case=next_id(Case.id),
        loan=next_id(Loan.id),
        journal=next_id(JournalEntry.id),
    )


def _officer_ids(session: Session, generator: DemoDataGenerator) -> tuple[list[int], int]:
    """Field officers who receive cases, creating the demonstration team if needed."""
    existing = session.execute(
        select(Officer.id).where(Officer.role == OfficerRole.OFFICER).order_by(Officer.id)
    ).scalars()
    ids = list(existing)
    if ids:
        return ids, 0
    first = int(session.execute(select(func.coalesce(func.max(Officer.id), 0))).scalar_one()) + 1
    rows = generator.officer_rows(first)
    bulk_insert(session.connection(), table_of(Officer), rows)
    return [row["id"] for row in rows if row["role"] == OfficerRole.OFFICER], len(rows)


@dataclass(frozen=True)
class _BatchJob:
    """Everything a worker process needs to build one batch, identically every time."""

    seed: int
    today: date
    index: int
    size: int
    batch_size: int
    first_client_id: int
    first_case_id: int
    officer_ids: tuple[int, ...]
    drivername: str


@dataclass
class _StoredBatch:
    """One batch as driver-ready tuples; loan and journal ids start at 0 (see _shift)."""

    clients: list[tuple[Any, ...]]
    cases: list[tuple[Any, ...]]
    loans: list[tuple[Any, ...]]
    journal: list[tuple[Any, ...]]


def _build_batch(job: _BatchJob) -> _StoredBatch:
    """Generate and convert one batch (runs in a worker process)."""
    generator = DemoDataGenerator(
        seed=job.seed * 1_000_003 + job.index,
        today=job.today,
        uuid_clock_offset=job.index * UUID_CLOCK_SPAN_PER_BATCH,
    )
    offset = job.index * job.batch_size
    ids = _Ids(job.first_client_id + offset, job.first_case_id + offset, 0, 0)
    batch = _Batch()
    officer_ids = list(job.officer_ids)
    for _ in range(job.size):
        generator.case_rows(ids, officer_ids, batch)
    dialect = make_url(f"{job.drivername}://").get_dialect()()
    return _StoredBatch(
        clients=to_tuples(table_of(Client), dialect, batch.clients),
        cases=to_tuples(table_of(Case), dialect, batch.cases),
        loans=to_tuples(table_of(Loan), dialect, batch.loans),
        journal=to_tuples(table_of(JournalEntry), dialect, batch.journal),
    )


def _shift(
    rows: list[tuple[Any, ...]], positions: tuple[int, ...], by: int
) -> list[tuple[Any, ...]]:
    """Move batch-local ids (at ``positions`` of each tuple) to their place in the database."""
    shifted = []
    for row in rows:
        values = list(row)
        for position in positions:
            if values[position] is not None:
                values[position] += by
        shifted.append(tuple(values))
    return shifted


def _jobs(
    *,
    cases: int,
    batch_size: int,
    seed: int,
    today: date,
    ids: _Ids,
    officers: list[int],
    driver: str,
) -> list[_BatchJob]:
    count = -(-cases // batch_size)
    return [
        _BatchJob(
            seed=seed,
            today=today,
            index=index,
            size=min(batch_size, cases - index * batch_size),
            batch_size=batch_size,
            first_client_id=ids.client,
            first_case_id=ids.case,
            officer_ids=tuple(officers),
            drivername=driver,
        )
        for index in range(count)
    ]


def _built_batches(jobs: list[_BatchJob], workers: int) -> Iterator[_StoredBatch]:
    """Batches in order, built by ``workers`` processes (none: in this process)."""
    if workers == 0 or len(jobs) == 1:
        yield from map(_build_batch, jobs)
        return
    # "spawn": a clean interpreter, safe whatever threads the parent (Qt) runs.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque[Future[_StoredBatch]] = deque()
        queued = iter(jobs)
        for job in itertools.islice(queued, workers + 1):  # a bounded window keeps memory flat
            pending.append(pool.submit(_build_batch, job))
        while pending:
            batch = pending.popleft().result()
            next_job = next(queued, None)
            if next_job is not None:
                pending.append(pool.submit(_build_batch, next_job))
            yield batch


def _write_batch(
    connection: Connection, batch: _StoredBatch, ids: _Ids, journal_ids: tuple[int, ...]
) -> None:
    """Insert one built batch, moving its batch-local loan and journal ids into place."""
    insert_tuples(connection, table_of(Client), batch.clients)
    insert_tuples(connection, table_of(Case), batch.cases)
    insert_tuples(connection, table_of(Loan), _shift(batch.loans, (0,), ids.loan))
    insert_tuples(
        connection, table_of(JournalEntry), _shift(batch.journal, journal_ids, ids.journal)
    )
    ids.loan += len(batch.loans)
    ids.journal += len(batch.journal)


@contextmanager
def _secondary_indexes_dropped(connection: Connection, tables: list[Table]) -> Iterator[None]:
    """Rows go in several times faster without the secondary indexes, which are then
    rebuilt in one sorted pass from the models' own definitions. Inside the caller's
    transaction: a failure rolls the drop back with everything else."""
    indexes = [index for table in tables for index in table.indexes if not index.unique]
    for index in indexes:
        index.drop(connection)
    yield
    for index in indexes:
        index.create(connection)


def generate_demo_data(
    database: Database,
    cases: int,
    *,
    seed: int = DEFAULT_SEED,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    batch_size: int = BATCH_CASES,
    workers: int = WORKERS,
) -> DemoDataReport:
    """Write ``cases`` demonstration cases in one transaction, with one audit event.

    The result depends only on ``seed``, ``today``, ``batch_size`` and what the database
    already holds; never on ``workers``, the number of processes that build the batches.
    """
    if cases < 1:
        raise ValueError("cases must be positive")
    day = today or date.today()
    loans = journal = 0
    journal_table = table_of(JournalEntry)
    journal_ids = tuple(
        journal_table.columns.keys().index(name) for name in ("id", "corrects_id", "refers_to_id")
    )
    with database.transaction() as session:
        connection = session.connection()
        if database.is_sqlite:  # large indexes thrash SQLite's default 2 MB page cache
            connection.exec_driver_sql("PRAGMA cache_size = -262144")
        officer_ids, officers = _officer_ids(session, DemoDataGenerator(seed, day))
        ids = _next_ids(session)
        jobs = _jobs(
            cases=cases,
            batch_size=batch_size,
            seed=seed,
            today=day,
            ids=ids,
            officers=officer_ids,
            driver=database.url.drivername,
        )
        written = 0
        # Worth it when the new rows outnumber those already there (a fresh database):
        # the indexes, and the search index of names and phones, are then built at the end.
        bulk = cases >= INDEX_REBUILD_THRESHOLD and cases >= ids.case - 1
        tables = [table_of(model) for model in (Client, Case, Loan, JournalEntry)]
        with (
            _secondary_indexes_dropped(connection, tables if bulk else []),
            search_index_suspended(connection) if bulk else nullcontext(),
        ):
            for batch in _built_batches(jobs, workers):
                _write_batch(connection, batch, ids, journal_ids)
                loans += len(batch.loans)
                journal += len(batch.journal)
                written += len(batch.cases)
                if progress is not None:
                    progress(written, cases)
        append_event(
            session,
            officer=None,
            action="demo_data.generated",
            entity_type="database",
            details={"cases": cases, "loans": loans, "journal_entries": journal, "seed": seed},
        )
    return DemoDataReport(officers, cases, loans, journal)
