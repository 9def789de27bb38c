"""Alembic migrations of the FieldKit schema (run through fieldkit.store.migrate)."""
