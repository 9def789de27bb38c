"""Languages: Lithuanian first, English second. Source strings are English; the
Lithuanian translation ships as resources/translations/fieldkit_lt.qm (compiled
from the .ts beside it), with Qt's own translations for standard buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from fieldkit.paths import resource
from fieldkit.ui.settings import LANGUAGE, app_settings

LANGUAGES = ("lt", "en")
_installed: list[QTranslator] = []


def chosen_language() -> str:
    """The language from the settings, else Lithuanian where the system speaks it,
    else English."""
    saved = str(app_settings().value(LANGUAGE, "") or "")
    if saved in LANGUAGES:
        return saved
    system = QLocale.system().language()
    return "lt" if system == QLocale.Language.Lithuanian else "en"


def translation_file(language: str) -> str:
    return str(resource("translations", f"fieldkit_{language}.qm"))


def install_language(language: str) -> str:
    """Load the translators for `language` (replacing any loaded before) and make
    its locale the default for dates and numbers. Returns the language in use."""
    app = QCoreApplication.instance()
    assert app is not None, "install_language needs a QApplication"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = "en"
    QLocale.setDefault(QLocale("lt_LT" if language == "lt" else "en_GB"))
    # English has a file too: its plural forms ("1 change", "2 changes").
    ours = QTranslator(app)
    if ours.load(translation_file(language)):
        app.installTranslator(ours)
        _installed.append(ours)
    if language == "en":
        return language
    # Qt's own words (OK, Cancel, the file dialog): Qt ships no qtbase_lt, only the
    # older all-in-one qt_lt, so that is the fallback.
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in (f"qtbase_{language}", f"qt_{language}"):
        qt_base = QTranslator(app)
        if qt_base.load(name, qt_path):
            app.installTranslator(qt_base)
            _installed.append(qt_base)
            break
    return language
