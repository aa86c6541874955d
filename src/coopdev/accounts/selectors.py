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
from dataclasses import dataclass
from typing import Any

from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q, QuerySet
from django.utils import timezone

from coopdev.accounts.models import ProjectPendingChange
from coopdev.organisations.models import ApiToken, Membership, Organisation
from coopdev.projects.models import Budget, Location, Project, ProjectRevision, ProjectSector, Result
from coopdev.projects.selectors import Completeness, data_completeness

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


# --- Projects in the workspace -------------------------------------------------------------------


def project_list_for_user(*, user: Any, role: str = Membership.Role.VIEWER) -> QuerySet[Project]:
    """Every project, in any publication state, reported by an organisation where ``user`` holds
    at least ``role`` (every project for staff)."""
    return Project.objects.filter(reporting_org__in=organisation_list_for_user(user=user, role=role))


def project_get_for_user(*, user: Any, pk: int, role: str = Membership.Role.VIEWER) -> Project:
    """The project ``pk`` if ``user`` holds at least ``role`` in its reporting organisation.

    Raises ``Project.DoesNotExist`` for a missing and a forbidden project alike, so that pages
    answer "not found" without telling whether the project exists.
    """
    return (
        project_list_for_user(user=user, role=role)
        .select_related("reporting_org")
        .prefetch_related("sdg_goals", "sdg_targets")
        .get(pk=pk)
    )


def organisation_get_for_user(*, user: Any, slug: str, role: str = Membership.Role.VIEWER) -> Organisation:
    """The organisation ``slug`` if ``user`` holds at least ``role`` there; ``DoesNotExist`` otherwise."""
    return organisation_list_for_user(user=user, role=role).get(slug=slug)


def project_pending_change(*, project: Project) -> ProjectPendingChange | None:
    """The pending (not yet public) version of a published project, if any."""
    return ProjectPendingChange.objects.filter(project=project).select_related("user").first()


def project_review_queue() -> QuerySet[Project]:
    """What reviewers have to decide: submitted projects and published projects whose pending
    version is submitted; oldest first (first come, first served)."""
    pending = ProjectPendingChange.objects.filter(
        project=OuterRef("pk"), state=ProjectPendingChange.State.SUBMITTED
    )
    return (
        Project.objects.annotate(has_pending=Exists(pending))
        .filter(
            Q(publication_state=Project.PublicationState.SUBMITTED)
            | Q(publication_state=Project.PublicationState.PUBLISHED, has_pending=True)
        )
        .select_related("reporting_org")
        .order_by("updated_at", "pk")
    )


def project_revision_list(*, project: Project) -> QuerySet[ProjectRevision]:
    """The project's history, newest first."""
    return ProjectRevision.objects.filter(project=project).select_related("user")


def project_last_review_comment(*, project: Project) -> ProjectRevision | None:
    """The latest reviewer's return comment (a review revision that returned the project)."""
    for revision in ProjectRevision.objects.filter(project=project, source=ProjectRevision.Source.REVIEW)[:5]:
        changes = revision.changes or {}
        if "returned" in (changes.get("publication_state") or []) + (changes.get("pending_change") or []):
            return revision
    return None


# --- Data quality --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProjectQuality:
    project: Project
    missing: list[str]  # keys of COMPLETENESS_CHECKS the project lacks
    score: int  # percentage of checks met


@dataclass(frozen=True)
class Gap:
    key: str
    label: str
    projects: int  # how many projects lack it
    share: int  # percentage of the organisation's projects


@dataclass(frozen=True)
class DataQuality:
    projects: list[ProjectQuality]
    gaps: list[Gap]  # "what to fix first": the most common gaps, most common first
    completeness: Completeness  # the aggregate of projects.selectors.data_completeness

    @property
    def average_score(self) -> int:
        if not self.projects:
            return 0
        return round(sum(p.score for p in self.projects) / len(self.projects))


def _completeness_conditions() -> dict[str, Any]:
    """Per-project conditions matching ``projects.selectors.data_completeness`` item by item
    (same keys, same rules), so the per-project view and the aggregate never disagree."""
    pk = OuterRef("pk")
    return {
        "sdgs": Exists(Project.sdg_goals.through.objects.filter(project=pk)),
        "sectors": Exists(ProjectSector.objects.filter(project=pk, vocabulary__in=("1", "2"))),
        "budget": Exists(Budget.objects.filter(project=pk)),
        "results": Exists(Result.objects.filter(project=pk)),
        "dates": (Q(planned_start__isnull=False) | Q(actual_start__isnull=False))
        & (Q(planned_end__isnull=False) | Q(actual_end__isnull=False)),
        "location": Exists(Location.objects.filter(project=pk, latitude__isnull=False)),
        "description": ~Q(description={}),
    }


def organisation_data_quality(*, organisation: Organisation) -> DataQuality:
    """Completeness of each project the organisation reports (every publication state) and the
    gaps ranked by how many projects have them. Two queries."""
    projects = Project.objects.filter(reporting_org=organisation)
    completeness = data_completeness(projects=projects)
    labels = {key: label for key, label, _count in completeness.items}
    conditions = _completeness_conditions()
    annotated = projects.annotate(
        **{
            f"has_{key}": ExpressionWrapper(condition, output_field=BooleanField())
            for key, condition in conditions.items()
        }
    ).order_by("iati_identifier")
    rows = []
    for project in annotated:
        missing = [key for key in conditions if not getattr(project, f"has_{key}")]
        rows.append(
            ProjectQuality(
                project=project,
                missing=missing,
                score=round(100 * (len(conditions) - len(missing)) / len(conditions)),
            )
        )
    total = completeness.projects
    gaps = [
        Gap(key=key, label=labels[key], projects=total - count, share=round(100 * (total - count) / total))
        for key, _label, count in completeness.items
        if total and count < total
    ]
    gaps.sort(key=lambda gap: (-gap.projects, list(conditions).index(gap.key)))
    rows.sort(key=lambda row: (row.score, row.project.iati_identifier))
    return DataQuality(projects=rows, gaps=gaps, completeness=completeness)


def project_changes_since_last_review(*, project: Project) -> dict[str, list[Any]] | None:
    """What the editors changed since a reviewer last returned the project, merged field by field
    (first old value, last new value); None when no reviewer has returned it yet."""
    revisions = list(ProjectRevision.objects.filter(project=project).order_by("-created_at", "-pk")[:200])
    since: list[ProjectRevision] = []
    for revision in revisions:
        if revision.source == ProjectRevision.Source.REVIEW:
            break
        since.append(revision)
    else:
        return None
    merged: dict[str, list[Any]] = {}
    for revision in reversed(since):
        for field, pair in (revision.changes or {}).items():
            if (
                field in ("publication_state", "pending_change")
                or not isinstance(pair, list)
                or len(pair) != 2
            ):
                continue
            merged[field] = [merged[field][0] if field in merged else pair[0], pair[1]]
    return {field: pair for field, pair in merged.items() if pair[0] != pair[1]}
