"""Import jobs (web uploads run in the background) and what each imported activity looked like."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def upload_path(instance: "ImportJob", filename: str) -> str:
    return f"imports/{instance.uuid}/upload"


class ImportJob(models.Model):
    """One uploaded file and its import: queued, running, then done (with a report) or failed."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        RUNNING = "running", _("Running")
        DONE = "done", _("Finished")
        FAILED = "failed", _("Refused")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="import_jobs",
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="import_jobs",
    )
    file = models.FileField(_("file"), upload_to=upload_path, max_length=300)
    filename = models.CharField(_("file name"), max_length=300)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    skip_invalid = models.BooleanField(_("import the valid activities and skip the rest"), default=False)
    dry_run = models.BooleanField(_("check only, write nothing"), default=False)
    publication_state = models.CharField(_("publication state of the imported projects"), max_length=10)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    progress_done = models.PositiveBigIntegerField(default=0)
    progress_total = models.PositiveBigIntegerField(default=0)
    report = models.JSONField(_("report"), default=dict, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("import job")
        verbose_name_plural = _("import jobs")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.filename} ({self.get_status_display()})"


class ImportedActivity(models.Model):
    """The content hash of the last import of an activity: a re-import of the same content
    (and a project nobody changed since) is reported "unchanged" and not written again."""

    iati_identifier = models.CharField(_("IATI activity identifier"), max_length=200, unique=True)
    project = models.OneToOneField(
        "projects.Project", on_delete=models.CASCADE, related_name="import_state", verbose_name=_("project")
    )
    content_hash = models.CharField(_("content hash (SHA-256)"), max_length=64)
    project_updated_at = models.DateTimeField(_("project last written at"))
    job = models.ForeignKey(ImportJob, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    imported_at = models.DateTimeField(_("imported at"), auto_now=True)

    class Meta:
        verbose_name = _("imported activity")
        verbose_name_plural = _("imported activities")

    def __str__(self) -> str:
        return self.iati_identifier
