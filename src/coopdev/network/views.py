"""Public pages of the cooperative network. Thin: parse, call a selector or service, render."""

from typing import Any

from defusedcsv import csv
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from coopdev.network import conf, selectors, services
from coopdev.network.forms import (
    CooperativeForm,
    DirectoryFilterForm,
    ListingRequestForm,
    PublicationFilterForm,
)
from coopdev.network.models import OrganisationKind
from coopdev.reference.models import Country

PAGE_SIZE = 24


def _language() -> str:
    return (get_language() or "en").split("-")[0]


def index(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "network/index.html",
        {
            "cooperatives": selectors.cooperative_list_public().count(),
            "events": selectors.event_list_public()[:5],
            "plans": selectors.plan_list_public()[:5],
            "publications": selectors.publication_list_public().count(),
        },
    )


# --- Directory --------------------------------------------------------------------------------


def _directory_form(request: HttpRequest) -> DirectoryFilterForm:
    public = selectors.cooperative_list_public()
    codes = set(public.order_by().values_list("country_id", flat=True).distinct())
    countries = [(c.code, c.name) for c in Country.objects.filter(code__in=codes).only("code", "name")]
    return DirectoryFilterForm(
        request.GET or None, countries=countries, cities=selectors.cooperative_cities(cooperatives=public)
    )


def _directory_queryset(form: DirectoryFilterForm):
    public = selectors.cooperative_list_public()
    if form.is_bound and form.is_valid():
        return selectors.cooperative_filter(cooperatives=public, **form.selector_kwargs())
    return public


def directory(request: HttpRequest) -> HttpResponse:
    form = _directory_form(request)
    cooperatives = _directory_queryset(form)
    errors = [str(e) for es in form.errors.values() for e in es] if form.is_bound else []
    page = Paginator(cooperatives.order_by("name", "pk"), PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "network/directory.html",
        {
            "form": form,
            "errors": errors,
            "page_obj": page,
            "total": page.paginator.count,
            "map_data": {"points": selectors.cooperative_map_points(cooperatives=cooperatives)},
            "query": query.urlencode(),
        },
    )


def cooperative_detail(request: HttpRequest, slug: str) -> HttpResponse:
    cooperative = selectors.cooperative_get_public(slug=slug)
    if cooperative is None:
        raise Http404(_("No cooperative has this address."))
    return render(
        request,
        "network/cooperative_detail.html",
        {
            "cooperative": cooperative,
            "map_data": {"points": selectors.cooperative_map_points(cooperatives=[cooperative])},
            "participations": cooperative.participations.filter(event__is_public=True).select_related(
                "event"
            ),
        },
    )


def directory_csv(request: HttpRequest) -> HttpResponseBase:
    """The filtered, approved entries as CSV in the documented schema (cells safe for spreadsheets)."""
    form = _directory_form(request)
    cooperatives = _directory_queryset(form)
    lang = _language()

    class Echo:
        def write(self, value: str) -> str:
            return value

    writer = csv.writer(Echo())

    def lines():
        yield writer.writerow(selectors.EXPORT_COLUMNS)
        for row in selectors.cooperative_export_rows(
            cooperatives=cooperatives.iterator(chunk_size=500), language=lang
        ):
            yield writer.writerow(["" if v is None else v for v in row])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="cooperative-directory.csv"'
    return response


def directory_json(request: HttpRequest) -> JsonResponse:
    form = _directory_form(request)
    cooperatives = _directory_queryset(form)
    rows = selectors.cooperative_export_rows(cooperatives=cooperatives, language=_language())
    return JsonResponse(
        {
            "schema": request.build_absolute_uri(reverse("network:directory_schema")),
            "columns": selectors.EXPORT_COLUMNS,
            "count": len(rows),
            "cooperatives": [dict(zip(selectors.EXPORT_COLUMNS, row, strict=True)) for row in rows],
        },
        json_dumps_params={"ensure_ascii": False},
    )


def directory_schema(request: HttpRequest) -> HttpResponse:
    return render(request, "network/directory_schema.html", {"schema": selectors.EXPORT_SCHEMA})


@require_http_methods(["GET", "POST"])
def cooperative_request(request: HttpRequest) -> HttpResponse:
    """Ask to be listed: the entry waits for moderation; possible duplicates are shown."""
    form = ListingRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            submission = services.cooperative_submit(
                data=form.cleaned_data,
                contact_name=form.cleaned_data["contact_name"],
                contact_email=form.cleaned_data["contact_email"],
                base_url=services.site_base_url(request),
                language=_language(),
            )
        except services.NetworkError as exc:
            for key, msgs in exc.errors.items():
                for m in msgs:
                    form.add_error(key if key in form.fields else None, m)
        else:
            return render(
                request,
                "network/cooperative_requested.html",
                {
                    "cooperative": submission.cooperative,
                    "public_duplicates": [d for d in submission.duplicates if d.cooperative.is_public],
                    "pending_duplicates": sum(
                        1 for d in submission.duplicates if not d.cooperative.is_public
                    ),
                },
            )
    return render(request, "network/cooperative_form.html", {"form": form, "mode": "request"})


@require_http_methods(["GET", "POST"])
def cooperative_edit(request: HttpRequest, token: str) -> HttpResponse:
    """A cooperative updates its own entry through its secret link; changes go to moderation."""
    cooperative = selectors.cooperative_get_by_edit_token(token=token)
    if cooperative is None:
        raise Http404(_("This link is not valid."))
    initial = services.cooperative_form_data(cooperative=cooperative)
    initial["description"] = cooperative.description.get(_language(), cooperative.description_text)
    form = CooperativeForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.cooperative_change_propose(
                cooperative=cooperative, data=form.cleaned_data, language=_language()
            )
        except services.NetworkError as exc:
            for key, msgs in exc.errors.items():
                for m in msgs:
                    form.add_error(key if key in form.fields else None, m)
        else:
            messages.success(
                request, _("Thank you: your changes will be shown once staff have checked them.")
            )
            return redirect("network:cooperative_edit", token=token)
    return render(
        request, "network/cooperative_form.html", {"form": form, "mode": "edit", "cooperative": cooperative}
    )


# --- Events -----------------------------------------------------------------------------------


def event_list(request: HttpRequest) -> HttpResponse:
    return render(request, "network/event_list.html", {"events": selectors.event_list_public()})


def event_detail(request: HttpRequest, slug: str) -> HttpResponse:
    event = selectors.event_get_public(slug=slug)
    if event is None:
        raise Http404(_("No event has this address."))
    participants: dict[str, list[Any]] = {}
    for p in event.participants.all():
        participants.setdefault(p.kind, []).append(p)
    kinds = dict(OrganisationKind.choices)
    return render(
        request,
        "network/event_detail.html",
        {
            "event": event,
            "programme": selectors.event_programme(event=event),
            "participant_groups": [(kinds[k], ps) for k, ps in participants.items()],
            "plans": [p for p in event.plans.all() if p.is_public],
        },
    )


# --- Plans ------------------------------------------------------------------------------------


def plan_list(request: HttpRequest) -> HttpResponse:
    plans = selectors.plan_list_public_detailed()
    return render(
        request, "network/plan_list.html", {"reports": [selectors.plan_report(plan=p) for p in plans]}
    )


def plan_detail(request: HttpRequest, slug: str) -> HttpResponse:
    plan = selectors.plan_get_public(slug=slug)
    if plan is None:
        raise Http404(_("No action plan has this address."))
    return render(
        request,
        "network/plan_detail.html",
        {
            "report": selectors.plan_report(plan=plan),
            "amber_days": conf.stale_amber_days(),
            "red_days": conf.stale_red_days(),
        },
    )


# --- Library ----------------------------------------------------------------------------------


def publication_list(request: HttpRequest) -> HttpResponse:
    form = PublicationFilterForm(request.GET or None)
    publications = selectors.publication_list_public()
    errors: list[str] = []
    if form.is_bound:
        if form.is_valid():
            publications = selectors.publication_filter(publications=publications, **form.selector_kwargs())
        else:
            errors = [str(e) for es in form.errors.values() for e in es]
    facets = selectors.publication_facets(publications=publications)
    active = {
        k: str(v) for k, v in (form.cleaned_data.items() if form.is_bound and form.is_valid() else []) if v
    }
    base = request.GET.copy()
    base.pop("page", None)
    facet_links = {}
    labels = {name: form.fields[name].label for name in facets}
    for name, values in facets.items():
        links = []
        for fv in values:
            q = base.copy()
            if active.get(name) == fv.value:
                q.pop(name, None)
            else:
                q[name] = fv.value
            links.append((fv, q.urlencode(), active.get(name) == fv.value))
        facet_links[name] = (labels[name], links)
    return render(
        request,
        "network/publication_list.html",
        {
            "form": form,
            "errors": errors,
            "publications": list(publications),
            "facets": facet_links,
        },
    )


def publication_detail(request: HttpRequest, slug: str) -> HttpResponse:
    publication = selectors.publication_get_public(slug=slug)
    if publication is None:
        raise Http404(_("No publication has this address."))
    return render(request, "network/publication_detail.html", {"publication": publication})
