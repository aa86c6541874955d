"""Organisations with the figures of their projects."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from coopdev.api.serializers.statistics import HeadlineSerializer, PeopleSerializer
from coopdev.organisations.models import Organisation


class OrganisationSerializer(serializers.ModelSerializer):
    country = serializers.CharField(source="country_id", allow_null=True)
    reported_projects = serializers.SerializerMethodField(
        help_text="Published projects it reports (on the page's value basis)."
    )
    reported_value_eur = serializers.SerializerMethodField()

    class Meta:
        model = Organisation
        fields = [
            "slug",
            "name",
            "iati_identifier",
            "type",
            "country",
            "cooperative_type",
            "website",
            "description",
            "is_demo",
            "reported_projects",
            "reported_value_eur",
        ]

    def _row(self, organisation: Organisation):
        return self.context["figures"].get(organisation.slug)

    @extend_schema_field(OpenApiTypes.INT)
    def get_reported_projects(self, organisation: Organisation) -> int:
        row = self._row(organisation)
        return row.projects if row else 0

    @extend_schema_field({"type": "string", "format": "decimal"})
    def get_reported_value_eur(self, organisation: Organisation) -> str:
        row = self._row(organisation)
        return f"{row.value_eur:f}" if row else "0"


class CompletenessItemSerializer(serializers.Serializer):
    key = serializers.CharField()
    label = serializers.CharField()  # type: ignore[assignment]  # a field, not Field.label
    projects = serializers.IntegerField(help_text="How many of its projects report this.")


class CompletenessSerializer(serializers.Serializer):
    projects = serializers.IntegerField()
    items = CompletenessItemSerializer(many=True)


class OrganisationFiguresSerializer(serializers.Serializer):
    headline = HeadlineSerializer(help_text="Over the published projects it reports or takes part in.")
    people = PeopleSerializer()
    completeness = CompletenessSerializer()


class OrganisationDetailSerializer(serializers.Serializer):
    organisation = OrganisationSerializer()
    figures = OrganisationFiguresSerializer()
    projects_url = serializers.URLField(help_text="Its projects: /api/v1/projects/?organisation=<slug>.")
