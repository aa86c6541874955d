"""Organisations, with the figures of their published projects."""

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from coopdev.api import schema
from coopdev.api.pagination import Key, paginate
from coopdev.api.serializers.organisations import OrganisationDetailSerializer, OrganisationSerializer
from coopdev.organisations.models import Organisation
from coopdev.projects import selectors

MSG_NOT_FOUND = _("No organisation has this slug.")
MSG_BAD_BASIS = _("Choose one of: %(bases)s.")
ORGANISATION_KEYS = [Key("name"), Key("slug")]


def _basis(request: Request) -> selectors.ValueBasis:
    basis = request.query_params.get("basis") or "total"
    if basis not in selectors.VALUE_BASES:
        raise ValidationError({"basis": [MSG_BAD_BASIS % {"bases": ", ".join(selectors.VALUE_BASES)}]})
    return basis  # type: ignore[return-value]


class OrganisationList(APIView):
    @extend_schema(
        operation_id="organisations_list",
        summary="Organisations",
        description=(
            "Every organisation, by name, with the number and value of the published projects it "
            "reports (``value_by_organisation``, on the value basis asked for)."
        ),
        parameters=[p for p in schema.FILTER_PARAMETERS if p.name == "basis"]
        + [p for p in schema.LIST_PARAMETERS if p.name != "sort"],
        responses=schema.read_responses(
            schema.paginated(OrganisationSerializer, "PaginatedOrganisationList")
        ),
        tags=["organisations"],
    )
    def get(self, request: Request) -> Response:
        basis = _basis(request)
        page = paginate(
            request=request, queryset=Organisation.objects.all(), keys=ORGANISATION_KEYS, ordering="name"
        )
        reported = selectors.project_list_published().filter(reporting_org__in=[o.pk for o in page.rows])
        figures = {row.key: row for row in selectors.value_by_organisation(projects=reported, basis=basis)}
        serializer = OrganisationSerializer(page.rows, many=True, context={"figures": figures})
        return Response(
            {
                "count": page.count,
                "next": page.next_url,
                "previous": page.previous_url,
                "results": serializer.data,
            }
        )


class OrganisationDetail(APIView):
    @extend_schema(
        operation_id="organisations_retrieve",
        summary="One organisation and its figures",
        description=(
            "Headline figures, people reached and data completeness over the published projects the "
            "organisation reports or takes part in (the figures of its page)."
        ),
        parameters=[p for p in schema.FILTER_PARAMETERS if p.name == "basis"],
        responses=schema.read_responses(OrganisationDetailSerializer, not_found=True, bad_request=False),
        tags=["organisations"],
    )
    def get(self, request: Request, slug: str) -> Response:
        organisation = None if "\x00" in slug else Organisation.objects.filter(slug=slug).first()
        if organisation is None:
            raise NotFound(MSG_NOT_FOUND)
        basis = _basis(request)
        projects = selectors.project_list_for_organisation(organisation=organisation)
        reported = selectors.project_list_published().filter(reporting_org=organisation)
        rows = {row.key: row for row in selectors.value_by_organisation(projects=reported, basis=basis)}
        completeness = selectors.data_completeness(projects=projects)
        data = {
            "organisation": OrganisationSerializer(organisation, context={"figures": rows}).data,
            "figures": {
                "headline": selectors.headline_figures(projects=projects).as_dict(),
                "people": selectors.people_reached(projects=projects).as_dict(),
                "completeness": {
                    "projects": completeness.projects,
                    "items": [
                        {"key": key, "label": label, "projects": n} for key, label, n in completeness.items
                    ],
                },
            },
            "projects_url": request.build_absolute_uri(
                reverse("api:project-list") + "?" + urlencode({"organisation": organisation.slug})
            ),
        }
        return Response(data)
