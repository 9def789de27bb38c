"""The layering of DESIGN.md, checked rather than hoped for: only the UI touches
Qt widgets, and the headless layers import downwards only."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    # beside this interpreter, not on PATH: `.venv/bin/python -m pytest` does not
    # put .venv/bin on PATH
    lint_imports = Path(sys.executable).with_name("lint-imports")
    if not lint_imports.exists():
        pytest.fail("import-linter is part of the test extra; install it with '.[test]'")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_command_line_does_not_load_qt_or_heavy_libraries() -> None:
    """`fieldkit search` on a slow laptop should not pay for Qt or reportlab."""
    code = (
        "import sys; from fieldkit import cli; cli.build_parser(); "
        "import fieldkit.services.search, fieldkit.store; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'reportlab', 'openpyxl', 'alembic', 'hypothesis')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "[]"


def test_ci_runs_the_readme_test_command() -> None:
    """The README promises newcomers the command CI runs; keep them the same line."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line for line in ci.splitlines() if "pytest" in line and not line.startswith("#")]
    assert len(commands) == 1
    first_screen = readme.splitlines()[:25]
    assert commands[0] in first_screen


def test_every_package_ships_in_the_wheel() -> None:
    """pyproject.toml lists the packages by hand (resources/ is mapped into the
    wheel); a package missing from the list would be missing from installs."""
    import tomllib

    with (ROOT / "pyproject.toml").open("rb") as handle:
        listed = set(tomllib.load(handle)["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.relative_to(ROOT).parts[:-1])
        for init in (ROOT / "fieldkit").rglob("__init__.py")
    }
    assert found - listed == set()


def test_no_stray_translator_notes() -> None:
    """lupdate turns a `#:` comment into a note for the translator on the next
    translatable string of the file, wherever that is: in such files, plain `#`."""
    import re

    translatable = re.compile(r"\btr\(|QCoreApplication\.translate\(|QT_TRANSLATE_NOOP\(")
    offenders = []
    for path in (ROOT / "fieldkit").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if translatable.search(text):
            offenders += [
                f"{path.relative_to(ROOT)}:{number}"
                for number, line in enumerate(text.splitlines(), 1)
                if line.lstrip().startswith("#:")
            ]
    assert offenders == []
