"""Alembic environment: FieldKit always passes an open connection (see
fieldkit.store.migrate); migrations never open the database themselves."""

from __future__ import annotations

from alembic import context

from fieldkit.model import Base

#: Tables the ORM does not map (search index) are the migrations' own business.
UNMAPPED_TABLES = {"search_doc", "search_fts"}


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    if type_ == "table":
        return name not in UNMAPPED_TABLES and not (name or "").startswith("search_fts_")
    return True


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
