"""Staff moderation and editing of the network in the back office.

Directory entries and proposed changes are approved or rejected with list actions (through the
services, so the rules are the same as everywhere); possible duplicates are shown on each entry.
"""

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from coopdev.network import selectors, services
from coopdev.network.models import (
    ActionPlan,
    Cooperative,
    CooperativeChange,
    CooperativeSector,
    CooperativeTag,
    Declaration,
    Deliverable,
    Event,
    EventLink,
    EventSession,
    ModerationStatus,
    Participant,
    ProgressUpdate,
    Publication,
    Speaker,
    WorkingGroup,
)


def _duplicates_html(cooperative: Cooperative):
    duplicates = selectors.cooperative_duplicates(
        name=cooperative.name,
        city=cooperative.city,
        country=cooperative.country_id,
        registry_number=cooperative.registry_number,
        website=cooperative.website,
        exclude_pk=cooperative.pk,
    )
    if not duplicates:
        return "—"
    return format_html_join(
        mark_safe("<br>"),  # noqa: S308 - a constant
        '<a href="../../{}/change/">{}</a> ({}; {})',
        (
            (d.cooperative.pk, d.cooperative.name, ", ".join(d.reasons), d.cooperative.get_status_display())
            for d in duplicates
        ),
    )


class CooperativeTagInline(admin.TabularInline):
    model = CooperativeTag
    extra = 0


class CooperativeSectorInline(admin.TabularInline):
    model = CooperativeSector
    extra = 0


@admin.register(Cooperative)
class CooperativeAdmin(admin.ModelAdmin):
    list_display = ("name", "city", "country", "cooperative_type", "status", "possible_duplicates", "is_demo")
    list_filter = ("status", "cooperative_type", "country", "is_demo")
    search_fields = ("name", "city", "registry_number", "website", "contact_email")
    readonly_fields = ("duplicates", "moderated_by", "moderated_at", "created_at", "is_demo")
    autocomplete_fields = ("organisation",)
    filter_horizontal = ("sdg_goals",)
    inlines = [CooperativeTagInline, CooperativeSectorInline]
    actions = ["approve", "reject"]
    prepopulated_fields = {"slug": ("name",)}

    @admin.display(description=_("possible duplicates"))
    def possible_duplicates(self, obj: Cooperative):
        return _duplicates_html(obj)

    @admin.display(description=_("possible duplicates"))
    def duplicates(self, obj: Cooperative):
        return _duplicates_html(obj) if obj.pk else "—"

    @admin.action(description=_("Approve the selected entries (make them public)"))
    def approve(self, request: HttpRequest, queryset: QuerySet[Cooperative]) -> None:
        for cooperative in queryset:
            services.cooperative_approve(cooperative=cooperative, user=request.user)
        self.message_user(
            request,
            ngettext("%d entry approved.", "%d entries approved.", queryset.count()) % queryset.count(),
        )

    @admin.action(description=_("Reject the selected entries (fill in the reason on each entry first)"))
    def reject(self, request: HttpRequest, queryset: QuerySet[Cooperative]) -> None:
        done, skipped = 0, 0
        for cooperative in queryset:
            try:
                services.cooperative_reject(
                    cooperative=cooperative, user=request.user, reason=cooperative.rejection_reason
                )
                done += 1
            except services.NetworkError:
                skipped += 1
        self.message_user(request, _("%(done)d rejected.") % {"done": done})
        if skipped:
            self.message_user(
                request,
                _("%(n)d entries have no reason for rejection: open them, write the reason, then reject.")
                % {"n": skipped},
                level=messages.WARNING,
            )


@admin.register(CooperativeChange)
class CooperativeChangeAdmin(admin.ModelAdmin):
    list_display = ("cooperative", "created_at", "status")
    list_filter = ("status",)
    readonly_fields = ("cooperative", "differences", "created_at", "moderated_by", "moderated_at")
    exclude = ("data",)
    actions = ["approve", "reject"]

    @admin.display(description=_("changes proposed"))
    def differences(self, obj: CooperativeChange):
        current = services.cooperative_form_data(cooperative=obj.cooperative)
        rows = [(k, current.get(k), v) for k, v in obj.data.items() if current.get(k) != v]
        if not rows:
            return _("No change.")
        return format_html(
            "<table><tr><th>{}</th><th>{}</th><th>{}</th></tr>{}</table>",
            _("field"),
            _("now"),
            _("proposed"),
            format_html_join("", "<tr><td>{}</td><td>{}</td><td>{}</td></tr>", rows),
        )

    @admin.action(description=_("Apply the selected changes to the entries"))
    def approve(self, request: HttpRequest, queryset: QuerySet[CooperativeChange]) -> None:
        for change in queryset.filter(status=ModerationStatus.PENDING):
            try:
                services.cooperative_change_approve(change=change, user=request.user)
            except services.NetworkError as exc:
                self.message_user(request, f"{change}: {exc}", level=messages.ERROR)

    @admin.action(description=_("Reject the selected changes"))
    def reject(self, request: HttpRequest, queryset: QuerySet[CooperativeChange]) -> None:
        for change in queryset.filter(status=ModerationStatus.PENDING):
            services.cooperative_change_reject(change=change, user=request.user)


class EventSessionInline(admin.TabularInline):
    model = EventSession
    extra = 0
    show_change_link = True


class ParticipantInline(admin.TabularInline):
    model = Participant
    extra = 0
    autocomplete_fields = ("organisation",)
    raw_id_fields = ("cooperative",)


class EventLinkInline(admin.TabularInline):
    model = EventLink
    extra = 0


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ("__str__", "kind", "starts_on", "city", "is_public", "is_demo")
    list_filter = ("kind", "is_public", "is_demo")
    inlines = [EventSessionInline, ParticipantInline, EventLinkInline]


class SpeakerInline(admin.TabularInline):
    model = Speaker
    extra = 0


@admin.register(EventSession)
class EventSessionAdmin(admin.ModelAdmin):
    list_display = ("__str__", "event", "slot", "track")
    inlines = [SpeakerInline]


class DeclarationInline(admin.StackedInline):
    model = Declaration
    extra = 0
    filter_horizontal = ("sdg_goals",)
    raw_id_fields = ("participant", "sdg_targets")


class WorkingGroupInline(admin.TabularInline):
    model = WorkingGroup
    extra = 0
    show_change_link = True
    exclude = ("sdg_goals",)


@admin.register(ActionPlan)
class ActionPlanAdmin(admin.ModelAdmin):
    list_display = ("__str__", "starts_on", "horizon_years", "is_public", "is_demo")
    inlines = [DeclarationInline, WorkingGroupInline]


class DeliverableInline(admin.TabularInline):
    model = Deliverable
    extra = 0
    show_change_link = True
    fields = ("title", "owner", "due_on", "status", "progress", "last_update_at")
    readonly_fields = ("status", "progress", "last_update_at")


@admin.register(WorkingGroup)
class WorkingGroupAdmin(admin.ModelAdmin):
    list_display = ("__str__", "plan", "lead")
    filter_horizontal = ("sdg_goals",)
    inlines = [DeliverableInline]


class ProgressUpdateInline(admin.TabularInline):
    model = ProgressUpdate
    extra = 0
    readonly_fields = ("status", "progress", "report", "evidence", "created_at", "author")
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


@admin.register(Deliverable)
class DeliverableAdmin(admin.ModelAdmin):
    list_display = ("__str__", "working_group", "owner", "due_on", "status", "progress", "last_update_at")
    list_filter = ("status",)
    filter_horizontal = ("sdg_goals",)
    raw_id_fields = ("sdg_targets", "declarations")
    readonly_fields = ("status", "progress", "last_update_at")
    inlines = [ProgressUpdateInline]


class PublicationAdminForm(forms.ModelForm):
    class Meta:
        model = Publication
        fields = "__all__"  # noqa: DJ007 - the back office edits every field

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and hasattr(upload, "content_type"):  # a new upload, not the stored file
            try:
                services.publication_file_check(upload=upload)
            except services.NetworkError as exc:
                raise forms.ValidationError(exc.errors.get("file", [str(exc)])) from exc
        return upload


@admin.register(Publication)
class PublicationAdmin(admin.ModelAdmin):
    form = PublicationAdminForm
    list_display = ("__str__", "kind", "theme", "year", "language", "is_public", "is_demo")
    list_filter = ("kind", "theme", "language", "is_public", "is_demo")
    filter_horizontal = ("sdg_goals", "countries")


class ProgressUpdateAdminForm(forms.ModelForm):
    evidence_links = forms.CharField(
        label=_("evidence links"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One web address per line."),
    )
    report_text = forms.CharField(
        label=_("short report"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    class Meta:
        model = ProgressUpdate
        fields = ["deliverable", "status", "progress"]

    def clean(self):
        data = super().clean() or {}
        deliverable = data.get("deliverable")
        if deliverable is not None and not self.errors:
            links = [line.strip() for line in (data.get("evidence_links") or "").splitlines() if line.strip()]
            problems = services.progress_update_validate(
                status=data.get("status", ""), progress=data.get("progress"), evidence=links
            )
            for key, messages_ in problems.items():
                for m in messages_:
                    self.add_error({"evidence": "evidence_links"}.get(key, key), m)
            data["evidence"] = links
        return data


@admin.register(ProgressUpdate)
class ProgressUpdateAdmin(admin.ModelAdmin):
    """Staff record progress here; the service makes the update the deliverable's current state."""

    form = ProgressUpdateAdminForm
    list_display = ("deliverable", "status", "progress", "created_at", "author")
    list_filter = ("status",)
    raw_id_fields = ("deliverable",)

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False  # updates are a history: add a new one instead of editing

    def save_model(self, request, obj, form, change) -> None:
        update = services.progress_update_create(
            deliverable=form.cleaned_data["deliverable"],
            status=form.cleaned_data["status"],
            progress=form.cleaned_data["progress"],
            report={(request.LANGUAGE_CODE or "en"): form.cleaned_data.get("report_text") or ""},
            evidence=form.cleaned_data.get("evidence") or [],
            author=request.user,
        )
        obj.pk = update.pk
        obj._state.adding = False
