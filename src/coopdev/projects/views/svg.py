"""Static SVG charts rendered on the server, for factsheets that print without JavaScript.

Labels and values are escaped here (``format_html``); the output is a ``SafeString``.
"""

from collections.abc import Sequence
from decimal import Decimal

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from coopdev.core import formatting

BAR_COLOUR = "#0b5d4b"
MUTED = "#4a5560"


def horizontal_bars(
    rows: Sequence[tuple[str, Decimal | int, str]], *, money: bool, title: str, width: int = 420
) -> SafeString:
    """A bar per ``(label, value, colour)``, labels on the left, values at the bar's end."""
    bar_h, gap, label_w, value_w = 18, 6, 150, 64
    height = max(1, len(rows)) * (bar_h + gap) + gap
    top = max((float(v) for _l, v, _c in rows), default=0) or 1
    plot_w = width - label_w - value_w
    parts = []
    for i, (label, value, colour) in enumerate(rows):
        y = gap + i * (bar_h + gap)
        w = max(1.0, plot_w * float(value) / top) if value else 0
        shown = formatting.money_short(value) if money else formatting.number(value)
        parts.append(
            _coords(
                label_w - 8,
                y + bar_h * 0.7,
                _truncate(label, 21),
                label_w,
                y,
                w,
                bar_h,
                colour or BAR_COLOUR,
                label_w + w + 6,
                y + bar_h * 0.7,
                shown,
            )
        )
    body = format_html_join(
        "",
        '<text x="{}" y="{}" text-anchor="end" font-size="11" fill="#1b1f24">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="{}" fill="{}" rx="2"></rect>'
        '<text x="{}" y="{}" font-size="11" fill="#1b1f24">{}</text>',
        parts,
    )
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" width="100%" role="img" aria-label="{}">'
        "<title>{}</title>{}</svg>",
        width,
        height,
        title,
        title,
        body,
    )


def vertical_bars(
    rows: Sequence[tuple[str, Decimal | int, str]], *, title: str, width: int = 420, height: int = 170
) -> SafeString:
    """A column per ``(label, value, colour)`` with the label under it and the value on top."""
    n = max(1, len(rows))
    bottom, top_pad = 24, 18
    slot = width / n
    bar_w = max(4.0, slot * 0.7)
    top = max((float(v) for _l, v, _c in rows), default=0) or 1
    plot_h = height - bottom - top_pad
    parts = []
    for i, (label, value, colour) in enumerate(rows):
        h = plot_h * float(value) / top if value else 0
        x = i * slot + (slot - bar_w) / 2
        y = top_pad + plot_h - h
        parts.append(
            _coords(
                x,
                y,
                bar_w,
                h,
                colour or BAR_COLOUR,
                x + bar_w / 2,
                y - 4,
                formatting.number(value),
                x + bar_w / 2,
                height - 8,
                label,
            )
        )
    body = format_html_join(
        "",
        '<rect x="{}" y="{}" width="{}" height="{}" fill="{}" rx="2"></rect>'
        '<text x="{}" y="{}" text-anchor="middle" font-size="11" fill="#1b1f24">{}</text>'
        '<text x="{}" y="{}" text-anchor="middle" font-size="11" fill="' + MUTED + '">{}</text>',
        parts,
    )
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" width="100%" role="img" aria-label="{}">'
        "<title>{}</title>{}</svg>",
        width,
        height,
        title,
        title,
        body,
    )


def _truncate(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _coords(*values: object) -> tuple:
    """Numbers as SVG wants them (``12.5``, whatever the locale); text left as it is."""
    return tuple(f"{v:.1f}" if isinstance(v, int | float) else v for v in values)
