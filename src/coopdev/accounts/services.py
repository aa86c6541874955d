"""Writes about accounts: API tokens and organisation memberships."""

import secrets
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from coopdev.accounts.selectors import api_token_hash, user_is_organisation_admin
from coopdev.organisations.models import ApiToken, Organisation


class AccountsError(Exception):
    """A refused accounts operation; ``message`` is translatable and safe to show."""

    def __init__(self, message: Any) -> None:
        super().__init__(message)
        self.message = message


NOT_ORGANISATION_ADMIN = _("Only an admin of this organisation or platform staff may do this.")
TOKEN_NAME_REQUIRED = _("Give the token a name, so you can tell it apart later.")
TOKEN_ALREADY_REVOKED = _("This token was already revoked.")

API_TOKEN_PREFIX_LENGTH = 8


@transaction.atomic
def api_token_create(*, organisation: Organisation, user: Any, name: str) -> tuple[ApiToken, str]:
    """Create an API token for ``organisation`` and return it with its raw key.

    The raw key is returned only here: the database keeps its SHA-256. Only organisation
    admins and platform staff may create tokens (``AccountsError`` otherwise).
    """
    if not user_is_organisation_admin(user=user, organisation=organisation):
        raise AccountsError(NOT_ORGANISATION_ADMIN)
    name = (name or "").strip()
    if not name:
        raise AccountsError(TOKEN_NAME_REQUIRED)
    raw_key = secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        organisation=organisation,
        name=name[:100],
        prefix=raw_key[:API_TOKEN_PREFIX_LENGTH],
        key_hash=api_token_hash(raw_key),
        created_by=user,
    )
    return token, raw_key


@transaction.atomic
def api_token_revoke(*, token: ApiToken, user: Any) -> ApiToken:
    """Revoke ``token`` from now on. Only organisation admins and platform staff may (``AccountsError``)."""
    if not user_is_organisation_admin(user=user, organisation=token.organisation):
        raise AccountsError(NOT_ORGANISATION_ADMIN)
    locked = ApiToken.objects.select_for_update().get(pk=token.pk)
    if locked.revoked_at is not None:
        raise AccountsError(TOKEN_ALREADY_REVOKED)
    locked.revoked_at = timezone.now()
    locked.save(update_fields=["revoked_at"])
    token.revoked_at = locked.revoked_at
    return locked
