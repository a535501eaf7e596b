"""Domain layer: money, schedules, TAEG, rescheduling, affordability and guardrails.

Pure Python and ``decimal.Decimal``: no Qt, no database, no I/O (see DESIGN.md §2, §4).
Every message is an English source marked with ``QT_TRANSLATE_NOOP("Domain", ...)``.
"""
