"""Uploading a file to import, the import job that runs it, and its report."""

from typing import Any

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from coopdev.interchange.models import ImportJob
from coopdev.interchange.selectors import import_job_report, import_job_status


class ImportRequestSerializer(serializers.Serializer):
    file = serializers.FileField(
        help_text="IATI activity XML (1.0x, 2.01-2.03), CSV (template or export) or XLSX."
    )
    skip_invalid = serializers.BooleanField(
        required=False,
        default=False,
        help_text="Import the valid activities and report the others (default: all or nothing).",
    )
    dry_run = serializers.BooleanField(
        required=False,
        default=False,
        help_text="Check only: the job validates the file and reports what an import would do, "
        "writing nothing.",
    )


class ImportIssueSerializer(serializers.Serializer):
    file = serializers.CharField()
    message = serializers.CharField()
    line = serializers.IntegerField(allow_null=True, help_text="XML line.")
    row = serializers.IntegerField(allow_null=True, help_text="CSV/XLSX row.")
    column = serializers.CharField(help_text="CSV/XLSX column.")
    element = serializers.CharField(help_text="XML element or field.")
    identifier = serializers.CharField(help_text="The activity concerned.")
    kind = serializers.ChoiceField(
        choices=["file", "schema", "codelist", "rule", "warning"],
        help_text="warning: reported, but no reason on its own to refuse the activity.",
    )


class ImportReportSerializer(serializers.Serializer):
    file = serializers.CharField()
    format = serializers.CharField(help_text="iati, csv or xlsx; empty when the file could not be read.")
    activities = serializers.IntegerField()
    created = serializers.IntegerField()
    updated = serializers.IntegerField()
    unchanged = serializers.IntegerField()
    refused = serializers.IntegerField()
    written = serializers.BooleanField(help_text="False: the database is exactly as before.")
    dry_run = serializers.BooleanField()
    message = serializers.CharField()
    errors = ImportIssueSerializer(many=True)  # type: ignore[assignment]  # a field, not Serializer.errors
    errors_not_shown = serializers.IntegerField()
    warnings = ImportIssueSerializer(many=True, help_text="What should be better but refused nothing.")
    warnings_not_shown = serializers.IntegerField()


class ImportProgressSerializer(serializers.Serializer):
    processed = serializers.IntegerField(help_text="Bytes of the file read so far.")
    total = serializers.IntegerField(help_text="Bytes in all.")
    percent = serializers.IntegerField(min_value=0, max_value=100, help_text="100 once the job has finished.")


class ImportJobSerializer(serializers.Serializer):
    """An uploaded file's import: its state, its progress and, once it has finished, its report."""

    # context["request"] builds the absolute url.

    id = serializers.UUIDField(source="uuid", help_text="The job's identifier in its URL.")
    url = serializers.SerializerMethodField(help_text="Poll this address for the job's state.")
    state = serializers.ChoiceField(
        source="status",
        choices=ImportJob.Status.choices,
        help_text="queued, then running, then done (the report says what was written, or for a dry "
        "run what would be) or failed (refused: nothing was written).",
    )
    file = serializers.CharField(source="filename")
    size = serializers.IntegerField(help_text="Bytes.")
    organisation = serializers.CharField(source="organisation.slug", allow_null=True)
    skip_invalid = serializers.BooleanField()
    dry_run = serializers.BooleanField(help_text="A check only: nothing is written.")
    progress = serializers.SerializerMethodField()
    report = serializers.SerializerMethodField(help_text="Once the job has finished; null before.")
    created_at = serializers.DateTimeField()
    started_at = serializers.DateTimeField(allow_null=True)
    finished_at = serializers.DateTimeField(allow_null=True)

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, job: ImportJob) -> str:
        return self.context["request"].build_absolute_uri(
            reverse("api:import-detail", kwargs={"job_id": job.uuid})
        )

    @extend_schema_field(ImportProgressSerializer)
    def get_progress(self, job: ImportJob) -> dict[str, int]:
        status = import_job_status(job=job)
        return {"processed": status.done, "total": status.total, "percent": status.percent}

    @extend_schema_field(ImportReportSerializer(allow_null=True))
    def get_report(self, job: ImportJob) -> dict[str, Any] | None:
        report = import_job_report(job=job)
        return None if report is None else ImportReportSerializer(report).data
