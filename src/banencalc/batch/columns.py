"""The columns a batch reads and writes: names, Dutch aliases, which are numbers (the file's
contract, documented in the README)."""

from __future__ import annotations

from typing import Literal

OutFormat = Literal["csv", "jsonl"]
REQUIRED = ("id", "paid_hours", "target_group_hours")
OPTIONAL = (
    "sector",
    "year",
    "previous_year_hours",
    "hired_out_hours",
    "hours_from_lenders",
    "hours_to_hirers",
    "wsw_hours",
    "name",
    "premium_wage",
    "hired_out_premium_wage",
    "wsw_premium_wage",
    "benefits_premium_wage",
    "premium_wage_two_years_before",
    "employer_since",
    "target_group_employees",
)
#: optional columns of hours, with the EmployerInput field each fills
OPTIONAL_HOURS = (
    "previous_year_hours",
    "hired_out_hours",
    "hours_from_lenders",
    "hours_to_hirers",
    "wsw_hours",
)
#: optional columns of the Wet banenafspraak (years from 2026), with the WetInput field each fills
WET_COLUMNS = (
    "premium_wage",
    "hired_out_premium_wage",
    "wsw_premium_wage",
    "benefits_premium_wage",
    "premium_wage_two_years_before",
    "employer_since",
    "target_group_employees",
)
#: the Wet's amounts in euros, with the WetInput field each fills
WET_AMOUNTS = (
    "hired_out_premium_wage",
    "wsw_premium_wage",
    "benefits_premium_wage",
    "premium_wage_two_years_before",
)
OUTPUT_COLUMNS = (
    "id",
    "year",
    "sector",
    "regime",
    "liable",
    "quota_pct",
    "quota_status",
    "required_hours",
    "required_jobs",
    "realised_jobs",
    "shortfall_jobs",
    "levy_eur",
    "levy_charged",
    "shortfall_jobs_unrounded",
    "levy_eur_unrounded",
    "inclusiviteitsopslag_eur",
    "lkv_eur",
)
#: figures written as fixed-scale text (numbers in JSON and in a Dutch CSV)
NUMERIC_COLUMNS = (
    "required_hours",
    "required_jobs",
    "realised_jobs",
    "shortfall_jobs",
    "levy_eur",
    "shortfall_jobs_unrounded",
    "levy_eur_unrounded",
    "inclusiviteitsopslag_eur",
    "lkv_eur",
)
#: yes/no columns (true/false in CSV, booleans in JSON)
BOOLEAN_COLUMNS = ("liable", "levy_charged")
#: other names for the input columns (after lower-casing, spaces as `_`): the Dutch of the
#: loonaangifte and the names spreadsheets commonly carry
ALIASES = {
    "loonheffingennummer": "id",
    "naam": "name",
    "werkgever": "name",
    "verloonde_uren": "paid_hours",
    "doelgroep_uren": "target_group_hours",
    "uren_doelgroep": "target_group_hours",
    "verloonde_uren_doelgroep": "target_group_hours",
    "jaar": "year",
    "verloonde_uren_vorig_jaar": "previous_year_hours",
    "uren_vorig_jaar": "previous_year_hours",
    "uitgeleende_uren": "hired_out_hours",
    "uren_van_uitleners": "hours_from_lenders",
    "uren_aan_inleners": "hours_to_hirers",
    "wsw_uren": "wsw_hours",
    "premieloon": "premium_wage",
    "premieplichtig_loon": "premium_wage",
    "premieloon_uitgeleend": "hired_out_premium_wage",
    "doelgroep_werknemers": "target_group_employees",
    "werkgever_sinds": "employer_since",
    "aantal_doelgroep_werknemers": "target_group_employees",
}
MAX_REPORTED = 20  # bad rows reported before a run without --skip-invalid stops
MAX_LISTED = 1000  # skipped rows listed with --skip-invalid (all are counted)
