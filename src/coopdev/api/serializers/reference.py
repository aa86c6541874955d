"""Reference lists: countries, regions, SDGs with their targets, DAC sectors with their categories."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from coopdev.api.serializers.common import TranslatedField
from coopdev.reference.models import Country, Region, SDGGoal, SDGTarget, Sector, SectorCategory


class RegionSerializer(serializers.ModelSerializer):
    name = TranslatedField(field="name")
    parent = serializers.SerializerMethodField()  # type: ignore[assignment]  # a field, not Field.parent

    class Meta:
        model = Region
        fields = ["kind", "code", "name", "parent", "sort_order"]

    @extend_schema_field({"type": "string", "nullable": True})
    def get_parent(self, region: Region) -> str | None:
        return region.parent.code if region.parent_id else None  # type: ignore[union-attr]


class CountrySerializer(serializers.ModelSerializer):
    name = TranslatedField(field="name")
    ica_region = serializers.CharField(source="ica_region.code")
    m49_continent = serializers.CharField(source="m49_continent.code", allow_null=True, default=None)
    m49_subregion = serializers.CharField(source="m49_subregion.code", allow_null=True, default=None)

    class Meta:
        model = Country
        fields = [
            "code",
            "alpha3",
            "numeric",
            "name",
            "ica_region",
            "m49_continent",
            "m49_subregion",
            "latitude",
            "longitude",
            "withdrawn",
        ]


class SDGTargetSerializer(serializers.ModelSerializer):
    description = TranslatedField(field="description")

    class Meta:
        model = SDGTarget
        fields = ["code", "description"]


class SDGGoalSerializer(serializers.ModelSerializer):
    name = TranslatedField(field="name")
    short_name = TranslatedField(field="short_name")
    targets = SDGTargetSerializer(many=True)

    class Meta:
        model = SDGGoal
        fields = ["number", "name", "short_name", "colour", "targets"]


class SectorSerializer(serializers.ModelSerializer):
    name = TranslatedField(field="name")

    class Meta:
        model = Sector
        fields = ["code", "name", "withdrawn"]


class SectorCategorySerializer(serializers.ModelSerializer):
    name = TranslatedField(field="name")
    sectors = SectorSerializer(many=True)

    class Meta:
        model = SectorCategory
        fields = ["code", "name", "withdrawn", "sectors"]
