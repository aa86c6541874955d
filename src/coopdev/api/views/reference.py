"""Reference lists: the codes the filters and the data use, with names in every language."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from coopdev.api import schema
from coopdev.api.serializers.reference import (
    CountrySerializer,
    RegionSerializer,
    SDGGoalSerializer,
    SectorCategorySerializer,
)
from coopdev.reference.models import Country, Region, SDGGoal, SDGTarget, Sector, SectorCategory

REGION_KINDS = [kind.value for kind in Region.Kind]
MSG_BAD_KIND = _("Choose one of: %(kinds)s.")


class Countries(APIView):
    @extend_schema(
        summary="Countries",
        description="ISO 3166-1 countries with their ICA and UN M49 regions.",
        responses=schema.read_responses(CountrySerializer(many=True), bad_request=False),
        tags=["reference"],
    )
    def get(self, request: Request) -> Response:
        countries = Country.objects.select_related("ica_region", "m49_continent", "m49_subregion").order_by(
            "code"
        )
        return Response(CountrySerializer(countries, many=True).data)


class Regions(APIView):
    @extend_schema(
        summary="Regions",
        description="ICA regions, UN M49 continents, sub-regions and intermediate regions, IATI regions.",
        parameters=[
            OpenApiParameter(
                "kind",
                OpenApiTypes.STR,
                OpenApiParameter.QUERY,
                enum=schema.or_empty(REGION_KINDS),
                description="Only this kind.",
            )
        ],
        responses=schema.read_responses(RegionSerializer(many=True)),
        tags=["reference"],
    )
    def get(self, request: Request) -> Response:
        regions = Region.objects.select_related("parent")
        kind = request.query_params.get("kind")
        if kind:
            if kind not in REGION_KINDS:
                raise ValidationError({"kind": [MSG_BAD_KIND % {"kinds": ", ".join(REGION_KINDS)}]})
            regions = regions.filter(kind=kind)
        return Response(RegionSerializer(regions, many=True).data)


class SDGs(APIView):
    @extend_schema(
        summary="SDG goals with their targets",
        responses=schema.read_responses(SDGGoalSerializer(many=True), bad_request=False),
        tags=["reference"],
    )
    def get(self, request: Request) -> Response:
        goals = SDGGoal.objects.prefetch_related(
            Prefetch("targets", SDGTarget.objects.order_by("sort_order"))
        )
        return Response(SDGGoalSerializer(goals, many=True).data)


class Sectors(APIView):
    @extend_schema(
        summary="DAC sector categories with their sectors",
        description="OECD DAC 3-digit categories (vocabulary 2) with their 5-digit sectors (vocabulary 1).",
        responses=schema.read_responses(SectorCategorySerializer(many=True), bad_request=False),
        tags=["reference"],
    )
    def get(self, request: Request) -> Response:
        categories = SectorCategory.objects.prefetch_related(
            Prefetch("sectors", Sector.objects.order_by("code"))
        )
        return Response(SectorCategorySerializer(categories, many=True).data)
