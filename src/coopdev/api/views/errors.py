"""Answers for API addresses that match no endpoint: JSON, like every other API answer."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.views import APIView

MSG_NO_ENDPOINT = _("There is no API endpoint at this address; see /api/v1/docs/.")


@extend_schema(exclude=True)
class NoEndpoint(APIView):
    def _not_found(self, request: Request, *args, **kwargs):
        raise NotFound(MSG_NO_ENDPOINT)

    get = post = put = patch = delete = head = options = _not_found
