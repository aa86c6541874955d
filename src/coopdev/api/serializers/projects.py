"""Projects as the API shows them: a summary in lists, every field nested in the detail."""

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from coopdev.api.serializers.common import CodeField, MoneyField, NarrativeField
from coopdev.projects.models import (
    Budget,
    DocumentLink,
    Indicator,
    IndicatorPeriod,
    Location,
    ParticipatingOrg,
    Project,
    ProjectCountry,
    ProjectRegion,
    ProjectSector,
    ProjectTag,
    Result,
    Transaction,
)

# The IATI codelists the detail names (one query: ``projects.selectors.codelist_names``).
CODELISTS = (
    "ActivityStatus",
    "ActivityScope",
    "CollaborationType",
    "FlowType",
    "FinanceType",
    "AidType",
    "OrganisationRole",
    "OrganisationType",
    "TransactionType",
    "BudgetType",
    "BudgetStatus",
    "ResultType",
    "IndicatorMeasure",
    "DocumentCategory",
    "LocationReach",
    "GeographicExactness",
)


class OrganisationRefSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    name = serializers.CharField()
    iati_identifier = serializers.CharField(allow_null=True)


class CountryShareSerializer(serializers.ModelSerializer):
    code = serializers.CharField(source="country_id")
    percentage = MoneyField(allow_null=True, help_text="Share of the project; null means 100 (sole country).")

    class Meta:
        model = ProjectCountry
        fields = ["code", "percentage"]


class ProjectSummarySerializer(serializers.ModelSerializer):
    """A project in a list: what the explore page shows of it."""

    reporting_org = OrganisationRefSerializer()
    title = NarrativeField()
    activity_status = serializers.CharField(help_text="IATI ActivityStatus code.")
    start_date = serializers.DateField(allow_null=True, help_text="Actual start, else planned start.")
    end_date = serializers.DateField(allow_null=True, help_text="Actual end, else planned end.")
    total_value_eur = MoneyField(allow_null=True)
    managed_value_eur = MoneyField(allow_null=True)
    countries = CountryShareSerializer(many=True)
    sdg_goals = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()

    class Meta:
        model = Project
        fields = [
            "iati_identifier",
            "title",
            "reporting_org",
            "activity_status",
            "start_date",
            "end_date",
            "total_value_eur",
            "managed_value_eur",
            "countries",
            "sdg_goals",
            "people_reached",
            "url",
        ]

    @extend_schema_field({"type": "array", "items": {"type": "integer"}})
    def get_sdg_goals(self, project: Project) -> list[int]:
        return [goal.number for goal in project.sdg_goals.all()]

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, project: Project) -> str:
        path = reverse("api:project-detail", kwargs={"identifier": project.iati_identifier})
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path


AMOUNT_FIELDS = ["value", "currency", "value_date", "value_eur", "fx_error"]


class AmountMixin(serializers.Serializer):
    value = MoneyField()
    currency = serializers.CharField()
    value_date = serializers.DateField()
    value_eur = MoneyField(allow_null=True, help_text="Null when no exchange rate is known (see fx_error).")
    fx_error = serializers.CharField()


class ParticipatingOrgSerializer(serializers.ModelSerializer):
    organisation = OrganisationRefSerializer(allow_null=True)
    name = NarrativeField()
    role = CodeField(codelist="OrganisationRole")
    type = CodeField(codelist="OrganisationType")

    class Meta:
        model = ParticipatingOrg
        fields = ["organisation", "ref", "name", "role", "type", "activity_id"]


class RegionShareSerializer(serializers.ModelSerializer):
    code = serializers.CharField(source="region.code")
    name = serializers.CharField(source="region.name")
    percentage = MoneyField(allow_null=True)

    class Meta:
        model = ProjectRegion
        fields = ["code", "name", "vocabulary", "percentage"]


class CountryDetailShareSerializer(serializers.ModelSerializer):
    code = serializers.CharField(source="country_id")
    name = serializers.CharField(source="country.name")
    ica_region = serializers.CharField(source="country.ica_region.code")
    percentage = MoneyField(allow_null=True, help_text="Share of the project; null means 100 (sole country).")

    class Meta:
        model = ProjectCountry
        fields = ["code", "name", "ica_region", "percentage"]


class SectorShareSerializer(serializers.ModelSerializer):
    name = serializers.SerializerMethodField()
    category = serializers.CharField(source="category_id", allow_null=True)
    percentage = MoneyField(allow_null=True)
    narrative = NarrativeField()

    class Meta:
        model = ProjectSector
        fields = ["vocabulary", "code", "name", "category", "percentage", "narrative"]

    @extend_schema_field(OpenApiTypes.STR)
    def get_name(self, row: ProjectSector) -> str:
        if row.sector is not None:
            return row.sector.name
        return row.category.name if row.category is not None else ""


class TagSerializer(serializers.ModelSerializer):
    narrative = NarrativeField()

    class Meta:
        model = ProjectTag
        fields = ["vocabulary", "code", "narrative"]


class BudgetSerializer(AmountMixin, serializers.ModelSerializer):
    type = CodeField(codelist="BudgetType")
    status = CodeField(codelist="BudgetStatus")

    class Meta:
        model = Budget
        fields = ["type", "status", "period_start", "period_end", *AMOUNT_FIELDS]


class TransactionSerializer(AmountMixin, serializers.ModelSerializer):
    type = CodeField(codelist="TransactionType")
    description = NarrativeField()
    provider_org_name = NarrativeField()
    receiver_org_name = NarrativeField()

    class Meta:
        model = Transaction
        fields = [
            "ref",
            "type",
            "date",
            *AMOUNT_FIELDS,
            "description",
            "provider_org_ref",
            "provider_org_name",
            "receiver_org_ref",
            "receiver_org_name",
        ]


class PeriodSerializer(serializers.ModelSerializer):
    target_value = MoneyField(allow_null=True)
    actual_value = MoneyField(allow_null=True)

    class Meta:
        model = IndicatorPeriod
        fields = ["period_start", "period_end", "target_value", "actual_value"]


class IndicatorSerializer(serializers.ModelSerializer):
    measure = CodeField(codelist="IndicatorMeasure")
    title = NarrativeField()
    description = NarrativeField()
    baseline_value = MoneyField(allow_null=True)
    periods = PeriodSerializer(many=True)

    class Meta:
        model = Indicator
        fields = [
            "measure",
            "ascending",
            "title",
            "description",
            "baseline_year",
            "baseline_value",
            "periods",
        ]


class ResultSerializer(serializers.ModelSerializer):
    type = CodeField(codelist="ResultType")
    title = NarrativeField()
    description = NarrativeField()
    indicators = IndicatorSerializer(many=True)

    class Meta:
        model = Result
        fields = ["type", "aggregation_status", "title", "description", "indicators"]


class LocationSerializer(serializers.ModelSerializer):
    name = NarrativeField()
    description = NarrativeField()
    country = serializers.CharField(source="country_id", allow_null=True)
    exactness = CodeField(codelist="GeographicExactness")
    location_reach = CodeField(codelist="LocationReach")

    class Meta:
        model = Location
        fields = [
            "ref",
            "name",
            "description",
            "country",
            "latitude",
            "longitude",
            "exactness",
            "location_reach",
            "feature_designation",
        ]


class DocumentSerializer(serializers.ModelSerializer):
    title = NarrativeField()
    category = CodeField(codelist="DocumentCategory")

    class Meta:
        model = DocumentLink
        fields = ["url", "format", "title", "category", "language", "document_date"]


class ProjectDetailSerializer(serializers.ModelSerializer):
    """A published project with every field it has, nested."""

    reporting_org = OrganisationRefSerializer()
    title = NarrativeField()
    description = NarrativeField()
    objectives = NarrativeField()
    target_groups = NarrativeField()
    activity_status = CodeField(codelist="ActivityStatus")
    activity_scope = CodeField(codelist="ActivityScope")
    collaboration_type = CodeField(codelist="CollaborationType")
    default_flow_type = CodeField(codelist="FlowType")
    default_finance_type = CodeField(codelist="FinanceType")
    default_aid_type = CodeField(codelist="AidType")
    total_value = MoneyField(allow_null=True, help_text="In value_currency.")
    managed_value = MoneyField(allow_null=True, help_text="The part the reporting organisation manages.")
    total_value_eur = MoneyField(allow_null=True)
    managed_value_eur = MoneyField(allow_null=True)
    participating_orgs = ParticipatingOrgSerializer(many=True)
    countries = CountryDetailShareSerializer(many=True)
    regions = RegionShareSerializer(many=True)
    sectors = SectorShareSerializer(many=True)
    tags = TagSerializer(many=True)
    sdg_goals = serializers.SerializerMethodField()
    sdg_targets = serializers.SerializerMethodField()
    budgets = BudgetSerializer(many=True)
    transactions = TransactionSerializer(many=True)
    results = ResultSerializer(many=True)
    locations = LocationSerializer(many=True)
    documents = DocumentSerializer(many=True)
    page_url = serializers.SerializerMethodField()

    class Meta:
        model = Project
        fields = [
            "iati_identifier",
            "reporting_org",
            "title",
            "description",
            "objectives",
            "target_groups",
            "default_language",
            "default_currency",
            "activity_status",
            "activity_scope",
            "collaboration_type",
            "default_flow_type",
            "default_finance_type",
            "default_aid_type",
            "planned_start",
            "actual_start",
            "planned_end",
            "actual_end",
            "total_value",
            "managed_value",
            "value_currency",
            "value_date",
            "total_value_eur",
            "managed_value_eur",
            "fx_error",
            "people_reached",
            "people_reached_women",
            "people_reached_men",
            "participating_orgs",
            "countries",
            "regions",
            "sectors",
            "tags",
            "sdg_goals",
            "sdg_targets",
            "budgets",
            "transactions",
            "results",
            "locations",
            "documents",
            "last_updated_datetime",
            "is_demo",
            "page_url",
        ]

    @extend_schema_field({"type": "array", "items": {"type": "integer"}})
    def get_sdg_goals(self, project: Project) -> list[int]:
        return [goal.number for goal in project.sdg_goals.all()]

    @extend_schema_field({"type": "array", "items": {"type": "string"}})
    def get_sdg_targets(self, project: Project) -> list[str]:
        return [target.code for target in project.sdg_targets.all()]

    @extend_schema_field(OpenApiTypes.URI)
    def get_page_url(self, project: Project) -> str:
        path = reverse("project_detail", kwargs={"identifier": project.iati_identifier})
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path
