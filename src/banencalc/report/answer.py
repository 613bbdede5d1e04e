"""An employer's answer -> its Report: one year under the quota law, a year under the Wet
banenafspraak (with the quota law beside it when compared), a table of years, or a hiring path."""

from __future__ import annotations

from banencalc.calc.questions import EmployerAnswer
from banencalc.report.employer import employer_report
from banencalc.report.model import Report
from banencalc.report.wet import wet_report
from banencalc.report.years import employer_years_report, hiring_report


def answer_report(answer: EmployerAnswer) -> Report:
    """The Report of whichever form the answer has."""
    if answer.result is not None:
        return employer_report(answer.result, answer.goal)
    if answer.wet is not None:
        return wet_report(answer.wet, answer.quota_law)
    if answer.years is not None:
        return employer_years_report(answer.years)
    assert answer.path is not None
    return hiring_report(answer.path)
