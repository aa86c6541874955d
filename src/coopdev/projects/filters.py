"""The explore filters: a plain GET form whose parameters hold the whole state of the page.

``ProjectFilterForm(request.GET)`` validates the parameters; ``filter_queryset`` narrows a set
of projects. Every filter is a subquery on the project's primary key, never a join, so a
project matching a filter twice (two countries of one region, two health sectors) is still
one project. An invalid parameter makes the form invalid with a message per field; views then
show the message and the unfiltered figures, never an error page.
"""

from typing import Any, cast

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.db.models import F, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.db.models.fields.json import KT
from django.db.models.functions import Coalesce
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from coopdev.core.figure_cache import data_version
from coopdev.organisations.models import Organisation
from coopdev.projects import selectors, summary
from coopdev.projects.models import ParticipatingOrg, Project, ProjectCountry, ProjectSector
from coopdev.projects.selectors import VALUE_BASES, project_list_published, value_field
from coopdev.reference.models import CodelistItem, Country, Region, SDGGoal, SDGTarget, Sector, SectorCategory

# The many-to-many link table, typed loosely: django-stubs cannot see auto-created models.
SDG_TARGET_LINKS: Any = Project.sdg_targets.through

SORTS = {
    "-value": _("Value, largest first"),
    "value": _("Value, smallest first"),
    "title": _("Title, A to Z"),
    "-start": _("Start date, newest first"),
    "start": _("Start date, oldest first"),
}
PAGE_SIZE = 20
MAX_QUERY_LENGTH = 200
# Parameters that say how to show the set, not which projects are in it.
VIEW_PARAMS = ("basis", "sort", "page", "format")


class ProjectFilterForm(forms.Form):
    """Every filter of the explore page; all optional and combinable."""

    q = forms.CharField(label=_("Search"), required=False, max_length=MAX_QUERY_LENGTH, strip=True)
    region = forms.ChoiceField(label=_("Region"), required=False)
    country = forms.MultipleChoiceField(label=_("Country"), required=False)
    sdg = forms.TypedChoiceField(label=_("SDG"), required=False, coerce=int, empty_value=None)
    target = forms.ChoiceField(label=_("SDG target"), required=False)
    sector_category = forms.MultipleChoiceField(label=_("Sector category"), required=False)
    sector = forms.ChoiceField(label=_("Sector"), required=False)
    organisation = forms.ChoiceField(label=_("Organisation"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)
    year_from = forms.IntegerField(
        label=_("Active from year"), required=False, min_value=1900, max_value=2100
    )
    year_to = forms.IntegerField(label=_("Active until year"), required=False, min_value=1900, max_value=2100)
    value_min = forms.DecimalField(
        label=_("Minimum value (EUR)"), required=False, min_value=0, max_digits=18, decimal_places=2
    )
    value_max = forms.DecimalField(
        label=_("Maximum value (EUR)"), required=False, min_value=0, max_digits=18, decimal_places=2
    )
    basis = forms.ChoiceField(
        label=_("Value shown"),
        required=False,
        choices=[("total", _("Total project value")), ("managed", _("Value managed by the cooperative"))],
    )
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=list(SORTS.items()))
    page = forms.IntegerField(label=_("Page"), required=False, min_value=1)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        empty = [("", _("All"))]
        for name, choices in reference_choices().items():
            multiple = name in ("country", "sector_category")
            field = cast(forms.ChoiceField, self.fields[name])
            field.choices = (empty if not multiple else []) + choices
        cast(forms.ChoiceField, self.fields["organisation"]).choices = [*empty, *organisation_choices()]

    def clean(self):
        data = super().clean() or {}
        year_from, year_to = data.get("year_from"), data.get("year_to")
        if year_from and year_to and year_from > year_to:
            self.add_error("year_to", _("The last year comes before the first year."))
        low, high = data.get("value_min"), data.get("value_max")
        if low is not None and high is not None and low > high:
            self.add_error("value_max", _("The maximum value is below the minimum value."))
        return data

    # -- reading the validated state ---------------------------------------------------------

    @property
    def value_basis(self) -> str:
        data = getattr(self, "cleaned_data", {})
        basis = data.get("basis") or "total"
        return basis if basis in VALUE_BASES else "total"

    @property
    def sort_key(self) -> str:
        return getattr(self, "cleaned_data", {}).get("sort") or "-value"

    @property
    def page_number(self) -> int:
        return getattr(self, "cleaned_data", {}).get("page") or 1

    def active_filters(self) -> dict[str, object]:
        """The filters in use (not the view parameters), for the page's "filtered by" line."""
        if not self.is_valid():
            return {}
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name not in VIEW_PARAMS and value not in (None, "", [])
        }

    def filter_queryset(self, projects: QuerySet[Project] | None = None) -> QuerySet[Project]:
        """The projects matching the filters (all published projects when the form is invalid)."""
        qs = project_list_published() if projects is None else projects
        if not self.is_valid():
            return qs
        d = self.cleaned_data
        if d.get("q"):
            qs = qs.filter(text_search_q(d["q"]))
        # The filters that are also thematic pages build their sets with the pages' selectors:
        # the same SQL, so the pre-aggregated figures (coopdev.projects.summary) serve both.
        if d.get("region"):
            qs = selectors.project_list_in_region(region=d["region"], projects=qs)
        if d.get("country"):
            qs = qs.filter(pk__in=ProjectCountry.objects.filter(country__in=d["country"]).values("project"))
        if d.get("sdg"):
            qs = selectors.project_list_in_sdg(goal=d["sdg"], projects=qs)
        if d.get("target"):
            qs = qs.filter(pk__in=SDG_TARGET_LINKS.objects.filter(sdgtarget=d["target"]).values("project"))
        if d.get("sector_category"):
            qs = selectors.project_list_in_sector_categories(
                categories=tuple(d["sector_category"]), projects=qs
            )
        if d.get("sector"):
            qs = qs.filter(pk__in=ProjectSector.objects.filter(sector=d["sector"]).values("project"))
        if d.get("organisation"):
            # The organisation's projects as its page counts them: reported or taken part in.
            qs = selectors.project_list_for_organisation_slug(slug=d["organisation"], projects=qs)
        if d.get("status"):
            qs = selectors.project_list_with_status(status=d["status"], projects=qs)
        qs = filter_active_between(qs, d.get("year_from"), d.get("year_to"))
        field = value_field(self.value_basis)  # type: ignore[arg-type]
        if d.get("value_min") is not None:
            qs = qs.filter(**{f"{field}__gte": d["value_min"]})
        if d.get("value_max") is not None:
            qs = qs.filter(**{f"{field}__lte": d["value_max"]})
        return qs

    def sorted_queryset(self, projects: QuerySet[Project]) -> QuerySet[Project]:
        """The projects in the order asked for; ties broken by identifier so paging is stable."""
        field = value_field(self.value_basis)  # type: ignore[arg-type]
        sort = self.sort_key
        if sort in ("-value", "value"):
            order = F(field).desc(nulls_last=True) if sort == "-value" else F(field).asc(nulls_last=True)
            return projects.order_by(order, "iati_identifier")
        if sort == "title":
            lang = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
            return projects.alias(
                sort_title=Coalesce(KT(f"title__{lang}"), KT(f"title__{settings.LANGUAGE_CODE}"))
            ).order_by(F("sort_title").asc(nulls_last=True), "iati_identifier")
        start = Coalesce("actual_start", "planned_start")
        order = start.desc(nulls_last=True) if sort == "-start" else start.asc(nulls_last=True)
        return projects.order_by(order, "iati_identifier")

    def errors_as_messages(self) -> list[str]:
        """One readable line per invalid parameter: "Country: Select a valid choice. ..."."""
        messages = []
        for name, errors in self.errors.items():
            label = self.fields[name].label if name in self.fields else ""
            for error in errors:
                messages.append(f"{label}: {error}" if label else str(error))
        return messages


REFERENCE_CHOICES_SECONDS = 300


def reference_choices() -> dict[str, list[tuple]]:
    """The choices that come from reference data, in the active language, cached for a few
    minutes: reference data changes with a migration or in the admin, and building ~900
    translated options on every request was most of the explore page's time."""
    lang = get_language() or settings.LANGUAGE_CODE
    key = f"coopdev:ddp-filter-choices:{lang}"
    choices = cache.get(key)
    if choices is None:
        choices = {
            "region": [(r.code, r.name) for r in Region.objects.filter(kind=Region.Kind.ICA)],
            "country": [(c.code, c.name) for c in Country.objects.only("code", "name").order_by("name")],
            "sdg": [(g.number, str(g)) for g in SDGGoal.objects.all()],
            "target": [(t.code, f"{t.code} {_shorten(t.description)}") for t in SDGTarget.objects.all()],
            "sector_category": [(c.code, str(c)) for c in SectorCategory.objects.filter(withdrawn=False)],
            "sector": [(s.code, str(s)) for s in Sector.objects.filter(withdrawn=False)],
            "status": [
                (i.code, i.name)
                for i in CodelistItem.objects.filter(codelist="ActivityStatus", withdrawn=False)
            ],
        }
        cache.set(key, choices, REFERENCE_CHOICES_SECONDS)
    return choices


def organisation_choices() -> list[tuple[str, str]]:
    """The organisations that report or take part in a published project, by name; cached under
    the figures' data version, which every change of projects, participants or organisations
    replaces (see coopdev.core.figure_cache)."""
    key = f"coopdev:ddp-organisation-choices:{data_version()}"
    choices = cache.get(key)
    if choices is None:
        if summary.available():
            # The figure summary has a slice per organisation with a published project, reported
            # or taken part in: at a million projects the semi-joins below took minutes.
            having = Q(pk__in=summary.organisations_with_projects())
        else:
            # Semi-joins, not joins with DISTINCT: the organisations are few, their projects many.
            published = project_list_published()
            having = Q(pk__in=published.values("reporting_org")) | Q(
                pk__in=ParticipatingOrg.objects.filter(
                    project__in=published.values("pk"), organisation__isnull=False
                ).values("organisation")
            )
        choices = list(Organisation.objects.filter(having).order_by("name").values_list("slug", "name"))
        cache.set(key, choices, REFERENCE_CHOICES_SECONDS)
    return choices


def text_search_q(query: str) -> Q:
    """Case-insensitive "contains" over the identifier and the titles and descriptions in every
    platform language, accents included: one ``LIKE`` over ``projects_projectsearch``, the
    lower-cased text that database triggers keep for each project (migration 0003)."""
    escaped = query.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return Q(
        pk__in=RawSQL(
            "SELECT project_id FROM projects_projectsearch WHERE text LIKE %s ESCAPE '\\'",
            [f"%{escaped}%"],
        )
    )


def filter_active_between(
    projects: QuerySet[Project], year_from: int | None, year_to: int | None
) -> QuerySet:
    """Projects active at some point in [year_from, year_to], with the same rule as the timeline:
    from the start year (actual, else planned) to the end year, or the start year alone."""
    if not year_from and not year_to:
        return projects
    qs = projects.alias(
        f_start=Coalesce("actual_start", "planned_start"),
        f_end=Coalesce("actual_end", "planned_end", "actual_start", "planned_start"),
    )
    if year_to:
        qs = qs.filter(Q(f_start__year__lte=year_to) | Q(f_start__isnull=True, f_end__year__lte=year_to))
    if year_from:
        qs = qs.filter(f_end__year__gte=year_from)
    return qs


def _shorten(text: str, length: int = 70) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"
