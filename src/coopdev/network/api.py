"""Read API of the network (``/api/v1/network/``): approved directory entries, public plans and
the library. A thin layer over :mod:`coopdev.network.selectors`, paginated and documented with
the shared helpers of :mod:`coopdev.api` (same cursor pagination, same OpenAPI schema).
"""

from typing import Any, Literal

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import serializers
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from coopdev.api import schema
from coopdev.api.pagination import Key, paginate
from coopdev.api.serializers.common import NarrativeField
from coopdev.network import selectors
from coopdev.network.forms import DirectoryFilterForm, PublicationFilterForm
from coopdev.network.models import ActionPlan, Cooperative, Publication

Q: Literal["query"] = "query"
PAGE_PARAMETERS = [p for p in schema.LIST_PARAMETERS if p.name != "sort"]
NAME_KEYS = [Key("name"), Key("slug")]
SLUG_KEYS = [Key("slug")]


class CooperativeSerializer(serializers.ModelSerializer):
    country = serializers.CharField(source="country_id")
    description = NarrativeField()
    tags = serializers.SerializerMethodField()
    sectors = serializers.SerializerMethodField()
    sdgs = serializers.SerializerMethodField()
    organisation = serializers.SerializerMethodField(help_text="Slug of the linked DDP organisation.")
    url = serializers.SerializerMethodField()

    class Meta:
        model = Cooperative
        fields = [
            "slug",
            "name",
            "legal_form",
            "cooperative_type",
            "registry_number",
            "founding_year",
            "members",
            "employees",
            "description",
            "address",
            "city",
            "country",
            "latitude",
            "longitude",
            "website",
            "email",
            "phone",
            "tags",
            "sectors",
            "sdgs",
            "organisation",
            "is_demo",
            "url",
        ]

    @extend_schema_field({"type": "array", "items": {"type": "string"}})
    def get_tags(self, obj: Cooperative) -> list[str]:
        return sorted(t.tag for t in obj.tags.all())

    @extend_schema_field({"type": "array", "items": {"type": "string"}})
    def get_sectors(self, obj: Cooperative) -> list[str]:
        return sorted(s.sector for s in obj.sectors.all())

    @extend_schema_field({"type": "array", "items": {"type": "integer"}})
    def get_sdgs(self, obj: Cooperative) -> list[int]:
        return sorted(g.number for g in obj.sdg_goals.all())

    @extend_schema_field({"type": "string", "nullable": True})
    def get_organisation(self, obj: Cooperative) -> str | None:
        return obj.organisation.slug if obj.organisation is not None else None

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, obj: Cooperative) -> str:
        return self.context["request"].build_absolute_uri(obj.get_absolute_url())


MSG_NUL = "Parameters may not contain the NUL character."
MSG_INTEGER = "Enter a whole number."
INTEGER_PARAMS = ("sdg", "year")


def _field_errors(form: Any) -> ValidationError:
    return ValidationError({k: [str(m) for m in v] for k, v in form.errors.items()})


def _filter_params(request: Request) -> dict[str, str]:
    """The filter parameters (paging ones aside); a NUL character anywhere is a 400, not a 500."""
    params = {k: str(v) for k, v in request.query_params.items() if k not in ("cursor", "page_size")}
    bad = [k for k, v in params.items() if "\x00" in k or "\x00" in v]
    if bad:
        raise ValidationError({k.replace("\x00", ""): [MSG_NUL] for k in bad})
    # The schema says these are integers: an empty value is not "no filter" here (the pages'
    # forms read it so), it is an invalid integer, as any client generated from the schema expects.
    empty = [k for k in INTEGER_PARAMS if k in params and not params[k].strip()]
    if empty:
        raise ValidationError({k: [MSG_INTEGER] for k in empty})
    return params


class CooperativeList(APIView):
    @extend_schema(
        operation_id="network_cooperatives_list",
        summary="Directory of cooperatives",
        description="Approved directory entries by name, with the directory page's filters.",
        parameters=[
            OpenApiParameter("q", OpenApiTypes.STR, Q, description="Words in name, city or description."),
            OpenApiParameter("country", OpenApiTypes.STR, Q, description="ISO 3166-1 alpha-2 code."),
            OpenApiParameter("city", OpenApiTypes.STR, Q),
            OpenApiParameter("type", OpenApiTypes.STR, Q, description="Cooperative type code."),
            OpenApiParameter("tag", OpenApiTypes.STR, Q, description="women-led, youth-led, ecological, ..."),
            OpenApiParameter("sdg", OpenApiTypes.INT, Q),
            OpenApiParameter("sector", OpenApiTypes.STR, Q),
            *PAGE_PARAMETERS,
        ],
        responses=schema.read_responses(schema.paginated(CooperativeSerializer, "PaginatedCooperativeList")),
        tags=["network"],
    )
    def get(self, request: Request) -> Response:
        public = selectors.cooperative_list_public()
        params = _filter_params(request)
        qs = public
        if params:
            # Any country or city the filter names is allowed here (the page lists only those in use).
            country, city = str(params.get("country", "")), str(params.get("city", ""))
            form = DirectoryFilterForm(params, countries=[(country, country)], cities=[city])
            if not form.is_valid():
                raise _field_errors(form)
            qs = selectors.cooperative_filter(cooperatives=public, **form.selector_kwargs())
        page = paginate(request=request, queryset=qs, keys=NAME_KEYS, ordering="name")
        return Response(
            {
                "count": page.count,
                "next": page.next_url,
                "previous": page.previous_url,
                "results": CooperativeSerializer(page.rows, many=True, context={"request": request}).data,
            }
        )


class CooperativeDetail(APIView):
    @extend_schema(
        operation_id="network_cooperatives_retrieve",
        summary="One directory entry",
        responses=schema.read_responses(CooperativeSerializer, not_found=True, bad_request=False),
        tags=["network"],
    )
    def get(self, request: Request, slug: str) -> Response:
        cooperative = selectors.cooperative_get_public(slug=slug)
        if cooperative is None:
            raise NotFound("No approved directory entry has this slug.")
        return Response(CooperativeSerializer(cooperative, context={"request": request}).data)


class PlanSerializer(serializers.ModelSerializer):
    title = NarrativeField()
    summary = NarrativeField()
    ends_on = serializers.DateField(read_only=True)
    event: serializers.Field = serializers.SlugRelatedField(
        slug_field="slug", read_only=True, allow_null=True
    )
    progress = serializers.SerializerMethodField(help_text="Mean progress over all deliverables (percent).")
    staleness = serializers.SerializerMethodField(
        help_text="green, amber or red: the worst of its deliverables."
    )
    url = serializers.SerializerMethodField()

    class Meta:
        model = ActionPlan
        fields = [
            "slug",
            "title",
            "summary",
            "starts_on",
            "ends_on",
            "horizon_years",
            "event",
            "progress",
            "staleness",
            "is_demo",
            "url",
        ]

    def _report(self, obj: ActionPlan) -> selectors.PlanReport:
        cache: dict[int, selectors.PlanReport] = self.context["reports"]
        if obj.pk not in cache:
            cache[obj.pk] = selectors.plan_report(plan=obj)
        return cache[obj.pk]

    @extend_schema_field({"type": "string", "format": "decimal", "nullable": True})
    def get_progress(self, obj: ActionPlan) -> str | None:
        value = self._report(obj).progress
        return None if value is None else f"{value:f}"

    @extend_schema_field({"type": "string", "enum": ["green", "amber", "red"]})
    def get_staleness(self, obj: ActionPlan) -> str:
        return str(self._report(obj).staleness)

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, obj: ActionPlan) -> str:
        return self.context["request"].build_absolute_uri(obj.get_absolute_url())


class DeliverableOut(serializers.Serializer):
    title = NarrativeField()
    owner = serializers.CharField()
    due_on = serializers.DateField()
    status = serializers.CharField()
    progress = serializers.CharField()
    counted = serializers.BooleanField()
    staleness = serializers.CharField()
    last_update_at = serializers.DateTimeField(allow_null=True)
    sdgs = serializers.ListField(child=serializers.IntegerField())
    targets = serializers.ListField(child=serializers.CharField())


class GroupOut(serializers.Serializer):
    name = NarrativeField()
    lead = serializers.CharField()
    progress = serializers.CharField(allow_null=True)
    staleness = serializers.CharField()
    deliverables = DeliverableOut(many=True)


class DeclarationOut(serializers.Serializer):
    declared_by = serializers.CharField()
    declarant_kind = serializers.CharField()
    text = NarrativeField()
    sdgs = serializers.ListField(child=serializers.IntegerField())
    targets = serializers.ListField(child=serializers.CharField())


class PlanDetailOut(serializers.Serializer):
    plan = PlanSerializer()
    declarations = DeclarationOut(many=True)
    working_groups = GroupOut(many=True)


def _deliverable(r: selectors.DeliverableReport) -> dict[str, Any]:
    d = r.deliverable
    return {
        "title": d.title,
        "owner": d.owner,
        "due_on": d.due_on,
        "status": d.status,
        "progress": f"{r.progress:f}",
        "counted": r.counted,
        "staleness": str(r.staleness),
        "last_update_at": d.last_update_at,
        "sdgs": sorted(g.number for g in d.sdg_goals.all()),
        "targets": sorted(t.code for t in d.sdg_targets.all()),
    }


class PlanList(APIView):
    @extend_schema(
        operation_id="network_plans_list",
        summary="Action plans",
        description="Public action plans with their rolled-up progress and staleness signal.",
        parameters=PAGE_PARAMETERS,
        responses=schema.read_responses(schema.paginated(PlanSerializer, "PaginatedPlanList")),
        tags=["network"],
    )
    def get(self, request: Request) -> Response:
        page = paginate(
            request=request, queryset=selectors.plan_list_public_detailed(), keys=SLUG_KEYS, ordering="slug"
        )
        return Response(
            {
                "count": page.count,
                "next": page.next_url,
                "previous": page.previous_url,
                "results": PlanSerializer(
                    page.rows, many=True, context={"request": request, "reports": {}}
                ).data,
            }
        )


class PlanDetail(APIView):
    @extend_schema(
        operation_id="network_plans_retrieve",
        summary="One action plan",
        description="Declarations (by SDG goals and targets), working groups and deliverables with progress.",
        responses=schema.read_responses(PlanDetailOut, not_found=True, bad_request=False),
        tags=["network"],
    )
    def get(self, request: Request, slug: str) -> Response:
        plan = selectors.plan_get_public(slug=slug)
        if plan is None:
            raise NotFound("No public action plan has this slug.")
        report = selectors.plan_report(plan=plan)
        context = {"request": request, "reports": {plan.pk: report}}
        return Response(
            {
                "plan": PlanSerializer(plan, context=context).data,
                "declarations": [
                    {
                        "declared_by": d.declarant_text,
                        "declarant_kind": d.declarant_kind,
                        "text": d.text,
                        "sdgs": sorted(g.number for g in d.sdg_goals.all()),
                        "targets": sorted(t.code for t in d.sdg_targets.all()),
                    }
                    for d in plan.declarations.all()
                ],
                "working_groups": [
                    {
                        "name": g.group.name,
                        "lead": g.group.lead,
                        "progress": None if g.progress is None else f"{g.progress:f}",
                        "staleness": str(g.staleness),
                        "deliverables": [_deliverable(r) for r in g.deliverables],
                    }
                    for g in report.groups
                ],
            }
        )


class PublicationSerializer(serializers.ModelSerializer):
    title = NarrativeField()
    summary = NarrativeField()
    language = serializers.CharField(help_text="Language code of the publication.")
    region: serializers.Field = serializers.SlugRelatedField(
        slug_field="code", read_only=True, allow_null=True
    )
    countries = serializers.SerializerMethodField()
    sdgs = serializers.SerializerMethodField()
    file = serializers.SerializerMethodField()
    page = serializers.SerializerMethodField()

    class Meta:
        model = Publication
        fields = [
            "slug",
            "kind",
            "title",
            "summary",
            "authors",
            "year",
            "language",
            "region",
            "countries",
            "sdgs",
            "theme",
            "file",
            "url",
            "is_demo",
            "page",
        ]

    @extend_schema_field({"type": "array", "items": {"type": "string"}})
    def get_countries(self, obj: Publication) -> list[str]:
        return sorted(c.code for c in obj.countries.all())

    @extend_schema_field({"type": "array", "items": {"type": "integer"}})
    def get_sdgs(self, obj: Publication) -> list[int]:
        return sorted(g.number for g in obj.sdg_goals.all())

    @extend_schema_field({"type": "string", "format": "uri", "nullable": True})
    def get_file(self, obj: Publication) -> str | None:
        return self.context["request"].build_absolute_uri(obj.file.url) if obj.file else None

    @extend_schema_field(OpenApiTypes.URI)
    def get_page(self, obj: Publication) -> str:
        return self.context["request"].build_absolute_uri(obj.get_absolute_url())


class PublicationList(APIView):
    @extend_schema(
        operation_id="network_publications_list",
        summary="Research library",
        description="Public publications, ordered by slug (stable cursor paging), with the library "
        "page's facet filters.",
        parameters=[
            OpenApiParameter("q", OpenApiTypes.STR, Q),
            OpenApiParameter("kind", OpenApiTypes.STR, Q, description="report, study, guide or video."),
            OpenApiParameter("theme", OpenApiTypes.STR, Q),
            OpenApiParameter("year", OpenApiTypes.INT, Q),
            OpenApiParameter("language", OpenApiTypes.STR, Q),
            OpenApiParameter("region", OpenApiTypes.STR, Q, description="ICA region code."),
            OpenApiParameter("country", OpenApiTypes.STR, Q),
            OpenApiParameter("sdg", OpenApiTypes.INT, Q),
            *PAGE_PARAMETERS,
        ],
        responses=schema.read_responses(schema.paginated(PublicationSerializer, "PaginatedPublicationList")),
        tags=["network"],
    )
    def get(self, request: Request) -> Response:
        qs = selectors.publication_list_public()
        params = _filter_params(request)
        if params:
            form = PublicationFilterForm(params)
            if not form.is_valid():
                raise _field_errors(form)
            qs = selectors.publication_filter(publications=qs, **form.selector_kwargs())
        page = paginate(request=request, queryset=qs, keys=SLUG_KEYS, ordering="slug")
        return Response(
            {
                "count": page.count,
                "next": page.next_url,
                "previous": page.previous_url,
                "results": PublicationSerializer(page.rows, many=True, context={"request": request}).data,
            }
        )


class PublicationDetail(APIView):
    @extend_schema(
        operation_id="network_publications_retrieve",
        summary="One publication",
        responses=schema.read_responses(PublicationSerializer, not_found=True, bad_request=False),
        tags=["network"],
    )
    def get(self, request: Request, slug: str) -> Response:
        publication = selectors.publication_get_public(slug=slug)
        if publication is None:
            raise NotFound("No public publication has this slug.")
        return Response(PublicationSerializer(publication, context={"request": request}).data)
