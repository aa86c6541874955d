import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _english():
    """A request to /it/... leaves Italian active in the thread; each test starts in English."""
    with translation.override("en"):
        yield
