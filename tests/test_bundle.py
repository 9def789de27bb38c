"""The desktop bundle (build_installer.spec) is built with PyInstaller and proves
itself: `fieldkit-cli selftest` and `--version` run from it with a clean
environment (no PYTHONPATH, a fresh HOME, outside the source tree, no screen). It
takes a minute or two, so it is marked slow; CI runs it all the same."""

from __future__ import annotations

import ast
import inspect
import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from fieldkit import __version__

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_installer.spec"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""

pytestmark = pytest.mark.slow


@dataclass(frozen=True)
class Bundle:
    folder: Path  # dist/FieldKit
    work: Path  # PyInstaller's build folder
    home: Path  # the clean HOME the bundle runs with

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = {
            "PATH": os.pathsep.join(p for p in ("/usr/bin", "/bin") if Path(p).is_dir()),
            "HOME": str(self.home),
            "QT_QPA_PLATFORM": "offscreen",
        }
        if sys.platform == "win32":
            env.update(SYSTEMROOT=os.environ["SYSTEMROOT"], USERPROFILE=str(self.home))
        return subprocess.run(
            [str(self.folder / f"fieldkit-cli{EXE_SUFFIX}"), *args],
            cwd=self.home,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=180,
        )


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    base = tmp_path_factory.mktemp("bundle")
    dist, work, home = base / "dist", base / "work", base / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
        ],
        cwd=base,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-6000:]
    return Bundle(dist / "FieldKit", work, home)


def test_selftest_passes_inside_the_bundle(bundle: Bundle) -> None:
    result = bundle.run("selftest")

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"FieldKit {__version__} self-test") and " bundle " in lines[0]
    assert re.fullmatch(r"All \d+ checks passed\.", lines[-1])
    assert not [line for line in lines if line.startswith(("FAIL", "SKIP"))]
    # everything was read from the bundle, nothing from the source tree
    resources = next(line for line in lines if line.startswith("ok   resources:"))
    assert str(bundle.folder) in resources and str(ROOT / "resources") not in resources
    # and nothing was written to the user's home (the run's files were temporary)
    assert not [p for p in bundle.home.rglob("*") if "fontconfig" not in p.parts]


def test_version_from_the_bundle(bundle: Bundle) -> None:
    result = bundle.run("--version")

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"FieldKit {__version__}"


def test_the_bundle_has_both_executables_and_only_the_qt_it_uses(bundle: Bundle) -> None:
    assert (bundle.folder / f"FieldKit{EXE_SUFFIX}").is_file()
    internal = bundle.folder / "_internal"
    used = set()
    for source in (ROOT / "fieldkit").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", source.read_text("utf-8")))
    shipped = {path.name.split(".")[0] for path in (internal / "PySide6").glob("Qt*.*")}
    assert {"QtCore", "QtGui", "QtWidgets"} <= shipped <= used | {"QtCore", "QtGui", "QtWidgets"}
    for unwanted in ("numpy", "tkinter", "pytest", "hypothesis", "pypdf", "PyInstaller"):
        assert not (internal / unwanted).exists(), unwanted
    qt_translations = {
        path.stem.rsplit("_", 1)[1] for path in internal.rglob("PySide6/Qt/translations/*.qm")
    }
    assert qt_translations <= {"lt", "en"}
    assert not list(internal.rglob("*.ts"))  # translators' sources stay at home


def test_windows_version_information_comes_from_the_package_version(bundle: Bundle) -> None:
    """Written on every platform (and used on Windows), so Linux CI checks that it is
    an expression of PyInstaller's version-info classes, with their very parameter
    names (read from PyInstaller's source: importing it needs pefile, on Windows
    only), and that it carries fieldkit.__version__."""
    import PyInstaller.utils.win32

    source = Path(PyInstaller.utils.win32.__file__).with_name("versioninfo.py")
    found: dict[str, list[inspect.BoundArguments]] = {}

    def stub(class_: ast.ClassDef) -> Callable[..., inspect.BoundArguments]:
        init = next(
            f for f in class_.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"
        )
        signature = inspect.Signature(
            [
                inspect.Parameter(a.arg, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=None)
                for a in init.args.args[1:]
            ]
        )

        def make(*args: object, **kwargs: object) -> inspect.BoundArguments:
            bound = signature.bind(*args, **kwargs)
            found.setdefault(class_.name, []).append(bound)
            return bound

        return make

    classes = {
        node.name: stub(node)
        for node in ast.parse(source.read_text("utf-8")).body
        if isinstance(node, ast.ClassDef)
    }
    (version_file,) = bundle.work.rglob("fieldkit-version-info.txt")
    eval(version_file.read_text("utf-8"), {"__builtins__": {}, **classes})

    strings = {s.arguments["name"]: s.arguments["val"] for s in found["StringStruct"]}
    assert strings["ProductVersion"] == strings["FileVersion"] == __version__
    assert strings["OriginalFilename"] == "FieldKit.exe"
    numbers = tuple(int(n) for n in re.findall(r"\d+", __version__))[:4]
    (fixed,) = found["FixedFileInfo"]
    assert fixed.arguments["filevers"][: len(numbers)] == numbers
    assert len(found["VSVersionInfo"]) == 1
