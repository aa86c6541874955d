"""Settings of the network app, with their defaults (override them in the Django settings)."""

from django.conf import settings


def stale_amber_days() -> int:
    """Days without a progress update after which an open commitment turns amber (default 60)."""
    return int(getattr(settings, "NETWORK_STALE_AMBER_DAYS", 60))


def stale_red_days() -> int:
    """Days without a progress update after which an open commitment turns red (default 120)."""
    return int(getattr(settings, "NETWORK_STALE_RED_DAYS", 120))


def duplicate_name_ratio() -> float:
    """Similarity (difflib ratio of normalised names) from which two entries in one city clash."""
    return float(getattr(settings, "NETWORK_DUPLICATE_NAME_RATIO", 0.88))


def publication_max_bytes() -> int:
    return int(getattr(settings, "NETWORK_PUBLICATION_MAX_BYTES", 50 * 1024 * 1024))
