"""Warming the figure cache after the data changed, so that the first visitor does not pay.

``figures_warm`` renders the DDP home page, in every language and on both value bases, through
the whole request path (middleware, view, templates) as a visitor's browser would get it: the
figures and the rendered pieces land in the figure cache under exactly the keys a real request
uses. ``figures_warm_loop`` (the ``warm_figures`` command; ``--every`` seconds) does that whenever
the figures' data version has changed.

The cache has to be one the web server reads: with ``CACHE_URL=redis://...`` any process can
warm it (run ``coopdev warm_figures --every 5`` beside the worker); with the default per-process
``locmem://`` cache, set ``COOPDEV_FIGURE_WARM_SECONDS`` and each web process warms its own
cache in a background thread (``coopdev.projects.apps``).
"""

import logging
import os
import threading
import time
from collections.abc import Callable
from urllib.parse import urlsplit

from django.conf import settings
from django.db import close_old_connections
from django.urls import reverse
from django.utils import translation

from coopdev.core.figure_cache import data_version

logger = logging.getLogger(__name__)


def base_url() -> str:
    """The site's address (``COOPDEV_BASE_URL``): the host the warmed pages are rendered for,
    since the embed snippets in them carry it."""
    configured = getattr(settings, "COOPDEV_BASE_URL", None) or os.environ.get("COOPDEV_BASE_URL")
    return (configured or "http://127.0.0.1:8000").rstrip("/")


def warm_seconds() -> float:
    """How often a web process checks whether to warm its own cache; 0 (the default) never."""
    configured = getattr(settings, "COOPDEV_FIGURE_WARM_SECONDS", None)
    if configured is None:
        configured = os.environ.get("COOPDEV_FIGURE_WARM_SECONDS", "0")
    return float(configured)


def warm_paths() -> list[str]:
    """The pages warmed: the home page in every language, on both value bases."""
    paths = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            home = reverse("home")
        paths += [home, f"{home}?basis=managed"]
    return paths


def figures_warm() -> int:
    """Render the warmed pages once; returns how many answered 200. Figures are exact whatever
    the timing: a page rendered while the data changes is cached under the version it read."""
    from django.test import Client  # the full request path, in process, without a network

    site = urlsplit(base_url())
    client = Client(HTTP_HOST=site.netloc, secure=site.scheme == "https")
    done = 0
    for path in warm_paths():
        response = client.get(path)
        if response.status_code == 200:
            done += 1
        else:
            logger.warning("warming %s answered %s", path, response.status_code)
    return done


def figures_warm_loop(*, every: float, stop: Callable[[], bool] = lambda: False) -> None:
    """Warm whenever the figures' data version differs from the one last warmed."""
    warmed = None
    while not stop():
        close_old_connections()
        try:
            version = data_version()
            if version and version != warmed:
                started = time.perf_counter()
                pages = figures_warm()
                warmed = version
                logger.info("figures warmed: %s pages in %.2f s", pages, time.perf_counter() - started)
        except Exception:  # noqa: BLE001 - a failed warm-up must never stop the loop; the next tries again
            logger.exception("warming the figures failed")
        time.sleep(every)


_thread: threading.Thread | None = None
_thread_lock = threading.Lock()


def start_in_process(every: float) -> None:
    """Start the loop in a daemon thread of this process (once)."""
    global _thread
    with _thread_lock:
        if _thread is not None:
            return
        _thread = threading.Thread(
            target=figures_warm_loop, kwargs={"every": every}, name="coopdev-figures-warm", daemon=True
        )
        _thread.start()
