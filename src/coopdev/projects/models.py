"""Projects, shaped on the IATI 2.03 ``iati-activity``.

Texts are IATI narratives: a JSON object from language code to text (``{"en": ..., "it": ...}``),
so a project keeps every language it was reported in. Codes (status, roles, transaction types,
...) are IATI codelist codes kept as strings, validated against ``reference.CodelistItem`` by
the services that write them.

Beyond IATI, and because seed 002 needs them: the **total project value** beside the **value
managed by the reporting cooperative**, and **people reached** (total, women, men).

Every amount keeps its original currency and value date and carries its EUR equivalent at
that date (``value_eur``), filled by ``coopdev.reference.fx`` when it is written. When no
rate exists the EUR value stays empty and ``fx_error`` says why: a missing figure is shown
as missing, never as a wrong one.
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

PERCENTAGE_VALIDATORS = [MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(100))]


def narrative_text(narratives: dict[str, str] | None, language: str | None = None) -> str:
    """The text in ``language`` (default: the active one), falling back to English, then any."""
    if not narratives:
        return ""
    lang = (language or get_language() or settings.LANGUAGE_CODE).split("-")[0]
    for candidate in (lang, settings.LANGUAGE_CODE):
        if narratives.get(candidate):
            return narratives[candidate]
    return next((text for text in narratives.values() if text), "")


class AmountFields(models.Model):
    """An amount in its original currency, with its EUR equivalent at its value date."""

    value = models.DecimalField(_("value"), max_digits=18, decimal_places=2)
    currency = models.CharField(_("currency"), max_length=3)
    value_date = models.DateField(_("value date"))
    value_eur = models.DecimalField(_("value in EUR"), max_digits=18, decimal_places=2, null=True, blank=True)
    fx_error = models.CharField(_("conversion problem"), max_length=300, blank=True)

    class Meta:
        abstract = True


class Project(models.Model):
    """An international cooperation project (an IATI activity)."""

    class PublicationState(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted for review")
        RETURNED = "returned", _("Returned for changes")
        PUBLISHED = "published", _("Published")

    iati_identifier = models.CharField(_("IATI activity identifier"), max_length=200, unique=True)
    reporting_org = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("reporting organisation"),
        on_delete=models.PROTECT,
        related_name="reported_projects",
    )
    title = models.JSONField(_("title"), default=dict)
    description = models.JSONField(_("general description"), default=dict, blank=True)
    objectives = models.JSONField(_("objectives"), default=dict, blank=True)
    target_groups = models.JSONField(_("target groups"), default=dict, blank=True)
    default_language = models.CharField(_("default language"), max_length=5, default="en")
    default_currency = models.CharField(_("default currency"), max_length=3, default="EUR")
    activity_status = models.CharField(_("activity status"), max_length=2, default="2")
    activity_scope = models.CharField(_("activity scope"), max_length=2, blank=True)
    collaboration_type = models.CharField(_("collaboration type"), max_length=2, blank=True)
    default_flow_type = models.CharField(_("default flow type"), max_length=3, blank=True)
    default_finance_type = models.CharField(_("default finance type"), max_length=4, blank=True)
    default_aid_type = models.CharField(_("default aid type"), max_length=10, blank=True)
    planned_start = models.DateField(_("planned start"), null=True, blank=True)
    actual_start = models.DateField(_("actual start"), null=True, blank=True)
    planned_end = models.DateField(_("planned end"), null=True, blank=True)
    actual_end = models.DateField(_("actual end"), null=True, blank=True)

    # Beyond IATI: what the whole project is worth, and the part the reporting cooperative manages.
    total_value = models.DecimalField(
        _("total project value"), max_digits=18, decimal_places=2, null=True, blank=True
    )
    managed_value = models.DecimalField(
        _("value managed by the reporting organisation"),
        max_digits=18,
        decimal_places=2,
        null=True,
        blank=True,
    )
    value_currency = models.CharField(_("currency of the values"), max_length=3, default="EUR")
    value_date = models.DateField(_("value date of the values"), null=True, blank=True)
    total_value_eur = models.DecimalField(
        _("total project value in EUR"), max_digits=18, decimal_places=2, null=True, blank=True
    )
    managed_value_eur = models.DecimalField(
        _("managed value in EUR"), max_digits=18, decimal_places=2, null=True, blank=True
    )
    fx_error = models.CharField(_("conversion problem"), max_length=300, blank=True)

    people_reached = models.PositiveIntegerField(_("people reached"), null=True, blank=True)
    people_reached_women = models.PositiveIntegerField(_("women reached"), null=True, blank=True)
    people_reached_men = models.PositiveIntegerField(_("men reached"), null=True, blank=True)

    sdg_goals = models.ManyToManyField(
        "reference.SDGGoal",
        verbose_name=_("SDG goals"),
        blank=True,
        related_name="projects",
        help_text=_("Derived from SDG tags (vocabularies 2, 3) and SDG sectors (vocabularies 7, 8)."),
    )
    sdg_targets = models.ManyToManyField(
        "reference.SDGTarget", verbose_name=_("SDG targets"), blank=True, related_name="projects"
    )

    publication_state = models.CharField(
        _("publication state"),
        max_length=10,
        choices=PublicationState.choices,
        default=PublicationState.DRAFT,
        db_index=True,
    )
    last_updated_datetime = models.DateTimeField(_("IATI last-updated-datetime"), null=True, blank=True)
    is_demo = models.BooleanField(_("illustrative demo record"), default=False, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        ordering = ["iati_identifier"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(managed_value__isnull=True)
                | models.Q(total_value__isnull=True)
                | models.Q(managed_value__lte=models.F("total_value")),
                name="project_managed_not_above_total",
            ),
        ]
        indexes = [
            # Every page asks whether demo data is loaded (its banner): with this partial index
            # the answer is one index probe, not a scan of a million projects that have none.
            models.Index(fields=["is_demo"], condition=models.Q(is_demo=True), name="project_demo_idx"),
        ]

    def __str__(self) -> str:
        return self.iati_identifier

    @property
    def title_text(self) -> str:
        return narrative_text(self.title)

    @property
    def description_text(self) -> str:
        return narrative_text(self.description)

    @property
    def start_date(self):
        return self.actual_start or self.planned_start

    @property
    def end_date(self):
        return self.actual_end or self.planned_end


class ParticipatingOrg(models.Model):
    """An organisation taking part in a project, with its IATI role (1 funding ... 4 implementing)."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="participating_orgs")
    organisation = models.ForeignKey(
        "organisations.Organisation",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="participations",
    )
    ref = models.CharField(_("organisation identifier"), max_length=150, blank=True)
    name = models.JSONField(_("name"), default=dict, blank=True)
    role = models.CharField(_("role"), max_length=2)
    type = models.CharField(_("organisation type"), max_length=3, blank=True)
    activity_id = models.CharField(_("its own activity identifier"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("participating organisation")
        verbose_name_plural = _("participating organisations")
        ordering = ["project", "role", "pk"]

    def __str__(self) -> str:
        return narrative_text(self.name) or self.ref


class ProjectCountry(models.Model):
    """A recipient country and its share of the project."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="countries")
    country = models.ForeignKey("reference.Country", on_delete=models.PROTECT, related_name="project_links")
    percentage = models.DecimalField(
        _("percentage"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=PERCENTAGE_VALIDATORS,
    )

    class Meta:
        verbose_name = _("recipient country")
        verbose_name_plural = _("recipient countries")
        constraints = [models.UniqueConstraint(fields=["project", "country"], name="projectcountry_unique")]

    def __str__(self) -> str:
        return f"{self.country_id} {self.percentage}%"


class ProjectRegion(models.Model):
    """A recipient region (IATI Region codelist, vocabulary 1) and its share of the project."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="regions")
    region = models.ForeignKey("reference.Region", on_delete=models.PROTECT, related_name="project_links")
    vocabulary = models.CharField(_("region vocabulary"), max_length=3, default="1")
    percentage = models.DecimalField(
        _("percentage"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=PERCENTAGE_VALIDATORS,
    )

    class Meta:
        verbose_name = _("recipient region")
        verbose_name_plural = _("recipient regions")

    def __str__(self) -> str:
        return f"{self.region} {self.percentage}%"


class ProjectSector(models.Model):
    """A sector in some vocabulary: 1 DAC 5-digit, 2 DAC 3-digit, 7 SDG goal, 8 SDG target, ..."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="sectors")
    vocabulary = models.CharField(_("sector vocabulary"), max_length=3, default="1")
    code = models.CharField(_("code"), max_length=20)
    sector = models.ForeignKey(
        "reference.Sector",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="project_links",
        help_text=_("Set for vocabulary 1 (DAC 5-digit)."),
    )
    category = models.ForeignKey(
        "reference.SectorCategory",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="project_links",
        help_text=_("Set for vocabularies 1 and 2: the DAC 3-digit category."),
    )
    percentage = models.DecimalField(
        _("percentage"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=PERCENTAGE_VALIDATORS,
    )
    narrative = models.JSONField(_("narrative"), default=dict, blank=True)

    class Meta:
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")

    def __str__(self) -> str:
        return f"{self.vocabulary}:{self.code}"


class ProjectTag(models.Model):
    """An IATI tag; SDG goals use vocabulary 2, SDG targets vocabulary 3."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="tags")
    vocabulary = models.CharField(_("tag vocabulary"), max_length=3)
    code = models.CharField(_("code"), max_length=40)
    narrative = models.JSONField(_("narrative"), default=dict, blank=True)

    class Meta:
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def __str__(self) -> str:
        return f"{self.vocabulary}:{self.code}"


class Budget(AmountFields):
    """A planned budget for a period (IATI ``budget``)."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="budgets")
    type = models.CharField(_("budget type"), max_length=1, default="1")
    status = models.CharField(_("budget status"), max_length=1, default="1")
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))

    class Meta:
        verbose_name = _("budget")
        verbose_name_plural = _("budgets")
        ordering = ["project", "period_start"]

    def __str__(self) -> str:
        return f"{self.period_start}–{self.period_end}: {self.value} {self.currency}"


class Transaction(AmountFields):
    """A financial transaction (IATI ``transaction``): commitment, disbursement, expenditure, ..."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="transactions")
    ref = models.CharField(_("reference"), max_length=200, blank=True)
    type = models.CharField(_("transaction type"), max_length=2)
    date = models.DateField(_("transaction date"))
    description = models.JSONField(_("description"), default=dict, blank=True)
    provider_org_ref = models.CharField(_("provider organisation identifier"), max_length=150, blank=True)
    provider_org_name = models.JSONField(_("provider organisation"), default=dict, blank=True)
    receiver_org_ref = models.CharField(_("receiver organisation identifier"), max_length=150, blank=True)
    receiver_org_name = models.JSONField(_("receiver organisation"), default=dict, blank=True)

    class Meta:
        verbose_name = _("transaction")
        verbose_name_plural = _("transactions")
        ordering = ["project", "date", "pk"]

    def __str__(self) -> str:
        return f"{self.type} {self.date}: {self.value} {self.currency}"


class Result(models.Model):
    """A result (output, outcome, impact) with its indicators."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="results")
    type = models.CharField(_("result type"), max_length=2)
    aggregation_status = models.BooleanField(_("suitable for aggregation"), null=True, blank=True)
    title = models.JSONField(_("title"), default=dict)
    description = models.JSONField(_("description"), default=dict, blank=True)

    class Meta:
        verbose_name = _("result")
        verbose_name_plural = _("results")
        ordering = ["project", "pk"]

    def __str__(self) -> str:
        return narrative_text(self.title)


class Indicator(models.Model):
    """A result indicator with its baseline."""

    result = models.ForeignKey(Result, on_delete=models.CASCADE, related_name="indicators")
    measure = models.CharField(_("measure"), max_length=1, default="1")
    ascending = models.BooleanField(_("ascending"), default=True)
    title = models.JSONField(_("title"), default=dict)
    description = models.JSONField(_("description"), default=dict, blank=True)
    baseline_year = models.PositiveSmallIntegerField(_("baseline year"), null=True, blank=True)
    baseline_value = models.DecimalField(
        _("baseline value"), max_digits=18, decimal_places=4, null=True, blank=True
    )

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["result", "pk"]

    def __str__(self) -> str:
        return narrative_text(self.title)


class IndicatorPeriod(models.Model):
    """A reporting period of an indicator: what was targeted and what was achieved."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="periods")
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    target_value = models.DecimalField(_("target"), max_digits=18, decimal_places=4, null=True, blank=True)
    actual_value = models.DecimalField(_("actual"), max_digits=18, decimal_places=4, null=True, blank=True)

    class Meta:
        verbose_name = _("indicator period")
        verbose_name_plural = _("indicator periods")
        ordering = ["indicator", "period_start"]

    def __str__(self) -> str:
        return f"{self.period_start}–{self.period_end}"


class Location(models.Model):
    """A location of the project (IATI ``location``), with a WGS84 point when known."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="locations")
    ref = models.CharField(_("reference"), max_length=200, blank=True)
    name = models.JSONField(_("name"), default=dict, blank=True)
    description = models.JSONField(_("description"), default=dict, blank=True)
    country = models.ForeignKey(
        "reference.Country", null=True, blank=True, on_delete=models.PROTECT, related_name="project_locations"
    )
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    exactness = models.CharField(_("exactness"), max_length=1, blank=True)
    location_reach = models.CharField(_("location reach"), max_length=1, blank=True)
    feature_designation = models.CharField(_("feature designation"), max_length=10, blank=True)

    class Meta:
        verbose_name = _("location")
        verbose_name_plural = _("locations")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(latitude__isnull=True) | models.Q(latitude__gte=-90, latitude__lte=90),
                name="location_latitude_range",
            ),
            models.CheckConstraint(
                condition=models.Q(longitude__isnull=True)
                | models.Q(longitude__gte=-180, longitude__lte=180),
                name="location_longitude_range",
            ),
        ]

    def __str__(self) -> str:
        return narrative_text(self.name) or self.ref


class DocumentLink(models.Model):
    """A document about the project (IATI ``document-link``)."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="documents")
    url = models.URLField(_("URL"), max_length=1000)
    format = models.CharField(_("format (MIME type)"), max_length=100, default="text/html")
    title = models.JSONField(_("title"), default=dict)
    category = models.CharField(_("document category"), max_length=4, blank=True)
    language = models.CharField(_("language"), max_length=5, blank=True)
    document_date = models.DateField(_("document date"), null=True, blank=True)

    class Meta:
        verbose_name = _("document link")
        verbose_name_plural = _("document links")

    def __str__(self) -> str:
        return narrative_text(self.title) or self.url


class ProjectRevision(models.Model):
    """One change of a project: who changed what, when, and through which channel.

    ``changes`` maps a field name to ``[old, new]`` (JSON-ready values); related rows
    (countries, sectors, SDGs) appear under their own names as lists of codes.
    """

    class Source(models.TextChoices):
        WEB = "web", _("Web form")
        IMPORT = "import", pgettext_lazy("revision source", "Import")
        API = "api", _("API")
        REVIEW = "review", _("Review")
        ADMIN = "admin", _("Back office")
        DEMO = "demo", _("Demo data")

    project = models.ForeignKey(
        Project, verbose_name=_("project"), on_delete=models.CASCADE, related_name="revisions"
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="project_revisions",
    )
    source = models.CharField(_("source"), max_length=10, choices=Source.choices)
    summary = models.TextField(_("summary"), blank=True)
    changes = models.JSONField(_("changes"), default=dict, blank=True)

    class Meta:
        verbose_name = _("project revision")
        verbose_name_plural = _("project revisions")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.project_id} {self.created_at:%Y-%m-%d %H:%M} {self.source}"
