"""Lithuanian alphabetical order, the one way FieldKit sorts names and titles.

Plain text order puts Č, Š, Ž after Z; the alphabet is A Ą B C Č D E Ę Ė F G H
I Į Y J K L M N O P R S Š T U Ų Ū V Z Ž. `lithuanian_order` rewrites each letter
so that plain text order is the alphabet's order, which lets Python sort with it
and SQLite sort with it (the store registers it on every connection as
SQL_FUNCTION, so the database still does the sorting of long lists).
"""

from __future__ import annotations

import unicodedata

#: The name under which every store connection knows `lithuanian_order`.
SQL_FUNCTION = "fk_lt_sort_key"

#: "~" sorts after every ASCII letter, so "a~" (Ą) comes after every "a..." and
#: before "b"; Y goes after Į.
_LETTERS = {
    "ą": "a~",
    "č": "c~",
    "ę": "e~",
    "ė": "e~~",
    "į": "i~",
    "y": "i~~",
    "š": "s~",
    "ų": "u~",
    "ū": "u~~",
    "ž": "z~",
}
_TABLE = str.maketrans(_LETTERS)

#: Separates the columns of a key over several values (sorts before any text).
_SEPARATOR = "\x01"

_keys: dict[str, str] = {}


def _fold(value: str | None) -> str:
    """Names repeat a lot (25,000 people share a few hundred names), so each
    distinct value is folded once; the memo is dropped when it grows large."""
    if value is None:
        return ""
    key = _keys.get(value)
    if key is None:
        if len(_keys) > 100_000:
            _keys.clear()
        # NFC first: a name typed on macOS arrives decomposed (S + combining caron)
        key = _keys[value] = unicodedata.normalize("NFC", value).casefold().translate(_TABLE)
    return key


def lithuanian_order(*values: str | None) -> str:
    """A sort key in Lithuanian alphabetical order, case ignored, over one text or
    several (most significant first: last name, then first name); None sorts as
    empty text."""
    # One call per row for all of a sort's columns: each call from SQLite into
    # Python costs about a microsecond, more than the folding itself.
    if len(values) == 1:
        return _fold(values[0])
    return _SEPARATOR.join(map(_fold, values))


def clear_memo() -> None:
    """Forget the folded values (benchmarks that must sort from cold)."""
    _keys.clear()
