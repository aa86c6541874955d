"""Forms of the network pages: they validate input and hand clean values to services/selectors."""

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from coopdev.network.models import CooperativeType, PublicationKind, Sector, Tag, Theme
from coopdev.reference.models import Country, Region, SDGGoal


def country_choices() -> list[tuple[str, str]]:
    return [(c.code, c.name) for c in Country.objects.filter(withdrawn=False).only("code", "name")]


def sdg_choices() -> list[tuple[str, str]]:
    return [(str(g.number), str(g)) for g in SDGGoal.objects.all()]


def _blank(choices: list[tuple[Any, Any]], label: Any = None) -> list[tuple[Any, Any]]:
    return [("", label or _("Any")), *choices]


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    country = forms.ChoiceField(label=_("Country"), required=False)
    city = forms.ChoiceField(label=_("City"), required=False)
    type = forms.ChoiceField(label=_("Type"), required=False, choices=_blank(list(CooperativeType.choices)))
    tag = forms.ChoiceField(label=_("Tag"), required=False, choices=_blank(list(Tag.choices)))
    sdg = forms.ChoiceField(label=_("SDG"), required=False)
    sector = forms.ChoiceField(label=_("Sector"), required=False, choices=_blank(list(Sector.choices)))

    def __init__(self, *args, countries: list[tuple[str, str]], cities: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = _blank(countries)  # type: ignore[attr-defined]
        self.fields["city"].choices = _blank([(c, c) for c in cities])  # type: ignore[attr-defined]
        self.fields["sdg"].choices = _blank(sdg_choices())  # type: ignore[attr-defined]

    def selector_kwargs(self) -> dict[str, Any]:
        d = self.cleaned_data
        return {
            "q": d.get("q") or "",
            "country": d.get("country") or "",
            "city": d.get("city") or "",
            "cooperative_type": d.get("type") or "",
            "tag": d.get("tag") or "",
            "sdg": int(d["sdg"]) if d.get("sdg") else None,
            "sector": d.get("sector") or "",
        }


class CooperativeForm(forms.Form):
    """The fields a cooperative fills in to be listed, or to update its entry."""

    name = forms.CharField(label=_("Name"), max_length=250)
    legal_form = forms.CharField(label=_("Legal form"), max_length=150, required=False)
    cooperative_type = forms.ChoiceField(label=_("Cooperative type"), choices=CooperativeType.choices)
    registry_number = forms.CharField(label=_("Registry number"), max_length=100, required=False)
    founding_year = forms.IntegerField(
        label=_("Founding year"), min_value=1800, max_value=2100, required=False
    )
    members = forms.IntegerField(label=_("Members"), min_value=0, required=False)
    employees = forms.IntegerField(label=_("Employees"), min_value=0, required=False)
    country = forms.ChoiceField(label=_("Country"))
    city = forms.CharField(label=_("City"), max_length=120)
    address = forms.CharField(label=_("Address"), max_length=300, required=False)
    latitude = forms.FloatField(label=_("Latitude"), min_value=-90, max_value=90, required=False)
    longitude = forms.FloatField(label=_("Longitude"), min_value=-180, max_value=180, required=False)
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    email = forms.EmailField(label=_("Public e-mail"), required=False)
    phone = forms.CharField(label=_("Phone"), max_length=50, required=False)
    description = forms.CharField(
        label=_("Description"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
    sectors = forms.MultipleChoiceField(
        label=_("Sectors"), choices=Sector.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    tags = forms.MultipleChoiceField(
        label=_("Tags"), choices=Tag.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    sdgs = forms.MultipleChoiceField(label=_("SDGs"), required=False, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = _blank(country_choices(), "—")  # type: ignore[attr-defined]
        self.fields["sdgs"].choices = sdg_choices()  # type: ignore[attr-defined]

    def clean(self):
        data = super().clean() or {}
        if (data.get("latitude") is None) != (data.get("longitude") is None):
            raise forms.ValidationError(_("Give both latitude and longitude, or neither."))
        return data


class ListingRequestForm(CooperativeForm):
    contact_name = forms.CharField(label=_("Your name"), max_length=200)
    contact_email = forms.EmailField(
        label=_("Your e-mail"), help_text=_("Private: we send the link to update the entry here.")
    )
    # A field people never see: robots fill it in.
    website_url = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean_website_url(self):
        if self.cleaned_data.get("website_url"):
            raise forms.ValidationError(_("Leave this field empty."))
        return ""


class PublicationFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=_blank(list(PublicationKind.choices)))
    theme = forms.ChoiceField(label=_("Theme"), required=False, choices=_blank(list(Theme.choices)))
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1800, max_value=2100)
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=_blank(list(settings.LANGUAGES))
    )
    region = forms.ChoiceField(label=_("Region"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    sdg = forms.ChoiceField(label=_("SDG"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].choices = _blank(  # type: ignore[attr-defined]
            [(r.code, r.name) for r in Region.objects.filter(kind=Region.Kind.ICA)]
        )
        self.fields["country"].choices = _blank(country_choices())  # type: ignore[attr-defined]
        self.fields["sdg"].choices = _blank(sdg_choices())  # type: ignore[attr-defined]

    def selector_kwargs(self) -> dict[str, Any]:
        d = self.cleaned_data
        return {
            "q": d.get("q") or "",
            "kind": d.get("kind") or "",
            "theme": d.get("theme") or "",
            "year": d.get("year"),
            "language": d.get("language") or "",
            "region": d.get("region") or "",
            "country": d.get("country") or "",
            "sdg": int(d["sdg"]) if d.get("sdg") else None,
        }
