"""Reads and aggregates over projects.

Every figure the platform shows (pages, API, exports, benchmarks) comes from a function here:
one number, one code path. Figures are over *published* projects unless a queryset is given.
"""

from collections import defaultdict
from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import Any, Literal

from django.db import connection
from django.db.models import (
    Count,
    DecimalField,
    Exists,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Sum,
    Value,
)
from django.db.models.functions import Cast, Coalesce, ExtractYear, Substr
from django.utils.translation import gettext_lazy as _

from coopdev.core.figure_cache import cached_figure
from coopdev.core.process_memo import remembered
from coopdev.organisations.models import Organisation
from coopdev.projects import summary
from coopdev.projects.models import (
    Budget,
    Indicator,
    Location,
    ParticipatingOrg,
    Project,
    ProjectCountry,
    ProjectRegion,
    ProjectSector,
    Result,
)
from coopdev.reference.models import CodelistItem, Country, Region, SDGGoal, SectorCategory

# The DAC 3-digit categories that make up "the health sector" of seed 002:
# 121 Health, general; 122 Basic health; 123 Non-communicable diseases.
HEALTH_SECTOR_CATEGORIES = ("121", "122", "123")


def project_list_published() -> QuerySet[Project]:
    """Projects the public may see."""
    return Project.objects.filter(publication_state=Project.PublicationState.PUBLISHED)


# Figure selectors over a set of projects are cached exactly (see coopdev.core.figure_cache).
figure_selector = cached_figure(default_projects=project_list_published)


DEMO_PRESENT_SECONDS = 5


def demo_data_present() -> bool:
    """True when illustrative demo projects are loaded, so pages can say so.

    Every page asks (the banner): the answer is kept in the process for a few seconds.
    """
    return remembered(
        "projects:demo-present", DEMO_PRESENT_SECONDS, Project.objects.filter(is_demo=True).exists
    )


@dataclass(frozen=True)
class HeadlineFigures:
    projects: int
    countries: int
    organisations: int
    total_value_eur: Decimal
    managed_value_eur: Decimal
    average_project_value_eur: Decimal | None
    people_reached: int
    projects_without_eur_value: int

    def as_dict(self) -> dict:
        return asdict(self)


@figure_selector
def headline_figures(*, projects: QuerySet[Project] | None = None) -> HeadlineFigures:
    """Headline figures of a set of projects (default: all published ones), in two queries.

    The average project size is over the projects whose total value is known in EUR, so a
    project without a value does not drag the average down. ``projects_without_eur_value``
    says how many were left out of the sums for want of a value or an exchange rate.
    """
    if (cut := summary.slice_of(projects)) is not None:
        cell, countries, organisations = summary.headline(cut)
        return _headline(
            projects=cell.n,
            countries=countries,
            organisations=organisations,
            total=cell.vt,
            managed=cell.vm,
            valued=cell.vt_n,
            people=cell.people,
        )
    qs = project_list_published() if projects is None else projects
    totals = qs.aggregate(
        projects=Count("pk"),
        organisations=Count("reporting_org", distinct=True),
        # Named apart from the fields: an aggregate may not shadow a field another one reads.
        sum_total=Sum("total_value_eur"),
        sum_managed=Sum("managed_value_eur"),
        valued=Count("pk", filter=Q(total_value_eur__isnull=False)),
        sum_people=Sum("people_reached"),
    )
    countries = (
        ProjectCountry.objects.filter(project__in=qs.values("pk")).values("country").distinct().count()
    )
    return _headline(
        projects=totals["projects"],
        countries=countries,
        organisations=totals["organisations"],
        total=totals["sum_total"] or Decimal(0),
        managed=totals["sum_managed"] or Decimal(0),
        valued=totals["valued"],
        people=totals["sum_people"] or 0,
    )


def _headline(
    *,
    projects: int,
    countries: int,
    organisations: int,
    total: Decimal,
    managed: Decimal,
    valued: int,
    people: int,
) -> HeadlineFigures:
    average = (total / valued).quantize(Decimal("0.01")) if valued else None
    return HeadlineFigures(
        projects=projects,
        countries=countries,
        organisations=organisations,
        total_value_eur=total,
        managed_value_eur=managed,
        average_project_value_eur=average,
        people_reached=people,
        projects_without_eur_value=projects - valued,
    )


def project_list_in_sector_categories(
    *, categories: tuple[str, ...], projects: QuerySet[Project] | None = None
) -> QuerySet[Project]:
    """Projects with at least one sector in one of the DAC 3-digit categories given."""
    qs = project_list_published() if projects is None else projects
    # A subquery, not a join: a project with two health sectors is still one project.
    return qs.filter(pk__in=ProjectSector.objects.filter(category__in=categories).values("project"))


# ---------------------------------------------------------------------------------------------
# Breakdowns that add up.
#
# A project's value is split over its recipient countries by ``Coalesce(percentage, 100) / 100``
# (IATI lets a single recipient country omit its percentage; import validation makes the
# published percentages of countries and regions add up to 100). The part reported against
# IATI recipient regions goes to a "regional / not country-specific" bucket, and a project with
# neither goes to "unspecified". So: sum of the rows + regional + unspecified == overall total.
# ``unallocated`` is what is left when published percentages do not add up to 100: it is zero
# for validated data, and pages say so when it is not.
#
# Every selector takes a queryset of projects (already filtered) and never joins from it: the
# rows it aggregates are restricted by ``project__in=<subquery>``, so a project is counted once
# per group whatever the filters joined. "Has none" is written ``~Exists(...)`` (an anti-join),
# never ``exclude(pk__in=...)``: PostgreSQL runs ``NOT IN`` over a subquery too large for
# ``work_mem`` as a nested loop, which took minutes at a million projects.
# ---------------------------------------------------------------------------------------------

ValueBasis = Literal["total", "managed"]
VALUE_BASES: tuple[ValueBasis, ...] = ("total", "managed")
VALUE_FIELDS: dict[str, str] = {"total": "total_value_eur", "managed": "managed_value_eur"}

REGIONAL_KEY = "regional"
UNSPECIFIED_KEY = "unspecified"
NO_REGION_KEY = "no-region"

# Enough scale that shares like 33.33 % of a cent-exact value stay exact on PostgreSQL.
_SHARE_FIELD = DecimalField(max_digits=38, decimal_places=8)
_HUNDRED = Value(Decimal(100), output_field=DecimalField(max_digits=5, decimal_places=2))
ZERO = Decimal(0)


def value_field(basis: ValueBasis) -> str:
    """The project field holding the value on ``basis``: total project value or the managed share."""
    try:
        return VALUE_FIELDS[basis]
    except KeyError:
        raise ValueError(f"unknown value basis {basis!r}") from None


def _projects(projects: QuerySet[Project] | None) -> QuerySet[Project]:
    return project_list_published() if projects is None else projects


def _ids(projects: QuerySet[Project]) -> QuerySet:
    """The projects as a subquery of primary keys: no ordering, no joins leaking out."""
    return projects.order_by().values("pk")


def _share_sum(basis: ValueBasis) -> Sum:
    """Sum of the linked project's value times the row's share (percentage, 100 when omitted)."""
    share = Coalesce("percentage", _HUNDRED)
    return Sum(
        ExpressionWrapper(F(f"project__{value_field(basis)}") * share / _HUNDRED, output_field=_SHARE_FIELD),
        output_field=_SHARE_FIELD,
    )


@dataclass(frozen=True)
class Row:
    """One bar of a chart, one line of its table."""

    key: str
    name: str
    value_eur: Decimal
    projects: int
    numeric: str = ""  # countries: ISO 3166-1 numeric, the id world-atlas uses
    colour: str = ""  # SDGs: the official colour
    region: str = ""  # countries: ICA region code
    is_bucket: bool = False  # "regional", "unspecified": not a real country / sector

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Breakdown:
    """A value split that adds up: ``sum(rows) + regional + unspecified + unallocated == total``."""

    basis: ValueBasis
    total_value_eur: Decimal
    rows: list[Row]
    regional: Row | None
    unspecified: Row
    unallocated_eur: Decimal

    @property
    def buckets(self) -> list[Row]:
        """The non-zero buckets, shown after the rows in charts and tables."""
        return [b for b in (self.regional, self.unspecified) if b is not None and (b.value_eur or b.projects)]

    @property
    def all_rows(self) -> list[Row]:
        return self.rows + self.buckets

    @property
    def allocated_eur(self) -> Decimal:
        return sum((r.value_eur for r in self.rows), ZERO) + sum((b.value_eur for b in self.buckets), ZERO)


def _total(projects: QuerySet[Project], basis: ValueBasis) -> Decimal:
    return projects.aggregate(v=Sum(value_field(basis)))["v"] or ZERO


def _regional_bucket(projects: QuerySet[Project], basis: ValueBasis) -> Row:
    agg = ProjectRegion.objects.filter(project__in=_ids(projects)).aggregate(
        v=_share_sum(basis), n=Count("project", distinct=True)
    )
    return _regional_row(agg["v"] or ZERO, agg["n"])


def _regional_row(value: Decimal, projects: int) -> Row:
    return Row(
        key=REGIONAL_KEY,
        name=str(_("Regional / not country-specific")),
        value_eur=value,
        projects=projects,
        is_bucket=True,
    )


def _unspecified_geography(projects: QuerySet[Project], basis: ValueBasis) -> Row:
    rest = projects.filter(
        ~Exists(ProjectCountry.objects.filter(project=OuterRef("pk"))),
        ~Exists(ProjectRegion.objects.filter(project=OuterRef("pk"))),
    )
    agg = rest.aggregate(v=Sum(value_field(basis)), n=Count("pk"))
    return _unspecified_geography_row(agg["v"] or ZERO, agg["n"])


def _unspecified_geography_row(value: Decimal, projects: int) -> Row:
    return Row(
        key=UNSPECIFIED_KEY,
        name=str(_("Location not specified")),
        value_eur=value,
        projects=projects,
        is_bucket=True,
    )


def _summary_buckets(cells: dict[str, dict[str, summary.Cell]], basis: ValueBasis) -> dict[str, Any]:
    """The total and the geography buckets of a slice, from the summary."""
    regional = cells["regional"].get("", summary.EMPTY)
    nogeo = cells["nogeo"].get("", summary.EMPTY)
    return {
        "total": cells["all"].get("", summary.EMPTY).value(basis),
        "regional": _regional_row(regional.value(basis), regional.n),
        "unspecified": _unspecified_geography_row(nogeo.value(basis), nogeo.n),
    }


def _breakdown(
    *, basis: ValueBasis, total: Decimal, rows: list[Row], regional: Row | None, unspecified: Row
) -> Breakdown:
    allocated = sum((r.value_eur for r in rows), ZERO) + unspecified.value_eur
    if regional is not None:
        allocated += regional.value_eur
    return Breakdown(
        basis=basis,
        total_value_eur=total,
        rows=rows,
        regional=regional,
        unspecified=unspecified,
        unallocated_eur=total - allocated,
    )


@figure_selector
def value_by_country(*, projects: QuerySet[Project] | None = None, basis: ValueBasis = "total") -> Breakdown:
    """Value per recipient country (split by percentage) and the number of projects in each. 4 queries."""
    if (cut := summary.slice_of(projects)) is not None:
        cells = summary.read(cut, ("all", "country", "regional", "nogeo"))
        by_code = {code: (c.value(basis), c.n) for code, c in cells["country"].items()}
        return _country_breakdown(basis=basis, by_code=by_code, **_summary_buckets(cells, basis))
    qs = _projects(projects)
    agg = (
        ProjectCountry.objects.filter(project__in=_ids(qs))
        .values("country")
        .annotate(v=_share_sum(basis), n=Count("project", distinct=True))
        .order_by()
    )
    return _country_breakdown(
        basis=basis,
        by_code={a["country"]: (a["v"] or ZERO, a["n"]) for a in agg},
        total=_total(qs, basis),
        regional=_regional_bucket(qs, basis),
        unspecified=_unspecified_geography(qs, basis),
    )


def _country_breakdown(
    *,
    basis: ValueBasis,
    by_code: dict[str, tuple[Decimal, int]],
    total: Decimal,
    regional: Row,
    unspecified: Row,
) -> Breakdown:
    countries = Country.objects.filter(code__in=list(by_code)).select_related("ica_region")
    rows = [
        Row(
            key=c.code,
            name=c.name,
            value_eur=by_code[c.code][0],
            projects=by_code[c.code][1],
            numeric=c.numeric,
            region=c.ica_region.code,
        )
        for c in countries
    ]
    rows.sort(key=lambda r: (-r.value_eur, -r.projects, r.name))
    return _breakdown(basis=basis, total=total, rows=rows, regional=regional, unspecified=unspecified)


REGION_KINDS: dict[str, str] = {
    Region.Kind.ICA: "country__ica_region",
    Region.Kind.M49_CONTINENT: "country__m49_continent",
    Region.Kind.M49_SUBREGION: "country__m49_subregion",
}
# The summary's dimension for each kind of region (migration 0004).
REGION_DIMS: dict[str, str] = {
    Region.Kind.ICA: "ica",
    Region.Kind.M49_CONTINENT: "m49c",
    Region.Kind.M49_SUBREGION: "m49s",
}


@figure_selector
def value_by_region(
    *, projects: QuerySet[Project] | None = None, basis: ValueBasis = "total", kind: str = Region.Kind.ICA
) -> Breakdown:
    """Value per region (ICA region by default, or M49 continent / sub-region), split by country share.

    A project in two countries of one region counts once among that region's projects; a project
    in two regions counts in both (so project counts, unlike values, do not add up). 5 queries.
    """
    try:
        path = REGION_KINDS[kind]
    except KeyError:
        raise ValueError(f"unknown region kind {kind!r}") from None
    if (cut := summary.slice_of(projects)) is not None:
        dim = REGION_DIMS[kind]
        cells = summary.read(cut, ("all", dim, "regional", "nogeo"))
        by_id = {(int(k) if k else None): (c.value(basis), c.n) for k, c in cells[dim].items()}
        return _region_breakdown(basis=basis, by_id=by_id, **_summary_buckets(cells, basis))
    qs = _projects(projects)
    agg = (
        ProjectCountry.objects.filter(project__in=_ids(qs))
        .values(path)
        .annotate(v=_share_sum(basis), n=Count("project", distinct=True))
        .order_by()
    )
    return _region_breakdown(
        basis=basis,
        by_id={a[path]: (a["v"] or ZERO, a["n"]) for a in agg},
        total=_total(qs, basis),
        regional=_regional_bucket(qs, basis),
        unspecified=_unspecified_geography(qs, basis),
    )


def _region_breakdown(
    *,
    basis: ValueBasis,
    by_id: dict[int | None, tuple[Decimal, int]],
    total: Decimal,
    regional: Row,
    unspecified: Row,
) -> Breakdown:
    regions = {r.pk: r for r in Region.objects.filter(pk__in=[k for k in by_id if k is not None])}
    rows = [
        Row(key=region.code, name=region.name, value_eur=by_id[pk][0], projects=by_id[pk][1])
        for pk, region in sorted(regions.items(), key=lambda item: (item[1].sort_order, item[1].code))
    ]
    if None in by_id:  # countries outside any M49 region of this kind (e.g. Antarctica)
        rows.append(
            Row(
                key=NO_REGION_KEY,
                name=str(_("Other countries")),
                value_eur=by_id[None][0],
                projects=by_id[None][1],
                is_bucket=True,
            )
        )
    return _breakdown(basis=basis, total=total, rows=rows, regional=regional, unspecified=unspecified)


def _dac_sector_rows(projects: QuerySet[Project]) -> QuerySet[ProjectSector]:
    """DAC sector rows that carry the project's split: vocabulary 1 (5-digit), or 2 (3-digit) when
    the project reports no 5-digit codes. Counting both would count a project twice over."""
    has_five_digit = ProjectSector.objects.filter(project=OuterRef("project"), vocabulary="1")
    return ProjectSector.objects.filter(project__in=_ids(projects), category__isnull=False).filter(
        Q(vocabulary="1") | (Q(vocabulary="2") & ~Exists(has_five_digit))
    )


@figure_selector
def value_by_sector_category(
    *, projects: QuerySet[Project] | None = None, basis: ValueBasis = "total"
) -> Breakdown:
    """Value per DAC 3-digit sector category, split by sector percentage. 4 queries.

    Projects without a DAC sector (vocabulary 1 or 2) go to "unspecified".
    """
    if (cut := summary.slice_of(projects)) is not None:
        cells = summary.read(cut, ("all", "sector", "nosector"))
        rest = cells["nosector"].get("", summary.EMPTY)
        return _sector_breakdown(
            basis=basis,
            by_code={code: (c.value(basis), c.n) for code, c in cells["sector"].items()},
            total=cells["all"].get("", summary.EMPTY).value(basis),
            unspecified=(rest.value(basis), rest.n),
        )
    qs = _projects(projects)
    agg = (
        _dac_sector_rows(qs)
        .values("category")
        .annotate(v=_share_sum(basis), n=Count("project", distinct=True))
        .order_by()
    )
    unspecified = qs.filter(
        ~Exists(
            ProjectSector.objects.filter(
                project=OuterRef("pk"), vocabulary__in=("1", "2"), category__isnull=False
            )
        )
    ).aggregate(v=Sum(value_field(basis)), n=Count("pk"))
    return _sector_breakdown(
        basis=basis,
        by_code={a["category"]: (a["v"] or ZERO, a["n"]) for a in agg},
        total=_total(qs, basis),
        unspecified=(unspecified["v"] or ZERO, unspecified["n"]),
    )


def _sector_breakdown(
    *,
    basis: ValueBasis,
    by_code: dict[str, tuple[Decimal, int]],
    total: Decimal,
    unspecified: tuple[Decimal, int],
) -> Breakdown:
    categories = SectorCategory.objects.filter(code__in=list(by_code))
    rows = [
        Row(key=c.code, name=c.name, value_eur=by_code[c.code][0], projects=by_code[c.code][1])
        for c in categories
    ]
    rows.sort(key=lambda r: (-r.value_eur, -r.projects, r.key))
    bucket = Row(
        key=UNSPECIFIED_KEY,
        name=str(_("Sector not specified")),
        value_eur=unspecified[0],
        projects=unspecified[1],
        is_bucket=True,
    )
    return _breakdown(basis=basis, total=total, rows=rows, regional=None, unspecified=bucket)


@dataclass(frozen=True)
class SDGFigures:
    rows: list[Row]  # all 17 goals, in order, zero when no project
    projects_without_sdg: int


@figure_selector
def projects_by_sdg(*, projects: QuerySet[Project] | None = None, basis: ValueBasis = "total") -> SDGFigures:
    """Number of projects and their value per SDG goal: all 17 goals, even at zero. 3 queries.

    SDGs carry no percentages: a project contributing to three goals counts, with its whole
    value, under each of them, so SDG values are not additive (pages say so).
    """
    if (cut := summary.slice_of(projects)) is not None:
        cells = summary.read(cut, ("sdg", "nosdg"))
        return _sdg_figures(
            by_goal={int(k): (c.value(basis), c.n) for k, c in cells["sdg"].items()},
            without=cells["nosdg"].get("", summary.EMPTY).n,
        )
    qs = _projects(projects)
    through = Project.sdg_goals.through
    agg = (
        through.objects.filter(project__in=_ids(qs))
        .values("sdggoal")
        .annotate(n=Count("project", distinct=True), v=Sum(f"project__{value_field(basis)}"))
        .order_by()
    )
    without = qs.filter(~Exists(through.objects.filter(project=OuterRef("pk")))).count()
    return _sdg_figures(by_goal={a["sdggoal"]: (a["v"] or ZERO, a["n"]) for a in agg}, without=without)


def _sdg_figures(*, by_goal: dict[int, tuple[Decimal, int]], without: int) -> SDGFigures:
    rows = []
    for goal in SDGGoal.objects.all():
        value, n = by_goal.get(goal.number, (ZERO, 0))
        rows.append(
            Row(key=str(goal.number), name=goal.short_name, value_eur=value, projects=n, colour=goal.colour)
        )
    return SDGFigures(rows=rows, projects_without_sdg=without)


@dataclass(frozen=True)
class YearRow:
    year: int
    projects: int
    value_eur: Decimal

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Timeline:
    """Projects active in each year, and their value spread evenly over their active years."""

    basis: ValueBasis
    rows: list[YearRow]
    undated_projects: int
    undated_value_eur: Decimal


@figure_selector
def projects_and_value_by_year(
    *, projects: QuerySet[Project] | None = None, basis: ValueBasis = "total"
) -> Timeline:
    """Projects active in each calendar year, and value per year. One query.

    A project is active from the year of its start (actual, else planned) to the year of its end
    (actual, else planned); without an end date, in its start year only. Its value is spread
    evenly over its active years, so the yearly values add up to the value of the dated projects
    and the figure works on both value bases (budgets are reported by too few projects, and only
    on the total). Projects with no date at all are reported as undated.
    """
    if (cut := summary.slice_of(projects)) is not None:
        spans = summary.read(cut, ("span",))["span"]
        groups = []
        for key, cell in spans.items():  # "2018:2021", "2018:", ":" (start year : end year)
            sy, ey = (int(y) if y else None for y in key.split(":"))
            groups.append((sy, ey, cell.n, cell.value(basis)))
        return _timeline(basis=basis, groups=groups)
    qs = _projects(projects)
    start = _year(Coalesce("actual_start", "planned_start"))
    end = _year(Coalesce("actual_end", "planned_end"))
    agg = (
        qs.order_by()
        .annotate(sy=start, ey=end)
        .values("sy", "ey")
        .annotate(n=Count("pk"), v=Sum(value_field(basis)))
    )
    return _timeline(basis=basis, groups=[(g["sy"], g["ey"], g["n"], g["v"] or ZERO) for g in agg])


def _timeline(*, basis: ValueBasis, groups: list[tuple[Any, Any, int, Decimal]]) -> Timeline:
    """The timeline from groups of (start year, end year, projects, value); a year may be None."""
    counts: dict[int, int] = defaultdict(int)
    values: dict[int, Decimal] = defaultdict(lambda: ZERO)
    undated_n, undated_v = 0, ZERO
    # In a fixed order: a year's value is a sum of divisions, and Decimal's 28 digits would
    # otherwise make its last digit depend on the order the database returned the groups in.
    for sy, ey, n, v in sorted(groups, key=lambda g: (g[0] is None, g[0] or 0, g[1] is None, g[1] or 0)):
        if sy is None and ey is None:
            undated_n, undated_v = undated_n + n, undated_v + v
            continue
        first = sy if sy is not None else ey
        last = ey if ey is not None and sy is not None and ey >= sy else first
        years = last - first + 1
        for year in range(first, last + 1):
            counts[year] += n
            values[year] += v / years
    rows = []
    if counts:
        rows = [
            YearRow(year=y, projects=counts.get(y, 0), value_eur=values.get(y, ZERO))
            for y in range(min(counts), max(counts) + 1)
        ]
    return Timeline(basis=basis, rows=rows, undated_projects=undated_n, undated_value_eur=undated_v)


def _year(date_expression):
    """The year of a date. SQLite keeps dates as ISO text and its ``ExtractYear`` is a Python
    function called per row (several times slower): there, read the first four characters."""
    if connection.vendor == "sqlite":
        return Cast(Substr(date_expression, 1, 4), IntegerField())
    return ExtractYear(date_expression)


@dataclass(frozen=True)
class PeopleReached:
    total: int
    women: int
    men: int
    projects_reporting: int
    projects: int

    def as_dict(self) -> dict:
        return asdict(self)


@figure_selector
def people_reached(*, projects: QuerySet[Project] | None = None) -> PeopleReached:
    """People reached (total, women, men) and how many projects report the figure. One query."""
    if (cut := summary.slice_of(projects)) is not None:
        cell = summary.read(cut, ("all",))["all"].get("", summary.EMPTY)
        return PeopleReached(
            total=cell.people,
            women=cell.women,
            men=cell.men,
            projects_reporting=cell.reporting,
            projects=cell.n,
        )
    agg = _projects(projects).aggregate(
        total=Sum("people_reached"),
        women=Sum("people_reached_women"),
        men=Sum("people_reached_men"),
        reporting=Count("pk", filter=Q(people_reached__isnull=False)),
        n=Count("pk"),
    )
    return PeopleReached(
        total=agg["total"] or 0,
        women=agg["women"] or 0,
        men=agg["men"] or 0,
        projects_reporting=agg["reporting"],
        projects=agg["n"],
    )


@figure_selector
def value_by_organisation(
    *, projects: QuerySet[Project] | None = None, basis: ValueBasis = "total", limit: int | None = None
) -> list[Row]:
    """Reporting organisations with their number of projects and value, largest first (then by
    name). One query."""
    if (cut := summary.slice_of(projects)) is not None:
        return [
            Row(key=slug, name=name, value_eur=cell.value(basis), projects=cell.n)
            for slug, name, cell in summary.organisations(cut, basis=basis, limit=limit)
        ]
    agg = (
        _projects(projects)
        .order_by()
        .values("reporting_org__slug", "reporting_org__name")
        .annotate(n=Count("pk"), v=Sum(value_field(basis)))
        .order_by(F("v").desc(nulls_last=True), "reporting_org__name", "reporting_org__slug")
    )
    if limit:
        agg = agg[:limit]
    return [
        Row(
            key=a["reporting_org__slug"],
            name=a["reporting_org__name"],
            value_eur=a["v"] or ZERO,
            projects=a["n"],
        )
        for a in agg
    ]


# ---------------------------------------------------------------------------------------------
# Lists and single objects for the pages.
# ---------------------------------------------------------------------------------------------


def project_list_in_sdg(*, goal: int, projects: QuerySet[Project] | None = None) -> QuerySet[Project]:
    """Projects contributing to an SDG goal (the same set ``projects_by_sdg`` counts)."""
    through = Project.sdg_goals.through
    return _projects(projects).filter(pk__in=through.objects.filter(sdggoal=goal).values("project"))


def project_list_in_region(*, region: str, projects: QuerySet[Project] | None = None) -> QuerySet[Project]:
    """Projects with at least one recipient country in an ICA region (by region code)."""
    return _projects(projects).filter(
        pk__in=ProjectCountry.objects.filter(country__ica_region__code=region).values("project")
    )


def project_list_for_organisation(
    *, organisation: Organisation, projects: QuerySet[Project] | None = None
) -> QuerySet[Project]:
    """Projects an organisation reports or takes part in."""
    return _projects(projects).filter(
        Q(reporting_org=organisation)
        | Q(pk__in=ParticipatingOrg.objects.filter(organisation=organisation).values("project"))
    )


def project_list_for_organisation_slug(
    *, slug: str, projects: QuerySet[Project] | None = None
) -> QuerySet[Project]:
    """Projects the organisation with this slug reports or takes part in (the explore filter)."""
    return _projects(projects).filter(
        Q(reporting_org__slug=slug)
        | Q(pk__in=ParticipatingOrg.objects.filter(organisation__slug=slug).values("project"))
    )


def project_list_with_status(*, status: str, projects: QuerySet[Project] | None = None) -> QuerySet[Project]:
    """Projects in an IATI activity status (``2`` implementation, ...)."""
    return _projects(projects).filter(activity_status=status)


def project_get_published(*, identifier: str) -> Project:
    """A published project with everything its page shows, in a fixed number of queries.

    Raises ``Project.DoesNotExist`` for a missing or unpublished project alike.
    """
    return (
        project_list_published()
        .select_related("reporting_org")
        .prefetch_related(
            Prefetch("countries", ProjectCountry.objects.select_related("country", "country__ica_region")),
            Prefetch("regions", ProjectRegion.objects.select_related("region")),
            Prefetch(
                "sectors",
                ProjectSector.objects.select_related("sector", "category").order_by("vocabulary", "code"),
            ),
            "sdg_goals",
            "sdg_targets",
            Prefetch("participating_orgs", ParticipatingOrg.objects.select_related("organisation")),
            "budgets",
            "transactions",
            Prefetch(
                "results",
                Result.objects.prefetch_related(
                    Prefetch("indicators", Indicator.objects.prefetch_related("periods"))
                ),
            ),
            Prefetch("locations", Location.objects.select_related("country")),
            "documents",
            "tags",
        )
        .get(iati_identifier=identifier)
    )


def codelist_names(*, codelists: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """IATI codelist names in the active language: ``{codelist: {code: name}}``. One query."""
    names: dict[str, dict[str, str]] = {c: {} for c in codelists}
    for item in CodelistItem.objects.filter(codelist__in=codelists):
        names[item.codelist][item.code] = item.name
    return names


@dataclass(frozen=True)
class Completeness:
    """Share of an organisation's projects that report each part of the data."""

    projects: int
    items: list[tuple[str, str, int]]  # (key, label, number of projects that have it)


def data_completeness(*, projects: QuerySet[Project]) -> Completeness:
    """How many of the projects report SDGs, sectors, a budget, results, dates, a location and a
    description. One query."""
    pk = OuterRef("pk")
    checks: dict[str, tuple[Any, Any]] = {
        "sdgs": (_("SDGs"), Exists(Project.sdg_goals.through.objects.filter(project=pk))),
        "sectors": (
            _("Sectors"),
            Exists(ProjectSector.objects.filter(project=pk, vocabulary__in=("1", "2"))),
        ),
        "budget": (_("Budget"), Exists(Budget.objects.filter(project=pk))),
        "results": (_("Results"), Exists(Result.objects.filter(project=pk))),
        "dates": (
            _("Start and end dates"),
            Q(planned_start__isnull=False) | Q(actual_start__isnull=False),
        ),
        "location": (_("Location"), Exists(Location.objects.filter(project=pk, latitude__isnull=False))),
        "description": (_("Description"), ~Q(description={})),
    }
    end_known = Q(planned_end__isnull=False) | Q(actual_end__isnull=False)
    aggregates = {}
    for key, (_label, condition) in checks.items():
        cond = condition & end_known if key == "dates" else condition
        aggregates[key] = Count("pk", filter=cond)
    agg = projects.aggregate(n=Count("pk"), **aggregates)
    return Completeness(
        projects=agg["n"], items=[(key, str(label), agg[key]) for key, (label, _c) in checks.items()]
    )
