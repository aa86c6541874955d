"""Admin of the reference data.

Everything except exchange rates is loaded from the files shipped with the package
(``coopdev load_reference``) and is read-only here: an edit would be lost at the next load.
Staff add and correct ``manual`` exchange rates for currencies the ECB does not publish;
the fixed euro pegs are loaded data and read-only like the rest.
"""

from typing import Any

from django.contrib import admin
from django.db.models import Model
from django.http import HttpRequest
from modeltranslation.admin import TranslationAdmin

from coopdev.reference.models import (
    CodelistItem,
    Country,
    Currency,
    ExchangeRate,
    Region,
    SDGGoal,
    SDGTarget,
    Sector,
    SectorCategory,
)

NAME_SEARCH_FIELDS = ("name_en", "name_it", "name_tr", "name_es", "name_fr")


class LoadedDataAdmin(TranslationAdmin):
    """Read-only admin for rows that the reference loader owns."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


@admin.register(Region)
class RegionAdmin(LoadedDataAdmin):
    list_display = ("code", "name", "kind", "parent", "sort_order")
    list_filter = ("kind",)
    list_select_related = ("parent",)
    search_fields = ("code", *NAME_SEARCH_FIELDS)


@admin.register(Country)
class CountryAdmin(LoadedDataAdmin):
    list_display = ("code", "name", "alpha3", "ica_region", "m49_continent", "m49_subregion", "withdrawn")
    list_filter = (
        "ica_region",
        ("m49_continent", admin.RelatedOnlyFieldListFilter),
        ("m49_subregion", admin.RelatedOnlyFieldListFilter),
        "withdrawn",
    )
    list_select_related = ("ica_region", "m49_continent", "m49_subregion")
    search_fields = ("code", "alpha3", "numeric", *NAME_SEARCH_FIELDS)


@admin.register(SDGGoal)
class SDGGoalAdmin(LoadedDataAdmin):
    list_display = ("number", "short_name", "name", "colour")
    search_fields = (
        "=number",
        "short_name_en",
        "short_name_it",
        "short_name_tr",
        "short_name_es",
        "short_name_fr",
    )


@admin.register(SDGTarget)
class SDGTargetAdmin(LoadedDataAdmin):
    list_display = ("code", "goal", "description")
    list_filter = ("goal",)
    list_select_related = ("goal",)
    search_fields = ("code", "description_en", "description_fr")


@admin.register(SectorCategory)
class SectorCategoryAdmin(LoadedDataAdmin):
    list_display = ("code", "name", "withdrawn")
    list_filter = ("withdrawn",)
    search_fields = ("code", *NAME_SEARCH_FIELDS)


@admin.register(Sector)
class SectorAdmin(LoadedDataAdmin):
    list_display = ("code", "name", "category", "withdrawn")
    list_filter = ("withdrawn", "category")
    list_select_related = ("category",)
    search_fields = ("code", *NAME_SEARCH_FIELDS)


@admin.register(Currency)
class CurrencyAdmin(LoadedDataAdmin):
    list_display = ("code", "name", "withdrawn")
    list_filter = ("withdrawn",)
    search_fields = ("code", *NAME_SEARCH_FIELDS)


@admin.register(CodelistItem)
class CodelistItemAdmin(LoadedDataAdmin):
    list_display = ("codelist", "code", "name", "category", "withdrawn")
    list_filter = ("codelist", "withdrawn")
    search_fields = ("code", *NAME_SEARCH_FIELDS)


@admin.register(ExchangeRate)
class ExchangeRateAdmin(admin.ModelAdmin):
    """Staff enter ``manual`` rates; pegs are shown but cannot be changed or deleted."""

    list_display = ("currency", "date", "units_per_eur", "source", "note", "created_by")
    list_filter = ("source", ("currency", admin.RelatedOnlyFieldListFilter))
    list_select_related = ("currency", "created_by")
    search_fields = ("currency__code", "note")
    autocomplete_fields = ("currency",)
    date_hierarchy = "date"
    editable_fields = ("currency", "date", "units_per_eur", "note")
    audit_fields = ("source", "created_by", "created_at")

    def get_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return [*self.editable_fields, *(self.audit_fields if obj is not None else ())]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> tuple[str, ...]:
        return self.audit_fields if obj is not None else ()

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is not None and obj.source == ExchangeRate.Source.PEG:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is not None and obj.source == ExchangeRate.Source.PEG:
            return False
        return super().has_delete_permission(request, obj)

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        if not change:
            obj.source = ExchangeRate.Source.MANUAL
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
