"""``{% figures_fragment key part... %}...{% end_figures_fragment %}``: a piece of a DDP page kept
rendered in the figure cache.

The tables and chart data under the dashboards are a function of their figures (whose ``key``
already holds the data version, the language, the set of projects and the options) and of a few
page values (the filters in the links, the site's address in the embed snippets): with all of
them in the cache key, a cached piece is exactly what rendering would produce. Rendering the
hundreds of formatted amounts was most of a page's time once its figures were cached. An empty
key (figure cache off) renders every time.
"""

import hashlib

from django import template
from django.template.base import FilterExpression, NodeList, Parser, Token

from coopdev.core.figure_cache import cached

register = template.Library()


class FiguresFragmentNode(template.Node):
    def __init__(self, nodelist: NodeList, parts: list[FilterExpression]) -> None:
        self.nodelist = nodelist
        self.parts = parts

    def render(self, context: template.Context) -> str:
        values = [part.resolve(context, ignore_failures=True) for part in self.parts]
        if not values or not values[0]:
            return self.nodelist.render(context)
        digest = hashlib.sha256(repr([str(v) for v in values]).encode()).hexdigest()
        return cached(f"figures:fragment:{digest}", lambda: self.nodelist.render(context))


@register.tag("figures_fragment")
def figures_fragment(parser: Parser, token: Token) -> FiguresFragmentNode:
    bits = token.split_contents()[1:]
    if not bits:
        raise template.TemplateSyntaxError("figures_fragment needs a key")
    nodelist = parser.parse(("end_figures_fragment",))
    parser.delete_first_token()
    return FiguresFragmentNode(nodelist, [parser.compile_filter(bit) for bit in bits])
