"""The figures of a set of projects, as the selectors compute them (``projects.selectors``)."""

from rest_framework import serializers

from coopdev.api.serializers.common import MoneyField


class PeopleSerializer(serializers.Serializer):
    total = serializers.IntegerField()
    women = serializers.IntegerField()
    men = serializers.IntegerField()
    projects_reporting = serializers.IntegerField(help_text="Projects that report people reached.")
    projects = serializers.IntegerField()


class HeadlineSerializer(serializers.Serializer):
    projects = serializers.IntegerField()
    countries = serializers.IntegerField()
    organisations = serializers.IntegerField(help_text="Reporting organisations.")
    total_value_eur = MoneyField()
    managed_value_eur = MoneyField()
    average_project_value_eur = MoneyField(
        allow_null=True, help_text="Over the projects whose total value is known in EUR."
    )
    people_reached = serializers.IntegerField()
    projects_without_eur_value = serializers.IntegerField()


class StatisticsSerializer(serializers.Serializer):
    basis = serializers.ChoiceField(choices=["total", "managed"])
    headline = HeadlineSerializer()
    people = PeopleSerializer()


class RowSerializer(serializers.Serializer):
    key = serializers.CharField(help_text="Code of the country, region, SDG or sector category; or a bucket.")
    name = serializers.CharField(help_text="In the language of the request (Accept-Language).")
    value_eur = MoneyField()
    projects = serializers.IntegerField()
    numeric = serializers.CharField(help_text="Countries: ISO 3166-1 numeric code.")
    colour = serializers.CharField(help_text="SDGs: the official colour.")
    region = serializers.CharField(help_text="Countries: ICA region code.")
    is_bucket = serializers.BooleanField(help_text="A bucket (regional, unspecified), not a real row.")


class BreakdownSerializer(serializers.Serializer):
    """A split of value that adds up: ``sum(rows) + regional + unspecified + unallocated == total``."""

    basis = serializers.ChoiceField(choices=["total", "managed"])
    total_value_eur = MoneyField()
    rows = RowSerializer(many=True)
    regional = RowSerializer(allow_null=True, help_text="Value reported against IATI regions.")
    unspecified = RowSerializer()
    unallocated_eur = MoneyField(help_text="Zero when published percentages add up to 100.")


class SDGFiguresSerializer(serializers.Serializer):
    basis = serializers.ChoiceField(choices=["total", "managed"])
    rows = RowSerializer(many=True, help_text="All 17 goals; a project counts with its whole value in each.")
    projects_without_sdg = serializers.IntegerField()


class YearRowSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    projects = serializers.IntegerField()
    value_eur = MoneyField()


class TimelineSerializer(serializers.Serializer):
    basis = serializers.ChoiceField(choices=["total", "managed"])
    rows = YearRowSerializer(many=True)
    undated_projects = serializers.IntegerField()
    undated_value_eur = MoneyField()
