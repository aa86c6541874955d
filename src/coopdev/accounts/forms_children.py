"""Forms for a project's budgets, transactions, results, locations and participating organisations.

They parse what people type and show errors next to the fields; the rules (codelists, the
project's dates, value > 0, ranges) live in ``projects.services_children``, whose errors the
views put back on these forms (``attach_errors``). Each form turns into one row of project data
(``row()``) and is filled from one (``initial_for``). Texts are edited in one language at a time
(``language``); the row's texts in other languages are kept as they were.
"""

import hashlib
import json
from typing import Any

from django import forms
from django.conf import settings
from django.forms.formsets import BaseFormSet, formset_factory
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from coopdev.accounts.forms import DateInput, _codelist_choices
from coopdev.reference.models import Country, Currency

LANGUAGE_NAMES = dict(settings.LANGUAGES)
BLANK = [("", "—")]
# Texts are JSON narratives: a generous limit, so an imported text is never refused on a later edit.
NARRATIVE_MAX = 10000


def rows_version(rows: list[dict[str, Any]]) -> str:
    """A short fingerprint of a kind's rows: a form posted against other rows is refused."""
    return hashlib.sha256(json.dumps(rows, sort_keys=True, default=str).encode()).hexdigest()[:16]


def _with_current(choices: list[tuple[str, str]], value: Any) -> list[tuple[str, str]]:
    """``choices`` plus the stored value when the codelist no longer offers it (kept, shown as is)."""
    if value and value not in {code for code, _label in choices}:
        return [*choices, (value, str(value))]
    return choices


class RowForm(forms.Form):
    """One row of a child kind. Subclasses name their ``NARRATIVES`` (text fields kept per language)."""

    NARRATIVES: tuple[str, ...] = ()
    CODELISTS: dict[str, str] = {}

    def __init__(
        self, *args: Any, language: str = "en", codelists: dict[str, list] | None = None, **kwargs: Any
    ):
        super().__init__(*args, **kwargs)
        self.language = language
        codelists = codelists or {}
        self.choices = codelists
        for name, codelist in self.CODELISTS.items():
            if codelist not in codelists:
                codelists[codelist] = _codelist_choices(codelist)
            choices = BLANK + _with_current(list(codelists[codelist]), self.initial.get(name))
            self.fields[name].choices = choices  # type: ignore[attr-defined]
        for name in self.NARRATIVES:
            self.fields[name].label = _("%(field)s (%(language)s)") % {
                "field": self.fields[name].label,
                "language": LANGUAGE_NAMES.get(language, language),
            }

    @property
    def stored(self) -> dict[str, Any]:
        """The row this form was filled from (empty for a new row)."""
        return self.initial.get("_row") or {}

    @property
    def is_stored(self) -> bool:
        return bool(self.initial.get("_row"))

    @classmethod
    def initial_for(cls, row: dict[str, Any], language: str) -> dict[str, Any]:
        initial = {key: value for key, value in row.items() if key not in cls.NARRATIVES}
        for name in cls.NARRATIVES:
            initial[name] = (row.get(name) or {}).get(language, "")
        initial["_row"] = row
        return initial

    def narrative(self, name: str) -> dict[str, str]:
        texts = {lang: text for lang, text in (self.stored.get(name) or {}).items() if lang != self.language}
        text = (self.cleaned_data.get(name) or "").strip()
        if text:
            texts[self.language] = text
        return texts

    def row(self) -> dict[str, Any]:
        data = {**self.stored}
        for name, value in self.cleaned_data.items():
            if name in ("DELETE", "ORDER"):
                continue
            if name in self.NARRATIVES:
                data[name] = self.narrative(name)
            elif hasattr(value, "isoformat"):
                data[name] = value.isoformat()
            elif value is None or isinstance(value, bool | int | float | str):
                data[name] = value
            else:
                data[name] = str(value)
        return data


def _money(label: Any) -> forms.DecimalField:
    return forms.DecimalField(label=label, max_digits=16, decimal_places=2, localize=False)


def section_choices() -> dict[str, list[tuple[str, str]]]:
    """The choices the section forms offer, read once per page: codelists, currencies, countries."""
    from coopdev.reference.models import CodelistItem

    lists = [
        "BudgetType",
        "BudgetStatus",
        "TransactionType",
        "GeographicExactness",
        "GeographicLocationReach",
        "OrganisationRole",
        "OrganisationType",
        "ResultType",
        "IndicatorMeasure",
    ]
    choices: dict[str, list[tuple[str, str]]] = {name: [] for name in lists}
    items = CodelistItem.objects.filter(codelist__in=lists, withdrawn=False).order_by("codelist", "code")
    for item in items:
        choices[item.codelist].append((item.code, f"{item.code} · {item.name}"))
    choices["Currency"] = [
        (c.code, c.code) for c in Currency.objects.filter(withdrawn=False).order_by("code")
    ]
    choices["Country"] = list(
        Country.objects.filter(withdrawn=False).order_by("name").values_list("code", "name")
    )
    return choices


class CurrencyMixin:
    def _currencies(self, default: str) -> None:
        field = self.fields["currency"]  # type: ignore[attr-defined]
        choices = self.choices.get("Currency")  # type: ignore[attr-defined]
        if choices is None:
            choices = [(c.code, c.code) for c in Currency.objects.filter(withdrawn=False).order_by("code")]
        field.choices = _with_current(list(choices), self.initial.get("currency"))  # type: ignore[attr-defined]
        field.initial = default


class BudgetForm(CurrencyMixin, RowForm):
    CODELISTS = {"type": "BudgetType", "status": "BudgetStatus"}

    type = forms.ChoiceField(label=_("Budget type"))
    status = forms.ChoiceField(label=_("Budget status"))
    period_start = forms.DateField(label=_("Period start"), widget=DateInput)
    period_end = forms.DateField(label=_("Period end"), widget=DateInput, help_text=_("A year at most."))
    value = _money(_("Amount"))
    currency = forms.ChoiceField(label=_("Currency"))
    value_date = forms.DateField(
        label=_("Value date"),
        required=False,
        widget=DateInput,
        help_text=_("The day of the exchange rate; the period start when empty."),
    )

    def __init__(self, *args: Any, currency: str = "EUR", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._currencies(currency)
        self.fields["type"].initial = "1"
        self.fields["status"].initial = "1"


class TransactionForm(CurrencyMixin, RowForm):
    CODELISTS = {"type": "TransactionType"}
    NARRATIVES = ("description", "provider_org_name", "receiver_org_name")

    type = forms.ChoiceField(label=_("Transaction type"))
    date = forms.DateField(label=_("Date"), widget=DateInput)
    value = _money(_("Amount"))
    currency = forms.ChoiceField(label=_("Currency"))
    value_date = forms.DateField(
        label=_("Value date"),
        required=False,
        widget=DateInput,
        help_text=_("The day of the exchange rate; the transaction date when empty."),
    )
    description = forms.CharField(label=_("Description"), required=False, max_length=NARRATIVE_MAX)
    provider_org_name = forms.CharField(label=_("Provider"), required=False, max_length=NARRATIVE_MAX)
    provider_org_ref = forms.CharField(label=_("Provider's IATI identifier"), required=False, max_length=150)
    receiver_org_name = forms.CharField(label=_("Receiver"), required=False, max_length=NARRATIVE_MAX)
    receiver_org_ref = forms.CharField(label=_("Receiver's IATI identifier"), required=False, max_length=150)
    ref = forms.CharField(label=_("Your reference"), required=False, max_length=200)

    def __init__(self, *args: Any, currency: str = "EUR", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._currencies(currency)


class LocationForm(RowForm):
    CODELISTS = {"exactness": "GeographicExactness", "location_reach": "GeographicLocationReach"}
    NARRATIVES = ("name", "description")

    name = forms.CharField(label=_("Name"), required=False, max_length=NARRATIVE_MAX)
    country = forms.ChoiceField(label=_("Country"), required=False)
    latitude = forms.FloatField(
        label=_("Latitude"),
        required=False,
        min_value=-90,
        max_value=90,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "data-lat": ""}),
        help_text=_("Decimal degrees, -90 to 90 (north is positive)."),
    )
    longitude = forms.FloatField(
        label=_("Longitude"),
        required=False,
        min_value=-180,
        max_value=180,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "data-lon": ""}),
        help_text=_("Decimal degrees, -180 to 180 (east is positive)."),
    )
    exactness = forms.ChoiceField(label=_("Exactness"), required=False)
    location_reach = forms.ChoiceField(label=_("Reach"), required=False)
    description = forms.CharField(label=_("Description"), required=False, max_length=NARRATIVE_MAX)
    ref = forms.CharField(label=_("Your reference"), required=False, max_length=200)

    def __init__(self, *args: Any, country: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["country"].initial = country  # a new row starts in the project's only country
        countries = self.choices.get("Country")
        if countries is None:
            countries = list(
                Country.objects.filter(withdrawn=False).order_by("name").values_list("code", "name")
            )
        choices = BLANK + _with_current(list(countries), self.initial.get("country"))
        self.fields["country"].choices = choices  # type: ignore[attr-defined]


class ParticipantForm(RowForm):
    CODELISTS = {"role": "OrganisationRole", "type": "OrganisationType"}
    NARRATIVES = ("name",)

    role = forms.ChoiceField(label=_("Role"))
    name = forms.CharField(label=_("Name"), required=False, max_length=NARRATIVE_MAX)
    ref = forms.CharField(
        label=_("IATI organisation identifier"),
        required=False,
        max_length=150,
        widget=forms.TextInput(attrs={"list": "organisation-identifiers", "autocomplete": "off"}),
        help_text=_("Links the organisation's page on the platform when it has one."),
    )
    type = forms.ChoiceField(label=_("Organisation type"), required=False)
    activity_id = forms.CharField(label=_("Its own activity identifier"), required=False, max_length=200)


class ResultForm(RowForm):
    CODELISTS = {"type": "ResultType"}
    NARRATIVES = ("title", "description")

    type = forms.ChoiceField(label=_("Result type"))
    title = forms.CharField(label=_("Title"), required=False, max_length=NARRATIVE_MAX)
    description = forms.CharField(
        label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    aggregation_status = forms.NullBooleanField(label=_("Suitable for aggregation"), required=False)

    def row(self) -> dict[str, Any]:
        data = super().row()
        data.setdefault("indicators", [])
        return data


def _indicator_value() -> forms.DecimalField:
    return forms.DecimalField(max_digits=18, decimal_places=4, required=False, localize=False)


class IndicatorForm(RowForm):
    CODELISTS = {"measure": "IndicatorMeasure"}
    NARRATIVES = ("title", "description")

    title = forms.CharField(label=_("Indicator"), required=False, max_length=NARRATIVE_MAX)
    measure = forms.ChoiceField(label=_("Measure"))
    ascending = forms.TypedChoiceField(
        label=_("Which values are better"),
        coerce=lambda value: value == "true",
        choices=[("true", _("Higher values are better")), ("false", _("Lower values are better"))],
        initial="true",
    )
    baseline_year = forms.IntegerField(
        label=_("Baseline year"), required=False, min_value=1900, max_value=2100
    )
    baseline_value = _indicator_value()
    description = forms.CharField(label=_("Description"), required=False, max_length=NARRATIVE_MAX)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["baseline_value"].label = _("Baseline value")
        self.fields["measure"].initial = "1"
        if "ascending" in self.initial:
            self.initial["ascending"] = "true" if self.initial["ascending"] is not False else "false"

    def row(self) -> dict[str, Any]:
        data = super().row()
        data.setdefault("periods", [])
        return data


class PeriodForm(RowForm):
    period_start = forms.DateField(label=_("Period start"), widget=DateInput)
    period_end = forms.DateField(label=_("Period end"), widget=DateInput)
    target_value = _indicator_value()
    actual_value = _indicator_value()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["target_value"].label = _("Target")
        self.fields["actual_value"].label = pgettext_lazy("indicator value", "Actual")


class RowFormSet(BaseFormSet):
    """A formset of rows; ``rows()`` gives the kept rows and the form each came from."""

    def rows(self) -> tuple[list[dict[str, Any]], list[forms.Form]]:
        rows, sources = [], []
        for form in self.forms:
            if self.can_delete and form.is_valid() and form.cleaned_data.get("DELETE"):
                continue
            if not form.has_changed() and not form.initial.get("_row"):
                continue  # an empty extra row
            rows.append(form.row())
            sources.append(form)
        return rows, sources


def row_formset(form_class: type[RowForm], *, extra: int = 1):
    return formset_factory(form_class, formset=RowFormSet, extra=extra, can_delete=True)


def attach_errors(
    errors: dict[str, list[Any]], kind: str, sources: list[forms.Form], fallback: forms.Form | None = None
) -> list[str]:
    """Put the service's ``{"kind.i.field": [message]}`` errors on the forms the rows came from.

    Returns the messages no form shows (other rows, or the kind as a whole).
    """
    leftover: list[str] = []
    for path, messages in errors.items():
        parts = path.split(".")
        if parts[0] != kind:
            leftover += [str(m) for m in messages]
            continue
        if len(parts) == 3 and parts[1].isdigit() and int(parts[1]) < len(sources):
            form, field = sources[int(parts[1])], parts[2]
            for message in messages:
                form.add_error(field if field in form.fields else None, message)
        else:
            leftover += [str(m) for m in messages]
    if fallback is not None:
        for message in leftover:
            fallback.add_error(None, message)
    return leftover


def error_links(forms_: list[tuple[str, Any]]) -> list[dict[str, str]]:
    """Every field error of the ``(title, form)`` pairs as a link to its input, for the summary at
    the top of a page."""
    links = []
    for title, form in forms_:
        for name, messages in form.errors.items():
            if name not in form.fields:
                continue
            field = form[name]
            label = f"{title} · {field.label}" if title else str(field.label)
            for message in messages:
                links.append({"href": f"#{field.auto_id}", "label": label, "message": str(message)})
    return links
