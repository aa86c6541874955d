"""The registration e-mails: rendered from the registration's state when sent, in the person's language."""

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from coopdev.academy import conf, ical, selectors
from coopdev.academy.models import Registration

SUBJECTS = {
    "confirm": _("Please confirm your registration: {title}"),
    "confirmed": _("Your seat is confirmed: {title}"),
    "waitlisted": _("You are on the waiting list: {title}"),
    "promoted": _("A seat is now yours: {title}"),
    "reminder": _("Reminder: {title} starts soon"),
    "cancelled": _("Your registration is cancelled: {title}"),
}


def registration_email_send(*, registration_id: int, kind: str) -> bool:
    """Send the e-mail ``kind`` to the person; False when there is nobody to write to (erased data)."""
    registration = Registration.objects.select_related("session").filter(pk=registration_id).first()
    if registration is None or not registration.email:
        return False
    session = registration.session
    base = conf.base_url()
    with translation.override(registration.language):
        context = {
            "registration": registration,
            "session": session,
            "personal_url": base + reverse("academy:registration", kwargs={"token": registration.token}),
            "confirm_url": base + reverse("academy:confirm", kwargs={"token": registration.token}),
            "cancel_url": base
            + reverse("academy:cancel", kwargs={"cancel_token": registration.cancel_token}),
            "session_url": base + session.get_absolute_url(),
            "position": selectors.waitlist_position(registration=registration),
        }
        subject = str(SUBJECTS[kind]).format(title=session.title)
        body = render_to_string(f"academy/emails/{kind}.txt", context)
    message = EmailMessage(subject=subject, body=body, to=[registration.email])
    if registration.state == Registration.State.CONFIRMED and kind in ("confirmed", "promoted", "reminder"):
        message.attach(
            f"{session.slug}.ics",
            ical.calendar([session], base_url=base, name=session.title),
            "text/calendar; charset=utf-8; method=PUBLISH",
        )
    message.send()
    return True
