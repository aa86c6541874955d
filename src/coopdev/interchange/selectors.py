"""Reads of the interchange app."""

from typing import Any

from django.db.models import QuerySet

from coopdev.interchange.models import ImportJob


def import_job_get_for_user(*, user: Any, job_uuid: Any) -> ImportJob | None:
    """The job if ``user`` started it (or is staff); None for missing and forbidden alike."""
    if not user.is_authenticated:
        return None
    qs: QuerySet[ImportJob] = ImportJob.objects.select_related("organisation")
    if not user.is_staff:
        qs = qs.filter(user=user)
    return qs.filter(uuid=job_uuid).first()


def import_job_list_for_user(*, user: Any, limit: int = 20) -> QuerySet[ImportJob]:
    return ImportJob.objects.filter(user=user).select_related("organisation")[:limit]
