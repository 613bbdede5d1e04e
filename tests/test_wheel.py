"""The built wheel carries its data: install it into a clean venv and run it from elsewhere."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sysconfig
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # run in CI; `pytest -m 'not slow'` leaves it out locally

ROOT = Path(__file__).resolve().parent.parent
UV = shutil.which("uv")


@pytest.mark.skipif(UV is None, reason="needs uv to build the wheel and make a venv")
def test_wheel_in_a_clean_venv(tmp_path: Path) -> None:
    assert UV is not None
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("BANENCALC_DATA", "VIRTUAL_ENV", "UV_PROJECT_ENVIRONMENT")
    }
    dist = tmp_path / "dist"
    subprocess.run(
        [UV, "build", "--wheel", "--out-dir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
        env=env,
    )
    wheel = next(dist.glob("banencalc-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([UV, "venv", "--quiet", str(venv)], check=True, env=env)
    # Offline: the dependencies are borrowed from this environment through a .pth line (a path
    # added that way has its own .pth files ignored, so this checkout's editable install stays
    # out); the wheel itself is installed into the new venv, ahead of them on sys.path.
    site_packages = next((venv / "lib").glob("python*/site-packages"))
    (site_packages / "borrowed_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [
            UV,
            "pip",
            "install",
            "--quiet",
            "--offline",
            "--no-deps",
            "--python",
            str(venv / "bin" / "python"),
            str(wheel),
        ],
        check=True,
        env=env,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [str(venv / "bin" / "banencalc"), "status", "--year", "2020", "--format", "json"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["rows"][-1]["realised"] == 66097
    dutch = subprocess.run(
        [str(venv / "bin" / "banencalc"), "status", "--year", "2020", "--lang", "nl"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert "Marktsector" in dutch.stdout, "the wheel ships the compiled Dutch catalogue"
    data_dir = subprocess.run(
        [
            str(venv / "bin" / "python"),
            "-c",
            "import banencalc; print(banencalc.bundled_data_dir())",
        ],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    assert str(venv) in data_dir.stdout  # inside the installed package, not this checkout
