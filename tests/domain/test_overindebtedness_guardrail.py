"""A side agreement while the client's overindebtedness file is open is blocking.

Code de la consommation art. L722-2: once the file is admissible, enforcement measures
against the debtor's property are suspended; art. L722-5: meanwhile the debtor may not
incur new debt nor pay debts arising before, the commission settles them. A rescheduling
negotiated beside the commission is such an act: the check blocks it, whatever its terms.
"""

from __future__ import annotations

from recouvrement_desktop.domain.checks import CHECK_CODES, check_of
from recouvrement_desktop.domain.guardrails import (
    RULES,
    Severity,
    WarningCode,
    assess,
    overindebtedness_open_rule,
)
from tests.domain.test_domain_guardrail_rules import DELEGATION, facts, plan


def test_an_open_file_blocks_any_plan() -> None:
    restructuring = plan(24)  # a plan nothing else objects to
    assert not assess(restructuring, DELEGATION).blocking
    assessment = assess(restructuring, DELEGATION, overindebtedness_open=True)
    assert assessment.blocking
    assert assessment.codes[0] is WarningCode.OVERINDEBTEDNESS_OPEN  # listed first
    warning = assessment.warnings[0]
    assert warning.severity is Severity.BLOCKING and warning.needs_approval
    assert "L722-2" in warning.text() and "L722-5" in warning.text()


def test_the_rule_is_silent_without_an_open_file() -> None:
    assert overindebtedness_open_rule(facts(plan(24))) is None
    assert overindebtedness_open_rule in RULES


def test_its_check_code_cites_the_articles() -> None:
    warning = assess(plan(24), DELEGATION, overindebtedness_open=True).warnings[0]
    check = check_of(warning)
    assert check.code == "overindebtedness-open"
    assert check.reference == "C. consom. L722-2, L722-5"
    assert set(CHECK_CODES) == set(WarningCode)  # every code maps to a check
