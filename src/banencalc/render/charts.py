"""Line charts in the terminal, drawn by plotext (imported only when a chart is drawn)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from banencalc.errors import BanencalcError
from banencalc.report.model import Line


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


def save_chart(path: Path, title: str, lines: Sequence[Line]) -> None:
    """The chart as an image for a memo (.svg or .png); needs the optional `charts` extra."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise BanencalcError(
            f"--output {path}: images need matplotlib; install it with "
            "`pip install 'banencalc[charts]'` (or `uv sync --extra charts`)"
        ) from None
    figure, axes = plt.subplots(figsize=(8, 4.5))
    for line in lines:
        if line.years:
            axes.plot(list(line.years), list(line.values), marker="o", label=line.label)
    axes.set_title(title)
    axes.set_ylabel("extra jobs (end of year)")
    axes.set_ylim(bottom=0)
    axes.grid(alpha=0.3)
    axes.legend()
    axes.yaxis.set_major_formatter(matplotlib.ticker.StrMethodFormatter("{x:,.0f}"))
    try:
        figure.savefig(path, bbox_inches="tight")
    except (OSError, ValueError) as exc:
        raise BanencalcError(f"--output {path}: {exc}") from None
    finally:
        plt.close(figure)
