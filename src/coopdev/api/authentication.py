"""Writing through the API needs an organisation's API token.

The key travels in ``Authorization: Token <key>`` (or ``Bearer <key>``). Tokens belong to an
organisation, not to a person: a request authenticated by one acts for that organisation only.
The accounts app owns the tokens; this module only asks it whether a key is valid.
"""

from typing import Any

from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.request import Request

from coopdev.accounts.selectors import api_token_authenticate

KEYWORDS = (b"token", b"bearer")

MSG_MALFORMED = _("Malformed Authorization header: send 'Authorization: Token <key>'.")
MSG_INVALID = _("This API token is not valid, or it has been revoked.")


class TokenClient:
    """The principal behind a token: the organisation's systems (``request.user`` in API views)."""

    is_authenticated = True
    is_anonymous = False
    is_active = True
    is_staff = False
    is_superuser = False

    def __init__(self, token: Any) -> None:
        self.token = token
        self.organisation = token.organisation
        self.pk = None

    def __str__(self) -> str:
        return f"API token {self.token.prefix}… of {self.organisation}"


class ApiTokenAuthentication(BaseAuthentication):
    """``Authorization: Token <key>`` or ``Bearer <key>``; no header means an anonymous reader."""

    def authenticate(self, request: Request) -> tuple[TokenClient, Any] | None:
        parts = get_authorization_header(request).split()
        if not parts or parts[0].lower() not in KEYWORDS:
            return None
        if len(parts) != 2:
            raise exceptions.AuthenticationFailed(MSG_MALFORMED)
        try:
            raw_key = parts[1].decode("ascii")
        except UnicodeDecodeError:
            raise exceptions.AuthenticationFailed(MSG_MALFORMED) from None
        token = api_token_authenticate(raw_key=raw_key)
        if token is None:
            raise exceptions.AuthenticationFailed(MSG_INVALID)
        return TokenClient(token), token

    def authenticate_header(self, request: Request) -> str:
        # Makes DRF answer 401 (with WWW-Authenticate), not 403, to a request without a token.
        return 'Token realm="api"'
