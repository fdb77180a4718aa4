"""Bulk loading on PostgreSQL: COPY, and the indexes and foreign keys set aside while a table is filled."""

import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, FromClause, text
from sqlalchemy.dialects import postgresql

BINARY_TYPES = {
    "VARCHAR": "text",
    "TEXT": "text",
    "SMALLINT": "int2",
    "INTEGER": "int4",
    "BIGINT": "int8",
    "BOOLEAN": "bool",
    "DATE": "date",
    "TIMESTAMP WITH TIME ZONE": "timestamptz",
}


def pg_types(table: FromClause, columns: Sequence[str]) -> tuple[str, ...]:
    """The PostgreSQL type names of the columns, for a binary COPY."""
    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]
    return tuple(BINARY_TYPES[table.c[c].type.compile(dialect=dialect).split("(")[0]] for c in columns)


def copy_rows(
    conn: Connection,
    table: str,
    columns: Sequence[str],
    rows: Iterable[tuple[Any, ...]],
    types: Sequence[str] | None = None,
) -> None:
    """PostgreSQL COPY of plain tuples into `table` (within the connection's transaction); binary when the
    columns' PostgreSQL `types` are given."""
    raw = conn.connection.driver_connection
    assert raw is not None
    binary = " (FORMAT BINARY)" if types else ""
    with raw.cursor() as cursor, cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN{binary}") as copy:
        if types:
            copy.set_types(list(types))
        for row in rows:
            copy.write_row(row)


def plain_indexes(conn: Connection, table: str) -> list[tuple[str, str]]:
    """(name, DDL) of the table's secondary indexes that back no constraint."""
    rows = conn.execute(
        text(
            "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
            "WHERE x.indrelid = CAST(:t AS regclass) AND NOT EXISTS "
            "(SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid) ORDER BY i.relname"
        ),
        {"t": table},
    )
    return [(str(name), str(ddl)) for name, ddl in rows]


def foreign_keys(conn: Connection, table: str) -> list[tuple[str, str]]:
    """(name, definition) of the table's foreign keys."""
    rows = conn.execute(
        text(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE conrelid = CAST(:t AS regclass) AND contype = 'f' ORDER BY conname"
        ),
        {"t": table},
    )
    return [(str(name), str(definition)) for name, definition in rows]


class SetAside:
    """Drops a table's plain indexes and foreign keys for a bulk load and puts them back after it, in the same
    transaction: one sorted build per index and one join per foreign key instead of a lookup per row."""

    def __init__(self, conn: Connection, table: str, out: Callable[[str], None]) -> None:
        self.conn, self.table, self.out = conn, table, out
        self.indexes = plain_indexes(conn, table)
        self.keys = foreign_keys(conn, table)

    def __enter__(self) -> "SetAside":
        for name, _ in self.keys:
            self.conn.execute(text(f'ALTER TABLE {self.table} DROP CONSTRAINT "{name}"'))
        for name, _ in self.indexes:
            self.conn.execute(text(f'DROP INDEX "{name}"'))
        return self

    def __exit__(self, error: object, *rest: object) -> None:
        if error is not None:
            return  # the transaction rolls back and the schema with it
        started = time.perf_counter()
        self.conn.execute(text("SET LOCAL maintenance_work_mem = '512MB'"))
        for _, ddl in self.indexes:
            self.conn.execute(text(ddl))
        built = time.perf_counter()
        for name, definition in self.keys:
            self.conn.execute(text(f'ALTER TABLE {self.table} ADD CONSTRAINT "{name}" {definition}'))
        self.out(
            f"  {self.table}: rebuilt {len(self.indexes)} indexes in {built - started:.1f} s, "
            f"checked {len(self.keys)} foreign keys in {time.perf_counter() - built:.1f} s"
        )
