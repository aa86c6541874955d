"""The e-mails of Pay it forward, in the author's language."""

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from coopdev.academy import conf
from coopdev.academy.models import Pledge, Story

SUBJECTS = {
    "pledge_verify": _("Please confirm your Pay it forward pledge"),
    "story_approved": _("Your story is published: {title}"),
    "story_rejected": _("Your story could not be published: {title}"),
}


def story_email_send(*, object_id: int, kind: str) -> bool:
    """Send e-mail ``kind``; False when its pledge or story no longer exists."""
    if kind == "pledge_verify":
        pledge = Pledge.objects.filter(pk=object_id).first()
        story = None
    else:
        story = Story.objects.select_related("pledge").filter(pk=object_id).first()
        pledge = story.pledge if story else None
    if pledge is None:
        return False
    base = conf.base_url()
    with translation.override(pledge.language):
        context = {
            "pledge": pledge,
            "story": story,
            "pledge_url": base + reverse("academy:pledge", kwargs={"token": pledge.token}),
            "story_url": base + story.get_absolute_url() if story else "",
        }
        subject = str(SUBJECTS[kind]).format(title=story.title if story else "")
        body = render_to_string(f"academy/stories/emails/{kind}.txt", context)
    EmailMessage(subject=subject, body=body, to=[pledge.email]).send()
    return True
