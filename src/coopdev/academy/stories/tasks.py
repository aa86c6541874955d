"""Background tasks of Pay it forward: its e-mails, sent after the transaction that warrants them."""

from django.tasks import task

from coopdev.academy.stories import emails


@task()
def story_email(object_id: int, kind: str) -> None:
    """``pledge_verify`` takes a pledge id; ``story_approved`` and ``story_rejected`` a story id."""
    emails.story_email_send(object_id=object_id, kind=kind)
