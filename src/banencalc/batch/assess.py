"""One batch row -> one output record, each row under its own year's law, through the law kernel
(law/quota_levy) and the Wet banenafspraak's calculation; running totals for the summary."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg
from banencalc.batch.cells import ZERO, cents, hours_cell, hundredths, hundredths_or_zero
from banencalc.batch.columns import OPTIONAL_HOURS, WET_AMOUNTS, WET_COLUMNS
from banencalc.calc.employer import EmployerInput, position
from banencalc.calc.regime import under_quota_law
from banencalc.calc.rules import Rules, rules_for
from banencalc.dataset.records import Dataset
from banencalc.law import quota_levy


class RowAssessor:
    """Turns one CSV row into an output record; the hot loop of a batch, kept lean on purpose.

    Rows whose hours have at most two decimals (nearly all) are computed in exact integer
    arithmetic on hundredths of an hour, which is what the statute's roundings make natural: the
    variables are whole hundredths already (Besluit Wfsv art 2.23 lid 2) and the quotumtekort a
    floor division to tenths (lid 3). Any other row takes the Decimal path of the core (`position`);
    both give the same figures. Displayed figures are rounded half-up to two decimals; the
    quotumtekort and the levy are the statute's own. A year under the Wet banenafspraak goes
    through its own calculation (`assess_wet`).
    """

    def __init__(
        self,
        data: Dataset,
        columns: dict[str, int],
        year: int | None,
        sector: str,
        strict: bool = False,
        header_width: int = 0,
        lang: str | None = None,
    ) -> None:
        self.data = data
        self.header_width = header_width
        self.lang = lang
        self.id_at, self.paid_at = columns["id"], columns["paid_hours"]
        self.tg_at = columns["target_group_hours"]
        self.year_at, self.sector_at = columns.get("year"), columns.get("sector")
        self.optional_hours = [(name, columns[name]) for name in OPTIONAL_HOURS if name in columns]
        self.previous_at = columns.get("previous_year_hours")
        #: where each optional column of hours is (-1: absent), for the hot loop
        self.hired_at, self.wsw_at, self.lenders_at, self.hirers_at = (
            columns.get(name, -1)
            for name in ("hired_out_hours", "wsw_hours", "hours_from_lenders", "hours_to_hirers")
        )
        self.wet_columns = {name: columns[name] for name in WET_COLUMNS if name in columns}
        self.width = max(columns.values()) + 1
        self.default_year, self.default_sector = year, sector
        self.rules: dict[tuple[int, str], tuple[Rules, _Whole | None] | None] = {}
        self.strict = strict
        #: running totals for the summary: liable employers, tenths of jobs, euros
        self.liable = self.tenths = 0
        self.levy: int | Decimal = 0
        #: rows that took the default sector; whether any levy counted is one not collected
        self.defaulted = 0
        self.uncollected = False

    def __call__(self, row: list[str]) -> list[object]:
        if len(row) < self.width:
            raise BanencalcError(
                Msg("has {count} field(s); expected {width}", count=len(row), width=self.width)
            )
        if self.header_width and len(row) > self.header_width:
            raise BanencalcError(
                Msg(
                    "has {count} fields but the header names {width}: a field beyond the header "
                    "would be ignored (a thousands separator in an unquoted number splits it into "
                    "two fields)",
                    count=len(row),
                    width=self.header_width,
                )
            )
        employer_id = row[self.id_at].strip()
        if not employer_id:
            raise BanencalcError(Msg("id is empty"))
        year, sector, found = self._rules(row)
        if found is None:
            return [employer_id, year, *self._wet(year, sector, row)]
        rules, w = found
        if w is not None:
            record = self._whole(employer_id, rules, w, row)
            if record is not None:
                return record
        # hours with more than two decimals (or a rule that is not whole hundredths): the core's
        # exact path, through the same law kernel
        return [employer_id, rules.year, rules.sector, *self._decimal(rules, row)]

    def _whole(
        self, employer_id: str, rules: Rules, w: _Whole, row: list[str]
    ) -> list[object] | None:
        """A row whose hours are whole hundredths (nearly all): the statute's figures by the law
        kernel's integer functions, formatted from integers (the hot loop, kept lean: cells are
        read inline, an absent optional column is -1). None: a cell the fast reading cannot
        take (more decimals, another notation), which the Decimal path reads or refuses."""
        paid = hundredths(row[self.paid_at])
        own = hundredths_or_zero(row[self.tg_at])
        hired_out = hundredths_or_zero(row[self.hired_at]) if self.hired_at >= 0 else 0
        wsw = hundredths_or_zero(row[self.wsw_at]) if self.wsw_at >= 0 else 0
        lenders = hundredths_or_zero(row[self.lenders_at]) if self.lenders_at >= 0 else 0
        hirers = hundredths_or_zero(row[self.hirers_at]) if self.hirers_at >= 0 else 0
        previous_at = self.previous_at
        previous = hundredths_or_zero(row[previous_at]) if previous_at is not None else 0
        if (
            paid is None
            or own is None
            or hired_out is None
            or wsw is None
            or lenders is None
            or hirers is None
            or previous is None
        ):
            return None
        a = quota_levy.variable_a(paid, hired_out, wsw)
        c = quota_levy.variable_c(own, lenders, hirers)
        # A (less hired-out and Wsw staff) is what the levy year's test counts (art 2.33)
        liable = w.activated and not quota_levy.below_threshold(a, w.threshold)
        if liable and previous_at is not None and row[previous_at].strip():
            liable = not quota_levy.below_threshold(previous, w.previous_threshold)
        tenths = quota_levy.quotumtekort_tenths(a, w.b, c, w.d)
        product = a * w.b
        missing = max(0, product - c * 10_000)  # A x B% - C, in millionths of an hour
        if liable:
            levy = tenths * w.levy_per_tenth
            self.liable += 1
            self.tenths += tenths
            self.levy += levy
            self.uncollected |= not rules.levy_charged
            unrounded_levy = (200 * missing * w.levy_per_job + w.den) // (2 * w.den)
        else:
            levy = unrounded_levy = 0
        required_hours = (product + 5_000) // 10_000
        required = (2 * product + 100 * w.d) // (200 * w.d)
        realised = (200 * c + w.d) // (2 * w.d)
        unrounded = (200 * missing + w.den) // (2 * w.den)
        # %-formatting of divmod is 2.5x faster than an f-string here (the hot loop)
        return [
            employer_id,
            rules.year,
            rules.sector,
            rules.regime,
            "true" if liable else "false",
            rules.quota_pct,
            w.status,
            "%d.%02d" % divmod(required_hours, 100),  # noqa: UP031
            "%d.%02d" % divmod(required, 100),  # noqa: UP031
            "%d.%02d" % divmod(realised, 100),  # noqa: UP031
            "%d.%d" % divmod(tenths, 10),  # noqa: UP031
            levy,
            w.charged,
            "%d.%02d" % divmod(unrounded, 100),  # noqa: UP031
            "%d.%02d" % divmod(unrounded_levy, 100),  # noqa: UP031
            "",
            "",
        ]

    def _decimal(self, rules: Rules, row: list[str]) -> list[object]:
        tg_text = row[self.tg_at]
        employer = EmployerInput(
            rules.year,
            hours_cell(row[self.paid_at], "paid_hours", self.lang),
            hours_cell(tg_text, "target_group_hours", self.lang) if tg_text.strip() else ZERO,
            "year",
            rules.sector,
            **{
                name: hours_cell(row[at], name, self.lang)
                for name, at in self.optional_hours
                if row[at].strip()
            },
        )
        p = position(rules, employer)
        if p.liable and p.shortfall_jobs is not None and p.levy_eur is not None:
            self.liable += 1
            self.tenths += int(p.shortfall_jobs * 10)
            self.levy += p.levy_eur
            self.uncollected |= not rules.levy_charged
        levy = p.levy_eur
        return [
            rules.regime,
            "true" if p.liable else "false",
            rules.quota_pct if rules.quota_pct is not None else "",
            _status(rules),
            cents(p.required_hours),
            cents(p.required_jobs),
            cents(p.realised_jobs),
            "" if p.shortfall_jobs is None else p.shortfall_jobs,
            "" if levy is None else int(levy) if levy == levy.to_integral_value() else levy,
            "true" if rules.levy_charged else "false",
            cents(p.shortfall_jobs_unrounded),
            cents(p.levy_eur_unrounded),
            "",
            "",
        ]

    def _wet(self, year: int, sector: str, row: list[str]) -> list[object]:
        """A row of a year under the Wet banenafspraak: its own calculation (Wet art 6; Wtl
        2.13), with the inputs the row has; a figure the law needs and the row lacks is an error
        naming the column."""
        from banencalc.calc.status import check_sector
        from banencalc.calc.wet import WetInput, assess_wet

        sector = check_sector(self.data, sector)
        cells = {name: row[at].strip() for name, at in self.wet_columns.items()}
        tg_text = row[self.tg_at]
        employees = cells.get("target_group_employees", "")
        if employees and not (employees.isascii() and employees.isdigit()):
            raise BanencalcError(
                Msg(
                    "target_group_employees: {text} is not a whole number of employees",
                    text=repr(employees),
                )
            )
        wage = cells.get("premium_wage", "")
        since = cells.get("employer_since", "")
        if since and not (since.isascii() and since.isdigit() and len(since) == 4):
            raise BanencalcError(Msg("employer_since: {text} is not a year", text=repr(since)))
        amount = {
            name: hours_cell(cells[name], name, self.lang) if cells.get(name, "") else None
            for name in WET_AMOUNTS
        }
        employer = WetInput(
            year,
            premium_wage=hours_cell(wage, "premium_wage", self.lang) if wage else None,
            target_group_hours=(
                hours_cell(tg_text, "target_group_hours", self.lang) if tg_text.strip() else ZERO
            ),
            target_group_employees=int(employees) if employees else None,
            employer_since=int(since) if since else None,
            hired_out_premium_wage=amount["hired_out_premium_wage"] or ZERO,
            wsw_premium_wage=amount["wsw_premium_wage"] or ZERO,
            benefits_premium_wage=amount["benefits_premium_wage"] or ZERO,
            premium_wage_two_years_before=amount["premium_wage_two_years_before"],
        )
        result = assess_wet(self.data, employer)
        if result.surcharge_due and result.input.premium_wage is None:
            raise BanencalcError(
                Msg(
                    "{year}: the inclusiviteitsopslag is owed, and computing it needs the "
                    "premium_wage column (Wet banenafspraak art 6)",
                    year=str(year),
                )
            )
        opslag, lkv = result.inclusiviteitsopslag_eur, result.lkv_eur
        return [
            sector,
            result.regime,
            "true" if result.surcharge_due else "false",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "false",
            "",
            "",
            "" if opslag is None else cents(opslag),
            "" if lkv is None else cents(lkv),
        ]

    def _rules(self, row: list[str]) -> tuple[int, str, tuple[Rules, _Whole | None] | None]:
        """The row's year and sector, and their rules (None: a year under the Wet
        banenafspraak)."""
        year_text = row[self.year_at].strip() if self.year_at is not None else ""
        if year_text:
            if not (year_text.isascii() and year_text.isdigit()):
                raise BanencalcError(Msg("year: {text} is not a year", text=repr(year_text)))
            year = int(year_text)
        elif self.default_year is not None:
            year = self.default_year
        else:
            raise BanencalcError(Msg("no year in the row and no --year given"))
        own = row[self.sector_at].strip() if self.sector_at is not None else ""
        if not own:
            self.defaulted += 1
        sector = own or self.default_sector
        key = (year, sector)
        if key in self.rules:
            return year, sector, self.rules[key]
        years = self.data.covered_years()
        if year not in years:
            raise BanencalcError(
                Msg(
                    "year {year}: the data covers {first}-{last}",
                    year=str(year),
                    first=str(years[0]),
                    last=str(years[-1]),
                )
            )
        if not under_quota_law(self.data, year):
            self.rules[key] = None
            return year, sector, None
        rules = rules_for(self.data, year, sector, "year")
        if self.strict and rules.activated and rules.quota_status != "definitive":
            raise BanencalcError(
                Msg(
                    "the {year} quota percentage for {sector} is {status}, not definitive "
                    "(--strict)",
                    year=str(year),
                    sector=rules.sector_name,
                    status=Msg(rules.quota_status),
                )
            )
        found = self.rules[key] = (rules, _Whole.of(rules))
        return year, sector, found


def _status(rules: Rules) -> str:
    """The quota status a row shows: the percentage's, or why there is none."""
    if not rules.activated and rules.quota_pct is None:
        return "not activated"
    return rules.quota_status


@dataclass(frozen=True)
class _Whole:
    """A year's rules in hundredths (B, D, the threshold) and whole euros, where they are exact."""

    activated: bool
    b: int
    d: int
    den: int
    threshold: int
    levy_per_job: int
    levy_per_tenth: int
    status: str
    charged: str
    #: the threshold of the previous year's test (Wfsv art 34 lid 4), in hundredths
    previous_threshold: int

    @classmethod
    def of(cls, rules: Rules) -> _Whole | None:
        if rules.quota_pct is None:
            return None  # no percentage: the core's verdict (Decimal path) says what there is
        values = (
            rules.quota_pct,
            rules.hours_per_job,
            rules.threshold_hours,
            rules.previous_threshold_hours,
        )
        hundredths = [v * 100 for v in values]
        levy = rules.levy_per_job
        if any(h != h.to_integral_value() for h in hundredths) or levy % 10:
            return None  # not whole hundredths (a user's data): the Decimal path computes
        b, d, threshold, _ = (int(h) for h in hundredths)
        return cls(
            rules.activated,
            b,
            d,
            d * 10_000,
            threshold,
            int(levy),
            int(levy) // 10,
            _status(rules),
            "true" if rules.levy_charged else "false",
            int(rules.previous_threshold_hours * 100),
        )
