"""The public API, version 1 (mounted at ``/api/v1/``, outside the language prefixes)."""

from django.urls import URLPattern, URLResolver, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

from coopdev.api import schema  # noqa: F401 - registers the token security scheme
from coopdev.api.views import academy, errors, imports, organisations, projects, reference, statistics

app_name = "api"
urlpatterns: list[URLPattern | URLResolver] = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    path(
        "redoc/",
        SpectacularRedocView.as_view(url_name="api:schema", template_name="api/redoc.html"),
        name="redoc",
    ),
    path("projects/", projects.ProjectList.as_view(), name="project-list"),
    path("projects/export.<str:fmt>", projects.ProjectExport.as_view(), name="project-export"),
    # IATI identifiers contain dashes and may contain slashes.
    path("projects/<path:identifier>/", projects.ProjectDetail.as_view(), name="project-detail"),
    path("organisations/", organisations.OrganisationList.as_view(), name="organisation-list"),
    path("organisations/<str:slug>/", organisations.OrganisationDetail.as_view(), name="organisation-detail"),
    path("statistics/", statistics.Headline.as_view(), name="statistics"),
    path("statistics/by-region/", statistics.ByRegion.as_view(), name="statistics-by-region"),
    path("statistics/by-country/", statistics.ByCountry.as_view(), name="statistics-by-country"),
    path("statistics/by-sdg/", statistics.BySDG.as_view(), name="statistics-by-sdg"),
    path("statistics/by-sector/", statistics.BySector.as_view(), name="statistics-by-sector"),
    path("statistics/by-year/", statistics.ByYear.as_view(), name="statistics-by-year"),
    path("reference/countries/", reference.Countries.as_view(), name="reference-countries"),
    path("reference/regions/", reference.Regions.as_view(), name="reference-regions"),
    path("reference/sdgs/", reference.SDGs.as_view(), name="reference-sdgs"),
    path("reference/sectors/", reference.Sectors.as_view(), name="reference-sectors"),
    path("imports/", imports.ImportListCreate.as_view(), name="import-list"),
    path("imports/<uuid:job_id>/", imports.ImportDetail.as_view(), name="import-detail"),
    path("academy/sessions/", academy.SessionList.as_view(), name="academy-sessions"),
    path("academy/sessions/<str:slug>/", academy.SessionDetail.as_view(), name="academy-session"),
    path(
        "academy/sessions/<str:slug>/registrations/",
        academy.RegistrationCreate.as_view(),
        name="academy-registration-create",
    ),
    path(
        "academy/registrations/cancel/",
        academy.RegistrationCancel.as_view(),
        name="academy-registration-cancel",
    ),
    path("academy/consent/", academy.Consent.as_view(), name="academy-consent"),
    # Last: any other address under /api/v1/ is a JSON 404, not the site's HTML page.
    re_path(r"^[\s\S]*$", errors.NoEndpoint.as_view(), name=errors.CATCH_ALL),
]
