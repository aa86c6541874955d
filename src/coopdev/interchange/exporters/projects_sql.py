# ruff: noqa: S608 - the SQL is built from this module's constants and model table names, no input.
"""The projects table (one row per activity) built by PostgreSQL, for the CSV and XLSX exports.

The cells are exactly those of :func:`coopdev.interchange.columns.record_row` (a test compares
the two), but PostgreSQL joins the lists into their cells (``string_agg``) and picks the texts
out of the narratives, so Python only streams finished rows: several times faster than
building a record per project. One query for the whole export, read in chunks through a
server-side cursor, so memory stays flat. SQLite keeps the record path.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.db import connection
from django.db.models import QuerySet

from coopdev.interchange.columns import COLUMN_NAMES
from coopdev.projects.models import (
    Budget,
    ParticipatingOrg,
    Project,
    ProjectCountry,
    ProjectRegion,
    ProjectSector,
    ProjectTag,
    Transaction,
)
from coopdev.reference.models import Region

CHUNK_SIZE = 2000  # rows fetched at a time

LANG = "coalesce(nullif(p.default_language, ''), 'en')"


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _text(narrative: str) -> str:
    """``record_row``'s ``text()``: the activity's language, else the first text, else empty."""
    return (
        f"coalesce(nullif({narrative} ->> {LANG}, ''), "
        f"(SELECT e.value FROM jsonb_each_text({narrative}) e LIMIT 1), '')"
    )


def _number(expression: str) -> str:
    """``columns._number``: a decimal without trailing zeros."""
    return f"trim_scale({expression})::text"


def _date(expression: str) -> str:
    return f"to_char({expression}, 'YYYY-MM-DD')"


class _List:
    """A cell that joins a related table's rows: ``item`` per row (alias ``x``), ``;`` between.

    Aggregated in a derived table over the exported projects and joined once, rather than a
    subquery per project: the plan stays linear even before the tables have statistics (a
    correlated subquery then becomes a sequential scan per project).

    - The rows are joined in ``id`` order by aggregating a subquery sorted on (project, id).
      ``string_agg(... ORDER BY x.id)`` sorted each project's rows again: one small sort per
      project and list. The order a sorted subquery gives an aggregate is PostgreSQL's
      behaviour, not SQL's promise: its documentation says it "will usually work" and can fail
      when the aggregating level does more, such as a join. Here that level only groups, and
      the projects table's query runs without parallel workers (:data:`PROJECTS_SETTINGS`), whose
      partial aggregates (``string_agg`` has them from PostgreSQL 16) would be combined in any
      order. The test against the record path checks the order.
    - ``filtered``: only the exported projects' rows (``keys``). When the export holds most of
      the projects, the rows of every project are aggregated instead, and the join with the
      exported projects drops the others: the semi-join with ``keys`` hashed all the keys again
      for each of the nine lists. On 100,000 projects the two changes took PostgreSQL's time for
      the table from 2.2 s to 1.2 s.
    """

    def __init__(self, model, item: str, where: str = "", join: str = "") -> None:
        self.model, self.item, self.where, self.join = model, item, where, join

    def derived(self, alias: str, *, filtered: bool = True) -> str:
        conditions = ["x.project_id IN (SELECT id FROM keys)"] if filtered else []
        if self.where:
            conditions.append(self.where)
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        return (
            f"LEFT JOIN (SELECT s.project_id, string_agg(s.item, ';') AS cell FROM ("
            f"SELECT x.project_id, {self.item} AS item FROM {_table(self.model)} x {self.join}{where} "
            f"ORDER BY x.project_id, x.id) s GROUP BY s.project_id) {alias} ON {alias}.project_id = p.id"
        )


def _cells() -> dict[str, str | _List]:
    amount = "coalesce({n}, '') || CASE WHEN x.currency <> '' THEN ':' || x.currency ELSE '' END"
    cells: dict[str, str | _List] = {
        "iati_identifier": "p.iati_identifier",
        "reporting_org_ref": "coalesce(nullif(o.iati_identifier, ''), o.slug)",
        "reporting_org_name": "coalesce(o.name, '')",
        "reporting_org_type": "o.type",
        "default_language": LANG,
        "default_currency": "p.default_currency",
        "value_currency": "p.value_currency",
        "countries": _List(
            ProjectCountry,
            "CASE WHEN x.percentage IS NULL THEN x.country_id "
            f"ELSE x.country_id || ':' || {_number('x.percentage')} END",
        ),
        "regions": _List(
            ProjectRegion,
            f"CASE WHEN x.percentage IS NULL THEN r.code ELSE r.code || ':' || {_number('x.percentage')} END",
            "x.vocabulary = '1'",
            join=f"JOIN {_table(Region)} r ON r.id = x.region_id",
        ),
        "sectors": _List(
            ProjectSector,
            "CASE WHEN x.vocabulary = '1' THEN '' ELSE x.vocabulary || '/' END || x.code || "
            f"CASE WHEN x.percentage IS NULL THEN '' ELSE ':' || {_number('x.percentage')} END",
        ),
        "sdg_goals": _List(ProjectTag, "x.code", "x.vocabulary = '2'"),
        "sdg_targets": _List(ProjectTag, "x.code", "x.vocabulary = '3'"),
        "participating_orgs": _List(
            ParticipatingOrg,
            "x.role || '|' || x.ref || '|' || x.type || '|' || "
            f"replace(replace({_text('x.name')}, ';', ','), '|', '/')",
            join=f"JOIN {_table(Project)} p ON p.id = x.project_id",  # for the activity's language
        ),
        "budgets": _List(
            Budget,
            f"coalesce({_date('x.period_start')}, 'None') || '/' || "
            f"coalesce({_date('x.period_end')}, 'None') || ':' || " + amount.format(n=_number("x.value")),
        ),
        "transactions": _List(
            Transaction,
            f"x.type || ':' || coalesce({_date('x.date')}, 'None') || ':' || "
            + amount.format(n=_number("x.value")),
        ),
    }
    for name in ("title", "description", "objectives", "target_groups"):
        cells[name] = _text(f"p.{name}")
    for name in ("activity_status", "activity_scope", "collaboration_type", "default_flow_type",
                 "default_finance_type", "default_aid_type"):  # fmt: skip
        cells[name] = f"p.{name}"
    for name in ("planned_start", "actual_start", "planned_end", "actual_end", "value_date"):
        cells[name] = f"coalesce({_date(f'p.{name}')}, '')"
    for name in ("total_value", "managed_value"):
        cells[name] = f"coalesce({_number(f'p.{name}')}, '')"
    for name in ("people_reached", "people_reached_women", "people_reached_men"):
        cells[name] = f"coalesce(p.{name}::text, '')"
    for name in ("title", "description"):
        for code, _name in settings.LANGUAGES:
            cells[f"{name}@{code}"] = (
                f"CASE WHEN {LANG} = '{code}' THEN '' ELSE coalesce(p.{name} ->> '{code}', '') END"
            )
    return cells


def projects_table_sql(columns: list[str], *, most: bool = False) -> str:
    """The table's query; ``most``: the export holds most of the projects (see :class:`_List`)."""
    cells = _cells()
    missing = set(COLUMN_NAMES) - set(cells)
    if missing:  # a new template column must be added here too
        raise LookupError(f"projects_sql has no cell for {sorted(missing)}")
    select: list[str] = []
    joins: list[str] = []
    for name in columns:
        cell = cells[name]
        if isinstance(cell, _List):
            alias = f"l{len(joins)}"
            joins.append(cell.derived(alias, filtered=not most))
            select.append(f"coalesce({alias}.cell, '')")
        else:
            select.append(cell)
    org_table = connection.ops.quote_name(
        Project._meta.get_field("reporting_org").related_model._meta.db_table  # type: ignore[union-attr]
    )
    return (
        "WITH keys AS MATERIALIZED ({keys})\n"
        f"SELECT {', '.join(select)}\n"
        f"  FROM {_table(Project)} p JOIN {org_table} o ON o.id = p.reporting_org_id\n  "
        + "\n  ".join(joins)
        + "\n WHERE p.id IN (SELECT id FROM keys) ORDER BY p.id"
    )


# From this share of all projects on, an export aggregates every project's related rows.
MOST = 0.5

# The session settings of the projects table's query (see ``session_settings``): no parallel
# workers, see ``_List``. The other tables' queries keep them (sorting 300,000 transactions by
# identifier: the zip of six tables is about 8% faster with them).
PROJECTS_SETTINGS = {"jit": "off", "max_parallel_workers_per_gather": "0"}


def holds_most_projects(projects: QuerySet[Project]) -> bool:
    """Whether ``projects`` is at least :data:`MOST` of all projects (two counts)."""
    total = Project._base_manager.count()
    return total > 0 and projects.order_by().count() >= MOST * total


def project_table_query(
    projects: QuerySet[Project], columns: list[str], *, most: bool | None = None
) -> tuple[str, list]:
    """The SQL and parameters of the table's rows (without the header), in primary-key order.
    ``most``: see :func:`projects_table_sql`; counted when not given."""
    if most is None:
        most = holds_most_projects(projects)
    keys_sql, params = projects.order_by().values("pk").query.sql_with_params()
    sql = projects_table_sql(columns, most=most).replace("{keys}", f"SELECT k.* FROM ({keys_sql}) k(id)", 1)
    return sql, list(params)


@contextmanager
def session_settings(**values: str) -> Iterator[None]:
    """Session settings for the export's queries, put back as they were afterwards.

    ``jit=off``: the projects query is cheap per row but long, and its cost estimate crosses
    jit_above_cost: compiling it would take longer than running it. No parallel workers: see
    :class:`_List`.
    """
    with connection.cursor() as cursor:
        before = {}
        for name, value in values.items():
            cursor.execute("SELECT current_setting(%s)", [name])
            before[name] = cursor.fetchone()[0]
            cursor.execute("SELECT set_config(%s, %s, false)", [name, value])
        try:
            yield
        finally:
            for name, value in before.items():
                cursor.execute("SELECT set_config(%s, %s, false)", [name, value])


def project_table_rows(
    projects: QuerySet[Project], columns: list[str], *, most: bool | None = None
) -> Iterator[tuple]:
    """The table's rows (without the header) for ``projects``, in primary-key order.

    One query for the whole export, read through a server-side cursor in chunks: the related
    tables are each aggregated once (a linear plan whatever the statistics say), and memory
    stays flat on this side.
    """
    sql, params = project_table_query(projects, columns, most=most)
    with session_settings(**PROJECTS_SETTINGS), connection.chunked_cursor() as cursor:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(CHUNK_SIZE):
            yield from rows
