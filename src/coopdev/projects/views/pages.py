"""The public pages of the Development Data Platform.

Views stay thin: read the filters, call the selectors (through ``figures_for``), render. The
same figures feed the HTML tables, the inline chart JSON, ``explore.json``, the embeds and the
factsheets' SVG.
"""

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.core.paginator import Paginator
from django.db.models import F, Prefetch, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse, QueryDict, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.clickjacking import xframe_options_exempt

from coopdev.core.figure_cache import cached
from coopdev.organisations.models import Organisation
from coopdev.projects import selectors
from coopdev.projects.filters import PAGE_SIZE, ProjectFilterForm
from coopdev.projects.models import Project, ProjectCountry, narrative_text
from coopdev.projects.views import svg
from coopdev.projects.views.figures import (
    CHARTS,
    chart_payload,
    embed_snippet,
    explore_url,
    figures_for,
    filter_params,
    query_string,
)
from coopdev.reference.models import Region, SDGGoal, SectorCategory

HEALTH_THEME = "health"
# Projects without a value last on both databases (PostgreSQL sorts NULL first in a descending
# order), as the explore list does; on PostgreSQL an index keeps this order (migration 0006).
LARGEST_FIRST = (F("total_value_eur").desc(nulls_last=True), "iati_identifier")
CSV_MAX_ROWS = 100_000


def _basis(request: HttpRequest) -> selectors.ValueBasis:
    return "managed" if request.GET.get("basis") == "managed" else "total"


def _charts_context(request: HttpRequest, figures, base: QueryDict) -> dict[str, Any]:
    basis = figures.basis
    # The charts' tables and data are rendered once per figures, filters in their links and site
    # address (embed snippets), then served from the figure cache (projects/_charts.html).
    fragment_key = figures.key and f"{figures.key}:{base.urlencode()}:{request.build_absolute_uri('/')}"

    def pieces() -> dict[str, Any]:
        return {
            "payload": chart_payload(figures, base),
            "embeds": {chart: embed_snippet(request, chart, base, basis) for chart in CHARTS},
        }

    # The chart data and embed snippets (hundreds of explore links) depend on exactly what the
    # fragment key holds, so they are kept beside the rendered fragment.
    chart_pieces = cached(f"figures:pieces:{fragment_key}", pieces) if fragment_key else pieces()
    return {
        "fragment_key": fragment_key,
        "figures": figures.headline,
        "f": figures,
        "basis": basis,
        **chart_pieces,
        "basis_links": {
            "total": query_string(request.GET.copy(), basis=None, page=None),
            "managed": query_string(request.GET.copy(), basis="managed", page=None),
        },
        "explore_all_url": explore_url(base, basis),
    }


def home(request: HttpRequest) -> HttpResponse:
    """The DDP home: the headline figures and the charts of all published projects."""
    projects = selectors.project_list_published()
    figures = figures_for(projects=projects, basis=_basis(request))
    context = _charts_context(request, figures, QueryDict())
    return render(request, "projects/home.html", context)


class _CountedPaginator(Paginator):
    """A paginator told its number of projects: the headline figures have counted the same set
    (a search's second scan of the search table, at 10k projects a third of the explore page)."""

    def __init__(self, object_list, per_page: int, *, count: int) -> None:
        super().__init__(object_list, per_page)
        self.known_count = count

    @cached_property
    def count(self) -> int:
        return self.known_count


def _project_page(form: ProjectFilterForm, projects: QuerySet[Project], *, count: int):
    ordered = (
        form.sorted_queryset(projects)
        .select_related("reporting_org")
        .prefetch_related(Prefetch("countries", ProjectCountry.objects.select_related("country")))
    )
    return _CountedPaginator(ordered, PAGE_SIZE, count=count).get_page(form.page_number)


def explore(request: HttpRequest) -> HttpResponseBase:
    """Every filter combined; figures, charts and the list recompute for the filtered set."""
    if request.GET.get("format") == "csv":
        return explore_csv(request)
    form = ProjectFilterForm(request.GET)
    valid = form.is_valid()
    projects = form.filter_queryset()
    base = filter_params(request.GET) if valid else QueryDict()
    basis = form.value_basis if valid else _basis(request)
    figures = figures_for(projects=projects, basis=basis)  # type: ignore[arg-type]
    context = _charts_context(request, figures, base)
    context.update(
        {
            "form": form,
            "errors": [] if valid else form.errors_as_messages(),
            "page_obj": _project_page(form, projects, count=figures.headline.projects),
            "paging_qs": request.GET.copy(),
            "active_filters": _describe_filters(form),
            "csv_url": reverse("explore_csv") + query_string(request.GET.copy(), page=None),
            "json_url": reverse("explore_json") + query_string(request.GET.copy(), page=None),
        }
    )
    return render(request, "projects/explore.html", context, status=200 if valid else 400)


def explore_json(request: HttpRequest) -> JsonResponse:
    """The figures of the filtered set as JSON: the same payload the charts draw."""
    form = ProjectFilterForm(request.GET)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors_as_messages()}, status=400)
    figures = figures_for(projects=form.filter_queryset(), basis=form.value_basis)  # type: ignore[arg-type]
    payload = chart_payload(figures, filter_params(request.GET))
    payload["headline"] = {
        k: str(v) if v is not None else None for k, v in figures.headline.as_dict().items()
    }
    return JsonResponse(payload)


class _Echo:
    """A file-like object whose ``write`` returns the line, for streaming ``csv.writer`` output."""

    def write(self, value: str) -> str:
        return value


FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> str:
    """A CSV cell a spreadsheet will not run as a formula: text starting with = + - @ (or a tab or
    carriage return) gets a leading apostrophe (OWASP "CSV injection")."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


CSV_COLUMNS = (
    gettext_lazy("IATI identifier"),
    gettext_lazy("Title"),
    gettext_lazy("Reporting organisation"),
    gettext_lazy("Activity status"),
    gettext_lazy("Start date"),
    gettext_lazy("End date"),
    gettext_lazy("Total project value (EUR)"),
    gettext_lazy("Managed value (EUR)"),
    gettext_lazy("Recipient countries (ISO, %)"),
    gettext_lazy("SDG goals"),
    gettext_lazy("DAC sectors (%)"),
    gettext_lazy("People reached"),
    gettext_lazy("Page"),
)


def _csv_rows(request: HttpRequest, projects: QuerySet[Project]) -> Iterator[list[str]]:
    yield [csv_cell(c) for c in CSV_COLUMNS]
    qs = (
        projects.order_by("iati_identifier")
        .select_related("reporting_org")
        .prefetch_related("countries", "sdg_goals", "sectors")[:CSV_MAX_ROWS]
    )
    for p in qs.iterator(chunk_size=500):
        countries = " ".join(
            f"{c.country_id}:{c.percentage if c.percentage is not None else 100}" for c in p.countries.all()
        )
        sectors = " ".join(
            f"{s.code}:{s.percentage if s.percentage is not None else 100}"
            for s in p.sectors.all()
            if s.vocabulary in ("1", "2")
        )
        yield [
            csv_cell(v)
            for v in (
                p.iati_identifier,
                p.title_text,
                p.reporting_org.name,
                p.activity_status,
                p.start_date or "",
                p.end_date or "",
                p.total_value_eur,
                p.managed_value_eur,
                countries,
                " ".join(str(g.number) for g in p.sdg_goals.all()),
                sectors,
                p.people_reached,
                request.build_absolute_uri(reverse("project_detail", args=[p.iati_identifier])),
            )
        ]


def explore_csv(request: HttpRequest) -> HttpResponseBase:
    """The filtered projects as CSV, streamed, with cells made safe for spreadsheets."""
    form = ProjectFilterForm(request.GET)
    if not form.is_valid():
        return HttpResponse("\n".join(form.errors_as_messages()), status=400, content_type="text/plain")
    writer = csv.writer(_Echo())
    response = StreamingHttpResponse(
        (writer.writerow(row) for row in _csv_rows(request, form.filter_queryset())),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="ddp-projects.csv"'
    return response


def _describe_filters(form: ProjectFilterForm) -> list[str]:
    """The filters in use, in words: "Country: Kenya", for the line above the results."""
    described = []
    for name, value in form.active_filters().items():
        field_ = form.fields[name]
        choices = dict(getattr(field_, "choices", []) or [])
        values = value if isinstance(value, list) else [value]
        shown = ", ".join(str(choices.get(v, choices.get(str(v), v))) for v in values)
        described.append(f"{field_.label}: {shown}")
    return described


# -- thematic pages ---------------------------------------------------------------------------


@dataclass
class Theme:
    kind: str
    title: str
    lead: str
    params: dict[str, list[str]]
    projects: QuerySet[Project]
    colour: str = ""
    region_kind: str = Region.Kind.ICA
    factsheet_url: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def _theme_sdg(goal: int) -> Theme:
    sdg = get_object_or_404(SDGGoal, number=goal)
    return Theme(
        kind="sdg",
        title=_("SDG %(number)s: %(name)s") % {"number": sdg.number, "name": sdg.short_name},
        lead=sdg.name,
        params={"sdg": [str(sdg.number)]},
        projects=selectors.project_list_in_sdg(goal=sdg.number),
        colour=sdg.colour,
        factsheet_url=reverse("sdg_factsheet", args=[sdg.number]),
    )


def _theme_region(code: str) -> Theme:
    region = get_object_or_404(Region, kind=Region.Kind.ICA, code=code)
    return Theme(
        kind="region",
        title=region.name,
        lead=_("Projects with at least one recipient country in this ICA region."),
        params={"region": [region.code]},
        projects=selectors.project_list_in_region(region=region.code),
        region_kind=Region.Kind.M49_SUBREGION,
        factsheet_url=reverse("region_factsheet", args=[region.code]),
    )


def _theme_sector(code: str) -> Theme:
    if code == HEALTH_THEME:
        categories = selectors.HEALTH_SECTOR_CATEGORIES
        names = ", ".join(str(c) for c in SectorCategory.objects.filter(code__in=categories))
        return Theme(
            kind="sector",
            title=_("Health sector"),
            lead=_("Projects with a sector in the DAC categories %(names)s.") % {"names": names},
            params={"sector_category": list(categories)},
            projects=selectors.project_list_in_sector_categories(categories=categories),
            factsheet_url=reverse("sector_factsheet", args=[HEALTH_THEME]),
        )
    category = get_object_or_404(SectorCategory, code=code)
    return Theme(
        kind="sector",
        title=str(category),
        lead=category.description or _("Projects with a sector in this DAC category."),
        params={"sector_category": [category.code]},
        projects=selectors.project_list_in_sector_categories(categories=(category.code,)),
        factsheet_url=reverse("sector_factsheet", args=[category.code]),
    )


THEMES: dict[str, Callable[[Any], Theme]] = {
    "sdg": _theme_sdg,
    "region": _theme_region,
    "sector": _theme_sector,
}


def _theme(kind: str, key: Any) -> Theme:
    return THEMES[kind](key)


def theme_detail(request: HttpRequest, kind: str, key: Any) -> HttpResponse:
    """A thematic page (an SDG, an ICA region, a sector category, the health sector)."""
    theme = _theme(kind, key)
    base = QueryDict(mutable=True)
    for k, v in theme.params.items():
        base.setlist(k, v)
    basis = _basis(request)
    figures = figures_for(
        projects=theme.projects, basis=basis, region_kind=theme.region_kind, organisations=None
    )
    context = _charts_context(request, figures, base)
    recent = (
        theme.projects.select_related("reporting_org")
        .prefetch_related(Prefetch("countries", ProjectCountry.objects.select_related("country")))
        .order_by(*LARGEST_FIRST)[:PAGE_SIZE]
    )
    # Region pages break the value down by M49 sub-region, which has no page of its own.
    context.update(
        {
            "theme": theme,
            "project_list": recent,
            "theme_region_link": "none" if kind == "region" else "region",
        }
    )
    return render(request, "projects/theme.html", context)


def sdg_detail(request: HttpRequest, goal: int) -> HttpResponse:
    return theme_detail(request, "sdg", goal)


def region_detail(request: HttpRequest, code: str) -> HttpResponse:
    return theme_detail(request, "region", code)


def sector_detail(request: HttpRequest, code: str) -> HttpResponse:
    return theme_detail(request, "sector", code)


def factsheet(request: HttpRequest, kind: str, key: Any) -> HttpResponse:
    """A one-page A4 factsheet: figures and static SVG charts, printable without JavaScript."""
    theme = _theme(kind, key)
    basis = _basis(request)
    figures = figures_for(
        projects=theme.projects, basis=basis, region_kind=theme.region_kind, organisations=8
    )
    money = basis
    charts = {
        "regions": svg.horizontal_bars(
            [(r.name, r.value_eur, "") for r in figures.regions.all_rows if r.value_eur],
            money=True,
            title=_("Value by region"),
        ),
        "sdgs": svg.vertical_bars(
            [(r.key, r.projects, r.colour) for r in figures.sdgs.rows], title=_("Number of projects by SDG")
        ),
        "sectors": svg.horizontal_bars(
            [(r.name, r.value_eur, "#1d4ed8") for r in figures.sectors.all_rows[:8] if r.value_eur],
            money=True,
            title=_("Value by sector category"),
        ),
        "years": svg.vertical_bars(
            [
                (str(y.year)[2:] if len(figures.years.rows) > 12 else str(y.year), y.projects, "#9a3412")
                for y in figures.years.rows
            ],
            title=_("Projects active each year"),
        ),
    }
    context = {
        "theme": theme,
        "f": figures,
        "figures": figures.headline,
        "basis": money,
        "charts": charts,
        "countries": figures.countries.rows[:10],
        "page_url": request.build_absolute_uri(reverse(f"{kind}_detail", args=[key])),
    }
    return render(request, "projects/factsheet.html", context)


def sdg_factsheet(request: HttpRequest, goal: int) -> HttpResponse:
    return factsheet(request, "sdg", goal)


def region_factsheet(request: HttpRequest, code: str) -> HttpResponse:
    return factsheet(request, "region", code)


def sector_factsheet(request: HttpRequest, code: str) -> HttpResponse:
    return factsheet(request, "sector", code)


# -- embeds -----------------------------------------------------------------------------------

EMBED_TITLES = {
    "map": gettext_lazy("Projects by country"),
    "regions": gettext_lazy("Value by region"),
    "sdgs": gettext_lazy("Number of projects by SDG"),
    "sectors": gettext_lazy("Value by sector category"),
    "years": gettext_lazy("Projects and value over time"),
}


@xframe_options_exempt
def embed(request: HttpRequest, chart: str) -> HttpResponse:
    """One chart on a bare page that partner sites may frame (only these views may be framed)."""
    if chart not in CHARTS:
        raise Http404
    form = ProjectFilterForm(request.GET)
    if not form.is_valid():
        return HttpResponse("\n".join(form.errors_as_messages()), status=400, content_type="text/plain")
    base = filter_params(request.GET)
    figures = figures_for(projects=form.filter_queryset(), basis=form.value_basis)  # type: ignore[arg-type]
    context = {
        "chart": chart,
        "chart_title": EMBED_TITLES[chart],
        "f": figures,
        "basis": figures.basis,
        "payload": chart_payload(figures, base),
        "source_url": request.build_absolute_uri(explore_url(base, figures.basis)),
    }
    return render(request, "projects/embed.html", context)


# -- project and organisation pages ------------------------------------------------------------

CODELISTS = (
    "ActivityStatus",
    "ActivityScope",
    "CollaborationType",
    "FlowType",
    "FinanceType",
    "AidType",
    "OrganisationRole",
    "OrganisationType",
    "TransactionType",
    "BudgetType",
    "BudgetStatus",
    "ResultType",
    "IndicatorMeasure",
    "DocumentCategory",
)


def project_detail(request: HttpRequest, identifier: str) -> HttpResponse:
    """Every field of a published project, with codes named in the active language."""
    try:
        project = selectors.project_get_published(identifier=identifier)
    except Project.DoesNotExist:
        raise Http404(_("No published project has this identifier.")) from None
    names = selectors.codelist_names(codelists=CODELISTS)

    def name(codelist: str, code: str) -> str:
        return names[codelist].get(code, code) if code else ""

    for org in project.participating_orgs.all():
        org.role_name = name("OrganisationRole", org.role)  # type: ignore[attr-defined]
        org.type_name = name("OrganisationType", org.type)  # type: ignore[attr-defined]
        fallback = org.organisation.name if org.organisation else org.ref
        org.display_name = narrative_text(org.name) or fallback  # type: ignore[attr-defined]
    for t in project.transactions.all():
        t.type_name = name("TransactionType", t.type)  # type: ignore[attr-defined]
        t.provider_text = narrative_text(t.provider_org_name)  # type: ignore[attr-defined]
        t.receiver_text = narrative_text(t.receiver_org_name)  # type: ignore[attr-defined]
    for b in project.budgets.all():
        b.type_name = name("BudgetType", b.type)  # type: ignore[attr-defined]
        b.status_name = name("BudgetStatus", b.status)  # type: ignore[attr-defined]
    for r in project.results.all():
        r.type_name = name("ResultType", r.type)  # type: ignore[attr-defined]
    for d in project.documents.all():
        d.category_name = name("DocumentCategory", d.category)  # type: ignore[attr-defined]
    located = [
        {"name": narrative_text(loc.name) or project.title_text, "value": [loc.longitude, loc.latitude]}
        for loc in project.locations.all()
        if loc.latitude is not None and loc.longitude is not None
    ]
    codes = {
        "status": name("ActivityStatus", project.activity_status),
        "scope": name("ActivityScope", project.activity_scope),
        "collaboration": name("CollaborationType", project.collaboration_type),
        "flow": name("FlowType", project.default_flow_type),
        "finance": name("FinanceType", project.default_finance_type),
        "aid": name("AidType", project.default_aid_type),
    }
    budget_total = sum((b.value_eur or 0 for b in project.budgets.all()), 0)
    context = {
        "project": project,
        "codes": codes,
        "located": located,
        "objectives": narrative_text(project.objectives),
        "target_groups": narrative_text(project.target_groups),
        "budget_total_eur": budget_total,
        "budgets_without_rate": sum(1 for b in project.budgets.all() if b.value_eur is None),
        "map_payload": {
            "lang": request.LANGUAGE_CODE,
            "points": located,
            "labels": {"location": _("Location")},
        },
    }
    return render(request, "projects/project_detail.html", context)


def organisation_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """An organisation: its projects (reported or taken part in), figures, map and data completeness."""
    organisation = get_object_or_404(Organisation, slug=slug)
    projects = selectors.project_list_for_organisation(organisation=organisation)
    basis = _basis(request)
    figures = figures_for(projects=projects, basis=basis, organisations=None)
    base = QueryDict(mutable=True)
    base["organisation"] = organisation.slug
    context = _charts_context(request, figures, base)
    completeness = selectors.data_completeness(projects=projects)
    context.update(
        {
            "organisation": organisation,
            "completeness": completeness,
            "project_list": projects.select_related("reporting_org")
            .prefetch_related(Prefetch("countries", ProjectCountry.objects.select_related("country")))
            .order_by(*LARGEST_FIRST),
        }
    )
    return render(request, "projects/organisation_detail.html", context)
