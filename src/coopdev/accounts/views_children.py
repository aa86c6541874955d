"""The project's section pages in the workspace: budgets, transactions, results (with their
indicators, targets and actuals), locations and participating organisations.

Each page edits one kind of rows and saves it with ``project_update`` (data ``{kind: rows}``),
so it goes through the same review as the main form: a published project stays public until a
reviewer publishes the change, and every change is in the history. The rows shown are the
pending version's when there is one. A page posted against rows that changed meanwhile (another
tab, a colleague) is refused rather than applied to the wrong rows.
"""

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from coopdev.accounts import selectors
from coopdev.accounts.forms_children import (
    BudgetForm,
    IndicatorForm,
    LocationForm,
    ParticipantForm,
    PeriodForm,
    ResultForm,
    RowForm,
    TransactionForm,
    attach_errors,
    error_links,
    row_formset,
    rows_version,
    section_choices,
)
from coopdev.accounts.models import ProjectPendingChange
from coopdev.accounts.views import _can_submit, _project
from coopdev.organisations.models import Membership, Organisation
from coopdev.projects import services as project_services
from coopdev.projects.models import Project, narrative_text
from coopdev.projects.services_children import CHILD_KINDS, amount_in_euros

Role = Membership.Role
LANGUAGE_NAMES = dict(settings.LANGUAGES)
STALE = gettext_lazy(
    "These rows changed since you opened the page (in another tab, or by a colleague). Nothing was "
    "saved: here they are as they are now; make your change again."
)


@dataclass(frozen=True)
class Section:
    kind: str
    title: Any
    intro: Any
    form: type[RowForm]
    url_name: str
    add_label: Any
    row_label: Any


SECTIONS = {
    "budgets": Section(
        "budgets",
        gettext_lazy("Budgets"),
        gettext_lazy(
            "What the project plans to spend, per period of a year at most. Amounts are converted to "
            "euros at the rate of the value date."
        ),
        BudgetForm,
        "accounts:project_budgets",
        gettext_lazy("Add a budget"),
        gettext_lazy("Budget"),
    ),
    "transactions": Section(
        "transactions",
        gettext_lazy("Transactions"),
        gettext_lazy("Money committed, received, disbursed or spent, each on its date."),
        TransactionForm,
        "accounts:project_transactions",
        gettext_lazy("Add a transaction"),
        gettext_lazy("Transaction"),
    ),
    "locations": Section(
        "locations",
        gettext_lazy("Locations"),
        gettext_lazy(
            "Where the project works: a name, and a point for the map (click the map or type the "
            "coordinates)."
        ),
        LocationForm,
        "accounts:project_locations",
        gettext_lazy("Add a location"),
        gettext_lazy("Location"),
    ),
    "participating_orgs": Section(
        "participating_orgs",
        gettext_lazy("Participating organisations"),
        gettext_lazy("Who funds, is accountable for, extends or implements the project."),
        ParticipantForm,
        "accounts:project_participants",
        gettext_lazy("Add an organisation"),
        gettext_lazy("Organisation"),
    ),
}
RESULTS_TITLE = gettext_lazy("Results")


def _language(request: HttpRequest, project: Project) -> str:
    for candidate in (request.POST.get("lang"), request.GET.get("lang"), project.default_language, "en"):
        if candidate in LANGUAGE_NAMES:
            return str(candidate)
    return settings.LANGUAGE_CODE


def _rows(project: Project, pending: ProjectPendingChange | None) -> dict[str, Any]:
    """The project's data as the editor sees it: its pending version where there is one."""
    current = project_services.project_snapshot(project=project)
    return {**current, **(pending.data if pending else {})}


def section_nav(project: Project, data: dict[str, Any], active: str) -> list[dict[str, Any]]:
    """The links between the main form and the section pages, with how many rows each has."""
    pages = [
        ("main", _("Main fields"), "project_edit"),
        ("budgets", SECTIONS["budgets"].title, "project_budgets"),
        ("transactions", SECTIONS["transactions"].title, "project_transactions"),
        ("results", RESULTS_TITLE, "project_results"),
        ("locations", SECTIONS["locations"].title, "project_locations"),
        ("participating_orgs", SECTIONS["participating_orgs"].title, "project_participants"),
    ]
    links: list[dict[str, Any]] = [
        {"key": key, "label": label, "url": reverse(f"accounts:{name}", args=[project.pk])}
        for key, label, name in pages
    ]
    for link in links:
        link["count"] = len(data.get(link["key"]) or []) if link["key"] in CHILD_KINDS else None
        link["active"] = link["key"] == active
    return links


def _panel_context(
    request: HttpRequest, project: Project, pending: ProjectPendingChange | None
) -> dict[str, Any]:
    return {
        "project": project,
        "organisation": project.reporting_org,
        "pending": pending,
        "can_submit": _can_submit(project, pending),
        "return_comment": selectors.project_last_review_comment(project=project),
    }


def _saved_message(request: HttpRequest, project: Project) -> None:
    if project.publication_state == Project.PublicationState.PUBLISHED and not selectors.user_is_reviewer(
        user=request.user
    ):
        messages.success(
            request,
            _(
                "Changes saved. The published version stays public until a reviewer publishes your "
                "changes: submit them for review when they are ready."
            ),
        )
    else:
        messages.success(request, _("Changes saved."))


def _languages(language: str) -> list[tuple[str, str, bool]]:
    return [(code, str(name), code == language) for code, name in LANGUAGE_NAMES.items()]


def _form_kwargs(project: Project, kind: str, language: str, choices: dict[str, Any]) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"language": language, "codelists": choices}
    if kind in ("budgets", "transactions"):
        kwargs["currency"] = project.value_currency or project.default_currency or "EUR"
    if kind == "locations":
        countries = list(project.countries.values_list("country_id", flat=True)[:2])
        kwargs["country"] = countries[0] if len(countries) == 1 else ""
    return kwargs


@login_required
def project_section(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    """Budgets, transactions, locations or participating organisations of a project, as rows."""
    section = SECTIONS[kind]
    project = _project(request, pk, Role.EDITOR)
    pending = selectors.project_pending_change(project=project)
    data = _rows(project, pending)
    rows = data.get(kind) or []
    language = _language(request, project)
    version = rows_version(rows)
    choices = section_choices()
    formset_class = row_formset(section.form, extra=1)
    initial = [section.form.initial_for(row, language) for row in rows]
    kwargs = {
        "initial": initial,
        "prefix": kind,
        "form_kwargs": _form_kwargs(project, kind, language, choices),
    }
    page_errors: list[str] = []
    bound = request.method == "POST"
    if bound and request.POST.get("version") != version:
        page_errors.append(str(STALE))
        bound = False
    formset = formset_class(request.POST if bound else None, **kwargs)
    if bound and formset.is_valid():
        new_rows, sources = formset.rows()
        try:
            project_services.project_update(project=project, user=request.user, data={kind: new_rows})
        except project_services.ProjectError as exc:
            page_errors += attach_errors(exc.errors, kind, sources)
            if not exc.errors:
                page_errors.append(str(exc.message))
        else:
            _saved_message(request, project)
            return redirect(reverse(section.url_name, args=[project.pk]) + f"?lang={language}")
    if kind in ("budgets", "transactions"):
        for form in formset.forms:
            stored = form.initial.get("_row")
            if stored:
                form.eur = amount_in_euros(  # type: ignore[attr-defined]
                    value=stored.get("value"),
                    currency=stored.get("currency", ""),
                    on=stored.get("value_date"),
                )
    page_errors += [str(error) for error in formset.non_form_errors()]
    has_errors = bool(page_errors or any(form.errors for form in formset.forms))
    organisations: list[tuple[str | None, str]] = []
    if kind == "participating_orgs":
        organisations = list(
            Organisation.objects.exclude(iati_identifier=None)
            .exclude(iati_identifier="")
            .order_by("name")
            .values_list("iati_identifier", "name")[:2000]
        )
    return render(
        request,
        "accounts/project_section.html",
        {
            **_panel_context(request, project, pending),
            "section": section,
            "formset": formset,
            "version": version,
            "language": language,
            "languages": _languages(language),
            "page_errors": page_errors,
            "nav": section_nav(project, data, kind),
            "organisations": organisations,
            "has_errors": has_errors,
            "has_texts": bool(section.form.NARRATIVES),
            "error_links": error_links(
                [(f"{section.row_label} {i + 1}", form) for i, form in enumerate(formset.forms)]
            ),
            "map_text": {
                "atlas": static("vendor/world-atlas/countries-110m.json"),
                "add": str(section.add_label),
                "map": _("Click the map to set the point"),
                "remove": _("Remove this row when saving"),
            },
        },
        status=400 if has_errors else 200,
    )


# --- Results -------------------------------------------------------------------------------------


@login_required
def project_results(request: HttpRequest, pk: int) -> HttpResponse:
    """The project's results with their indicators, targets and actuals; delete one from here."""
    project = _project(request, pk, Role.EDITOR)
    pending = selectors.project_pending_change(project=project)
    data = _rows(project, pending)
    results = data.get("results") or []
    language = _language(request, project)
    choices = section_choices()
    types, measures = dict(choices["ResultType"]), dict(choices["IndicatorMeasure"])
    shown = [
        {
            "title": narrative_text(result.get("title"), language),
            "type": types.get(result.get("type"), result.get("type")),
            "indicators": [
                {
                    **indicator,
                    "title": narrative_text(indicator.get("title"), language),
                    "measure": measures.get(indicator.get("measure"), indicator.get("measure")),
                }
                for indicator in result.get("indicators") or []
            ],
        }
        for result in results
    ]
    return render(
        request,
        "accounts/project_results.html",
        {
            **_panel_context(request, project, pending),
            "results": list(enumerate(shown)),
            "version": rows_version(results),
            "language": language,
            "nav": section_nav(project, data, "results"),
        },
    )


@login_required
@require_POST
def project_result_delete(request: HttpRequest, pk: int, index: int) -> HttpResponse:
    project = _project(request, pk, Role.EDITOR)
    pending = selectors.project_pending_change(project=project)
    results = list(_rows(project, pending).get("results") or [])
    if index >= len(results):
        raise Http404(_("No such result."))
    if request.POST.get("version") != rows_version(results):
        messages.error(request, str(STALE))
        return redirect("accounts:project_results", pk=project.pk)
    del results[index]
    try:
        project_services.project_update(project=project, user=request.user, data={"results": results})
    except project_services.ProjectError as exc:
        messages.error(request, str(exc.message))
    else:
        _saved_message(request, project)
    return redirect("accounts:project_results", pk=project.pk)


def _result_forms(
    post: Any, row: dict[str, Any], language: str, choices: dict[str, Any]
) -> tuple[ResultForm, Any, list[Any]]:
    """The result's form, its indicators' formset and, per indicator form, its periods' formset."""
    kwargs: dict[str, Any] = {"language": language, "codelists": choices}
    result_form = ResultForm(post, initial=ResultForm.initial_for(row, language), prefix="result", **kwargs)
    indicators = row.get("indicators") or []
    IndicatorSet = row_formset(IndicatorForm, extra=1)
    indicator_set = IndicatorSet(
        post,
        initial=[IndicatorForm.initial_for(i, language) for i in indicators],
        prefix="ind",
        form_kwargs=kwargs,
    )
    period_sets = []
    for i, _form in enumerate(indicator_set.forms):
        periods = indicators[i]["periods"] if i < len(indicators) else []
        PeriodSet = row_formset(PeriodForm, extra=1)
        period_sets.append(
            PeriodSet(
                post,
                initial=[PeriodForm.initial_for(p, language) for p in periods],
                prefix=f"ind-{i}-per",
                form_kwargs=kwargs,
            )
        )
    return result_form, indicator_set, period_sets


def _attach_result_errors(
    errors: dict[str, list[Any]],
    index: int,
    result_form: ResultForm,
    indicator_sources: list[tuple[Any, list[Any]]],
) -> list[str]:
    """Put ``results.<index>.indicators.<j>.periods.<k>.<field>`` errors on the forms they concern."""
    leftover = []
    prefix = f"results.{index}."
    for path, path_messages in errors.items():
        if not path.startswith(prefix):
            leftover += [str(m) for m in path_messages]
            continue
        parts = path[len(prefix) :].split(".")
        form: Any = result_form
        field = parts[0]
        if parts[0] == "indicators" and len(parts) >= 3 and int(parts[1]) < len(indicator_sources):
            indicator_form, period_forms = indicator_sources[int(parts[1])]
            form, field = indicator_form, parts[2]
            if parts[2] == "periods" and len(parts) == 5 and int(parts[3]) < len(period_forms):
                form, field = period_forms[int(parts[3])], parts[4]
        for message in path_messages:
            form.add_error(field if field in form.fields else None, message)
    return leftover


@login_required
def project_result_edit(request: HttpRequest, pk: int, index: int | None = None) -> HttpResponse:
    """One result (new when ``index`` is None) with its indicators and their periods."""
    project = _project(request, pk, Role.EDITOR)
    pending = selectors.project_pending_change(project=project)
    data = _rows(project, pending)
    results = list(data.get("results") or [])
    if index is not None and index >= len(results):
        raise Http404(_("No such result."))
    row = results[index] if index is not None else {}
    language = _language(request, project)
    version = rows_version(results)
    choices = section_choices()
    page_errors: list[str] = []
    bound = request.method == "POST"
    if bound and request.POST.get("version") != version:
        page_errors.append(str(STALE))
        bound = False
    result_form, indicator_set, period_sets = _result_forms(
        request.POST if bound else None, row, language, choices
    )
    if bound and all(
        [result_form.is_valid(), indicator_set.is_valid(), *[ps.is_valid() for ps in period_sets]]
    ):
        new_row = result_form.row()
        indicators, sources = [], []
        for form, period_set in zip(indicator_set.forms, period_sets, strict=True):
            if form.cleaned_data.get("DELETE"):
                continue
            periods, period_forms = period_set.rows()
            if not form.has_changed() and not form.initial.get("_row") and not periods:
                continue
            indicators.append({**form.row(), "periods": periods})
            sources.append((form, period_forms))
        new_row["indicators"] = indicators
        position = len(results) if index is None else index
        new_results = [*results[:position], new_row, *results[position + 1 :]]
        try:
            project_services.project_update(project=project, user=request.user, data={"results": new_results})
        except project_services.ProjectError as exc:
            page_errors += _attach_result_errors(exc.errors, position, result_form, sources)
            if not exc.errors:
                page_errors.append(str(exc.message))
        else:
            _saved_message(request, project)
            return redirect(reverse("accounts:project_results", args=[project.pk]) + f"?lang={language}")
    page_errors += [str(e) for fs in (indicator_set, *period_sets) for e in fs.non_form_errors()]
    has_errors = bool(page_errors) or bool(
        result_form.errors or any(indicator_set.errors) or any(any(ps.errors) for ps in period_sets)
    )
    return render(
        request,
        "accounts/project_result_form.html",
        {
            **_panel_context(request, project, pending),
            "result_form": result_form,
            "indicator_set": indicator_set,
            "indicators": list(zip(indicator_set.forms, period_sets, strict=True)),
            "index": index,
            "version": version,
            "language": language,
            "languages": _languages(language),
            "page_errors": page_errors,
            "has_errors": has_errors,
            "error_links": error_links(
                [
                    (_("Result"), result_form),
                    *[
                        pair
                        for i, (form, ps) in enumerate(zip(indicator_set.forms, period_sets, strict=True))
                        for pair in [
                            (_("Indicator %(n)s") % {"n": i + 1}, form),
                            *[
                                (_("Indicator %(n)s, period %(m)s") % {"n": i + 1, "m": j + 1}, period)
                                for j, period in enumerate(ps.forms)
                            ],
                        ]
                    ],
                ]
            ),
            "nav": section_nav(project, data, "results"),
        },
        status=400 if has_errors else 200,
    )
