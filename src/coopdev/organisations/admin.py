from django.contrib import admin

from coopdev.organisations.models import Organisation


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "iati_identifier", "type", "country", "cooperative_type", "is_demo"]
    list_filter = ["cooperative_type", "type", "is_demo"]
    search_fields = ["name", "iati_identifier"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["country"]
