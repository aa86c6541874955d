"""Writing through the API: an organisation's systems upload a file of activities, and follow
its import as a background job (the same job and task as the web upload).

The token decides the organisation: the import refuses activities reported by any other
organisation, and projects of another organisation with the same identifier. Everything
written through the API is ``submitted`` for review; a platform reviewer publishes it.

A job is seen by its organisation's tokens and by platform staff (signed in on the site: the
job's pages here then also take the session); anyone else gets 404, as for a job that does not
exist.
"""

from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.authentication import BaseAuthentication, SessionAuthentication
from rest_framework.exceptions import NotFound
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.permissions import SAFE_METHODS, BasePermission, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.throttling import BaseThrottle
from rest_framework.views import APIView

from coopdev.api import schema
from coopdev.api.authentication import TokenClient
from coopdev.api.pagination import Key, paginate
from coopdev.api.permissions import HasOrganisationToken
from coopdev.api.serializers.imports import ImportJobSerializer, ImportRequestSerializer
from coopdev.api.throttling import ImportThrottle, TokenThrottle
from coopdev.interchange.errors import ImportError_
from coopdev.interchange.models import ImportJob
from coopdev.interchange.selectors import (
    import_job_get_for_organisation,
    import_job_get_for_user,
    import_job_list_for_organisation,
    import_job_list_visible_to_user,
)
from coopdev.interchange.services import import_job_create, import_max_bytes
from coopdev.interchange.uploads import SizeLimitUploadHandler

MSG_TOO_LARGE = _("The file is %(size)s MB; the largest the API imports is %(limit)s MB.")
MSG_NO_JOB = _("No import job with this id is yours to see.")
JOB_KEYS = [Key("pk", descending=True)]  # creation order, and unique

READ_RESPONSES = {
    401: schema.UNAUTHORISED,
    404: OpenApiResponse(schema.DETAIL_ERROR, description="No such job, or not the caller's."),
    429: schema.THROTTLED,
}


class _ImportJobAccess:
    """Reading jobs takes an organisation's token or a signed-in session (platform staff, or the
    user who uploaded on the web); uploading takes a token only."""

    reading = False

    def initialize_request(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Request:
        # DRF asks for the authenticators while it wraps the request, so decide from the plain one
        # (drf-spectacular builds its per-method mock requests through here too).
        self.reading = request.method in SAFE_METHODS
        return super().initialize_request(request, *args, **kwargs)  # type: ignore[misc]

    def get_authenticators(self) -> list[BaseAuthentication]:
        authenticators: list[BaseAuthentication] = super().get_authenticators()  # type: ignore[misc]
        if self.reading:
            # After the token: its header makes an anonymous request's answer 401, not 403.
            # Reads only, so the session never carries a write (no CSRF exposure).
            authenticators.append(SessionAuthentication())
        return authenticators


def _job_list(request: Request) -> QuerySet[ImportJob]:
    if isinstance(request.user, TokenClient):
        return import_job_list_for_organisation(organisation=request.user.organisation)
    return import_job_list_visible_to_user(user=request.user)


class ImportListCreate(_ImportJobAccess, APIView):
    parser_classes = [MultiPartParser, FormParser]

    def initialize_request(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Request:
        # Before anything reads the body (authentication may): a file above the limit is
        # stopped as it arrives instead of being spooled to disk first.
        request.upload_handlers.insert(0, SizeLimitUploadHandler(request, limit=import_max_bytes()))
        return super().initialize_request(request, *args, **kwargs)

    def get_permissions(self) -> list[BasePermission]:
        if self.request.method in SAFE_METHODS:
            return [IsAuthenticated()]
        return [HasOrganisationToken()]

    def get_throttles(self) -> list[BaseThrottle]:
        if self.request.method in SAFE_METHODS:
            return super().get_throttles()
        return [TokenThrottle(), ImportThrottle()]

    @extend_schema(
        operation_id="imports_list",
        summary="The caller's import jobs",
        description=(
            "The import jobs of the token's organisation (from the API or the web), newest first; "
            "platform staff signed in on the site see every job. Each has its state, progress and, "
            "once finished, its report."
        ),
        parameters=[p for p in schema.LIST_PARAMETERS if p.name != "sort"],
        responses={
            200: schema.paginated(ImportJobSerializer, "PaginatedImportJobList"),
            400: schema.FIELD_ERRORS,
            **READ_RESPONSES,
        },
        tags=["imports"],
    )
    def get(self, request: Request) -> Response:
        page = paginate(request=request, queryset=_job_list(request), keys=JOB_KEYS, ordering="-created")
        return Response(
            {
                "count": page.count,
                "next": page.next_url,
                "previous": page.previous_url,
                "results": ImportJobSerializer(page.rows, many=True, context={"request": request}).data,
            }
        )

    @extend_schema(
        operation_id="imports_create",
        summary="Import a file for the token's organisation (a background job)",
        description=(
            "Stores the file and queues its import; the answer comes at once, 202 with the job "
            "(also in the ``Location`` header) to poll until its state is ``done`` or ``failed``. "
            "The import validates every activity (the official XSD, the codelists, the platform's "
            "rules) and writes the file in one transaction, or nothing (unless ``skip_invalid``). "
            "Activities are matched by identifier (created / updated / unchanged / refused). Only "
            "activities reported by the token's organisation are accepted, and every project "
            "written is *submitted for review*, never published directly. ``failed``: the file "
            "was refused and nothing was written; the report says why, by file, line or row, and field."
        ),
        request={"multipart/form-data": ImportRequestSerializer},
        parameters=[
            OpenApiParameter(
                "Location",
                OpenApiTypes.URI,
                OpenApiParameter.HEADER,
                response=[202],
                description="The job's address, to poll.",
            )
        ],
        responses={
            202: OpenApiResponse(ImportJobSerializer, description="Queued; poll the job's ``url``."),
            400: schema.FIELD_ERRORS,
            401: schema.UNAUTHORISED,
            403: schema.FORBIDDEN,
            413: OpenApiResponse(schema.DETAIL_ERROR, description="The file is too large."),
            429: schema.THROTTLED,
        },
        tags=["imports"],
    )
    def post(self, request: Request) -> Response:
        data = request.data  # parsed through SizeLimitUploadHandler (initialize_request)
        size = getattr(request._request, "upload_too_large", None)
        if size is not None:
            message = MSG_TOO_LARGE % {"size": f"{size / (1 << 20):.1f}", "limit": import_max_bytes() >> 20}
            return Response({"detail": message}, status=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE)
        body = ImportRequestSerializer(data=data)
        body.is_valid(raise_exception=True)
        client: TokenClient = request.user  # type: ignore[assignment]
        try:
            job = import_job_create(
                user=None,  # a token is the organisation's, not a person's: its import goes to review
                organisation=client.organisation,
                upload=body.validated_data["file"],
                skip_invalid=body.validated_data["skip_invalid"],
                dry_run=body.validated_data["dry_run"],
            )
        except ImportError_ as exc:  # the size check, should the upload handler not have stopped it
            return Response({"detail": exc.issue.message}, status=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE)
        # Outside a transaction an immediate tasks backend has run the job already: say so.
        job.refresh_from_db()
        url = request.build_absolute_uri(reverse("api:import-detail", kwargs={"job_id": job.uuid}))
        return Response(
            ImportJobSerializer(job, context={"request": request}).data,
            status=status.HTTP_202_ACCEPTED,
            headers={"Location": url},
        )


class ImportDetail(_ImportJobAccess, APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="imports_retrieve",
        summary="One import job: its state, progress and report",
        description=(
            "``queued``, ``running`` (``progress`` counts the bytes of the file read so far), then "
            "``done`` or ``failed`` with the report: the counts created / updated / unchanged / "
            "refused and each problem with its file, line (XML) or row and column (CSV/XLSX), "
            "element or field and message, exactly as the web's job page shows it. Only the "
            "organisation that uploaded the file (its tokens) and platform staff see a job; anyone "
            "else gets 404, as for a job that does not exist."
        ),
        responses={200: ImportJobSerializer, **READ_RESPONSES},
        tags=["imports"],
    )
    def get(self, request: Request, job_id: Any) -> Response:
        if isinstance(request.user, TokenClient):
            job = import_job_get_for_organisation(organisation=request.user.organisation, job_uuid=job_id)
        else:
            job = import_job_get_for_user(user=request.user, job_uuid=job_id)
        if job is None:
            raise NotFound(MSG_NO_JOB)
        return Response(ImportJobSerializer(job, context={"request": request}).data)
