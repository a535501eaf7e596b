"""The words and weights of the demonstration data: French names, places, employers,
the demonstration team, loan profiles, notes, and the money helpers they share."""

from __future__ import annotations

import itertools
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

from recouvrement_desktop.domain.recovery import (
    EmploymentStatus,
    LifeEventType,
    LoanCategory,
    OfficerRole,
)

CENT = Decimal("0.01")
DEFAULT_SEED = 20261128

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
    # The accounts a demonstration is given (password: DEMO_PASSWORD); none has cases of
    # its own: demo.officer works the cases of its branch.
    ("demo.officer", "Camille Démo", OfficerRole.OFFICER, 0, "500.00", 24, "3.0000"),
    ("demo.supervisor", "Dominique Démo", OfficerRole.SUPERVISOR, 0, "5000.00", 84, "0.0000"),
    ("demo.admin", "Alex Démo", OfficerRole.ADMINISTRATOR, 0, "0.00", 0, "99.0000"),
    ("demo.auditor", "Sacha Démo", OfficerRole.AUDITOR, 0, "0.00", 0, "99.0000"),
)  # fmt: skip
DEMO_ACCOUNT_PREFIX = "demo."
#: Every demonstration account's password, shown on the demonstration's sign-in screen.
DEMO_PASSWORD = "demo"

# Category: (weight, amount range, nominal rate range in percent, term range in months)
LOAN_PROFILES: dict[LoanCategory, tuple[int, tuple[int, int], tuple[int, int], tuple[int, int]]] = {
    LoanCategory.PERSONAL_LOAN: (35, (2_000, 35_000), (390, 890), (24, 84)),
    LoanCategory.CAR_LOAN: (25, (6_000, 40_000), (350, 690), (36, 72)),
    LoanCategory.REVOLVING_CREDIT: (18, (500, 6_000), (1290, 2090), (12, 48)),
    LoanCategory.OVERDRAFT: (12, (300, 3_000), (1400, 2100), (1, 1)),
    LoanCategory.MORTGAGE: (10, (60_000, 320_000), (110, 420), (180, 300)),
}

_T = TypeVar("_T")
Weighted = tuple[tuple[_T, ...], tuple[int, ...]]


def weighted(pairs: dict[_T, int]) -> Weighted[_T]:
    """Values and their cumulative weights, prepared once for ``DemoDataGenerator.pick``."""
    return tuple(pairs), tuple(itertools.accumulate(pairs.values()))


EMPLOYMENT_WEIGHTS = weighted(dict(zip(EmploymentStatus, (48, 8, 20, 10, 8, 2, 4), strict=True)))
CHILDREN_WEIGHTS = weighted({0: 40, 1: 25, 2: 22, 3: 9, 4: 4})
CATEGORY_WEIGHTS = weighted({category: profile[0] for category, profile in LOAN_PROFILES.items()})
UNPAID_WEIGHTS = weighted(
    dict(zip(range(1, 13), (20, 18, 15, 11, 9, 7, 6, 4, 4, 3, 2, 1), strict=True))
)
LOANS_PER_CASE_WEIGHTS = weighted({1: 70, 2: 25, 3: 5})

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


def money(value: float | Decimal) -> Decimal:
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def annuity(principal: Decimal, annual_rate_percent: Decimal, months: int) -> Decimal:
    rate = annual_rate_percent / Decimal(1200)
    if rate == 0:
        return money(principal / months)
    return money(principal * rate / (1 - (1 + rate) ** -months))


def balance_after(
    principal: Decimal, annual_rate_percent: Decimal, payment: Decimal, paid: int
) -> Decimal:
    rate = annual_rate_percent / Decimal(1200)
    growth = (1 + rate) ** paid
    balance = principal * growth - (payment * (growth - 1) / rate if rate else payment * paid)
    return max(money(balance), Decimal("0.00"))
