"""The shared value checks every vendor's validation uses: never an exception, whatever the input."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from app.vendors.values import is_text, whole_number


@given(st.text(max_size=30) | st.integers() | st.floats() | st.booleans() | st.none())
@example("¹")  # isdigit() is true for a superscript one; int() refuses it
@example("٣")  # an Arabic-Indic three: int() takes it, but it is not what a user typed as a number
@example("-")
@example("+7")
@example("9" * 19)
def test_whole_number_is_an_int_for_ascii_digits_and_none_otherwise(value: object) -> None:
    result = whole_number(value)
    if isinstance(value, bool) or not isinstance(value, int | str):
        assert result is None
    elif isinstance(value, int):
        assert result == (value if len(str(abs(value))) <= 18 else None)
    else:
        text = value.strip()
        digits = text.lstrip("+-")
        plain = len(text) - len(digits) <= 1 and digits.isascii() and digits.isdigit() and len(digits) <= 18
        assert result == (int(text) if plain else None)


def test_whole_number_limits_and_signs() -> None:
    assert whole_number(" 42 ") == 42
    assert whole_number("-5") == -5
    assert whole_number("123", max_digits=2) is None
    assert whole_number("1.0") is None
    assert whole_number("--1") is None


def test_is_text_refuses_a_lone_surrogate() -> None:
    assert is_text("Zoë")
    assert not is_text("\ud800")
