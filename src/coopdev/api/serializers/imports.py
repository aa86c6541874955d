"""Uploading a file to import, and the import report."""

from rest_framework import serializers


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
        required=False, default=False, help_text="Validate and count only; nothing is written."
    )


class ImportIssueSerializer(serializers.Serializer):
    file = serializers.CharField()
    message = serializers.CharField()
    line = serializers.IntegerField(allow_null=True, help_text="XML line.")
    row = serializers.IntegerField(allow_null=True, help_text="CSV/XLSX row.")
    column = serializers.CharField(help_text="CSV/XLSX column.")
    element = serializers.CharField(help_text="XML element or field.")
    identifier = serializers.CharField(help_text="The activity concerned.")
    kind = serializers.ChoiceField(choices=["file", "schema", "codelist", "rule"])


class ImportReportSerializer(serializers.Serializer):
    file = serializers.CharField()
    format = serializers.CharField()
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
