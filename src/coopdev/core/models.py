"""Platform-wide bookkeeping: the version stamps that let aggregated figures be cached exactly."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DataVersion(models.Model):
    """A random token that database triggers replace whenever the data behind a scope changes.

    Scope ``figures``: every table the figure selectors read (projects and their countries,
    regions, sectors, SDGs and participants; organisations; the reference names). Triggers, not
    signals, keep it: bulk inserts, raw SQL, the admin and imports all change it alike, and a rolled-back
    transaction rolls the token back with the data it changed. The token is random rather than
    a counter so that a rollback followed by other writes never reuses an old stamp.
    """

    scope = models.CharField(_("scope"), max_length=40, unique=True)
    token = models.CharField(_("token"), max_length=40)

    class Meta:
        verbose_name = _("data version")
        verbose_name_plural = _("data versions")

    def __str__(self) -> str:
        return f"{self.scope}: {self.token}"
