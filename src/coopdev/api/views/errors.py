"""Answers for API addresses that match no endpoint: JSON, like every other API answer.

The catch-all also stands in for Django's APPEND_SLASH, which no longer applies once every
path under /api/v1/ resolves: a GET without the trailing slash of an endpoint is redirected.
"""

from django.http import HttpResponsePermanentRedirect
from django.urls import Resolver404, resolve
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.views import APIView

MSG_NO_ENDPOINT = _("There is no API endpoint at this address; see /api/v1/docs/.")
CATCH_ALL = "no-endpoint"


def _with_slash(path: str) -> str | None:
    if path.endswith("/"):
        return None
    try:
        match = resolve(path + "/")
    except Resolver404:
        return None
    return path + "/" if match.url_name != CATCH_ALL else None


@extend_schema(exclude=True)
class NoEndpoint(APIView):
    def get(self, request: Request, *args, **kwargs):
        target = _with_slash(request.path)
        if target is not None:
            query = request.META.get("QUERY_STRING", "")
            return HttpResponsePermanentRedirect(target + (f"?{query}" if query else ""))
        raise NotFound(MSG_NO_ENDPOINT)

    def _not_found(self, request: Request, *args, **kwargs):
        raise NotFound(MSG_NO_ENDPOINT)

    head = get
    post = put = patch = delete = options = _not_found
