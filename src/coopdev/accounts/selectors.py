"""Reads about who may do what: organisation roles, platform reviewers, API tokens.

Roles are ordered viewer < editor < admin (organisation admin); "at least editor" includes
admins. Platform staff (``is_staff``) see and edit every organisation.

Platform reviewers are the active staff users: reviewing is a platform duty (it decides what
becomes public), and staff already see every organisation's unpublished work in the back office,
so a separate "reviewers" group would only add a way to get the two out of step.
"""

import datetime as dt
import hashlib
import hmac
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from coopdev.organisations.models import ApiToken, Membership, Organisation

ROLE_RANK: dict[str, int] = {
    Membership.Role.VIEWER: 1,
    Membership.Role.EDITOR: 2,
    Membership.Role.ADMIN: 3,
}

# last_used_at is a hint for admins, not an audit trail: writing it on every request would turn
# every API read into a write.
API_TOKEN_TOUCH_INTERVAL = dt.timedelta(minutes=1)


def roles_at_least(role: str) -> list[str]:
    """The roles that rank at or above ``role``."""
    if role not in ROLE_RANK:
        raise ValueError(f"Unknown organisation role {role!r}")
    return [name for name, rank in ROLE_RANK.items() if rank >= ROLE_RANK[role]]


def _is_active_user(user: Any) -> bool:
    return bool(user is not None and user.is_authenticated and user.is_active)


def user_is_staff(*, user: Any) -> bool:
    """Platform staff: active users with ``is_staff``."""
    return _is_active_user(user) and bool(user.is_staff)


def organisation_list_for_user(*, user: Any, role: str = Membership.Role.VIEWER) -> QuerySet[Organisation]:
    """The organisations where ``user`` holds at least ``role``; every one for staff, none for anonymous."""
    roles = roles_at_least(role)
    if not _is_active_user(user):
        return Organisation.objects.none()
    if user.is_staff:
        return Organisation.objects.all()
    return Organisation.objects.filter(memberships__user=user, memberships__role__in=roles).distinct()


def membership_role_for_user(*, user: Any, organisation: Organisation) -> str | None:
    """The user's role in the organisation, or None (staff without membership also get None)."""
    if not _is_active_user(user):
        return None
    return (
        Membership.objects.filter(user=user, organisation=organisation).values_list("role", flat=True).first()
    )


def user_has_organisation_role(*, user: Any, organisation: Organisation, role: str) -> bool:
    """Whether ``user`` holds at least ``role`` in ``organisation`` (always true for staff)."""
    if not _is_active_user(user):
        return False
    if user.is_staff:
        return True
    held = membership_role_for_user(user=user, organisation=organisation)
    return held is not None and ROLE_RANK[held] >= ROLE_RANK[role]


def user_can_view_organisation(*, user: Any, organisation: Organisation) -> bool:
    """Viewer or above, or platform staff: may see the organisation's unpublished projects."""
    return user_has_organisation_role(user=user, organisation=organisation, role=Membership.Role.VIEWER)


def user_can_edit_organisation(*, user: Any, organisation: Organisation) -> bool:
    """Editor or above, or platform staff."""
    return user_has_organisation_role(user=user, organisation=organisation, role=Membership.Role.EDITOR)


def user_is_organisation_admin(*, user: Any, organisation: Organisation) -> bool:
    """Organisation admin, or platform staff."""
    return user_has_organisation_role(user=user, organisation=organisation, role=Membership.Role.ADMIN)


def user_is_reviewer(*, user: Any) -> bool:
    """Platform reviewers publish or return submitted projects: the active staff users (see module doc)."""
    return user_is_staff(user=user)


def api_token_hash(raw_key: str) -> str:
    """The stored form of an API key: its SHA-256 in hex."""
    return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()


def api_token_authenticate(*, raw_key: str) -> ApiToken | None:
    """The active token whose key is ``raw_key``, or None.

    The lookup is by the SHA-256 of the key, so response time says nothing about how much of a
    guessed key was right; the final comparison is constant-time as well. Updates ``last_used_at``
    at most once a minute.
    """
    if not raw_key or len(raw_key) > 200:
        return None
    digest = api_token_hash(raw_key)
    token = (
        ApiToken.objects.select_related("organisation")
        .filter(key_hash=digest, revoked_at__isnull=True)
        .first()
    )
    if token is None or not hmac.compare_digest(token.key_hash, digest):
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at >= API_TOKEN_TOUCH_INTERVAL:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token


def api_token_list(*, organisation: Organisation) -> QuerySet[ApiToken]:
    """The organisation's tokens, newest first, revoked ones included (they show when they stopped)."""
    return (
        ApiToken.objects.filter(organisation=organisation)
        .select_related("created_by")
        .order_by("-created_at")
    )
