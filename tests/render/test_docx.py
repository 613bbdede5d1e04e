"""Word documents: every command writes a real .docx with Word's own styles, read back here with
python-docx (and, where LibreOffice is installed, converted to PDF as an office program would)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from ..conftest import RunCli


def _document(run_cli: RunCli, tmp_path: Path, *args: str) -> object:
    out = tmp_path / "memo.docx"
    result = run_cli(*args, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    return Document(str(out))


def test_status_in_dutch_as_a_word_document(run_cli: RunCli, tmp_path: Path) -> None:
    doc = _document(run_cli, tmp_path, "status", "--year", "2023", "--lang", "nl")
    paragraphs = [(p.style.name, p.text) for p in doc.paragraphs]  # type: ignore[attr-defined]
    assert paragraphs[0] == (
        "Heading 1",
        "Banenafspraak 2023: extra banen ten opzichte van het doel (eind van het jaar)",
    )
    (table,) = doc.tables  # type: ignore[attr-defined]
    assert table.style.name == "Table Grid"
    header = [c.text for c in table.rows[0].cells]
    assert header[:3] == ["sector", "doel", "gerealiseerd"]
    total = next(r for r in table.rows if r.cells[0].text == "Totaal")
    assert [c.text for c in total.cells][1:3] == ["105.000", "85.665"]  # Dutch numbers
    assert total.cells[1].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert table.rows[0].cells[0].paragraphs[0].runs[0].bold
    assert ("Heading 2", "Bronnen") in paragraphs
    numbered = [text for style, text in paragraphs if style == "List Number"]
    assert any(text.startswith("[kst-34352-299]") for text in numbered)
    links = doc.part.rels.values()  # type: ignore[attr-defined]
    assert any(r.reltype.endswith("/hyperlink") and "http" in r.target_ref for r in links)
    assert (
        paragraphs[-1][1].startswith("banencalc ")
        and "gegevens: de meegeleverde" in (paragraphs[-1][1])
    )


def test_an_employer_letter_has_its_calculation_path(run_cli: RunCli, tmp_path: Path) -> None:
    doc = _document(
        run_cli, tmp_path, "employer", "--year", "2019", "--paid-hours", "300000",
        "--set", "levy_eur=6000",
    )  # fmt: skip
    texts = [p.text for p in doc.paragraphs]  # type: ignore[attr-defined]
    assert any("Wfsv art 38g" in text for text in texts)  # the steps cite their article
    assert "what-if: --set levy_eur=6000" in texts[-1]


def test_a_wide_table_turns_the_page_and_keeps_figures_whole(
    run_cli: RunCli, tmp_path: Path
) -> None:
    from docx.enum.section import WD_ORIENT

    narrow = _document(run_cli, tmp_path, "status", "--year", "2023")
    page = narrow.sections[0]  # type: ignore[attr-defined]
    assert page.orientation == WD_ORIENT.PORTRAIT and round(page.page_width.mm) == 210
    wide = _document(run_cli, tmp_path, "status", "--year", "2023", "--breakdown")
    page = wide.sections[0]  # type: ignore[attr-defined]
    assert page.orientation == WD_ORIENT.LANDSCAPE and round(page.page_width.mm) == 297
    figure = wide.tables[0].rows[1].cells[1]  # type: ignore[attr-defined]
    assert figure._tc.tcPr.find(qn("w:noWrap")) is not None


def test_a_word_document_never_goes_to_the_terminal(run_cli: RunCli) -> None:
    result = run_cli("status", "--year", "2020", "--format", "docx")
    assert result.exit_code == 2 and "--output NAME.docx" in result.stderr


def test_control_characters_in_the_data_are_written_out(
    run_cli: RunCli, tmp_path: Path, data_copy: Path
) -> None:
    sectors = data_copy / "sectors.yaml"
    text = sectors.read_text(encoding="utf-8")
    sectors.write_text(
        text.replace("name: Market sector", 'name: "Mar\\x1bket"', 1), encoding="utf-8"
    )
    doc = _document(run_cli, tmp_path, "status", "--year", "2020", "--data", str(data_copy))
    cells = [c.text for row in doc.tables[0].rows for c in row.cells]  # type: ignore[attr-defined]
    assert "Mar\\x1bket" in cells


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_it_and_prints_it(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "brief.docx"
    run_cli("employer", "--year", "2019", "--paid-hours", "300000", "--lang", "nl", "-o", str(out))
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = (tmp_path / "brief.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 5_000


def test_the_monitor_as_a_word_document(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "rapport.docx"
    args = ["report", "--year", "2023", "--lang", "nl", "--set", "realised.total.2023=+3000"]
    result = run_cli(*args, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    doc = Document(str(out))
    styled = [(p.style.name if p.style else "", p.text) for p in doc.paragraphs]
    headings = [text for style, text in styled if style.startswith("Heading")]
    assert headings[0] == "Banenafspraak 2023: Totaal"
    assert "uw wijzigingen (--set)" in headings[1]  # the what-if comes right after the title
    assert any(h.startswith("Quotumpercentage") for h in headings)
    sources = [text for style, text in styled if style == "List Number"]
    ids = [text.split("]")[0] for text in sources]
    assert ids and len(ids) == len(set(ids))  # each source once
    assert "wat-als: --set realised.total.2023=+3000" in doc.paragraphs[-1].text
