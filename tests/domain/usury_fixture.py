"""A usury table for domain tests that are not about the published figures: every
category, in force from 1 October 2025 with no end, at the former demonstration values
(the engine's tests keep their figures; tests/domain/test_reference_data.py checks the
published thresholds themselves)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Final

from recouvrement_desktop.domain.policy import (
    DEMO_POLICY,
    Policy,
    UsuryCategory,
    UsuryTable,
    UsuryThreshold,
)

_RATES = ("21.16", "13.44", "8.80", "5.15", "5.55", "5.67", "5.70", "6.05")
TEST_USURY_TABLE: Final = UsuryTable(
    tuple(
        UsuryThreshold(category, date(2025, 10, 1), Decimal(rate))
        for category, rate in zip(UsuryCategory, _RATES, strict=True)
    )
)
TEST_POLICY: Final[Policy] = replace(DEMO_POLICY, usury_table=TEST_USURY_TABLE)
