"""E-mails about review: to reviewers when a project is submitted, to editors when it is reviewed.

Called from ``transaction.on_commit`` by the project services, so nobody hears of a step that was
rolled back. A mail server that fails must not turn a committed review into an error page: the
failure is logged and the step stands (the history keeps the comment either way).
"""

import logging
import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from coopdev.organisations.models import Membership
from coopdev.projects.models import Project

logger = logging.getLogger(__name__)

SUBJECTS = {
    "submitted": _("Submitted for review: {title}"),
    "published": _("Published: {title}"),
    "returned": _("Returned for changes: {title}"),
}


def base_url() -> str:
    """The site's address, for links in e-mails (``COOPDEV_BASE_URL``)."""
    return str(
        getattr(settings, "COOPDEV_BASE_URL", None)
        or os.environ.get("COOPDEV_BASE_URL")
        or "http://127.0.0.1:8000"
    ).rstrip("/")


def reviewer_emails() -> list[str]:
    """The addresses of the platform reviewers (active staff)."""
    users = get_user_model().objects.filter(is_active=True, is_staff=True).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


def editor_emails(*, organisation_id: int) -> list[str]:
    """The addresses of the organisation's editors and admins."""
    rows = Membership.objects.filter(
        organisation_id=organisation_id,
        role__in=(Membership.Role.EDITOR, Membership.Role.ADMIN),
        user__is_active=True,
    ).exclude(user__email="")
    return sorted(set(rows.values_list("user__email", flat=True)))


def _send(*, kind: str, project: Project, to: list[str], context: dict) -> int:
    if not to:
        return 0
    subject = str(SUBJECTS[kind]).format(title=project.title_text or project.iati_identifier)
    body = render_to_string(f"accounts/emails/{kind}.txt", {"project": project, **context})
    try:
        # One message per recipient: editors of one organisation need not see each other's addresses.
        for address in to:
            EmailMessage(subject=subject, body=body, to=[address]).send()
    except Exception:  # noqa: BLE001 - see the module docstring
        logger.exception("Could not send the %s e-mail for project %s", kind, project.pk)
        return 0
    return len(to)


def project_submitted_send(*, project_id: int) -> int:
    """Tell the reviewers that a project (or a change to a published one) waits for them."""
    project = Project.objects.select_related("reporting_org").get(pk=project_id)
    context = {"review_url": base_url() + reverse("accounts:review_detail", kwargs={"pk": project.pk})}
    return _send(kind="submitted", project=project, to=reviewer_emails(), context=context)


def project_reviewed_send(*, project_id: int, outcome: str, comment: str = "") -> int:
    """Tell the organisation's editors that a reviewer published or returned their project."""
    project = Project.objects.select_related("reporting_org").get(pk=project_id)
    context = {
        "comment": comment,
        "edit_url": base_url() + reverse("accounts:project_edit", kwargs={"pk": project.pk}),
        "public_url": base_url() + reverse("project_detail", kwargs={"identifier": project.iati_identifier}),
    }
    return _send(
        kind=outcome,
        project=project,
        to=editor_emails(organisation_id=project.reporting_org_id),
        context=context,
    )


def membership_invitation_send(*, membership_id: int, new_account: bool) -> int:
    """Tell a person they were added to an organisation; a new account gets a link to set its password."""
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    membership = Membership.objects.select_related("user", "organisation").get(pk=membership_id)
    person = membership.user
    if not person.email:
        return 0
    context = {
        "membership": membership,
        "new_account": new_account,
        "workspace_url": base_url() + reverse("accounts:workspace"),
        "login_url": base_url() + reverse("accounts:login"),
        "username": person.get_username(),
    }
    if new_account:
        context["set_password_url"] = base_url() + reverse(
            "accounts:password_reset_confirm",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(person.pk)),
                "token": default_token_generator.make_token(person),
            },
        )
    subject = str(_("You are now a member of {organisation}")).format(
        organisation=membership.organisation.name
    )
    body = render_to_string("accounts/emails/invitation.txt", context)
    try:
        EmailMessage(subject=subject, body=body, to=[person.email]).send()
    except Exception:  # noqa: BLE001 - see the module docstring
        logger.exception("Could not send the invitation for membership %s", membership_id)
        return 0
    return 1
