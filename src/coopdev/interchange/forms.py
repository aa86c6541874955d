"""The upload form of the web import."""

from django import forms
from django.utils.translation import gettext_lazy as _

from coopdev.organisations.models import Organisation


class ImportUploadForm(forms.Form):
    organisation = forms.ModelChoiceField(label=_("Organisation"), queryset=Organisation.objects.none())
    file = forms.FileField(
        label=_("File"),
        help_text=_("IATI activity XML (2.01–2.03 or 1.0x), CSV or XLSX, as in the template."),
    )
    skip_invalid = forms.BooleanField(
        label=_("Import the valid activities and list the others"),
        required=False,
        help_text=_("Without this, one invalid activity stops the whole file and nothing is imported."),
    )
    dry_run = forms.BooleanField(
        label=_("Check only"),
        required=False,
        help_text=_("Validate the file and show what the import would do, without writing anything."),
    )

    def __init__(self, *args, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        if organisations is not None:
            field = self.fields["organisation"]
            field.queryset = organisations  # type: ignore[attr-defined]
            only = list(organisations[:2])
            if len(only) == 1:  # an editor of one organisation has nothing to choose
                field.initial = only[0].pk
                field.empty_label = None  # type: ignore[attr-defined]
