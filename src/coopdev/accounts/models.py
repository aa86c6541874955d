"""Changes proposed to a published project, kept aside until a reviewer publishes them.

A published project stays public exactly as it was published while its editors prepare, submit
and (if returned) fix a new version; the reviewer then publishes the pending version, which is
applied to the project in one transaction. This is what review tools that keep a live version
(Wikipedia's pending changes, CMS "drafts of published pages") do: an edit never takes a public
page down, and nothing unreviewed becomes public.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ProjectPendingChange(models.Model):
    """The proposed new version of a published project (the project form's data, JSON-ready)."""

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted for review")
        RETURNED = "returned", _("Returned for changes")

    project = models.OneToOneField(
        "projects.Project",
        verbose_name=_("project"),
        on_delete=models.CASCADE,
        related_name="pending_change",
    )
    data = models.JSONField(_("proposed data"), default=dict)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.DRAFT)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last edited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    review_comment = models.TextField(_("reviewer's comment"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("pending change of a published project")
        verbose_name_plural = _("pending changes of published projects")
        ordering = ["-updated_at"]

    def __str__(self) -> str:
        return f"{self.project} ({self.state})"
