from django.urls import path

from coopdev.projects import views

urlpatterns = [
    path("", views.home, name="home"),
    path("explore/", views.explore, name="explore"),
    path("explore.csv", views.explore_csv, name="explore_csv"),
    path("explore.json", views.explore_json, name="explore_json"),
    # IATI identifiers contain dashes and may contain slashes.
    path("projects/<path:identifier>/", views.project_detail, name="project_detail"),
    path("organisations/<slug:slug>/", views.organisation_detail, name="organisation_detail"),
    path("sdg/<int:goal>/", views.sdg_detail, name="sdg_detail"),
    path("sdg/<int:goal>/factsheet/", views.sdg_factsheet, name="sdg_factsheet"),
    path("regions/<slug:code>/", views.region_detail, name="region_detail"),
    path("regions/<slug:code>/factsheet/", views.region_factsheet, name="region_factsheet"),
    # A 3-digit DAC category, or "health" (categories 121, 122 and 123).
    path("sectors/<slug:code>/", views.sector_detail, name="sector_detail"),
    path("sectors/<slug:code>/factsheet/", views.sector_factsheet, name="sector_factsheet"),
    path("embed/<slug:chart>/", views.embed, name="embed"),
]
