"""The layering of DESIGN.md, checked rather than hoped for: only the UI touches
Qt widgets, and the headless layers import downwards only."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    lint_imports = shutil.which("lint-imports")
    if lint_imports is None:
        pytest.fail("import-linter is part of the test extra; install it with '.[test]'")
    result = subprocess.run(
        [lint_imports, "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
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
