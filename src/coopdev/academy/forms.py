"""Forms of the Academy: they validate input and build the service's input, nothing more."""

from django import forms
from django.utils.translation import gettext_lazy as _

from coopdev.academy.models import POOL_CHOICES, ConsentText, Registration
from coopdev.academy.selectors import consent_current
from coopdev.academy.services import RegistrationInput
from coopdev.core.process_memo import remembered
from coopdev.reference.models import Country

MSG_UNKNOWN_COUNTRY = _("Please choose your country from the list.")
MSG_CONSENT_REQUIRED = _("We can only register you if you agree to the processing of your data.")
MSG_CONSENT_OUTDATED = _(
    "The consent text has changed since the page was loaded: please read it again and agree."
)


COUNTRY_CHOICES_SECONDS = 300


def _countries_by_code() -> dict[str, Country]:
    return {c.code: c for c in Country.objects.filter(withdrawn=False).select_related("ica_region")}


def countries_by_code() -> dict[str, Country]:
    """The countries one may register from, with their ICA region, by code.

    Kept in this process for ``COUNTRY_CHOICES_SECONDS``, not in the shared cache: a cache
    backend pickles, and unpickling 250 model instances on every registration cost more than
    the query it saves.
    """
    return remembered("academy:countries", COUNTRY_CHOICES_SECONDS, _countries_by_code)


def country_choices() -> list[tuple[str, str]]:
    """(code, name) of the countries one may register from, named in the active language."""
    return [(code, str(country)) for code, country in countries_by_code().items()]


class CountryField(forms.ModelChoiceField):
    """A country by its code, looked up in the cached reference list instead of one query each."""

    def to_python(self, value):  # type: ignore[no-untyped-def]
        if value in self.empty_values:
            return None
        country = countries_by_code().get(str(value).strip().upper())
        if country is None:
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return country


class RegistrationForm(forms.Form):
    name = forms.CharField(label=_("Full name"), max_length=200)
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        error_messages={"invalid": _("Please enter a valid e-mail address, such as name@example.org.")},
    )
    organisation = forms.CharField(label=_("Organisation"), max_length=250, required=False)
    country: forms.ModelChoiceField[Country] = CountryField(
        label=_("Country"),
        queryset=Country.objects.filter(withdrawn=False).select_related("ica_region"),
        to_field_name="code",
        error_messages={"invalid_choice": MSG_UNKNOWN_COUNTRY, "required": MSG_UNKNOWN_COUNTRY},
        help_text=_("Seats are shared between the four ICA regions; your country decides your region."),
    )
    staff_claimed = forms.BooleanField(
        label=_("I work for the International Cooperative Alliance"),
        required=False,
        help_text=_("Staff seats are given once your staff status is confirmed."),
    )
    gender = forms.ChoiceField(label=_("Gender"), choices=Registration.Gender.choices, initial="unsaid")
    age_band = forms.ChoiceField(label=_("Age"), choices=Registration.AgeBand.choices, initial="unsaid")
    consent = forms.BooleanField(
        label=_("I agree to the processing of my data as described above"),
        required=True,
        error_messages={"required": MSG_CONSENT_REQUIRED},
    )
    consent_version = forms.IntegerField(widget=forms.HiddenInput)
    listing_consent = forms.BooleanField(
        label=_("You may list my name among the participants"), required=False
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # The form is shown to hundreds of people in the minute registration opens: the choices
        # come from the process's country list, and a callable keeps them lazy, so a form that is
        # validated but not rendered (a registration, a page whose form is cached) never builds them.
        country = self.fields["country"]
        assert isinstance(country, forms.ModelChoiceField)
        empty_label = country.empty_label
        country.choices = lambda: [("", empty_label), *country_choices()]

    def clean_consent_version(self) -> ConsentText:
        latest = consent_current()
        if latest is None or latest.version != self.cleaned_data["consent_version"]:
            raise forms.ValidationError(MSG_CONSENT_OUTDATED)
        return latest

    def to_input(self, *, language: str) -> RegistrationInput:
        data = self.cleaned_data
        return RegistrationInput(
            name=data["name"],
            email=data["email"],
            organisation=data["organisation"],
            country=data["country"],
            consent=data["consent_version"],
            staff_claimed=data["staff_claimed"],
            gender=data["gender"],
            age_band=data["age_band"],
            listing_consent=data["listing_consent"],
            language=language,
        )


class StaffActionForm(forms.Form):
    ACTIONS = [("approve", _("Approve")), ("move", _("Move to pool")), ("cancel", _("Cancel"))]
    action = forms.ChoiceField(choices=ACTIONS)
    to_pool = forms.ChoiceField(choices=POOL_CHOICES, required=False)
    reason = forms.CharField(label=_("Reason"), max_length=500)


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=500, required=False)
