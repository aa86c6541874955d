"""The cooperative network: a directory of cooperatives, events and workshops, declarations of
intent grouped into tracked action plans, and a research library.

Content texts are JSON objects from language code to text (``{"tr": ..., "en": ...}``), read
with :func:`coopdev.projects.models.narrative_text`, like the projects' IATI narratives: a
workshop held in Turkish keeps its Turkish original beside its translations.

Nothing a visitor submits is public before staff approve it: a directory entry is public only
when ``status`` is approved (see ``selectors.cooperative_list_public``); an edit proposed through
a cooperative's secret link is a :class:`CooperativeChange` applied only on approval.
"""

import datetime as dt
import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from coopdev.projects.models import narrative_text


def new_token() -> str:
    return secrets.token_urlsafe(32)


class ModerationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for moderation")
    APPROVED = "approved", _("Approved (public)")
    REJECTED = "rejected", _("Rejected")


class CooperativeType(models.TextChoices):
    WORKER = "worker", _("Worker cooperative")
    PRODUCER = "producer", _("Producer / agricultural cooperative")
    CONSUMER = "consumer", _("Consumer cooperative")
    MULTI_STAKEHOLDER = "multi-stakeholder", _("Multi-stakeholder cooperative")
    SOCIAL = "social", _("Social cooperative")
    HOUSING = "housing", _("Housing cooperative")
    FINANCIAL = "financial", _("Financial / credit cooperative")
    SERVICE = "service", _("Service cooperative")
    PLATFORM = "platform", _("Platform cooperative")
    OTHER = "other", _("Other")


class Tag(models.TextChoices):
    """The controlled tags of the directory (a closed list: no free tagging)."""

    WOMEN_LED = "women-led", _("Women-led")
    YOUTH_LED = "youth-led", _("Youth-led")
    ECOLOGICAL = "ecological", _("Ecological")
    SOCIAL = "social", _("Social")
    REFUGEE_MIGRANT_LED = "refugee-migrant-led", _("Refugee/migrant-led")


class Sector(models.TextChoices):
    AGRICULTURE = "agriculture", _("Agriculture and food")
    CRAFTS = "crafts", _("Crafts and textiles")
    CARE = "care", _("Care and social services")
    EDUCATION = "education", _("Education and training")
    CULTURE = "culture", _("Culture and tourism")
    ENERGY = "energy", _("Energy and environment")
    TECHNOLOGY = "technology", _("Technology and media")
    FINANCE = "finance", _("Finance")
    HOUSING = "housing", _("Housing")
    RETAIL = "retail", _("Retail and consumption")
    LOGISTICS = "logistics", _("Logistics")
    RESEARCH = "research", _("Research and consulting")
    OTHER = "other", _("Other")


class Cooperative(models.Model):
    """A cooperative in the public directory (public only once approved)."""

    name = models.CharField(_("name"), max_length=250)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    legal_form = models.CharField(_("legal form"), max_length=150, blank=True)
    cooperative_type = models.CharField(
        _("cooperative type"), max_length=20, choices=CooperativeType.choices, default=CooperativeType.OTHER
    )
    registry_number = models.CharField(_("registry number"), max_length=100, blank=True, db_index=True)
    founding_year = models.PositiveSmallIntegerField(
        _("founding year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1800), MaxValueValidator(2100)],
    )
    members = models.PositiveIntegerField(_("members"), null=True, blank=True)
    employees = models.PositiveIntegerField(_("employees"), null=True, blank=True)
    description = models.JSONField(_("description"), default=dict, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = models.ForeignKey(
        "reference.Country", verbose_name=_("country"), on_delete=models.PROTECT, related_name="+"
    )
    latitude = models.FloatField(
        _("latitude"), null=True, blank=True, validators=[MinValueValidator(-90), MaxValueValidator(90)]
    )
    longitude = models.FloatField(
        _("longitude"), null=True, blank=True, validators=[MinValueValidator(-180), MaxValueValidator(180)]
    )
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("public e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    sdg_goals = models.ManyToManyField(
        "reference.SDGGoal", verbose_name=_("SDG goals"), blank=True, related_name="network_cooperatives"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisation on the Development Data Platform"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="network_cooperatives",
        help_text=_("The organisation that reports this cooperative's projects, when there is one."),
    )
    # Who asked to be listed: private, receives the secret edit link.
    contact_name = models.CharField(_("contact name"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail (private)"), blank=True)
    edit_token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    status = models.CharField(
        _("status"), max_length=10, choices=ModerationStatus.choices, default=ModerationStatus.PENDING
    )
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)
    is_demo = models.BooleanField(_("illustrative demo record"), default=False, editable=False)
    created_at = models.DateTimeField(_("submitted at"), default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("directory cooperative")
        verbose_name_plural = _("directory cooperatives")
        ordering = ["name", "pk"]
        indexes = [models.Index(fields=["status", "country"], name="network_coop_status_idx")]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(latitude__isnull=True) & models.Q(longitude__isnull=True))
                | (
                    models.Q(latitude__gte=-90, latitude__lte=90)
                    & models.Q(longitude__gte=-180, longitude__lte=180)
                ),
                name="network_coop_point_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("network:cooperative_detail", kwargs={"slug": self.slug})

    @property
    def description_text(self) -> str:
        return narrative_text(self.description)

    @property
    def is_public(self) -> bool:
        return self.status == ModerationStatus.APPROVED


class CooperativeTag(models.Model):
    cooperative = models.ForeignKey(Cooperative, on_delete=models.CASCADE, related_name="tags")
    tag = models.CharField(_("tag"), max_length=30, choices=Tag.choices)

    class Meta:
        verbose_name = _("tag")
        verbose_name_plural = _("tags")
        constraints = [models.UniqueConstraint(fields=["cooperative", "tag"], name="network_coop_tag_unique")]

    def __str__(self) -> str:
        return self.get_tag_display()


class CooperativeSector(models.Model):
    cooperative = models.ForeignKey(Cooperative, on_delete=models.CASCADE, related_name="sectors")
    sector = models.CharField(_("sector"), max_length=30, choices=Sector.choices)

    class Meta:
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        constraints = [
            models.UniqueConstraint(fields=["cooperative", "sector"], name="network_coop_sector_unique")
        ]

    def __str__(self) -> str:
        return self.get_sector_display()


class CooperativeChange(models.Model):
    """Changes a cooperative proposed to its own entry; applied only when staff approve them.

    ``data`` holds the submitted form values (JSON-ready: codes and plain values).
    """

    cooperative = models.ForeignKey(Cooperative, on_delete=models.CASCADE, related_name="changes")
    data = models.JSONField(_("proposed values"))
    status = models.CharField(
        _("status"), max_length=10, choices=ModerationStatus.choices, default=ModerationStatus.PENDING
    )
    created_at = models.DateTimeField(_("proposed at"), default=timezone.now)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)

    class Meta:
        verbose_name = _("proposed change to a directory entry")
        verbose_name_plural = _("proposed changes to directory entries")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.cooperative} · {self.created_at:%Y-%m-%d}"


class OrganisationKind(models.TextChoices):
    COOPERATIVE = "cooperative", _("Cooperative")
    COOPERATIVE_UNION = "union", _("Cooperative union or federation")
    MUNICIPALITY = "municipality", _("Municipality or local government")
    MINISTRY = "ministry", _("Ministry or national government")
    UN_AGENCY = "un-agency", _("UN agency")
    UNIVERSITY = "university", _("University or research centre")
    NGO = "ngo", _("NGO or civil society")
    FOUNDATION = "foundation", _("Foundation or donor")
    INTERNATIONAL = "international", _("International organisation")
    OTHER = "other", _("Other")


class Event(models.Model):
    """An event or workshop, with its sessions, speakers, participants, materials and recordings."""

    class Kind(models.TextChoices):
        WORKSHOP = "workshop", _("Workshop")
        CONFERENCE = "conference", _("Conference")
        WEBINAR = "webinar", _("Webinar")
        MEETING = "meeting", _("Meeting")

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.WORKSHOP)
    title = models.JSONField(_("title"), default=dict)
    summary = models.JSONField(_("summary"), default=dict, blank=True)
    method = models.CharField(_("method"), max_length=150, blank=True, help_text=_("e.g. Future Search"))
    original_language = models.CharField(_("original language"), max_length=5, default="en")
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = models.ForeignKey(
        "reference.Country",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    online = models.BooleanField(_("online"), default=False)
    is_public = models.BooleanField(_("public"), default=True)
    is_demo = models.BooleanField(_("illustrative demo record"), default=False, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-starts_on", "slug"]

    def __str__(self) -> str:
        return self.title_text or self.slug

    def get_absolute_url(self) -> str:
        return reverse("network:event_detail", kwargs={"slug": self.slug})

    @property
    def title_text(self) -> str:
        return narrative_text(self.title)

    @property
    def summary_text(self) -> str:
        return narrative_text(self.summary)


class EventSession(models.Model):
    """A session of an event. Sessions in the same time slot on different tracks run in parallel."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="sessions")
    title = models.JSONField(_("title"), default=dict)
    description = models.JSONField(_("description"), default=dict, blank=True)
    starts_at = models.DateTimeField(_("starts at"), null=True, blank=True)
    ends_at = models.DateTimeField(_("ends at"), null=True, blank=True)
    slot = models.PositiveSmallIntegerField(
        _("time slot"), default=1, help_text=_("Sessions with the same slot number run at the same time.")
    )
    track = models.CharField(_("room or track"), max_length=120, blank=True)
    recording_url = models.URLField(_("recording"), blank=True)

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["event", "slot", "track", "pk"]

    def __str__(self) -> str:
        return narrative_text(self.title)

    @property
    def title_text(self) -> str:
        return narrative_text(self.title)

    @property
    def description_text(self) -> str:
        return narrative_text(self.description)


class Speaker(models.Model):
    session = models.ForeignKey(EventSession, on_delete=models.CASCADE, related_name="speakers")
    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=250, blank=True)
    organisation = models.CharField(_("organisation"), max_length=250, blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")
        ordering = ["session", "sort_order", "pk"]

    def __str__(self) -> str:
        return self.name


class Participant(models.Model):
    """An organisation of any kind taking part in an event."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participants")
    name = models.CharField(_("name"), max_length=300)
    kind = models.CharField(_("kind"), max_length=15, choices=OrganisationKind.choices)
    cooperative = models.ForeignKey(
        Cooperative,
        verbose_name=_("directory cooperative"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="participations",
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisation on the Development Data Platform"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="network_participations",
    )

    class Meta:
        verbose_name = _("participating organisation")
        verbose_name_plural = _("participating organisations")
        ordering = ["event", "name"]

    def __str__(self) -> str:
        return self.name


class EventLink(models.Model):
    """A material (slides, report) or recording of an event or one of its sessions."""

    class Kind(models.TextChoices):
        MATERIAL = "material", _("Material")
        RECORDING = "recording", _("Recording")
        REPORT = "report", _("Report")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="links")
    session = models.ForeignKey(
        EventSession, null=True, blank=True, on_delete=models.CASCADE, related_name="links"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    title = models.JSONField(_("title"), default=dict)
    url = models.URLField(_("link"), blank=True)

    class Meta:
        verbose_name = _("material or recording")
        verbose_name_plural = _("materials and recordings")
        ordering = ["event", "kind", "pk"]

    def __str__(self) -> str:
        return narrative_text(self.title) or self.url

    @property
    def title_text(self) -> str:
        return narrative_text(self.title)


class ActionPlan(models.Model):
    """A plan that turns declarations into working groups and deliverables over a horizon."""

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    event = models.ForeignKey(
        Event, verbose_name=_("event"), null=True, blank=True, on_delete=models.SET_NULL, related_name="plans"
    )
    title = models.JSONField(_("title"), default=dict)
    summary = models.JSONField(_("summary"), default=dict, blank=True)
    starts_on = models.DateField(_("starts on"))
    horizon_years = models.PositiveSmallIntegerField(
        _("horizon (years)"), default=3, validators=[MinValueValidator(1), MaxValueValidator(10)]
    )
    is_public = models.BooleanField(_("public"), default=True)
    is_demo = models.BooleanField(_("illustrative demo record"), default=False, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("action plan")
        verbose_name_plural = _("action plans")
        ordering = ["-starts_on", "slug"]

    def __str__(self) -> str:
        return self.title_text or self.slug

    def get_absolute_url(self) -> str:
        return reverse("network:plan_detail", kwargs={"slug": self.slug})

    @property
    def title_text(self) -> str:
        return narrative_text(self.title)

    @property
    def summary_text(self) -> str:
        return narrative_text(self.summary)

    @property
    def ends_on(self) -> dt.date:
        """The last day of the horizon: ``horizon_years`` after the start (29 February -> 28)."""
        try:
            return self.starts_on.replace(year=self.starts_on.year + self.horizon_years)
        except ValueError:
            return self.starts_on.replace(year=self.starts_on.year + self.horizon_years, day=28)


class Declaration(models.Model):
    """What a participant (or a group of participants) declared it intends to do."""

    plan = models.ForeignKey(ActionPlan, on_delete=models.CASCADE, related_name="declarations")
    participant = models.ForeignKey(
        Participant,
        verbose_name=_("participant"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="declarations",
    )
    declarant_kind = models.CharField(
        _("kind of declarant"),
        max_length=15,
        choices=OrganisationKind.choices,
        blank=True,
        help_text=_("For a declaration made by a group, e.g. all the municipalities present."),
    )
    declarant = models.JSONField(_("declared by (group)"), default=dict, blank=True)
    text = models.JSONField(_("declaration"), default=dict)
    sdg_goals = models.ManyToManyField(
        "reference.SDGGoal", verbose_name=_("SDG goals"), related_name="network_declarations"
    )
    sdg_targets = models.ManyToManyField(
        "reference.SDGTarget", verbose_name=_("SDG targets"), blank=True, related_name="network_declarations"
    )
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("declaration of intent")
        verbose_name_plural = _("declarations of intent")
        ordering = ["plan", "sort_order", "pk"]

    def __str__(self) -> str:
        return self.text_text[:80]

    @property
    def text_text(self) -> str:
        return narrative_text(self.text)

    @property
    def declarant_text(self) -> str:
        if self.participant is not None:
            return self.participant.name
        return narrative_text(self.declarant) or self.get_declarant_kind_display()


class WorkingGroup(models.Model):
    plan = models.ForeignKey(ActionPlan, on_delete=models.CASCADE, related_name="working_groups")
    name = models.JSONField(_("name"), default=dict)
    lead = models.CharField(_("lead"), max_length=250, blank=True)
    sdg_goals = models.ManyToManyField(
        "reference.SDGGoal", verbose_name=_("SDG goals"), blank=True, related_name="network_working_groups"
    )
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")
        ordering = ["plan", "sort_order", "pk"]

    def __str__(self) -> str:
        return self.name_text

    @property
    def name_text(self) -> str:
        return narrative_text(self.name)


class DeliverableStatus(models.TextChoices):
    NOT_STARTED = "not-started", _("Not started")
    ON_TRACK = "on-track", _("On track")
    AT_RISK = "at-risk", _("At risk")
    BLOCKED = "blocked", _("Blocked")
    DONE = "done", _("Done")
    DROPPED = "dropped", _("Dropped")


CLOSED_STATUSES = (DeliverableStatus.DONE, DeliverableStatus.DROPPED)


class Deliverable(models.Model):
    """A commitment of a working group, with an owner and a due date inside the plan's horizon.

    ``status``, ``progress`` and ``last_update_at`` repeat the latest :class:`ProgressUpdate`
    (written by ``services.progress_update_create``) so lists and roll-ups need no subquery.
    """

    working_group = models.ForeignKey(WorkingGroup, on_delete=models.CASCADE, related_name="deliverables")
    title = models.JSONField(_("title"), default=dict)
    owner = models.CharField(_("owner"), max_length=250)
    due_on = models.DateField(_("due on"))
    sdg_goals = models.ManyToManyField(
        "reference.SDGGoal", verbose_name=_("SDG goals"), related_name="network_deliverables"
    )
    sdg_targets = models.ManyToManyField(
        "reference.SDGTarget", verbose_name=_("SDG targets"), blank=True, related_name="network_deliverables"
    )
    declarations = models.ManyToManyField(
        Declaration, verbose_name=_("declarations it answers"), blank=True, related_name="deliverables"
    )
    status = models.CharField(
        _("status"), max_length=12, choices=DeliverableStatus.choices, default=DeliverableStatus.NOT_STARTED
    )
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"), default=0, validators=[MaxValueValidator(100)]
    )
    last_update_at = models.DateTimeField(_("last progress update"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("deliverable")
        verbose_name_plural = _("deliverables")
        ordering = ["working_group", "sort_order", "due_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(progress__lte=100), name="network_deliverable_progress_max"
            )
        ]

    def __str__(self) -> str:
        return self.title_text

    def clean(self) -> None:
        """A due date must fall within the plan's horizon (the admin form shows this error)."""
        from django.core.exceptions import ValidationError

        if self.due_on and self.working_group_id:
            plan = self.working_group.plan
            if self.due_on > plan.ends_on:
                raise ValidationError(
                    {
                        "due_on": _(
                            "The due date %(due)s is after the end of the plan's horizon (%(end)s): "
                            "choose a date within the plan."
                        )
                        % {"due": self.due_on.isoformat(), "end": plan.ends_on.isoformat()}
                    }
                )
            if self.due_on < plan.starts_on:
                raise ValidationError(
                    {
                        "due_on": _("The due date %(due)s is before the plan starts (%(start)s).")
                        % {"due": self.due_on.isoformat(), "start": plan.starts_on.isoformat()}
                    }
                )

    @property
    def title_text(self) -> str:
        return narrative_text(self.title)


class ProgressUpdate(models.Model):
    deliverable = models.ForeignKey(Deliverable, on_delete=models.CASCADE, related_name="updates")
    status = models.CharField(_("status"), max_length=12, choices=DeliverableStatus.choices)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), validators=[MaxValueValidator(100)])
    report = models.JSONField(_("short report"), default=dict, blank=True)
    evidence = models.JSONField(_("evidence links"), default=list, blank=True)
    created_at = models.DateTimeField(_("reported at"), default=timezone.now)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("progress update")
        verbose_name_plural = _("progress updates")
        ordering = ["deliverable", "-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(progress__lte=100), name="network_update_progress_max")
        ]

    def __str__(self) -> str:
        return f"{self.deliverable} · {self.progress}%"

    @property
    def report_text(self) -> str:
        return narrative_text(self.report)


class PublicationKind(models.TextChoices):
    REPORT = "report", _("Report")
    STUDY = "study", _("Study")
    GUIDE = "guide", _("Guide")
    VIDEO = "video", _("Video")


class Theme(models.TextChoices):
    LEGAL = "legal-frameworks", _("Legal frameworks")
    KEY_FIGURES = "key-figures", _("Key figures")
    YOUTH = "youth", _("Youth")
    GREEN = "green-economy", _("Green economy")
    GENDER = "gender", _("Gender equality")
    PARTNERSHIPS = "partnerships", _("Policy and partnerships")
    CAPACITY = "capacity-building", _("Capacity building")
    SOCIAL_ECONOMY = "social-economy", _("Social and solidarity economy")


def publication_upload_to(instance: "Publication", filename: str) -> str:
    return f"network/publications/{secrets.token_hex(8)}/{filename}"


class Publication(models.Model):
    """A report, study, guide or video of the research library."""

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=PublicationKind.choices)
    title = models.JSONField(_("title"), default=dict)
    summary = models.JSONField(_("summary"), default=dict, blank=True)
    authors = models.CharField(_("authors"), max_length=500, blank=True)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1800), MaxValueValidator(2100)]
    )
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES, default="en")
    region = models.ForeignKey(
        "reference.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"kind": "ica"},
    )
    countries = models.ManyToManyField(
        "reference.Country", verbose_name=_("countries"), blank=True, related_name="+"
    )
    sdg_goals = models.ManyToManyField(
        "reference.SDGGoal", verbose_name=_("SDG goals"), blank=True, related_name="network_publications"
    )
    theme = models.CharField(_("theme"), max_length=20, choices=Theme.choices)
    file = models.FileField(_("file"), upload_to=publication_upload_to, blank=True)
    url = models.URLField(_("link"), blank=True)
    is_public = models.BooleanField(_("public"), default=True)
    is_demo = models.BooleanField(_("illustrative demo record"), default=False, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")
        ordering = ["-year", "slug"]

    def __str__(self) -> str:
        return self.title_text or self.slug

    def get_absolute_url(self) -> str:
        return reverse("network:publication_detail", kwargs={"slug": self.slug})

    @property
    def title_text(self) -> str:
        return narrative_text(self.title)

    @property
    def summary_text(self) -> str:
        return narrative_text(self.summary)
