"""The window's words for a typed error: its template translated, then filled in.

The headless layers raise errors holding an English template marked with
QT_TRANSLATE_NOOP("Errors", ...) and its parameters; only here, when the sentence
is shown, is it translated (into the language installed at that moment)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from fieldkit.errors import FieldKitError, Sentence

log = logging.getLogger(__name__)


def user_message(error: FieldKitError | Sentence) -> str:
    """The error (or a sentence kept in the history) in the user's language."""
    translated = QCoreApplication.translate("Errors", error.template)
    try:
        return translated.format(**error.params)
    except (KeyError, IndexError, ValueError):
        # A translation that names a placeholder wrongly: the English is still right.
        log.warning("the translation of %r does not fit its parameters", error.template)
        return str(error)
