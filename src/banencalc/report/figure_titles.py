"""A figure's title for a reader: `Totaal 2015: doel` where the data and the command line say
`targets.total.2015` (the key stays in JSON, CSV, `sources --figure` and the --set a user types;
a page or document meant to be read shows the title)."""

from __future__ import annotations

from collections.abc import Mapping

from banencalc.base.messages import Msg

#: what each constant and parameter is, in words (the key stays beside it, for --set)
WHAT = {
    "hours_per_job_week": Msg("hours of a job a week"),
    "hours_per_job_year": Msg("hours of a job a year (variable D)"),
    "hours_per_employee_year": Msg("hours of an employee a year (variable E)"),
    "liability_threshold_hours": Msg("threshold of the levy, paid hours a year"),
    "levy_per_job_eur": Msg("levy per missing job"),
    "wet.activation_year": Msg("year the quota scheme is activated"),
    "wet.aof_high_rate_pct": Msg("high Aof premium rate"),
    "wet.average_premium_wage_eur": Msg("average premium wage per employee"),
    "wet.banenafspraakbonus_max_eur": Msg("banenafspraakbonus, at most a year"),
    "wet.banenafspraakbonus_per_hour_eur": Msg("banenafspraakbonus per paid hour"),
    "wet.inclusiviteitsopslag_pct": Msg("percentage of the inclusiviteitsopslag"),
    "wet.lkv_max_eur": Msg("loonkostenvoordeel, at most per employee a year"),
    "wet.lkv_per_hour_eur": Msg("loonkostenvoordeel per paid hour"),
    "wet.national_target_hours": Msg("national target in hours"),
    "wet.small_employer_factor": Msg("small employer: times the average premium wage"),
}
#: the kinds of yearly figures per sector
SERIES = {
    "targets": Msg("the target"),
    "realised": Msg("the realised figure"),
    "quota_percentages": Msg("the quota percentage"),
}


def what(name: str) -> Msg:
    """A constant's or parameter's name in words (the name itself when there are none)."""
    return WHAT.get(name) or Msg.text(name)


def figure_title(key: str, sector_names: Mapping[str, Msg]) -> Msg | None:
    """The reader's title of the figure `key`, or None when `key` is not a figure's key."""
    kind, _, rest = key.partition(".")
    if kind in SERIES:
        sector, _, year = rest.rpartition(".")
        if sector in sector_names and year.isdigit():
            return Msg(
                "{sector} {year}: {what}", sector=sector_names[sector], year=year, what=SERIES[kind]
            )
        return None
    if kind == "parameters" and rest in WHAT:
        return WHAT[rest]
    if kind == "constants":
        name = rest.split(".")[0]
        return WHAT.get(name)
    return None


def readable(message: Msg, sector_names: Mapping[str, Msg]) -> Msg:
    """`message` with a figure key among its arguments replaced by the figure's title."""
    key = message.args.get("key")
    if not isinstance(key, str):
        return message
    title = figure_title(key, sector_names)
    if title is None:
        return message
    return Msg(message.key, **{**message.args, "key": title})
