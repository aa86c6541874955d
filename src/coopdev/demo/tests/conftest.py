"""The demo dataset, loaded once per test module and removed afterwards.

Loading takes about a second; the tests that only read it share one copy. Tests that change
it run inside their own transaction (pytest-django rolls it back), so the shared copy is
back as loaded for the next test.
"""

import pytest

from coopdev.demo.services import DemoLoadResult, demo_delete, demo_load


@pytest.fixture(scope="module")
def demo_dataset(django_db_setup, django_db_blocker) -> DemoLoadResult:
    with django_db_blocker.unblock():
        result = demo_load()
    yield result
    with django_db_blocker.unblock():
        demo_delete()
