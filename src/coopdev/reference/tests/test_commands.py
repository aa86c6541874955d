"""``coopdev load_reference``."""

import io

import pytest
from django.core.management import call_command

from coopdev.reference.models import Country


@pytest.mark.django_db
def test_load_reference_prints_the_counts():
    out = io.StringIO()
    call_command("load_reference", stdout=out)
    lines = out.getvalue().splitlines()
    assert ["Country", str(Country.objects.count())] in [line.split() for line in lines]
    assert "Reference data loaded" in lines[-1]
