"""Where the law leaves a reading open: which reading the tool takes, and the other one.

Each reading names the article whose words allow both, what the tool does, and how to get the
other result. `banencalc rules --year Y` lists the readings of the law in force in Y; the results
that rest on one say so where they use it.
"""

from __future__ import annotations

from dataclasses import dataclass

from banencalc.base.messages import Msg


@dataclass(frozen=True)
class Reading:
    key: str
    article: str
    #: what the tool does
    taken: Msg
    #: the other reading, and how to get it
    other: Msg


QUOTA_LAW_READINGS = (
    Reading(
        "lender_c",
        "Besluit Wfsv art 2.28 lid 5",
        Msg(
            "a lender's C falls by the target-group hours it attributes to hirers (the hours to "
            "hirers given)"
        ),
        Msg(
            "the article reduces C by the paid hours of hired-out arbeidsbeperkten with no "
            "condition of attribution: to compute that reading, give all such hours as the hours "
            "to hirers"
        ),
    ),
    Reading(
        "hirer_cap",
        "Besluit Wfsv art 2.28 lid 4",
        Msg(
            "the hours a lender attributes to a hirer are taken as given: the cap per person (at "
            "most that person's hours in the polisadministratie) needs per-person data"
        ),
        Msg("with hours per person (a payroll export), each person's attributed hours are capped"),
    ),
    Reading(
        "part_year",
        "Wfsv art 34 lid 8 onder b",
        Msg(
            "an employer that employed staff for part of the year is tested against the full "
            "40,575 hours: no rule for pro-rating (herleiding) was found in Besluit Wfsv art "
            "2.19-2.33, and none is applied"
        ),
        Msg("pro-rating the threshold to the months with staff, should a rule be found"),
    ),
    Reading(
        "sector_formula",
        "Wfsv art 38f lid 2",
        Msg(
            "the quota percentage is recomputed with the five-component form SZW publishes, (A + "
            "B) x C / (D x E); the article's formula has eight variables, A to H"
        ),
        Msg(
            "the full formula also uses F (target-group people of Wfsv art 38b lid 2 at liable "
            "employers, values in Besluit Wfsv art 2.32), G (their average paid hours) and H "
            "(realised extra jobs), which the tool does not model"
        ),
    ),
)

WET_READINGS = (
    Reading(
        "surcharge_base",
        "Wet banenafspraak art 6 lid 6",
        Msg(
            "'een opslagpercentage op het hoge premiepercentage' is read as percentage points "
            "added to the high Aof rate of Wfsv art 36: premium base x percentage (the way the "
            "Aof's own low and high rates differ)"
        ),
        Msg(
            "read as a share of the high Aof rate: premium base x high rate x percentage, about "
            "a hundred times less (surcharge reading 'share', with wet.aof_high_rate_pct)"
        ),
    ),
    Reading(
        "premium_base_cap",
        "Wet banenafspraak art 1 (premieplichtig loon) with Wfsv hoofdstuk 3",
        Msg(
            "the premium wage is taken as given: the premium wage of the Aof, which is capped per "
            "employee at the maximum premium wage before it is added up; the tool does not cap it"
        ),
        Msg("give the uncapped wage and the tool would overstate the surcharge"),
    ),
    Reading(
        "repeal",
        "Wet banenafspraak art 12; Wfsv art 122na (valid from 2026-01-01)",
        Msg(
            "from 2026 the Wet banenafspraak applies and the quota law's levy does not (Wet "
            "banenafspraak art 12 lid 1 and 2)"
        ),
        Msg(
            "the consolidated Wfsv valid from 2026 still contains paragraph 4a (art 38b-38j) and "
            "art 34 lid 3-8, and art 122na lid 1 bars the levy only for the years before 2026; "
            "the provision that ends paragraph 4a was not found in the consolidated texts, so the "
            "repeal could not be verified"
        ),
    ),
    Reading(
        "bonus",
        "Wet banenafspraak art 1",
        Msg(
            "the banenafspraakbonus is modelled per paid hour, with an optional cap per employee, "
            "as the 2019 design letter described it; only as a labelled what-if"
        ),
        Msg(
            "art 1 refers to 'artikel 2.13, tweede lid, van de Wtl', which the Wtl text valid "
            "from 2026-01-01 does not contain: the bonus could as well be an amount per employee"
        ),
    ),
    Reading(
        "lkv_totals",
        "Wet tegemoetkomingen loondomein art 2.13",
        Msg(
            "the cap of EUR 2,000 applies to each employee's own hours; from totals the amount is "
            "an upper bound (the hours spread evenly)"
        ),
        Msg("give each target-group employee's hours to get the exact amount"),
    ),
)


def readings_of(mechanism: str) -> tuple[Reading, ...]:
    """The readings of the law with this mechanism (the regime's `mechanism` in the data)."""
    return WET_READINGS if mechanism == "inclusiviteitsopslag" else QUOTA_LAW_READINGS
