"""Languages: every visible string has its Lithuanian, the compiled files are the
ones the sources give, and the window speaks Lithuanian when asked to."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from fieldkit.store import open_store
from fieldkit.ui.i18n import chosen_language, install_language
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.settings import LANGUAGE, app_settings
from tests.ui.conftest import settle

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402

FORMS = {"lt": 3, "en": 2}  # plural forms Qt uses for each language


def messages(ts: Path) -> Iterator[ElementTree.Element]:
    yield from ElementTree.parse(ts).getroot().iter("message")


def test_the_translation_sources_are_up_to_date(tmp_path: Path) -> None:
    """Fails when a string was added or changed without `tools/translations.py
    update` (the new string would show in English in the Lithuanian window)."""
    for language in translations.TARGETS:
        shutil.copy(translations.ts_file(language), tmp_path)
    translations.update(tmp_path)
    for language in translations.TARGETS:
        fresh = (tmp_path / f"fieldkit_{language}.ts").read_text(encoding="utf-8")
        committed = translations.ts_file(language).read_text(encoding="utf-8")
        assert fresh == committed, (
            f"fieldkit_{language}.ts is stale: run `python tools/translations.py update`, "
            "translate what is new, then `python tools/translations.py release`"
        )


@pytest.mark.parametrize("language", list(FORMS))
def test_every_string_is_translated(language: str) -> None:
    missing = []
    for message in messages(translations.ts_file(language)):
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            done = len(forms) == FORMS[language] and all(forms)
        else:
            done = bool(translation.text)
        if translation.get("type") or not done:
            missing.append(source)
    assert missing == [], f"untranslated in {language}: {missing}"


def test_the_compiled_files_match_their_sources(tmp_path: Path) -> None:
    translations.release(translations.FOLDER, tmp_path)
    for language in translations.TARGETS:
        fresh = (tmp_path / f"fieldkit_{language}.qm").read_bytes()
        assert fresh == translations.qm_file(language).read_bytes(), (
            f"fieldkit_{language}.qm is stale: run `python tools/translations.py release`"
        )


def test_the_window_speaks_lithuanian(qtbot: QtBot, db_path: Path) -> None:
    install_language("lt")
    try:
        with open_store(db_path) as store:
            window = MainWindow(store)
            qtbot.addWidget(window)
            window.show()
            settle(window)
            labels = [window.navigation.item(r).text() for r in range(window.navigation.count())]
            assert labels[0] == "Susitikimai"
            assert window.sync_label.text() == "Sinchronizavimas nenustatytas"
            window.close()
            window.runner.shutdown()
    finally:
        install_language("en")


def test_the_language_is_chosen_in_the_settings(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    lithuanian = window.findChild(type(window.language_actions.actions()[0]), "language-lt")
    lithuanian.trigger()
    assert app_settings().value(LANGUAGE) == "lt"
    assert chosen_language() == "lt"
    assert told and "next time" in told[0]


def test_qt_standard_buttons_speak_lithuanian(qtbot: QtBot) -> None:
    """Qt 6 ships no Lithuanian for its own buttons; FieldKit's file carries them."""
    from PySide6.QtWidgets import QDialogButtonBox

    from fieldkit.ui.i18n import install_language

    install_language("lt")
    try:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        qtbot.addWidget(buttons)
        assert {b.text() for b in buttons.buttons()} == {"Gerai", "Atsisakyti"}
    finally:
        install_language("en")
