"""Reads of the network app: every public page, export, map and API answer comes from here.

The only door to public directory data is :func:`cooperative_list_public` (approved entries);
pages, map points, CSV/JSON exports and the API all start from it, so "nothing unapproved is
public" holds in one place.
"""

import datetime as dt
import difflib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Count, Exists, Prefetch, Q, QuerySet, Value
from django.db.models.functions import Lower, Trim
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from coopdev.network import conf
from coopdev.network import progress as rules
from coopdev.network.models import (
    CLOSED_STATUSES,
    ActionPlan,
    Cooperative,
    CooperativeChange,
    Declaration,
    Deliverable,
    Event,
    EventSession,
    ModerationStatus,
    Publication,
    PublicationKind,
    Theme,
    WorkingGroup,
)
from coopdev.projects.models import narrative_text
from coopdev.reference.models import SDGGoal

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


# --- Directory --------------------------------------------------------------------------------


def cooperative_list_public() -> QuerySet[Cooperative]:
    """Approved directory entries, with what list pages, map and exports show."""
    return (
        Cooperative.objects.filter(status=ModerationStatus.APPROVED)
        .select_related("country", "organisation")
        .prefetch_related("tags", "sectors", "sdg_goals")
    )


def cooperative_get_public(*, slug: str) -> Cooperative | None:
    if "\x00" in slug:
        return None
    return cooperative_list_public().filter(slug=slug).first()


def cooperative_get_by_edit_token(*, token: str) -> Cooperative | None:
    """The entry a secret edit link belongs to (pending or approved; a rejected one is closed)."""
    if not token or "\x00" in token:
        return None
    return (
        Cooperative.objects.exclude(status=ModerationStatus.REJECTED)
        .select_related("country")
        .prefetch_related("tags", "sectors", "sdg_goals")
        .filter(edit_token=token)
        .first()
    )


def cooperative_filter(
    *,
    cooperatives: QuerySet[Cooperative],
    q: str = "",
    country: str = "",
    city: str = "",
    cooperative_type: str = "",
    tag: str = "",
    sdg: int | None = None,
    sector: str = "",
) -> QuerySet[Cooperative]:
    qs = cooperatives
    if q:
        condition = Q(name__icontains=q) | Q(city__icontains=q) | Q(legal_form__icontains=q)
        for code in LANGUAGE_CODES:
            condition |= Q(**{f"description__{code}__icontains": q})
        qs = qs.filter(condition)
    if country:
        qs = qs.filter(country_id=country)
    if city:
        qs = qs.filter(city__iexact=city.strip())
    if cooperative_type:
        qs = qs.filter(cooperative_type=cooperative_type)
    if tag:
        qs = qs.filter(tags__tag=tag)
    if sdg:
        qs = qs.filter(sdg_goals=sdg)
    if sector:
        qs = qs.filter(sectors__sector=sector)
    return qs.distinct() if (tag or sdg or sector) else qs


def cooperative_map_points(*, cooperatives: Iterable[Cooperative]) -> list[dict[str, Any]]:
    """ECharts scatter points ``{name, value: [lon, lat], url}`` of the entries that have a point.

    Given a queryset, reads only the five columns it needs (one query, however long the list).
    """
    if isinstance(cooperatives, QuerySet):
        rows = (
            cooperatives.filter(latitude__isnull=False, longitude__isnull=False)
            .order_by("name", "pk")
            .values_list("name", "slug", "city", "latitude", "longitude")
        )
        return [
            {
                "name": name,
                "value": [lon, lat],
                "city": city,
                "url": reverse("network:cooperative_detail", kwargs={"slug": slug}),
            }
            for name, slug, city, lat, lon in rows
        ]
    return [
        {
            "name": c.name,
            "value": [c.longitude, c.latitude],
            "city": c.city,
            "url": c.get_absolute_url(),
        }
        for c in cooperatives
        if c.latitude is not None and c.longitude is not None
    ]


def cooperative_cities(*, cooperatives: QuerySet[Cooperative]) -> list[str]:
    return sorted(
        {city for city in cooperatives.order_by().values_list("city", flat=True).distinct() if city}
    )


# Duplicate detection ------------------------------------------------------------------------

_LEGAL_WORDS = {
    "coop",
    "cooperative",
    "cooperativa",
    "cooperatif",
    "kooperatif",
    "kooperatifi",
    "koop",
    "soc",
    "societa",
    "ltd",
    "limited",
    "scarl",
    "srl",
    "scrl",
    "sc",
    "the",
}


def normalise_name(name: str) -> str:
    """Lower case, accents, dots and punctuation removed, legal-form words dropped (Turkish ı -> i)."""
    text = name.replace("ı", "i").replace("İ", "i")
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace(".", "")  # S.C. -> sc
    words = re.findall(r"[a-z0-9]+", text)
    kept = [w for w in words if w not in _LEGAL_WORDS]
    return " ".join(kept or words)


def normalise_city(city: str) -> str:
    return normalise_name(city)


def website_domain(url: str) -> str:
    """The host of a website without ``www.`` (``https://www.Coop.example/x`` -> ``coop.example``)."""
    if not url:
        return ""
    parts = urlsplit(url if "//" in url else f"//{url}")
    host = (parts.hostname or "").lower().rstrip(".")
    return host.removeprefix("www.")


def normalise_registry(number: str) -> str:
    return re.sub(r"[^0-9a-z]", "", number.casefold())


@dataclass(frozen=True)
class Duplicate:
    cooperative: Cooperative
    reasons: tuple[str, ...]


def cooperative_duplicates(
    *,
    name: str,
    city: str = "",
    country: str = "",
    registry_number: str = "",
    website: str = "",
    exclude_pk: int | None = None,
    candidates: QuerySet[Cooperative] | None = None,
) -> list[Duplicate]:
    """Entries (any status but rejected) that look like the same cooperative.

    Reasons: ``registry`` (same registry number, compared without spaces and punctuation,
    in the same country when one is given), ``domain`` (same website host, ``www.`` ignored),
    ``name`` (normalised names with a difflib ratio >= ``NETWORK_DUPLICATE_NAME_RATIO``,
    0.88 by default, in the same normalised city).
    """
    qs = (
        candidates
        if candidates is not None
        else Cooperative.objects.exclude(status=ModerationStatus.REJECTED).select_related("country")
    )
    if exclude_pk is not None:
        qs = qs.exclude(pk=exclude_pk)
    registry = normalise_registry(registry_number)
    domain = website_domain(website)
    wanted_name, wanted_city = normalise_name(name), normalise_city(city)
    threshold = conf.duplicate_name_ratio()
    # Registry numbers and names are compared within a country; a website domain anywhere.
    condition = Q(country_id=country) if country else Q(pk__isnull=False)
    if domain:
        condition |= Q(website__icontains=domain)
    found: list[Duplicate] = []
    for other in qs.filter(condition).only(
        "pk", "name", "slug", "city", "country", "registry_number", "website", "status"
    ):
        reasons = []
        if (
            registry
            and normalise_registry(other.registry_number) == registry
            and (not country or other.country_id == country)
        ):
            reasons.append("registry")
        if domain and website_domain(other.website) == domain:
            reasons.append("domain")
        if (
            wanted_city
            and normalise_city(other.city) == wanted_city
            and difflib.SequenceMatcher(None, wanted_name, normalise_name(other.name)).ratio() >= threshold
        ):
            reasons.append("name")
        if reasons:
            found.append(Duplicate(cooperative=other, reasons=tuple(reasons)))
    return found


def cooperative_change_list_pending() -> QuerySet[CooperativeChange]:
    return CooperativeChange.objects.filter(status=ModerationStatus.PENDING).select_related("cooperative")


# Open export -----------------------------------------------------------------------------------

# The columns of the open export, in order: (column / JSON key, the SSE standard column or
# ESSGlobal term it corresponds to, or "" for a coopdev extension, meaning). Column names follow the
# Solidarity Economy Association's "standard" CSV (SolidarityEconomyAssociation/open-data,
# docs/SSE-Standard.md) wherever a column exists there, with the same ';' list separator.
EXPORT_SCHEMA: list[tuple[str, str, Any]] = [
    (
        "Identifier",
        "Identifier (essglobal:SSEInitiative URI segment)",
        _("Stable identifier: the entry's slug."),
    ),
    ("Name", "Name (gr:name)", _("Name of the cooperative.")),
    (
        "Description",
        "Description (dcterms:description)",
        _("Description in the requested language (fallback English)."),
    ),
    (
        "Organisational Structure",
        "Organisational Structure (essglobal:organisationalStructure)",
        _("ESSGlobal label of the cooperative type when one exists (e.g. Workers co-operative), else empty."),
    ),
    ("Cooperative Type", "", _("Cooperative type code of the directory (worker, producer, ...).")),
    ("Legal Form", "", _("Legal form, free text.")),
    ("Registry Number", "", _("Number in the national register of cooperatives or companies.")),
    ("Founded", "", _("Founding year.")),
    ("Members", "", _("Number of members.")),
    ("Employees", "", _("Number of employees.")),
    ("Sectors", "", _("Sector codes of the directory, separated by ';'.")),
    (
        "Tags",
        "",
        _("Controlled tags (women-led, youth-led, ecological, social, refugee-migrant-led), ';'-separated."),
    ),
    ("SDGs", "", _("SDG goal numbers, separated by ';'.")),
    ("Street Address", "Street Address (vcard:street-address)", _("Street address.")),
    ("Locality", "Locality (vcard:locality)", _("City.")),
    ("Country ID", "Country ID (ISO 3166-1 alpha-2)", _("Country code.")),
    ("Country Name", "Country Name (vcard:country-name)", _("Country name in English.")),
    ("Latitude", "Latitude (geo:lat)", _("WGS84 latitude.")),
    ("Longitude", "Longitude (geo:long)", _("WGS84 longitude.")),
    ("Website", "Website (foaf:homepage)", _("Website.")),
    ("Email", "Email (vcard:hasEmail)", _("Public e-mail.")),
    ("Phone", "Phone (vcard:hasTelephone)", _("Public phone.")),
    ("DDP Organisation", "", _("Slug of the linked organisation of the Development Data Platform.")),
    ("Demo", "", _("true when the entry is illustrative demo data.")),
]
EXPORT_COLUMNS = [column for column, _term, _meaning in EXPORT_SCHEMA]

# ESSGlobal organisational-structure labels for the directory's cooperative types (where one exists).
ESSGLOBAL_STRUCTURE = {
    "worker": "Workers co-operative",
    "producer": "Producer co-operative",
    "consumer": "Consumer co-operative",
    "multi-stakeholder": "Multi-stakeholder co-operative",
    "housing": "Housing co-operative",
}


def cooperative_export_rows(*, cooperatives: Iterable[Cooperative], language: str = "en") -> list[list[Any]]:
    """One row per entry in ``EXPORT_COLUMNS`` order (plain values; lists joined with ';')."""
    rows = []
    for c in cooperatives:
        rows.append(
            [
                c.slug,
                c.name,
                narrative_text(c.description, language),
                ESSGLOBAL_STRUCTURE.get(c.cooperative_type, ""),
                c.cooperative_type,
                c.legal_form,
                c.registry_number,
                c.founding_year,
                c.members,
                c.employees,
                ";".join(sorted(s.sector for s in c.sectors.all())),
                ";".join(sorted(t.tag for t in c.tags.all())),
                ";".join(str(g.number) for g in sorted(c.sdg_goals.all(), key=lambda g: g.number)),
                c.address,
                c.city,
                c.country_id,
                getattr(c.country, "name_en", "") or c.country.name,  # modeltranslation column
                c.latitude,
                c.longitude,
                c.website,
                c.email,
                c.phone,
                c.organisation.slug if c.organisation is not None else "",
                "true" if c.is_demo else "false",
            ]
        )
    return rows


# --- Events -----------------------------------------------------------------------------------


def event_list_public() -> QuerySet[Event]:
    return Event.objects.filter(is_public=True).select_related("country")


def event_get_public(*, slug: str) -> Event | None:
    if "\x00" in slug:
        return None
    return (
        event_list_public()
        .prefetch_related(
            Prefetch("sessions", queryset=EventSession.objects.prefetch_related("speakers", "links")),
            "participants__cooperative",
            "links",
            "plans",
        )
        .filter(slug=slug)
        .first()
    )


@dataclass
class Slot:
    number: int
    starts_at: dt.datetime | None
    sessions: list[EventSession]

    @property
    def parallel(self) -> bool:
        return len(self.sessions) > 1


def event_programme(*, event: Event) -> list[Slot]:
    """The sessions by time slot: a slot with several sessions is a set of parallel sessions."""
    slots: dict[int, list[EventSession]] = defaultdict(list)
    for session in event.sessions.all():
        slots[session.slot].append(session)
    return [
        Slot(number=n, starts_at=min((s.starts_at for s in ss if s.starts_at), default=None), sessions=ss)
        for n, ss in sorted(slots.items())
    ]


# --- Action plans -----------------------------------------------------------------------------


def plan_list_public() -> QuerySet[ActionPlan]:
    return ActionPlan.objects.filter(is_public=True).select_related("event")


def plan_list_public_detailed() -> QuerySet[ActionPlan]:
    """Public plans with everything :func:`plan_report` reads, prefetched (a fixed number of queries)."""
    deliverables = Deliverable.objects.prefetch_related("sdg_goals", "sdg_targets", "declarations", "updates")
    return plan_list_public().prefetch_related(
        Prefetch(
            "working_groups",
            queryset=WorkingGroup.objects.prefetch_related(
                "sdg_goals", Prefetch("deliverables", queryset=deliverables)
            ),
        ),
        Prefetch(
            "declarations",
            queryset=Declaration.objects.select_related("participant").prefetch_related(
                "sdg_goals", "sdg_targets"
            ),
        ),
    )


def plan_get_public(*, slug: str) -> ActionPlan | None:
    if "\x00" in slug:
        return None
    return plan_list_public_detailed().filter(slug=slug).first()


def _state(d: Deliverable) -> rules.DeliverableState:
    return rules.DeliverableState(
        status=d.status, progress=d.progress, last_update_at=d.last_update_at, created_at=d.created_at
    )


@dataclass
class DeliverableReport:
    deliverable: Deliverable
    progress: Decimal
    staleness: rules.Staleness
    counted: bool
    overdue: bool = False


@dataclass
class GroupReport:
    group: WorkingGroup
    deliverables: list[DeliverableReport]
    progress: Decimal | None
    staleness: rules.Staleness


@dataclass
class GoalReport:
    goal: SDGGoal
    declarations: list[Declaration] = field(default_factory=list)
    deliverables: list[DeliverableReport] = field(default_factory=list)

    @property
    def progress(self) -> Decimal | None:
        return rules.mean_progress(_state(r.deliverable) for r in self.deliverables)

    @property
    def staleness(self) -> rules.Staleness:
        return rules.worst(r.staleness for r in self.deliverables)

    @property
    def done(self) -> int:
        return sum(1 for r in self.deliverables if r.deliverable.status == "done")


@dataclass
class PlanReport:
    plan: ActionPlan
    groups: list[GroupReport]
    progress: Decimal | None
    staleness: rules.Staleness
    by_goal: list[GoalReport]
    deliverables: int
    done: int
    counts: dict[str, int]


def plan_report(*, plan: ActionPlan, now: dt.datetime | None = None) -> PlanReport:
    """The plan's roll-up, staleness and SDG view (rules in :mod:`coopdev.network.progress`).

    ``plan`` should come from :func:`plan_get_public` (prefetched): this makes no query then.
    """
    now = now or timezone.now()
    amber, red = conf.stale_amber_days(), conf.stale_red_days()
    groups: list[GroupReport] = []
    all_states: list[rules.DeliverableState] = []
    goals: dict[int, GoalReport] = {}
    for group in plan.working_groups.all():
        reports = []
        for d in group.deliverables.all():
            state = _state(d)
            report = DeliverableReport(
                deliverable=d,
                progress=rules.deliverable_progress(state),
                staleness=rules.deliverable_staleness(state, now=now, amber_days=amber, red_days=red),
                counted=rules.deliverable_counts(state),
                overdue=d.due_on < now.date() and d.status not in CLOSED_STATUSES,
            )
            reports.append(report)
            all_states.append(state)
            for goal in d.sdg_goals.all():
                goals.setdefault(goal.number, GoalReport(goal=goal)).deliverables.append(report)
        groups.append(
            GroupReport(
                group=group,
                deliverables=reports,
                progress=rules.mean_progress(_state(r.deliverable) for r in reports),
                staleness=rules.worst(r.staleness for r in reports),
            )
        )
    for declaration in plan.declarations.all():
        for goal in declaration.sdg_goals.all():
            goals.setdefault(goal.number, GoalReport(goal=goal)).declarations.append(declaration)
    counts = Counter(str(s.status) for s in all_states)
    return PlanReport(
        plan=plan,
        groups=groups,
        progress=rules.mean_progress(all_states),
        staleness=rules.worst(r.staleness for g in groups for r in g.deliverables),
        by_goal=[goals[n] for n in sorted(goals)],
        deliverables=len(all_states),
        done=counts.get("done", 0),
        counts=dict(counts),
    )


# --- Research library -------------------------------------------------------------------------


def publication_list_public() -> QuerySet[Publication]:
    return (
        Publication.objects.filter(is_public=True)
        .select_related("region")
        .prefetch_related("countries", "sdg_goals")
    )


def publication_get_public(*, slug: str) -> Publication | None:
    if "\x00" in slug:
        return None
    return publication_list_public().filter(slug=slug).first()


PUBLICATION_FACETS = ("kind", "theme", "year", "language", "region", "country", "sdg")


def publication_filter(
    *, publications: QuerySet[Publication], q: str = "", **facets: Any
) -> QuerySet[Publication]:
    qs = publications
    if q:
        condition = Q(authors__icontains=q)
        for code in LANGUAGE_CODES:
            condition |= Q(**{f"title__{code}__icontains": q}) | Q(**{f"summary__{code}__icontains": q})
        qs = qs.filter(condition)
    lookups = {
        "kind": "kind",
        "theme": "theme",
        "year": "year",
        "language": "language",
        "region": "region__code",
        "country": "countries",
        "sdg": "sdg_goals",
    }
    multi = False
    for name, lookup in lookups.items():
        value = facets.get(name)
        if value not in (None, ""):
            qs = qs.filter(**{lookup: value})
            multi = multi or name in ("country", "sdg")
    return qs.distinct() if multi else qs


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int


def publication_facets(*, publications: QuerySet[Publication]) -> dict[str, list[FacetValue]]:
    """Counts per facet value over ``publications`` (already filtered): one grouped query each."""
    base = publications.order_by()
    ids = base.values("pk")
    source = Publication.objects.filter(pk__in=ids).order_by()

    def grouped(column: str, labels: dict[str, str] | None = None) -> list[FacetValue]:
        rows = source.values(column).annotate(n=Count("pk", distinct=True)).order_by(column)
        out = []
        for row in rows:
            value = row[column]
            if value in (None, ""):
                continue
            label = (labels or {}).get(str(value), str(value))
            out.append(FacetValue(value=str(value), label=str(label), count=row["n"]))
        return out

    language_names = {code: str(name) for code, name in settings.LANGUAGES}
    region_rows = (
        source.exclude(region=None)
        .values("region__code", "region__name")
        .annotate(n=Count("pk", distinct=True))
        .order_by("region__name")
    )
    country_rows = (
        source.values("countries__code", "countries__name")
        .exclude(countries__code__isnull=True)
        .annotate(n=Count("pk", distinct=True))
        .order_by("countries__name")
    )
    sdg_rows = (
        source.values("sdg_goals__number", "sdg_goals__short_name")
        .exclude(sdg_goals__number__isnull=True)
        .annotate(n=Count("pk", distinct=True))
        .order_by("sdg_goals__number")
    )
    return {
        "kind": grouped("kind", {k: str(v) for k, v in PublicationKind.choices}),
        "theme": grouped("theme", {k: str(v) for k, v in Theme.choices}),
        "year": sorted(grouped("year"), key=lambda f: f.value, reverse=True),
        "language": grouped("language", language_names),
        "region": [FacetValue(r["region__code"], r["region__name"], r["n"]) for r in region_rows],
        "country": [FacetValue(r["countries__code"], r["countries__name"], r["n"]) for r in country_rows],
        "sdg": [
            FacetValue(
                str(r["sdg_goals__number"]), f"{r['sdg_goals__number']}. {r['sdg_goals__short_name']}", r["n"]
            )
            for r in sdg_rows
        ],
    }


# --- Links across the platform ----------------------------------------------------------------


@dataclass
class OrganisationNetwork:
    cooperatives: list[Cooperative]
    declarations: list[Declaration]
    trained_people: int
    trained_sessions: int
    stories: list[Any]

    @property
    def empty(self) -> bool:
        return not (self.cooperatives or self.declarations or self.trained_people or self.stories)


def organisation_name_match(*, organisation: Any, field: str) -> Q:
    """Rows whose free-text organisation ``field`` names this organisation.

    Rule: the text equals the organisation's name, or the name of one of its approved directory
    entries, after trimming surrounding spaces and ignoring case — compared in the database on
    both sides, so the database's own case folding applies to both (an exact match otherwise:
    "Coop Latte" matches " coop latte ", not "Coop Latte Milano"). Annotate ``org_key`` first.
    """
    entry_names = (
        Cooperative.objects.filter(status=ModerationStatus.APPROVED, organisation=organisation)
        .annotate(key=Lower(Trim("name")))
        .values("key")
    )
    return Q(**{field: Lower(Trim(Value(organisation.name)))}) | Q(**{f"{field}__in": entry_names})


def organisation_network(*, organisation: Any, now: dt.datetime | None = None) -> OrganisationNetwork:
    """What the network knows of a DDP organisation, for its public page.

    * cooperatives: approved directory entries linked to it;
    * declarations: of public plans, made by an event participant linked to it (or to one of its
      directory cooperatives);
    * people trained in the Academy: **counts only** — distinct e-mail addresses (or names, when
      no e-mail is kept) of confirmed registrations to published sessions that have started,
      not marked absent, whose free-text organisation matches (see
      :func:`organisation_name_match`); anonymised registrations are left out;
    * approved pay-it-forward stories whose pledge came from a registration naming it, shown only
      when it has people trained (a story is told by a participant).
    """
    from coopdev.academy.models import Registration, Story

    now = now or timezone.now()
    entries = Cooperative.objects.filter(status=ModerationStatus.APPROVED, organisation=organisation)
    declarations_qs = Declaration.objects.filter(plan__is_public=True).filter(
        Q(participant__organisation=organisation) | Q(participant__cooperative__in=entries)
    )
    registrations = (
        Registration.objects.annotate(org_key=Lower(Trim("organisation")))
        .filter(
            organisation_name_match(organisation=organisation, field="org_key"),
            state=Registration.State.CONFIRMED,
            session__is_published=True,
            session__starts_at__lte=now,
            anonymised_at__isnull=True,
        )
        .exclude(attended=False)
    )
    # One query says which parts have anything to show: an organisation the network does not know
    # (most of them) costs this page a single query.
    found = (
        type(organisation)
        .objects.filter(pk=organisation.pk)
        .annotate(
            has_entries=Exists(entries),
            has_declarations=Exists(declarations_qs),
            has_training=Exists(registrations),
        )
        .values_list("has_entries", "has_declarations", "has_training")
        .first()
    ) or (False, False, False)
    has_entries, has_declarations, has_training = found
    cooperatives = list(entries.only("pk", "name", "slug", "city")) if has_entries else []
    declarations = (
        list(declarations_qs.select_related("plan", "participant").prefetch_related("sdg_goals").distinct())
        if has_declarations
        else []
    )
    people: set[str] = set()
    sessions = 0
    stories: list[Any] = []
    if has_training:
        rows = list(registrations.values_list("email", "name", "session_id"))
        people = {(email.lower() if email else f"name:{name.strip().lower()}") for email, name, _s in rows}
        sessions = len({session for _e, _n, session in rows})
        stories = list(
            Story.objects.annotate(org_key=Lower(Trim("pledge__registration__organisation")))
            .filter(organisation_name_match(organisation=organisation, field="org_key"))
            .filter(status=Story.Status.APPROVED)
            .order_by("-moderated_at", "-pk")[:10]
        )
    return OrganisationNetwork(
        cooperatives=cooperatives,
        declarations=declarations,
        trained_people=len(people),
        trained_sessions=sessions,
        stories=stories,
    )
