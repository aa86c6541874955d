"""Work a web process does when it starts instead of on its first request.

Django imports the URLconf (and through it every view, the API and its schema tools) and
compiles each template on first use. In a fresh gunicorn worker the first request paid about
0.4 s for that, and when registration opens every worker is fresh after a deploy: the first
wave of people waited behind it (bench/bench_academy_registrations.py ``--warmup 0``).
"""

import logging
from pathlib import Path

from django.conf import settings
from django.template import TemplateDoesNotExist, TemplateSyntaxError
from django.template.loader import get_template
from django.urls import get_resolver
from django.utils import translation

logger = logging.getLogger(__name__)

SOURCE = Path(__file__).resolve().parent.parent


def project_templates() -> list[str]:
    """The names of the platform's own page templates (``<app>/templates/**.html``)."""
    names = []
    for templates in sorted(SOURCE.glob("*/templates")):
        names += sorted(str(path.relative_to(templates)) for path in templates.rglob("*.html"))
    return names


def load_before_first_request() -> None:
    """Import every URL and view, load each language's catalogue and compile the platform's
    templates into the process's template cache. Errors in a template are logged, not raised:
    one broken page must not keep the whole site from starting (the tests render them all)."""
    get_resolver().url_patterns  # noqa: B018 - the property imports the URLconf and its views
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("Coop Academy")
    for name in project_templates():
        try:
            get_template(name)
        except (TemplateDoesNotExist, TemplateSyntaxError):
            logger.exception("template %s could not be compiled at start", name)
