from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path

urlpatterns: list[URLPattern | URLResolver] = [
    path("i18n/", include("django.conf.urls.i18n")),
    # The public API is language-neutral: it returns every translation, so it sits outside i18n_patterns.
    # The network's read API sits beside the others under /api/v1/ (same OpenAPI schema).
    path("api/v1/network/", include("coopdev.network.api_urls")),
    path("api/v1/", include("coopdev.api.urls")),
]
urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("academy/", include("coopdev.academy.urls")),
    path("accounts/", include("coopdev.accounts.urls")),
    path("data/", include("coopdev.interchange.urls")),
    path("network/", include("coopdev.network.urls")),
    path("", include("coopdev.projects.urls")),
    prefix_default_language=False,
)
