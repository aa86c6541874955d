"""Forms of the workspace: they parse and show errors; the rules live in the services."""

from decimal import Decimal, InvalidOperation
from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from coopdev.organisations.models import Membership, Organisation
from coopdev.projects.models import Project
from coopdev.projects.services import (
    PROJECT_DATA_AMOUNTS,
    PROJECT_DATA_DATES,
    PROJECT_DATA_PEOPLE,
    project_data_errors,
)
from coopdev.reference.models import CodelistItem, Country, Currency, SDGGoal, SDGTarget, Sector

LANGUAGE_NAMES = dict(settings.LANGUAGES)
BAD_PERCENTAGE = _("“{value}” is not a percentage between 0 and 100.")


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class PickerSelect(forms.SelectMultiple):
    """A plain ``<select multiple>`` that ``picker.js`` turns into a searchable picker with chips.

    ``option_attrs`` adds attributes per option (e.g. ``data-colour`` for SDGs).
    """

    def __init__(self, attrs=None, option_attrs: dict[str, dict[str, str]] | None = None):
        super().__init__({"data-picker": "", "size": "8", **(attrs or {})})
        self.option_attrs = option_attrs or {}

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        option["attrs"].update(self.option_attrs.get(str(value), {}))
        return option


def _codelist_choices(codelist: str) -> list[tuple[str, str]]:
    items = CodelistItem.objects.filter(codelist=codelist, withdrawn=False).order_by("code")
    return [(item.code, f"{item.code} · {item.name}") for item in items]


def _shorten(text: str, limit: int = 140) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class ProjectForm(forms.Form):
    """Create or edit a project: every field the brief lists, with IATI codes from the reference data.

    ``project_data`` (after ``is_valid()``) is the project-data dict the services take.
    Percentages of countries and sectors come as ``country_pct_<code>`` / ``sector_pct_<code>``
    inputs beside the pickers (so they work without JavaScript too).
    """

    SHARES = {"countries": "country_pct_", "sectors": "sector_pct_"}

    iati_identifier = forms.CharField(label=_("IATI activity identifier"), max_length=200)
    activity_status = forms.ChoiceField(label=_("Status"))
    planned_start = forms.DateField(label=_("Planned start"), required=False, widget=DateInput)
    planned_end = forms.DateField(label=_("Planned end"), required=False, widget=DateInput)
    actual_start = forms.DateField(label=_("Actual start"), required=False, widget=DateInput)
    actual_end = forms.DateField(label=_("Actual end"), required=False, widget=DateInput)
    total_value = forms.DecimalField(
        label=_("Total project value"), required=False, min_value=0, max_digits=16, decimal_places=2
    )
    managed_value = forms.DecimalField(
        label=_("Value managed by your organisation"),
        required=False,
        min_value=0,
        max_digits=16,
        decimal_places=2,
    )
    value_currency = forms.ChoiceField(label=_("Currency"))
    value_date = forms.DateField(
        label=_("Value date"),
        required=False,
        widget=DateInput,
        help_text=_("The date the values are converted to euro at; the start date when empty."),
    )
    people_reached = forms.IntegerField(label=_("People reached"), required=False, min_value=0)
    people_reached_women = forms.IntegerField(label=_("of whom women"), required=False, min_value=0)
    people_reached_men = forms.IntegerField(label=_("of whom men"), required=False, min_value=0)
    countries = forms.MultipleChoiceField(label=_("Recipient countries"), required=False)
    sectors = forms.MultipleChoiceField(
        label=_("Sectors (OECD DAC 5-digit)"),
        required=False,
    )
    sdg_goals = forms.TypedMultipleChoiceField(label=_("SDG goals"), required=False, coerce=int)
    sdg_targets = forms.MultipleChoiceField(label=_("SDG targets"), required=False)

    def __init__(
        self,
        *args: Any,
        organisation: Organisation,
        project: Project | None = None,
        data_initial: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        self.organisation = organisation
        self.project = project
        self.data_initial = data_initial or {}
        kwargs.setdefault("initial", self._initial_from(self.data_initial))
        super().__init__(*args, **kwargs)
        for code in LANGUAGE_NAMES:
            name = LANGUAGE_NAMES[code]
            self.fields[f"title_{code}"] = forms.CharField(
                label=_("Title (%(language)s)") % {"language": name}, required=False, max_length=500
            )
            self.fields[f"description_{code}"] = forms.CharField(
                label=_("Description (%(language)s)") % {"language": name},
                required=False,
                widget=forms.Textarea(attrs={"rows": 4}),
            )
        fields = self.fields
        goals = list(SDGGoal.objects.order_by("number"))
        colours = {g.number: g.colour for g in goals}
        targets = list(SDGTarget.objects.order_by("goal__number", "sort_order"))
        # Widgets first: setting a field's choices passes them on to its widget of the moment.
        fields["countries"].widget = PickerSelect(attrs={"data-shares": "country_pct_"})
        fields["sectors"].widget = PickerSelect(attrs={"data-shares": "sector_pct_"})
        fields["sdg_goals"].widget = PickerSelect(
            option_attrs={str(g.number): {"data-colour": g.colour} for g in goals}
        )
        fields["sdg_targets"].widget = PickerSelect(
            option_attrs={t.code: {"data-colour": colours[t.goal_id]} for t in targets}
        )
        fields["activity_status"].choices = _codelist_choices("ActivityStatus")  # type: ignore[attr-defined]
        currencies = Currency.objects.filter(withdrawn=False).order_by("code")
        fields["value_currency"].choices = [(c.code, f"{c.code} · {c.name}") for c in currencies]  # type: ignore[attr-defined]
        fields["countries"].choices = [  # type: ignore[attr-defined]
            (c.code, c.name) for c in Country.objects.filter(withdrawn=False).order_by("name")
        ]
        fields["sectors"].choices = [  # type: ignore[attr-defined]
            (s.code, f"{s.code} · {s.name}") for s in Sector.objects.filter(withdrawn=False).order_by("code")
        ]
        fields["sdg_goals"].choices = [(g.number, f"{g.number} · {g.short_name}") for g in goals]  # type: ignore[attr-defined]
        fields["sdg_targets"].choices = [  # type: ignore[attr-defined]
            (t.code, _shorten(f"{t.code} · {t.description}")) for t in targets
        ]
        if self._identifier_frozen():
            fields["iati_identifier"].disabled = True
        if organisation.iati_identifier:
            fields["iati_identifier"].help_text = _(
                "Starts with your organisation's identifier, %(prefix)s-"
            ) % {"prefix": organisation.iati_identifier}
        self.share_errors: dict[str, list[str]] = {}

    def _identifier_frozen(self) -> bool:
        return (
            self.project is not None and self.project.publication_state == Project.PublicationState.PUBLISHED
        )

    @staticmethod
    def _initial_from(data: dict[str, Any]) -> dict[str, Any]:
        initial: dict[str, Any] = {
            key: data.get(key)
            for key in (
                "iati_identifier",
                "activity_status",
                "value_currency",
                *PROJECT_DATA_DATES,
                *PROJECT_DATA_AMOUNTS,
                *PROJECT_DATA_PEOPLE,
            )
            if data.get(key) is not None
        }
        initial.setdefault("activity_status", "2")
        initial.setdefault("value_currency", "EUR")
        for kind in ("title", "description"):
            for code, text in (data.get(kind) or {}).items():
                initial[f"{kind}_{code}"] = text
        initial["countries"] = [code for code, _pct in data.get("countries") or []]
        initial["sectors"] = [code for code, _pct in data.get("sectors") or []]
        initial["sdg_goals"] = list(data.get("sdg_goals") or [])
        initial["sdg_targets"] = list(data.get("sdg_targets") or [])
        return initial

    def language_fields(self) -> list[tuple[str, str, Any, Any]]:
        """(code, language name, title field, description field) for each platform language."""
        return [
            (code, str(name), self[f"title_{code}"], self[f"description_{code}"])
            for code, name in LANGUAGE_NAMES.items()
        ]

    def share_rows(self, kind: str) -> list[dict[str, Any]]:
        """The selected countries or sectors with their percentages, for the inputs beside the picker."""
        prefix = self.SHARES[kind]
        names = dict(self.fields[kind].choices)  # type: ignore[attr-defined]
        if self.is_bound:
            codes = self.data.getlist(kind) if hasattr(self.data, "getlist") else self.data.get(kind, [])
            values = {code: self.data.get(prefix + code, "") for code in codes}
        else:
            rows = self.data_initial.get(kind) or []
            codes = [code for code, _pct in rows]
            values = {code: (pct or "") for code, pct in rows}
        return [
            {"code": code, "name": names.get(code, code), "name_attr": prefix + code, "value": values[code]}
            for code in codes
            if code in names
        ]

    def _shares(self, kind: str) -> list[list[Any]]:
        rows = []
        for row in self.share_rows(kind):
            raw = str(row["value"]).strip().replace(",", ".").rstrip("%").strip()
            if not raw:
                rows.append([row["code"], None])
                continue
            try:
                value = Decimal(raw)
            except InvalidOperation:
                value = Decimal(-1)
            if not (0 <= value <= 100) or not value.is_finite():
                self.add_error(kind, str(BAD_PERCENTAGE).format(value=row["value"]))
                continue
            rows.append([row["code"], str(value.quantize(Decimal("0.01")))])
        return rows

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        data: dict[str, Any] = {}
        for key in ("iati_identifier", "activity_status", "value_currency", *PROJECT_DATA_PEOPLE):
            if key in cleaned:
                data[key] = cleaned[key]
        if self._identifier_frozen() and self.project is not None:
            data["iati_identifier"] = self.project.iati_identifier
        for key in PROJECT_DATA_DATES:
            if key in cleaned:
                data[key] = cleaned[key].isoformat() if cleaned[key] else None
        for key in PROJECT_DATA_AMOUNTS:
            if key in cleaned:
                data[key] = str(cleaned[key]) if cleaned[key] is not None else None
        for kind in ("title", "description"):
            # Languages the form does not show (e.g. from an IATI import) are kept as they were.
            texts = {
                code: text
                for code, text in (self.data_initial.get(kind) or {}).items()
                if code not in LANGUAGE_NAMES
            }
            for code in LANGUAGE_NAMES:
                text = (cleaned.get(f"{kind}_{code}") or "").strip()
                if text:
                    texts[code] = text
            data[kind] = texts
        for kind in self.SHARES:
            data[kind] = self._shares(kind)
        data["sdg_goals"] = sorted(cleaned.get("sdg_goals") or [])
        data["sdg_targets"] = sorted(cleaned.get("sdg_targets") or [])
        if not self.errors:
            errors = project_data_errors(organisation=self.organisation, data=data, project=self.project)
            for field, messages in errors.items():
                target = "title_en" if field == "title" else field
                for message in messages:
                    self.add_error(target if target in self.fields else None, message)
        self.project_data = data
        return cleaned


class PasswordResetForm(auth_forms.PasswordResetForm):
    """Django's form, but people invited by an admin (no password yet) may ask for a link too:
    their invitation link expires, and there is no other way to sign in here."""

    def get_users(self, email):
        users = get_user_model()._default_manager.filter(email__iexact=email, is_active=True)
        return (user for user in users if user.email)


class ReturnForm(forms.Form):
    comment = forms.CharField(
        label=_("What needs to change"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
        help_text=_("Sent to the organisation's editors by e-mail and kept in the project's history."),
    )


class MemberAddForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"))
    role = forms.ChoiceField(label=_("Role"), choices=Membership.Role.choices, initial=Membership.Role.EDITOR)


class MemberRoleForm(forms.Form):
    membership = forms.IntegerField(widget=forms.HiddenInput)
    role = forms.ChoiceField(label=_("Role"), choices=Membership.Role.choices)


class ApiTokenCreateForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=100,
        help_text=_("What the token is for, e.g. “ERP nightly sync”."),
    )
