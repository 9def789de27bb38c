"""Keep the translations in step with the source.

    python tools/translations.py update    # re-scan the sources into the .ts files
    python tools/translations.py release   # compile the .ts files into .qm files

Source strings are English. resources/translations/fieldkit_lt.ts holds every
string in Lithuanian; fieldkit_en.ts holds only the plural forms ("%n change(s)"
→ "1 change", "2 changes"). Translators edit the .ts files (Qt Linguist or any
editor); `release` then rebuilds the .qm files the application loads. The tests
fail when either step was forgotten.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
#: Where user-visible strings live: the window, and the headless layers' error
#: messages and labels marked with QT_TRANSLATE_NOOP.
SOURCES = ("fieldkit",)
TARGETS = {"lt": ("lt_LT", False), "en": ("en_GB", True)}  # language: (locale, plurals only)


def tool(name: str) -> str:
    """A Qt tool beside this interpreter (the venv), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is missing; it comes with PySide6 (pip install '.[test]').")
    return found


def source_files() -> list[str]:
    files = []
    for folder in SOURCES:
        files += sorted(str(p.relative_to(ROOT)) for p in (ROOT / folder).rglob("*.py"))
    return files


def ts_file(language: str) -> Path:
    return FOLDER / f"fieldkit_{language}.ts"


def qm_file(language: str) -> Path:
    return FOLDER / f"fieldkit_{language}.qm"


def update(target_folder: Path = FOLDER) -> None:
    """Scan the sources into the .ts files, keeping existing translations."""
    target_folder.mkdir(parents=True, exist_ok=True)
    for language, (locale, plurals_only) in TARGETS.items():
        target = target_folder / f"fieldkit_{language}.ts"
        command = [
            tool("pyside6-lupdate"),
            *source_files(),
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en_GB",
            "-target-language",
            locale,
            "-ts",
            str(target),
        ]
        if plurals_only:
            command.insert(-2, "-pluralonly")
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True)


def release(source_folder: Path = FOLDER, target_folder: Path = FOLDER) -> None:
    for language in TARGETS:
        subprocess.run(
            [
                tool("pyside6-lrelease"),
                "-silent",
                str(source_folder / f"fieldkit_{language}.ts"),
                "-qm",
                str(target_folder / f"fieldkit_{language}.qm"),
            ],
            check=True,
            capture_output=True,
        )


if __name__ == "__main__":
    verbs = {"update": update, "release": release}
    if sys.argv[1:2] not in ([v] for v in verbs):
        raise SystemExit(__doc__)
    verbs[sys.argv[1]]()
