"""Writes about accounts: API tokens and organisation memberships."""

import secrets
from functools import partial
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from coopdev.accounts import emails
from coopdev.accounts.selectors import api_token_hash, user_is_organisation_admin
from coopdev.organisations.models import ApiToken, Membership, Organisation


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


# --- Memberships ---------------------------------------------------------------------------------

LAST_ADMIN = _("An organisation keeps at least one admin: make someone else admin first.")
ALREADY_MEMBER = _("This person is already a member; change their role in the list instead.")


def _admins_left(*, organisation: Organisation, without: Membership) -> bool:
    return (
        Membership.objects.filter(organisation=organisation, role=Membership.Role.ADMIN)
        .exclude(pk=without.pk)
        .exists()
    )


@transaction.atomic
def membership_add(
    *, organisation: Organisation, user: Any, email: str, role: str
) -> tuple[Membership, bool]:
    """Make the person with ``email`` a member of ``organisation`` with ``role``.

    When nobody has an account with that address, one is created without a password and the
    person receives an invitation to choose one (after commit). Returns the membership and
    whether an account was created. Only organisation admins and staff may add members.
    """
    if not user_is_organisation_admin(user=user, organisation=organisation):
        raise AccountsError(NOT_ORGANISATION_ADMIN)
    email = get_user_model().objects.normalize_email(email.strip())
    person = get_user_model().objects.filter(email__iexact=email).order_by("pk").first()
    created = person is None
    if person is None:
        person = get_user_model().objects.create_user(username=_free_username(email), email=email)
        person.set_unusable_password()
        person.save(update_fields=["password"])
    elif Membership.objects.filter(user=person, organisation=organisation).exists():
        raise AccountsError(ALREADY_MEMBER)
    membership = Membership.objects.create(user=person, organisation=organisation, role=role)
    transaction.on_commit(
        partial(emails.membership_invitation_send, membership_id=membership.pk, new_account=created)
    )
    return membership, created


def _free_username(email: str) -> str:
    base = email[:140]
    candidate, n = base, 1
    while get_user_model().objects.filter(username=candidate).exists():
        n += 1
        candidate = f"{base}-{n}"
    return candidate


@transaction.atomic
def membership_role_set(*, membership: Membership, user: Any, role: str) -> Membership:
    """Change a member's role; the last admin of an organisation cannot be demoted."""
    if not user_is_organisation_admin(user=user, organisation=membership.organisation):
        raise AccountsError(NOT_ORGANISATION_ADMIN)
    if role not in Membership.Role.values:
        raise ValueError(f"Unknown role {role!r}")
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if (
        membership.role == Membership.Role.ADMIN
        and role != Membership.Role.ADMIN
        and not _admins_left(organisation=membership.organisation, without=membership)
    ):
        raise AccountsError(LAST_ADMIN)
    membership.role = role
    membership.save(update_fields=["role"])
    return membership


@transaction.atomic
def membership_remove(*, membership: Membership, user: Any) -> None:
    """End a membership; the last admin of an organisation cannot be removed."""
    if not user_is_organisation_admin(user=user, organisation=membership.organisation):
        raise AccountsError(NOT_ORGANISATION_ADMIN)
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if membership.role == Membership.Role.ADMIN and not _admins_left(
        organisation=membership.organisation, without=membership
    ):
        raise AccountsError(LAST_ADMIN)
    membership.delete()
