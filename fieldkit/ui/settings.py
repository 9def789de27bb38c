"""The window's own settings (language, geometry), in an INI file in FieldKit's data
folder: FIELDKIT_DATA_DIR moves it with everything else, and nothing goes to the
Windows registry that a support person could not find."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from fieldkit.paths import data_dir

LANGUAGE = "ui/language"  # "lt", "en" or "" (follow the system)
GEOMETRY = "window/geometry"
STATE = "window/state"


def app_settings() -> QSettings:
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
