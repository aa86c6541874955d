"""Writes of Pay it forward: pledges, stories and their moderation.

Each service runs in one transaction and sends its e-mail with ``transaction.on_commit``, so
nobody is told about a change that a rollback undid. Media are validated *before* the
transaction (``media.py``); files written to storage inside it are deleted again if the
transaction fails, so a refused or failed story leaves nothing behind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from coopdev.academy.models import Pledge, Registration, Story, StoryPicture, SupportKind, story_upload_to
from coopdev.academy.stories.media import CleanPicture

if TYPE_CHECKING:
    from django.contrib.auth.models import User

    from coopdev.reference.models import Country

MSG_NOT_VERIFIED = _("Please confirm your e-mail address first: we sent you a link.")
MSG_REGISTRATION_ERASED = _("This registration has no e-mail address any more, so it cannot make a pledge.")
MSG_ALREADY_MODERATED = _("This story has already been moderated.")
MSG_REASON_REQUIRED = _("Please say why the story is rejected: the reason is sent to the author.")
MSG_CONSENT_REQUIRED = _("We can only publish your story if you agree to its publication.")


class StoryError(Exception):
    """A refused Pay it forward action; ``message`` is shown to the person as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class StoryInput:
    kind: str
    title: str
    text: str
    publish_consent: bool
    author_display: str = ""
    pictures: list[CleanPicture] = field(default_factory=list)
    video: UploadedFile | None = None
    video_extension: str = ""
    video_url: str = ""


def _email(pledge_id: int, kind: str) -> None:
    from coopdev.academy.stories.tasks import story_email

    story_email.enqueue(pledge_id, kind)


def pledge_request(
    *, name: str, email: str, country: Country, kind: str, other_text: str, language: str
) -> Pledge:
    """Record a pledge made with an e-mail address and send the link that verifies it.

    The pledge counts (and can receive stories) only once the link is followed.
    """
    with transaction.atomic():
        pledge = Pledge.objects.create(
            name=name,
            email=email,
            country=country,
            ica_region=country.ica_region.code,
            kind=kind,
            other_text=other_text if kind == SupportKind.OTHER else "",
            language=language,
        )
        transaction.on_commit(partial(_email, pledge.pk, "pledge_verify"))
    return pledge


def pledge_from_registration(*, registration: Registration, kind: str, other_text: str) -> Pledge:
    """Record a pledge from a registration's secret page: the link came by e-mail, so it is verified."""
    if not registration.email or registration.country_id is None or registration.anonymised_at:
        raise StoryError(str(MSG_REGISTRATION_ERASED))
    country = registration.country
    assert country is not None  # noqa: S101 (checked above; for the type checker)
    return Pledge.objects.create(
        registration=registration,
        name=registration.name,
        email=registration.email,
        country=country,
        ica_region=registration.ica_region,
        kind=kind,
        other_text=other_text if kind == SupportKind.OTHER else "",
        language=registration.language,
        email_verified_at=timezone.now(),
    )


def pledge_verify(*, pledge: Pledge) -> Pledge:
    """Mark the pledge's e-mail address verified (following the link twice changes nothing)."""
    if pledge.email_verified_at is None:
        Pledge.objects.filter(pk=pledge.pk, email_verified_at__isnull=True).update(
            email_verified_at=timezone.now()
        )
        pledge.refresh_from_db()
    return pledge


def story_create(*, pledge: Pledge, data: StoryInput) -> Story:
    """Save a story and its media for moderation; all of it or, on any failure, none of it."""
    if not pledge.is_verified:
        raise StoryError(str(MSG_NOT_VERIFIED))
    if not data.publish_consent:
        raise StoryError(str(MSG_CONSENT_REQUIRED))
    stored: list[str] = []

    def _store(content: ContentFile, extension: str) -> str:
        name = default_storage.save(story_upload_to(pledge, f"file.{extension}"), content)
        stored.append(name)
        return name

    try:
        with transaction.atomic():
            story = Story.objects.create(
                pledge=pledge,
                kind=data.kind,
                title=data.title,
                text=data.text,
                author_display=data.author_display,
                video_url=data.video_url,
                publish_consent_at=timezone.now(),
            )
            if data.video is not None:
                data.video.seek(0)
                story.video.name = _store(ContentFile(data.video.read()), data.video_extension)
                story.save(update_fields=["video"])
            StoryPicture.objects.bulk_create(
                StoryPicture(
                    story=story,
                    image=_store(ContentFile(picture.content), picture.extension),
                    content_type=picture.content_type,
                    width=picture.width,
                    height=picture.height,
                    position=position,
                )
                for position, picture in enumerate(data.pictures)
            )
    except BaseException:
        for name in stored:
            default_storage.delete(name)
        raise
    return story


def _moderate(*, story: Story, actor: User) -> Story:
    locked = Story.objects.select_for_update().get(pk=story.pk)
    if locked.status != Story.Status.PENDING:
        raise StoryError(str(MSG_ALREADY_MODERATED))
    locked.moderated_by = actor
    locked.moderated_at = timezone.now()
    return locked


def story_approve(*, story: Story, actor: User) -> Story:
    """Make a pending story public; records who approved it and when."""
    with transaction.atomic():
        locked = _moderate(story=story, actor=actor)
        locked.status = Story.Status.APPROVED
        locked.save(update_fields=["status", "moderated_by", "moderated_at"])
        transaction.on_commit(partial(_email, locked.pk, "story_approved"))
    return locked


def story_reject(*, story: Story, actor: User, reason: str) -> Story:
    """Refuse a pending story; the reason is e-mailed to its author once the decision is committed."""
    if not reason.strip():
        raise StoryError(str(MSG_REASON_REQUIRED))
    with transaction.atomic():
        locked = _moderate(story=story, actor=actor)
        locked.status = Story.Status.REJECTED
        locked.rejection_reason = reason.strip()
        locked.save(update_fields=["status", "rejection_reason", "moderated_by", "moderated_at"])
        transaction.on_commit(partial(_email, locked.pk, "story_rejected"))
    return locked
