"""Organisations: the cooperatives and partners that report and take part in projects."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Organisation(models.Model):
    """A cooperative organisation or partner, identified by its IATI organisation identifier."""

    class CooperativeType(models.TextChoices):
        NOT_COOPERATIVE = "", _("Not a cooperative")
        WORKER = "worker", _("Worker cooperative")
        PRODUCER = "producer", _("Producer / agricultural cooperative")
        CONSUMER = "consumer", _("Consumer cooperative")
        HOUSING = "housing", _("Housing cooperative")
        FINANCIAL = "financial", _("Financial / credit cooperative")
        SOCIAL = "social", _("Social / multi-stakeholder cooperative")
        SERVICE = "service", _("Service cooperative")
        FEDERATION = "federation", _("Cooperative federation or union")
        DEVELOPMENT = "development", _("Cooperative development organisation")

    name = models.CharField(_("name"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    iati_identifier = models.CharField(
        _("IATI organisation identifier"),
        max_length=150,
        unique=True,
        null=True,
        blank=True,
        help_text=_("e.g. IT-CF-12345678901 (registration agency prefix + registration number)."),
    )
    type = models.CharField(
        _("IATI organisation type"),
        max_length=3,
        blank=True,
        help_text=_("Code from the IATI OrganisationType codelist, e.g. 22 (National NGO)."),
    )
    country = models.ForeignKey(
        "reference.Country",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organisations",
    )
    cooperative_type = models.CharField(
        _("cooperative type"), max_length=20, blank=True, choices=CooperativeType.choices
    )
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)
    is_demo = models.BooleanField(_("illustrative demo record"), default=False, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_cooperative(self) -> bool:
        return bool(self.cooperative_type)
