"""The window says a typed error in the language installed: the template is
translated first, then filled in with the error's parameters."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from fieldkit.errors import QT_TRANSLATE_NOOP, NotFound
from fieldkit.services.records import NO_MEETING
from fieldkit.ui.errors import user_message
from fieldkit.ui.ops import Runner

BROKEN = QT_TRANSLATE_NOOP("Errors", "There is no problem with id {record_id}.")
TRANSLATIONS = {
    NO_MEETING: "Susitikimo su id {record_id} nėra.",
    BROKEN: "Problemos su id {id} nėra.",  # a translator's slip: the wrong placeholder
}


def lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        pytest.fail("pyside6-lrelease is missing; it comes with PySide6")
    return found


@pytest.fixture
def lithuanian_errors(qapp: object, tmp_path: Path) -> Iterator[None]:
    messages = "".join(
        f"<message><source>{escape(source)}</source>"
        f"<translation>{escape(text)}</translation></message>"
        for source, text in TRANSLATIONS.items()
    )
    ts = tmp_path / "errors_lt.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        '<TS version="2.1" language="lt_LT"><context><name>Errors</name>'
        f"{messages}</context></TS>",
        encoding="utf-8",
    )
    qm = tmp_path / "errors_lt.qm"
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_error_is_said_in_the_language_installed(lithuanian_errors: None) -> None:
    error = NotFound(NO_MEETING, record_id="m-42")
    assert user_message(error) == "Susitikimo su id m-42 nėra."
    assert str(error) == "There is no meeting with id m-42."  # the CLI's English


def test_a_translation_that_does_not_fit_falls_back_to_english(lithuanian_errors: None) -> None:
    error = NotFound(BROKEN, record_id="p-7")
    assert user_message(error) == "There is no problem with id p-7."


def test_an_untranslated_error_is_said_in_english(lithuanian_errors: None) -> None:
    error = NotFound(
        QT_TRANSLATE_NOOP("Errors", "There is no idea with id {record_id}."), record_id="i-1"
    )
    assert user_message(error) == "There is no idea with id i-1."


def test_the_runner_reports_a_refusal_translated(qtbot: QtBot, lithuanian_errors: None) -> None:
    runner = Runner()

    def refuse() -> None:
        raise NotFound(NO_MEETING, record_id="m-1")

    try:
        with qtbot.waitSignal(runner.failed) as failed:
            runner.run(refuse)
        assert failed.args == ["Susitikimo su id m-1 nėra."]
    finally:
        runner.shutdown()
