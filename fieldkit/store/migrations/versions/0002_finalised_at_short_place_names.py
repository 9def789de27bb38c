"""meetings record when they were finalised; search indexes municipalities by
their short names

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 16:00:00

The column meeting.finalised_at was for a while added to 0001 itself, so
files made then say 0001 and have it: it is added only where it is missing.

Revision 0001 indexed every record with its municipality's full name ("Šiaulių
rajono savivaldybė"), so "savivaldybė" and "rajono" stood in nearly every
document and a search for them, or for the first letters of a word, ranked
tens of thousands of rows. From here on the index holds the name a coordinator
types: the town ("Birštono", "Akmenės"), with "r." or "m." only where a city and
a district share it ("Šiaulių r.", "Vilniaus m."), and phone numbers as dialled
inside Lithuania, digits only. The triggers of 0001 are replaced and the index
is rebuilt.

This file keeps its own copy of the search definitions (0001's too, for the
downgrade): a migration must not change when later code does.
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # For a while this column was (wrongly) part of 0001, so files that say 0001
    # may have it already. A nullable column needs no table rebuild: SQLite adds
    # it in place, and the meeting table's triggers stay as they are.
    meeting = sa.inspect(op.get_bind()).get_columns('meeting')
    if 'finalised_at' not in {column['name'] for column in meeting}:
        op.add_column('meeting', sa.Column('finalised_at', sa.String(length=27), nullable=True))
    _drop_search()
    op.execute(_PLACE_VIEW)
    _create_search(_MUNICIPALITY_0002, _PHONE_0002)


def downgrade() -> None:
    _drop_search()
    op.execute("DROP VIEW IF EXISTS search_place")
    _create_search(_MUNICIPALITY_0001, _PHONE_0001)
    op.execute("ALTER TABLE meeting DROP COLUMN finalised_at")


# --- Full-text search --------------------------------------------------------
# As in 0001: one FTS5 table over meetings, problems, contacts and organisations,
# kept in step by triggers; search_doc gives each record a stable integer rowid.

#: The short name of each municipality, derived from municipality.short_lt
#: ("Šiaulių r. sav."): without "sav.", and without "r."/"m." unless a city and a
#: district share the town's name. A view, so that reference data loaded after
#: this migration (a new file gets it after the schema) is read as it is.
_PLACE_VIEW = """
CREATE VIEW search_place (id, name) AS
SELECT m.id,
    CASE
        WHEN m.short_lt LIKE '% r. sav.' AND NOT EXISTS (
            SELECT 1 FROM municipality o
            WHERE o.short_lt = substr(m.short_lt, 1, length(m.short_lt) - 8) || ' m. sav.')
        THEN substr(m.short_lt, 1, length(m.short_lt) - 8)
        WHEN m.short_lt LIKE '% m. sav.' AND NOT EXISTS (
            SELECT 1 FROM municipality o
            WHERE o.short_lt = substr(m.short_lt, 1, length(m.short_lt) - 8) || ' r. sav.')
        THEN substr(m.short_lt, 1, length(m.short_lt) - 8)
        WHEN m.short_lt LIKE '% sav.' THEN substr(m.short_lt, 1, length(m.short_lt) - 5)
        ELSE m.short_lt
    END
FROM municipality m
"""

_MUNICIPALITY_0001 = "coalesce((SELECT name_lt FROM municipality WHERE id = t.municipality_id), '')"
_MUNICIPALITY_0002 = "coalesce((SELECT name FROM search_place WHERE id = t.municipality_id), '')"

_FTS_TABLE = """CREATE VIRTUAL TABLE search_fts USING fts5(
            kind UNINDEXED, title, body,
            tokenize = 'unicode61 remove_diacritics 2')"""


def _reindex(kind: str, table: str, where: str, title: str, body: str) -> str:
    """Statements that re-index every `table` row `t` matching `where`."""
    return f"""
    INSERT OR IGNORE INTO search_doc (kind, ref_id)
        SELECT '{kind}', t.id FROM {table} t WHERE {where};
    DELETE FROM search_fts WHERE rowid IN (
        SELECT d.doc_id FROM search_doc d JOIN {table} t ON d.kind = '{kind}' AND d.ref_id = t.id
        WHERE {where});
    INSERT INTO search_fts (rowid, kind, title, body)
        SELECT d.doc_id, '{kind}', {title}, {body}
        FROM {table} t JOIN search_doc d ON d.kind = '{kind}' AND d.ref_id = t.id
        WHERE ({where}) AND t.deleted = 0;"""


# A phone number as it is dialled inside Lithuania, digits only: "+370 612 34567"
# and "8 612 34567" both index as "61234567", so the country code is not a word
# in every contact (a search for "370" matched them all) and "612" finds both.
_PHONE_0001 = "t.phone"
_PHONE_0002 = (
    "ltrim(replace(replace(replace(replace(replace(t.phone, '+370', ''), '00370', ''),"
    " ' ', ''), '-', ''), '.', ''), '8')"
)


def _documents(municipality: str, phone: str) -> dict[str, tuple[str, str, str]]:
    return {
        "meeting": (
            "meeting",
            "t.title",
            f"""{municipality} || ' ' ||
        coalesce((SELECT name FROM library WHERE id = t.library_id), '') || ' ' ||
        t.place || ' ' || t.purpose || ' ' ||
        coalesce((SELECT group_concat(a.title || ' ' || a.notes, ' ') FROM agenda_item a
                  WHERE a.meeting_id = t.id AND a.deleted = 0), '') || ' ' ||
        coalesce((SELECT group_concat(x.text, ' ') FROM decision x
                  WHERE x.meeting_id = t.id AND x.deleted = 0), '')""",
        ),
        "problem": (
            "problem",
            "t.title",
            f"""t.description || ' ' || t.affected_groups || ' ' || {municipality} || ' ' ||
        coalesce((SELECT group_concat(i.text, ' ') FROM idea i
                  WHERE i.problem_id = t.id AND i.deleted = 0), '')""",
        ),
        "contact": (
            "contact",
            "t.first_name || ' ' || t.last_name",
            f"""t.role || ' ' || t.email || ' ' || {phone} || ' ' || t.notes || ' ' || t.tags
        || ' ' || coalesce((SELECT name FROM organization WHERE id = t.organization_id), '')
        || ' ' || {municipality}""",
        ),
        "organization": (
            "organization",
            "t.name",
            f"t.address || ' ' || t.website || ' ' || t.notes || ' ' || {municipality}",
        ),
    }


def _unindex(kind: str, ref: str) -> str:
    return f"""
    DELETE FROM search_fts WHERE rowid IN (
        SELECT doc_id FROM search_doc WHERE kind = '{kind}' AND ref_id = {ref});
    DELETE FROM search_doc WHERE kind = '{kind}' AND ref_id = {ref};"""


# (trigger table, the kind to re-index, how to find the rows from NEW/OLD)
_DEPENDENTS = [
    ("meeting", "meeting", ["t.id = NEW.id"]),
    ("agenda_item", "meeting", ["t.id = NEW.meeting_id", "t.id = OLD.meeting_id"]),
    ("decision", "meeting", ["t.id = NEW.meeting_id", "t.id = OLD.meeting_id"]),
    ("problem", "problem", ["t.id = NEW.id"]),
    ("idea", "problem", ["t.id = NEW.problem_id", "t.id = OLD.problem_id"]),
    ("contact", "contact", ["t.id = NEW.id"]),
    ("organization", "organization", ["t.id = NEW.id"]),
    ("organization", "contact", ["t.organization_id = NEW.id"]),
    ("library", "meeting", ["t.library_id = NEW.id"]),
]

_TRIGGER_TABLES = list(dict.fromkeys(t for t, _, _ in _DEPENDENTS))
_TRIGGERS = [
    f"search_{table}_{event}"
    for table in _TRIGGER_TABLES
    for event in ("insert", "update", "delete")
]


def _triggers(municipality: str, phone: str) -> list[str]:
    documents = _documents(municipality, phone)

    def document(kind: str, where: str) -> str:
        table, title, body = documents[kind]
        return _reindex(kind, table, where, title, body)

    statements = []
    for table in _TRIGGER_TABLES:
        dependents = [(kind, wheres) for t, kind, wheres in _DEPENDENTS if t == table]
        on_insert = "".join(document(kind, wheres[0]) for kind, wheres in dependents)
        on_update = on_insert + "".join(
            document(kind, wheres[1]) for kind, wheres in dependents if len(wheres) > 1
        )
        on_delete = "".join(
            _unindex(kind, "OLD.id")
            if wheres[0] == "t.id = NEW.id"
            else document(kind, wheres[0].replace("NEW.", "OLD."))
            for kind, wheres in dependents
        )
        for event, body in (("INSERT", on_insert), ("UPDATE", on_update), ("DELETE", on_delete)):
            name = f"search_{table}_{event.lower()}"
            statements.append(f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN{body}\nEND")
    return statements


def _drop_search() -> None:
    """Drop the triggers and the FTS table (faster than deleting every row of it);
    search_doc stays, so every record keeps its rowid."""
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS search_fts")
    op.execute(_FTS_TABLE)


def _create_search(municipality: str, phone: str) -> None:
    """The triggers, then the whole index in one statement per kind."""
    for statement in _triggers(municipality, phone):
        op.execute(statement)
    for kind, (table, title, body) in _documents(municipality, phone).items():
        op.execute(
            f"INSERT OR IGNORE INTO search_doc (kind, ref_id) SELECT '{kind}', t.id FROM {table} t"
        )
        op.execute(
            f"""INSERT INTO search_fts (rowid, kind, title, body)
            SELECT d.doc_id, '{kind}', {title}, {body}
            FROM {table} t JOIN search_doc d ON d.kind = '{kind}' AND d.ref_id = t.id
            WHERE t.deleted = 0"""
        )
