"""Domain layer: money, schedules, TAEG, rescheduling, affordability and guardrails.

Pure Python and ``decimal.Decimal``: no Qt, no database, no I/O (DESIGN.md §2, §4).
Deterministic: the same inputs give the same results, byte for byte.

Modules, one job each:

* ``errors``: ``DomainError`` and the ``QT_TRANSLATE_NOOP`` marker; every message is an
  English source in the "Domain" translation context, with named placeholders;
* ``money``: cent rounding (half up) and parsing of typed amounts and rates;
* ``calendar``: frequencies and anchored due dates (month-end roll);
* ``apr``: the TAEG of the EU consumer-credit directive;
* ``schedule``: ``build_schedule(LoanTerms) -> Schedule``;
* ``rescheduling``: ``reschedule(CaseDebt, RestructuringRequest) -> Restructuring``;
* ``policy``: the bank's configurable tables (demonstration values shipped);
* ``guardrails``: ``assess(Restructuring, Policy, ...) -> Assessment``;
* ``consumer_credit``: what may be claimed after a consumer credit's default (the
  indemnity's cap, fees not claimable: C. consom. L312-38, L312-39, D312-16);
* ``mortgage_amendment``: a mortgage amendment's reflection period (L313-39);
* ``affordability``: budget figures, ``evaluate`` and the three ``propose`` plans;
* ``recovery``: vocabulary of the recovery process shared by every layer.
"""
