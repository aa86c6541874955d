"""The figures and charts of a set of projects, built once for HTML tables, chart JSON and SVG.

``figures_for`` calls the selectors; ``chart_payload`` turns their results into the JSON the
charts read (inline through ``json_script`` or from ``explore.json``). Tables in the templates
read the same selector results, so a chart and its table can never disagree.
"""

import hashlib
import html
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db.models import QuerySet
from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from coopdev.core.figure_cache import data_version, version_pinned
from coopdev.projects import selectors
from coopdev.projects.filters import VIEW_PARAMS
from coopdev.projects.models import Project
from coopdev.reference.models import Region

CHARTS = ("map", "regions", "sdgs", "sectors", "years")


@dataclass
class Figures:
    """Everything the dashboard shows for one set of projects on one value basis."""

    basis: selectors.ValueBasis
    headline: selectors.HeadlineFigures
    regions: selectors.Breakdown
    countries: selectors.Breakdown
    sdgs: selectors.SDGFigures
    sectors: selectors.Breakdown
    years: selectors.Timeline
    people: selectors.PeopleReached
    organisations: list[selectors.Row]
    # What these figures are a function of (data version, language, set of projects, options),
    # for caching what is rendered from them; empty when figures are not cached.
    key: str = ""

    @property
    def basis_total(self) -> Decimal:
        return self.headline.total_value_eur if self.basis == "total" else self.headline.managed_value_eur

    @property
    def sdg_max(self) -> int:
        return max((r.projects for r in self.sdgs.rows), default=0)


def figures_for(
    *,
    projects: QuerySet[Project],
    basis: selectors.ValueBasis = "total",
    region_kind: str = Region.Kind.ICA,
    organisations: int | None = 10,
) -> Figures:
    """Call every figure selector once for ``projects`` (the data version read once for all)."""
    with version_pinned():
        options: dict[str, Any] = {"basis": basis, "region_kind": region_kind, "organisations": organisations}
        figures = _figures(projects=projects, **options)
        figures.key = _figures_key(projects, basis, region_kind, organisations)
    return figures


def _figures_key(projects: QuerySet[Project], basis: str, region_kind: str, organisations: int | None) -> str:
    """A digest that changes whenever the figures could (see ``coopdev.core.figure_cache``)."""
    if not settings.COOPDEV_FIGURE_CACHE:
        return ""
    try:
        sql, params = projects.query.sql_with_params()
    except EmptyResultSet:
        return ""
    facts = (data_version(), get_language() or "", sql, params, basis, region_kind, organisations)
    return hashlib.sha256(repr(facts).encode()).hexdigest()


def _figures(
    *, projects: QuerySet[Project], basis: selectors.ValueBasis, region_kind: str, organisations: int | None
) -> Figures:
    return Figures(
        basis=basis,
        headline=selectors.headline_figures(projects=projects),
        regions=selectors.value_by_region(projects=projects, basis=basis, kind=region_kind),
        countries=selectors.value_by_country(projects=projects, basis=basis),
        sdgs=selectors.projects_by_sdg(projects=projects, basis=basis),
        sectors=selectors.value_by_sector_category(projects=projects, basis=basis),
        years=selectors.projects_and_value_by_year(projects=projects, basis=basis),
        people=selectors.people_reached(projects=projects),
        organisations=selectors.value_by_organisation(projects=projects, basis=basis, limit=organisations),
    )


def filter_params(query: QueryDict | dict | None) -> QueryDict:
    """The filter part of a query string (view parameters such as page and sort dropped)."""
    params = QueryDict(mutable=True)
    if query is None:
        return params
    if isinstance(query, QueryDict):
        for key, values in query.lists():
            if key not in VIEW_PARAMS and key not in ("chart", "metric"):
                params.setlist(key, [v for v in values if v != ""])
    else:
        for key, value in query.items():
            params.setlist(key, [str(v) for v in value] if isinstance(value, list) else [str(value)])
    return params


def explore_url(base: QueryDict, basis: str = "total", *, path: str = "", **replace: str) -> str:
    """The explore list for ``base`` filters with some replaced: where a click on a chart leads.
    ``path`` is the explore page's path when the caller has it already (hundreds of links)."""
    params = base.copy()
    for key, value in replace.items():
        params.setlist(key, [value])
    if basis != "total":
        params.setlist("basis", [basis])
    query = params.urlencode()
    return (path or reverse("explore")) + (f"?{query}" if query else "")


def _num(value: Decimal) -> float:
    return float(round(value, 2))


def _row(row: selectors.Row, url: str | None = None) -> dict[str, Any]:
    return {
        "key": row.key,
        "name": row.name,
        "value": _num(row.value_eur),
        "projects": row.projects,
        "numeric": row.numeric,
        "colour": row.colour,
        "bucket": row.is_bucket,
        "url": url,
    }


def chart_labels() -> dict[str, str]:
    """The words charts need, in the active language."""
    return {
        "value": _("Value"),
        "projects": _("Projects"),
        "year": _("Year"),
        "noData": _("No projects"),
        "byValue": _("Value"),
        "byProjects": _("Number of projects"),
        "clickToExplore": _("Click to list these projects"),
        "location": _("Project location"),
    }


def chart_payload(figures: Figures, base: QueryDict) -> dict[str, Any]:
    """The JSON of every chart: rows with values, counts and the explore link of each bar."""
    basis = figures.basis
    path = reverse("explore")

    def link(**replace: str) -> str:
        return explore_url(base, basis, path=path, **replace)

    return {
        "lang": (get_language() or "en").split("-")[0],
        "basis": basis,
        "labels": chart_labels(),
        "total": _num(figures.basis_total),
        "projects": figures.headline.projects,
        "regions": [_row(r, None if r.is_bucket else link(region=r.key)) for r in figures.regions.all_rows],
        "countries": [_row(r, link(country=r.key)) for r in figures.countries.rows],
        "countryBuckets": [_row(r) for r in figures.countries.buckets],
        "sdgs": [_row(r, link(sdg=r.key)) for r in figures.sdgs.rows],
        "sectors": [
            _row(r, None if r.is_bucket else link(sector_category=r.key)) for r in figures.sectors.all_rows
        ],
        "years": [
            {
                "year": y.year,
                "projects": y.projects,
                "value": _num(y.value_eur),
                "url": link(year_from=str(y.year), year_to=str(y.year)),
            }
            for y in figures.years.rows
        ],
        "people": figures.people.as_dict(),
    }


def embed_snippet(request, chart: str, base: QueryDict, basis: str) -> str:
    """The iframe a partner site pastes to show one chart of this set of projects."""
    params = base.copy()
    if basis != "total":
        params.setlist("basis", [basis])
    query = params.urlencode()
    url = request.build_absolute_uri(reverse("embed", args=[chart]) + (f"?{query}" if query else ""))
    height = 520 if chart == "map" else 420
    title = html.escape(_("Development Data Platform chart"))
    return (
        f'<iframe src="{html.escape(url)}" title="{title}" width="100%" height="{height}" '
        'style="border:0" loading="lazy"></iframe>'
    )


def query_string(params: QueryDict, **replace: str | None) -> str:
    """``params`` with some keys replaced (``None`` removes), as ``?a=1&b=2`` (or empty)."""
    q = params.copy()
    for key, value in replace.items():
        if value is None:
            q.pop(key, None)
        else:
            q.setlist(key, [value])
    encoded = q.urlencode()
    return f"?{encoded}" if encoded else ""
