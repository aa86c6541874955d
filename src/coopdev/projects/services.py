"""Writes to projects.

Every write that changes amounts or SDG classifications of a project goes through
``project_refresh_derived`` so the EUR values and the derived SDG links never disagree with
what was reported.
"""

from collections.abc import Iterable
from typing import Any

from django.db import transaction

from coopdev.projects.models import AmountFields, Budget, Project, ProjectRevision, Transaction
from coopdev.reference.fx import FxRateMissing, to_eur
from coopdev.reference.models import SDGGoal, SDGTarget

# IATI vocabularies that carry SDGs: tags 2 (goal) and 3 (target), sectors 7 (goal) and 8 (target).
SDG_GOAL_TAG_VOCABULARY = "2"
SDG_TARGET_TAG_VOCABULARY = "3"
SDG_GOAL_SECTOR_VOCABULARY = "7"
SDG_TARGET_SECTOR_VOCABULARY = "8"


def amount_convert(*, amount: AmountFields) -> None:
    """Set ``value_eur`` (or ``fx_error``) of an amount from its value, currency and value date.

    Does not save: callers save in bulk.
    """
    try:
        conversion = to_eur(amount.value, amount.currency, amount.value_date)
    except FxRateMissing as exc:
        amount.value_eur = None
        amount.fx_error = str(exc.message)[:300]
    else:
        amount.value_eur = conversion.eur
        amount.fx_error = ""


def project_convert_values(*, project: Project) -> None:
    """Set the EUR equivalents of the project's total and managed values. Does not save."""
    project.total_value_eur = project.managed_value_eur = None
    project.fx_error = ""
    if project.total_value is None and project.managed_value is None:
        return
    on = project.value_date or project.start_date
    if on is None:
        project.fx_error = "The values have no value date (and the project no start date) to convert them at."
        return
    try:
        for field in ("total_value", "managed_value"):
            value = getattr(project, field)
            if value is not None:
                setattr(project, f"{field}_eur", to_eur(value, project.value_currency, on).eur)
    except FxRateMissing as exc:
        project.total_value_eur = project.managed_value_eur = None
        project.fx_error = str(exc.message)[:300]


def sdg_codes_of(
    *, tags: Iterable[tuple[str, str]], sectors: Iterable[tuple[str, str]]
) -> tuple[set[int], set[str]]:
    """The SDG goal numbers and target codes that (vocabulary, code) tags and sectors declare.

    A target implies its goal: a project tagged 3.8 counts for goal 3.
    """
    goals: set[int] = set()
    targets: set[str] = set()
    for kind_goal, kind_target, items in (
        (SDG_GOAL_TAG_VOCABULARY, SDG_TARGET_TAG_VOCABULARY, tags),
        (SDG_GOAL_SECTOR_VOCABULARY, SDG_TARGET_SECTOR_VOCABULARY, sectors),
    ):
        for vocabulary, code in items:
            code = code.strip()
            if vocabulary == kind_goal and code.isdigit():
                goals.add(int(code))
            elif vocabulary == kind_target and "." in code:
                targets.add(code)
                goal = code.split(".", 1)[0]
                if goal.isdigit():
                    goals.add(int(goal))
    return goals, targets


@transaction.atomic
def project_refresh_derived(*, project: Project) -> None:
    """Recompute what is derived from the reported data, and save it.

    Guarantees: every budget and transaction of the project and the project's own values carry
    their EUR equivalent at their value date or a stated conversion problem; the project's
    SDG goals and targets are exactly those its tags and sectors declare (unknown codes are
    ignored here: validation refuses them before they are written).
    """
    project_convert_values(project=project)
    project.save(update_fields=["total_value_eur", "managed_value_eur", "fx_error", "updated_at"])
    budgets = list(project.budgets.all())
    transactions = list(project.transactions.all())
    for amount in (*budgets, *transactions):
        amount_convert(amount=amount)
    Budget.objects.bulk_update(budgets, ["value_eur", "fx_error"])
    Transaction.objects.bulk_update(transactions, ["value_eur", "fx_error"])

    goals, targets = sdg_codes_of(
        tags=project.tags.values_list("vocabulary", "code"),
        sectors=project.sectors.values_list("vocabulary", "code"),
    )
    project.sdg_goals.set(SDGGoal.objects.filter(number__in=goals))
    project.sdg_targets.set(SDGTarget.objects.filter(code__in=targets))


def project_revision_record(
    *,
    project: Project,
    user: Any,
    source: str,
    summary: str = "",
    changes: dict[str, Any] | None = None,
) -> ProjectRevision:
    """Write one history entry for ``project``: who (``user``, may be None), through what, what changed.

    ``changes`` is ``{field: [old, new]}`` with JSON-ready values. Runs in the caller's transaction.
    """
    if source not in ProjectRevision.Source.values:
        raise ValueError(f"Unknown revision source {source!r}")
    return ProjectRevision.objects.create(
        project=project,
        user=user if user is not None and user.is_authenticated else None,
        source=source,
        summary=summary,
        changes=changes or {},
    )
