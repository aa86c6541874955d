"""Published projects: the explore list with its filters, and one project with every field."""

from django.db.models import Prefetch
from django.http import Http404
from django.http.response import HttpResponseBase
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from coopdev.api import schema
from coopdev.api.filters import project_filter_form, project_ordering
from coopdev.api.pagination import paginate
from coopdev.api.serializers.projects import CODELISTS, ProjectDetailSerializer, ProjectSummarySerializer
from coopdev.interchange.exporters import FORMATS, TABLES, export_response
from coopdev.projects import selectors
from coopdev.projects.models import Project, ProjectCountry
from coopdev.reference.models import SDGGoal

MSG_NOT_FOUND = _("No published project has this identifier.")
# What a list row shows: the long narratives and the organisation's description stay in the database.
SUMMARY_FIELDS = (
    "iati_identifier",
    "title",
    "activity_status",
    "planned_start",
    "actual_start",
    "planned_end",
    "actual_end",
    "total_value_eur",
    "managed_value_eur",
    "people_reached",
    "reporting_org__slug",
    "reporting_org__name",
    "reporting_org__iati_identifier",
)
MSG_NO_FORMAT = _("Export formats: csv, xlsx, json, iati.")


class ProjectList(APIView):
    @extend_schema(
        operation_id="projects_list",
        summary="Published projects",
        description=(
            "The explore page as data: the same filters (same names, same validation), sorted as "
            "the page sorts, with cursor pagination. Only published projects are listed."
        ),
        parameters=schema.FILTER_PARAMETERS + schema.LIST_PARAMETERS,
        responses=schema.read_responses(schema.paginated(ProjectSummarySerializer, "PaginatedProjectList")),
        tags=["projects"],
    )
    def get(self, request: Request) -> Response:
        form = project_filter_form(request)
        projects = form.filter_queryset(selectors.project_list_published())
        ordered, keys = project_ordering(form, projects)
        ordered = (
            ordered.select_related("reporting_org")
            .only(*SUMMARY_FIELDS)
            .prefetch_related(
                Prefetch("countries", ProjectCountry.objects.only("project_id", "country_id", "percentage")),
                Prefetch("sdg_goals", SDGGoal.objects.only("number")),
            )
        )
        page = paginate(request=request, queryset=ordered, keys=keys, ordering=form.sort_key)
        serializer = ProjectSummarySerializer(page.rows, many=True, context={"request": request})
        return Response(
            {
                "count": page.count,
                "next": page.next_url,
                "previous": page.previous_url,
                "results": serializer.data,
            }
        )


class ProjectDetail(APIView):
    @extend_schema(
        operation_id="projects_retrieve",
        summary="One published project, every field nested",
        description=(
            "Titles and descriptions in every language, participating organisations with roles, "
            "countries and regions with percentages, sectors, SDG goals and targets, budgets and "
            "transactions (original currency and EUR), results with indicators and periods, "
            "locations and documents. Codes come with their names in the request's language."
        ),
        parameters=[
            OpenApiParameter(
                "identifier",
                str,
                OpenApiParameter.PATH,
                description="The IATI activity identifier (may contain slashes).",
            )
        ],
        responses=schema.read_responses(ProjectDetailSerializer, not_found=True, bad_request=False),
        tags=["projects"],
    )
    def get(self, request: Request, identifier: str) -> Response:
        if "\x00" in identifier:
            raise Http404(MSG_NOT_FOUND)
        try:
            project = selectors.project_get_published(identifier=identifier)
        except Project.DoesNotExist:
            raise Http404(MSG_NOT_FOUND) from None
        context = {"request": request, "codelist_names": selectors.codelist_names(codelists=CODELISTS)}
        return Response(ProjectDetailSerializer(project, context=context).data)


EXPORT_MEDIA_TYPES = {
    "csv": ("application/zip", "text/csv"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",),
    "json": ("application/json",),
    "iati": ("application/xml",),
}
EXPORT_JSON_SCHEMA = {
    "type": "object",
    "properties": {
        "format": {"type": "string", "enum": ["coopdev-activities"]},
        "version": {"type": "integer"},
        "generated": {"type": "string", "format": "date-time"},
        "activities": {"type": "array", "items": {"type": "object"}},
    },
}
MSG_BAD_TABLE = _("table: one of %(tables)s (CSV only).")


class ProjectExport(APIView):
    @extend_schema(
        operation_id="projects_export",
        summary="Download the (filtered) published projects",
        description=(
            "The same filters as the list, streamed at constant memory by the open-data exporter "
            "(the web's /data/export.<fmt> gives the same files): ``csv`` is a zip of the projects, "
            "transactions, budgets, sectors, countries and results tables (or one table as plain CSV "
            "with ``table=``), ``xlsx`` one sheet per table, ``json`` the activity records, ``iati`` "
            "IATI 2.03 XML that validates against the official schema. Spreadsheet formulas in "
            "cells are neutralised."
        ),
        parameters=[
            OpenApiParameter(
                "fmt", str, OpenApiParameter.PATH, enum=list(EXPORT_MEDIA_TYPES), description="File format."
            ),
            OpenApiParameter(
                "table",
                str,
                OpenApiParameter.QUERY,
                enum=schema.or_empty(TABLES),
                description="CSV only: one table.",
            ),
            *schema.FILTER_PARAMETERS,
        ],
        responses={
            **{
                (200, media_type): OpenApiTypes.BINARY
                for fmt, media_types in EXPORT_MEDIA_TYPES.items()
                for media_type in media_types
                if fmt != "json"
            },
            (200, "application/json"): EXPORT_JSON_SCHEMA,
            400: schema.FIELD_ERRORS,
            404: schema.NOT_FOUND,
            429: schema.THROTTLED,
        },
        tags=["projects"],
    )
    def get(self, request: Request, fmt: str) -> HttpResponseBase:
        if fmt not in FORMATS:
            raise Http404(MSG_NO_FORMAT)
        form = project_filter_form(request)
        table = request.query_params.get("table") or None
        if table is not None and (fmt != "csv" or table not in TABLES):
            raise ValidationError({"table": [MSG_BAD_TABLE % {"tables": ", ".join(TABLES)}]})
        projects = form.filter_queryset(selectors.project_list_published())
        return export_response(fmt=fmt, projects=projects, table=table)
