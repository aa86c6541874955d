"""The network's read API, mounted at ``/api/v1/network/`` (part of the same OpenAPI schema)."""

from django.urls import URLPattern, URLResolver, path

from coopdev.network import api

app_name = "network-api"
urlpatterns: list[URLPattern | URLResolver] = [
    path("cooperatives/", api.CooperativeList.as_view(), name="cooperative-list"),
    path("cooperatives/<str:slug>/", api.CooperativeDetail.as_view(), name="cooperative-detail"),
    path("plans/", api.PlanList.as_view(), name="plan-list"),
    path("plans/<str:slug>/", api.PlanDetail.as_view(), name="plan-detail"),
    path("publications/", api.PublicationList.as_view(), name="publication-list"),
    path("publications/<str:slug>/", api.PublicationDetail.as_view(), name="publication-detail"),
]
