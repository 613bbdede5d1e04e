"""A line chart as inline SVG for the monitor page: no library, no script, no external file.

Readable without colour: each line has its own dash pattern and marker shape, and the legend
shows both. Accessible: the SVG has a <title> and a <desc> that says what the chart shows in
words, and the same numbers stand in a table beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from banencalc.i18n import Lang, chart_word, number
from banencalc.render.charts import axis_ticks
from banencalc.report.model import Line

WIDTH, HEIGHT = 720, 360
LEFT, RIGHT, TOP, BOTTOM = 88, 16, 16, 72
#: colours with enough contrast on white (WCAG AA for graphics, 3:1), told apart by dash and marker
STYLES = (
    ("#1f5f99", "", "circle"),
    ("#b3470b", "8 4", "square"),
    ("#2e7d32", "2 4", "diamond"),
    ("#6a1b9a", "12 4 2 4", "triangle"),
)


def line_chart_svg(
    lines: Sequence[Line],
    title: str,
    description: str,
    lang: Lang,
    ident: str = "chart",
    axis_title: str | None = None,
) -> str:
    """The chart's markup; every text in it is escaped. `ident` makes its element ids unique in
    the page; `axis_title` names the vertical axis (default: extra jobs at the end of the
    year)."""
    drawn = [line for line in lines if line.years]
    years = sorted({y for line in drawn for y in line.years})
    top = max((v for line in drawn for v in line.values), default=0)
    ticks = axis_ticks(top)
    span_y = ticks[-1] or 1
    first, last = (years[0], years[-1]) if years else (0, 1)
    span_x = (last - first) or 1
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(year: float) -> float:
        return LEFT + (year - first) / span_x * plot_w

    def y(value: float) -> float:
        return TOP + plot_h - value / span_y * plot_h

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{ident}-title {ident}-desc" class="chart">',
        f'<title id="{ident}-title">{escape(title)}</title>',
        f'<desc id="{ident}-desc">{escape(description)}</desc>',
    ]
    for tick in ticks:
        out.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
            'class="grid"/>'
            f'<text x="{LEFT - 8}" y="{y(tick) + 4:.1f}" text-anchor="end" class="tick">'
            f"{escape(number(tick, lang))}</text>"
        )
    step = 1 if len(years) <= 12 else 2
    for year in years[::step]:
        out.append(
            f'<text x="{x(year):.1f}" y="{TOP + plot_h + 20}" text-anchor="middle" class="tick">'
            f"{year}</text>"
        )
    out.append(
        f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{TOP + plot_h}" y2="{TOP + plot_h}" '
        'class="axis"/>'
    )
    out.append(
        f'<text x="16" y="{TOP + plot_h / 2:.1f}" transform="rotate(-90 16 {TOP + plot_h / 2:.1f})"'
        f' text-anchor="middle" class="tick">'
        f"{escape(axis_title or chart_word('extra jobs (end of year)', lang))}</text>"
    )
    legend_x = LEFT
    for index, line in enumerate(drawn):
        colour, dash, marker = STYLES[index % len(STYLES)]
        points = " ".join(
            f"{x(a):.1f},{y(b):.1f}" for a, b in zip(line.years, line.values, strict=True)
        )
        dashed = f' stroke-dasharray="{dash}"' if dash else ""
        out.append(
            f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2.5"'
            f"{dashed}/>"
        )
        out.extend(
            _marker(marker, x(a), y(b), colour)
            for a, b in zip(line.years, line.values, strict=True)
        )
        legend_y = HEIGHT - 18
        label = chart_word(line.label, lang)
        out.append(
            f'<line x1="{legend_x}" x2="{legend_x + 36}" y1="{legend_y}" y2="{legend_y}" '
            f'stroke="{colour}" stroke-width="2.5"{dashed}/>'
            + _marker(marker, legend_x + 18, legend_y, colour)
            + f'<text x="{legend_x + 44}" y="{legend_y + 4}" class="legend">'
            f"{escape(label)}</text>"
        )
        # the next entry after this one's text (about 7 px a character at the legend's size)
        legend_x += max(170, 44 + 7 * len(label) + 24)
    out.append("</svg>")
    return "\n".join(out)


def _marker(shape: str, cx: float, cy: float, colour: str) -> str:
    r = 4.5
    if shape == "square":
        return (
            f'<rect x="{cx - r:.1f}" y="{cy - r:.1f}" width="{2 * r}" height="{2 * r}" '
            f'fill="{colour}"/>'
        )
    if shape == "diamond":
        return (
            f'<polygon points="{cx:.1f},{cy - r - 1:.1f} {cx + r + 1:.1f},{cy:.1f} '
            f'{cx:.1f},{cy + r + 1:.1f} {cx - r - 1:.1f},{cy:.1f}" fill="{colour}"/>'
        )
    if shape == "triangle":
        return (
            f'<polygon points="{cx:.1f},{cy - r - 1:.1f} {cx + r + 1:.1f},{cy + r:.1f} '
            f'{cx - r - 1:.1f},{cy + r:.1f}" fill="{colour}"/>'
        )
    return f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{r}" fill="{colour}"/>'
