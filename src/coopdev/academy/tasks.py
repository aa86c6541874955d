"""Background tasks of the Academy (``django.tasks``; the database backend runs them in
``coopdev db_worker``)."""

from django.tasks import task

from coopdev.academy import emails, services


@task()
def registration_email(registration_id: int, kind: str) -> None:
    """Send one of the registration e-mails; enqueued after the transaction that warrants it commits."""
    emails.registration_email_send(registration_id=registration_id, kind=kind)


@task()
def session_housekeeping(session_id: int) -> None:
    """Release a session's overdue holds (enqueued to run when a hold ends) and apply a due cut-off."""
    services.session_housekeeping(session_id=session_id)
