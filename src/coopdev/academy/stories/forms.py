"""Forms of Pay it forward: they validate input (media by content) and build the service's input."""

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from coopdev.academy.forms import MSG_UNKNOWN_COUNTRY
from coopdev.academy.models import SupportKind
from coopdev.academy.stories import conf, media
from coopdev.academy.stories.services import MSG_CONSENT_REQUIRED, StoryInput
from coopdev.reference.models import Country

MSG_OTHER_TEXT = _("Please say how you will support a cooperative.")


class _KindMixin(forms.Form):
    kind = forms.ChoiceField(
        label=_("How will you support a local cooperative?"),
        choices=SupportKind.choices,
        widget=forms.RadioSelect,
    )
    other_text = forms.CharField(label=_("In your own words"), max_length=300, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("kind") == SupportKind.OTHER and not data.get("other_text", "").strip():
            self.add_error("other_text", MSG_OTHER_TEXT)
        return data


class PledgeFromRegistrationForm(_KindMixin):
    pass


class PledgeForm(_KindMixin):
    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("We send you a link to confirm it; your address is never published."),
    )
    country: forms.ModelChoiceField[Country] = forms.ModelChoiceField(
        label=_("Country"),
        queryset=Country.objects.filter(withdrawn=False).select_related("ica_region"),
        to_field_name="code",
        error_messages={"invalid_choice": MSG_UNKNOWN_COUNTRY, "required": MSG_UNKNOWN_COUNTRY},
    )
    field_order = ["name", "email", "country", "kind", "other_text"]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}))
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[UploadedFile]:
        files = data if isinstance(data, list | tuple) else [data] if data else []
        return [super(MultipleFileField, self).clean(f, initial) for f in files]


class StoryForm(forms.Form):
    kind = forms.ChoiceField(label=_("What did you do?"), choices=SupportKind.choices)
    title = forms.CharField(label=_("Title"), max_length=120)
    text = forms.CharField(label=_("Your story"), max_length=2000, widget=forms.Textarea(attrs={"rows": 6}))
    pictures = MultipleFileField(
        label=_("Pictures (JPEG, PNG or WebP)"),
        required=False,
        help_text=_("Location and camera data are removed from pictures before they are stored."),
    )
    video = forms.FileField(
        label=_("Video (MP4 or WebM)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "video/mp4,video/webm"}),
    )
    video_url = forms.CharField(label=_("…or a link to your video"), required=False, max_length=500)
    author_display = forms.CharField(
        label=_("Name shown with your story"),
        max_length=100,
        required=False,
        help_text=_("Leave empty to publish without a name."),
    )
    publish_consent = forms.BooleanField(
        label=_(
            "I agree that the Alliance publishes this story, its pictures or video and the name above "
            "on this site and on social networks"
        ),
        required=True,
        error_messages={"required": MSG_CONSENT_REQUIRED},
    )

    def clean_pictures(self) -> list[media.CleanPicture]:
        uploads = self.cleaned_data.get("pictures") or []
        if len(uploads) > conf.picture_max_count():
            raise forms.ValidationError(media.MSG_TOO_MANY_PICTURES % {"max": conf.picture_max_count()})
        cleaned, errors = [], []
        for upload in uploads:
            try:
                cleaned.append(media.picture_clean(upload))
            except media.MediaError as exc:
                errors.append(exc.message)
        if errors:
            raise forms.ValidationError(errors)
        return cleaned

    def clean_video(self) -> tuple[UploadedFile, str] | None:
        upload = self.cleaned_data.get("video")
        if not upload:
            return None
        try:
            return upload, media.video_format(upload)
        except media.MediaError as exc:
            raise forms.ValidationError(exc.message) from exc

    def clean_video_url(self) -> str:
        url = self.cleaned_data.get("video_url") or ""
        if not url:
            return ""
        try:
            return media.video_url_clean(url)
        except media.MediaError as exc:
            raise forms.ValidationError(exc.message) from exc

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("video") and data.get("video_url"):
            self.add_error("video_url", media.MSG_ONE_VIDEO)
        return data

    def to_input(self) -> StoryInput:
        data = self.cleaned_data
        video = data.get("video")
        return StoryInput(
            kind=data["kind"],
            title=data["title"],
            text=data["text"],
            publish_consent=data["publish_consent"],
            author_display=data["author_display"],
            pictures=data["pictures"],
            video=video[0] if video else None,
            video_extension=video[1] if video else "",
            video_url=data["video_url"],
        )


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (sent to the author)"), max_length=1000, widget=forms.Textarea(attrs={"rows": 2})
    )
