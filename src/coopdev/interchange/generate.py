"""Large, realistic, valid IATI 2.03 activity files, for benchmarks and memory tests.

The activities look like the platform's (cooperative projects: funders, implementers, one or
two recipient countries and sectors with percentages that add up, an SDG tag, budgets,
commitments and disbursements in EUR or USD, the coopdev extension values), every code in its
codelist, so a file imports without a single refusal. Written as a stream: the file's size
does not drive the generator's memory.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from coopdev.interchange.readers.iati import EXTENSION_NS

COUNTRIES = (
    "KE",
    "TZ",
    "UG",
    "ET",
    "RW",
    "MZ",
    "SN",
    "BF",
    "ML",
    "GH",
    "NG",
    "CM",
    "BR",
    "BO",
    "PE",
    "EC",
    "GT",
    "HN",
    "NI",
    "CO",
    "IN",
    "NP",
    "BD",
    "PH",
    "VN",
    "KH",
    "PS",
    "LB",
    "JO",
    "TN",
    "MA",
    "AL",
)
SECTORS = (
    "31163",
    "31120",
    "31161",
    "32130",
    "24040",
    "14030",
    "14081",
    "12220",
    "12240",
    "11220",
    "16010",
    "25010",
    "31320",
    "15150",
    "43040",
    "23230",
    "41010",
    "16020",
)
FUNDERS = (
    ("XM-DAC-6-4", "10", "Italian Agency for Development Cooperation"),
    ("XI-IATI-EC_INTPA", "40", "European Commission"),
    ("XM-DAC-11-1", "10", "Swedish agency"),
)
WORDS = (
    "cooperative",
    "farmers",
    "women",
    "savings",
    "credit",
    "water",
    "health",
    "training",
    "market",
    "dairy",
    "coffee",
    "youth",
    "housing",
    "energy",
    "community",
    "school",
    "seed",
    "fishing",
)


def _split(rng: random.Random, parts: int) -> list[int]:
    if parts == 1:
        return [100]
    first = rng.randrange(20, 81)
    return [first, 100 - first]


def activity_xml(rng: random.Random, *, number: int, org: int) -> str:
    """One ``iati-activity`` as text."""
    org_ref = f"XM-COOP-{org:04d}"
    ident = f"{org_ref}-{number:07d}"
    start = date(2015, 1, 1) + timedelta(days=rng.randrange(0, 3000))
    end = start + timedelta(days=rng.randrange(365, 1500))
    currency = "USD" if rng.random() < 0.2 else "EUR"
    total = rng.randrange(20, 2000) * 1000
    managed = total * rng.randrange(30, 101) // 100
    title = " ".join(rng.sample(WORDS, 4)).capitalize()
    description = " ".join(rng.choice(WORDS) for _ in range(30)).capitalize() + "."
    funder = rng.choice(FUNDERS)
    countries = rng.sample(COUNTRIES, 1 if rng.random() < 0.7 else 2)
    sectors = rng.sample(SECTORS, 1 if rng.random() < 0.5 else 2)
    parts = [
        f'<iati-activity xml:lang="en" default-currency="{currency}" '
        f'last-updated-datetime="{end.isoformat()}T09:00:00Z">',
        f"<iati-identifier>{ident}</iati-identifier>",
        f'<reporting-org ref="{org_ref}" type="22"><narrative>Cooperative {org}</narrative></reporting-org>',
        f"<title><narrative>{escape(title)}</narrative>"
        + (f'<narrative xml:lang="it">{escape(title)} (it)</narrative>' if rng.random() < 0.3 else "")
        + "</title>",
        f'<description type="1"><narrative>{escape(description)}</narrative></description>',
        f'<participating-org role="1" ref="{funder[0]}" type="{funder[1]}"><narrative>{funder[2]}</narrative>'
        "</participating-org>",
        f'<participating-org role="4" ref="{org_ref}" type="22"><narrative>Cooperative {org}</narrative>'
        "</participating-org>",
        f'<activity-status code="{rng.choice("1234")}"/>',
        f'<activity-date type="1" iso-date="{start.isoformat()}"/>',
        f'<activity-date type="3" iso-date="{end.isoformat()}"/>',
    ]
    for code, pct in zip(countries, _split(rng, len(countries)), strict=True):
        parts.append(f'<recipient-country code="{code}" percentage="{pct}"/>')
    for code, pct in zip(sectors, _split(rng, len(sectors)), strict=True):
        parts.append(f'<sector vocabulary="1" code="{code}" percentage="{pct}"/>')
    parts.append(f'<tag vocabulary="2" code="{rng.randrange(1, 18)}"/>')
    parts.append('<collaboration-type code="1"/><default-flow-type code="10"/>')
    parts.append('<default-finance-type code="110"/><default-aid-type code="C01" vocabulary="1"/>')
    year = start.year
    for offset in range(rng.randrange(1, 3)):
        parts.append(
            f'<budget type="1" status="1"><period-start iso-date="{year + offset}-01-01"/>'
            f'<period-end iso-date="{year + offset}-12-31"/>'
            f'<value currency="{currency}" value-date="{year + offset}-01-01">{total // 2}</value></budget>'
        )
    parts.append(
        f'<transaction><transaction-type code="2"/><transaction-date iso-date="{start.isoformat()}"/>'
        f'<value currency="{currency}" value-date="{start.isoformat()}">{total}</value></transaction>'
    )
    for k in range(rng.randrange(1, 4)):
        on = (start + timedelta(days=90 * (k + 1))).isoformat()
        parts.append(
            f'<transaction><transaction-type code="3"/><transaction-date iso-date="{on}"/>'
            f'<value currency="{currency}" value-date="{on}">{total // 4}</value>'
            f'<receiver-org ref="{org_ref}"><narrative>Cooperative {org}</narrative></receiver-org>'
            "</transaction>"
        )
    people = rng.randrange(100, 20000)
    women = people * rng.randrange(30, 70) // 100
    parts.append(
        f'<coopdev:values currency="{currency}" value-date="{start.isoformat()}" total="{total}" '
        f'managed="{managed}"/>'
    )
    parts.append(f'<coopdev:people-reached total="{people}" women="{women}" men="{people - women}"/>')
    parts.append("</iati-activity>\n")
    return "".join(parts)


def iati_file_write(*, path: Path, activities: int, seed: int = 1, organisations: int = 50) -> int:
    """Write ``activities`` activities to ``path``; returns the file's size in bytes."""
    rng = random.Random(seed)  # noqa: S311 - test data, not secrets
    with path.open("w", encoding="utf-8") as f:
        f.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<iati-activities version="2.03" generated-datetime="2026-01-01T00:00:00Z" '
            f'xmlns:coopdev="{EXTENSION_NS}">\n'
        )
        for number in range(activities):
            f.write(activity_xml(rng, number=number, org=number % organisations))
        f.write("</iati-activities>\n")
    return path.stat().st_size
