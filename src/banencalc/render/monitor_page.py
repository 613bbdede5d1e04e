"""The sector monitor's page: one self-contained HTML file a sector can send to its members and
its board. The headline, the traffic lights per member in a table that sorts when a header is
clicked (a few lines of inline script; without script it stays in its own order: red first),
plan against realised per year with a chart (inline SVG, no script), and the notes. It prints
on A4; every text is escaped (Jinja2's autoescape)."""

from __future__ import annotations

from typing import Any

from banencalc.base.messages import Msg
from banencalc.i18n import Lang, t
from banencalc.render.svg import line_chart_svg
from banencalc.render.text import say
from banencalc.report.model import Line, Report

TEMPLATE = """<!doctype html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; color: #1a1a1a; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border-bottom: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; }
td.n, th.n { text-align: right; white-space: nowrap; }
#members td:first-child { min-width: 18em; }
#members td { white-space: nowrap; }
th button { all: unset; cursor: pointer; font-weight: bold; }
.light { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 50%;
  margin-right: 0.35em; vertical-align: -0.05em; border: 1px solid #555; }
.green { background: #2e7d32; } .amber { background: #f0a202; } .red { background: #c62828; }
.silent, .none { background: #fff; }
ul.headline { font-size: 1.05rem; padding-left: 1.2rem; }
svg { max-width: 100%; height: auto; }
@page { size: A4; margin: 14mm; }
@media print { body { margin: 0; max-width: none; font-size: 9.5pt; }
  table { font-size: 8.5pt; } th, td { padding: 0.1rem 0.35rem; }
  h2 { break-after: avoid; } tr { break-inside: avoid; } th button { all: unset; } }
</style>
</head>
<body>
<h1>{{ title }}</h1>
<ul class="headline">{% for line in summary %}<li>{{ line }}</li>{% endfor %}</ul>
<h2>{{ words.members }}</h2>
<table id="members">
<thead><tr>{% for c in columns %}<th class="{{ c.align }}"><button type="button"
 data-column="{{ loop.index0 }}">{{ c.header }}</button></th>{% endfor %}</tr></thead>
<tbody>{% for row in rows %}<tr>{% for cell in row %}<td class="{{ cell.align }}"
 data-sort="{{ cell.sort }}">{% if cell.light %}<span class="light {{ cell.light }}"
 aria-hidden="true"></span>{% endif %}{{ cell.text }}</td>{% endfor %}</tr>{% endfor %}</tbody>
</table>
{% for section in sections %}<h2>{{ section.heading }}</h2>
<ul>{% for line in section.lines %}<li>{{ line }}</li>{% endfor %}</ul>{% endfor %}
{% if chart %}<figure>{{ chart }}</figure>{% endif %}
<h2>{{ words.notes }}</h2>
<ul>{% for note in notes %}<li>{{ note }}</li>{% endfor %}</ul>
<p><small>{{ made_by }}</small></p>
<script>
document.querySelectorAll("#members th button").forEach(function (button) {
  button.addEventListener("click", function () {
    var column = Number(button.dataset.column), body = document.querySelector("#members tbody");
    var rows = Array.from(body.rows), down = button.dataset.down !== "1";
    rows.sort(function (a, b) {
      var x = a.cells[column].dataset.sort, y = b.cells[column].dataset.sort;
      var nx = parseFloat(x), ny = parseFloat(y);
      var order = (isNaN(nx) || isNaN(ny)) ? x.localeCompare(y) : nx - ny;
      return down ? order : -order;
    });
    button.dataset.down = down ? "1" : "0";
    rows.forEach(function (row) { body.appendChild(row); });
  });
});
</script>
</body>
</html>
"""

NUMERIC = {"int", "signed", "pct", "decimal", "money", "shown"}


def monitor_page(report: Report, lang: Lang, made_by: str) -> str:
    """The page's HTML."""
    from jinja2 import Environment

    from banencalc.render.table import label

    columns = [c for c in report.columns if not c.detail]
    rows = []
    for row in report.rows:
        cells = []
        for column in columns:
            value = row.get(column.key)
            light = row.get("light") if column.key == "light" else None
            cells.append(
                {
                    "text": label(report, row, column, False, lang),
                    "align": "n" if column.kind in NUMERIC else "",
                    "sort": "" if value is None else str(value),
                    "light": light,
                }
            )
        rows.append(cells)
    years = report.sheets[0].rows if report.sheets else ()
    chart_lines = _plan_chart(years, lang)
    chart = (
        line_chart_svg(
            chart_lines,
            say(Msg("Plan against realised"), lang),
            say(Msg("The werkagenda's prognosis, the target and the estimate per year"), lang),
            lang,
            "plan",
            axis_title=say(Msg("jobs"), lang),
        )
        if chart_lines
        else ""
    )
    environment = Environment(autoescape=True)
    from markupsafe import Markup

    return environment.from_string(TEMPLATE).render(
        lang=lang,
        title=say(report.title, lang),
        summary=[say(line, lang) for line in report.summary],
        words={"members": say(Msg("Members"), lang), "notes": say(Msg("Notes"), lang)},
        columns=[
            {
                "header": t(c.header, lang).replace("\n", " "),
                "align": "n" if c.kind in NUMERIC else "",
            }
            for c in columns
        ],
        rows=rows,
        sections=[
            {"heading": say(s.heading, lang), "lines": [say(line, lang) for line in s.lines]}
            for s in report.sections
        ],
        chart=Markup(chart),
        notes=[say(note, lang) for note in report.notes],
        made_by=made_by,
    )


def _plan_chart(years: Any, lang: Lang) -> list[Line]:
    lines = []
    for key, name in (
        ("prognosis", Msg("prognosis (werkagenda)")),
        ("target", Msg("target")),
        ("estimate", Msg("realised (estimate)")),
    ):
        points = [(row["year"], row[key]) for row in years if row.get(key) is not None]
        if points:
            # a chart's points are drawn, not read: floats are fine here
            values = [float(v) for _, v in points]
            lines.append(Line(say(name, lang), [y for y, _ in points], values))
    return lines
