"""The explore page's filters, read from an API request: the same form, so the same parameter
names, the same validation and the same set of projects for the same query string."""

import datetime as dt
from decimal import Decimal

from django import forms
from django.conf import settings
from django.db.models import Case, DateField, DecimalField, IntegerField, Q, QuerySet, TextField, Value, When
from django.db.models.fields.json import KT
from django.db.models.functions import Coalesce
from django.utils.translation import get_language
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request

from coopdev.api.pagination import Key
from coopdev.projects.filters import ProjectFilterForm
from coopdev.projects.models import Project
from coopdev.projects.selectors import value_field

TIE_BREAKER = Key("iati_identifier")


def form_errors(form: forms.Form) -> dict[str, list[str]]:
    """A form's errors as DRF reports them: ``{"field": ["message", ...]}``."""
    return {name: [str(message) for message in messages] for name, messages in form.errors.items()}


def project_filter_form(request: Request) -> ProjectFilterForm:
    """The validated explore filters of the request; a 400 with a message per field otherwise."""
    form = ProjectFilterForm(request.query_params)
    if not form.is_valid():
        raise ValidationError(form_errors(form))
    return form


def _missing(name: str) -> Case:
    return Case(
        When(Q(**{f"{name}__isnull": True}), then=Value(1)), default=Value(0), output_field=IntegerField()
    )


def project_ordering(
    form: ProjectFilterForm, projects: QuerySet[Project]
) -> tuple[QuerySet[Project], list[Key]]:
    """The projects annotated with the keys of the explore page's ``sort``, and those keys.

    The order is the page's (``ProjectFilterForm.sorted_queryset``): empty values last, ties by
    identifier. Each key is made non-null (a ``*_missing`` flag, then the value or a stand-in)
    so that the cursor can compare tuples.
    """
    sort = form.sort_key
    field = value_field(form.value_basis)  # type: ignore[arg-type]
    if sort in ("-value", "value"):
        qs = projects.annotate(
            k_missing=_missing(field),
            k_value=Coalesce(
                field, Value(Decimal(0)), output_field=DecimalField(max_digits=18, decimal_places=2)
            ),
        )
        return qs, [Key("k_missing"), Key("k_value", descending=sort == "-value"), TIE_BREAKER]
    if sort == "title":
        lang = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
        title = Coalesce(KT(f"title__{lang}"), KT(f"title__{settings.LANGUAGE_CODE}"))
        qs = projects.annotate(k_title=title).annotate(
            k_missing=_missing("k_title"), k_value=Coalesce("k_title", Value(""), output_field=TextField())
        )
        return qs, [Key("k_missing"), Key("k_value"), TIE_BREAKER]
    qs = projects.annotate(
        k_start=Coalesce("actual_start", "planned_start", output_field=DateField())
    ).annotate(
        k_missing=_missing("k_start"),
        k_value=Coalesce("k_start", Value(dt.date(1, 1, 1)), output_field=DateField()),
    )
    return qs, [Key("k_missing"), Key("k_value", descending=sort == "-start"), TIE_BREAKER]
