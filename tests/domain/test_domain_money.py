"""Money: cent rounding half up, parsing of typed amounts."""

from __future__ import annotations

from decimal import Decimal, localcontext

import pytest

from recouvrement_desktop.domain.errors import DomainError
from recouvrement_desktop.domain.money import floor_cents, parse_amount, parse_rate, to_cents


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2.345", "2.35"),  # half up, not banker's rounding (which gives 2.34)
        ("2.335", "2.34"),
        ("2.3449", "2.34"),
        ("-2.345", "-2.35"),
        ("0.005", "0.01"),
        ("0.004999", "0.00"),
        ("1000000", "1000000.00"),
    ],
)
def test_to_cents_rounds_half_up(value: str, expected: str) -> None:
    assert str(to_cents(Decimal(value))) == expected


def test_to_cents_ignores_the_callers_decimal_context() -> None:
    with localcontext() as ctx:
        ctx.prec = 3
        ctx.rounding = "ROUND_HALF_EVEN"
        assert str(to_cents(Decimal("123456.785"))) == "123456.79"


def test_floor_cents_truncates() -> None:
    assert str(floor_cents(Decimal("12.349"))) == "12.34"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12,5", "12.50"),
        ("12.5", "12.50"),
        (" 1 234,56 ", "1234.56"),
        ("1\u202f234,56", "1234.56"),  # narrow no-break space, as Babel writes French
        ("1\u00a0234.56", "1234.56"),
        ("1234", "1234.00"),
        ("+7", "7.00"),
        ("-7,1", "-7.10"),
        (",5", "0.50"),
    ],
)
def test_parse_amount_accepts_dot_or_comma(text: str, expected: str) -> None:
    assert str(parse_amount(text)) == expected


@pytest.mark.parametrize("text", ["", "abc", "1.234,56", "1,2,3", "1e5", "NaN", "inf", "١٢", "--1"])
def test_parse_amount_rejects_ambiguous_or_invalid_text(text: str) -> None:
    with pytest.raises(DomainError) as info:
        parse_amount(text, field="principal")
    assert info.value.message == "Invalid number: {text}"
    assert info.value.params == {"text": text}
    assert info.value.field == "principal"


def test_parse_amount_refuses_fractions_of_a_cent() -> None:
    with pytest.raises(DomainError) as info:
        parse_amount("10,005")
    assert info.value.message == "An amount cannot have more than two decimals: {text}"


def test_parse_rate_keeps_all_decimals() -> None:
    assert parse_rate("9,4822") == Decimal("9.4822")
