"""The back office for the Academy. Seats are changed through the staff session page (which uses the
services, under the lock); here registrations are read-only in the fields that decide seats."""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from coopdev.academy import models


@admin.register(models.ConsentText)
class ConsentTextAdmin(admin.ModelAdmin):
    list_display = ["version", "published_at"]

    def get_readonly_fields(self, request, obj=None):  # type: ignore[no-untyped-def]
        # Registrations record the version they agreed to, so a published text never changes:
        # a new wording is a new version.
        return ["version", "text", "published_at"] if obj is not None else []


@admin.register(models.Session)
class SessionAdmin(admin.ModelAdmin):
    list_display = ["title", "starts_at", "kind", "language", "capacity", "is_published", "staff_page"]
    list_filter = ["kind", "is_published", "language"]
    search_fields = ["title", "trainers"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["sdgs"]
    readonly_fields = ["redistributed_at"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "slug",
                    "description",
                    "trainers",
                    "kind",
                    "language",
                    "sdgs",
                    "is_published",
                ]
            },
        ),
        (
            _("Time"),
            {"fields": ["starts_at", "duration_minutes", "registration_opens_at", "registration_closes_at"]},
        ),
        (
            _("Seats"),
            {
                "fields": [
                    "capacity",
                    "staff_seats",
                    "seats_africa",
                    "seats_americas",
                    "seats_asia_pacific",
                    "seats_europe",
                    "redistribution_at",
                    "redistributed_at",
                ]
            },
        ),
        (_("Links"), {"fields": ["meeting_url", "recording_url", "materials"]}),
    ]

    @admin.display(description=_("Seats and participants"))
    def staff_page(self, obj: models.Session) -> str:
        return format_html(
            '<a href="{}">{}</a>', reverse("academy:staff_session", args=[obj.slug]), _("open")
        )


@admin.register(models.Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ["name", "email", "session", "pool", "state", "holds_seat", "created_at"]
    list_filter = ["state", "pool", "holds_seat", "session"]
    search_fields = ["name", "email", "organisation"]
    readonly_fields = [
        "session",
        "pool",
        "state",
        "holds_seat",
        "seat_held_until",
        "created_at",
        "confirmed_at",
        "cancelled_at",
        "consent",
        "consent_at",
        "anonymised_at",
    ]
    exclude = ["token", "cancel_token"]

    def has_add_permission(self, request) -> bool:
        return False  # registrations are made through the form, under the seat rules

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # delete would free seats without promoting anyone: cancel or anonymise instead


@admin.register(models.SeatTransfer)
class SeatTransferAdmin(admin.ModelAdmin):
    list_display = ["session", "round", "from_pool", "to_pool", "seats", "created_at"]
    list_filter = ["session"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(models.AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["created_at", "session", "action", "actor", "registration", "reason"]
    list_filter = ["action", "session"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


# --- Pay it forward: moderation happens on the staff page (it e-mails the author); here, reading.


class StoryPictureInline(admin.TabularInline):
    model = models.StoryPicture
    fields = ["image", "content_type", "width", "height", "position"]
    readonly_fields = ["image", "content_type", "width", "height", "position"]
    extra = 0
    can_delete = False


@admin.register(models.Pledge)
class PledgeAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "country", "ica_region", "email_verified_at", "created_at"]
    list_filter = ["kind", "ica_region"]
    search_fields = ["name", "email"]
    readonly_fields = ["registration", "email_verified_at", "created_at"]
    exclude = ["token"]


@admin.register(models.Story)
class StoryAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "status", "created_at", "moderated_by", "moderated_at"]
    list_filter = ["status", "kind"]
    search_fields = ["title", "text"]
    inlines = [StoryPictureInline]
    readonly_fields = [
        "pledge",
        "status",
        "moderated_by",
        "moderated_at",
        "rejection_reason",
        "publish_consent_at",
        "video",
        "created_at",
    ]

    def has_add_permission(self, request) -> bool:
        return False  # stories come from their authors, with their consent
