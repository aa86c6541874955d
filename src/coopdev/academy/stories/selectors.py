"""Reads of Pay it forward: the public wall, the counts on the Academy page, the moderation queue.

Only approved stories ever leave ``story_list_public``/``story_get_public``; every public page
and media view goes through them.
"""

from collections import Counter

from django.db.models import Count, QuerySet, Value

from coopdev.academy.models import POOL_LABELS, REGION_CODES, Pledge, Story, SupportKind


def story_list_public(*, region: str = "", country: str = "", kind: str = "") -> QuerySet[Story]:
    """Approved stories, newest first, optionally filtered by ICA region, country code and kind."""
    stories = (
        Story.objects.filter(status=Story.Status.APPROVED)
        .select_related("pledge__country")
        .prefetch_related("pictures")
        .order_by("-moderated_at", "-id")
    )
    if region:
        stories = stories.filter(pledge__ica_region=region)
    if country:
        stories = stories.filter(pledge__country__code=country.upper())
    if kind:
        stories = stories.filter(kind=kind)
    return stories


def story_get_public(*, pk: int) -> Story | None:
    return story_list_public().filter(pk=pk).first()


def story_countries() -> list[tuple[str, str]]:
    """The countries that have at least one approved story, for the wall's filter."""
    rows = (
        Story.objects.filter(status=Story.Status.APPROVED)
        .values_list("pledge__country__code", "pledge__country__name")
        .distinct()
        .order_by("pledge__country__name")
    )
    return list(rows)


def story_list_pending() -> QuerySet[Story]:
    return (
        Story.objects.filter(status=Story.Status.PENDING)
        .select_related("pledge__country")
        .prefetch_related("pictures")
        .order_by("created_at", "id")
    )


def pay_it_forward_counts() -> dict:
    """Verified pledges and approved stories, by kind of support and by ICA region, in one query.

    Unverified pledges and unmoderated stories are not counted: the page shows what is real. One
    query (a UNION of two grouped counts) because it runs on every view of the Academy page.
    """
    pledges = (
        Pledge.objects.filter(email_verified_at__isnull=False)
        .order_by()
        .values("kind", "ica_region")
        .annotate(what=Value("pledges"), n=Count("id"))
        .values_list("what", "kind", "ica_region", "n")
    )
    stories = (
        Story.objects.filter(status=Story.Status.APPROVED)
        .order_by()
        .values("kind", "pledge__ica_region")
        .annotate(what=Value("stories"), n=Count("id"))
        .values_list("what", "kind", "pledge__ica_region", "n")
    )
    by_kind: Counter[tuple[str, str]] = Counter()
    by_region: Counter[tuple[str, str]] = Counter()
    for what, kind, region, n in pledges.union(stories, all=True).order_by():
        by_kind[what, kind] += n
        by_region[what, region] += n
    result: dict = {}
    for what in ("pledges", "stories"):
        result[f"{what}_by_kind"] = [
            {"code": code, "label": str(label), "count": by_kind[what, code]}
            for code, label in SupportKind.choices
        ]
        result[f"{what}_by_region"] = [
            {"code": code, "label": str(POOL_LABELS[code]), "count": by_region[what, code]}
            for code in REGION_CODES
        ]
        result[f"{what}_total"] = sum(row["count"] for row in result[f"{what}_by_kind"])
    return result
