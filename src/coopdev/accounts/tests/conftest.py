import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _english():
    """A request to /it/... leaves Italian active in the thread; each test starts in English."""
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """Real password hashing costs about a second per user on this machine; the tests make many."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
