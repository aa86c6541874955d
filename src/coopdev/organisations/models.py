"""Organisations: the cooperatives and partners that report and take part in projects."""

from django.conf import settings
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


class Membership(models.Model):
    """A user's role in an organisation: viewer < editor < organisation admin."""

    class Role(models.TextChoices):
        VIEWER = "viewer", _("Viewer")
        EDITOR = "editor", _("Editor")
        ADMIN = "admin", _("Organisation admin")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.VIEWER)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["organisation", "user"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation"], name="membership_user_organisation_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.organisation} ({self.role})"


class ApiToken(models.Model):
    """A secret key with which an organisation's systems write through the API.

    Only the SHA-256 of the key is stored: the raw key is shown once, when it is created.
    """

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(_("name"), max_length=100)
    prefix = models.CharField(_("prefix"), max_length=8, help_text=_("The first characters of the key."))
    key_hash = models.CharField(_("key hash (SHA-256)"), max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")
        ordering = ["organisation", "-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None
