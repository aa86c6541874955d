"""The back office for projects: every IATI part editable inline; derived values recomputed on save."""

from django.contrib import admin

from coopdev.projects import models
from coopdev.projects.services import project_refresh_derived


class CountryInline(admin.TabularInline):
    model = models.ProjectCountry
    extra = 0
    autocomplete_fields = ["country"]


class RegionInline(admin.TabularInline):
    model = models.ProjectRegion
    extra = 0


class SectorInline(admin.TabularInline):
    model = models.ProjectSector
    extra = 0
    autocomplete_fields = ["sector", "category"]


class TagInline(admin.TabularInline):
    model = models.ProjectTag
    extra = 0


class ParticipatingOrgInline(admin.TabularInline):
    model = models.ParticipatingOrg
    extra = 0
    autocomplete_fields = ["organisation"]


class BudgetInline(admin.TabularInline):
    model = models.Budget
    extra = 0
    readonly_fields = ["value_eur", "fx_error"]


class TransactionInline(admin.TabularInline):
    model = models.Transaction
    extra = 0
    fields = ["type", "date", "value", "currency", "value_date", "value_eur", "fx_error", "ref"]
    readonly_fields = ["value_eur", "fx_error"]


class LocationInline(admin.TabularInline):
    model = models.Location
    extra = 0
    autocomplete_fields = ["country"]


class DocumentInline(admin.TabularInline):
    model = models.DocumentLink
    extra = 0


@admin.register(models.Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = [
        "iati_identifier",
        "title_text",
        "reporting_org",
        "activity_status",
        "publication_state",
        "total_value_eur",
        "is_demo",
    ]
    list_filter = ["publication_state", "activity_status", "is_demo", "sdg_goals"]
    search_fields = ["iati_identifier", "title"]
    list_select_related = ["reporting_org"]
    autocomplete_fields = ["reporting_org"]
    readonly_fields = ["total_value_eur", "managed_value_eur", "fx_error", "sdg_goals", "sdg_targets"]
    inlines = [
        ParticipatingOrgInline,
        CountryInline,
        RegionInline,
        SectorInline,
        TagInline,
        BudgetInline,
        TransactionInline,
        LocationInline,
        DocumentInline,
    ]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        project_refresh_derived(project=form.instance)


class IndicatorInline(admin.StackedInline):
    model = models.Indicator
    extra = 0


@admin.register(models.Result)
class ResultAdmin(admin.ModelAdmin):
    list_display = ["__str__", "project", "type"]
    search_fields = ["project__iati_identifier"]
    autocomplete_fields = ["project"]
    inlines = [IndicatorInline]


class PeriodInline(admin.TabularInline):
    model = models.IndicatorPeriod
    extra = 0


@admin.register(models.Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = ["__str__", "result", "measure"]
    inlines = [PeriodInline]


@admin.register(models.ProjectRevision)
class ProjectRevisionAdmin(admin.ModelAdmin):
    """The history is a record: it can be read and searched here, never rewritten."""

    list_display = ["created_at", "project", "user", "source", "summary"]
    list_filter = ["source"]
    search_fields = ["project__iati_identifier", "user__username", "summary"]
    list_select_related = ["project", "user"]
    date_hierarchy = "created_at"
    readonly_fields = ["project", "created_at", "user", "source", "summary", "changes"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
