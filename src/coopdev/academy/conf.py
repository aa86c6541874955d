"""The Academy's settings, each read from Django settings first, then from the environment.

They live here (not in ``coopdev.settings``) so the app is self-contained; a deployment sets
the environment variables named below.
"""

import datetime as dt
import os

from django.conf import settings


def _get(name: str, env: str, default: str) -> str:
    value = getattr(settings, name, None)
    if value is not None:
        return str(value) if not isinstance(value, list | tuple) else ",".join(value)
    return os.environ.get(env, default)


def staff_email_domains() -> set[str]:
    """E-mail domains whose owners count as confirmed alliance staff (``ACADEMY_STAFF_EMAIL_DOMAINS``)."""
    raw = _get("ACADEMY_STAFF_EMAIL_DOMAINS", "COOPDEV_ACADEMY_STAFF_EMAIL_DOMAINS", "ica.coop")
    return {d.strip().lower().lstrip("@") for d in raw.split(",") if d.strip()}


def confirmation_hold() -> dt.timedelta:
    """How long a seat or waiting place is held while the person confirms their e-mail address."""
    return dt.timedelta(hours=float(_get("ACADEMY_HOLD_HOURS", "COOPDEV_ACADEMY_HOLD_HOURS", "24")))


def anonymise_after() -> dt.timedelta:
    """How long after a session its registrations keep their personal data."""
    return dt.timedelta(
        days=float(_get("ACADEMY_ANONYMISE_AFTER_DAYS", "COOPDEV_ACADEMY_ANONYMISE_AFTER_DAYS", "90"))
    )


def reminder_before() -> dt.timedelta:
    """How long before a session its confirmed participants get a reminder."""
    return dt.timedelta(hours=float(_get("ACADEMY_REMINDER_HOURS", "COOPDEV_ACADEMY_REMINDER_HOURS", "24")))


def session_page_seconds() -> float:
    """How long an anonymous visitor's session page may be served from the cache (0: never).

    When registration opens, hundreds of people load the same page in the same minute. The
    seat figures on it may then be this many seconds old; a seat is still only ever given by
    ``registration_create`` under the session lock, so the rules never depend on the page.
    """
    return float(_get("ACADEMY_PAGE_CACHE_SECONDS", "COOPDEV_ACADEMY_PAGE_CACHE_SECONDS", "2"))


# How many of the next people on a waiting list the balance rule looks at (see RULES.md).
BALANCE_WINDOW = 5


def base_url() -> str:
    """The site's address, for links in e-mails (``COOPDEV_BASE_URL``)."""
    return _get("ACADEMY_BASE_URL", "COOPDEV_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
