"""Writes to projects.

Every write that changes amounts or SDG classifications of a project goes through
``project_refresh_derived`` so the EUR values and the derived SDG links never disagree with
what was reported.
"""

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from functools import partial
from typing import Any

from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from coopdev.organisations.models import Organisation
from coopdev.projects.models import AmountFields, Budget, Project, ProjectRevision, Transaction
from coopdev.projects.services_children import (
    children_apply,
    children_data_errors,
    children_normalise_data,
    children_snapshot,
)
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


# --- Editing and review before publication -------------------------------------------------------
#
# Projects are written from the web form (and the API) as a *project data* dict, JSON-ready, the
# same shape ``project_snapshot`` reads back:
#   iati_identifier, activity_status, value_currency: str
#   title, description: {language: text}
#   planned_start, planned_end, actual_start, actual_end, value_date: ISO date or None
#   total_value, managed_value: decimal string or None
#   people_reached, people_reached_women, people_reached_men: int or None
#   countries, sectors: [[code, percentage string or None], ...] (sectors: DAC 5-digit, vocabulary 1)
#   sdg_goals: [int, ...]; sdg_targets: ["3.8", ...]
#   budgets, transactions, results, locations, participating_orgs: [{...}, ...] (services_children)
# Keys left out are left as they are. Because the shape is JSON, a published project's pending
# version (``accounts.ProjectPendingChange``) is the same dict, applied when it is published.


class ProjectError(Exception):
    """A refused project write or review step. ``message`` is translatable; ``errors`` maps fields to
    messages when the data itself is invalid."""

    def __init__(self, message: Any, errors: dict[str, list[Any]] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.errors = errors or {}


NOT_AN_EDITOR = _("You are not an editor of this organisation.")
NOT_A_REVIEWER = _("Only platform reviewers may publish or return projects.")
INVALID_DATA = _("The project data has errors.")
NOTHING_TO_SUBMIT = _("There is nothing to submit: the project is already under review or published.")
NOTHING_TO_REVIEW = _("This project is not waiting for review.")
COMMENT_REQUIRED = _("Say what needs to change: the comment is sent to the organisation's editors.")
IDENTIFIER_PREFIX = _("The identifier must start with the organisation's IATI identifier, {prefix}.")
IDENTIFIER_TAKEN = _("Another project already has this identifier.")
IDENTIFIER_CHARACTERS = _("An IATI identifier may not contain spaces or the characters / & | ?")
IDENTIFIER_FROZEN = _("The identifier of a published project cannot change.")
TITLE_REQUIRED = _("Give the project a title in at least one language.")
MANAGED_ABOVE_TOTAL = _("The managed value cannot be more than the total project value.")
PEOPLE_ABOVE_TOTAL = _("Women and men reached together cannot be more than the people reached.")
END_BEFORE_START = _("The end date cannot be before the start date.")
PERCENTAGES_PARTIAL = _("Give a percentage for every item, or for none.")
PERCENTAGES_SUM = _("The percentages must add up to 100 (they add up to {total}).")
UNKNOWN_CODES = _("Unknown codes: {codes}.")

PROJECT_DATA_DATES = ("planned_start", "planned_end", "actual_start", "actual_end", "value_date")
PROJECT_DATA_AMOUNTS = ("total_value", "managed_value")
PROJECT_DATA_PEOPLE = ("people_reached", "people_reached_women", "people_reached_men")
PROJECT_DATA_SCALARS = ("iati_identifier", "activity_status", "value_currency", "title", "description")
FORBIDDEN_IDENTIFIER_CHARACTERS = set(" \t\n/&|?")


def identifier_begins_with(identifier: str, prefix: str) -> bool:
    """IATI's rule for an activity identifier: the organisation identifier ``prefix``, then the
    organisation's own part. The project form requires it; an import warns (``Checker.advise``)."""
    return identifier.startswith(prefix) and len(identifier) > len(prefix)


def _decimal_text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return str(Decimal(str(value)).quantize(Decimal("0.01")))


def _shares(rows: Iterable[tuple[Any, Any]]) -> list[list[Any]]:
    return sorted([str(code), _decimal_text(pct)] for code, pct in rows)


def project_snapshot(*, project: Project) -> dict[str, Any]:
    """The project's editable data in the project-data shape (see above): what the form edits,
    what the history compares."""
    data: dict[str, Any] = {field: getattr(project, field) for field in PROJECT_DATA_SCALARS}
    for field in PROJECT_DATA_DATES:
        value = getattr(project, field)
        data[field] = value.isoformat() if value else None
    for field in PROJECT_DATA_AMOUNTS:
        data[field] = _decimal_text(getattr(project, field))
    for field in PROJECT_DATA_PEOPLE:
        data[field] = getattr(project, field)
    data["countries"] = _shares(project.countries.values_list("country_id", "percentage"))
    data["sectors"] = _shares(project.sectors.filter(vocabulary="1").values_list("code", "percentage"))
    data["sdg_goals"] = sorted(project.sdg_goals.values_list("number", flat=True))
    data["sdg_targets"] = sorted(project.sdg_targets.values_list("code", flat=True))
    # Budgets, transactions, results, locations, participating organisations (services_children).
    data.update(children_snapshot(project=project))
    return data


def project_changes(*, old: dict[str, Any], new: dict[str, Any]) -> dict[str, list[Any]]:
    """``{field: [old, new]}`` for every field of ``new`` whose value differs from ``old``."""
    return {key: [old.get(key), value] for key, value in new.items() if old.get(key) != value}


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _check_shares(errors: dict[str, list[Any]], field: str, rows: list[list[Any]], known: set[str]) -> None:
    codes = [code for code, _pct in rows]
    unknown = sorted(set(codes) - known)
    if unknown:
        errors.setdefault(field, []).append(str(UNKNOWN_CODES).format(codes=", ".join(unknown)))
    given = [Decimal(pct) for _code, pct in rows if pct is not None]
    if given and len(given) != len(rows):
        errors.setdefault(field, []).append(PERCENTAGES_PARTIAL)
    elif given and sum(given) != Decimal(100):
        errors.setdefault(field, []).append(str(PERCENTAGES_SUM).format(total=sum(given)))


def project_data_errors(
    *, organisation: Organisation, data: dict[str, Any], project: Project | None = None
) -> dict[str, list[Any]]:
    """The business rules a project's data must keep, as ``{field: [message, ...]}`` (empty: valid).

    The web form shows these next to its fields; the services refuse data that breaks them.
    """
    from coopdev.reference.models import Country, Sector

    snapshot = project_snapshot(project=project) if project else {}
    merged = {**snapshot, **data}
    errors: dict[str, list[Any]] = {}

    def add(field: str, message: Any) -> None:
        errors.setdefault(field, []).append(message)

    identifier = str(merged.get("iati_identifier") or "").strip()
    prefix = organisation.iati_identifier
    if not identifier:
        add("iati_identifier", _("Give the project its IATI activity identifier."))
    elif FORBIDDEN_IDENTIFIER_CHARACTERS & set(identifier):
        add("iati_identifier", IDENTIFIER_CHARACTERS)
    elif prefix and not identifier_begins_with(identifier, prefix):
        add("iati_identifier", str(IDENTIFIER_PREFIX).format(prefix=prefix + "-"))
    else:
        others = Project.objects.filter(iati_identifier=identifier)
        if project is not None:
            others = others.exclude(pk=project.pk)
        if others.exists():
            add("iati_identifier", IDENTIFIER_TAKEN)
    if (
        project is not None
        and project.publication_state == Project.PublicationState.PUBLISHED
        and identifier != project.iati_identifier
    ):
        add("iati_identifier", IDENTIFIER_FROZEN)

    if not any(str(text).strip() for text in (merged.get("title") or {}).values()):
        add("title", TITLE_REQUIRED)

    total, managed = (_decimal_text(merged.get(f)) for f in PROJECT_DATA_AMOUNTS)
    if total is not None and managed is not None and Decimal(managed) > Decimal(total):
        add("managed_value", MANAGED_ABOVE_TOTAL)

    people, women, men = (merged.get(f) for f in PROJECT_DATA_PEOPLE)
    if people is not None and (women or 0) + (men or 0) > people:
        add("people_reached", PEOPLE_ABOVE_TOTAL)

    for start, end in (("planned_start", "planned_end"), ("actual_start", "actual_end")):
        start_date, end_date = _date(merged.get(start)), _date(merged.get(end))
        if start_date and end_date and end_date < start_date:
            add(end, END_BEFORE_START)

    countries = merged.get("countries") or []
    sectors = merged.get("sectors") or []
    _check_shares(
        errors,
        "countries",
        countries,
        set(Country.objects.filter(pk__in=[c for c, _p in countries]).values_list("pk", flat=True)),
    )
    _check_shares(
        errors,
        "sectors",
        sectors,
        set(Sector.objects.filter(pk__in=[c for c, _p in sectors]).values_list("pk", flat=True)),
    )
    goals = {int(g) for g in merged.get("sdg_goals") or []}
    unknown_goals = goals - set(SDGGoal.objects.filter(number__in=goals).values_list("number", flat=True))
    targets = set(merged.get("sdg_targets") or [])
    unknown_targets = targets - set(SDGTarget.objects.filter(code__in=targets).values_list("code", flat=True))
    if unknown_goals or unknown_targets:
        codes = ", ".join([*map(str, sorted(unknown_goals)), *sorted(unknown_targets)])
        add("sdg_goals" if unknown_goals else "sdg_targets", str(UNKNOWN_CODES).format(codes=codes))
    errors.update(children_data_errors(data=data, merged=merged, current=snapshot))
    return errors


def _project_apply(*, project: Project, data: dict[str, Any]) -> None:
    """Write ``data`` to the project and its countries, DAC sectors and SDG tags; refresh what is derived.

    SDGs chosen in the form become IATI tags (vocabularies 2 and 3); SDG sectors (vocabularies 7
    and 8) that are no longer chosen are dropped so the derived SDG links are exactly the choice.
    Other sector vocabularies (e.g. DAC 3-digit from imports) are kept as reported.
    """
    from coopdev.projects.models import ProjectCountry, ProjectSector, ProjectTag
    from coopdev.reference.models import Sector

    for field in PROJECT_DATA_SCALARS:
        if field in data:
            value = data[field]
            if field in ("title", "description"):
                setattr(project, field, {lang: text for lang, text in (value or {}).items() if text})
            else:
                setattr(project, field, str(value or "").strip())
    for field in PROJECT_DATA_DATES:
        if field in data:
            setattr(project, field, _date(data[field]))
    for field in PROJECT_DATA_AMOUNTS:
        if field in data:
            value = _decimal_text(data[field])
            setattr(project, field, Decimal(value) if value is not None else None)
    for field in PROJECT_DATA_PEOPLE:
        if field in data:
            setattr(project, field, data[field])
    project.save()

    if "countries" in data:
        project.countries.all().delete()
        ProjectCountry.objects.bulk_create(
            ProjectCountry(project=project, country_id=code, percentage=_decimal_text(pct))
            for code, pct in data["countries"]
        )
    if "sectors" in data:
        project.sectors.filter(vocabulary="1").delete()
        sectors = Sector.objects.in_bulk([code for code, _pct in data["sectors"]])
        ProjectSector.objects.bulk_create(
            ProjectSector(
                project=project,
                vocabulary="1",
                code=code,
                sector=sectors[code],
                category_id=sectors[code].category_id,
                percentage=_decimal_text(pct),
            )
            for code, pct in data["sectors"]
        )
    if "sdg_goals" in data or "sdg_targets" in data:
        goals = [str(g) for g in data.get("sdg_goals", project.sdg_goals.values_list("number", flat=True))]
        targets = list(data.get("sdg_targets", project.sdg_targets.values_list("code", flat=True)))
        project.tags.filter(vocabulary__in=(SDG_GOAL_TAG_VOCABULARY, SDG_TARGET_TAG_VOCABULARY)).delete()
        project.sectors.filter(vocabulary=SDG_GOAL_SECTOR_VOCABULARY).exclude(code__in=goals).delete()
        project.sectors.filter(vocabulary=SDG_TARGET_SECTOR_VOCABULARY).exclude(code__in=targets).delete()
        ProjectTag.objects.bulk_create(
            [ProjectTag(project=project, vocabulary=SDG_GOAL_TAG_VOCABULARY, code=g) for g in goals]
            + [ProjectTag(project=project, vocabulary=SDG_TARGET_TAG_VOCABULARY, code=t) for t in targets]
        )
    children_apply(project=project, data=data)
    project_refresh_derived(project=project)


def _require_editor(*, user: Any, organisation: Organisation) -> None:
    from coopdev.accounts.selectors import user_can_edit_organisation

    if not user_can_edit_organisation(user=user, organisation=organisation):
        raise ProjectError(NOT_AN_EDITOR)


def _require_reviewer(*, user: Any) -> None:
    from coopdev.accounts.selectors import user_is_reviewer

    if not user_is_reviewer(user=user):
        raise ProjectError(NOT_A_REVIEWER)


def _require_valid(*, organisation: Organisation, data: dict[str, Any], project: Project | None) -> None:
    errors = project_data_errors(organisation=organisation, data=data, project=project)
    if errors:
        raise ProjectError(INVALID_DATA, errors)


@transaction.atomic
def project_create(
    *, organisation: Organisation, user: Any, data: dict[str, Any], source: str = ProjectRevision.Source.WEB
) -> Project:
    """Create a draft project reported by ``organisation`` from project data.

    Guarantees: only editors of the organisation (or staff) create; the data keeps every business
    rule (``project_data_errors``); derived values are computed; a revision records every field set.
    """
    _require_editor(user=user, organisation=organisation)
    _require_valid(organisation=organisation, data=data, project=None)
    project = Project(reporting_org=organisation, publication_state=Project.PublicationState.DRAFT)
    project.iati_identifier = str(data["iati_identifier"]).strip()
    try:
        # A concurrent create of the same identifier passes the check above; the unique index decides.
        with transaction.atomic():
            _project_apply(project=project, data=data)
    except IntegrityError:
        raise ProjectError(INVALID_DATA, {"iati_identifier": [IDENTIFIER_TAKEN]}) from None
    new = project_snapshot(project=project)
    changes = {key: [None, value] for key, value in new.items() if value not in (None, "", [], {})}
    project_revision_record(
        project=project, user=user, source=source, summary=str(_("Project created")), changes=changes
    )
    return project


@transaction.atomic
def project_update(
    *, project: Project, user: Any, data: dict[str, Any], source: str = ProjectRevision.Source.WEB
) -> Project:
    """Change a project from project data.

    A draft or returned project (or one under review) changes at once. A *published* project
    changed by an editor stays public as published: the change is kept as its pending version
    (``accounts.ProjectPendingChange``, state draft) until a reviewer publishes it; reviewers'
    own edits to published projects apply at once. Either way a revision records the change.
    """
    from coopdev.accounts.models import ProjectPendingChange
    from coopdev.accounts.selectors import user_is_reviewer

    project = Project.objects.select_for_update().get(pk=project.pk)
    _require_editor(user=user, organisation=project.reporting_org)
    _require_valid(organisation=project.reporting_org, data=data, project=project)
    data = children_normalise_data(data=data)  # a pending version keeps the rows as they are stored
    old = project_snapshot(project=project)
    published = project.publication_state == Project.PublicationState.PUBLISHED
    if published and not user_is_reviewer(user=user):
        pending = ProjectPendingChange.objects.filter(project=project).first()
        base = {**old, **(pending.data if pending else {})}
        proposed = {**base, **data}
        changes = project_changes(old=base, new=proposed)
        # A pending version under review or returned keeps its state: the editor fixes it in place.
        ProjectPendingChange.objects.update_or_create(
            project=project,
            defaults={"data": proposed, "user": user},
            create_defaults={"data": proposed, "user": user, "state": ProjectPendingChange.State.DRAFT},
        )
        summary = _("Changes proposed to the published version (not public until reviewed)")
    else:
        _project_apply(project=project, data=data)
        changes = project_changes(old=old, new=project_snapshot(project=project))
        summary = _("Project edited")
    if changes:
        project_revision_record(
            project=project, user=user, source=source, summary=str(summary), changes=changes
        )
    return project


def _pending(project: Project):
    from coopdev.accounts.models import ProjectPendingChange

    return ProjectPendingChange.objects.select_for_update().filter(project=project).first()


@transaction.atomic
def project_submit(*, project: Project, user: Any) -> Project:
    """Send a draft or returned project (or a published project's pending version) to review.

    Reviewers are told by e-mail once the transaction commits.
    """
    from coopdev.accounts import emails
    from coopdev.accounts.models import ProjectPendingChange

    project = Project.objects.select_for_update().get(pk=project.pk)
    _require_editor(user=user, organisation=project.reporting_org)
    state = project.publication_state
    States = Project.PublicationState
    if state in (States.DRAFT, States.RETURNED):
        project.publication_state = States.SUBMITTED
        project.save(update_fields=["publication_state", "updated_at"])
        changes: dict[str, list[Any]] = {"publication_state": [state, States.SUBMITTED]}
        summary = _("Submitted for review")
    else:
        pending = _pending(project) if state == States.PUBLISHED else None
        if pending is None or pending.state == ProjectPendingChange.State.SUBMITTED:
            raise ProjectError(NOTHING_TO_SUBMIT)
        changes = {"pending_change": [pending.state, ProjectPendingChange.State.SUBMITTED]}
        pending.state = ProjectPendingChange.State.SUBMITTED
        pending.save(update_fields=["state", "updated_at"])
        summary = _("Changes to the published version submitted for review")
    project_revision_record(project=project, user=user, source="web", summary=str(summary), changes=changes)
    transaction.on_commit(partial(emails.project_submitted_send, project_id=project.pk))
    return project


@transaction.atomic
def project_publish(*, project: Project, user: Any) -> Project:
    """Publish a submitted project, or apply and publish a published project's submitted pending version.

    Only reviewers publish. The organisation's editors are told by e-mail after commit.
    """
    from coopdev.accounts import emails
    from coopdev.accounts.models import ProjectPendingChange

    _require_reviewer(user=user)
    project = Project.objects.select_for_update().get(pk=project.pk)
    States = Project.PublicationState
    if project.publication_state == States.SUBMITTED:
        project.publication_state = States.PUBLISHED
        project.save(update_fields=["publication_state", "updated_at"])
        changes: dict[str, list[Any]] = {"publication_state": [States.SUBMITTED, States.PUBLISHED]}
        summary = _("Published")
    else:
        pending = _pending(project) if project.publication_state == States.PUBLISHED else None
        if pending is None or pending.state != ProjectPendingChange.State.SUBMITTED:
            raise ProjectError(NOTHING_TO_REVIEW)
        old = project_snapshot(project=project)
        _require_valid(organisation=project.reporting_org, data=pending.data, project=project)
        _project_apply(project=project, data=pending.data)
        changes = project_changes(old=old, new=project_snapshot(project=project))
        pending.delete()
        summary = _("Changes published")
    project_revision_record(
        project=project, user=user, source="review", summary=str(summary), changes=changes
    )
    transaction.on_commit(partial(emails.project_reviewed_send, project_id=project.pk, outcome="published"))
    return project


@transaction.atomic
def project_return(*, project: Project, user: Any, comment: str) -> Project:
    """Send a submitted project (or pending version) back to its editors with a comment.

    Only reviewers return; the comment is required, kept in the history and e-mailed to the
    organisation's editors after commit. A published project stays public meanwhile.
    """
    from coopdev.accounts import emails
    from coopdev.accounts.models import ProjectPendingChange

    _require_reviewer(user=user)
    comment = (comment or "").strip()
    if not comment:
        raise ProjectError(COMMENT_REQUIRED, {"comment": [COMMENT_REQUIRED]})
    project = Project.objects.select_for_update().get(pk=project.pk)
    States = Project.PublicationState
    if project.publication_state == States.SUBMITTED:
        project.publication_state = States.RETURNED
        project.save(update_fields=["publication_state", "updated_at"])
        changes: dict[str, list[Any]] = {"publication_state": [States.SUBMITTED, States.RETURNED]}
    else:
        pending = _pending(project) if project.publication_state == States.PUBLISHED else None
        if pending is None or pending.state != ProjectPendingChange.State.SUBMITTED:
            raise ProjectError(NOTHING_TO_REVIEW)
        pending.state = ProjectPendingChange.State.RETURNED
        pending.review_comment = comment
        pending.save(update_fields=["state", "review_comment", "updated_at"])
        changes = {
            "pending_change": [ProjectPendingChange.State.SUBMITTED, ProjectPendingChange.State.RETURNED]
        }
    project_revision_record(project=project, user=user, source="review", summary=comment, changes=changes)
    transaction.on_commit(
        partial(emails.project_reviewed_send, project_id=project.pk, outcome="returned", comment=comment)
    )
    return project


@transaction.atomic
def project_pending_discard(*, project: Project, user: Any) -> Project:
    """Drop the pending version of a published project (the published version is untouched).

    Editors of the organisation (and staff) may; a revision records what was dropped.
    """
    project = Project.objects.select_for_update().get(pk=project.pk)
    _require_editor(user=user, organisation=project.reporting_org)
    pending = _pending(project)
    if pending is None:
        raise ProjectError(NOTHING_TO_REVIEW)
    changes = project_changes(old=pending.data, new=project_snapshot(project=project))
    pending.delete()
    project_revision_record(
        project=project,
        user=user,
        source="web",
        summary=str(_("Proposed changes discarded; the published version stays as it was")),
        changes=changes,
    )
    return project
