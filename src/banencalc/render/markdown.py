"""Reports as Markdown, for memos: the same rows, notes and sources as the table."""

from __future__ import annotations

from typing import IO

from banencalc.i18n import Lang, t
from banencalc.render.table import _source_lines, header, label, shown_columns
from banencalc.render.text import escape_controls, say, title_of
from banencalc.report.model import Report


def markdown(report: Report, out: IO[str], full_sources: bool, lang: Lang = "en") -> None:
    def cell(text: str) -> str:
        return escape_controls(text).replace("|", "\\|").replace("-\n", "").replace("\n", " ")

    out.write(f"### {cell(title_of(report, lang))}\n\n")
    for line in report.summary:
        out.write(f"{cell(say(line, lang))}\n\n")
    columns = shown_columns(report)
    if report.transpose:
        out.write(f"| {t('item', lang)} | {t('value', lang)} |\n|---|---:|\n")
        for row in report.rows:
            for c in columns:
                out.write(
                    f"| {cell(header(c, lang))} | {cell(label(report, row, c, False, lang))} |\n"
                )
    else:
        out.write("| " + " | ".join(cell(header(c, lang)) for c in columns) + " |\n")
        out.write(
            "|" + "|".join("---" if c.kind in ("text", "key") else "---:" for c in columns) + "|\n"
        )
        for row in report.rows:
            cells = [label(report, row, c, i == 0, lang) for i, c in enumerate(columns)]
            out.write(
                "| " + " | ".join(cell(x).replace("  ", "&nbsp;&nbsp;") for x in cells) + " |\n"
            )
    for section in report.sections:
        out.write(
            f"\n{cell(say(section.heading, lang))}\n\n"
            + "".join(f"- {cell(say(n, lang))}\n" for n in section.lines)
        )
    if report.notes:
        out.write(
            f"\n{t('Notes:', lang)}\n\n"
            + "".join(f"- {cell(say(n, lang))}\n" for n in report.notes)
        )
    if report.sources:
        out.write(f"\n{t('Sources:', lang)}\n\n")
        out.write("".join(f"- {cell(s)}\n" for s in _source_lines(report.sources, full_sources)))
