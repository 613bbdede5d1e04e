"""Messages keep their numbers as numbers until a renderer formats them in the reader's language."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from decimal import Decimal

import pytest

from banencalc.base.messages import Msg, Signed
from banencalc.render.text import say


def test_numbers_are_formatted_per_language() -> None:
    message = Msg(
        "{hours} paid hours {unit} is at least {threshold}",
        hours=Decimal("300000"),
        unit=Msg("a year"),
        threshold=40575,
    )
    assert message.english() == "300,000 paid hours a year is at least 40,575"
    assert say(message, "nl").startswith("300.000 ")
    assert "40.575" in say(message, "nl")


def test_signed_numbers_and_free_text() -> None:
    assert Msg("growth {g}", g=Signed(4000)).english() == "growth +4,000"
    assert Msg("gap {g}", g=Signed(-9157)).english() == "gap -9,157"
    braces = Msg.text("a note with {braces} stays as written")
    assert braces.english() == "a note with {braces} stays as written"
    assert say(braces, "nl") == braces.english()


def test_a_message_is_immutable_and_comparable() -> None:
    message = Msg("levy EUR {levy}", levy=Decimal("24000.00"))
    with pytest.raises(AttributeError):
        message.key = "other"
    assert message == Msg("levy EUR {levy}", levy=Decimal("24000.00"))
    assert str(message) == "levy EUR 24,000.00"


def test_a_report_is_frozen(data: object) -> None:
    from banencalc.report.model import Report

    report = Report(title=Msg("t"), columns=(), rows=(), payload={})
    with pytest.raises(FrozenInstanceError):
        report.passed = True  # type: ignore[misc]
