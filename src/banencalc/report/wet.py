"""Employer results under the Wet banenafspraak -> a Report (and its JSON contract), with the quota
law's figure for the same hours beside it when asked."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from banencalc.base.messages import Msg
from banencalc.calc.employer import EmployerResult
from banencalc.calc.wet import WetResult
from banencalc.report.employer import employer_payload
from banencalc.report.model import DISPLAY, Column, Report, Section
from banencalc.report.status import figure_payload, source_payload
from banencalc.report.steps import step_lines, step_payload

WET_COLUMNS = (
    Column("regime", "regime"),
    Column("quota_activated", "quotumregeling\nactivated"),
    Column("due_from", "opslag owed from", "shown"),
    Column("surcharge_due", "opslag owed"),
    Column("small_employer", "small employer"),
    Column("surcharge_pct", "surcharge %", "pct"),
    Column("inclusiviteitsopslag_eur", "inclusiviteits-\nopslag", "money"),
    Column("lkv_eur", "loonkosten-\nvoordeel", "money"),
    Column("banenafspraakbonus_eur", "banenafspraak-\nbonus", "money"),
)


def wet_payload(result: WetResult) -> dict[str, Any]:
    """The JSON contract of `employer` for a year under the Wet banenafspraak (README)."""
    return {
        "year": result.input.year,
        "regime": result.regime,
        "quota_activated": result.quota_activated,
        "activation_year": result.activation_year,
        "due_from": result.due_from,
        "surcharge_due": result.surcharge_due,
        "small_employer": result.small_employer,
        "surcharge_pct": result.surcharge_pct,
        "surcharge_reading": result.input.surcharge_reading,
        "surcharge_base": result.surcharge_base,
        "inclusiviteitsopslag_eur": result.inclusiviteitsopslag_eur,
        "inclusiviteitsopslag_other_reading_eur": result.inclusiviteitsopslag_other_reading_eur,
        "premium_wage": result.input.premium_wage,
        "hired_out_premium_wage": result.input.hired_out_premium_wage,
        "wsw_premium_wage": result.input.wsw_premium_wage,
        "benefits_premium_wage": result.input.benefits_premium_wage,
        "average_premium_wage": result.input.average_premium_wage,
        "premium_wage_two_years_before": result.input.premium_wage_two_years_before,
        "employer_since": result.input.employer_since,
        "target_group_hours": result.input.target_group_hours,
        "target_group_employees": result.input.target_group_employees,
        "employee_hours": list(result.input.employee_hours),
        "lkv_eur": result.lkv_eur,
        "lkv_upper_bound": result.lkv_upper_bound,
        "banenafspraakbonus_eur": result.banenafspraakbonus_eur,
        "steps": [step_payload(s) for s in result.steps],
        "notes": [n.english() for n in result.notes],
    }


def wet_report(result: WetResult, quota_law: EmployerResult | None = None) -> Report:
    payload = wet_payload(result)
    row: dict[str, Any] = {**payload, "due_from": str(result.due_from or "-")}
    if result.lkv_upper_bound and result.lkv_eur is not None:
        row[DISPLAY] = {"lkv_eur": ("≤ ", result.lkv_eur, "money")}  # an upper bound
    sections = [Section(Msg("Calculation (Wet banenafspraak):"), step_lines(result.steps))]
    notes = list(result.notes)
    if quota_law is not None:
        payload["quota_law"] = employer_payload(quota_law)
        row["quota_law_levy_eur"] = quota_law.levy_eur
        if quota_law.levy_eur is not None and quota_law.shortfall_jobs is not None:
            headline = Msg(
                "quotumtekort {jobs} jobs, levy EUR {levy} ({pct}% of {hours} paid hours, "
                "the {rules} rules)",
                jobs=quota_law.shortfall_jobs,
                levy=quota_law.levy_eur.quantize(Decimal("0.01")),
                pct=quota_law.quota_pct,
                hours=quota_law.input.paid_hours,
                rules=str(quota_law.input.year),
            )
        else:
            headline = Msg(
                "{reason} (the {rules} rules)",
                reason=quota_law.liability_reason,
                rules=str(quota_law.input.year),
            )
        sections.append(
            Section(
                Msg("Under the quota law (for comparison):"),
                (headline, *quota_law.notes),
            )
        )
    payload["figures"] = [
        figure_payload(f) for f in [*result.figures, *(quota_law.figures if quota_law else [])]
    ]
    sources = {s.id: s for s in [*result.sources, *(quota_law.sources if quota_law else [])]}
    payload["sources"] = [source_payload(s) for s in sources.values()]
    columns: tuple[Column, ...] = WET_COLUMNS
    if quota_law is not None:
        header = (
            "quota law:\nlevy" if quota_law.levy_charged else "quota law: levy\n(not collected)"
        )
        columns = (*columns, Column("quota_law_levy_eur", header, "money"))
    return Report(
        title=Msg(
            "Employer {year} under the Wet banenafspraak ({article})",
            year=str(result.input.year),
            article=result.regime_article or Msg.text(""),
        ),
        columns=columns,
        rows=(row,),
        payload=payload,
        notes=tuple(notes),
        sources=tuple(sources.values()),
        sections=tuple(sections),
        transpose=True,
    )
