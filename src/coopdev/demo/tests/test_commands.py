"""``coopdev demo`` loads the dataset once and prints its figures."""

from io import StringIO

import pytest
from django.core.management import call_command

from coopdev.demo.services import DEMO_ALREADY_LOADED
from coopdev.projects.models import Project

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = StringIO()
    call_command("demo", *args, stdout=out)
    return out.getvalue()


def test_demo_loads_the_dataset_and_prints_the_seed_figures():
    output = run()

    assert "Loaded the illustrative demo dataset" in output
    assert "218 projects in 87 countries by 62 cooperative organisations" in output
    assert "health sector (DAC 121/122/123): 39 projects by 12 organisations" in output
    assert "on 5 continents" in output
    assert "projects by SDG: SDG 3:" in output
    assert Project.objects.filter(is_demo=True).count() == 218


def test_demo_says_so_and_does_nothing_when_already_loaded():
    run()
    identifiers = list(Project.objects.filter(is_demo=True).values_list("pk", flat=True))

    output = run()

    assert DEMO_ALREADY_LOADED in output
    assert list(Project.objects.filter(is_demo=True).values_list("pk", flat=True)) == identifiers


def test_demo_replace_deletes_and_reloads():
    run()

    output = run("--replace")

    assert "Deleted 218 demo projects." in output
    assert "218 projects in 87 countries" in output
    assert Project.objects.filter(is_demo=True).count() == 218
