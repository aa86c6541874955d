"""Fixtures shared by every app's tests: a real Chromium for browser tests."""

import os
import shutil

import pytest

CHROMIUM = os.environ.get("COOPDEV_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
# Playwright's sync API runs an event loop in this thread; Django then refuses sync DB calls
# unless told it is safe (it is: the loop only drives the browser).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (Playwright's own browser download is not possible here)."""
    if not CHROMIUM:
        pytest.skip("chromium is not installed (make test installs it when it may)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(autouse=True)
def _fresh_fx_cache():
    """Exchange rates are cached per process; a rolled-back test must not leave its rates behind."""
    from coopdev.reference import fx

    fx.clear_cache()
    yield
    fx.clear_cache()


@pytest.fixture(autouse=True)
def _fresh_figure_cache():
    """Cached figures are keyed by a data version that a rolled-back test restores: start clean."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _fresh_process_memo():
    """Values kept in the process (country list, current consent, ...): each test reads its own rows."""
    from coopdev.core import process_memo

    process_memo.forget()
    yield
    process_memo.forget()
