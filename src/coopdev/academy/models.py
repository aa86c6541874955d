"""Coop Academy: training sessions, registrations under the seat rules of seed 001, and their audit trail.

A session's seats are split into *pools*: one for alliance staff and one per ICA region. A
registration belongs to one pool and either holds a seat in it (``holds_seat``) or waits in
its waiting list. Seats move between pools only through ``SeatTransfer`` rows written by the
redistribution rule, so a pool's quota is always ``base quota + transfers in - transfers out``
and the quotas of a session always add up to its capacity. The rules themselves live in
``services.py`` and ``allocation.py`` and are described in ``RULES.md``.
"""

import datetime as dt
import secrets

from django.conf import global_settings, settings
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

POOL_STAFF = "staff"
# The four ICA regions, in the order they are shown; codes are reference.Region(kind="ica") codes.
REGION_CODES = ("africa", "americas", "asia-pacific", "europe")
POOLS = (POOL_STAFF, *REGION_CODES)
POOL_LABELS = {
    POOL_STAFF: _("Alliance staff"),
    "africa": _("Africa"),
    "americas": _("Americas"),
    "asia-pacific": _("Asia-Pacific"),
    "europe": _("Europe"),
}
POOL_CHOICES = [(pool, POOL_LABELS[pool]) for pool in POOLS]


def new_token() -> str:
    return secrets.token_urlsafe(24)


class ConsentText(models.Model):
    """A version of the text people agree to when they register; registrations record the version."""

    version = models.PositiveIntegerField(_("version"), unique=True)
    text = models.TextField(_("text"))
    published_at = models.DateTimeField(_("published at"), default=timezone.now)

    class Meta:
        verbose_name = _("consent text")
        verbose_name_plural = _("consent texts")
        ordering = ["-version"]

    def __str__(self) -> str:
        return f"v{self.version}"


class Session(models.Model):
    """An online training session and its seat plan."""

    class Kind(models.TextChoices):
        REGULAR = "regular", _("Regular session")
        SPECIAL = "special", _("Special edition")

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=250)
    description = models.TextField(_("description"), blank=True)
    trainers = models.CharField(_("trainers"), max_length=500, blank=True)
    starts_at = models.DateTimeField(_("starts at"))
    duration_minutes = models.PositiveSmallIntegerField(_("duration (minutes)"), default=90)
    language = models.CharField(_("language"), max_length=10, choices=global_settings.LANGUAGES, default="en")
    sdgs = models.ManyToManyField(
        "reference.SDGGoal", verbose_name=_("SDG topics"), blank=True, related_name="academy_sessions"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.REGULAR)
    is_published = models.BooleanField(_("published"), default=True)

    capacity = models.PositiveSmallIntegerField(_("capacity"), default=100)
    staff_seats = models.PositiveSmallIntegerField(_("seats for alliance staff"), default=20)
    seats_africa = models.PositiveSmallIntegerField(_("seats for Africa"), default=20)
    seats_americas = models.PositiveSmallIntegerField(_("seats for the Americas"), default=20)
    seats_asia_pacific = models.PositiveSmallIntegerField(_("seats for Asia-Pacific"), default=20)
    seats_europe = models.PositiveSmallIntegerField(_("seats for Europe"), default=20)
    registration_opens_at = models.DateTimeField(_("registration opens at"), null=True, blank=True)
    registration_closes_at = models.DateTimeField(
        _("registration closes at"), null=True, blank=True, help_text=_("Empty: when the session starts.")
    )
    redistribution_at = models.DateTimeField(
        _("regional cut-off"),
        null=True,
        blank=True,
        help_text=_("From this time, seats a pool has not filled go to the regions with waiting lists."),
    )
    redistributed_at = models.DateTimeField(_("cut-off applied at"), null=True, blank=True, editable=False)

    meeting_url = models.URLField(
        _("meeting link"), blank=True, help_text=_("Shown to confirmed participants only.")
    )
    recording_url = models.URLField(_("recording"), blank=True)
    materials = models.TextField(
        _("materials"), blank=True, help_text=_("Links to slides and documents, one a line.")
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("training session")
        verbose_name_plural = _("training sessions")
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(
                    capacity=models.F("staff_seats")
                    + models.F("seats_africa")
                    + models.F("seats_americas")
                    + models.F("seats_asia_pacific")
                    + models.F("seats_europe")
                ),
                name="academy_session_pools_add_up_to_capacity",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("academy:session", kwargs={"slug": self.slug})

    def base_quota(self, pool: str) -> int:
        """The seats of ``pool`` before any redistribution."""
        if pool == POOL_STAFF:
            return self.staff_seats
        return int(getattr(self, "seats_" + pool.replace("-", "_")))

    @property
    def ends_at(self) -> dt.datetime:
        return self.starts_at + dt.timedelta(minutes=self.duration_minutes)

    def cutoff_passed(self, now: dt.datetime | None = None) -> bool:
        """Whether the regional cut-off has come (by time, or because staff applied it)."""
        now = now or timezone.now()
        return self.redistributed_at is not None or (
            self.redistribution_at is not None and self.redistribution_at <= now
        )

    def registration_deadline(self) -> dt.datetime:
        return min(self.registration_closes_at or self.starts_at, self.starts_at)


class Registration(models.Model):
    """One person's registration for one session: a seat or a waiting place in one pool."""

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting for e-mail confirmation")
        CONFIRMED = "confirmed", _("Confirmed (seat)")
        WAITLISTED = "waitlisted", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")
        EXPIRED = "expired", _("Expired (e-mail not confirmed in time)")

    class Gender(models.TextChoices):
        WOMAN = "woman", _("Woman")
        MAN = "man", _("Man")
        OTHER = "other", _("Non-binary / other")
        UNSAID = "unsaid", _("Prefer not to say")

    class AgeBand(models.TextChoices):
        YOUNG = "young", _("Under 35")
        MIDDLE = "35-54", _("35 to 54")
        SENIOR = "55+", _("55 or over")
        UNSAID = "unsaid", _("Prefer not to say")

    class StaffCheck(models.TextChoices):
        NONE = "", _("Not confirmed")
        DOMAIN = "domain", _("By e-mail domain")
        STAFF = "staff", _("By a staff member")

    ACTIVE_STATES = (State.PENDING, State.CONFIRMED, State.WAITLISTED)

    session = models.ForeignKey(
        Session, verbose_name=_("session"), on_delete=models.PROTECT, related_name="registrations"
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"), blank=True)
    organisation = models.CharField(_("organisation"), max_length=250, blank=True)
    country = models.ForeignKey(
        "reference.Country",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    ica_region = models.CharField(
        _("ICA region"), max_length=20, choices=[(c, POOL_LABELS[c]) for c in REGION_CODES]
    )
    staff_claimed = models.BooleanField(_("says they are alliance staff"), default=False)
    staff_check = models.CharField(
        _("staff status confirmed"),
        max_length=10,
        choices=StaffCheck.choices,
        default=StaffCheck.NONE,
        blank=True,
    )
    gender = models.CharField(_("gender"), max_length=10, choices=Gender.choices, default=Gender.UNSAID)
    age_band = models.CharField(_("age"), max_length=10, choices=AgeBand.choices, default=AgeBand.UNSAID)
    consent = models.ForeignKey(
        ConsentText, verbose_name=_("consent text"), on_delete=models.PROTECT, related_name="+"
    )
    consent_at = models.DateTimeField(_("consent given at"))
    listing_consent = models.BooleanField(_("agrees to be listed as a participant"), default=False)
    language = models.CharField(_("language for e-mails"), max_length=10, default="en")

    pool = models.CharField(_("pool"), max_length=20, choices=POOL_CHOICES)
    state = models.CharField(_("state"), max_length=12, choices=State.choices, default=State.PENDING)
    holds_seat = models.BooleanField(_("holds a seat"), default=False)
    seat_held_until = models.DateTimeField(_("held until"), null=True, blank=True)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    cancel_token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("arrived at"), default=timezone.now, db_index=True)
    confirmed_at = models.DateTimeField(_("e-mail confirmed at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["session", "created_at", "id"]
        indexes = [
            models.Index(fields=["session", "pool", "holds_seat", "state"], name="academy_reg_pool_idx")
        ]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "session",
                condition=models.Q(
                    state__in=["pending", "confirmed", "waitlisted"], anonymised_at__isnull=True
                ),
                name="academy_registration_one_active_per_email",
            ),
            models.CheckConstraint(
                condition=models.Q(holds_seat=False) | models.Q(state__in=["pending", "confirmed"]),
                name="academy_registration_seat_only_when_active",
            ),
            models.CheckConstraint(
                condition=~models.Q(state="confirmed", holds_seat=False)
                & ~models.Q(state="waitlisted", holds_seat=True),
                name="academy_registration_state_matches_seat",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name or _('(anonymised)')} · {self.session}"

    def get_absolute_url(self) -> str:
        return reverse("academy:registration", kwargs={"token": self.token})

    @property
    def is_active(self) -> bool:
        return self.state in self.ACTIVE_STATES

    @property
    def is_staff_confirmed(self) -> bool:
        return bool(self.staff_check)


class SeatTransfer(models.Model):
    """Seats moved from one pool to another by the redistribution rule (one row per donor and recipient)."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="seat_transfers")
    from_pool = models.CharField(_("from"), max_length=20, choices=POOL_CHOICES)
    to_pool = models.CharField(_("to"), max_length=20, choices=POOL_CHOICES)
    seats = models.PositiveSmallIntegerField(_("seats"))
    round = models.PositiveSmallIntegerField(_("round"))
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("seat transfer")
        verbose_name_plural = _("seat transfers")
        ordering = ["session", "round", "id"]
        constraints = [
            models.CheckConstraint(condition=models.Q(seats__gt=0), name="academy_transfer_positive")
        ]

    def __str__(self) -> str:
        return f"{self.seats} {self.from_pool} → {self.to_pool} (round {self.round})"


class AuditEntry(models.Model):
    """Who did what to a session's seats or registrations, and why."""

    class Action(models.TextChoices):
        APPROVE = "approve", _("Approved (e-mail confirmed by staff)")
        MOVE = "move", _("Moved to another pool")
        CANCEL = "cancel", _("Cancelled by staff")
        REDISTRIBUTE = "redistribute", _("Seats redistributed")
        ATTENDANCE = "attendance", _("Attendance recorded")
        ANONYMISE = "anonymise", _("Anonymised")
        EXPORT = "export", _("Participants exported")

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="audit_entries")
    registration = models.ForeignKey(
        Registration, null=True, blank=True, on_delete=models.SET_NULL, related_name="audit_entries"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    reason = models.TextField(_("reason"), blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} · {self.created_at:%Y-%m-%d %H:%M}"


# --- Pay it forward (seed 001): pledges to support a local cooperative, and the stories told ----


def story_upload_to(instance: models.Model, filename: str) -> str:
    """A random name: the uploaded name is not trusted; the extension comes from the checked content."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"academy/stories/{timezone.now():%Y/%m}/{secrets.token_urlsafe(16)}.{extension}"


class SupportKind(models.TextChoices):
    DONATION = "donation", _("Financial donation")
    VOLUNTEERING = "volunteering", _("Volunteering")
    MENTORING = "mentoring", _("Mentoring")
    OTHER = "other", _("Other")


class Pledge(models.Model):
    """A participant's promise to support a local cooperative; it counts once the e-mail is verified."""

    registration = models.ForeignKey(
        Registration,
        verbose_name=_("registration"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="pledges",
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    country = models.ForeignKey(
        "reference.Country", verbose_name=_("country"), on_delete=models.PROTECT, related_name="+"
    )
    ica_region = models.CharField(
        _("ICA region"), max_length=20, choices=[(c, POOL_LABELS[c]) for c in REGION_CODES]
    )
    kind = models.CharField(_("kind of support"), max_length=20, choices=SupportKind.choices)
    other_text = models.CharField(_("how you will support"), max_length=300, blank=True)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    email_verified_at = models.DateTimeField(_("e-mail verified at"), null=True, blank=True)
    language = models.CharField(_("language for e-mails"), max_length=10, default="en")
    created_at = models.DateTimeField(_("pledged at"), default=timezone.now)

    class Meta:
        verbose_name = _("pledge")
        verbose_name_plural = _("pledges")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(kind="other", other_text=""), name="academy_pledge_other_has_text"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} · {self.get_kind_display()}"

    def get_absolute_url(self) -> str:
        return reverse("academy:pledge", kwargs={"token": self.token})

    @property
    def is_verified(self) -> bool:
        return self.email_verified_at is not None


class Story(models.Model):
    """What a participant did for a local cooperative; public only once staff approve it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for moderation")
        APPROVED = "approved", _("Approved (public)")
        REJECTED = "rejected", _("Rejected")

    pledge = models.ForeignKey(
        Pledge, verbose_name=_("pledge"), on_delete=models.CASCADE, related_name="stories"
    )
    kind = models.CharField(_("kind of support"), max_length=20, choices=SupportKind.choices)
    title = models.CharField(_("title"), max_length=120)
    text = models.TextField(_("story"), max_length=2000)
    author_display = models.CharField(_("name shown"), max_length=100, blank=True)
    video = models.FileField(_("video"), upload_to=story_upload_to, blank=True)
    video_url = models.URLField(_("video link"), blank=True)
    publish_consent_at = models.DateTimeField(_("consent to publish given at"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)
    created_at = models.DateTimeField(_("shared at"), default=timezone.now)

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        ordering = ["-moderated_at", "-id"]
        indexes = [models.Index(fields=["status", "kind"], name="academy_story_status_idx")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(video="") | models.Q(video_url=""), name="academy_story_one_video"
            ),
            models.CheckConstraint(
                condition=~models.Q(status="rejected", rejection_reason=""),
                name="academy_story_rejection_has_reason",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("academy:story", kwargs={"pk": self.pk})


class StoryPicture(models.Model):
    """A picture of a story, stored re-encoded (no EXIF, GPS or other metadata)."""

    story = models.ForeignKey(
        Story, verbose_name=_("story"), on_delete=models.CASCADE, related_name="pictures"
    )
    image = models.FileField(_("picture"), upload_to=story_upload_to)
    content_type = models.CharField(max_length=20)
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("picture")
        verbose_name_plural = _("pictures")
        ordering = ["story", "position", "id"]

    def __str__(self) -> str:
        return self.image.name or ""

    def get_absolute_url(self) -> str:
        return reverse("academy:story_picture", kwargs={"pk": self.story_id, "picture": self.pk})
