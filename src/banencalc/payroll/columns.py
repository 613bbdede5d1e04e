"""The columns a payroll export is read by: names, the Dutch and payroll-software names each is
also found under, and which are needed (the file's contract, documented in the README)."""

from __future__ import annotations

#: one row per employee per pay period
REQUIRED = ("employer", "employee", "paid_hours")
#: the period: `period_start` and `period_end` (dates), or one `period` (2024, 2024-03, 2024-Q1)
PERIOD = ("period_start", "period_end", "period")
OPTIONAL = (
    *PERIOD,
    # a second income relationship of the same person at the same employer (loonaangifte NumIV)
    "relationship",
    # the doelgroepregister: yes/no for the whole period, or the person's register dates
    "in_register",
    "register_start",
    "register_end",
    # lending: the hirer's loonheffingennummer, and the hours the lender attributes to it
    "hired_out_to",
    "attributed_hours",
    # a Wsw employment (Wet sociale werkvoorziening art 2): yes/no
    "wsw",
    # from 2026: the premium wage of the row (the base of the inclusiviteitsopslag)
    "premium_wage",
)
#: the register list (--register): one row per person per register period
REGISTER_REQUIRED = ("employee", "register_start")
REGISTER_OPTIONAL = ("register_end", "employer")

#: other names (after lower-casing, spaces as `_`): Dutch, and the loonaangifte's element names
ALIASES = {
    "loonheffingennummer": "employer",
    "lhnr": "employer",
    "werkgever": "employer",
    "employer_id": "employer",
    "werknemer": "employee",
    "pseudoniem": "employee",
    "pseudonym": "employee",
    "personeelsnummer": "employee",
    "persnr": "employee",
    "employee_id": "employee",
    "bsn": "employee",
    "sofinr": "employee",
    "burgerservicenummer": "employee",
    "verloonde_uren": "paid_hours",
    "aantverlu": "paid_hours",
    "uren": "paid_hours",
    "hours": "paid_hours",
    "periode": "period",
    "tijdvak": "period",
    "begin_periode": "period_start",
    "periode_begin": "period_start",
    "datum_aanvang_tijdvak": "period_start",
    "dataanvtv": "period_start",
    "eind_periode": "period_end",
    "periode_eind": "period_end",
    "datum_einde_tijdvak": "period_end",
    "dateindtv": "period_end",
    "numiv": "relationship",
    "inkomstenverhouding": "relationship",
    "doelgroep": "in_register",
    "doelgroepregister": "in_register",
    "in_doelgroepregister": "in_register",
    "begindatum_register": "register_start",
    "register_begin": "register_start",
    "begindatum": "register_start",
    "einddatum_register": "register_end",
    "einddatum": "register_end",
    "uitgeleend_aan": "hired_out_to",
    "inlener": "hired_out_to",
    "toegerekende_uren": "attributed_hours",
    "premieloon": "premium_wage",
    "premieplichtig_loon": "premium_wage",
}
