"""Line charts in the terminal, drawn by plotext (imported only when a chart is drawn)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    label: str
    years: Sequence[int]
    values: Sequence[float]


def _axis_ticks(top: float, count: int = 5) -> list[int]:
    """Round tick values from 0 to at least `top` (steps of 1, 2 or 5 x 10^n)."""
    if top <= 0:
        return [0]
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    return [int(step * i) for i in range(math.ceil(top / step) + 1)]


def line_chart(
    title: str, lines: Sequence[Line], *, width: int, color: bool, height: int = 18
) -> str:
    """The chart as text, `width` columns wide; plain characters when `color` is False."""
    import plotext as plt

    plt.clear_figure()
    plt.plotsize(width, height)
    plt.theme("pro" if color else "clear")
    plt.title(title)
    # Markers differ by line, so the chart reads without colour too.
    markers = ["hd", "dot", "+", "x"]
    for i, line in enumerate(lines):
        if line.years:
            plt.plot(
                list(line.years),
                list(line.values),
                label=line.label,
                marker=markers[i % len(markers)],
            )
    years = sorted({y for line in lines for y in line.years})
    if years:
        plt.xticks(years, [str(y) for y in years])
    ticks = _axis_ticks(max((v for line in lines for v in line.values), default=0))
    plt.yticks(ticks, [f"{t:,}" for t in ticks])
    plt.ylim(0, ticks[-1])
    chart: str = plt.build()
    plt.clear_figure()
    return chart if color else plt.uncolorize(chart)
