"""Queries over the FTS5 index that the schema's triggers keep in step."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

#: A word for the index: letters and digits in any script, so "Šiaulių" stays whole.
WORD = re.compile(r"\w+", re.UNICODE)

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


def match_expression(user_text: str) -> str | None:
    """The user's words as an FTS5 query: every word must appear, each as a prefix.
    Words are quoted, so FTS5 operators typed by the user are taken literally."""
    words = WORD.findall(user_text)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


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
