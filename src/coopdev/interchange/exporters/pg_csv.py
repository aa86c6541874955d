# ruff: noqa: S608 - the SQL is the export's own (built by the ORM or projects_sql), its values bound by psycopg.
"""CSV written by PostgreSQL itself (``COPY (query) TO STDOUT``), for the tables whose cells are
plain text, numbers and dates: Python only hands the bytes on, instead of receiving each value,
guarding it and writing it with ``csv.writer`` (which was most of the export's time).

The bytes are exactly those of the Python path (``writers.csv_table_stream`` on SQLite; a test
compares the two on PostgreSQL): the same formula guard as ``writers.safe_cell`` (a cell starting
with ``= + - @``, a tab or a carriage return gets a leading apostrophe, unless it is a signed
number), empty cells unquoted (an empty text is written as NULL, which COPY leaves empty), dates
in ISO form (``DateStyle`` ISO for the query), numbers as PostgreSQL prints them (the digits
``Decimal`` keeps), the quoting of ``csv.writer`` (fields with a comma, a quote or a line break
are quoted, quotes doubled) and ``\\n`` line ends.
"""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
from django.db import connection

from coopdev.interchange.exporters.projects_sql import PROJECTS_SETTINGS, session_settings

FLUSH_BYTES = 1 << 16

# ascii() of the first character: tab, carriage return, + - = @ (columns.FORMULA_START). Only those
# cells go through the regular expression, which adds the apostrophe unless the cell is + or -
# followed by a digit or a point (as safe_cell does).
_GUARD = (
    "nullif(CASE WHEN ascii({c}) IN (9, 13, 43, 45, 61, 64) "
    "THEN regexp_replace({c}, '^([=@\\t\\r]|[+-](?![0-9.]))', '''\\1') ELSE {c} END, '')"
)


def copy_sql(sql: str, params: list, width: int) -> str:
    """``COPY`` of ``sql``'s rows (``width`` columns) as guarded CSV, its parameters inlined by
    psycopg's own quoting (COPY takes no bound parameters)."""
    names = [f"c{i}" for i in range(width)]
    cells = ", ".join(_GUARD.format(c=f"{name}::text") for name in names)
    bound = psycopg.ClientCursor(connection.connection).mogrify(sql, params)  # type: ignore[arg-type]
    # OFFSET 0 keeps the query a subquery: its cells are computed once, not once per use above.
    return f"COPY (SELECT {cells} FROM ({bound} OFFSET 0) t({', '.join(names)})) TO STDOUT WITH (FORMAT csv)"


def csv_bytes(sql: str, params: list, width: int, *, parallel: bool = True) -> Iterator[bytes]:
    """The rows of ``sql`` as CSV bytes (UTF-8), in blocks of about :data:`FLUSH_BYTES`.
    ``parallel=False`` for the projects table (``projects_sql.PROJECTS_SETTINGS``)."""
    connection.ensure_connection()
    statement = copy_sql(sql, params, width)
    settings = {"jit": "off"} if parallel else PROJECTS_SETTINGS
    with (
        session_settings(**settings, DateStyle="ISO"),
        connection.cursor() as cursor,
        cursor.cursor.copy(statement) as copy,
    ):
        pending = bytearray()
        for data in copy:
            pending += data
            if len(pending) >= FLUSH_BYTES:
                yield bytes(pending)
                pending.clear()
        if pending:
            yield bytes(pending)
