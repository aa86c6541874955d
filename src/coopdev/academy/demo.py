"""Illustrative Academy sessions for the demo platform (``coopdev demo`` loads them).

The first title is the "next session" of seed 001; the others are shaped on its topics. Slugs
start with ``demo-`` and descriptions say the sessions are illustrative. Loading is idempotent,
and ``replace`` never deletes a session: registrations belong to the people who made them.
"""

import datetime as dt

from django.db import transaction
from django.utils import timezone

from coopdev.academy.models import ConsentText, Session

DEMO_PREFIX = "demo-"
DEMO_NOTE = "Illustrative session of the demo platform."

# (slug, title, kind, days from now, SDG topics, trainers, description)
DEMO_SESSIONS = [
    (
        "eco-innovation",
        "The cooperative model: intermediary for eco-innovation and sustainable development",
        Session.Kind.REGULAR,
        21,
        [9, 12, 13],
        "Demo trainer, cooperative research network",
        "Would you like to know more about the co-operatives' potential role in eco-innovation through "
        "social capital theory and as intermediary actors that create spaces and processes of interaction?",
    ),
    (
        "coops-and-the-sdgs",
        "Cooperatives and the Sustainable Development Goals: measuring what we contribute",
        Session.Kind.REGULAR,
        49,
        [8, 17],
        "Demo trainers, Development Data Platform team",
        "How cooperatives report their international projects in the IATI standard, and what the "
        "figures say about their contribution to the SDGs.",
    ),
    (
        "youth-special-edition",
        "Special edition: young cooperators and the International Year of Cooperatives",
        Session.Kind.SPECIAL,
        35,
        [4, 8, 10],
        "Demo panel of youth network members",
        "A special edition with young cooperators from the four ICA regions.",
    ),
    (
        "gender-equality",
        "Gender equality in cooperative governance",
        Session.Kind.REGULAR,
        -30,
        [5],
        "Demo trainer, gender equality committee",
        "Practices that bring more women into cooperative boards and management.",
    ),
]

DEMO_CONSENT = (
    "We use your name, e-mail address, organisation, country, gender and age band to allocate the "
    "seats of this session fairly (staff seats, regional seats, gender and generational balance), to "
    "send you the session's e-mails and a certificate of attendance. We keep them until 90 days after "
    "the session, then anonymise them. You can download or erase your data from the link in your e-mails."
)


@transaction.atomic
def academy_demo_load() -> int:
    """Create the demo sessions that are missing (and a consent text if there is none). Returns
    how many sessions were created."""
    if not ConsentText.objects.exists():
        ConsentText.objects.create(version=1, text=DEMO_CONSENT)
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    created = 0
    for slug, title, kind, days, sdgs, trainers, description in DEMO_SESSIONS:
        session, made = Session.objects.get_or_create(
            slug=DEMO_PREFIX + slug,
            defaults={
                "title": title,
                "kind": kind,
                "starts_at": (now + dt.timedelta(days=days)).replace(hour=13),
                "trainers": trainers,
                "description": f"{description}\n\n{DEMO_NOTE}",
                "recording_url": "",
            },
        )
        if made:
            session.sdgs.set(sdgs)
            created += 1
    return created
