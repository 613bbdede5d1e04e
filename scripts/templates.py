"""The report page's template compiled to the Python module the program loads.

    uv run python scripts/templates.py    # after editing src/banencalc/render/templates/*.j2

Jinja2 compiles a template to Python on every load from source (about 20 ms of a `report` run);
the compiled module ships beside the template instead. tests/report/test_report.py fails when
it is not what the template compiles to now.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from banencalc.render.html import COMPILED, page_environment


def compile_into(target: Path) -> None:
    page_environment(compiled=False).compile_templates(str(target), extensions=["j2"], zip=None)


def main() -> None:
    with tempfile.TemporaryDirectory() as fresh:
        compile_into(Path(fresh))
        shutil.rmtree(COMPILED, ignore_errors=True)
        shutil.copytree(fresh, COMPILED)
    print(f"wrote {COMPILED}")


if __name__ == "__main__":
    main()
