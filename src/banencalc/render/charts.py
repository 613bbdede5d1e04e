"""Line charts: in the terminal, drawn by plotext, and as images for a memo (PNG at 300 dpi or
SVG), drawn by matplotlib from the optional `charts` extra. Both are imported only when a chart is
drawn."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg
from banencalc.dataset.records import Source
from banencalc.i18n import Lang, chart_word
from banencalc.report.model import Line

IMAGE_SUFFIXES = (".png", ".svg")
PNG_DPI = 300  # print quality for a memo


def require_image_library(path: Path) -> None:
    """Before any work: refuse an image when matplotlib is not installed (never a half result)."""
    import importlib.util

    if importlib.util.find_spec("matplotlib") is None:
        raise BanencalcError(
            Msg(
                "--output {path}: images need matplotlib; install it with `pip install "
                "'banencalc[charts]'` (or `uv sync --extra charts`)",
                path=str(path),
            )
        )


def source_line(sources: Sequence[Source], lang: Lang) -> str:
    """ "Source: UWV, 2021-05-06; ..." naming the publications the chart rests on."""
    word = chart_word("Source" if len(sources) == 1 else "Sources", lang)
    named = [", ".join(p for p in (s.publisher, s.date) if p) or s.title for s in sources]
    return f"{word}: " + "; ".join(dict.fromkeys(named))


def axis_ticks(top: float, count: int = 5) -> list[int]:
    """Round tick values from 0 to at least `top` (steps of 1, 2 or 5 x 10^n)."""
    if top <= 0:
        return [0]
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    return [int(step * i) for i in range(math.ceil(top / step) + 1)]


def line_chart(
    title: str,
    lines: Sequence[Line],
    *,
    width: int,
    color: bool,
    height: int = 18,
    lang: Lang = "en",
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
                label=chart_word(line.label, lang),
                marker=markers[i % len(markers)],
            )
    years = sorted({y for line in lines for y in line.years})
    if years:
        plt.xticks(years, [str(y) for y in years])
    ticks = axis_ticks(max((v for line in lines for v in line.values), default=0))
    thousands = "." if lang == "nl" else ","
    plt.yticks(ticks, [f"{t:,}".replace(",", thousands) for t in ticks])
    plt.ylim(0, ticks[-1])
    chart: str = plt.build()
    plt.clear_figure()
    return chart if color else plt.uncolorize(chart)


def save_chart(
    path: Path,
    title: str,
    lines: Sequence[Line],
    lang: Lang = "en",
    sources: Sequence[Source] = (),
) -> None:
    """The chart as an image for a memo: .svg, or .png at 300 dpi, in `lang`, with a source line
    under it. Needs the optional `charts` extra (matplotlib)."""
    require_image_library(path)
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    figure, axes = plt.subplots(figsize=(8, 4.5))
    for line in lines:
        if line.years:
            axes.plot(
                list(line.years), list(line.values), marker="o", label=chart_word(line.label, lang)
            )
    axes.set_title(title)
    axes.set_ylabel(chart_word("extra jobs (end of year)", lang))
    axes.set_ylim(bottom=0)
    axes.grid(alpha=0.3)
    axes.legend()
    thousands = "." if lang == "nl" else ","
    axes.yaxis.set_major_formatter(
        FuncFormatter(lambda value, _: f"{value:,.0f}".replace(",", thousands))
    )
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    if sources:
        import textwrap

        wrapped = textwrap.fill(source_line(sources, lang), width=150)  # the figure's width
        figure.text(0.01, -0.02, wrapped, fontsize=6, ha="left", va="top", wrap=False)
    try:
        figure.savefig(path, bbox_inches="tight", dpi=PNG_DPI, metadata=None)
    except (OSError, ValueError) as exc:
        raise BanencalcError(f"--output {path}: {exc}") from None
    finally:
        plt.close(figure)
