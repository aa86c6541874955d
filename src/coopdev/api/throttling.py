"""Throttles of the API: per client address for anonymous readers, per token for organisations,
and a strict scope for the public write actions (Academy registration, imports).

Rates are read when a request arrives, not when the class is defined, so a deployment's
environment (``COOPDEV_API_THROTTLE_*``, see settings) and tests' overrides both apply.
"""

from typing import Any

from rest_framework.request import Request
from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle


class _RateFromSettings(SimpleRateThrottle):
    def get_rate(self) -> str | None:
        rates: dict[str, Any] = api_settings.DEFAULT_THROTTLE_RATES
        return rates.get(self.scope or "")


class AnonThrottle(_RateFromSettings):
    """Requests without a token, per client address."""

    scope = "anon"

    def get_cache_key(self, request: Request, view) -> str | None:
        if request.auth is not None:
            return None
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class TokenThrottle(_RateFromSettings):
    """Requests with an organisation's token, per token."""

    scope = "token"

    def get_cache_key(self, request: Request, view) -> str | None:
        if request.auth is None:
            return None
        return self.cache_format % {"scope": self.scope, "ident": request.auth.pk}


class RegistrationThrottle(_RateFromSettings):
    """Academy registrations and cancellations, per client address: a person needs a few, a bot many."""

    scope = "registration"

    def get_cache_key(self, request: Request, view) -> str | None:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class ImportThrottle(_RateFromSettings):
    """File uploads, per token: each one parses and validates a whole file."""

    scope = "import"

    def get_cache_key(self, request: Request, view) -> str | None:
        ident = request.auth.pk if request.auth is not None else self.get_ident(request)
        return self.cache_format % {"scope": self.scope, "ident": ident}
