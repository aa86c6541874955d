"""Figures of the (filtered) published projects: the selectors the pages call, as JSON.

Every view validates the explore filters with the explore form, narrows the published
projects with it, and hands the set to one selector: the API cannot disagree with the pages.
"""

from typing import Any

from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from coopdev.api import schema
from coopdev.api.filters import project_filter_form
from coopdev.api.serializers.statistics import (
    BreakdownSerializer,
    SDGFiguresSerializer,
    StatisticsSerializer,
    TimelineSerializer,
)
from coopdev.projects import selectors
from coopdev.reference.models import Region

REGION_KIND_PARAM = "kind"
MSG_BAD_KIND = _("Choose one of: %(kinds)s.")


def _filtered(request: Request) -> tuple[Any, selectors.ValueBasis]:
    form = project_filter_form(request)
    return form.filter_queryset(selectors.project_list_published()), form.value_basis  # type: ignore[return-value]


def _breakdown(breakdown: selectors.Breakdown) -> dict:
    return {
        "basis": breakdown.basis,
        "total_value_eur": breakdown.total_value_eur,
        "rows": [row.as_dict() for row in breakdown.rows],
        "regional": breakdown.regional.as_dict() if breakdown.regional else None,
        "unspecified": breakdown.unspecified.as_dict(),
        "unallocated_eur": breakdown.unallocated_eur,
    }


def _doc(summary: str, serializer, description: str = "", extra: list | None = None):
    return extend_schema(
        summary=summary,
        description=description or "Accepts the explore filters and the value basis.",
        parameters=schema.FILTER_PARAMETERS + (extra or []),
        responses=schema.read_responses(serializer),
        tags=["statistics"],
    )


class Headline(APIView):
    @_doc(
        "Headline figures",
        StatisticsSerializer,
        "Projects, countries, organisations, values and people "
        "reached of the filtered published projects (the figures of the home and explore pages).",
    )
    def get(self, request: Request) -> Response:
        projects, basis = _filtered(request)
        data = {
            "basis": basis,
            "headline": selectors.headline_figures(projects=projects).as_dict(),
            "people": selectors.people_reached(projects=projects).as_dict(),
        }
        return Response(StatisticsSerializer(data).data)


REGION_KINDS = list(selectors.REGION_KINDS)


class ByRegion(APIView):
    @_doc(
        "Value by region",
        BreakdownSerializer,
        "Value split by recipient-country share over ICA regions (default) or UN M49 continents or "
        "sub-regions; value reported against IATI regions is the 'regional' bucket.",
        [
            OpenApiParameter(
                REGION_KIND_PARAM,
                OpenApiTypes.STR,
                OpenApiParameter.QUERY,
                enum=schema.or_empty(REGION_KINDS),
                description="Which regions (default ica).",
            )
        ],
    )
    def get(self, request: Request) -> Response:
        kind = request.query_params.get(REGION_KIND_PARAM) or Region.Kind.ICA
        if kind not in REGION_KINDS:
            raise ValidationError({REGION_KIND_PARAM: [MSG_BAD_KIND % {"kinds": ", ".join(REGION_KINDS)}]})
        projects, basis = _filtered(request)
        breakdown = selectors.value_by_region(projects=projects, basis=basis, kind=kind)
        return Response(BreakdownSerializer(_breakdown(breakdown)).data)


class ByCountry(APIView):
    @_doc("Value by recipient country", BreakdownSerializer)
    def get(self, request: Request) -> Response:
        projects, basis = _filtered(request)
        breakdown = selectors.value_by_country(projects=projects, basis=basis)
        return Response(BreakdownSerializer(_breakdown(breakdown)).data)


class BySector(APIView):
    @_doc("Value by DAC sector category", BreakdownSerializer)
    def get(self, request: Request) -> Response:
        projects, basis = _filtered(request)
        breakdown = selectors.value_by_sector_category(projects=projects, basis=basis)
        return Response(BreakdownSerializer(_breakdown(breakdown)).data)


class BySDG(APIView):
    @_doc(
        "Projects and value by SDG",
        SDGFiguresSerializer,
        "All 17 goals. SDGs carry no percentages: a project counts with its whole value under each "
        "goal it contributes to, so the values do not add up to the total.",
    )
    def get(self, request: Request) -> Response:
        projects, basis = _filtered(request)
        figures = selectors.projects_by_sdg(projects=projects, basis=basis)
        data = {
            "basis": basis,
            "rows": [row.as_dict() for row in figures.rows],
            "projects_without_sdg": figures.projects_without_sdg,
        }
        return Response(SDGFiguresSerializer(data).data)


class ByYear(APIView):
    @_doc(
        "Projects active and value per year",
        TimelineSerializer,
        "A project is active from its start year to its end year; its value is spread evenly over them.",
    )
    def get(self, request: Request) -> Response:
        projects, basis = _filtered(request)
        timeline = selectors.projects_and_value_by_year(projects=projects, basis=basis)
        data = {
            "basis": basis,
            "rows": [row.as_dict() for row in timeline.rows],
            "undated_projects": timeline.undated_projects,
            "undated_value_eur": timeline.undated_value_eur,
        }
        return Response(TimelineSerializer(data).data)
