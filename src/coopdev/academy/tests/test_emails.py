import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone

from coopdev.academy import services
from coopdev.academy.tests.factories import SessionFactory, confirm, register, small_session

pytestmark = pytest.mark.django_db


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """E-mails leave on commit; run the callbacks as each service's transaction would."""

    def run(fn, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return fn(*args, **kwargs)

    return run


def test_registering_sends_the_confirmation_request_with_working_links(commit):
    session = SessionFactory(title="Eco-innovation")
    registration = commit(register, session)
    (message,) = mail.outbox
    assert message.to == [registration.email]
    assert message.subject == "Please confirm your registration: Eco-innovation"
    assert f"/academy/r/{registration.token}/confirm/" in message.body
    assert f"/academy/cancel/{registration.cancel_token}/" in message.body
    assert "A seat is held for you." in message.body


def test_confirmed_seat_mail_carries_the_ics(commit):
    registration = commit(register, SessionFactory())
    mail.outbox.clear()
    commit(confirm, registration)
    (message,) = mail.outbox
    assert message.subject.startswith("Your seat is confirmed")
    (name, content, mimetype) = message.attachments[0]
    assert name.endswith(".ics") and "BEGIN:VEVENT" in content and mimetype.startswith("text/calendar")


def test_waiting_list_mail_gives_the_position_and_promotion_mail_follows_a_cancellation(commit):
    session = small_session(per_region=1)
    holder = commit(register, session)
    first, second = commit(register, session), commit(register, session)
    commit(confirm, first)
    commit(confirm, second)
    assert "you are number 2 on its waiting list" in mail.outbox[-1].body
    mail.outbox.clear()
    commit(services.registration_cancel_by_token, cancel_token=holder.cancel_token)
    subjects = sorted((m.to[0], m.subject.split(":")[0]) for m in mail.outbox)
    assert subjects == sorted(
        [(holder.email, "Your registration is cancelled"), (first.email, "A seat is now yours")]
    )


def test_reminder_is_sent_once_to_confirmed_participants(commit):
    session = SessionFactory(starts_at=timezone.now() + dt.timedelta(hours=5))
    confirmed = commit(confirm, commit(register, session))
    commit(register, session)  # never confirms: no reminder
    mail.outbox.clear()
    assert commit(services.reminders_send) == 1
    assert commit(services.reminders_send) == 0
    (message,) = mail.outbox
    assert message.to == [confirmed.email] and message.subject.startswith("Reminder")


def test_no_mail_when_the_transaction_does_not_commit():
    register(SessionFactory())  # outside the capture: on_commit callbacks never run in this test transaction
    assert mail.outbox == []
