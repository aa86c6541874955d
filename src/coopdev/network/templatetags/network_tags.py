"""Template helpers of the network pages, and the block shown on an organisation's DDP page."""

from typing import Any

from django import template

from coopdev.network import selectors
from coopdev.projects.models import narrative_text

register = template.Library()


@register.filter
def text(value: dict[str, str] | None) -> str:
    """A {lang: text} field in the active language (fallback English, then any)."""
    return narrative_text(value)


@register.filter
def original(value: dict[str, str] | None, language: str) -> str:
    """The text in the language it was written in, when the page shows another one."""
    return (value or {}).get(language, "")


@register.inclusion_tag("network/_organisation_network.html")
def organisation_network(organisation: Any) -> dict[str, Any]:
    """Declarations, Academy training counts, approved stories and directory entries of an organisation."""
    return {
        "organisation": organisation,
        "network": selectors.organisation_network(organisation=organisation),
    }
