"""A web process loads its URLs, views and templates when it starts."""

from django.template import engines
from django.urls import clear_url_caches, get_resolver

from coopdev.core import startup


def test_the_platform_s_templates_are_found():
    names = startup.project_templates()
    assert "academy/session.html" in names
    assert "coopdev/base.html" in names
    assert all(name.endswith(".html") for name in names)


def test_loading_at_start_compiles_every_template_and_imports_the_urls():
    loader = engines["django"].engine.template_loaders[0]  # the cached loader
    loader.reset()
    clear_url_caches()

    startup.load_before_first_request()

    assert {"academy/session.html", "coopdev/base.html"} <= set(loader.get_template_cache)
    assert len(loader.get_template_cache) >= len(startup.project_templates())
    assert "url_patterns" in get_resolver().__dict__  # the URLconf was imported, not left for later


def test_a_broken_template_is_logged_and_does_not_stop_the_start(monkeypatch, caplog):
    monkeypatch.setattr(startup, "project_templates", lambda: ["coopdev/base.html", "no/such/page.html"])
    startup.load_before_first_request()
    assert "no/such/page.html could not be compiled at start" in caplog.text
