"""Settings of Pay it forward, each read from Django settings first, then from the environment."""

import os

from django.conf import settings


def _get(name: str, env: str, default: str) -> str:
    value = getattr(settings, name, None)
    if value is not None:
        return ",".join(value) if isinstance(value, list | tuple) else str(value)
    return os.environ.get(env, default)


def picture_max_bytes() -> int:
    """Largest picture accepted (``ACADEMY_STORY_PICTURE_MAX_BYTES``, default 5 MB)."""
    return int(_get("ACADEMY_STORY_PICTURE_MAX_BYTES", "COOPDEV_ACADEMY_STORY_PICTURE_MAX_BYTES", "5242880"))


def picture_max_count() -> int:
    """How many pictures one story may have (``ACADEMY_STORY_PICTURE_MAX_COUNT``, default 6)."""
    return int(_get("ACADEMY_STORY_PICTURE_MAX_COUNT", "COOPDEV_ACADEMY_STORY_PICTURE_MAX_COUNT", "6"))


def video_max_bytes() -> int:
    """Largest uploaded video accepted (``ACADEMY_STORY_VIDEO_MAX_BYTES``, default 50 MB)."""
    return int(_get("ACADEMY_STORY_VIDEO_MAX_BYTES", "COOPDEV_ACADEMY_STORY_VIDEO_MAX_BYTES", "52428800"))


def video_hosts() -> set[str]:
    """Hosts a video link may point to (``ACADEMY_STORY_VIDEO_HOSTS``); their subdomains count too.

    PeerTube has no single host: a deployment adds the instances it trusts to this list.
    """
    raw = _get(
        "ACADEMY_STORY_VIDEO_HOSTS", "COOPDEV_ACADEMY_STORY_VIDEO_HOSTS", "youtube.com,youtu.be,vimeo.com"
    )
    return {h.strip().lower() for h in raw.split(",") if h.strip()}
