"""Writes of the network app. Each service validates everything first, then writes in one
transaction (or not at all), and sends e-mail only after the commit.
"""

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.mail import send_mail
from django.core.validators import URLValidator
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from coopdev.network import conf, selectors
from coopdev.network.models import (
    ActionPlan,
    Cooperative,
    CooperativeChange,
    CooperativeSector,
    CooperativeTag,
    CooperativeType,
    Declaration,
    Deliverable,
    DeliverableStatus,
    Event,
    ModerationStatus,
    OrganisationKind,
    ProgressUpdate,
    Publication,
    PublicationKind,
    Sector,
    Tag,
    Theme,
    WorkingGroup,
)
from coopdev.reference.models import Country, SDGGoal, SDGTarget

MSG_UNKNOWN_SDG = _("“%(code)s” is not an SDG goal (1 to 17) or target (e.g. 4.3, 12.a).")
MSG_NO_SDG = _("Give at least one SDG goal.")
MSG_DUE_AFTER_HORIZON = _(
    "The due date %(due)s is after the end of the plan's horizon (%(end)s): choose a date within the plan."
)
MSG_DUE_BEFORE_START = _("The due date %(due)s is before the plan starts (%(start)s).")
MSG_BAD_DATE = _("“%(value)s” is not a date (use YYYY-MM-DD).")
MSG_BAD_PROGRESS = _("Progress is a whole percentage from 0 to 100.")
MSG_BAD_STATUS = _("“%(value)s” is not a status: use one of %(choices)s.")
MSG_DONE_NOT_100 = _("A deliverable marked done is 100% complete.")
MSG_BAD_URL = _("“%(value)s” is not a web address (http or https).")
MSG_FILE_NOT_WHAT_IT_CLAIMS = _(
    "The file “%(name)s” is named as %(claimed)s but its content is not (it looks like %(actual)s). "
    "Upload the real file."
)
MSG_FILE_TYPE = _("Upload a PDF, EPUB, DOCX, ODT or MP4 file.")
MSG_FILE_TOO_BIG = _("The file is larger than %(mb)d MB.")
MSG_FILE_OR_LINK = _("Give a file or a link.")
MSG_UNKNOWN_COUNTRY = _("“%(value)s” is not a country code.")
MSG_UNKNOWN_CHOICE = _("“%(value)s” is not one of the choices for %(field)s.")
MSG_SLUG_TAKEN = _("The identifier “%(slug)s” is already used.")
MSG_REQUIRED = _("%(field)s is required.")
MSG_REJECTION_REASON = _("Say why the entry is rejected.")


class NetworkError(Exception):
    """A problem with data given to the network app; ``errors`` maps a field path to messages."""

    def __init__(self, errors: Mapping[str, Sequence[str]]):
        self.errors = {key: [str(m) for m in messages] for key, messages in errors.items()}
        super().__init__("; ".join(f"{k}: {' '.join(v)}" for k, v in self.errors.items()))

    @property
    def messages(self) -> list[str]:
        return [f"{key}: {m}" if key else m for key, ms in self.errors.items() for m in ms]


class _Errors:
    def __init__(self) -> None:
        self.errors: dict[str, list[str]] = {}

    def add(self, key: str, message: Any) -> None:
        self.errors.setdefault(key, []).append(str(message))

    def raise_if_any(self) -> None:
        if self.errors:
            raise NetworkError(self.errors)


# --- SDG codes --------------------------------------------------------------------------------

_SDG_CODE = re.compile(r"^\s*(?:sdg\s*)?(\d{1,2})(?:\.(\w{1,2}))?\s*$", re.IGNORECASE)


def sdg_codes_resolve(*, codes: Iterable[str | int]) -> tuple[list[SDGGoal], list[SDGTarget], list[str]]:
    """Goals and targets for codes like ``4``, ``"SDG 5"``, ``"12.a"``; a target implies its goal.

    Returns the goals, the targets and the codes that are not known (never raises).
    """
    goal_numbers: set[int] = set()
    target_codes: set[str] = set()
    unknown: list[str] = []
    for raw in codes:
        text = str(raw)
        match = _SDG_CODE.match(text)
        if not match:
            unknown.append(text)
            continue
        goal, target = int(match.group(1)), match.group(2)
        if target:
            target_codes.add(f"{goal}.{target.lower()}")
        goal_numbers.add(goal)
    targets = {t.code: t for t in SDGTarget.objects.filter(code__in=target_codes)}
    unknown += sorted(target_codes - set(targets))
    goal_numbers |= {t.goal_id for t in targets.values()}
    goals = {g.number: g for g in SDGGoal.objects.filter(number__in=goal_numbers)}
    unknown += [str(n) for n in sorted(goal_numbers - set(goals))]
    return [goals[n] for n in sorted(goals)], list(targets.values()), unknown


def _sdgs(errors: _Errors, key: str, codes: Iterable[str | int], *, required: bool = True):
    codes = list(codes)
    goals, targets, unknown = sdg_codes_resolve(codes=codes)
    for code in unknown:
        errors.add(key, MSG_UNKNOWN_SDG % {"code": code})
    if required and not codes:
        errors.add(key, MSG_NO_SDG)
    return goals, targets


def _date(errors: _Errors, key: str, value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        errors.add(key, MSG_BAD_DATE % {"value": value})
        return None


def _check_due(errors: _Errors, key: str, *, due: dt.date | None, plan_start: dt.date, plan_end: dt.date):
    if due is None:
        return
    if due > plan_end:
        errors.add(key, MSG_DUE_AFTER_HORIZON % {"due": due.isoformat(), "end": plan_end.isoformat()})
    elif due < plan_start:
        errors.add(key, MSG_DUE_BEFORE_START % {"due": due.isoformat(), "start": plan_start.isoformat()})


def _urls(errors: _Errors, key: str, values: Iterable[str]) -> list[str]:
    validate = URLValidator(schemes=["http", "https"])
    out = []
    for value in values:
        try:
            validate(value)
        except ValidationError:
            errors.add(key, MSG_BAD_URL % {"value": value})
        else:
            out.append(value)
    return out


def _text(value: Any) -> dict[str, str]:
    """A text per language: a dict as given, or a plain string taken as English."""
    if isinstance(value, Mapping):
        return {str(k): str(v) for k, v in value.items() if v}
    return {"en": str(value)} if value else {}


def _unique_slug(model: Any, base: str) -> str:
    root = (slugify(base) or "entry")[:100]
    slug, n = root, 2
    while model.objects.filter(slug=slug).exists():
        slug = f"{root}-{n}"
        n += 1
    return slug


# --- Directory --------------------------------------------------------------------------------

COOPERATIVE_FIELDS = (
    "name",
    "legal_form",
    "cooperative_type",
    "registry_number",
    "founding_year",
    "members",
    "employees",
    "address",
    "city",
    "country",
    "latitude",
    "longitude",
    "website",
    "email",
    "phone",
    "description",
    "tags",
    "sectors",
    "sdgs",
)


@dataclass
class Submission:
    cooperative: Cooperative
    duplicates: list[selectors.Duplicate]


def _cooperative_values(
    data: Mapping[str, Any],
) -> tuple[dict[str, Any], list[str], list[str], list[SDGGoal]]:
    """Validated model values, tags, sectors and goals from form-cleaned ``data``."""
    errors = _Errors()
    if not str(data.get("name") or "").strip():
        errors.add("name", MSG_REQUIRED % {"field": gettext("Name")})
    country = data.get("country")
    country_code = country.code if isinstance(country, Country) else str(country or "")
    if not Country.objects.filter(code=country_code).exists():
        errors.add("country", MSG_UNKNOWN_COUNTRY % {"value": country_code})
    if data.get("cooperative_type") and data["cooperative_type"] not in CooperativeType.values:
        errors.add(
            "cooperative_type", MSG_UNKNOWN_CHOICE % {"value": data["cooperative_type"], "field": "type"}
        )
    tags = [str(t) for t in data.get("tags") or []]
    sectors = [str(s) for s in data.get("sectors") or []]
    for t in tags:
        if t not in Tag.values:
            errors.add("tags", MSG_UNKNOWN_CHOICE % {"value": t, "field": "tags"})
    for s in sectors:
        if s not in Sector.values:
            errors.add("sectors", MSG_UNKNOWN_CHOICE % {"value": s, "field": "sectors"})
    goals, _targets = _sdgs(errors, "sdgs", data.get("sdgs") or [], required=False)
    errors.raise_if_any()
    description = data.get("description")
    if isinstance(description, str):
        description = {str(data.get("language") or "en"): description} if description.strip() else {}
    values = {
        "name": str(data["name"]).strip(),
        "legal_form": data.get("legal_form") or "",
        "cooperative_type": data.get("cooperative_type") or CooperativeType.OTHER,
        "registry_number": (data.get("registry_number") or "").strip(),
        "founding_year": data.get("founding_year"),
        "members": data.get("members"),
        "employees": data.get("employees"),
        "address": data.get("address") or "",
        "city": (data.get("city") or "").strip(),
        "country_id": country_code,
        "latitude": data.get("latitude"),
        "longitude": data.get("longitude"),
        "website": data.get("website") or "",
        "email": data.get("email") or "",
        "phone": data.get("phone") or "",
        "description": _text(description),
    }
    return values, tags, sectors, goals


def _set_facets(cooperative: Cooperative, tags: list[str], sectors: list[str], goals: list[SDGGoal]) -> None:
    cooperative.tags.all().delete()
    cooperative.sectors.all().delete()
    CooperativeTag.objects.bulk_create(
        [CooperativeTag(cooperative=cooperative, tag=t) for t in sorted(set(tags))]
    )
    CooperativeSector.objects.bulk_create(
        [CooperativeSector(cooperative=cooperative, sector=s) for s in sorted(set(sectors))]
    )
    cooperative.sdg_goals.set(goals)


def _send_edit_link(cooperative: Cooperative, *, base_url: str, language: str) -> None:
    if not cooperative.contact_email:
        return
    with translation.override(language):
        link = base_url + reverse("network:cooperative_edit", kwargs={"token": cooperative.edit_token})
        send_mail(
            subject=gettext("Your entry in the cooperative directory: %(name)s") % {"name": cooperative.name},
            message=gettext(
                "Thank you for asking to list %(name)s in the cooperative directory.\n\n"
                "Staff will check the entry before it becomes public. To keep it up to date later, use "
                "this private link (do not share it; changes are checked before they are shown):"
                "\n\n%(link)s\n"
            )
            % {"name": cooperative.name, "link": link},
            from_email=None,
            recipient_list=[cooperative.contact_email],
        )


def cooperative_submit(
    *,
    data: Mapping[str, Any],
    contact_name: str,
    contact_email: str,
    base_url: str = "",
    language: str = "en",
) -> Submission:
    """Record a request to be listed: a *pending* entry, never public before approval.

    Returns the entry and the existing entries it may duplicate (for the submitter and the
    moderators). E-mails the secret edit link to the contact after the commit.
    """
    values, tags, sectors, goals = _cooperative_values({**data, "language": language})
    with transaction.atomic():
        cooperative = Cooperative.objects.create(
            slug=_unique_slug(Cooperative, f"{values['name']}-{values['city']}"),
            contact_name=contact_name,
            contact_email=contact_email,
            status=ModerationStatus.PENDING,
            **values,
        )
        _set_facets(cooperative, tags, sectors, goals)
        transaction.on_commit(lambda: _send_edit_link(cooperative, base_url=base_url, language=language))
    duplicates = selectors.cooperative_duplicates(
        name=cooperative.name,
        city=cooperative.city,
        country=cooperative.country_id,
        registry_number=cooperative.registry_number,
        website=cooperative.website,
        exclude_pk=cooperative.pk,
    )
    return Submission(cooperative=cooperative, duplicates=duplicates)


def cooperative_form_data(*, cooperative: Cooperative) -> dict[str, Any]:
    """The entry's current values in the shape the forms and ``CooperativeChange.data`` use."""
    return {
        "name": cooperative.name,
        "legal_form": cooperative.legal_form,
        "cooperative_type": cooperative.cooperative_type,
        "registry_number": cooperative.registry_number,
        "founding_year": cooperative.founding_year,
        "members": cooperative.members,
        "employees": cooperative.employees,
        "address": cooperative.address,
        "city": cooperative.city,
        "country": cooperative.country_id,
        "latitude": cooperative.latitude,
        "longitude": cooperative.longitude,
        "website": cooperative.website,
        "email": cooperative.email,
        "phone": cooperative.phone,
        "description": dict(cooperative.description),
        "tags": sorted(t.tag for t in cooperative.tags.all()),
        "sectors": sorted(s.sector for s in cooperative.sectors.all()),
        "sdgs": sorted(str(g.number) for g in cooperative.sdg_goals.all()),
    }


def cooperative_change_propose(
    *, cooperative: Cooperative, data: Mapping[str, Any], language: str = "en"
) -> CooperativeChange:
    """Store changes proposed through the secret edit link; the public entry is unchanged."""
    _cooperative_values({**data, "language": language})  # validate now, apply later
    payload = {key: data.get(key) for key in COOPERATIVE_FIELDS}
    country = payload.get("country")
    if isinstance(country, Country):
        payload["country"] = country.code
    description = payload.get("description")
    if isinstance(description, str):
        payload["description"] = {**cooperative.description, language: description}
    payload["tags"] = [str(t) for t in payload.get("tags") or []]
    payload["sectors"] = [str(s) for s in payload.get("sectors") or []]
    payload["sdgs"] = [str(g) for g in payload.get("sdgs") or []]
    with transaction.atomic():
        return CooperativeChange.objects.create(cooperative=cooperative, data=payload)


def cooperative_approve(*, cooperative: Cooperative, user: Any = None) -> Cooperative:
    with transaction.atomic():
        cooperative.status = ModerationStatus.APPROVED
        cooperative.moderated_by = user if getattr(user, "pk", None) else None
        cooperative.moderated_at = timezone.now()
        cooperative.rejection_reason = ""
        cooperative.save(
            update_fields=["status", "moderated_by", "moderated_at", "rejection_reason", "updated_at"]
        )
    return cooperative


def cooperative_reject(*, cooperative: Cooperative, user: Any = None, reason: str) -> Cooperative:
    if not reason.strip():
        raise NetworkError({"rejection_reason": [str(MSG_REJECTION_REASON)]})
    with transaction.atomic():
        cooperative.status = ModerationStatus.REJECTED
        cooperative.moderated_by = user if getattr(user, "pk", None) else None
        cooperative.moderated_at = timezone.now()
        cooperative.rejection_reason = reason
        cooperative.save(
            update_fields=["status", "moderated_by", "moderated_at", "rejection_reason", "updated_at"]
        )
    return cooperative


def cooperative_change_approve(*, change: CooperativeChange, user: Any = None) -> Cooperative:
    """Apply a proposed change to its entry (the entry keeps its moderation status)."""
    values, tags, sectors, goals = _cooperative_values(change.data)
    with transaction.atomic():
        cooperative = Cooperative.objects.select_for_update().get(pk=change.cooperative_id)
        for key, value in values.items():
            setattr(cooperative, key, value)
        cooperative.save()
        _set_facets(cooperative, tags, sectors, goals)
        change.status = ModerationStatus.APPROVED
        change.moderated_by = user if getattr(user, "pk", None) else None
        change.moderated_at = timezone.now()
        change.save(update_fields=["status", "moderated_by", "moderated_at"])
    return cooperative


def cooperative_change_reject(*, change: CooperativeChange, user: Any = None) -> CooperativeChange:
    with transaction.atomic():
        change.status = ModerationStatus.REJECTED
        change.moderated_by = user if getattr(user, "pk", None) else None
        change.moderated_at = timezone.now()
        change.save(update_fields=["status", "moderated_by", "moderated_at"])
    return change


# --- Action plans -----------------------------------------------------------------------------


def deliverable_create(
    *,
    working_group: WorkingGroup,
    title: Mapping[str, str] | str,
    owner: str,
    due_on: dt.date | str,
    sdgs: Iterable[str | int],
) -> Deliverable:
    """A deliverable due within the plan's horizon, tagged with known SDG goals/targets."""
    errors = _Errors()
    plan = working_group.plan
    due = _date(errors, "due_on", due_on)
    _check_due(errors, "due_on", due=due, plan_start=plan.starts_on, plan_end=plan.ends_on)
    goals, targets = _sdgs(errors, "sdgs", sdgs)
    if not owner.strip():
        errors.add("owner", MSG_REQUIRED % {"field": gettext("Owner")})
    errors.raise_if_any()
    assert due is not None  # noqa: S101 - raise_if_any() above refuses a missing date
    with transaction.atomic():
        deliverable = Deliverable.objects.create(
            working_group=working_group, title=_text(title), owner=owner.strip(), due_on=due
        )
        deliverable.sdg_goals.set(goals)
        deliverable.sdg_targets.set(targets)
    return deliverable


def _update_values(errors: _Errors, key: str, *, status: str, percent: Any) -> tuple[str, int]:
    if status not in DeliverableStatus.values:
        errors.add(key, MSG_BAD_STATUS % {"value": status, "choices": ", ".join(DeliverableStatus.values)})
    try:
        value = int(percent)
    except (TypeError, ValueError):
        value = -1
    if not 0 <= value <= 100 or str(percent).strip() not in (str(value), f"{value}.0"):
        errors.add(key, MSG_BAD_PROGRESS)
    elif status == DeliverableStatus.DONE and value != 100:
        errors.add(key, MSG_DONE_NOT_100)
    return status, value


def progress_update_validate(*, status: str, progress: Any, evidence: Iterable[str]) -> dict[str, list[str]]:
    """The problems of a progress update, by field (``progress``, ``evidence``); empty when valid."""
    errors = _Errors()
    _update_values(errors, "progress", status=status, percent=progress)
    _urls(errors, "evidence", evidence)
    return errors.errors


def progress_update_create(
    *,
    deliverable: Deliverable,
    status: str,
    progress: int,
    report: Mapping[str, str] | str = "",
    evidence: Iterable[str] = (),
    author: Any = None,
    at: dt.datetime | None = None,
) -> ProgressUpdate:
    """Record a progress update and make it the deliverable's current state."""
    problems = progress_update_validate(status=status, progress=progress, evidence=evidence)
    if problems:
        raise NetworkError(problems)
    value, links = int(progress), list(evidence)
    at = at or timezone.now()
    with transaction.atomic():
        update = ProgressUpdate.objects.create(
            deliverable=deliverable,
            status=status,
            progress=value,
            report=_text(report),
            evidence=links,
            created_at=at,
            author=author if getattr(author, "pk", None) else None,
        )
        if deliverable.last_update_at is None or at >= deliverable.last_update_at:
            deliverable.status, deliverable.progress, deliverable.last_update_at = status, value, at
            deliverable.save(update_fields=["status", "progress", "last_update_at"])
    return update


def plan_load(
    *, data: Mapping[str, Any], is_demo: bool = False, now: dt.datetime | None = None
) -> ActionPlan:
    """Create a whole plan (declarations, groups, deliverables, updates) from a mapping.

    Everything is validated first — dates inside the horizon, SDG codes known, statuses and
    percentages valid, evidence links well formed — and errors are reported by path
    (``working_groups[0].deliverables[2].due_on``). Only then is the plan written, in one
    transaction: a bad plan leaves nothing behind.

    Update times are ``at`` (ISO datetime) or ``days_ago`` (relative to ``now``).
    """
    now = now or timezone.now()
    errors = _Errors()
    slug = str(data.get("slug") or "")
    if not slug:
        errors.add("slug", MSG_REQUIRED % {"field": "slug"})
    elif ActionPlan.objects.filter(slug=slug).exists():
        errors.add("slug", MSG_SLUG_TAKEN % {"slug": slug})
    starts_on = _date(errors, "starts_on", data.get("starts_on"))
    horizon = int(data.get("horizon_years") or 3)
    event = None
    if data.get("event"):
        event = Event.objects.filter(slug=data["event"]).first()
        if event is None:
            errors.add("event", MSG_UNKNOWN_CHOICE % {"value": data["event"], "field": "event"})
    plan = ActionPlan(
        slug=slug,
        event=event,
        title=_text(data.get("title")),
        summary=_text(data.get("summary")),
        starts_on=starts_on or now.date(),
        horizon_years=horizon,
        is_public=bool(data.get("is_public", True)),
        is_demo=is_demo,
    )
    plan_end = plan.ends_on
    participants = {p.name: p for p in event.participants.all()} if event else {}

    declarations = []
    for i, d in enumerate(data.get("declarations") or []):
        key = f"declarations[{i}]"
        goals, targets = _sdgs(errors, f"{key}.sdgs", d.get("sdgs") or [])
        kind = d.get("declarant_kind") or ""
        if kind and kind not in OrganisationKind.values:
            errors.add(
                f"{key}.declarant_kind", MSG_UNKNOWN_CHOICE % {"value": kind, "field": "declarant_kind"}
            )
        participant = participants.get(d.get("participant") or "")
        if d.get("participant") and participant is None:
            errors.add(
                f"{key}.participant", MSG_UNKNOWN_CHOICE % {"value": d["participant"], "field": "participant"}
            )
        declarations.append((d, goals, targets, participant))

    groups = []
    for g_i, g in enumerate(data.get("working_groups") or []):
        g_key = f"working_groups[{g_i}]"
        g_goals, _t = _sdgs(errors, f"{g_key}.sdgs", g.get("sdgs") or [], required=False)
        deliverables = []
        for d_i, d in enumerate(g.get("deliverables") or []):
            d_key = f"{g_key}.deliverables[{d_i}]"
            due = _date(errors, f"{d_key}.due_on", d.get("due_on"))
            if starts_on:
                _check_due(errors, f"{d_key}.due_on", due=due, plan_start=plan.starts_on, plan_end=plan_end)
            goals, targets = _sdgs(errors, f"{d_key}.sdgs", d.get("sdgs") or [])
            if not str(d.get("owner") or "").strip():
                errors.add(f"{d_key}.owner", MSG_REQUIRED % {"field": gettext("Owner")})
            updates = []
            for u_i, u in enumerate(d.get("updates") or []):
                u_key = f"{d_key}.updates[{u_i}]"
                status, value = _update_values(
                    errors, u_key, status=str(u.get("status") or ""), percent=u.get("progress")
                )
                links = _urls(errors, f"{u_key}.evidence", u.get("evidence") or [])
                if "at" in u:
                    try:
                        at = dt.datetime.fromisoformat(str(u["at"]))
                    except ValueError:
                        errors.add(f"{u_key}.at", MSG_BAD_DATE % {"value": u["at"]})
                        at = now
                    if timezone.is_naive(at):
                        at = timezone.make_aware(at, dt.UTC)
                else:
                    at = now - dt.timedelta(days=int(u.get("days_ago") or 0))
                updates.append((status, value, _text(u.get("report")), links, at))
            deliverables.append((d, due, goals, targets, updates, d.get("answers") or []))
        groups.append((g, g_goals, deliverables))
    errors.raise_if_any()

    created_at = timezone.make_aware(dt.datetime.combine(plan.starts_on, dt.time(9)), dt.UTC)
    with transaction.atomic():
        plan.save()
        made_declarations = []
        for order, (d, goals, targets, participant) in enumerate(declarations):
            declaration = Declaration.objects.create(
                plan=plan,
                participant=participant,
                declarant_kind=d.get("declarant_kind") or "",
                declarant=_text(d.get("declarant")),
                text=_text(d.get("text")),
                sort_order=order,
            )
            declaration.sdg_goals.set(goals)
            declaration.sdg_targets.set(targets)
            made_declarations.append(declaration)
        for g_order, (g, g_goals, deliverables) in enumerate(groups):
            group = WorkingGroup.objects.create(
                plan=plan, name=_text(g.get("name")), lead=g.get("lead") or "", sort_order=g_order
            )
            group.sdg_goals.set(g_goals)
            for d_order, (d, due, goals, targets, updates, answers) in enumerate(deliverables):
                deliverable = Deliverable.objects.create(
                    working_group=group,
                    title=_text(d.get("title")),
                    owner=str(d["owner"]).strip(),
                    due_on=due or plan.starts_on,  # never empty here: validated above
                    created_at=created_at,
                    sort_order=d_order,
                )
                deliverable.sdg_goals.set(goals)
                deliverable.sdg_targets.set(targets)
                deliverable.declarations.set(
                    [made_declarations[i] for i in answers if 0 <= int(i) < len(made_declarations)]
                )
                for status, value, report, links, at in sorted(updates, key=lambda u: u[4]):
                    ProgressUpdate.objects.create(
                        deliverable=deliverable,
                        status=status,
                        progress=value,
                        report=report,
                        evidence=links,
                        created_at=at,
                    )
                if updates:
                    status, value, _r, _l, at = max(updates, key=lambda u: u[4])
                    deliverable.status, deliverable.progress, deliverable.last_update_at = status, value, at
                    deliverable.save(update_fields=["status", "progress", "last_update_at"])
    return plan


# --- Research library -------------------------------------------------------------------------

# What a file's first bytes must be for the extension it claims.
_SIGNATURES: dict[str, tuple[str, tuple[bytes, ...]]] = {
    ".pdf": ("PDF", (b"%PDF-",)),
    ".epub": ("EPUB", (b"PK\x03\x04",)),
    ".docx": ("DOCX", (b"PK\x03\x04",)),
    ".odt": ("ODT", (b"PK\x03\x04",)),
    ".mp4": ("MP4", ()),  # checked on the "ftyp" box below
}


def _sniff(head: bytes) -> str:
    """A short description of what the first bytes look like, for the error message."""
    stripped = head.lstrip()[:64].lower()
    if head.startswith(b"%PDF-"):
        return "PDF"
    if head.startswith(b"PK\x03\x04"):
        return "ZIP"
    if stripped.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or b"<html" in stripped:
        return "HTML"
    if stripped.startswith(b"<?xml") or stripped.startswith(b"<svg"):
        return "XML"
    if head[4:8] == b"ftyp":
        return "MP4"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return gettext("an image")
    if head.startswith(b"MZ") or head.startswith(b"\x7fELF"):
        return gettext("a program")
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return gettext("unknown binary data")
    return gettext("plain text")


def publication_file_check(*, upload: UploadedFile) -> None:
    """Refuse a file whose content is not what its name claims (checked on the bytes, not the name)."""
    errors = _Errors()
    name = upload.name or ""
    ext = ("." + name.rsplit(".", 1)[-1].lower()) if "." in name else ""
    if ext not in _SIGNATURES:
        errors.add("file", MSG_FILE_TYPE)
        errors.raise_if_any()
    if upload.size and upload.size > conf.publication_max_bytes():
        errors.add("file", MSG_FILE_TOO_BIG % {"mb": conf.publication_max_bytes() // (1024 * 1024)})
        errors.raise_if_any()
    upload.seek(0)
    head = upload.read(64)
    upload.seek(0)
    claimed, magics = _SIGNATURES[ext]
    ok = head[4:8] == b"ftyp" if ext == ".mp4" else any(head.startswith(m) for m in magics)
    if ok and ext in (".epub", ".docx", ".odt"):
        ok = _zip_kind_matches(upload, ext)
    if not ok:
        errors.add(
            "file", MSG_FILE_NOT_WHAT_IT_CLAIMS % {"name": name, "claimed": claimed, "actual": _sniff(head)}
        )
    errors.raise_if_any()


def _zip_kind_matches(upload: UploadedFile, ext: str) -> bool:
    import zipfile

    try:
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype").decode(errors="replace") if "mimetype" in names else ""
    except (zipfile.BadZipFile, KeyError, OSError):
        return False
    finally:
        upload.seek(0)
    if ext == ".docx":
        return "word/document.xml" in names
    if ext == ".epub":
        return mimetype.startswith("application/epub+zip")
    return mimetype.startswith("application/vnd.oasis.opendocument.text")


def publication_create(
    *, data: Mapping[str, Any], upload: UploadedFile | None = None, is_demo: bool = False
) -> Publication:
    """A library entry; an uploaded file is checked by content before anything is saved."""
    errors = _Errors()
    if data.get("kind") not in PublicationKind.values:
        errors.add("kind", MSG_UNKNOWN_CHOICE % {"value": data.get("kind"), "field": "kind"})
    if data.get("theme") not in Theme.values:
        errors.add("theme", MSG_UNKNOWN_CHOICE % {"value": data.get("theme"), "field": "theme"})
    title = _text(data.get("title"))
    if not title:
        errors.add("title", MSG_REQUIRED % {"field": gettext("Title")})
    goals, _targets = _sdgs(errors, "sdgs", data.get("sdgs") or [], required=False)
    countries = list(Country.objects.filter(code__in=data.get("countries") or []))
    for code in sorted(set(data.get("countries") or []) - {c.code for c in countries}):
        errors.add("countries", MSG_UNKNOWN_COUNTRY % {"value": code})
    url = data.get("url") or ""
    if url:
        _urls(errors, "url", [url])
    if upload is None and not url:
        errors.add("file", MSG_FILE_OR_LINK)
    if upload is not None:
        try:
            publication_file_check(upload=upload)
        except NetworkError as exc:
            for key, messages in exc.errors.items():
                for m in messages:
                    errors.add(key, m)
    errors.raise_if_any()
    from coopdev.reference.models import Region

    region = Region.objects.filter(kind="ica", code=data["region"]).first() if data.get("region") else None
    with transaction.atomic():
        publication = Publication(
            slug=data.get("slug") or _unique_slug(Publication, next(iter(title.values()))),
            kind=data["kind"],
            title=title,
            summary=_text(data.get("summary")),
            authors=data.get("authors") or "",
            year=int(data.get("year") or timezone.now().year),
            language=data.get("language") or "en",
            region=region,
            theme=data["theme"],
            url=url,
            is_public=bool(data.get("is_public", True)),
            is_demo=is_demo,
        )
        if upload is not None:
            publication.file.save(upload.name or "upload", upload, save=False)
        publication.save()
        publication.countries.set(countries)
        publication.sdg_goals.set(goals)
    return publication


def site_base_url(request: Any) -> str:
    return request.build_absolute_uri("/").rstrip("/") if request is not None else ""
