"""Writing through the API: an organisation's systems upload a file of activities.

The token decides the organisation: ``import_file`` refuses activities reported by any other
organisation, and projects of another organisation with the same identifier. Everything
written through the API is ``submitted`` for review; a platform reviewer publishes it.
"""

import tempfile
from pathlib import Path
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from coopdev.api import schema
from coopdev.api.authentication import TokenClient
from coopdev.api.permissions import HasOrganisationToken
from coopdev.api.serializers.imports import ImportReportSerializer, ImportRequestSerializer
from coopdev.api.throttling import ImportThrottle, TokenThrottle
from coopdev.interchange.services import import_file, import_max_bytes
from coopdev.interchange.uploads import SizeLimitUploadHandler
from coopdev.projects.models import Project

MSG_TOO_LARGE = _("The file is %(size)s MB; the largest the API imports is %(limit)s MB.")


class ImportCreate(APIView):
    parser_classes = [MultiPartParser, FormParser]
    permission_classes = [HasOrganisationToken]
    throttle_classes = [TokenThrottle, ImportThrottle]

    def initialize_request(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Request:
        # Before anything reads the body (authentication may): a file above the limit is
        # stopped as it arrives instead of being spooled to disk first.
        request.upload_handlers.insert(0, SizeLimitUploadHandler(request, limit=import_max_bytes()))
        return super().initialize_request(request, *args, **kwargs)

    @extend_schema(
        operation_id="imports_create",
        summary="Import a file for the token's organisation",
        description=(
            "Validates every activity (the official XSD, the codelists, the platform's rules) and "
            "writes the file in one transaction, or nothing (unless ``skip_invalid``). Activities "
            "are matched by identifier (created / updated / unchanged / refused). Only activities "
            "reported by the token's organisation are accepted, and every project written is "
            "*submitted for review*, never published directly. The import runs while the request "
            "waits; the report says what happened. 200: written (or a dry run without problems); "
            "422: refused (or a dry run with problems), nothing written."
        ),
        request={"multipart/form-data": ImportRequestSerializer},
        responses={
            200: ImportReportSerializer,
            400: schema.FIELD_ERRORS,
            401: schema.UNAUTHORISED,
            403: schema.FORBIDDEN,
            413: OpenApiResponse(schema.DETAIL_ERROR, description="The file is too large."),
            422: OpenApiResponse(ImportReportSerializer, description="Refused: nothing was written."),
            429: schema.THROTTLED,
        },
        tags=["imports"],
    )
    def post(self, request: Request) -> Response:
        data = request.data  # parsed through SizeLimitUploadHandler (initialize_request)
        limit = import_max_bytes()
        size = getattr(request._request, "upload_too_large", None)
        if size is not None:
            message = MSG_TOO_LARGE % {"size": f"{size / (1 << 20):.1f}", "limit": limit >> 20}
            return Response({"detail": message}, status=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE)
        body = ImportRequestSerializer(data=data)
        body.is_valid(raise_exception=True)
        upload = body.validated_data["file"]
        client: TokenClient = request.user  # type: ignore[assignment]
        scratch = Path(settings.DATA_DIR) / "tmp"
        scratch.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=scratch, prefix="api-import-") as copy:
            for chunk in upload.chunks():
                copy.write(chunk)
            copy.flush()
            report = import_file(
                path=Path(copy.name),
                filename=upload.name,
                organisation=client.organisation,
                skip_invalid=body.validated_data["skip_invalid"],
                dry_run=body.validated_data["dry_run"],
                publication_state=Project.PublicationState.SUBMITTED,
            )
        refused = not report.ok if report.dry_run else not report.written
        return Response(
            ImportReportSerializer(report.as_dict()).data,
            status=status.HTTP_422_UNPROCESSABLE_ENTITY if refused else status.HTTP_200_OK,
        )
