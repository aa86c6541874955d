"""Fast bulk inserts: ``COPY`` on PostgreSQL, ``executemany`` on SQLite, rows as plain tuples.

``bulk_create`` spends most of its time building model instances and compiling SQL per field
and row; an import writes some thirty rows per activity, so it writes tuples straight to the
table instead, with values prepared once per field type. Primary keys that later rows need
(projects, results, indicators) are allocated first: from the table's sequence on PostgreSQL,
after ``MAX(id)`` on SQLite (safe there: the import's transaction holds the database's single
write lock from its first statement, see ``transaction_mode = IMMEDIATE`` in settings).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from json import encoder as json_encoder
from typing import Any

from django.db import connection
from django.db.models import Model


def _identity(value: Any) -> Any:
    return value


def _json_encoder() -> Callable[[Any], str]:
    """``json.dumps`` with its default options, without its per-call overhead (four times faster
    on the small dicts an import writes: narratives, mostly empty)."""
    make = getattr(json_encoder, "c_make_encoder", None)
    if make is None:
        return json.dumps
    default = json.JSONEncoder().default
    chunks = make(None, default, json_encoder.encode_basestring_ascii, None, ": ", ", ", False, False, True)

    def dumps(value: Any) -> str:
        if not value and value == {}:
            return "{}"
        return "".join(chunks(value, 0))

    return dumps


json_text = _json_encoder()


class TableWriter:
    """Inserts rows of ``fields`` (attribute names, in order) into ``model``'s table."""

    def __init__(self, model: type[Model], fields: Sequence[str], *, table: str | None = None) -> None:
        """``table``: another table with these columns (a temporary copy of the model's)."""
        meta = model._meta
        self.table = table or meta.db_table
        self.fields = [meta.get_field(name) for name in fields]
        self.columns = [str(f.column) for f in self.fields]  # type: ignore[union-attr]
        self.postgres = connection.vendor == "postgresql"
        self.preps: list[Callable[[Any], Any]] = [self._prep(f) for f in self.fields]
        self.simple = all(p is _identity for p in self.preps)
        # On PostgreSQL only JSON needs preparing (every other prep is the identity there).
        self.json_columns = [
            i
            for i, f in enumerate(self.fields)
            if f.get_internal_type() == "JSONField"  # type: ignore[union-attr]
        ]
        self._tx: Any = None  # psycopg's adapters, to format COPY rows

    def _prep(self, field: Any) -> Callable[[Any], Any]:
        kind = field.get_internal_type()
        if kind == "JSONField":
            # JSON text on both: COPY's text format hands it to jsonb's own parser.
            return lambda v: None if v is None else json_text(v)
        if self.postgres:
            return _identity
        if kind == "DateField":
            return lambda v: None if v is None else v.isoformat()
        if kind == "DateTimeField":
            return lambda v: connection.ops.adapt_datetimefield_value(v)
        if kind == "DecimalField":
            return lambda v: None if v is None else str(v)
        return _identity

    def insert(self, rows: list[tuple]) -> None:
        self.write(self.prepare(rows))

    def prepare(self, rows: list[tuple]) -> Any:
        """What :meth:`write` sends, made without the database: on PostgreSQL the rows already
        in COPY's text format (so a thread that writes them behind the caller has little
        Python left to run), elsewhere the rows with their values prepared."""
        if not rows:
            return None
        if self.postgres:
            from psycopg._copy_base import format_row_text  # psycopg's own (C) row formatter

            if self._tx is None:
                from psycopg.adapt import Transformer

                connection.ensure_connection()
                self._tx = Transformer(connection.connection)
            tx = self._tx
            out = bytearray()
            indexes = self.json_columns
            if not indexes:
                for row in rows:
                    format_row_text(row, tx, out)
                return bytes(out)
            for row in rows:
                cells = list(row)
                for i in indexes:
                    value = cells[i]
                    cells[i] = None if value is None else json_text(value)
                format_row_text(cells, tx, out)
            return bytes(out)
        if not self.simple:
            return [tuple(prep(v) for prep, v in zip(self.preps, row, strict=True)) for row in rows]
        return rows

    def write(self, prepared: Any) -> None:
        """Insert what :meth:`prepare` made."""
        if prepared is None:
            return
        quote = connection.ops.quote_name
        columns = ", ".join(quote(c) for c in self.columns)
        with connection.cursor() as cursor:
            if self.postgres:
                with cursor.cursor.copy(f"COPY {quote(self.table)} ({columns}) FROM STDIN") as copy:
                    copy.write(prepared)
            else:
                marks = ", ".join(["%s"] * len(self.columns))
                cursor.executemany(f"INSERT INTO {quote(self.table)} ({columns}) VALUES ({marks})", prepared)  # noqa: S608


def allocate_ids(model: type[Model], count: int) -> list[int]:
    """``count`` fresh primary keys for ``model`` (call inside the writing transaction)."""
    if count <= 0:
        return []
    table = model._meta.db_table
    pk_column = str(model._meta.pk.column)  # type: ignore[union-attr]
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [quote(table), pk_column, count],
            )
            return [row[0] for row in cursor.fetchall()]
        cursor.execute(f"SELECT COALESCE(MAX({quote(pk_column)}), 0) FROM {quote(table)}")  # noqa: S608
        start = cursor.fetchone()[0]
        cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
        row = cursor.fetchone()
        start = max(start, row[0] if row else 0)
    return list(range(start + 1, start + 1 + count))
