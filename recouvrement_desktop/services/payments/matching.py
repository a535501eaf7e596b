"""Which case a payment is for, from what the payer wrote.

Tried in order, the first that names something decides:

1. the contract number of the plain CSV;
2. the structured creditor reference (``CdtrRefInf/Ref``; an ISO 11649 ``RF`` reference
   is also read without its ``RFnn`` prefix);
3. the end-to-end id the payer's bank carried;
4. the unstructured remittance text: every word that is a contract number or a case
   reference.

A contract number names its contract (the payment goes to that contract's arrears), a
case reference its case (the payment goes to the case's contracts, the longest in arrears
first). Comparisons ignore case and spaces. When what decides names two different cases
the payment is *ambiguous*; when nothing names a case it is *unmatched*: both wait for an
officer in the payments to allocate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from recouvrement_desktop.db.models import Case, Loan
from recouvrement_desktop.services.payments.statement import StatementLine

__all__ = ["AMBIGUOUS", "NO_MATCH", "Matcher", "Target"]

NO_MATCH: Final = "no_match"
AMBIGUOUS: Final = "ambiguous"
_CHUNK: Final = 500
# What separates words in a remittance text (a contract number keeps its - / . _).
_SEPARATORS: Final = re.compile(r"[\s,;:()\[\]{}<>'\"+*=!?#]+")
_EDGES: Final = "-/._"
_RF: Final = re.compile(r"RF\d\d(.+)")


@dataclass(frozen=True, slots=True)
class Target:
    case_id: int
    loan_id: int | None  # the contract named; None: the case as a whole


def _key(text: str) -> str:
    return "".join(text.split()).upper()


def _structured_keys(text: str | None) -> list[str]:
    if not text:
        return []
    key = _key(text)
    rf = _RF.fullmatch(key)
    return [key, rf.group(1)] if rf else [key]


def _words(text: str | None) -> list[str]:
    if not text:
        return []
    words = (word.strip(_EDGES) for word in _SEPARATORS.split(text.upper()))
    return [word for word in words if word]


class Matcher:
    """Finds the targets of a statement's lines; the contracts and cases they may name
    are read once, for the whole statement."""

    def __init__(self, session: Session, lines: Sequence[StatementLine]) -> None:
        keys: set[str] = set()
        for line in lines:
            if line.contract_number:
                keys.add(_key(line.contract_number))
            keys.update(_structured_keys(line.creditor_reference))
            keys.update(_structured_keys(line.end_to_end_id))
            keys.update(_words(line.remittance))
        self.loans: dict[str, Target] = {}
        self.cases: dict[str, Target] = {}
        ordered = sorted(keys)
        for start in range(0, len(ordered), _CHUNK):
            chunk = ordered[start : start + _CHUNK]
            for loan_id, case_id, number in session.execute(
                select(Loan.id, Loan.case_id, Loan.contract_number).where(
                    func.upper(Loan.contract_number).in_(chunk)
                )
            ):
                self.loans[_key(number)] = Target(case_id, loan_id)
            for case_id, reference in session.execute(
                select(Case.id, Case.reference).where(func.upper(Case.reference).in_(chunk))
            ):
                self.cases[_key(reference)] = Target(case_id, None)

    def _named(self, keys: Iterable[str]) -> list[Target]:
        found: list[Target] = []
        for key in keys:
            for target in (self.loans.get(key), self.cases.get(key)):
                if target is not None and target not in found:
                    found.append(target)
        return found

    def match(self, line: StatementLine) -> Target | str:
        """The target, or why there is none (``NO_MATCH``, ``AMBIGUOUS``)."""
        if line.contract_number is not None:
            tries = [[_key(line.contract_number)]]
        else:
            tries = [
                _structured_keys(line.creditor_reference),
                _structured_keys(line.end_to_end_id),
                _words(line.remittance),
            ]
        for keys in tries:
            found = self._named(keys)
            if not found:
                continue
            cases = {target.case_id for target in found}
            if len(cases) > 1:
                return AMBIGUOUS
            contracts = [target for target in found if target.loan_id is not None]
            if len(contracts) == 1:
                return contracts[0]  # the contract named, even if its case is named too
            return Target(found[0].case_id, None)
        return NO_MATCH
