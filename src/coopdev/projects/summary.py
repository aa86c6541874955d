"""Exact pre-aggregated figures: the sums that database triggers keep per *slice* of projects.

On PostgreSQL, ``projects_figuresummary`` (migration 0004) holds, for all published projects
and for each SDG, ICA region, sector category, the health sector, activity status and
organisation, the sums every figure selector needs: projects and value per country, region
(ICA, M49 continent and sub-region), sector category, SDG, reporting organisation and
(start year, end year), the geography and sector buckets, and the headline and people-reached
totals. The triggers compute each project's part with the selectors' own SQL expressions, so a
sum read here is the number the selector's query would return, to the last digit; they run in
the writing statement, so the sums are never behind the data (a first view after an import is
as fast as the second).

The selectors ask ``slice_of(projects)`` whether their set of projects is one of those slices
(recognised by its SQL, so the explore page's single filters and the thematic pages both hit it)
and read the sums; any other set (two filters combined, a search, a year range) is computed by
their own queries, as before. SQLite has no summary: there the selectors always query.

A bulk writer (the import) defers the triggers' work: ``defer_begin()`` in its transaction, then
``refresh_stage(ids)`` after each batch and ``refresh_end()`` before it commits (migrations
0008 and 0010).
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL

ALL = "*"

_bypassed: ContextVar[bool] = ContextVar("figure_summary_bypassed", default=False)

# Stand-ins for a slice's key while learning the SQL of each kind of slice; no real key is
# compared to them (a set matches a kind only when its SQL text is the same).
_INT_KEY = 32_001
_TEXT_KEY = "\x00coopdev-slice-key"


@dataclass(frozen=True)
class Cell:
    """One group's sums: projects in it, value on both bases, and the headline extras."""

    n: int
    vt: Decimal
    vm: Decimal
    vt_n: int = 0  # projects with a known total value in EUR
    vm_n: int = 0
    people: int = 0
    women: int = 0
    men: int = 0
    reporting: int = 0

    def value(self, basis: str) -> Decimal:
        return self.vt if basis == "total" else self.vm

    def known(self, basis: str) -> int:
        return self.vt_n if basis == "total" else self.vm_n


EMPTY = Cell(n=0, vt=Decimal(0), vm=Decimal(0))


@contextmanager
def bypassed() -> Iterator[None]:
    """Compute every figure with the selectors' own queries (tests compare both paths)."""
    token = _bypassed.set(True)
    try:
        yield
    finally:
        _bypassed.reset(token)


def available() -> bool:
    return connection.vendor == "postgresql" and not _bypassed.get()


def slice_of(projects: QuerySet | None) -> str | None:
    """The slice ``projects`` is, when the summary holds it: ``*``, ``sdg:8``, ``region:<id>``,
    ``cat:121``, ``cat:health``, ``status:2``, ``org:<id>``; else None."""
    if not available():
        return None
    if projects is None:
        return ALL
    from coopdev.projects.selectors import _ids

    try:
        sql, params = _ids(projects).query.sql_with_params()
    except EmptyResultSet:  # .none() and the like: the selector's own query answers at once
        return None
    template = _templates().get(sql)
    if template is None:
        return None
    kind, expected = template
    key = _key(expected, params)
    if key is _NO_MATCH:
        return None
    return _resolve(kind, key)


_NO_MATCH: Any = object()


def _key(expected: tuple, params: tuple) -> Any:
    """The value in the key positions of ``expected`` when every other parameter matches."""
    if len(expected) != len(params):
        return _NO_MATCH
    key: Any = None
    for want, got in zip(expected, params, strict=True):
        if want in (_INT_KEY, _TEXT_KEY):
            if key is not None and key != got:
                return _NO_MATCH
            key = got
        elif want != got:
            return _NO_MATCH
    return key


def _resolve(kind: str, key: Any) -> str | None:
    if kind == "all":
        return ALL
    if kind == "health":
        return "cat:health"
    if kind in ("sdg", "org"):
        return f"{kind}:{int(key)}"
    if kind in ("cat", "status"):
        return f"{kind}:{key}"
    from coopdev.organisations.models import Organisation
    from coopdev.reference.models import Region

    if kind == "region":
        ids = list(Region.objects.filter(kind=Region.Kind.ICA, code=key).values_list("pk", flat=True)[:2])
        return f"region:{ids[0]}" if len(ids) == 1 else None
    if kind == "org_slug":
        pk = Organisation.objects.filter(slug=key).values_list("pk", flat=True).first()
        return f"org:{pk}" if pk is not None else None
    return None  # pragma: no cover - every kind of _templates is handled above


@lru_cache(maxsize=1)
def _templates() -> dict[str, tuple[str, tuple]]:
    """The SQL of each kind of slice, built once: ``{sql: (kind, parameters with stand-ins)}``."""
    from coopdev.organisations.models import Organisation
    from coopdev.projects import selectors

    sets: list[tuple[str, QuerySet]] = [
        ("all", selectors.project_list_published()),
        ("sdg", selectors.project_list_in_sdg(goal=_INT_KEY)),
        ("region", selectors.project_list_in_region(region=_TEXT_KEY)),
        ("cat", selectors.project_list_in_sector_categories(categories=(_TEXT_KEY,))),
        (
            "health",
            selectors.project_list_in_sector_categories(categories=selectors.HEALTH_SECTOR_CATEGORIES),
        ),
        ("status", selectors.project_list_with_status(status=_TEXT_KEY)),
        ("org", selectors.project_list_for_organisation(organisation=Organisation(pk=_INT_KEY))),
        ("org_slug", selectors.project_list_for_organisation_slug(slug=_TEXT_KEY)),
    ]
    templates = {}
    for kind, qs in sets:
        sql, params = selectors._ids(qs).query.sql_with_params()
        templates[sql] = (kind, tuple(params))
    return templates


def defer_begin() -> None:
    """Until the end of the current transaction, writes to projects and their figure tables leave
    the summary alone; the writer must then, before it commits, call :func:`refresh_stage` with
    every project it wrote (created, changed or deleted), batch by batch, and :func:`refresh_end`
    once. Inside a savepoint the setting reverts with the savepoint's rollback. Nothing on
    SQLite."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('coopdev.defer_summary', 'on', true)")


def refresh_stage(ids: Sequence[int]) -> None:
    """Bring the facts of projects ``ids`` up to date and keep the difference of their sums for
    :func:`refresh_end` (migration 0010): a bulk writer calls this after each batch, so that
    the work is spread over the import instead of waiting for its end. Nothing on SQLite."""
    if connection.vendor != "postgresql" or not ids:
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT coopdev_figures_refresh_stage(%s)", [list(ids)])


def refresh_end() -> None:
    """Add every staged difference to the summary (one upsert), then maintain the summary
    statement by statement again. Call before the commit."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT coopdev_figures_refresh_flush()")
        cursor.execute("SELECT set_config('coopdev.defer_summary', 'off', true)")


_COLUMNS = "dim, key, n, vt, vm, vt_n, vm_n, people, women, men, reporting"


def organisations_with_projects() -> RawSQL:
    """A subquery of the organisations that report or take part in a published project."""
    return RawSQL(
        "SELECT substr(slice, 5)::bigint FROM projects_figuresummary "
        "WHERE dim = 'all' AND slice LIKE 'org:%%'",
        [],
    )


def read(cut: str, dims: tuple[str, ...]) -> dict[str, dict[str, Cell]]:
    """Every group of ``dims`` in slice ``cut``: ``{dim: {key: Cell}}``. One query."""
    found: dict[str, dict[str, Cell]] = {d: {} for d in dims}
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {_COLUMNS} FROM projects_figuresummary WHERE slice = %s AND dim = ANY(%s)",  # noqa: S608
            [cut, list(dims)],
        )
        for dim, key, *numbers in cursor.fetchall():
            found[dim][key] = Cell(*numbers)
    return found


def headline(cut: str) -> tuple[Cell, int, int]:
    """The slice's totals, its number of countries and of reporting organisations. One query."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {_COLUMNS} FROM projects_figuresummary WHERE slice = %s AND dim = 'all' "  # noqa: S608
            "UNION ALL SELECT dim, '', count(*), 0, 0, 0, 0, 0, 0, 0, 0 FROM projects_figuresummary "
            "WHERE slice = %s AND dim IN ('country', 'org') GROUP BY dim",
            [cut, cut],
        )
        rows = {dim: Cell(*numbers) for dim, _key, *numbers in cursor.fetchall()}
    return rows.get("all", EMPTY), rows.get("country", EMPTY).n, rows.get("org", EMPTY).n


def organisations(cut: str, *, basis: str, limit: int | None) -> list[tuple[str, str, Cell]]:
    """Reporting organisations of the slice, largest value first (a value no project knows sorts
    last, as SQL's NULL does), then by name and slug: ``[(slug, name, Cell)]``. One query."""
    value, known = ("vt", "vt_n") if basis == "total" else ("vm", "vm_n")
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT o.slug, o.name, {', '.join('s.' + c for c in _COLUMNS.split(', ')[2:])} "  # noqa: S608
            "FROM projects_figuresummary s JOIN organisations_organisation o ON o.id = s.key::bigint "
            f"WHERE s.slice = %s AND s.dim = 'org' "
            f"ORDER BY CASE WHEN s.{known} = 0 THEN NULL ELSE s.{value} END DESC NULLS LAST, o.name, o.slug "
            "LIMIT %s",
            [cut, limit],
        )
        return [(slug, name, Cell(*numbers)) for slug, name, *numbers in cursor.fetchall()]
