"""Template filters for numbers and money in the active language: ``{{ x|eur }}``, ``{{ x|eur_short }}``."""

from django import template

from coopdev.core import formatting

register = template.Library()


@register.filter
def eur(value):
    return formatting.money(value, "EUR")


@register.filter
def eur_short(value):
    return formatting.money_short(value, "EUR")


@register.filter
def money_exact(value, currency="EUR"):
    return formatting.money_exact(value, currency)


@register.filter
def number(value):
    return formatting.number(value)
