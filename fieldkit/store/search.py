"""Queries over the FTS5 index that the schema's triggers keep in step."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

#: A word of the user's text once its marks are gone: letters and digits in any
#: script (the index's unicode61 tokenizer splits at everything else, "_" too).
WORD = re.compile(r"[^\W_]+")

SEARCH_SQL = text(
    """
    SELECT d.kind, d.ref_id, f.title,
           snippet(search_fts, 2, '[', ']', '…', 12) AS snippet,
           bm25(search_fts, 0.0, 10.0, 1.0) AS score
    FROM search_fts f JOIN search_doc d ON d.doc_id = f.rowid
    WHERE search_fts MATCH :query
    ORDER BY score
    LIMIT :limit
    """
)


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str  # meeting, problem, contact, organization
    ref_id: str
    title: str
    snippet: str
    score: float


#: The combining diacritics that decomposed Latin (and Greek, Cyrillic) letters
#: carry: ˇ ˛ ˙ ¯ of š ą ė ū and the rest. Other marks (an Indic vowel sign) are
#: not dropped, and separate words as they do in the index.
DIACRITICS = re.compile("[\u0300-\u036f]+")


def words_of(user_text: str) -> list[str]:
    """The user's words without their diacritics, however the text was composed:
    "Šiaulių" typed on macOS arrives decomposed (S + combining caron ...), and a
    combining mark is no letter, so the marks go before the text is split. The
    index folds its side the same way (unicode61 remove_diacritics 2)."""
    bare = DIACRITICS.sub("", unicodedata.normalize("NFKD", user_text))
    # recompose the rest (Hangul syllables decompose into letters of their own)
    return WORD.findall(unicodedata.normalize("NFC", bare))


#: The shortest word searched as the start of longer words.
MIN_PREFIX = 3


def match_expression(user_text: str) -> str | None:
    """The user's words as an FTS5 query: every word must appear, each as a prefix
    once it has MIN_PREFIX letters; a shorter word stands for itself. As prefixes,
    "s" or "pa" would match a third of the index (and rank it all) at the first
    keystrokes. Words are quoted, so FTS5 operators typed by the user are taken
    literally."""
    words = words_of(user_text)
    if not words:
        return None
    return " ".join(f'"{word}"*' if len(word) >= MIN_PREFIX else f'"{word}"' for word in words)


def search(session: Session, user_text: str, limit: int = 50) -> list[SearchHit]:
    query = match_expression(user_text)
    if query is None:
        return []
    rows = session.execute(SEARCH_SQL, {"query": query, "limit": limit}).all()
    return [SearchHit(row[0], row[1], row[2], row[3], float(row[4])) for row in rows]


def rebuild(session: Session) -> None:
    """Re-index everything (after a repair): touching each row fires its trigger.
    These are plain SQL updates, so nothing is written to the change log."""
    session.execute(text("DELETE FROM search_fts"))
    session.execute(text("DELETE FROM search_doc"))
    for table in ("meeting", "problem", "contact", "organization"):
        session.execute(text(f"UPDATE {table} SET deleted = deleted"))
