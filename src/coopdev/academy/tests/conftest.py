import pytest


@pytest.fixture(autouse=True)
def immediate_tasks(settings):
    """Run tasks at once (the database backend would only queue them): e-mails land in ``mail.outbox``."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture(autouse=True)
def fresh_session_pages(settings):
    """Serve every session page fresh: tests read seat figures right after changing them.

    The tests of the page cache itself turn it back on.
    """
    settings.ACADEMY_PAGE_CACHE_SECONDS = 0


@pytest.fixture
def reference_rows():
    """The rows the transactional tests need, committed so other threads see them.

    Migrations load the reference data, and ``serialized_rollback`` should restore it after a
    transactional test flushes the database; but after a non-transactional test has run in the
    same session, pytest-django (4.14, Django 6.1) does not restore it for the second
    transactional test (seen, not yet explained). So these tests make sure of their own rows.
    """
    from coopdev.academy.models import ConsentText
    from coopdev.academy.tests.factories import COUNTRY_OF
    from coopdev.reference.models import Country, Region

    names = {"KE": "Kenya", "BR": "Brazil", "IN": "India", "IT": "Italy"}
    for order, (region_code, country_code) in enumerate(COUNTRY_OF.items()):
        region, _ = Region.objects.get_or_create(
            kind="ica", code=region_code, defaults={"name": region_code.title(), "sort_order": order}
        )
        Country.objects.get_or_create(
            code=country_code, defaults={"name": names[country_code], "ica_region": region}
        )
    ConsentText.objects.get_or_create(version=1, defaults={"text": "We process your data to allocate seats."})
