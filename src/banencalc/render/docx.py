"""Word documents for memos: the report as a .docx with Word's own styles.

python-docx writes the file (imported only here). The document holds the title (Heading 1), the
summary lines, the table as a Word table (style Table Grid, header bold and repeated on each page,
figures right-aligned in the reader's number format), each headed list (the inputs, the
calculation path), the notes, the sources as a numbered list with their links, and a last line
naming the banencalc version and the data used. Only Word's built-in styles are used, so a user's
own template restyles it.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from banencalc.base.messages import Msg
from banencalc.i18n import Lang, t
from banencalc.render.table import header, label, shown_columns
from banencalc.render.text import say, title_of
from banencalc.render.text import xml_text as cell_text
from banencalc.report.model import Report


def document(report: Report, lang: Lang = "en", made_by: Msg | None = None) -> bytes:
    """The report as a .docx file's bytes; `made_by` is the last line (version and data)."""
    return documents(title_of(report, lang), [report], lang, made_by)


def documents(
    title: str,
    parts: Sequence[Report | tuple[str, str]],
    lang: Lang = "en",
    made_by: Msg | None = None,
) -> bytes:
    """Several reports in one document under `title` (each under its own title, the sources of
    all of them once at the end); a part given as (title, text) is a section the data cannot
    give, and why."""
    from docx import Document
    from docx.shared import Mm

    doc = Document()
    page = doc.sections[0]  # A4 (python-docx's own template is US Letter)
    page.page_width, page.page_height = Mm(210), Mm(297)
    page.left_margin = page.right_margin = Mm(25)
    doc.core_properties.title = cell_text(title)
    doc.core_properties.author = "banencalc"
    doc.add_heading(cell_text(title), level=1)
    one = len(parts) == 1
    sources: dict[str, Any] = {}
    for part in parts:
        if isinstance(part, tuple):
            doc.add_heading(cell_text(part[0]), level=2)
            doc.add_paragraph(cell_text(part[1]))
            continue
        if not one:
            doc.add_heading(cell_text(title_of(part, lang)), level=2)
        _add_report(doc, part, lang, level=2 if one else 3)
        for source in part.sources:
            sources.setdefault(source.id, source)
    if sources:
        doc.add_heading(t("Sources:", lang).rstrip(":"), level=2)
        for source in sources.values():
            paragraph = doc.add_paragraph(style="List Number")
            paragraph.add_run(cell_text(f"[{source.id}] {source.full(with_url=False)}"))
            if source.url:
                paragraph.add_run(" ")
                _link(paragraph, source.url)
    if made_by is not None:
        doc.add_paragraph(cell_text(say(made_by, lang))).runs[0].italic = True
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _add_report(doc: Any, report: Report, lang: Lang, level: int) -> None:
    """A report's summary, table, headed lists and notes (its sources go at the end)."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    for line in report.summary:
        doc.add_paragraph(cell_text(say(line, lang)))
    columns = shown_columns(report)
    if report.transpose:
        headers = [t("item", lang), t("value", lang)]
        body = [
            [_one_line(header(c, lang)), label(report, row, c, False, lang)]
            for row in report.rows
            for c in columns
        ]
        right = [False, True]
    else:
        headers = [_one_line(header(c, lang)) for c in columns]
        body = [
            [label(report, row, c, i == 0, lang) for i, c in enumerate(columns)]
            for row in report.rows
        ]
        right = [c.kind not in ("text", "key") for c in columns]
    if body:
        table = doc.add_table(rows=1, cols=len(headers))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, text, align in zip(table.rows[0].cells, headers, right, strict=True):
            run = cell.paragraphs[0].add_run(cell_text(text))
            run.bold = True
            if align:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _repeat_as_header(table.rows[0])
        for values in body:
            cells = table.add_row().cells
            for cell, text, align in zip(cells, values, right, strict=True):
                cell.text = cell_text(text.strip())
                if align:
                    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _fit(doc, table, headers, body)
    for section in report.sections:
        doc.add_heading(cell_text(say(section.heading, lang)).rstrip(":"), level=level)
        for line in section.lines:
            doc.add_paragraph(cell_text(say(line, lang)), style="List Bullet")
    if report.notes:
        doc.add_heading(t("Notes:", lang).rstrip(":"), level=level)
        for note in report.notes:
            doc.add_paragraph(cell_text(say(note, lang)), style="List Bullet")


#: the width a table may take on an A4 page with 2.5 cm margins, in inches: upright and turned
_PAGE_WIDTH = 6.2
_LANDSCAPE_WIDTH = 9.6


def _fit(doc: Any, table: Any, headers: list[str], body: list[list[str]]) -> None:
    """Columns shared out over the page's width by what each must hold on one line (its longest
    figure, and the longest word of its header and its names), every figure kept on one line;
    many columns get smaller type, and a table that cannot fit upright turns the page."""
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.shared import Inches, Pt

    def longest(index: int) -> int:
        words = [len(w) for w in headers[index].split()]
        for row in body:
            cell = row[index].strip()
            words += [len(w) for w in cell.split()] if index == 0 else [len(cell)]
        return max(words, default=1)

    size = 10 if len(headers) <= 6 else 8
    # what each column needs at the least (its margins and its longest line), generously
    needs = [0.2 + longest(i) * size * 0.0085 for i in range(len(headers))]
    section = doc.sections[0]
    turned = section.orientation == WD_ORIENT.LANDSCAPE  # by an earlier table
    if sum(needs) > _PAGE_WIDTH and not turned:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
        turned = True
    room = _LANDSCAPE_WIDTH if turned else _PAGE_WIDTH
    scale = room / sum(needs)  # the page's width shared out as the columns need it
    table.autofit = False
    for index, need in enumerate(needs):
        width = Inches(need * scale)
        table.columns[index].width = width  # the grid (what LibreOffice reads)
        for cell in table.columns[index].cells:  # and each cell (what Word reads)
            cell.width = width
            if index:  # a figure never breaks
                cell._tc.get_or_add_tcPr().append(OxmlElement("w:noWrap"))
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(size)


def _one_line(text: str) -> str:
    """A header on one line (`gereali-\\nseerd` becomes `gerealiseerd`)."""
    return text.replace("-\n", "").replace("\n", " ")


def _repeat_as_header(row: Any) -> None:
    """The table's first row repeats at the top of every page it runs onto."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    properties.append(repeat)


def _link(paragraph: Any, url: str) -> None:
    """A clickable link (python-docx has no call for one: the run goes in a w:hyperlink)."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    relation = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.set(qn("r:id"), relation)
    run = OxmlElement("w:r")
    style = OxmlElement("w:rPr")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "0563C1")
    style.append(colour)
    style.append(underline)
    run.append(style)
    text = OxmlElement("w:t")
    text.text = cell_text(url)
    run.append(text)
    hyperlink.append(run)
    paragraph._p.append(hyperlink)
