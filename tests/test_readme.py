"""The README's examples are the real output of today's commands."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_readme_examples_are_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "update_readme.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_readme_library_example_runs_and_gives_what_it_says() -> None:
    """The README's Python block runs as written (its imports included), and every line with a
    `# value` comment evaluates to that value."""
    import ast

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("<!-- library example", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict[str, object] = {}
    statements = ast.parse(block).body
    checked = 0
    lines = block.splitlines()
    for statement in statements:
        source = ast.get_source_segment(block, statement)
        assert source is not None
        last_line = lines[(statement.end_lineno or statement.lineno) - 1]
        if isinstance(statement, ast.Expr) and "  # " in last_line:
            expected = last_line.rsplit("  # ", 1)[1]
            value = eval(compile(ast.Expression(statement.value), "README", "eval"), namespace)
            if not expected.startswith("or "):
                assert repr(value) == expected, source
                checked += 1
        else:
            exec(compile(ast.Module([statement], []), "README", "exec"), namespace)
    assert checked >= 8
