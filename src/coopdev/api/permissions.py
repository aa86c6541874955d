"""Who may write: a request carrying a valid organisation API token."""

from django.utils.translation import gettext_lazy as _
from rest_framework.permissions import BasePermission
from rest_framework.request import Request

from coopdev.api.authentication import TokenClient


class HasOrganisationToken(BasePermission):
    """The request came with a valid, unrevoked token; it then acts for that organisation only."""

    message = _("This needs an organisation's API token: send 'Authorization: Bearer <key>'.")

    def has_permission(self, request: Request, view) -> bool:
        return isinstance(request.user, TokenClient) and request.auth is not None
