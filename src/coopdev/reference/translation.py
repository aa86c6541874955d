"""Names of reference data in the platform's five languages (a column per language)."""

from modeltranslation.translator import TranslationOptions, register

from coopdev.reference.models import (
    CodelistItem,
    Country,
    Currency,
    Region,
    SDGGoal,
    SDGTarget,
    Sector,
    SectorCategory,
)


@register(Region)
class RegionTranslation(TranslationOptions):
    fields = ("name",)


@register(Country)
class CountryTranslation(TranslationOptions):
    fields = ("name",)


@register(SDGGoal)
class SDGGoalTranslation(TranslationOptions):
    fields = ("name", "short_name")


@register(SDGTarget)
class SDGTargetTranslation(TranslationOptions):
    fields = ("description",)


@register(SectorCategory)
class SectorCategoryTranslation(TranslationOptions):
    fields = ("name",)


@register(Sector)
class SectorTranslation(TranslationOptions):
    fields = ("name",)


@register(Currency)
class CurrencyTranslation(TranslationOptions):
    fields = ("name",)


@register(CodelistItem)
class CodelistItemTranslation(TranslationOptions):
    fields = ("name",)
