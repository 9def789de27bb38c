"""Counties, municipalities and their central libraries from
resources/reference/municipalities.json: the same rows on every replica."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection

from fieldkit.model import derived_id
from fieldkit.paths import resource
from fieldkit.store import schema

#: Reference libraries carry a fixed creation time, so every replica holds
#: byte-identical rows (and `export json` agrees) until a user edits one.
REFERENCE_TIME = "2026-01-01T00:00:00.000000Z"


def read_reference() -> dict[str, Any]:
    with resource("reference", "municipalities.json").open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def central_library_id(municipality_id: str) -> str:
    return derived_id("central-library", municipality_id)


def load_reference_data(connection: Connection) -> None:
    """Upsert the reference rows. Libraries are only inserted, never overwritten:
    a coordinator's correction of an address must survive a FieldKit update."""
    data = read_reference()
    if data.get("version") != schema.REFERENCE_VERSION:
        raise RuntimeError("reference data version does not match this FieldKit")
    connection.exec_driver_sql(
        "INSERT INTO county (id, name_lt, name_en) VALUES (?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET name_lt = excluded.name_lt, name_en = excluded.name_en",
        [(c["id"], c["name_lt"], c["name_en"]) for c in data["counties"]],
    )
    connection.exec_driver_sql(
        "INSERT INTO municipality (id, county_id, name_lt, short_lt, name_en, centre) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
        "county_id = excluded.county_id, name_lt = excluded.name_lt, "
        "short_lt = excluded.short_lt, name_en = excluded.name_en, centre = excluded.centre",
        [
            (m["id"], m["county_id"], m["name_lt"], m["short_lt"], m["name_en"], m["centre"])
            for m in data["municipalities"]
        ],
    )
    connection.exec_driver_sql(
        "INSERT OR IGNORE INTO library (id, created_at, updated_at, deleted, name, "
        "municipality_id, kind, address, phone, email, website) "
        "VALUES (?, ?, ?, 0, ?, ?, 'central', ?, '', '', '')",
        [
            (
                central_library_id(m["id"]),
                REFERENCE_TIME,
                REFERENCE_TIME,
                m["library"]["name"],
                m["id"],
                m["library"]["address"],
            )
            for m in data["municipalities"]
        ],
    )
    connection.exec_driver_sql(
        "INSERT INTO meta (key, value) VALUES ('reference_version', ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (str(schema.REFERENCE_VERSION),),
    )
