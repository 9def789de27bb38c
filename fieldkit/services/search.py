"""Search everything the coordinators recorded, diacritics optional."""

from __future__ import annotations

from fieldkit.store import Store
from fieldkit.store.search import SearchHit, search

__all__ = ["SearchHit", "search_everything"]


def search_everything(store: Store, text: str, limit: int = 50) -> list[SearchHit]:
    """Best matches first across meetings, problems, contacts and organisations."""
    with store.read() as session:
        return search(session, text, limit)
