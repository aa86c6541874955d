"""What the OpenAPI schema says beyond what drf-spectacular infers: the explore filters as
parameters, the error bodies, and the token security scheme."""

from collections.abc import Iterable
from typing import Literal

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, inline_serializer
from rest_framework import serializers

from coopdev.academy.models import REGION_CODES as ICA_REGIONS
from coopdev.api.pagination import CURSOR_PARAM, MAX_PAGE_SIZE, PAGE_SIZE_PARAM
from coopdev.projects.filters import MAX_QUERY_LENGTH, SORTS

Q: Literal["query"] = "query"


def or_empty(values: Iterable[str]) -> list[str]:
    """An enum of query values plus "": an empty parameter means the default, as on the web pages."""
    return [*values, ""]


FILTER_PARAMETERS = [
    OpenApiParameter(
        "q",
        OpenApiTypes.STR,
        Q,
        description=f"Text in titles, descriptions (any language) or the identifier; "
        f"at most {MAX_QUERY_LENGTH} characters.",
    ),
    OpenApiParameter(
        "region",
        OpenApiTypes.STR,
        Q,
        enum=or_empty(ICA_REGIONS),
        description="ICA region code: projects with a recipient country in it.",
    ),
    OpenApiParameter(
        "country",
        {"type": "array", "items": {"type": "string", "pattern": "^[A-Z]{2}$"}},
        Q,
        explode=True,
        description="ISO 3166-1 alpha-2 code; repeat for several (any of them).",
    ),
    OpenApiParameter(
        "sdg", {"type": "integer", "minimum": 1, "maximum": 17}, Q, description="SDG goal number."
    ),
    OpenApiParameter("target", OpenApiTypes.STR, Q, description="SDG target code, e.g. 3.8."),
    OpenApiParameter(
        "sector_category",
        {"type": "array", "items": {"type": "string", "pattern": "^[0-9]{3}$"}},
        Q,
        explode=True,
        description="OECD DAC 3-digit sector category; repeat for several (any of them).",
    ),
    OpenApiParameter("sector", OpenApiTypes.STR, Q, description="OECD DAC 5-digit sector code."),
    OpenApiParameter(
        "organisation",
        OpenApiTypes.STR,
        Q,
        description="Organisation slug: the projects it reports or takes part in.",
    ),
    OpenApiParameter(
        "status",
        OpenApiTypes.STR,
        Q,
        enum=or_empty(["1", "2", "3", "4", "5", "6"]),
        description="IATI ActivityStatus code: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, "
        "5 cancelled, 6 suspended.",
    ),
    OpenApiParameter(
        "year_from",
        {"type": "integer", "minimum": 1900, "maximum": 2100},
        Q,
        description="Active in or after this year.",
    ),
    OpenApiParameter(
        "year_to",
        {"type": "integer", "minimum": 1900, "maximum": 2100},
        Q,
        description="Active in or before this year.",
    ),
    OpenApiParameter(
        "value_min",
        {"type": "number", "minimum": 0},
        Q,
        description="Minimum value in EUR (on the value basis).",
    ),
    OpenApiParameter(
        "value_max",
        {"type": "number", "minimum": 0},
        Q,
        description="Maximum value in EUR (on the value basis).",
    ),
    OpenApiParameter(
        "basis",
        OpenApiTypes.STR,
        Q,
        enum=or_empty(["total", "managed"]),
        description="Value basis: the total project value (default) or the value managed by the cooperative.",
    ),
]

LIST_PARAMETERS = [
    OpenApiParameter(
        "sort", OpenApiTypes.STR, Q, enum=or_empty(SORTS), description="Order (default -value)."
    ),
    OpenApiParameter(
        CURSOR_PARAM, OpenApiTypes.STR, Q, description="Opaque cursor from a 'next' or 'previous' link."
    ),
    OpenApiParameter(
        PAGE_SIZE_PARAM,
        {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
        Q,
        description=f"Rows per page (default 20, at most {MAX_PAGE_SIZE}).",
    ),
]

FIELD_ERRORS = OpenApiResponse(
    inline_serializer(
        "FieldErrors",
        {"field": serializers.ListField(child=serializers.CharField(), required=False)},
    ),
    description="Invalid parameters or body: a list of messages per field name (``non_field_errors`` "
    "for the request as a whole).",
)
DETAIL_ERROR = inline_serializer("Error", {"detail": serializers.CharField()})
NOT_FOUND = OpenApiResponse(DETAIL_ERROR, description="Not found (or not published).")
THROTTLED = OpenApiResponse(DETAIL_ERROR, description="Too many requests: wait the Retry-After seconds.")
UNAUTHORISED = OpenApiResponse(DETAIL_ERROR, description="No token, or an unknown or revoked one.")
FORBIDDEN = OpenApiResponse(DETAIL_ERROR, description="The token may not do this.")


def read_responses(ok, *, not_found: bool = False, bad_request: bool = True) -> dict:
    """The responses of a public read: the body, 400 for bad parameters, 429 when throttled."""
    responses = {200: ok, 429: THROTTLED}
    if bad_request:
        responses[400] = FIELD_ERRORS
    if not_found:
        responses[404] = NOT_FOUND
    return responses


def paginated(serializer_class, name: str):
    """The envelope of a cursor-paginated list of ``serializer_class``."""
    return inline_serializer(
        name,
        {
            "count": serializers.IntegerField(help_text="Size of the whole filtered set."),
            "next": serializers.URLField(allow_null=True),
            "previous": serializers.URLField(allow_null=True),
            "results": serializer_class(many=True),
        },
    )


class ApiTokenScheme(OpenApiAuthenticationExtension):
    target_class = "coopdev.api.authentication.ApiTokenAuthentication"
    name = "organisationToken"

    def get_security_definition(self, auto_schema):
        return {
            "type": "http",
            "scheme": "bearer",
            "description": (
                "An organisation's API token, created by an organisation admin in the web accounts. "
                "Send `Authorization: Bearer <key>` (or `Authorization: Token <key>`). Reading needs "
                "no token; writing does, and acts for the token's organisation only. Projects "
                "written through the API are submitted for review, never published directly."
            ),
        }
